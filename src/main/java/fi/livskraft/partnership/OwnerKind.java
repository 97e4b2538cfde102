package fi.livskraft.partnership;

/** What kind of organisation an owner is: municipalities by code, the others by business ID. */
public enum OwnerKind {
    MUNICIPALITY,
    ASSOCIATION,
    FOUNDATION,
    COMPANY,
    STATE,
    OTHER
}
