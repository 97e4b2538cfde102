package fi.livskraft.economy;

/** Which co-financing rules a parameter set belongs to. */
public enum Model {
    /**
     * From 1 January 2025: the home municipality pays a share of the labour market subsidy, the basic
     * unemployment allowance and the basic part of the earnings-related allowance, growing with the
     * person's accumulated paid days (Act on the financing of unemployment benefits 555/1998 as
     * amended by 387/2023).
     */
    AN2024,
    /**
     * Before 2025, kept for comparison: the municipality paid a share of the labour market subsidy
     * for unemployment days only, after 300 paid days (Act on public employment and business service
     * 916/2012, chapter 11).
     */
    PRE2025
}
