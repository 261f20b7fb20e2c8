package vn.ansinh.policy;

import java.util.Set;

import vn.ansinh.person.FactKind;

/** Living with HIV (ND 20 Art. 5.3, 5.8); sensitive, withheld from callers who may not see it. */
final class HivRule extends FactRule {

    HivRule(Set<String> codes, String legalBasis) {
        super(CriterionKind.HIV, legalBasis, FactKind.HIV, codes.isEmpty() ? Set.of() : codes, true, "nhiễm HIV", "living with HIV");
    }
}
