/**
 * Partnership dialogue: workforce needs raised in free text (Swedish, Finnish or English), the
 * in-process occupation classifier that suggests ISCO-08 unit groups and ESCO occupations for them
 * (package {@code classifier}, a pure core built from label records), the qualifications that lead
 * to the suggested occupations (read from the crosswalk), and providers' offers that answer a need.
 * Pages and the JSON API live in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dialogue")
package fi.livskraft.dialogue;
