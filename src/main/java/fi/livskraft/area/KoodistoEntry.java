package fi.livskraft.area;

/**
 * One entry of the Opetushallitus Koodistopalvelu code list {@code kunta}: its position in the file,
 * the municipality code ({@code koodiArvo}), Finnish and Swedish names (Swedish may be null), and the
 * values of the active region ({@code maakunta_NN}) and language-status ({@code kielisuhde_N})
 * relations (null when the entry has none).
 */
record KoodistoEntry(int row, String code, String nameFi, String nameSv, String regionCode, String kielisuhde) {

    /** The language status, or null when the relation is absent or not one of 0-3 (9 = unknown). */
    LanguageStatus languageStatus() {
        return kielisuhde == null ? null : KoodistoFile.languageStatus(kielisuhde);
    }
}
