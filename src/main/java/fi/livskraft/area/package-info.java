/**
 * Areas: the 19 regions, the sub-regions, the 308 municipalities of 2025 with their language
 * status, former municipalities (so old names resolve), and the 45 employment areas of 2025.
 * Ships its own reference data and imports the official formats to refresh it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Areas")
package fi.livskraft.area;
