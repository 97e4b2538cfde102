/**
 * Occupations: the ESCO occupations under their ISCO-08 unit groups, with preferred, alternative
 * and hidden labels in Finnish, Swedish and English (the {@code esco} importer and the shipped
 * copy), and the qualification -> occupation crosswalk: a seeded, hand-made mapping of vocational
 * qualifications to ISCO-08 unit groups with weight, source and confidence, which the coordinator
 * corrects with full history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Occupations")
package fi.livskraft.occupation;
