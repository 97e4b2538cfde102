package fi.livskraft.area;

/** The official language status of a municipality (kielisuhde / språklig status). */
public enum LanguageStatus {
    FINNISH,
    SWEDISH,
    BILINGUAL_FINNISH_MAJORITY,
    BILINGUAL_SWEDISH_MAJORITY;

    public boolean bilingual() {
        return this == BILINGUAL_FINNISH_MAJORITY || this == BILINGUAL_SWEDISH_MAJORITY;
    }

    /** Swedish-speaking or bilingual: where Swedish-language services are owed. */
    public boolean swedishSpoken() {
        return this != FINNISH;
    }
}
