package fi.livskraft.insight;

import fi.livskraft.common.Names;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the evidence read model (V4 tables, ADR 006) and the area tables. Only the latest vintage
 * of each publisher + dataset counts; every labour-market row carries its source. Labour-market
 * facts used are month-end stocks for any duration ('ALL') and all languages ('all').
 */
@Repository
class EvidenceFacts {

    /** The latest vintage of each publisher + dataset (then the latest import). */
    static final String LATEST = """
            latest as (
              select distinct on (publisher, dataset) id, publisher, dataset, vintage, licence, demo
              from evidence_source
              order by publisher, dataset, vintage desc, imported_at desc, id desc)
            """;

    /** Labour-market cells of the latest sources, vacancies and unemployed side by side. */
    static final String CELLS = """
            cells as (
              select f.area_code, f.occupation_code, f.period, s.id as source_id, s.publisher, s.dataset, s.vintage,
                     s.licence, s.demo,
                     max(f.value) filter (where f.measure = 'OPEN_VACANCIES') as vacancies,
                     bool_or(f.measure = 'OPEN_VACANCIES') as has_vacancies,
                     max(f.value) filter (where f.measure = 'UNEMPLOYED_JOBSEEKERS') as unemployed,
                     bool_or(f.measure = 'UNEMPLOYED_JOBSEEKERS') as has_unemployed
              from labour_market_fact f join latest s on s.id = f.source_id
              where f.duration_class = 'ALL' and f.language = 'all'
                and f.measure in ('OPEN_VACANCIES', 'UNEMPLOYED_JOBSEEKERS')
              group by f.area_code, f.occupation_code, f.period, s.id, s.publisher, s.dataset, s.vintage, s.licence,
                       s.demo)
            """;

    private final JdbcClient jdbc;

    EvidenceFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One labour-market cell: both measures of area x occupation x month, from the newest source that has it. */
    Optional<LabourCell> cell(String area, String occupation, String period) {
        return jdbc.sql("with " + LATEST + ", " + CELLS + """
                        select * from cells where area_code = :area and occupation_code = :occupation
                          and period = :period
                        order by vintage desc, source_id desc limit 1
                        """)
                .param("area", area)
                .param("occupation", occupation)
                .param("period", period)
                .query(EvidenceFacts::labourCell)
                .optional();
    }

    /** Every cell of an occupation in one month (the whole country and the regions). */
    List<LabourCell> occupationCells(String occupation, String period) {
        return dedupe(jdbc.sql("with " + LATEST + ", " + CELLS + """
                        select * from cells where occupation_code = :occupation and period = :period
                          and (area_code = 'SSS' or area_code like 'MK%')
                        order by area_code, vintage desc, source_id desc
                        """)
                .param("occupation", occupation)
                .param("period", period)
                .query(EvidenceFacts::labourCell)
                .list());
    }

    /** The occupation cells (4-digit ISCO, no totals, no unknown X codes) of a country or region code. */
    List<LabourCell> occupationCellsOf(List<String> areas, String from, String to) {
        return dedupe(jdbc.sql("with " + LATEST + ", " + CELLS + """
                        select * from cells where area_code in (:areas) and occupation_code ~ '^[0-9]{4}$'
                          and period between :from and :to
                        order by area_code, occupation_code, period, vintage desc, source_id desc
                        """)
                .param("areas", areas)
                .param("from", from)
                .param("to", to)
                .query(EvidenceFacts::labourCell)
                .list());
    }

    /** Months with occupation-level facts, oldest first. */
    List<String> occupationPeriods() {
        return jdbc.sql("with " + LATEST + """
                        select distinct f.period from labour_market_fact f join latest s on s.id = f.source_id
                        where f.occupation_code ~ '^[0-9]{4}$' order by f.period
                        """).query(String.class).list();
    }

