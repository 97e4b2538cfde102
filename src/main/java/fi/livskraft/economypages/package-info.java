/**
 * Economy pages: what unemployment costs each employment area and municipality under AN2024, from
 * Kela's open data on municipally co-financed unemployment benefits (importer and demonstration
 * figures), the provision-scenario calculator with saved, shareable scenarios, and exports of both
 * to XLSX and PDF. The rules and calculations come from the {@code economy} module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Economy pages")
package fi.livskraft.economypages;
