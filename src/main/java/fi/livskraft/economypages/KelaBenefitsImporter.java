package fi.livskraft.economypages;

import fi.livskraft.account.Actor;
import fi.livskraft.audit.AuditLog;
import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ImportReport;
import fi.livskraft.common.ReferenceImporter;
import fi.livskraft.economy.Band;
import fi.livskraft.economy.BenefitType;
import fi.livskraft.referencedata.ImportHistory;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kela's open data on municipally co-financed unemployment benefits (the AN2024 municipal share):
 * per month, employment area or the whole country, benefit and accumulated paid-day class, the
 * recipients, paid days and euros. Expected columns (header names in any case, separator {@code ;}
 * or {@code ,}):
 *
 * <pre>tilastokuukausi;alue;etuus;kertymaluokka;saajat;maksetut_paivat;euroa</pre>
 *
 * <ul>
 *   <li>{@code tilastokuukausi}: {@code 2025-01}, {@code 2025M01} or {@code 01/2025}</li>
 *   <li>{@code alue}: the employment area's id (e.g. {@code pohjanmaa}) or its Finnish, Swedish or
 *       English name; {@code KOKO MAA} for the whole country</li>
 *   <li>{@code etuus}: {@code työmarkkinatuki}, {@code peruspäiväraha}, {@code ansiopäivärahan
 *       perusosa} or, in the months it is in force (from 1.5.2026), {@code yleistuki} (or our names
 *       LABOUR_MARKET_SUBSIDY, BASIC_ALLOWANCE, EARNINGS_RELATED_BASIC, GENERAL_SUPPORT)</li>
 *   <li>{@code kertymaluokka}: {@code 1-100}, {@code 101-200}, ..., {@code 501-700}, {@code yli
 *       700}; a closed class must lie inside one AN2024 band in force in that month; the open class
 *       Kela publishes ({@code yli 500} or {@code 501-}) may reach over several bands and is priced
 *       at the band of its first day, a lower bound stated on the page ({@link AreaEconomy})</li>
 *   <li>{@code saajat}, {@code maksetut_paivat}: whole numbers, not negative (spaces as thousands
 *       separators allowed)</li>
 *   <li>{@code euroa}: euros, not negative; a decimal comma is accepted in a {@code ;} file</li>
 * </ul>
 *
 * All or nothing; the months of the file replace whatever an earlier import stored for them.
 */
@Component
class KelaBenefitsImporter implements ReferenceImporter {

