package fi.livskraft.geomap;

import java.util.List;

/**
 * A map ready to draw, every text in the page's language: shapes (each a link with a title), the
 * legend, the same figures as a table, the sources and the form's choices.
 *
 * @param id prefix of the element ids (unique on the page)
 * @param caption what the map shows (measure, level, month or year)
 * @param note how the figure is computed and at which level the data exist
 * @param staleNote set when the newest month ended more than six months ago
 */
public record MapView(
        String id,
        String viewBox,
        String caption,
        String note,
        List<Shape> shapes,
        List<LegendEntry> legend,
        String valueHeading,
        List<Row> rows,
        List<String> sources,
        boolean demo,
        String staleNote,
        boolean showsAland,
        Choices choices) {

    /** One shape: a link to the unit's page; {@code fill} a colour or a pattern reference. */
    public record Shape(String code, String href, String title, String d, String fill) {}

    public record LegendEntry(String fill, String label) {}

    /** A row of the table alternative. */
    public record Row(String href, String name, String value, String legendClass) {}

    /** The selector's options and what is selected (null: the map has no selector). */
    public record Choices(
            String measure,
            String level,
            String occupation,
            List<Option> measures,
            List<Option> levels,
            List<Option> occupations) {}

    public record Option(String value, String label) {}

    public boolean hasChoices() {
        return choices != null;
    }
}
