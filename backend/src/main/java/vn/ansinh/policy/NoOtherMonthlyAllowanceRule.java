package vn.ansinh.policy;

import java.util.Set;

import vn.ansinh.person.FactKind;

/** No other monthly allowance from the state budget on the evaluation date (ND 20 Art. 5.5.c, ND 176/2025). */
final class NoOtherMonthlyAllowanceRule extends FactRule {

    NoOtherMonthlyAllowanceRule(Set<String> codes, String legalBasis) {
        super(CriterionKind.NO_OTHER_MONTHLY_ALLOWANCE, legalBasis, FactKind.MONTHLY_ALLOWANCE, codes.isEmpty() ? Set.of() : codes, false, "hưởng trợ cấp hằng tháng khác từ ngân sách", "receives another monthly allowance from the state budget");
    }
}