    static final String ID = "kela-an2024-benefits";
    static final String DATASET = "kela-an2024-benefits";
    static final String PUBLISHER = "Kela";
    static final String LICENCE = "CC BY 4.0";
    static final String WHOLE_COUNTRY = "koko maa";
    static final List<String> COLUMNS =
            List.of("tilastokuukausi", "alue", "etuus", "kertymaluokka", "saajat", "maksetut_paivat", "euroa");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})(?:-|M)(\\d{1,2})(?:-01)?|(\\d{1,2})/(\\d{4})");

    private final KelaFacts facts;
    private final AreaCatalogue areas;
    private final EconomyRules rules;
    private final ImportHistory history;
    private final AuditLog audit;

    KelaBenefitsImporter(
            KelaFacts facts, AreaCatalogue areas, EconomyRules rules, ImportHistory history, AuditLog audit) {
        this.facts = facts;
        this.areas = areas;
        this.rules = rules;
        this.history = history;
        this.audit = audit;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "economypages.import.label";
    }

    @Override
    @Transactional
    public ImportReport importFile(String fileName, InputStream content) {
        String by = Actor.current().map(Actor::username).orElse("system");
        long sourceId = facts.newSource(PUBLISHER, DATASET, "file " + fileName, LICENCE, fileName, by, false);
        Map<String, String> areaIndex = areas.index();
        Map<LocalDate, Optional<List<Band>>> bandsByMonth = new LinkedHashMap<>();
        Set<String> cells = new HashSet<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<KelaFact> batch = new ArrayList<>();
        int[] read = {0};
        int[] stored = {0};
        LocalDate[] range = {null, null};
        problems.addAll(OpenDataCsv.read(fileName, content, COLUMNS, row -> {
            read[0]++;
            List<ImportProblem> rowProblems = new ArrayList<>();
            Optional<KelaFact> fact = fact(row, areaIndex, bandsByMonth, rowProblems);
            if (fact.isPresent() && !cells.add(fact.get().cell())) {
                rowProblems.add(row.problem("kertymaluokka", "economypages.import.error.duplicate-cell"));
            }
            problems.addAll(rowProblems);
            if (!rowProblems.isEmpty() || !problems.isEmpty()) {
                batch.clear();
                return;
            }
            KelaFact f = fact.orElseThrow();
            range[0] = range[0] == null || f.month().isBefore(range[0]) ? f.month() : range[0];
            range[1] = range[1] == null || f.month().isAfter(range[1]) ? f.month() : range[1];
            batch.add(f);
            if (batch.size() >= KelaFacts.BATCH) {
                facts.insert(sourceId, batch);
                stored[0] += batch.size();
                batch.clear();
            }
        }));
        if (problems.isEmpty() && read[0] == 0) {
            problems.add(ImportProblem.of(fileName, 2, "", "economypages.import.error.no-rows"));
        }
        if (!problems.isEmpty()) {
            throw new ImportFailedException(problems);
        }
        facts.insert(sourceId, batch);
        stored[0] += batch.size();
        int replaced = facts.finish(sourceId, range[0], range[1]);
        long importId = history.record(DATASET, ID, fileName, PUBLISHER + " open data, " + LICENCE, read[0], stored[0]);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", fileName);
        after.put("periodFrom", range[0].toString());
        after.put("periodTo", range[1].toString());
        after.put("rowsRead", read[0]);
        after.put("rowsStored", stored[0]);
        after.put("rowsReplaced", replaced);
        audit.record("IMPORT", "reference_import", importId, ID + " " + fileName, null, after);
        return new ImportReport(DATASET, fileName, read[0], stored[0], List.of());
    }

    private Optional<KelaFact> fact(
            OpenDataCsv.Row row,
            Map<String, String> areaIndex,
            Map<LocalDate, Optional<List<Band>>> bandsByMonth,
            List<ImportProblem> problems) {
        Optional<LocalDate> month = month(row.get("tilastokuukausi"));
        if (month.isEmpty()) {
            problems.add(
                    row.problem("tilastokuukausi", "economypages.import.error.bad-month", row.get("tilastokuukausi")));
        }
        String areaLabel = row.get("alue");
        String areaId = null;
        if (areaLabel.isEmpty()) {
            problems.add(row.problem("alue", "import.error.required"));
        } else if (!areaLabel.toLowerCase(Locale.ROOT).equals(WHOLE_COUNTRY)) {
            areaId = areas.resolve(areaIndex, areaLabel).orElse(null);
            if (areaId == null) {
                problems.add(row.problem("alue", "economypages.import.error.unknown-area", areaLabel));
            }
        }
        Optional<KelaBenefit> benefit = KelaBenefit.parse(row.get("etuus"));
        if (benefit.isEmpty()) {
            problems.add(row.problem("etuus", "economypages.import.error.unknown-benefit", row.get("etuus")));
        } else if (benefit.get() == KelaBenefit.GENERAL_SUPPORT
                && month.isPresent()
                && !generalSupportInForce(month.get())) {
            problems.add(row.problem(
                    "etuus",
                    "economypages.import.error.benefit-not-in-force",
                    row.get("etuus"),
                    month.get().toString()));
        }
        Optional<DayClass> dayClass = DayClass.parse(row.get("kertymaluokka"));
        if (dayClass.isEmpty()) {
            problems.add(row.problem("kertymaluokka", "economypages.import.error.bad-class", row.get("kertymaluokka")));
        } else if (month.isPresent()) {
            Optional<List<Band>> bands = bandsByMonth.computeIfAbsent(month.get(), rules::an2024Bands);
            if (bands.isEmpty()) {
                problems.add(row.problem(
                        "tilastokuukausi",
                        "economypages.import.error.no-rules",
                        month.get().toString()));
            } else if (AreaEconomy.bandFor(bands.get(), dayClass.get()).isEmpty()) {
                problems.add(row.problem(
                        "kertymaluokka", "economypages.import.error.class-across-bands", row.get("kertymaluokka")));
            }
        }
        Long recipients = whole(row, "saajat", problems);
        Long paidDays = whole(row, "maksetut_paivat", problems);
        BigDecimal euros = decimal(row, "euroa", problems);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        if (recipients > Integer.MAX_VALUE) {
            problems.add(row.problem("saajat", "import.error.bad-value", row.get("saajat")));
            return Optional.empty();
        }
        return Optional.of(new KelaFact(
                month.orElseThrow(),
                areaId,
                benefit.orElseThrow(),
                dayClass.orElseThrow(),
                recipients.intValue(),
                paidDays,
                euros));
    }

    /** Whether general support is in force on some day of the month (from 1.5.2026). */
    private boolean generalSupportInForce(LocalDate month) {
        return rules.benefitTypes(month.plusMonths(1).minusDays(1)).stream()
                .anyMatch(t -> t.code().equals(BenefitType.GENERAL_SUPPORT));
    }

    /** The first day of the month a label names, for months from 2000 on. */
    static Optional<LocalDate> month(String label) {
        Matcher m = MONTH.matcher(label == null ? "" : label.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
        int month = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
        if (year < 2000 || year > 2100 || month < 1 || month > 12) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, 1));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Long whole(OpenDataCsv.Row row, String column, List<ImportProblem> problems) {
        String raw = compact(row.get(column));
        if (raw.isEmpty()) {
            problems.add(row.problem(column, "import.error.required"));
            return null;
        }
        if (!raw.matches("-?\\d{1,15}")) {
            problems.add(row.problem(column, "economypages.import.error.not-a-number", row.get(column)));
            return null;
        }
        long value = Long.parseLong(raw);
        if (value < 0) {
            problems.add(row.problem(column, "economypages.import.error.negative", row.get(column)));
            return null;
        }
        return value;
    }

    private static BigDecimal decimal(OpenDataCsv.Row row, String column, List<ImportProblem> problems) {
        String raw = compact(row.get(column));
        if (row.separator() == ';') {
            raw = raw.replace(',', '.');
        }
        if (raw.isEmpty()) {
            problems.add(row.problem(column, "import.error.required"));
            return null;
        }
        if (!raw.matches("-?\\d{1,14}(\\.\\d{1,2})?")) {
            problems.add(row.problem(column, "economypages.import.error.not-a-number", row.get(column)));
            return null;
        }
        BigDecimal value = new BigDecimal(raw);
        if (value.signum() < 0) {
            problems.add(row.problem(column, "economypages.import.error.negative", row.get(column)));
            return null;
        }
        return value;
    }

    private static String compact(String value) {
        return value.replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
    }
}
