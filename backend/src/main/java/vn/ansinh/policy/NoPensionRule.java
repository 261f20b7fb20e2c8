package vn.ansinh.policy;

import java.util.Set;

import vn.ansinh.person.FactKind;

/** No pension on the evaluation date (ND 20 Art. 5.5.c, ND 176/2025). */
final class NoPensionRule extends FactRule {

    NoPensionRule(Set<String> codes, String legalBasis) {
        super(CriterionKind.NO_PENSION, legalBasis, FactKind.PENSION, codes.isEmpty() ? Set.of("PENSION") : codes, false, "hưởng lương hưu", "receives a pension");
    }
}
