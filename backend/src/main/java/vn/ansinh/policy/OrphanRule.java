package vn.ansinh.policy;

import java.util.Set;

import vn.ansinh.person.FactKind;

/** Orphaned or without a source of support (ND 20 Art. 5.1-5.2). */
final class OrphanRule extends FactRule {

    OrphanRule(Set<String> codes, String legalBasis) {
        super(CriterionKind.ORPHAN, legalBasis, FactKind.ORPHAN, codes.isEmpty() ? Set.of() : codes, true, "mồ côi hoặc không có nguồn nuôi dưỡng", "orphaned or without a source of support");
    }
}
