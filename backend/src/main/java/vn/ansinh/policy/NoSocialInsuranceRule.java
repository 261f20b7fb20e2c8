package vn.ansinh.policy;

import java.util.Set;

import vn.ansinh.person.FactKind;

/** No monthly social-insurance benefit on the evaluation date (ND 20 Art. 5.5.c, ND 176/2025). */
final class NoSocialInsuranceRule extends FactRule {

    NoSocialInsuranceRule(Set<String> codes, String legalBasis) {
        super(CriterionKind.NO_SOCIAL_INSURANCE, legalBasis, FactKind.PENSION, codes.isEmpty() ? Set.of("SOCIAL_INSURANCE_MONTHLY") : codes, false, "hưởng trợ cấp bảo hiểm xã hội hằng tháng", "receives a monthly social-insurance benefit");
    }
}
