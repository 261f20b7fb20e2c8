package vn.ansinh.policy;

import java.util.Set;

import vn.ansinh.person.FactKind;

/** Pregnant on the evaluation date (provincial policies, QĐ 488/QĐ-TTg). */
final class PregnantRule extends FactRule {

    PregnantRule(Set<String> codes, String legalBasis) {
        super(CriterionKind.PREGNANT, legalBasis, FactKind.PREGNANCY, codes.isEmpty() ? Set.of() : codes, true, "đang mang thai", "pregnant");
    }
}
