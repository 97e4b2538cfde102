/**
 * Situation: what a municipality's figures say now, on one page and in one API answer
 * ({@code /municipalities/{code}}, {@code /api/v1/municipalities/{code}/situation}): population,
 * unemployed jobseekers and vacancies over 24 months against the region and Finland, the AN2024
 * cost of a year with its split by paid-day band, the strongest shortages of its employment area
 * and their Swedish-language supply, the providers it owns, open workforce needs, and the meetings
 * and actions it takes part in. Reads the other modules through their public services only; no
 * tables of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Situation")
package fi.livskraft.situation;
