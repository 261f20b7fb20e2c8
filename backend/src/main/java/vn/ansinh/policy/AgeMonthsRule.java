package vn.ansinh.policy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Age in whole months at the evaluation date within [min, maxExclusive): "under 36 months"
 * (ND 20 Art. 5.7). On the day a child completes 36 months it is no longer under 36 months.
 */
final class AgeMonthsRule extends Criterion {

    final Integer min;
    final Integer maxExclusive;

    AgeMonthsRule(Integer min, Integer maxExclusive, String legalBasis) {
        super(CriterionKind.AGE_MONTHS, legalBasis);
        if (min == null && maxExclusive == null || min != null && maxExclusive != null && maxExclusive <= min) {
            throw new IllegalArgumentException("AGE_MONTHS needs min and/or maxExclusive with min < maxExclusive");
        }
        this.min = min;
        this.maxExclusive = maxExclusive;
    }

    @Override
    CriterionResult test(Profile profile, LocalDate on) {
        int months = Ages.months(profile.birthDate(), on);
        boolean passed = months >= 0 && (min == null || months >= min) && (maxExclusive == null || months < maxExclusive);
        String boundsVi = min == null ? "dưới " + maxExclusive + " tháng tuổi"
                : maxExclusive == null ? "từ đủ " + min + " tháng tuổi" : "từ đủ " + min + " đến dưới " + maxExclusive + " tháng tuổi";
        String boundsEn = min == null ? "under " + maxExclusive + " months"
                : maxExclusive == null ? min + " months or older" : min + " to under " + maxExclusive + " months";
        return result(passed, (months < 0 ? "Chưa sinh" : "Đủ " + months + " tháng tuổi") + " vào ngày " + vi(on) + "; yêu cầu " + boundsVi,
                (months < 0 ? "Not born yet" : months + " months old") + " on " + on + "; requires " + boundsEn);
    }

    @Override
    Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (min != null) {
            parameters.put("min", min);
        }
        if (maxExclusive != null) {
            parameters.put("maxExclusive", maxExclusive);
        }
        return parameters;
    }
}
