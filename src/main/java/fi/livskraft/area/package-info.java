/**
 * Areas: the 19 regions, the sub-regions, the 308 municipalities of 2025 with their language
 * status, former municipalities (so old names resolve), the 45 employment areas with their
 * membership by year from Statistics Finland's classification ({@link
 * fi.livskraft.area.EmploymentAreaClassification}), and the population of each municipality by year
 * ({@link fi.livskraft.area.MunicipalityPopulations}). Ships its own reference data and imports the
 * official formats to refresh it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Areas")
package fi.livskraft.area;
