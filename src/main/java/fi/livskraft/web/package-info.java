/**
 * The web shell: one accessible layout, the language switch (sv/fi/en), the overview page, and
 * the errors that pages and the API report in the user's language.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package fi.livskraft.web;
