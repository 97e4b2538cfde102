package fi.livskraft.insight;

import java.math.BigDecimal;

/**
 * The part of one region that an area holds in one month: its share of the region's unemployed
 * jobseekers and of its open vacancies (null where the region has none).
 */
public record AreaShare(String regionCode, String period, BigDecimal unemployedShare, BigDecimal vacancyShare) {}
