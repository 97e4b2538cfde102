package fi.livskraft.education;

import fi.livskraft.classification.Classifications;
import fi.livskraft.classification.Qualification;
import fi.livskraft.common.Names;
import fi.livskraft.evidence.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The supply and outcome tables as the page and the exports show them: one table per source (with
 * its publisher, dataset, vintage and demonstration flag), qualification names in the reader's
 * language, counts already suppressed for the public.
 */
@Component
class SupplyView {

    record SupplyRow(
            String providerCode,
            String providerName,
            String qualificationCode,
            String qualificationName,
            int year,
            String language,
            String startPlaces,
            String newStudents,
            String students,
            String graduates) {}

    record OutcomeRow(
            String providerCode,
            String providerName,
            String areaCode,
            String areaName,
            String qualificationCode,
            String qualificationName,
            int cohortYear,
            String language,
            String graduates,
            String employed,
            String furtherStudies,
            String unemployed,
            String other) {}

    record Table<R>(Source source, List<R> rows) {}

    private final EducationFacts facts;
    private final Classifications classifications;
    private final JdbcClient jdbc;

    SupplyView(EducationFacts facts, Classifications classifications, JdbcClient jdbc) {
        this.facts = facts;
        this.classifications = classifications;
        this.jdbc = jdbc;
    }

    /** The name of an outcome's area in the reader's language: the whole country or a region. */
    String areaName(String areaCode, Locale locale, String wholeCountry) {
        if (CellChecks.WHOLE_COUNTRY.equals(areaCode)) {
            return wholeCountry;
        }
        String code = areaCode.startsWith("MK") ? areaCode.substring(2) : areaCode;
        return jdbc.sql("select name_fi, name_sv, name_en from region where code = ?")
                .param(code)
                .query((rs, n) -> new Names(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")))
                .optional()
                .map(n -> n.in(locale) + " (" + areaCode + ")")
                .orElse(areaCode);
    }

    List<Table<SupplyRow>> supply(FactFilter filter, Suppression suppression, Locale locale) {
        List<SupplyFact> found = facts.supply(filter);
        Map<String, Names> names =
                names(found.stream().map(SupplyFact::qualificationCode).toList());
        Map<Long, List<SupplyRow>> bySource = new LinkedHashMap<>();
        for (SupplyFact f : found) {
            bySource.computeIfAbsent(f.sourceId(), id -> new ArrayList<>())
                    .add(new SupplyRow(
                            f.providerCode(),
                            f.providerName(),
                            f.qualificationCode(),
                            name(names, f.qualificationCode(), locale),
                            f.year(),
                            f.language(),
                            suppression.show(f.startPlaces()),
                            suppression.show(f.newStudents()),
                            suppression.show(f.students()),
                            suppression.show(f.graduates())));
        }
        return tables(bySource);
    }

    List<Table<OutcomeRow>> outcomes(FactFilter filter, Suppression suppression, Locale locale, String wholeCountry) {
        List<OutcomeFact> found = facts.outcomes(filter);
        Map<String, Names> names =
                names(found.stream().map(OutcomeFact::qualificationCode).toList());
        Map<String, String> providerNames = facts.providers().stream()
                .collect(Collectors.toMap(
                        EducationFacts.ProviderOption::code, EducationFacts.ProviderOption::name, (a, b) -> a));
        Map<String, String> areaNames = new HashMap<>();
        Map<Long, List<OutcomeRow>> bySource = new LinkedHashMap<>();
        for (OutcomeFact f : found) {
            bySource.computeIfAbsent(f.sourceId(), id -> new ArrayList<>())
                    .add(new OutcomeRow(
                            f.providerCode(),
                            f.providerCode() == null
                                    ? null
                                    : providerNames.getOrDefault(f.providerCode(), f.providerCode()),
                            f.areaCode(),
                            areaNames.computeIfAbsent(f.areaCode(), a -> areaName(a, locale, wholeCountry)),
                            f.qualificationCode(),
                            name(names, f.qualificationCode(), locale),
                            f.cohortYear(),
                            f.language(),
                            suppression.show(f.graduates()),
                            suppression.show(f.employed()),
                            suppression.show(f.furtherStudies()),
                            suppression.show(f.unemployed()),
                            suppression.show(f.other())));
        }
        return tables(bySource);
    }

    /** Qualifications with supply figures, code and name in the reader's language, by name. */
    List<Map.Entry<String, String>> qualificationOptions(Locale locale) {
        return classifications.qualifications(facts.qualificationCodes()).stream()
                .map(q -> Map.entry(q.code(), q.names().in(locale)))
                .sorted(Map.Entry.comparingByValue(java.text.Collator.getInstance(locale)))
                .toList();
    }

    /** The tables cut to at most {@code max} rows in all (for the page; the exports are whole). */
    static <R> List<Table<R>> limit(List<Table<R>> tables, int max) {
        List<Table<R>> limited = new ArrayList<>();
        int left = max;
        for (Table<R> t : tables) {
            if (left <= 0) {
                break;
            }
            List<R> rows = t.rows().size() <= left ? t.rows() : t.rows().subList(0, left);
            limited.add(new Table<>(t.source(), rows));
            left -= rows.size();
        }
        return limited;
    }

    static int rows(List<? extends Table<?>> tables) {
        return tables.stream().mapToInt(t -> t.rows().size()).sum();
    }

    private <R> List<Table<R>> tables(Map<Long, List<R>> bySource) {
        List<Table<R>> tables = new ArrayList<>();
        bySource.forEach((id, rows) -> facts.source(id).ifPresent(s -> tables.add(new Table<>(s, rows))));
        return tables;
    }

    private Map<String, Names> names(List<String> codes) {
        return classifications.qualifications(codes.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Qualification::code, Qualification::names, (a, b) -> a));
    }

    private static String name(Map<String, Names> names, String code, Locale locale) {
        Names n = names.get(code);
        return n == null ? code : n.in(locale);
    }
}
