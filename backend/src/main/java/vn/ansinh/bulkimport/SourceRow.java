package vn.ansinh.bulkimport;

/**
 * One data row of a file as read: its part, its line (the row number a spreadsheet shows, the
 * header being line 1) and the text of each template column of that part, null when blank or
 * absent. {@code extraCells} counts non-blank cells under no header.
 */
record SourceRow(ImportPart part, int line, String[] values, int extraCells) {

    String get(ImportColumn column) {
        return values[column.position()];
    }
}
