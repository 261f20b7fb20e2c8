package vn.ansinh.bulkimport;

/** The file formats an import accepts. */
public enum ImportFormat {
    CSV, XLSX
}
