package vn.ansinh.policy;

import java.util.Set;

import vn.ansinh.person.FactKind;

/** Nobody obliged and able to support the elderly person (ND 20 Art. 5.5.a, 5.5.d). */
final class NoSupporterRule extends FactRule {

    NoSupporterRule(Set<String> codes, String legalBasis) {
        super(CriterionKind.NO_SUPPORTER, legalBasis, FactKind.NO_SUPPORTER, codes.isEmpty() ? Set.of() : codes, true, "không có người có nghĩa vụ và quyền phụng dưỡng", "nobody obliged and able to support them");
    }
}
