/**
 * Audit: every change records who, when, what, and the values before and after. The coordinator
 * reads the log on a page and through the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package fi.livskraft.audit;
