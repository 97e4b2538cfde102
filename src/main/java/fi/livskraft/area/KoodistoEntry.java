package fi.livskraft.area;

/**
 * One entry of the Opetushallitus Koodistopalvelu code list {@code kunta}: its position in the file,
 * the municipality code ({@code koodiArvo}), Finnish and Swedish names (Swedish may be null), and the
 * active region and language-status relations (null when the entry has none).
 */
record KoodistoEntry(
        int row, String code, String nameFi, String nameSv, String regionCode, LanguageStatus languageStatus) {}
