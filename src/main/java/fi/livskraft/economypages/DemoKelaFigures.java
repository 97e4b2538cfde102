package fi.livskraft.economypages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Invented but plausible monthly figures in the shape of Kela's statistics, 2025-01..2025-12, for a
 * few employment areas: recipients spread over the accumulated-day classes and the three benefits,
 * a seasonal curve (more in winter and July), about 18 paid days a recipient a month, and euros of
 * roughly the basic daily amount a paid day. Deterministic, so the same demo always shows the same
 * figures.
 */
final class DemoKelaFigures {

    /** An area and its recipients in an average month. */
    record DemoArea(String id, int recipients) {}

    static final List<DemoArea> AREAS = List.of(
            new DemoArea("pohjanmaa", 6200),
            new DemoArea("keski-pohjanmaa", 3100),
            new DemoArea("seinajoki", 4300),
            new DemoArea("turku", 21500));

    static final List<DayClass> CLASSES = List.of(
            new DayClass(1, 100),
            new DayClass(101, 200),
            new DayClass(201, 300),
            new DayClass(301, 400),
            new DayClass(401, 500),
            new DayClass(501, 700),
            new DayClass(701, null));

    /** Share of recipients by class, in per mille (sums to 1000). */
    private static final int[] CLASS_SHARE = {350, 180, 120, 90, 70, 80, 110};
    /** Share of recipients by benefit (labour market subsidy, basic allowance, earnings-related), per mille. */
    private static final int[] BENEFIT_SHARE = {550, 70, 380};
    /** Seasonal factor by month, per mille. */
    private static final int[] SEASON = {1080, 1070, 1030, 990, 940, 980, 1060, 1010, 950, 960, 990, 1030};
    /** Euros a paid day by benefit: the subsidy and basic allowance after typical reductions; the basic part. */
    private static final BigDecimal[] EUROS_A_DAY = {
        new BigDecimal("35.86"), new BigDecimal("36.42"), new BigDecimal("37.21")
    };

    private DemoKelaFigures() {}

    static List<KelaFact> facts() {
        List<KelaFact> facts = new ArrayList<>();
        // 2025: the three benefits of that year (general support starts on 1.5.2026)
        KelaBenefit[] benefits = {
            KelaBenefit.LABOUR_MARKET_SUBSIDY, KelaBenefit.BASIC_ALLOWANCE, KelaBenefit.EARNINGS_RELATED_BASIC
        };
        for (DemoArea area : AREAS) {
            for (int m = 0; m < 12; m++) {
                LocalDate month = LocalDate.of(2025, m + 1, 1);
                // Long spells grow during the year as people pass into later classes.
                int drift = m * 4;
                for (int c = 0; c < CLASSES.size(); c++) {
                    int classShare = CLASS_SHARE[c] + (c == 0 ? -drift : c == CLASSES.size() - 1 ? drift : 0);
                    for (int b = 0; b < benefits.length; b++) {
                        long recipients = Math.round(area.recipients()
                                * (SEASON[m] / 1000.0)
                                * (classShare / 1000.0)
                                * (BENEFIT_SHARE[b] / 1000.0));
                        long paidDays = recipients * (17 + ((m + c + b) % 3));
                        BigDecimal euros = EUROS_A_DAY[b]
                                .multiply(BigDecimal.valueOf(paidDays))
                                .setScale(2, RoundingMode.HALF_UP);
                        facts.add(new KelaFact(
                                month, area.id(), benefits[b], CLASSES.get(c), (int) recipients, paidDays, euros));
                    }
                }
            }
        }
        return facts;
    }
}
