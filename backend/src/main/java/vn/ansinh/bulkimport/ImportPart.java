package vn.ansinh.bulkimport;

import java.util.Arrays;
import java.util.List;

/** The two sections of the template, imported in this order: people refer to their household's code. */
enum ImportPart {
    HOUSEHOLDS(0, "Hộ gia đình", "households"),
    PEOPLE(1, "Nhân khẩu", "people");

    final int index;
    /** Name of the XLSX sheet. */
    final String sheetName;
    /** Value of the {@code kind} parameter for a CSV of this part. */
    final String kindParameter;

    ImportPart(int index, String sheetName, String kindParameter) {
        this.index = index;
        this.sheetName = sheetName;
        this.kindParameter = kindParameter;
    }

    List<ImportColumn> columns() {
        return Arrays.stream(ImportColumn.values()).filter(column -> column.part == this).toList();
    }

    static ImportPart of(int index) {
        return index == 0 ? HOUSEHOLDS : PEOPLE;
    }

    ImportKind kind() {
        return this == HOUSEHOLDS ? ImportKind.HOUSEHOLDS : ImportKind.PEOPLE;
    }
}
