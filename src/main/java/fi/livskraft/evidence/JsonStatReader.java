package fi.livskraft.evidence;

import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ImportProgress;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a JSON-stat 2.0 dataset with Jackson's streaming parser, in one pass, whatever the order
 * of its keys: the metadata (id, size, dimensions, roles, extension) is kept in memory (it is
 * small), the cells ({@code value}) go to a {@link CellSpool} and indexed statuses to a
 * {@link StatusSpool}, both temporary files. No tree of the document is built, so memory does not
 * depend on the size of the file. Problems are collected with their place (line, JSON path, cell).
 */
final class JsonStatReader implements AutoCloseable {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(1 << 20)
                    .maxNestingDepth(64)
                    .build())
            .build();
    private static final int PROGRESS_STEP = 1 << 16;
    private static final int MAX_PROBLEMS = 50;

    private final String file;
    private final ImportProgress progress;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final CellSpool cells = new CellSpool();
    private StatusSpool statusSpool;
    private String constantStatus;
    private long statusArrayLength = -1;

    private String version;
    private String cls;
    private String label;
    private String source;
    private String updated;
    private String tableId;
    private List<String> ids;
    private List<Integer> sizes;
    private final Map<String, JsonStatDimension> dimensions = new LinkedHashMap<>();
    private final Map<String, String> roles = new HashMap<>();
    private boolean valueSeen;
    private boolean valueIsArray;
    private long maxValueIndex = -1;
    private final List<long[]> nonNumeric = new ArrayList<>(); // [index, line]
    private final List<String> nonNumericText = new ArrayList<>();
    private JsonStatDocument document;

    JsonStatReader(String file, ImportProgress progress) {
        this.file = file;
        this.progress = progress;
    }

    /** Parses the whole stream; afterwards {@link #problems()} is empty when the dataset is sound. */
    void read(InputStream in) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
            try {
                parse(p);
            } catch (UnexpectedEndOfInputException e) {
                problems.add(ImportProblem.of(file, line(p), path(p), "evidence.jsonstat.truncated", line(p), path(p)));
            } catch (Refused e) {
                // the problem is recorded
            } catch (JacksonException e) {
                problems.add(ImportProblem.of(
                        file,
                        line(p),
                        path(p),
                        "evidence.jsonstat.syntax",
                        line(p),
                        column(p),
                        e.getOriginalMessage()));
            }
        }
        if (problems.isEmpty()) {
            validate();
        }
    }

    List<ImportProblem> problems() {
        return problems;
    }

    JsonStatDocument document() {
        return document;
    }

    CellSpool cells() {
        return cells;
    }

    /** The status of a cell (an indexed status, or the document's single status), or null. */
    String status(long index) {
        if (constantStatus != null) {
            return constantStatus;
        }
        return statusSpool == null ? null : statusSpool.get(index);
    }

    private void parse(JsonParser p) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            refuse(p, "", "evidence.jsonstat.not-object");
        }
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "version" -> {
                    version = text(p, "version");
                    if (!"2.0".equals(version)) {
                        refuse(p, "version", "evidence.jsonstat.version", version);
                    }
                }
                case "class" -> {
                    cls = text(p, "class");
                    if (!"dataset".equals(cls)) {
                        refuse(p, "class", "evidence.jsonstat.class", cls);
                    }
                }
                case "label" -> label = text(p, "label");
                case "source" -> source = text(p, "source");
                case "updated" -> updated = text(p, "updated");
                case "id" -> ids = strings(p, "id");
                case "size" -> sizes = sizes(p);
                case "role" -> readRoles(p);
                case "dimension" -> readDimensions(p);
                case "value" -> readValues(p);
                case "status" -> readStatus(p);
                case "extension" -> readExtension(p);
                default -> {
                    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                        p.skipChildren();
                    }
                }
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            refuse(p, "", "evidence.jsonstat.not-object");
        }
        if (p.nextToken() != null) {
            refuse(p, "", "evidence.jsonstat.trailing");
        }
    }

    private void readRoles(JsonParser p) {
        expect(p, JsonToken.START_OBJECT, "role");
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String role = p.currentName();
            p.nextToken();
            for (String dim : strings(p, "role." + role)) {
                roles.put(dim, role);
            }
        }
    }

    private void readExtension(JsonParser p) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if ("px".equals(name) && t == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = p.currentName();
                    JsonToken v = p.nextToken();
                    if ("tableid".equalsIgnoreCase(key) && v == JsonToken.VALUE_STRING) {
                        tableId = p.getString();
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private void readDimensions(JsonParser p) {
        expect(p, JsonToken.START_OBJECT, "dimension");
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String id = p.currentName();
            p.nextToken();
            dimensions.put(id, readDimension(p, id));
        }
    }

    private JsonStatDimension readDimension(JsonParser p, String id) {
        String at = "dimension." + id;
        expect(p, JsonToken.START_OBJECT, at);
        String dimLabel = "";
        List<String> codes = null;
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, JsonStatDimension.Unit> units = new HashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if ("label".equals(name) && t == JsonToken.VALUE_STRING) {
                dimLabel = p.getString();
            } else if ("category".equals(name)) {
                expect(p, JsonToken.START_OBJECT, at + ".category");
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = p.currentName();
                    JsonToken v = p.nextToken();
                    switch (key) {
                        case "index" -> codes = categoryIndex(p, id, at + ".category.index");
                        case "label" -> {
                            expect(p, JsonToken.START_OBJECT, at + ".category.label");
                            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                                String code = p.currentName();
                                p.nextToken();
                                labels.put(code, text(p, at + ".category.label." + code));
                            }
                        }
                        case "unit" -> readUnits(p, units, at + ".category.unit");
                        default -> {
                            if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                                p.skipChildren();
                            }
                        }
                    }
                }
            } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                p.skipChildren();
            }
        }
        if (codes == null) {
            if (labels.size() == 1) {
                codes = List.copyOf(labels.keySet()); // JSON-stat: index may be left out for one category
            } else {
                refuse(p, at + ".category.index", "evidence.jsonstat.missing-field", at + ".category.index");
            }
        }
        return new JsonStatDimension(id, dimLabel, codes, labels, units);
    }

    private List<String> categoryIndex(JsonParser p, String dim, String at) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> codes = new ArrayList<>();
        if (p.currentToken() == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String code = text(p, at + "[" + codes.size() + "]");
                if (seen.put(code, codes.size()) != null) {
                    refuse(p, at, "evidence.jsonstat.duplicate-category", dim, code);
                }
                codes.add(code);
            }
            return codes;
        }
        expect(p, JsonToken.START_OBJECT, at);
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String code = p.currentName();
            JsonToken v = p.nextToken();
            if (v != JsonToken.VALUE_NUMBER_INT) {
                refuse(p, at + "." + code, "evidence.jsonstat.bad-index", dim, p.getText());
            }
            if (seen.put(code, p.getIntValue()) != null) {
                refuse(p, at, "evidence.jsonstat.duplicate-category", dim, code);
            }
        }
        String[] ordered = new String[seen.size()];
        for (Map.Entry<String, Integer> e : seen.entrySet()) {
            int position = e.getValue();
            if (position < 0 || position >= ordered.length || ordered[position] != null) {
                refuse(p, at + "." + e.getKey(), "evidence.jsonstat.bad-index", dim, position);
            }
            ordered[position] = e.getKey();
        }
        return List.of(ordered);
    }

    private void readUnits(JsonParser p, Map<String, JsonStatDimension.Unit> units, String at) {
        expect(p, JsonToken.START_OBJECT, at);
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String code = p.currentName();
            p.nextToken();
            expect(p, JsonToken.START_OBJECT, at + "." + code);
            String unitLabel = null;
            Integer decimals = null;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = p.currentName();
                JsonToken v = p.nextToken();
                if ("label".equals(key) && v == JsonToken.VALUE_STRING) {
                    unitLabel = p.getString();
                } else if ("decimals".equals(key) && v == JsonToken.VALUE_NUMBER_INT) {
                    decimals = p.getIntValue();
                } else {
                    p.skipChildren();
                }
            }
            units.put(code, new JsonStatDimension.Unit(unitLabel, decimals));
        }
    }

    private void readValues(JsonParser p) {
        valueSeen = true;
        long index = 0;
        if (p.currentToken() == JsonToken.START_ARRAY) {
            valueIsArray = true;
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                cell(p, t, index, "value[" + index + "]");
                index++;
                if (index % PROGRESS_STEP == 0) {
                    progress.update(index, -1);
                }
            }
            maxValueIndex = index - 1;
            return;
        }
        expect(p, JsonToken.START_OBJECT, "value");
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = p.currentName();
            long cell = parseIndex(p, key, "value");
            JsonToken t = p.nextToken();
            cell(p, t, cell, "value." + key);
            maxValueIndex = Math.max(maxValueIndex, cell);
            if (++index % PROGRESS_STEP == 0) {
                progress.update(index, -1);
            }
        }
    }

    private void cell(JsonParser p, JsonToken t, long index, String at) {
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            cells.add(index, false, p.getDoubleValue());
        } else if (t == JsonToken.VALUE_NULL) {
            cells.add(index, true, 0);
        } else {
            String found = t == JsonToken.VALUE_STRING ? p.getString() : t.asString();
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                p.skipChildren();
                found = t == JsonToken.START_OBJECT ? "{…}" : "[…]";
            }
            if (nonNumeric.size() < MAX_PROBLEMS) {
                nonNumeric.add(new long[] {index, line(p)});
                nonNumericText.add(at + "\u0000" + found);
            }
        }
    }

    private void readStatus(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            constantStatus = p.getString();
            return;
        }
        if (t == JsonToken.VALUE_NULL) {
            return;
        }
        statusSpool = new StatusSpool();
        if (t == JsonToken.START_ARRAY) {
            long index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String status = p.currentToken() == JsonToken.VALUE_NULL ? null : text(p, "status[" + index + "]");
                putStatus(p, index, status, "status[" + index + "]");
                index++;
            }
            statusArrayLength = index;
            return;
        }
        expect(p, JsonToken.START_OBJECT, "status");
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = p.currentName();
            long index = parseIndex(p, key, "status");
            p.nextToken();
            String status = p.currentToken() == JsonToken.VALUE_NULL ? null : text(p, "status." + key);
            putStatus(p, index, status, "status." + key);
        }
    }

    private void putStatus(JsonParser p, long index, String status, String at) {
        if (!statusSpool.set(index, status)) {
            refuse(p, at, "evidence.jsonstat.too-many-statuses", StatusSpool.MAX_DISTINCT);
        }
    }

    private long parseIndex(JsonParser p, String key, String at) {
        try {
            long index = Long.parseLong(key);
            if (index >= 0) {
                return index;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        refuse(p, at + "." + key, "evidence.jsonstat.bad-cell-index", key);
        return -1;
    }

    /** Checks that the parts fit together, once everything has been read. */
    private void validate() {
        if (version == null) {
            problems.add(ImportProblem.of(file, 0, "version", "evidence.jsonstat.version-missing"));
            return;
        }
        if (cls == null) {
            problems.add(ImportProblem.of(file, 0, "class", "evidence.jsonstat.class-missing"));
            return;
        }
        for (String[] required : new String[][] {{"id", String.valueOf(ids)}, {"size", String.valueOf(sizes)}}) {
            if ("null".equals(required[1])) {
                problems.add(ImportProblem.of(file, 0, required[0], "evidence.jsonstat.missing-field", required[0]));
            }
        }
        if (!valueSeen) {
            problems.add(ImportProblem.of(file, 0, "value", "evidence.jsonstat.missing-field", "value"));
        }
        if (!problems.isEmpty()) {
            return;
        }
        if (ids.size() != sizes.size()) {
            problems.add(ImportProblem.of(file, 0, "size", "evidence.jsonstat.id-size", ids.size(), sizes.size()));
            return;
        }
        long cellCount = 1;
        for (int i = 0; i < ids.size(); i++) {
            JsonStatDimension dim = dimensions.get(ids.get(i));
            if (dim == null) {
                problems.add(ImportProblem.of(
                        file, 0, "dimension." + ids.get(i), "evidence.jsonstat.dimension-missing", ids.get(i)));
                continue;
            }
            if (dim.size() != sizes.get(i)) {
                problems.add(ImportProblem.of(
                        file,
                        0,
                        "dimension." + ids.get(i) + ".category.index",
                        "evidence.jsonstat.dimension-size",
                        ids.get(i),
                        dim.size(),
                        sizes.get(i)));
            }
            cellCount = Math.multiplyExact(cellCount, (long) sizes.get(i));
        }
        if (!problems.isEmpty()) {
            return;
        }
        document = new JsonStatDocument(label, source, updated, tableId, ids, sizes, dimensions, roles, cellCount);
        for (int i = 0; i < nonNumeric.size(); i++) {
            long index = nonNumeric.get(i)[0];
            String[] text = nonNumericText.get(i).split("\u0000", 2);
            problems.add(ImportProblem.of(
                    file,
                    (int) Math.min(Integer.MAX_VALUE, index),
                    text[0],
                    "evidence.jsonstat.non-numeric",
                    index,
                    document.describe(index),
                    text[1]));
        }
        if (valueIsArray && maxValueIndex + 1 != cellCount) {
            problems.add(ImportProblem.of(
                    file, 0, "value", "evidence.jsonstat.value-count", cellCount, maxValueIndex + 1, sizes.toString()));
        } else if (!valueIsArray && maxValueIndex >= cellCount) {
            problems.add(
                    ImportProblem.of(file, 0, "value", "evidence.jsonstat.value-index", maxValueIndex, cellCount - 1));
        }
        if (statusArrayLength > 1 && statusArrayLength != cellCount) {
            problems.add(ImportProblem.of(
                    file, 0, "status", "evidence.jsonstat.status-count", cellCount, statusArrayLength));
        } else if (statusArrayLength == 1) {
            constantStatus = statusSpool.get(0);
        }
        if (statusSpool != null && statusArrayLength < 0 && statusSpool.maxIndex() >= cellCount) {
            problems.add(ImportProblem.of(
                    file, 0, "status", "evidence.jsonstat.value-index", statusSpool.maxIndex(), cellCount - 1));
        }
    }

    private List<String> strings(JsonParser p, String at) {
        expect(p, JsonToken.START_ARRAY, at);
        List<String> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            list.add(text(p, at + "[" + list.size() + "]"));
        }
        return list;
    }

    private List<Integer> sizes(JsonParser p) {
        expect(p, JsonToken.START_ARRAY, "size");
        List<Integer> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getLongValue() <= 0) {
                refuse(p, "size[" + list.size() + "]", "evidence.jsonstat.bad-size", p.getText());
            }
            list.add(p.getIntValue());
        }
        return list;
    }

    private String text(JsonParser p, String at) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return p.getString();
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getText();
        }
        refuse(p, at, "evidence.jsonstat.expected-text", at);
        return null;
    }

    private void expect(JsonParser p, JsonToken token, String at) {
        if (p.currentToken() != token) {
            refuse(
                    p,
                    at,
                    token == JsonToken.START_OBJECT
                            ? "evidence.jsonstat.expected-object"
                            : "evidence.jsonstat.expected-array",
                    at);
        }
    }

    private void refuse(JsonParser p, String at, String key, Object... args) {
        problems.add(new ImportProblem(file, line(p), at, key, List.of(args)));
        throw new Refused();
    }

    private static int line(JsonParser p) {
        return p.currentLocation().getLineNr();
    }

    private static int column(JsonParser p) {
        return p.currentLocation().getColumnNr();
    }

    private static String path(JsonParser p) {
        return p.streamReadContext() == null
                ? ""
                : p.streamReadContext().pathAsPointer().toString();
    }

    @Override
    public void close() {
        cells.close();
        if (statusSpool != null) {
            statusSpool.close();
        }
    }

    /** Stops the parse at the first structural problem (already recorded). */
    private static final class Refused extends RuntimeException {
        Refused() {
            super(null, null, false, false);
        }
    }
}
