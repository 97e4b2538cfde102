/**
 * Map: a choropleth of Finland rendered as server-side SVG (no tiles, no network, no script). The
 * municipal shapes of 2025 ship in the product's own format ({@code geomap/municipalities.txt},
 * written once from the National Land Survey's boundaries by the test-scope {@code
 * GeometryConverter}); municipalities are drawn alone or aggregated to employment areas (members
 * of today) and regions. Measures come from the other modules' public services: the unemployment
 * rate from evidence's {@code AreaFigures}, the tightness of an occupation from insight's {@code
 * RegionalTightness}, the AN2024 cost per inhabitant from economypages' {@code AreaCosts} and area's
 * {@code MunicipalityPopulations}. {@link fi.livskraft.geomap.GeoMaps} is the public service; the
 * Thymeleaf fragment {@code geomap/fragments :: map(view)} draws a {@link fi.livskraft.geomap.MapView}
 * with its legend, table alternative, sources and the licence's attribution.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Map")
package fi.livskraft.geomap;
