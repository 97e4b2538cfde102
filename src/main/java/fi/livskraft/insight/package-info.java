/**
 * Insight: the analyses over the evidence read model (ADR 006). Labour-market tightness (open
 * vacancies per unemployed jobseeker, five classes), supply against demand per occupation, area
 * and language, the effectiveness of providers (graduate outcomes against the region and the
 * nation), and the suppression of small cells. The analyses are pure functions over records; a
 * repository reads the V4 fact tables in SQL; public pages under {@code /evidence} and the API
 * {@code /api/v1/labour-market/tightness} and {@code /api/v1/gap} show every term with its source.
 * Confirmed workforce needs are read through the dialogue's public API ({@code Needs}) and the
 * municipalities' language status through the area module's {@code AreaDirectory}: they are the
 * gap's confirmed-needs term, the language view ({@code /evidence/language}, needs that require
 * Swedish against supply taught in Swedish) and the immigration view ({@code /evidence/immigration},
 * needs open to international recruitment against persistent shortage with no local surplus).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insight")
package fi.livskraft.insight;
