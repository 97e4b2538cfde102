package fi.livskraft.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** Streaming looks into a fetched JSON file without holding it in memory. */
final class JsonScan {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonScan() {}

    /** The string value of a top-level property of an object, or null. */
    static String topLevel(Path file, String name) {
        return scan(file, false, name);
    }

    /** The greatest string value of a property of the objects of a top-level array, or null. */
    static String maxInArray(Path file, String name) {
        return scan(file, true, name);
    }

    private static String scan(Path file, boolean array, String name) {
        try (InputStream in = Files.newInputStream(file);
                JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
            JsonToken first = p.nextToken();
            String best = null;
            if (!array && first == JsonToken.START_OBJECT) {
                return property(p, name, true);
            }
            if (array && first == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    String v = property(p, name, false);
                    if (v != null && (best == null || v.compareTo(best) > 0)) {
                        best = v;
                    }
                }
            }
            return best;
        } catch (IOException | JacksonException e) {
            return null;
        }
    }

    /**
     * The value of {@code name} (a string) in the object the parser is at; reads the object to its
     * end unless {@code early}, in which case it stops at the property.
     */
    private static String property(JsonParser p, String name, boolean early) {
        String found = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = p.currentName();
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else if (name.equals(key) && t == JsonToken.VALUE_STRING) {
                found = p.getString();
                if (early) {
                    return found;
                }
            }
        }
        return found;
    }
}
