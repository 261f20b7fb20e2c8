package vn.ansinh.person;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an import of people did: rows stored, rows already there, rows refused (with the field,
 * the stable code and the arguments of its message), and the heads of households it stored.
 */
public record PersonImportResult(int stored, int unchanged, List<RowError> problems, Map<UUID, UUID> newHeads) {

    public record RowError(int line, String field, String code, List<Object> args) {
    }
}
