package vn.ansinh.benefit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change to an entitlement waiting for (or given) the approver's answer. */
@Schema(name = "EntitlementProposal", description = "A change to an entitlement that needs the approver's decision")
public record ProposalView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID entitlementId,
        @Schema(required = true) UUID personId,
        @Schema(required = true, nullable = true) String personName,
        @Schema(required = true, examples = "03688") String communeCode,
        @Schema(required = true, examples = "ND176_75_PLUS") String groupCode,
        @Schema(required = true, description = "TERMINATION or CHANGE", examples = "TERMINATION") String kind,
        @Schema(required = true, examples = "DEATH") String reason,
        @Schema(required = true, nullable = true) String detail,
        @Schema(required = true) LocalDate eventDate,
        @Schema(required = true, description = "OPEN, ACCEPTED or REJECTED") String status,
        @Schema(required = true) String proposedBy,
        @Schema(required = true) Instant proposedAt,
        @Schema(required = true, nullable = true) String decidedBy,
        @Schema(required = true, nullable = true) Instant decidedAt,
        @Schema(required = true, nullable = true) String answer) {

    static ProposalView of(EntitlementProposal p, Entitlement e, String personName) {
        return new ProposalView(p.id, p.entitlementId, e.personId, personName, p.communeCode, e.groupCode, p.kind.name(), p.reason,
                p.detail, p.eventDate, p.status.name(), p.proposedBy, p.proposedAt, p.decidedBy, p.decidedAt, p.answer);
    }
}
