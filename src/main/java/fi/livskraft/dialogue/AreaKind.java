package fi.livskraft.dialogue;

/** The kind of area a need is for. */
public enum AreaKind {
    MUNICIPALITY,
    EMPLOYMENT_AREA,
    REGION
}
