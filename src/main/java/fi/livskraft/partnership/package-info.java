/**
 * The partnership registry: VET providers (legal form, languages of instruction, qualifications
 * offered, licence area), their owners and ownership shares with history (a provider's current
 * shares sum to exactly 100 %), employers, the participants of the partnership, and join requests
 * that anyone may send and the coordinator decides. Services: {@link fi.livskraft.partnership.Providers},
 * {@link fi.livskraft.partnership.Ownerships}, {@link fi.livskraft.partnership.Owners},
 * {@link fi.livskraft.partnership.Employers}, {@link fi.livskraft.partnership.Participants},
 * {@link fi.livskraft.partnership.JoinRequests}; bulk seeding through
 * {@link fi.livskraft.partnership.RegistryLoader}. Pages and the JSON API live in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partnership")
package fi.livskraft.partnership;
