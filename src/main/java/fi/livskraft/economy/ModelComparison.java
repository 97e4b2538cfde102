package fi.livskraft.economy;

import java.math.BigDecimal;

/** The same persons under the pre-2025 and the AN2024 model; {@code difference = an2024 - pre2025}. */
public record ModelComparison(CostResult pre2025, CostResult an2024, BigDecimal difference) {}
