/**
 * Accounts and roles: password login, roles scoped to organisations (as in Koski), HTTP Basic for
 * API clients, login throttling and lockout. {@link fi.livskraft.account.Actor} tells other modules
 * who is acting and for which organisations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package fi.livskraft.account;
