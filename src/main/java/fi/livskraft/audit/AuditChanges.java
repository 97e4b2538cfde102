package fi.livskraft.audit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a change changed, field by field, from the before and after documents of an audit event:
 * {@code status: OPEN -> DONE}. A created record lists its fields with no old value, a removed one
 * with no new value; nested objects are compared by their dotted paths ({@code owner.name}).
 */
final class AuditChanges {

    /** One changed field; {@code before} or {@code after} is null where the field was absent. */
    record Change(String field, String before, String after) {}

    private static final int MAX_TEXT = 160;

    private AuditChanges() {}

    static List<Change> between(String beforeJson, String afterJson, JsonMapper json) {
        Map<String, String> before = flatten(read(beforeJson, json));
        Map<String, String> after = flatten(read(afterJson, json));
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            String old = before.get(field);
            String now = after.get(field);
            if (old == null ? now != null : !old.equals(now)) {
                changes.add(new Change(field, old, now));
            }
        }
        return changes;
    }

    private static JsonNode read(String text, JsonMapper json) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (RuntimeException e) {
            return json.getNodeFactory().stringNode(text);
        }
    }

    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (node != null && !node.isNull()) {
            flatten("", node, out);
        }
        return out;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                flatten(path.isEmpty() ? f.getKey() : path + "." + f.getKey(), f.getValue(), out);
            }
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.isValueNode() ? item.asString() : item.toString()));
            out.put(path.isEmpty() ? "value" : path, shorten(String.join(", ", items)));
        } else if (!node.isNull()) {
            out.put(path.isEmpty() ? "value" : path, shorten(node.asString()));
        }
    }

    private static String shorten(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
