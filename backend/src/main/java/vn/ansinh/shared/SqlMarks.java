package vn.ansinh.shared;

import java.util.Collections;

/** Parameter marks for statements whose length depends on the data: {@code in (?, ?, ?)}, multi-row values. */
public final class SqlMarks {

    private SqlMarks() {
    }

    /** {@code count} marks separated by commas: "?, ?, ?". */
    public static String of(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** {@code rows} parenthesised rows of {@code columns} marks: "(?, ?), (?, ?)". */
    public static String rows(int rows, int columns) {
        return String.join(", ", Collections.nCopies(rows, "(" + of(columns) + ")"));
    }
}
