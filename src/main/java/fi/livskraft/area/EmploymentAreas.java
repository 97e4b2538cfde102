package fi.livskraft.area;

import fi.livskraft.audit.AuditLog;
import fi.livskraft.common.ConcurrentEditException;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.Names;
import fi.livskraft.common.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 45 employment areas and their members. The coordinator corrects an area (lead municipality,
 * members); a municipality added here leaves its previous area in the same transaction.
 */
@Service
class EmploymentAreas {

    static final String ENTITY = "employment_area";

    private final JdbcClient jdbc;
    private final AreaDirectory directory;
    private final AuditLog audit;

    EmploymentAreas(JdbcClient jdbc, AreaDirectory directory, AuditLog audit) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
    }

    List<EmploymentArea> list() {
        Map<String, List<String>> members = new LinkedHashMap<>();
        jdbc.sql("select area_id, municipality_code from employment_area_member order by area_id, municipality_code")
                .query(rs -> {
                    members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        return jdbc.sql("select id, name_fi, name_sv, name_en, lead_municipality_code, source_note, version"
                        + " from employment_area order by name_fi")
                .query((rs, n) -> new EmploymentArea(
                        rs.getString("id"),
                        new Names(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")),
                        rs.getString("lead_municipality_code"),
                        members.getOrDefault(rs.getString("id"), List.of()),
                        rs.getString("source_note"),
                        rs.getInt("version")))
                .list();
    }

    Optional<EmploymentArea> find(String id) {
        return list().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    EmploymentArea get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("employment area", id));
    }

    /**
     * Sets the lead and the members of an area. Rules: a version is given and still current; at least
     * one member; every member a municipality of today outside Åland; the lead one of the members; a
     * municipality taken from another area must not be that area's lead. Every area whose members
     * change gets a new version and an audit event with the member lists before and after.
     */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public EmploymentArea update(String id, AreaChange change) {
        EmploymentArea before = get(id);
        List<FieldError> errors = new ArrayList<>();
        if (change.version() == null) {
            errors.add(FieldError.of("version", "area.error.version-required"));
        }
        if (change.municipalityCodes().isEmpty()) {
            errors.add(FieldError.of("municipalityCodes", "area.error.members-empty"));
        }
        List<EmploymentArea> losers = new ArrayList<>();
        for (String code : change.municipalityCodes()) {
            Optional<Municipality> municipality = directory.municipality(code);
            if (municipality.isEmpty()) {
                errors.add(FieldError.of("municipalityCodes", "area.error.unknown-municipality", code));
                continue;
            }
            Municipality m = municipality.get();
            if (m.inAland()) {
                errors.add(FieldError.of(
                        "municipalityCodes",
                        "area.error.aland-municipality",
                        code,
                        m.names().fi()));
                continue;
            }
            String previous = m.employmentAreaId();
            if (previous != null && !previous.equals(id)) {
                EmploymentArea other = get(previous);
                if (code.equals(other.leadMunicipalityCode())) {
                    errors.add(FieldError.of(
                            "municipalityCodes",
                            "area.error.lead-of-other-area",
                            code,
                            other.names().fi()));
                } else if (losers.stream().noneMatch(a -> a.id().equals(other.id()))) {
                    losers.add(other);
                }
            }
        }
        if (change.leadMunicipalityCode().isEmpty()) {
            errors.add(FieldError.of("leadMunicipalityCode", "area.error.lead-required"));
        } else if (!change.municipalityCodes().contains(change.leadMunicipalityCode())) {
            errors.add(
                    FieldError.of("leadMunicipalityCode", "area.error.lead-not-member", change.leadMunicipalityCode()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int updated = jdbc.sql("update employment_area set lead_municipality_code = ?, version = version + 1"
                        + " where id = ? and version = ?")
                .params(change.leadMunicipalityCode(), id, change.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentEditException(ENTITY, id);
        }
        for (EmploymentArea other : losers) {
            List<String> leaving = other.municipalityCodes().stream()
                    .filter(change.municipalityCodes()::contains)
                    .toList();
            jdbc.sql("delete from employment_area_member where area_id = :area and municipality_code in (:codes)")
                    .param("area", other.id())
                    .param("codes", leaving)
                    .update();
            jdbc.sql("update employment_area set version = version + 1 where id = ?")
                    .param(other.id())
                    .update();
            audit.record(
                    "UPDATE",
                    ENTITY,
                    other.id(),
                    "municipalities " + leaving + " moved to " + id,
                    snapshot(other),
                    snapshot(get(other.id())));
        }
        jdbc.sql("delete from employment_area_member where area_id = ?")
                .param(id)
                .update();
        for (String code : change.municipalityCodes()) {
            jdbc.sql("insert into employment_area_member (area_id, municipality_code) values (?, ?)")
                    .params(id, code)
                    .update();
        }
        EmploymentArea after = get(id);
        audit.record("UPDATE", ENTITY, id, "lead and members corrected", snapshot(before), snapshot(after));
        return after;
    }

    private static Map<String, Object> snapshot(EmploymentArea area) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("leadMunicipalityCode", area.leadMunicipalityCode());
        state.put("municipalityCodes", area.municipalityCodes());
        state.put("version", area.version());
        return state;
    }
}
