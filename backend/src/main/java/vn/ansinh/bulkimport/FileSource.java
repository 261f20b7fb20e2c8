package vn.ansinh.bulkimport;

import java.util.List;
import java.util.function.Consumer;

/** A checked upload, read part by part; the rows of each part in file order. */
interface FileSource {

    ImportKind kind();

    List<ImportPart> parts();

    int rowCount(ImportPart part);

    default int totalRows() {
        return parts().stream().mapToInt(this::rowCount).sum();
    }

    /** Hands every non-blank data row of the part after {@code afterLine} to the consumer. */
    void read(ImportPart part, int afterLine, Consumer<SourceRow> consumer);

    static FileSource inspect(String fileName, byte[] content, ImportPart csvPart, int maxRows) {
        ImportFormat format = formatOf(fileName, content);
        return format == ImportFormat.XLSX ? XlsxSource.inspect(content, maxRows) : CsvSource.inspect(content, csvPart, maxRows);
    }

    static FileSource open(ImportFormat format, byte[] content, ImportKind kind, int maxRows) {
        return format == ImportFormat.XLSX ? XlsxSource.inspect(content, maxRows)
                : CsvSource.inspect(content, kind == ImportKind.HOUSEHOLDS ? ImportPart.HOUSEHOLDS : ImportPart.PEOPLE, maxRows);
    }

    /** By content first (a zip is a workbook), then by name; legacy .xls and anything else are refused. */
    static ImportFormat formatOf(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT).strip();
        boolean zip = content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        boolean ole2 = content.length >= 4 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF
                && (content[2] & 0xff) == 0x11 && (content[3] & 0xff) == 0xE0;
        if (zip || name.endsWith(".xlsx")) {
            if (!zip) {
                throw ImportRefusal.malformed(ImportFormat.XLSX);
            }
            return ImportFormat.XLSX;
        }
        if (ole2 || name.endsWith(".xls")) {
            throw ImportRefusal.unsupportedFormat(fileName);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt") || !name.contains(".")) {
            return ImportFormat.CSV;
        }
        throw ImportRefusal.unsupportedFormat(fileName);
    }
}
