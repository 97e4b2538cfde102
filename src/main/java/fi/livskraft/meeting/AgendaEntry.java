package fi.livskraft.meeting;

/** An agenda item with what its citation says now. */
public record AgendaEntry(
        long id,
        int position,
        AgendaKind kind,
        String title,
        String note,
        Long needId,
        Long goalId,
        String gapArea,
        String gapIsco,
        String gapLanguage,
        String snapshotLabel,
        Citation citation) {}
