package vn.ansinh.policy;

import java.util.Set;

import vn.ansinh.person.FactKind;

/** A single parent raising children (ND 20 Art. 5.4); the fact's code is how many. */
final class SingleParentRule extends FactRule {

    SingleParentRule(Set<String> codes, String legalBasis) {
        super(CriterionKind.SINGLE_PARENT, legalBasis, FactKind.SINGLE_PARENT, codes.isEmpty() ? Set.of() : codes, true, "đơn thân đang nuôi con", "a single parent raising children");
    }
}
