package fi.livskraft.area;

import java.util.Map;

/**
 * One item of a Statistics Finland classification API response: its position in the file, its code
 * and its names by language (fi, sv, en; usually one language per file).
 */
record ClassificationItem(int row, String code, Map<String, String> names) {

    ClassificationItem {
        names = Map.copyOf(names);
    }
}
