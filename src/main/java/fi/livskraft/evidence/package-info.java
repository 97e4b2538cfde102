/**
 * Evidence: the sources of every statistic (publisher, dataset, vintage, licence, demonstration
 * flag), labour-market facts (area x occupation x month: unemployed jobseekers, open vacancies,
 * labour force), the importers for StatFin PxWeb JSON-stat 2.0 and the documented long CSV, and
 * the imports page and API that run every {@link fi.livskraft.common.FactImporter}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence")
package fi.livskraft.evidence;
