package vn.ansinh.policy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and representations of simulations. */
final class SimulationViews {

    private SimulationViews() {
    }

    @Schema(name = "NewPolicySimulation", description = "What if this version applied from this month in this province?")
    public record NewSimulation(
            @Schema(required = true, description = "GROUP (a group version) or LEVEL (a standard level)", examples = "LEVEL") String draftKind,
            @Schema(required = true, description = "The version, usually a draft") UUID draftId,
            @Schema(required = true, type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$", examples = "2026-01") YearMonth fromMonth,
            @Schema(description = "Province whose registry is simulated; the version's own, or yours, when absent", examples = "14")
            String provinceCode) {
    }

    @Schema(name = "PolicySimulation", description = "A simulation job: poll until status is DONE or FAILED")
    public record SimulationView(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "14") String provinceCode,
            @Schema(required = true, examples = "LEVEL") String draftKind,
            @Schema(required = true) UUID draftId,
            @Schema(required = true, type = SchemaType.STRING, examples = "2026-01") YearMonth fromMonth,
            @Schema(required = true, description = "QUEUED, RUNNING, DONE or FAILED") String status,
            @Schema(required = true, description = "People evaluated so far", examples = "1500") int done,
            @Schema(required = true, description = "People in the province's registry", examples = "3000") int total,
            @Schema(required = true, nullable = true, description = "Present when DONE") SimulationResult result,
            @Schema(required = true, nullable = true) String failure,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true, nullable = true) Instant finishedAt) {
    }

    @Schema(name = "PolicySimulationResult", description = "Monthly effect of the version in the month simulated")
    public record SimulationResult(
            @Schema(required = true, description = "People evaluated") int people,
            @Schema(required = true, description = "Paid nothing before, paid after") int gainers,
            @Schema(required = true, description = "Paid before, nothing after") int losers,
            @Schema(required = true, description = "Paid before and after, a different amount") int changed,
            @Schema(required = true, description = "Of the changed, paid more") int increased,
            @Schema(required = true, description = "Of the changed, paid less") int decreased,
            @Schema(required = true, description = "Paid before and after") int paidBefore,
            @Schema(required = true) int paidAfter,
            @Schema(required = true, description = "Monthly cost in VND without the version") long monthlyCostBeforeVnd,
            @Schema(required = true, description = "Monthly cost in VND with the version") long monthlyCostAfterVnd,
            @Schema(required = true, description = "By group paid") List<Breakdown> byGroup,
            @Schema(required = true, description = "By commune") List<Breakdown> byCommune) {
    }

    @Schema(name = "PolicySimulationBreakdown", description = "People paid and cost before and after, for one group or commune")
    public record Breakdown(
            @Schema(required = true, examples = "ND20_5_7_CHILD_UNDER_3") String code,
            @Schema(required = true) int peopleBefore,
            @Schema(required = true) int peopleAfter,
            @Schema(required = true) long costBeforeVnd,
            @Schema(required = true) long costAfterVnd) {
    }
}
