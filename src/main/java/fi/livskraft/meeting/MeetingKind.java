package fi.livskraft.meeting;

/** What kind of meeting it is. */
public enum MeetingKind {
    PARTNERSHIP_DIALOGUE,
    OWNER_MEETING,
    VIRTUAL_COFFEE,
    WORKSHOP,
    OTHER
}
