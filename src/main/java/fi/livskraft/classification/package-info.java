/**
 * Classifications: ISCO-08 occupation groups (levels 1-4) and the vocational qualifications
 * (upper secondary, further, specialist) with names in Finnish, Swedish and English. Ships its own
 * reference data and imports the official formats to refresh it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Classifications")
package fi.livskraft.classification;