    /**
     * For an area made of municipalities: per region and month, the members' share of the region's
     * unemployed jobseekers and of its open vacancies (area totals of 12r5, occupation SSS). Former
     * municipality codes count for the municipality they are now part of; the region's total is the
     * sum over its municipalities, so the shares of a region's municipalities add up to 1.
     */
    List<AreaShare> shares(List<String> memberCodes, String from, String to) {
        return jdbc.sql("with " + LATEST + ", " + CELLS + """
                        , ku as (
                          select distinct on (area_code, period) * from cells
                          where area_code ~ '^KU[0-9]{3}$' and occupation_code = 'SSS' and period between :from and :to
                          order by area_code, period, vintage desc, source_id desc),
                        mun as (
                          select coalesce(m.code, fm.current_code) as code, c.period, c.vacancies, c.unemployed
                          from ku c
                          left join municipality m on m.code = substr(c.area_code, 3)
                          left join former_municipality fm on fm.code = substr(c.area_code, 3)),
                        mr as (select mun.*, mm.region_code from mun join municipality mm on mm.code = mun.code),
                        tot as (select region_code, period, sum(vacancies) as v, sum(unemployed) as u
                                from mr group by region_code, period)
                        select mr.region_code, mr.period,
                               sum(mr.unemployed) / nullif(max(tot.u), 0) as unemployed_share,
                               sum(mr.vacancies) / nullif(max(tot.v), 0) as vacancy_share
                        from mr join tot on tot.region_code = mr.region_code and tot.period = mr.period
                        where mr.code in (:members)
                        group by mr.region_code, mr.period
                        order by mr.region_code, mr.period
                        """)
                .param("members", memberCodes)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new AreaShare(
                        rs.getString("region_code"),
                        rs.getString("period"),
                        rs.getBigDecimal("unemployed_share"),
                        rs.getBigDecimal("vacancy_share")))
                .list();
    }

    /** The sources of the municipal area totals used for an estimate. */
    List<SourceRef> areaTotalSources() {
        return jdbc.sql("with " + LATEST + """
                        select distinct s.publisher, s.dataset, s.vintage, s.licence, s.demo
                        from latest s where exists (select 1 from labour_market_fact f where f.source_id = s.id
                          and f.area_code like 'KU%' and f.occupation_code = 'SSS')
                        """).query(EvidenceFacts::source).list();
    }

    // ------------------------------------------------------------ education

    /**
     * Graduates of the latest supply year per occupation (through the current crosswalk), qualification
     * and language, in the given region (null = whole country) or municipalities. A supply row's place
     * is its provider's home municipality, else its own area code (KUnnn, nnn or MKnn).
     */
    List<SupplyRow> graduatesByOccupation(String regionCode, List<String> municipalities, String language) {
        StringBuilder where = new StringBuilder(" where sup.year = (select max(year) from sup)");
        if (regionCode != null) {
            where.append(" and sup.region = :region");
        }
        if (municipalities != null) {
            where.append(" and sup.mun in (:members)");
        }
        if (!"all".equals(language)) {
            where.append(" and sup.language = :language");
        }
        var spec = jdbc.sql("with " + LATEST + ", " + SUPPLY + """
                        select q.isco_code, sup.qualification_code, sup.language, sup.year, sum(sup.graduates)::int as graduates,
                               q.weight, sup.source_id
                        from sup join qualification_occupation q on q.qualification_code = sup.qualification_code
                          and q.valid_to is null
                        """ + where + """
                         group by q.isco_code, sup.qualification_code, sup.language, sup.year, q.weight, sup.source_id
                         order by q.isco_code, sup.qualification_code, sup.language
                        """);
        if (regionCode != null) {
            spec = spec.param("region", regionCode);
        }
        if (municipalities != null) {
            spec = spec.param("members", municipalities);
        }
        if (!"all".equals(language)) {
            spec = spec.param("language", language);
        }
        return spec.query((rs, n) -> new SupplyRow(
                        rs.getString("isco_code"),
                        rs.getString("qualification_code"),
                        rs.getString("language"),
                        rs.getInt("year"),
                        (Integer) rs.getObject("graduates", Integer.class),
                        rs.getBigDecimal("weight"),
                        rs.getLong("source_id")))
                .list();
    }

    /**
     * Swedish- and Finnish-language supply of the latest supply year per place, qualification and
     * occupation (through the current crosswalk): graduates and start places, with the weight.
     */
    List<LanguageSupply> languageSupply() {
        return jdbc.sql("with " + LATEST + ", " + SUPPLY + """
                        select sup.mun, sup.region, q.isco_code, sup.qualification_code, sup.language,
                               sum(sup.graduates)::int as graduates, sum(sup.start_places)::int as start_places, q.weight
                        from sup join qualification_occupation q on q.qualification_code = sup.qualification_code
                          and q.valid_to is null
                        where sup.year = (select max(year) from sup) and sup.language in ('sv', 'fi')
                        group by sup.mun, sup.region, q.isco_code, sup.qualification_code, sup.language, q.weight
                        order by q.isco_code, sup.qualification_code, sup.language
                        """)
                .query((rs, n) -> new LanguageSupply(
                        rs.getString("mun"),
                        rs.getString("region"),
                        rs.getString("isco_code"),
                        rs.getString("qualification_code"),
                        rs.getString("language"),
                        (Integer) rs.getObject("graduates", Integer.class),
                        (Integer) rs.getObject("start_places", Integer.class),
                        rs.getBigDecimal("weight")))
                .list();
    }

    /** The latest supply year of the latest sources (empty without supply). */
    Optional<Integer> latestSupplyYear() {
        return jdbc
                .sql("with " + LATEST + ", " + SUPPLY + " select max(year) from sup")
                .query((rs, n) -> (Integer) rs.getObject(1, Integer.class))
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    static final String SUPPLY = """
            sup as (
              select es.source_id, es.provider_id, es.provider_name, es.qualification_code, es.language, es.year,
                     es.graduates, es.new_students, es.students, es.start_places, x.mun,
                     coalesce(m.region_code, case when es.area_code ~ '^MK[0-9]{2}$' then substr(es.area_code, 3) end)
                       as region
              from education_supply es join latest s on s.id = es.source_id
              left join provider p on p.id = es.provider_id
              cross join lateral (select coalesce(p.home_municipality_code,
                  case when es.area_code ~ '^KU[0-9]{3}$' then substr(es.area_code, 3)
                       when es.area_code ~ '^[0-9]{3}$' then es.area_code end) as mun) x
              left join municipality m on m.code = x.mun)
            """;

    /**
     * Outcome counts by area (SSS or MKnn, provider_code null), qualification and cohort, all languages,
     * from the latest sources; newest cohort first.
     */
    List<AreaOutcome> areaOutcomes() {
        return jdbc.sql("with " + LATEST + """
                        select o.area_code, o.qualification_code, o.cohort_year, sum(o.graduates)::int as graduates,
                               sum(o.employed)::int as employed, sum(o.further_studies)::int as further,
                               sum(o.unemployed)::int as unemployed, sum(o.other)::int as other
                        from graduate_outcome o join latest s on s.id = o.source_id
                        where o.provider_code is null and o.language = 'all'
                        group by o.area_code, o.qualification_code, o.cohort_year
                        order by o.cohort_year desc
                        """)
                .query((rs, n) -> new AreaOutcome(
                        rs.getString("area_code"),
                        rs.getString("qualification_code"),
                        rs.getInt("cohort_year"),
                        counts(rs)))
                .list();
    }

    /** A provider's outcome counts by qualification and cohort (all languages). */
    List<AreaOutcome> providerOutcomes(long providerId) {
        return jdbc.sql("with " + LATEST + """
                        select 'provider' as area_code, o.qualification_code, o.cohort_year, sum(o.graduates)::int as graduates,
                               sum(o.employed)::int as employed, sum(o.further_studies)::int as further,
                               sum(o.unemployed)::int as unemployed, sum(o.other)::int as other
                        from graduate_outcome o join latest s on s.id = o.source_id
                        where o.provider_id = :id and o.language = 'all'
                        group by o.qualification_code, o.cohort_year
                        order by o.qualification_code, o.cohort_year desc
                        """)
                .param("id", providerId)
                .query((rs, n) -> new AreaOutcome(
                        rs.getString("area_code"),
                        rs.getString("qualification_code"),
                        rs.getInt("cohort_year"),
                        counts(rs)))
                .list();
    }

    /** Supply rows of a provider (or of the providers of some qualifications), latest sources, newest year first. */
    List<ProviderSupply> supply(Long providerId, List<String> qualifications) {
        String where = providerId != null ? " where sup.provider_id = :id" : " where sup.qualification_code in (:q)";
        var spec = jdbc.sql("with " + LATEST + ", " + SUPPLY + """
                        select sup.provider_id, sup.provider_name, p.slug, sup.qualification_code, sup.language,
                               sup.year, sup.start_places, sup.new_students, sup.students, sup.graduates, sup.region
                        from sup left join provider p on p.id = sup.provider_id
                        """ + where
                + " order by sup.year desc, sup.provider_name, sup.qualification_code, sup.language");
        spec = providerId != null ? spec.param("id", providerId) : spec.param("q", qualifications);
        return spec.query((rs, n) -> new ProviderSupply(
                        (Long) rs.getObject("provider_id", Long.class),
                        rs.getString("provider_name"),
                        rs.getString("slug"),
                        rs.getString("qualification_code"),
                        rs.getString("language"),
                        rs.getInt("year"),
                        (Integer) rs.getObject("start_places", Integer.class),
                        (Integer) rs.getObject("new_students", Integer.class),
                        (Integer) rs.getObject("students", Integer.class),
                        (Integer) rs.getObject("graduates", Integer.class),
                        rs.getString("region")))
                .list();
    }

    /** Sources of the education tables (latest vintages that hold supply or outcome rows). */
    List<SourceRef> educationSources() {
        return jdbc.sql("with " + LATEST + """
                        select s.publisher, s.dataset, s.vintage, s.licence, s.demo from latest s
                        where exists (select 1 from education_supply e where e.source_id = s.id)
                           or exists (select 1 from graduate_outcome o where o.source_id = s.id)
                        order by s.publisher, s.dataset
                        """).query(EvidenceFacts::source).list();
    }

    /** Current crosswalk rows of an occupation: qualification, weight, source, confidence. */
    List<CrosswalkRow> crosswalk(String isco) {
        return jdbc.sql("""
                        select q.qualification_code, q.weight, q.source, q.confidence, ql.name_fi, ql.name_sv, ql.name_en
                        from qualification_occupation q join qualification ql on ql.code = q.qualification_code
                        where q.isco_code = :isco and q.valid_to is null order by q.weight desc, q.qualification_code
                        """)
                .param("isco", isco)
                .query((rs, n) -> new CrosswalkRow(
                        rs.getString("qualification_code"),
                        new Names(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")),
                        rs.getBigDecimal("weight"),
                        rs.getString("source"),
                        rs.getString("confidence")))
                .list();
    }

    // ------------------------------------------------------------ names

    Map<String, Names> iscoNames() {
        Map<String, Names> names = new HashMap<>();
        jdbc.sql("select code, name_fi, name_sv, name_en from isco_group").query((ResultSet rs) -> {
            names.put(rs.getString(1), new Names(rs.getString(2), rs.getString(3), rs.getString(4)));
        });
        return names;
    }

    Map<String, Names> qualificationNames() {
        Map<String, Names> names = new HashMap<>();
        jdbc.sql("select code, name_fi, name_sv, name_en from qualification").query((ResultSet rs) -> {
            names.put(rs.getString(1), new Names(rs.getString(2), rs.getString(3), rs.getString(4)));
        });
        return names;
    }

    Optional<Names> isco(String code) {
        return jdbc.sql("select name_fi, name_sv, name_en from isco_group where code = ?")
                .param(code)
                .query((rs, n) -> new Names(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /** Regions (code without prefix) with names, by code. */
    List<AreaRef> regions() {
        return jdbc.sql("select code, name_fi, name_sv, name_en from region order by code")
                .query((rs, n) -> new AreaRef(
                        "MK" + rs.getString(1),
                        AreaLevel.REGION,
                        new Names(rs.getString(2), rs.getString(3), rs.getString(4)),
                        rs.getString(1)))
                .list();
    }

    /** Every area of a level, with names, sorted by code. */
    List<AreaRef> areas(AreaLevel level) {
        String sql = switch (level) {
            case COUNTRY -> "select 'SSS', 'Koko maa', 'Hela landet', 'Whole country', null";
            case REGION -> "select 'MK' || code, name_fi, name_sv, name_en, code from region order by code";
            case SUB_REGION -> "select 'SK' || code, name_fi, name_sv, '', region_code from sub_region order by code";
            case MUNICIPALITY ->
                "select 'KU' || code, name_fi, name_sv, name_en, region_code from municipality order by code";
            case EMPLOYMENT_AREA -> """
                    select 'TA:' || a.id, a.name_fi, a.name_sv, a.name_en,
                           (select m.region_code from employment_area_member em join municipality m
                              on m.code = em.municipality_code where em.area_id = a.id
                            group by m.region_code order by count(*) desc, m.region_code limit 1)
                    from employment_area a order by a.name_fi
                    """;
        };
        return jdbc.sql(sql)
                .query((rs, n) -> new AreaRef(
                        rs.getString(1),
                        level,
                        new Names(rs.getString(2), rs.getString(3), rs.getString(4)),
                        rs.getString(5)))
                .list();
    }

    Optional<AreaRef> area(String code) {
        return AreaLevel.ofCode(code)
                .flatMap(level ->
                        areas(level).stream().filter(a -> a.code().equals(code)).findFirst());
    }

    /** The member municipalities (3-digit codes) of a sub-region, municipality or employment area. */
    List<String> members(AreaRef area) {
        String bare = area.level().bare(area.code());
        return switch (area.level()) {
            case COUNTRY, REGION -> List.of();
            case SUB_REGION ->
                jdbc.sql("select code from municipality where sub_region_code = ? order by code")
                        .param(bare)
                        .query(String.class)
                        .list();
            case MUNICIPALITY -> List.of(bare);
            case EMPLOYMENT_AREA ->
                jdbc.sql("select municipality_code from employment_area_member where area_id = ? order by 1")
                        .param(bare)
                        .query(String.class)
                        .list();
        };
    }

    Optional<ProviderRef> provider(String idOrSlug) {
        String where = idOrSlug.matches("\\d{1,18}") ? "p.id = " + Long.parseLong(idOrSlug) : "p.slug = :slug";
        var spec = jdbc.sql("select p.id, p.slug, p.name_fi, p.name_sv, p.name_en, p.demo, m.region_code"
                + " from provider p join municipality m on m.code = p.home_municipality_code where " + where);
        if (!idOrSlug.matches("\\d{1,18}")) {
            spec = spec.param("slug", idOrSlug);
        }
        return spec.query((rs, n) -> new ProviderRef(
                        rs.getLong(1),
                        rs.getString(2),
                        new Names(rs.getString(3), rs.getString(4), rs.getString(5)),
                        rs.getBoolean(6),
                        rs.getString(7)))
                .optional();
    }

    /** Providers with supply or outcome rows, for the index. */
    List<ProviderRef> providersWithFacts() {
        return jdbc.sql("""
                        select p.id, p.slug, p.name_fi, p.name_sv, p.name_en, p.demo, m.region_code
                        from provider p join municipality m on m.code = p.home_municipality_code
                        where exists (select 1 from education_supply e where e.provider_id = p.id)
                           or exists (select 1 from graduate_outcome o where o.provider_id = p.id)
                        order by p.name_fi
                        """)
                .query((rs, n) -> new ProviderRef(
                        rs.getLong(1),
                        rs.getString(2),
                        new Names(rs.getString(3), rs.getString(4), rs.getString(5)),
                        rs.getBoolean(6),
                        rs.getString(7)))
                .list();
    }

    // ------------------------------------------------------------ mapping

    private static List<LabourCell> dedupe(List<LabourCell> ordered) {
        List<LabourCell> out = new ArrayList<>(ordered.size());
        LabourCell last = null;
        for (LabourCell c : ordered) {
            if (last == null
                    || !(last.areaCode().equals(c.areaCode())
                            && last.iscoCode().equals(c.iscoCode())
                            && last.period().equals(c.period()))) {
                out.add(c);
                last = c;
            }
        }
        return out;
    }

    private static LabourCell labourCell(ResultSet rs, int n) throws SQLException {
        return new LabourCell(
                rs.getString("area_code"),
                rs.getString("occupation_code"),
                rs.getString("period"),
                rs.getBigDecimal("vacancies"),
                rs.getBoolean("has_vacancies"),
                rs.getBigDecimal("unemployed"),
                rs.getBoolean("has_unemployed"),
                source(rs, n));
    }

    private static SourceRef source(ResultSet rs, int n) throws SQLException {
        return new SourceRef(
                rs.getString("publisher"),
                rs.getString("dataset"),
                rs.getString("vintage"),
                rs.getString("licence"),
                rs.getBoolean("demo"));
    }

    private static OutcomeCounts counts(ResultSet rs) throws SQLException {
        return new OutcomeCounts(
                (Integer) rs.getObject("graduates", Integer.class),
                (Integer) rs.getObject("employed", Integer.class),
                (Integer) rs.getObject("further", Integer.class),
                (Integer) rs.getObject("unemployed", Integer.class),
                (Integer) rs.getObject("other", Integer.class));
    }

    /** Both measures of one cell; a measure present with a null value is missing in the source. */
    record LabourCell(
            String areaCode,
            String iscoCode,
            String period,
            BigDecimal vacancies,
            boolean hasVacancies,
            BigDecimal unemployed,
            boolean hasUnemployed,
            SourceRef source) {}

    record SupplyRow(
            String iscoCode,
            String qualificationCode,
            String language,
            int year,
            Integer graduates,
            BigDecimal weight,
            long sourceId) {}

    record AreaOutcome(String areaCode, String qualificationCode, int cohortYear, OutcomeCounts counts) {}

    record CrosswalkRow(String qualificationCode, Names names, BigDecimal weight, String source, String confidence) {}
}
