/**
 * Search: one box that finds a municipality by any current or former name in Finnish or Swedish,
 * a provider (for signed-in users, like the registry itself) or a qualification.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package fi.livskraft.search;
