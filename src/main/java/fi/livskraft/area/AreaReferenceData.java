package fi.livskraft.area;

import fi.livskraft.common.ReferenceData;
import fi.livskraft.common.StartupTask;
import fi.livskraft.referencedata.ImportHistory;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped areas (regions, sub-regions, municipalities, former municipalities, employment
 * areas) into an empty database, in one transaction. A database that already has municipalities is
 * left alone: from then on the coordinator refreshes them with the importers.
 */
@Component
class AreaReferenceData implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(AreaReferenceData.class);
    static final String SOURCE = "Livskraft reference data 2026-11-27 (Statistics Finland, CC BY 4.0;"
            + " Opetushallitus Koodistopalvelu; employment areas compiled by the project)";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ImportHistory history;

    AreaReferenceData(JdbcClient jdbc, TransactionTemplate tx, ImportHistory history) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.history = history;
    }

    @Override
    public int getOrder() {
        return REFERENCE_DATA;
    }

    @Override
    public void run() {
        long present =
                jdbc.sql("select count(*) from municipality").query(Long.class).single();
        if (present > 0) {
            return;
        }
        tx.executeWithoutResult(status -> load());
    }

    private void load() {
        var regions = ReferenceData.read(
                "regions.csv",
                List.of("code", "name_fi", "name_sv", "name_en"),
                r -> List.of(r.get("code"), r.get("name_fi"), r.get("name_sv"), r.get("name_en")));
        regions.forEach(r -> jdbc.sql("insert into region (code, name_fi, name_sv, name_en) values (?, ?, ?, ?)")
                .params(r)
                .update());
        var subRegions = ReferenceData.read(
                "sub_regions.csv",
                List.of("code", "name_fi", "name_sv", "region_code"),
                r -> List.of(r.get("code"), r.get("name_fi"), r.get("name_sv"), r.get("region_code")));
        subRegions.forEach(
                r -> jdbc.sql("insert into sub_region (code, name_fi, name_sv, region_code) values (?, ?, ?, ?)")
                        .params(r)
                        .update());
        var municipalities = ReferenceData.read(
                "municipalities.csv",
                List.of("code", "name_fi", "name_sv", "name_en", "region_code", "sub_region_code", "language_status"),
                r -> List.of(
                        r.get("code"),
                        r.get("name_fi"),
                        r.get("name_sv"),
                        r.get("name_en"),
                        r.get("region_code"),
                        r.get("sub_region_code"),
                        r.get("language_status")));
        municipalities.forEach(r -> jdbc.sql("insert into municipality (code, name_fi, name_sv, name_en, region_code,"
                        + " sub_region_code, language_status) values (?, ?, ?, ?, ?, ?, ?)")
                .params(r)
                .update());
        var former = ReferenceData.read(
                "former_municipalities.csv",
                List.of("code", "name_fi", "name_sv", "current_code", "abolished_year"),
                r -> new Object[] {
                    r.get("code"),
                    r.get("name_fi"),
                    r.get("name_sv"),
                    r.get("current_code"),
                    r.get("abolished_year").isEmpty() ? null : Integer.valueOf(r.get("abolished_year"))
                });
        former.forEach(r -> jdbc.sql("insert into former_municipality (code, name_fi, name_sv, current_code,"
                        + " abolished_year) values (?, ?, ?, ?, ?)")
                .params(r)
                .update());
        var areas = ReferenceData.read(
                "employment_areas.csv",
                List.of(
                        "id",
                        "name_fi",
                        "name_sv",
                        "name_en",
                        "lead_municipality_code",
                        "source_note",
                        "classification_code"),
                r -> new Object[] {
                    r.get("id"),
                    r.get("name_fi"),
                    r.get("name_sv"),
                    r.get("name_en"),
                    ReferenceData.emptyToNull(r.get("lead_municipality_code")),
                    r.get("source_note"),
                    ReferenceData.emptyToNull(r.get("classification_code"))
                });
        areas.forEach(r -> jdbc.sql("insert into employment_area (id, name_fi, name_sv, name_en,"
                        + " lead_municipality_code, source_note, classification_code) values (?, ?, ?, ?, ?, ?, ?)")
                .params(r)
                .update());
        var members = ReferenceData.read(
                "employment_area_members.csv",
                List.of("area_id", "municipality_code"),
                r -> List.of(r.get("area_id"), r.get("municipality_code")));
        members.forEach(r -> jdbc.sql("insert into employment_area_member (area_id, municipality_code) values (?, ?)")
                .params(r)
                .update());
        var byYear = ReferenceData.read(
                "employment_area_members_by_year.csv",
                List.of("year", "area_id", "municipality_code"),
                r -> new Object[] {
                    Integer.valueOf(r.get("year")),
                    r.get("municipality_code"),
                    r.get("area_id"),
                    EmploymentAreaClassification.SOURCE + " " + r.get("year")
                });
        byYear.forEach(r -> jdbc.sql("insert into employment_area_year_member (year, municipality_code, area_id,"
                        + " source) values (?, ?, ?, ?)")
                .params(r)
                .update());
        int rows = regions.size()
                + subRegions.size()
                + municipalities.size()
                + former.size()
                + areas.size()
                + members.size()
                + byYear.size();
        history.record("areas", "livskraft-csv", "referencedata/*.csv", SOURCE, rows, rows);
        log.info(
                "Loaded {} regions, {} sub-regions, {} municipalities, {} former municipalities, {} employment areas",
                regions.size(),
                subRegions.size(),
                municipalities.size(),
                former.size(),
                areas.size());
    }
}
