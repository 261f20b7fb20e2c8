package vn.ansinh.policy;

import java.util.Set;

import vn.ansinh.person.FactKind;

/** Eligible for a care institution but cared for in the community (ND 20 Art. 5.5.d). */
final class CommunityCareRule extends FactRule {

    CommunityCareRule(Set<String> codes, String legalBasis) {
        super(CriterionKind.COMMUNITY_CARE, legalBasis, FactKind.COMMUNITY_CARE, codes.isEmpty() ? Set.of() : codes, true, "đủ điều kiện vào cơ sở trợ giúp xã hội nhưng được chăm sóc tại cộng đồng", "eligible for a care institution but cared for in the community");
    }
}
