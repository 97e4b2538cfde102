package fi.livskraft.partnership;

/**
 * An owner to register. A municipality needs only its code (names come from the municipality
 * classification); any other owner is registered by its business ID with its names.
 */
public record NewOwner(String code, OwnerKind kind, String nameFi, String nameSv, boolean demo) {

    public NewOwner {
        code = code == null ? "" : code.strip();
        nameFi = nameFi == null ? "" : nameFi.strip();
        nameSv = nameSv == null ? "" : nameSv.strip();
    }
}
