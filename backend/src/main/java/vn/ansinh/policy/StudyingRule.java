package vn.ansinh.policy;

import java.util.Set;

import vn.ansinh.person.FactKind;

/** Studying on the evaluation date (ND 20 Art. 5.2). */
final class StudyingRule extends FactRule {

    StudyingRule(Set<String> codes, String legalBasis) {
        super(CriterionKind.STUDYING, legalBasis, FactKind.STUDYING, codes.isEmpty() ? Set.of() : codes, true, "đang đi học", "studying");
    }
}
