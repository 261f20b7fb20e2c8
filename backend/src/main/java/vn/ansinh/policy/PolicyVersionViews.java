package vn.ansinh.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Representations and request bodies of policy administration. */
final class PolicyVersionViews {

    private PolicyVersionViews() {
    }

    @Schema(name = "PolicyGroup", description = "A group with the timeline of its versions (drafts too, for province officers)")
    public record GroupDetail(
            @Schema(required = true, examples = "ND20_5_7_CHILD_UNDER_3") String code,
            @Schema(required = true, examples = "ND20_MONTHLY") String programmeCode,
            @Schema(required = true) String nameVi,
            @Schema(required = true) String nameEn,
            @Schema(required = true) String legalBasis,
            @Schema(required = true, nullable = true, description = "Null: national") String provinceCode,
            @Schema(required = true) StartRule startRule,
            @Schema(required = true, nullable = true) Integer startAge,
            @Schema(required = true) boolean perChild,
            @Schema(required = true) Combination combination,
            @Schema(required = true, description = "Oldest first") List<GroupVersionView> versions) {
    }

    @Schema(name = "PolicyGroupVersion", description = "A group's coefficient and criteria effective from a date")
    public record GroupVersionView(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "ND20_5_7_CHILD_UNDER_3") String groupCode,
            @Schema(required = true, nullable = true) String provinceCode,
            @Schema(required = true, examples = "1.5") BigDecimal coefficient,
            @Schema(required = true, description = "Each {kind, parameters…, legalBasis}",
                    examples = "[{\"kind\":\"AGE_MONTHS\",\"maxExclusive\":36,\"legalBasis\":\"NĐ 20/2021 Điều 5 khoản 7\"}]")
            List<Map<String, Object>> criteria,
            @Schema(required = true, examples = "2021-07-01") LocalDate effectiveFrom,
            @Schema(required = true, nullable = true, examples = "2025-06-30") LocalDate effectiveTo,
            @Schema(required = true) String legalBasis,
            @Schema(required = true) VersionStatus status,
            @Schema(required = true, description = "Used by a decision or payment: never changed again") boolean used,
            @Schema(required = true, description = "For If-Match") long version,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "StandardLevelVersion", description = "A standard level effective from a date, national or a province's override")
    public record LevelVersionView(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "ND20_STANDARD") String levelCode,
            @Schema(required = true, nullable = true, description = "Null: national; else applies in that province when higher")
            String provinceCode,
            @Schema(required = true, examples = "500000") long amountVnd,
            @Schema(required = true, examples = "2024-07-01") LocalDate effectiveFrom,
            @Schema(required = true, nullable = true) LocalDate effectiveTo,
            @Schema(required = true, examples = "Nghị định 76/2024/NĐ-CP") String legalBasis,
            @Schema(required = true) VersionStatus status,
            @Schema(required = true) boolean used,
            @Schema(required = true) long version,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "NewGroupVersion", description = "A new version of a group, created as a draft")
    public record NewGroupVersion(
            @Schema(required = true, examples = "1.5", minimum = "0", maximum = "99.99") BigDecimal coefficient,
            @Schema(required = true, description = "Criteria as data: each {kind, parameters…, legalBasis}") List<Map<String, Object>> criteria,
            @Schema(required = true, examples = "2026-01-01") LocalDate effectiveFrom,
            @Schema(description = "Last day; absent while open", examples = "2026-12-31") LocalDate effectiveTo,
            @Schema(required = true, examples = "Nghị quyết 12/2025/NQ-HĐND", minLength = 1, maxLength = 200) String legalBasis) {
    }

    @Schema(name = "NewStandardLevelVersion", description = "A new standard level, created as a draft")
    public record NewLevelVersion(
            @Schema(required = true, examples = "ND20_STANDARD") String levelCode,
            @Schema(description = "A province's override (in your scope); absent: national (country scope only)", examples = "14")
            String provinceCode,
            @Schema(required = true, examples = "600000", minimum = "1") Long amountVnd,
            @Schema(required = true, examples = "2026-01-01") LocalDate effectiveFrom,
            @Schema(description = "Last day; absent while open") LocalDate effectiveTo,
            @Schema(required = true, examples = "Nghị quyết 12/2025/NQ-HĐND tỉnh Sơn La", minLength = 1, maxLength = 200) String legalBasis) {
    }

    @Schema(name = "StandardLevelChange", description = "New values of a version not yet used")
    public record LevelChange(
            @Schema(required = true, examples = "600000", minimum = "1") Long amountVnd,
            @Schema(required = true, examples = "2026-01-01") LocalDate effectiveFrom,
            @Schema(description = "Last day; absent while open") LocalDate effectiveTo,
            @Schema(required = true, minLength = 1, maxLength = 200) String legalBasis) {
    }
}
