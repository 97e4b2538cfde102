package fi.livskraft.common;

/** Something asked for by code or id does not exist; pages show 404, the API answers 404. */
public class NotFoundException extends RuntimeException {

    private final String what;
    private final String key;

    public NotFoundException(String what, String key) {
        super(what + " not found: " + key);
        this.what = what;
        this.key = key;
    }

    public String what() {
        return what;
    }

    public String key() {
        return key;
    }
}
