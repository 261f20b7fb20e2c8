package vn.ansinh.bulkimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a file's header row lines up with a part's template columns: for each cell of the file,
 * the template column it carries (or -1 for a blank header), and what is missing or unknown.
 * Order does not matter; case, diacritics and spacing do not either.
 */
record HeaderMatch(ImportPart part, int[] positions, List<String> missing, List<String> unknown, int matched) {

    static HeaderMatch of(ImportPart part, List<String> cells) {
        List<ImportColumn> columns = part.columns();
        int[] positions = new int[cells.size()];
        Arrays.fill(positions, -1);
        boolean[] seen = new boolean[columns.size()];
        List<String> unknown = new ArrayList<>();
        int matched = 0;
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i).strip();
            if (cell.isEmpty()) {
                continue;
            }
            ImportColumn found = null;
            for (ImportColumn column : columns) {
                if (column.matches(cell)) {
                    found = column;
                    break;
                }
            }
            if (found == null || seen[found.position()]) {
                unknown.add(cell);
                continue;
            }
            seen[found.position()] = true;
            positions[i] = found.position();
            matched++;
        }
        List<String> missing = new ArrayList<>();
        for (ImportColumn column : columns) {
            if (column.required && !seen[column.position()]) {
                missing.add(column.header);
            }
        }
        return new HeaderMatch(part, positions, List.copyOf(missing), List.copyOf(unknown), matched);
    }

    boolean fits() {
        return missing.isEmpty() && unknown.isEmpty();
    }

    List<String> expected() {
        return part.columns().stream().map(column -> column.header).toList();
    }

    ImportRefusal refusal(String where) {
        return ImportRefusal.headers(where, missing, unknown, expected());
    }

    /** The values of one data row in template order; counts non-blank cells under no known header. */
    SourceRow row(int line, List<String> cells) {
        String[] values = new String[part.columns().size()];
        int extra = 0;
        for (int i = 0; i < cells.size(); i++) {
            String value = cells.get(i);
            if (value == null || value.isBlank()) {
                continue;
            }
            if (i < positions.length && positions[i] >= 0) {
                values[positions[i]] = value.strip();
            } else {
                extra++;
            }
        }
        return new SourceRow(part, line, values, extra);
    }

    static boolean isBlank(List<String> cells) {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
