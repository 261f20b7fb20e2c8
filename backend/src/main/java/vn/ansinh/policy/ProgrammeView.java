package vn.ansinh.policy;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A programme with its groups as pickers show them: what is in force in a province on a date. */
@Schema(name = "Programme", description = "A programme and its groups with what they pay on a date")
public record ProgrammeView(
        @Schema(required = true, examples = "ND20_MONTHLY") String code,
        @Schema(required = true, examples = "Trợ cấp xã hội hàng tháng") String nameVi,
        @Schema(required = true, examples = "Monthly social allowance") String nameEn,
        @Schema(required = true, examples = "Nghị định 20/2021/NĐ-CP") String legalBasis,
        @Schema(required = true, nullable = true, description = "Null: national") String provinceCode,
        @Schema(required = true, description = "Example data a province replaces") boolean sample,
        @Schema(required = true, nullable = true, description = "Standard level on the date in the province", examples = "500000")
        Long standardLevelVnd,
        @Schema(required = true) List<GroupItem> groups) {

    @Schema(name = "ProgrammeGroup", description = "A group and what it pays on the date (null when not in force)")
    public record GroupItem(
            @Schema(required = true, examples = "ND20_5_7_CHILD_UNDER_3") String code,
            @Schema(required = true) String nameVi,
            @Schema(required = true) String nameEn,
            @Schema(required = true) String legalBasis,
            @Schema(required = true) boolean inForce,
            @Schema(required = true, nullable = true, examples = "1.5") BigDecimal coefficient,
            @Schema(required = true, nullable = true, examples = "750000") Long amountVnd,
            @Schema(required = true) StartRule startRule,
            @Schema(required = true, nullable = true) Integer startAge,
            @Schema(required = true) boolean perChild,
            @Schema(required = true) Combination combination) {
    }
}
