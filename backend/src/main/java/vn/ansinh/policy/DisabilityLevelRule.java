package vn.ansinh.policy;

import java.util.Set;

import vn.ansinh.person.FactKind;

/** A certified disability of one of the given levels (ND 20 Art. 5.6). */
final class DisabilityLevelRule extends FactRule {

    DisabilityLevelRule(Set<String> codes, String legalBasis) {
        super(CriterionKind.DISABILITY_LEVEL, legalBasis, FactKind.DISABILITY, codes.isEmpty() ? Set.of("SEVERE", "ESPECIALLY_SEVERE") : codes, true, "mức độ khuyết tật theo giấy xác nhận", "a certified disability level");
    }
}
