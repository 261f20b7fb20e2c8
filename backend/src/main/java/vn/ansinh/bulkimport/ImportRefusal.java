package vn.ansinh.bulkimport;

import java.util.List;
import java.util.Map;

import vn.ansinh.shared.ProblemException;

/** A file refused whole before anything of it is stored: too large, wrongly encoded, malformed, wrong headers. */
class ImportRefusal extends ProblemException {

    ImportRefusal(int status, String code, Map<String, Object> extensions, Object... args) {
        super(status, code, List.of(), extensions, Map.of(), args);
    }

    static ImportRefusal tooLarge(long maxBytes) {
        return new ImportRefusal(413, "import.too-large", Map.of("maxBytes", maxBytes), maxBytes / (1024 * 1024));
    }

    static ImportRefusal encoding(int line) {
        return new ImportRefusal(415, "import.encoding", Map.of("line", line), line);
    }

    static ImportRefusal unsupportedFormat(String fileName) {
        return new ImportRefusal(415, "import.unsupported-format", Map.of(), fileName);
    }

    static ImportRefusal malformed(ImportFormat format) {
        return new ImportRefusal(400, "import.malformed", Map.of("format", format.name()), format.name());
    }

    /** A CSV whose structure breaks at a line, e.g. a quoted value never closed. */
    static ImportRefusal malformedAt(ImportFormat format, int line) {
        return new ImportRefusal(400, "import.malformed-line", Map.of("format", format.name(), "line", line), format.name(), line);
    }

    static ImportRefusal empty() {
        return new ImportRefusal(400, "import.empty", Map.of());
    }

    static ImportRefusal tooManyRows(int maxRows) {
        return new ImportRefusal(400, "import.too-many-rows", Map.of("maxRows", maxRows), maxRows);
    }

    static ImportRefusal headers(String where, List<String> missing, List<String> unknown, List<String> expected) {
        return new ImportRefusal(400, "import.headers", Map.of("sheet", where, "missing", missing, "unknown", unknown,
                "expected", expected), where, String.join(", ", missing), String.join(", ", unknown));
    }

    static ImportRefusal noSheets(List<String> expected) {
        return new ImportRefusal(400, "import.sheets", Map.of("expected", expected), String.join(", ", expected));
    }

    static ImportRefusal kindMismatch(String given, String found) {
        return new ImportRefusal(400, "import.kind", Map.of("given", given, "found", found), given, found);
    }
}
