/**
 * Ownership steering (omistajaohjaus, ägarstyrning): owner strategies with versions, goals whose KPIs
 * are computed from the evidence or reported by the provider, reporting periods with the owners'
 * comments, owner meetings and decisions whose outcome follows the provider's voting rule
 * ({@link fi.livskraft.steering.VoteCounter}), the owner cockpit and the annual steering report.
 * Services: {@link fi.livskraft.steering.Goals}, {@link fi.livskraft.steering.Decisions},
 * {@link fi.livskraft.steering.Strategies}, {@link fi.livskraft.steering.Cockpit},
 * and the populations of {@link fi.livskraft.area.MunicipalityPopulations}. Pages and the JSON API live in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ownership steering")
package fi.livskraft.steering;
