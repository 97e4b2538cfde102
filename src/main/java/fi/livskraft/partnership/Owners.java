package fi.livskraft.partnership;

import fi.livskraft.area.AreaDirectory;
import fi.livskraft.area.Municipality;
import fi.livskraft.audit.AuditLog;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.Names;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owners of providers. Municipalities become owners on demand (by their code); other owners are
 * registered first by the coordinator, by business ID.
 */
@Service
public class Owners {

    static final String SELECT = "select code, kind, name_fi, name_sv, municipality_code, demo from owner";

    private final JdbcClient jdbc;
    private final AreaDirectory areas;
    private final AuditLog audit;

    Owners(JdbcClient jdbc, AreaDirectory areas, AuditLog audit) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.audit = audit;
    }

    /** All registered owners (logged-in users). */
    public List<Owner> list() {
        Access.requireLoggedIn();
        return jdbc.sql(SELECT + " order by kind, name_fi").query(Owners::owner).list();
    }

    public Optional<Owner> find(String code) {
        return jdbc.sql(SELECT + " where code = ?")
                .param(code)
                .query(Owners::owner)
                .optional();
    }

    /** Registers an owner (coordinator); a duplicate or malformed code is refused on field {@code code}. */
    @Transactional
    public Owner register(NewOwner owner) {
        Access.requireCoordinator();
        Owner created = insert(owner);
        audit.record("CREATE", "owner", created.code(), created.names().fi(), null, created);
        return created;
    }

    /** Checks and stores an owner without an audit event (the caller records one). */
    Owner insert(NewOwner owner) {
        if (owner.kind() == null) {
            throw new InvalidInputException(FieldError.of("kind", "partnership.error.required"));
        }
        if (find(owner.code()).isPresent()) {
            throw new InvalidInputException(FieldError.of("code", "partnership.error.owner-duplicate", owner.code()));
        }
        Owner created;
        if (owner.kind() == OwnerKind.MUNICIPALITY) {
            Municipality m = areas.municipality(owner.code())
                    .orElseThrow(() -> new InvalidInputException(
                            FieldError.of("code", "partnership.error.unknown-municipality", owner.code())));
            created = new Owner(m.code(), OwnerKind.MUNICIPALITY, m.names(), m.code(), owner.demo());
        } else {
            if (!BusinessId.isValid(owner.code())) {
                throw new InvalidInputException(
                        FieldError.of("code", "partnership.error.business-id-invalid", owner.code()));
            }
            if (owner.nameFi().isEmpty() && owner.nameSv().isEmpty()) {
                throw new InvalidInputException(FieldError.of("nameFi", "partnership.error.required"));
            }
            created = new Owner(
                    owner.code(), owner.kind(), new Names(owner.nameFi(), owner.nameSv(), ""), null, owner.demo());
        }
        store(created);
        return created;
    }

    /**
     * The owner for a code given in an ownership set: an existing owner, or a municipality owner
     * created on demand for a known municipality code. Empty with the reason when neither.
     */
    Resolution resolve(String code, boolean demo) {
        String c = code == null ? "" : code.strip();
        Optional<Owner> existing = find(c);
        if (existing.isPresent()) {
            return new Resolution(existing.get(), null);
        }
        if (c.matches("\\d{3}")) {
            return areas.municipality(c)
                    .map(m -> {
                        Owner created = new Owner(m.code(), OwnerKind.MUNICIPALITY, m.names(), m.code(), demo);
                        store(created);
                        return new Resolution(created, null);
                    })
                    .orElseGet(() -> new Resolution(null, "partnership.error.unknown-municipality"));
        }
        if (BusinessId.looksLikeOne(c)) {
            return new Resolution(
                    null,
                    BusinessId.isValid(c)
                            ? "partnership.error.owner-not-registered"
                            : "partnership.error.business-id-invalid");
        }
        return new Resolution(null, c.isEmpty() ? "partnership.error.required" : "partnership.error.owner-code-format");
    }

    /** An owner found or created, or the message key saying why there is none. */
    record Resolution(Owner owner, String problemKey) {}

    private void store(Owner owner) {
        jdbc.sql("insert into owner (code, kind, name_fi, name_sv, municipality_code, demo) values (?, ?, ?, ?, ?, ?)")
                .params(
                        owner.code(),
                        owner.kind().name(),
                        owner.names().fi(),
                        owner.names().sv(),
                        owner.municipalityCode(),
                        owner.demo())
                .update();
    }

    static Owner owner(ResultSet rs, int row) throws SQLException {
        return new Owner(
                rs.getString("code"),
                OwnerKind.valueOf(rs.getString("kind")),
                new Names(rs.getString("name_fi"), rs.getString("name_sv"), ""),
                rs.getString("municipality_code"),
                rs.getBoolean("demo"));
    }
}
