package vn.ansinh.policy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.ansinh.household.PovertyStatus;

/** The household's poverty status on the evaluation date is one of a set (poor; poor or near-poor). */
final class PovertyStatusRule extends Criterion {

    final Set<PovertyStatus> allowed;
    private final String allowedVi;
    private final String allowedEn;

    PovertyStatusRule(Set<PovertyStatus> allowed, String legalBasis) {
        super(CriterionKind.POVERTY_STATUS, legalBasis);
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException("POVERTY_STATUS needs at least one status in 'in'");
        }
        this.allowed = EnumSet.copyOf(allowed);
        this.allowedVi = String.join(" hoặc ", this.allowed.stream().map(PovertyStatusRule::vi).toList());
        this.allowedEn = String.join(" or ", this.allowed.stream().map(PovertyStatusRule::en).toList());
    }

    static String vi(PovertyStatus status) {
        return switch (status) {
            case POOR -> "hộ nghèo";
            case NEAR_POOR -> "hộ cận nghèo";
            case NONE -> "không nghèo";
        };
    }

    static String en(PovertyStatus status) {
        return switch (status) {
            case POOR -> "poor";
            case NEAR_POOR -> "near-poor";
            case NONE -> "not poor";
        };
    }

    @Override
    CriterionResult test(Profile profile, LocalDate on) {
        Profile.Poverty status = profile.povertyOn(on);
        if (status == null) {
            return result(false, "Không có tình trạng nghèo nào được ghi nhận vào ngày " + vi(on) + "; yêu cầu " + allowedVi,
                    "No poverty status recorded on " + on + "; requires " + allowedEn);
        }
        String decision = status.decisionNumber() == null ? "" : " (" + status.decisionNumber() + ")";
        return result(allowed.contains(status.status()),
                "Hộ gia đình là " + vi(status.status()) + " vào ngày " + vi(on) + decision + "; yêu cầu " + allowedVi,
                "Household is " + en(status.status()) + " on " + on + decision + "; requires " + allowedEn);
    }

    @Override
    Map<String, Object> parameters() {
        return Map.of("in", List.copyOf(allowed.stream().map(Enum::name).toList()));
    }
}
