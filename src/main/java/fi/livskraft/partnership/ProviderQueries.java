package fi.livskraft.partnership;

import fi.livskraft.common.Names;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL that reads providers and their ownership; no access checks here. */
@Component
class ProviderQueries {

    private static final String SUMMARY = """
            select p.id, p.slug, p.name_fi, p.name_sv, p.name_en, p.legal_form, p.home_municipality_code, p.demo,
                   m.name_fi as home_fi, m.name_sv as home_sv, m.name_en as home_en, m.region_code,
                   coalesce((select string_agg(l.language, ',' order by array_position(array['sv','fi','en'], l.language::text))
                             from provider_language l where l.provider_id = p.id), '') as languages,
                   (select count(*) from ownership o where o.provider_id = p.id
                       and o.valid_from <= :today and (o.valid_to is null or o.valid_to > :today)) as owner_count
            from provider p join municipality m on m.code = p.home_municipality_code
            """;

    private final JdbcClient jdbc;

    ProviderQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ProviderSummary> list(String language, String regionCode) {
        return jdbc.sql(SUMMARY + """
                        where (cast(:lang as varchar) is null
                               or exists (select 1 from provider_language l where l.provider_id = p.id and l.language = :lang))
                          and (cast(:region as varchar) is null or m.region_code = :region
                               or exists (select 1 from provider_area a join municipality am on am.code = a.municipality_code
                                          where a.provider_id = p.id and am.region_code = :region))
                        order by p.name_fi
                        """)
                .param("today", Date.valueOf(LocalDate.now()))
                .param("lang", language)
                .param("region", regionCode)
                .query(ProviderQueries::summary)
                .list();
    }

    Optional<ProviderSummary> summary(long id) {
        return jdbc.sql(SUMMARY + " where p.id = :id")
                .param("today", Date.valueOf(LocalDate.now()))
                .param("id", id)
                .query(ProviderQueries::summary)
                .optional();
    }

    /** The provider's own columns beyond its summary. */
    record Licence(String businessId, VotingRule votingRule, Integer minStudentYears, String website, int version) {}

    Optional<Licence> licence(long id) {
        return jdbc.sql(
                        "select business_id, voting_rule, min_student_years, website, version from provider where id = ?")
                .param(id)
                .query((rs, n) -> new Licence(
                        rs.getString("business_id"),
                        VotingRule.valueOf(rs.getString("voting_rule")),
                        (Integer) rs.getObject("min_student_years"),
                        rs.getString("website"),
                        rs.getInt("version")))
                .optional();
    }

    List<String> qualificationCodes(long id) {
        return jdbc.sql("select qualification_code from provider_qualification where provider_id = ? order by 1")
                .param(id)
                .query(String.class)
                .list();
    }

    List<String> areaCodes(long id) {
        return jdbc.sql("select municipality_code from provider_area where provider_id = ? order by 1")
                .param(id)
                .query(String.class)
                .list();
    }

    /** Every ownership row of the provider, grouped into sets, newest first. */
    List<OwnershipPeriod> history(long providerId) {
        List<OwnerShare> rows =
                jdbc.sql("""
                        select o.owner_code, w.kind, w.name_fi, w.name_sv, coalesce(m.name_en, '') as name_en, w.demo,
                               o.share, o.valid_from, o.valid_to
                        from ownership o join owner w on w.code = o.owner_code
                        left join municipality m on m.code = w.municipality_code
                        where o.provider_id = ?
                        order by o.valid_from desc, o.share desc, o.owner_code
                        """).param(providerId).query(ProviderQueries::share).list();
        Map<List<LocalDate>, List<OwnerShare>> sets = new LinkedHashMap<>();
        for (OwnerShare row : rows) {
            sets.computeIfAbsent(Arrays.asList(row.validFrom(), row.validTo()), k -> new ArrayList<>())
                    .add(row);
        }
        List<OwnershipPeriod> periods = new ArrayList<>();
        sets.forEach((key, shares) -> periods.add(new OwnershipPeriod(key.get(0), key.get(1), shares)));
        return periods;
    }

    /** The set in effect on the day (empty when none). */
    static List<OwnerShare> inEffect(List<OwnershipPeriod> history, LocalDate day) {
        return history.stream()
                .filter(p -> p.inEffectOn(day))
                .findFirst()
                .map(OwnershipPeriod::owners)
                .orElse(List.of());
    }

    /** The latest set (open-ended, possibly starting in the future), or null. */
    static OwnershipPeriod latest(List<OwnershipPeriod> history) {
        return history.stream().filter(p -> p.validTo() == null).findFirst().orElse(null);
    }

    /** The regions in which some provider has its home municipality or licence area, by Finnish name. */
    List<RegionOption> regions() {
        return jdbc.sql("""
                        select r.code, r.name_fi, r.name_sv, r.name_en from region r
                        where exists (select 1 from provider p join municipality m on m.code = p.home_municipality_code
                                      where m.region_code = r.code)
                           or exists (select 1 from provider_area a join municipality m on m.code = a.municipality_code
                                      where m.region_code = r.code)
                        order by r.code
                        """)
                .query((rs, n) -> new RegionOption(
                        rs.getString("code"),
                        new Names(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en"))))
                .list();
    }

    /** Ids of the providers in which any of the municipalities holds a share today. */
    List<Long> ownedBy(java.util.Collection<String> ownerCodes) {
        if (ownerCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select distinct provider_id from ownership
                        where owner_code in (:codes) and valid_from <= :today and (valid_to is null or valid_to > :today)
                        """)
                .param("codes", List.copyOf(ownerCodes))
                .param("today", Date.valueOf(LocalDate.now()))
                .query(Long.class)
                .list();
    }

    static ProviderSummary summary(ResultSet rs, int row) throws SQLException {
        String languages = rs.getString("languages");
        return new ProviderSummary(
                rs.getLong("id"),
                rs.getString("slug"),
                new Names(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")),
                LegalForm.valueOf(rs.getString("legal_form")),
                languages.isEmpty() ? List.of() : List.of(languages.split(",")),
                rs.getString("home_municipality_code"),
                new Names(rs.getString("home_fi"), rs.getString("home_sv"), rs.getString("home_en")),
                rs.getString("region_code"),
                rs.getInt("owner_count"),
                rs.getBoolean("demo"));
    }

    static OwnerShare share(ResultSet rs, int row) throws SQLException {
        Date to = rs.getDate("valid_to");
        return new OwnerShare(
                rs.getString("owner_code"),
                OwnerKind.valueOf(rs.getString("kind")),
                new Names(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")),
                Objects.requireNonNull(rs.getBigDecimal("share")),
                rs.getDate("valid_from").toLocalDate(),
                to == null ? null : to.toLocalDate(),
                rs.getBoolean("demo"));
    }
}
