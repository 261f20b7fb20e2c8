package vn.ansinh.audit;

import java.util.List;
import java.util.UUID;

/**
 * One thing that happened, as a feature reports it: who, which action on which record, where,
 * and the fields it changed. The time, the event id and the hashes are added when recorded.
 */
public record AuditEntry(String actor, String actorRole, String action, String entityType, UUID entityId,
        String provinceCode, String communeCode, List<Change> changes) {

    public AuditEntry {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** One field's value before and after; null where the field had or has no value. */
    public record Change(String field, String before, String after) {
    }
}
