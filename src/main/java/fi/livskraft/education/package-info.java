/**
 * Education: vocational supply (provider x qualification x year x language of instruction: start
 * places, new students, students, graduates) and graduate outcomes one year after graduation
 * (employed, in further studies, unemployed, other; per provider, region or the whole country).
 * Importers for the Vipunen API JSON ({@code vipunen-json}) and a documented long CSV
 * ({@code education-csv}), both through one staging path with the same checks; demonstration
 * figures loaded through that same path; the public read component
 * {@link fi.livskraft.education.EducationFacts}; the public page {@code /education/supply} with
 * small-cell suppression and CSV/XLSX export. Writes {@code education_supply} and
 * {@code graduate_outcome} only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Education")
package fi.livskraft.education;
