package vn.ansinh.bulkimport;

/** What a file holds: a CSV holds households or people; an XLSX workbook holds both, one sheet each. */
public enum ImportKind {
    HOUSEHOLDS, PEOPLE, WORKBOOK
}
