/**
 * Municipal economy under AN2024: the dated, sourced parameters of the municipal co-financing of
 * unemployment benefits (bands by accumulated paid days, daily amount, paid days per week and
 * month) for the model in force since 1 January 2025 and for the pre-2025 model, the pure cost
 * calculations (per person, many persons, marginal cost, old against new model, net of the state
 * compensation) and the provision scenario. Public API: {@link fi.livskraft.economy.EconomyConfiguration},
 * {@link fi.livskraft.economy.Compensations}, the calculation classes and their result records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Municipal economy")
package fi.livskraft.economy;
