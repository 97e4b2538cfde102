package fi.livskraft.meeting;

/** What an agenda item cites: nothing (free text), a workforce need, a steering goal or a gap row. */
public enum AgendaKind {
    TEXT,
    NEED,
    GOAL,
    GAP
}
