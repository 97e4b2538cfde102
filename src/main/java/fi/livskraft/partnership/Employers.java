package fi.livskraft.partnership;

import fi.livskraft.area.AreaDirectory;
import fi.livskraft.audit.AuditLog;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.Names;
import fi.livskraft.common.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Employers: everyone logged in reads them; the coordinator registers them. */
@Service
public class Employers {

    private static final String SELECT = """
            select e.id, e.name, e.business_id, e.municipality_code, e.industry, e.demo, e.version,
                   m.name_fi, m.name_sv, m.name_en
            from employer e join municipality m on m.code = e.municipality_code
            """;

    private final JdbcClient jdbc;
    private final AreaDirectory areas;
    private final AuditLog audit;

    Employers(JdbcClient jdbc, AreaDirectory areas, AuditLog audit) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.audit = audit;
    }

    public List<Employer> list() {
        Access.requireLoggedIn();
        return jdbc.sql(SELECT + " order by lower(e.name)")
                .query(Employers::employer)
                .list();
    }

    public Employer get(long id) {
        Access.requireLoggedIn();
        return find(id);
    }

    @Transactional
    public Employer create(NewEmployer employer) {
        Access.requireCoordinator();
        Employer created = find(insert(employer));
        audit.record("CREATE", "employer", created.id(), created.name(), null, created);
        return created;
    }

    /** Checks and stores an employer without an audit event (the caller records one); returns its id. */
    long insert(NewEmployer e) {
        List<FieldError> errors = new ArrayList<>();
        if (e.name().isEmpty()) {
            errors.add(FieldError.of("name", "partnership.error.required"));
        } else if (e.name().length() > 200) {
            errors.add(FieldError.of("name", "partnership.error.too-long", 200));
        }
        if (e.businessId() != null) {
            if (!BusinessId.isValid(e.businessId())) {
                errors.add(FieldError.of("businessId", "partnership.error.business-id-invalid", e.businessId()));
            } else if (jdbc.sql("select count(*) from employer where business_id = ?")
                            .param(e.businessId())
                            .query(Integer.class)
                            .single()
                    > 0) {
                errors.add(FieldError.of("businessId", "partnership.error.business-id-duplicate", e.businessId()));
            }
        }
        if (areas.municipality(e.municipalityCode()).isEmpty()) {
            errors.add(
                    FieldError.of("municipalityCode", "partnership.error.unknown-municipality", e.municipalityCode()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return jdbc.sql("insert into employer (name, business_id, municipality_code, industry, demo)"
                        + " values (?, ?, ?, ?, ?) returning id")
                .params(e.name(), e.businessId(), e.municipalityCode(), e.industry(), e.demo())
                .query(Long.class)
                .single();
    }

    Employer find(long id) {
        return jdbc.sql(SELECT + " where e.id = ?")
                .param(id)
                .query(Employers::employer)
                .optional()
                .orElseThrow(() -> new NotFoundException("employer", String.valueOf(id)));
    }

    private static Employer employer(ResultSet rs, int row) throws SQLException {
        return new Employer(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("business_id"),
                rs.getString("municipality_code"),
                new Names(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")),
                rs.getString("industry"),
                rs.getBoolean("demo"),
                rs.getInt("version"));
    }
}
