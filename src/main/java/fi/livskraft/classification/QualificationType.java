package fi.livskraft.classification;

/** Vocational upper secondary, further and specialist vocational qualifications. */
public enum QualificationType {
    /** ammatillinen perustutkinto / yrkesinriktad grundexamen */
    UPPER_SECONDARY,
    /** ammattitutkinto / yrkesexamen */
    FURTHER,
    /** erikoisammattitutkinto / specialyrkesexamen */
    SPECIALIST
}
