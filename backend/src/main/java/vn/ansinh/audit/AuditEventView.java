package vn.ansinh.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded event as the history of a record shows it. */
@Schema(name = "AuditEvent", description = "Something that happened to a record: who, when, what changed")
public record AuditEventView(
        @Schema(required = true, examples = "8c4f7b3e-2b0e-4a53-9d4f-6f1f4e0c1a22") UUID id,
        @Schema(required = true, examples = "2026-11-22T03:15:30.123Z") Instant occurredAt,
        @Schema(required = true, examples = "worker") String actor,
        @Schema(required = true, examples = "SOCIAL_WORKER") String actorRole,
        @Schema(required = true, description = "What was done, e.g. `person.created`, `person.updated`, `person.fact-recorded`",
                examples = "person.updated") String action,
        @Schema(required = true, examples = "PERSON") String entityType,
        @Schema(required = true) UUID entityId,
        @Schema(required = true, description = "Each changed field with its value before and after") List<ChangeView> changes) {

    @Schema(name = "AuditChange", description = "One field's value before and after")
    public record ChangeView(
            @Schema(required = true, examples = "phone") String field,
            @Schema(required = true, nullable = true, examples = "0912345678") String before,
            @Schema(required = true, nullable = true, examples = "0987654321") String after) {
    }
}
