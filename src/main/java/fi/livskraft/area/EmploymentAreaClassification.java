package fi.livskraft.area;

import fi.livskraft.common.ImportFailedException;
import fi.livskraft.common.ImportProblem;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies Statistics Finland's classification of employment areas (tyollisyysalue) for a year:
 * which area each municipality belongs to, by the area's classification code. Stores the year's
 * membership, and when the year is the one in force (the latest classified year up to this one)
 * makes today's membership equal it and marks every classified area verified with the source.
 * Used by the key-file importer and, later, by the classification connector. All or nothing; each
 * moved municipality is audited. The coordinator's correction path ({@link EmploymentAreas}) stays.
 */
@Service
public class EmploymentAreaClassification {

    public static final String SOURCE = "Statistics Finland, classification of employment areas (tyollisyysalue)";
    static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");
    static final String ALAND_REGION = "21";

    /** One municipality's area in the classification; {@code row} places it in its file. */
    public record Assignment(int row, String municipalityCode, String areaCode) {}

    /** What an application changed: municipalities moved in today's membership, rows stored for the year. */
    public record Outcome(int year, int stored, int moved, boolean inForce) {}

    private final JdbcClient jdbc;
    private final ImportLog log;

    EmploymentAreaClassification(JdbcClient jdbc, ImportLog log) {
        this.jdbc = jdbc;
        this.log = log;
    }

    /**
     * Checks and stores the classification of {@code year}. Refuses (storing nothing) an unknown
     * municipality or area code, a municipality given twice, and a mainland municipality left out;
     * the Åland municipalities belong to no employment area and are skipped whatever their code.
     */
    @Transactional
    public Outcome apply(String fileName, int year, List<Assignment> assignments, String format) {
        List<ImportProblem> problems = new ArrayList<>();
        if (year < 2025 || year > 2100) {
            problems.add(
                    ImportProblem.of(fileName, 0, "year", "area.import.classification-year", String.valueOf(year)));
            throw new ImportFailedException(problems);
        }
        Map<String, String> regionOf = new HashMap<>();
        jdbc.sql("select code, region_code from municipality").query(rs -> {
            regionOf.put(rs.getString(1), rs.getString(2));
        });
        Map<String, String> areaOfCode = new HashMap<>();
        jdbc.sql("select classification_code, id from employment_area where classification_code is not null")
                .query(rs -> {
                    areaOfCode.put(rs.getString(1), rs.getString(2));
                });
        Map<String, String> membership = new LinkedHashMap<>();
        Set<String> seen = new TreeSet<>();
        for (Assignment a : assignments) {
            String region = regionOf.get(a.municipalityCode());
            if (region == null) {
                problems.add(ImportProblem.of(
                        fileName, a.row(), "kunta", "area.import.unknown-municipality", a.municipalityCode()));
            } else if (!seen.add(a.municipalityCode())) {
                problems.add(
                        ImportProblem.of(fileName, a.row(), "kunta", "import.error.duplicate", a.municipalityCode()));
            } else if (!ALAND_REGION.equals(region)) {
                String area = areaOfCode.get(a.areaCode());
                if (area == null) {
                    problems.add(ImportProblem.of(
                            fileName,
                            a.row(),
                            "tyollisyysalue_code",
                            "area.import.unknown-employment-area",
                            a.areaCode(),
                            a.municipalityCode()));
                } else {
                    membership.put(a.municipalityCode(), area);
                }
            }
        }
        Set<String> missing = new TreeSet<>();
        regionOf.forEach((code, region) -> {
            if (!ALAND_REGION.equals(region) && !seen.contains(code)) {
                missing.add(code);
            }
        });
        if (!missing.isEmpty()) {
            problems.add(ImportProblem.of(
                    fileName, 0, "kunta", "area.import.not-classified", missing.size(), String.join(", ", missing)));
        }
        if (!problems.isEmpty()) {
            throw new ImportFailedException(problems);
        }
        String source = SOURCE + " " + year;
        jdbc.sql("delete from employment_area_year_member where year = ?")
                .param(year)
                .update();
        membership.forEach((municipality, area) -> jdbc.sql(
                        "insert into employment_area_year_member (year, municipality_code, area_id, source)"
                                + " values (?, ?, ?, ?)")
                .params(year, municipality, area, source)
                .update());
        boolean inForce = year == yearInForce();
        int moved = inForce ? makeTodayEqual(fileName, membership, year) : 0;
        log.record("employment_area_year_member", format, fileName, source, assignments.size(), membership.size());
        return new Outcome(year, membership.size(), moved, inForce);
    }

    /** The latest classified year up to this year (the earliest one before any is in force). */
    int yearInForce() {
        int now = LocalDate.now(ZONE).getYear();
        Integer year = jdbc.sql("select coalesce(max(year) filter (where year <= ?), min(year))"
                        + " from employment_area_year_member")
                .param(now)
                .query(Integer.class)
                .single();
        return year == null ? now : year;
    }

    private int makeTodayEqual(String fileName, Map<String, String> membership, int year) {
        Map<String, String> today = new HashMap<>();
        jdbc.sql("select municipality_code, area_id from employment_area_member")
                .query(rs -> {
                    today.put(rs.getString(1), rs.getString(2));
                });
        int moved = 0;
        for (Map.Entry<String, String> m : membership.entrySet()) {
            String before = today.get(m.getKey());
            if (m.getValue().equals(before)) {
                continue;
            }
            jdbc.sql("delete from employment_area_member where municipality_code = ?")
                    .param(m.getKey())
                    .update();
            jdbc.sql("insert into employment_area_member (area_id, municipality_code) values (?, ?)")
                    .params(m.getValue(), m.getKey())
                    .update();
            log.changed(
                    "employment_area_member",
                    m.getKey(),
                    fileName,
                    before == null ? Map.of() : Map.of("area", before),
                    Map.of("area", m.getValue()));
            moved++;
        }
        jdbc.sql("update employment_area set source_note = ?, version = version + 1"
                        + " where classification_code is not null and source_note <> ?")
                .params(verifiedNote(year), verifiedNote(year))
                .update();
        return moved;
    }

    static String verifiedNote(int year) {
        return "verified: " + SOURCE + " " + year + " - members";
    }
}
