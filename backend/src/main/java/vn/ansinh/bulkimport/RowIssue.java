package vn.ansinh.bulkimport;

/** A problem of one row, as the error report lists it: where (part, line, API field) and why. */
record RowIssue(ImportPart part, int line, String field, String code, String message) {
}
