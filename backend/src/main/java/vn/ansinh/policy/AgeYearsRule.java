package vn.ansinh.policy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.ansinh.person.BirthDatePrecision;

/** Age in whole years at the evaluation date within [min, maxExclusive): "from 75 to under 80" (ND 20 Art. 5.5). */
final class AgeYearsRule extends Criterion {

    final Integer min;
    final Integer maxExclusive;
    private final String boundsVi;
    private final String boundsEn;

    AgeYearsRule(Integer min, Integer maxExclusive, String legalBasis) {
        super(CriterionKind.AGE_YEARS, legalBasis);
        if (min == null && maxExclusive == null || min != null && maxExclusive != null && maxExclusive <= min) {
            throw new IllegalArgumentException("AGE_YEARS needs min and/or maxExclusive with min < maxExclusive");
        }
        this.min = min;
        this.maxExclusive = maxExclusive;
        this.boundsVi = min == null ? "dưới " + maxExclusive + " tuổi"
                : maxExclusive == null ? "từ đủ " + min + " tuổi" : "từ đủ " + min + " đến dưới " + maxExclusive + " tuổi";
        this.boundsEn = min == null ? "under " + maxExclusive
                : maxExclusive == null ? min + " or older" : min + " to under " + maxExclusive;
    }

    @Override
    CriterionResult test(Profile profile, LocalDate on) {
        int age = Ages.years(profile.birthDate(), on);
        boolean passed = age >= 0 && (min == null || age >= min) && (maxExclusive == null || age < maxExclusive);
        String precisionVi = profile.birthPrecision() == BirthDatePrecision.DAY ? ""
                : " (ngày sinh không đầy đủ: tính từ " + vi(profile.birthDate()) + ")";
        String precisionEn = profile.birthPrecision() == BirthDatePrecision.DAY ? ""
                : " (partial birth date: counted from " + profile.birthDate() + ")";
        return result(passed, age + " tuổi vào ngày " + vi(on) + "; yêu cầu " + boundsVi + precisionVi,
                "Aged " + age + " on " + on + "; requires " + boundsEn + precisionEn);
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
