/**
 * Accounts and roles: password login, roles scoped to organisations (as in Koski), HTTP Basic for
 * API clients, sign-in throttling by account and client address (never a lock an outsider can
 * hold), password rules with a list of common passwords, and the security headers of every
 * response. {@link fi.livskraft.account.Actor} tells other modules who is acting and for which
 * organisations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package fi.livskraft.account;
