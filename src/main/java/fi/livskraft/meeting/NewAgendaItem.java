package fi.livskraft.meeting;

/**
 * An agenda item as entered: kind TEXT (title), NEED (needId), GOAL (goalId) or GAP (gapArea e.g.
 * MK15, gapIsco four digits, gapLanguage all/fi/sv/en). The title of a citation defaults to its label.
 */
public record NewAgendaItem(
        String kind,
        String title,
        String note,
        Long needId,
        Long goalId,
        String gapArea,
        String gapIsco,
        String gapLanguage) {

    public NewAgendaItem {
        title = title == null ? "" : title.strip();
        note = note == null ? "" : note.strip();
        gapArea = gapArea == null ? "" : gapArea.strip();
        gapIsco = gapIsco == null ? "" : gapIsco.strip();
        gapLanguage = gapLanguage == null || gapLanguage.isBlank() ? "all" : gapLanguage.strip();
    }
}
