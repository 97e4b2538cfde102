package fi.livskraft.economy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The seeded parameter sets, as fixtures for the pure calculations (V2__economy.sql as corrected by V2026_12_03_1002__figures.sql). */
final class Parameters {

    static final BigDecimal DAILY = new BigDecimal("37.21");

    private Parameters() {}

    static CostParameters an2024() {
        return new CostParameters(
                null,
                Model.AN2024,
                LocalDate.of(2025, 1, 1),
                DAILY,
                new BigDecimal("5"),
                new BigDecimal("21.5"),
                List.of(
                        band(1, 100, "0"),
                        band(101, 200, "10"),
                        band(201, 300, "20"),
                        band(301, 400, "30"),
                        band(401, 500, "40"),
                        band(501, 700, "45"),
                        band(701, null, "50")),
                "Laki työttömyysetuuksien rahoituksesta 555/1998, muut. 387/2023; to be checked",
                false,
                "",
                0);
    }

    static CostParameters pre2025() {
        return new CostParameters(
                null,
                Model.PRE2025,
                LocalDate.of(2015, 1, 1),
                DAILY,
                new BigDecimal("5"),
                new BigDecimal("21.5"),
                List.of(band(1, 300, "0"), band(301, 1000, "50"), band(1001, null, "70")),
                "Laki julkisesta työvoima- ja yrityspalvelusta 916/2012, 11 luku; verify",
                false,
                "",
                0);
    }

    static Band band(int from, Integer to, String share) {
        return new Band(from, to, new BigDecimal(share));
    }

    static CostParameters withBands(CostParameters p, List<Band> bands) {
        return new CostParameters(
                p.id(),
                p.model(),
                p.validFrom(),
                p.dailyAmount(),
                p.paidDaysPerWeek(),
                p.paidDaysPerMonth(),
                bands,
                p.source(),
                p.verified(),
                p.note(),
                p.version());
    }
}
