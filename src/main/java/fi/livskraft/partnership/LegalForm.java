package fi.livskraft.partnership;

/** Legal form of a VET provider (the education provider's organiser). */
public enum LegalForm {
    MUNICIPALITY,
    JOINT_MUNICIPAL_AUTHORITY,
    LIMITED_COMPANY,
    FOUNDATION,
    ASSOCIATION,
    STATE
}
