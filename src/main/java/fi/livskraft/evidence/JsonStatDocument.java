package fi.livskraft.evidence;

import java.util.List;
import java.util.Map;

/**
 * The metadata of a parsed JSON-stat 2.0 dataset (everything but its cells, which are spooled):
 * small whatever the size of the file.
 */
record JsonStatDocument(
        String label,
        String source,
        String updated,
        String tableId,
        List<String> ids,
        List<Integer> sizes,
        Map<String, JsonStatDimension> dimensions,
        Map<String, String> roles,
        long cellCount) {

    JsonStatDocument {
        ids = List.copyOf(ids);
        sizes = List.copyOf(sizes);
        dimensions = Map.copyOf(dimensions);
        roles = Map.copyOf(roles);
    }

    JsonStatDimension dimension(int position) {
        return dimensions.get(ids.get(position));
    }

    /** Row-major strides: cell index = sum of category position x stride. */
    long[] strides() {
        long[] strides = new long[sizes.size()];
        long stride = 1;
        for (int i = sizes.size() - 1; i >= 0; i--) {
            strides[i] = stride;
            stride *= sizes.get(i);
        }
        return strides;
    }

    /** "Alue=MK01, Kuukausi=2023M01, ..." for a cell index, to say where a problem is. */
    String describe(long index) {
        if (index < 0 || index >= cellCount) {
            return "";
        }
        long[] strides = strides();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            int position = (int) ((index / strides[i]) % sizes.get(i));
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(ids.get(i)).append('=').append(dimension(i).codes().get(position));
        }
        return b.toString();
    }
}
