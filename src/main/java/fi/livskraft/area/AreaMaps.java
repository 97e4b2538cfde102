package fi.livskraft.area;

import java.util.Locale;

/**
 * The maps the area pages show, drawn by a module that depends on this one (the map module
 * implements it, so the area pages need no dependency on it). The returned object is the view the
 * template fragment {@code geomap/fragments :: map(view)} draws.
 */
public interface AreaMaps {

    /** The choropleth above the list of municipalities for the GET parameters (null or blank: defaults). */
    Object municipalities(String measure, String level, String occupation, Locale locale);

    /** An employment area's member municipalities on a map. */
    Object employmentArea(String areaId, Locale locale);
}
