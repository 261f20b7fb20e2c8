package vn.ansinh.benefit;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class EntitlementProposalRepository implements PanacheRepositoryBase<EntitlementProposal, UUID> {

    List<EntitlementProposal> findOpen(String provinceCode, String communeCode) {
        if (communeCode != null) {
            return list("communeCode = ?1 and status = ?2", Sort.by("proposedAt"), communeCode, EntitlementProposal.Status.OPEN);
        }
        if (provinceCode != null) {
            return list("provinceCode = ?1 and status = ?2", Sort.by("proposedAt"), provinceCode, EntitlementProposal.Status.OPEN);
        }
        return list("status", Sort.by("proposedAt"), EntitlementProposal.Status.OPEN);
    }

    boolean hasOpen(UUID entitlementId, String reason) {
        return count("entitlementId = ?1 and reason = ?2 and status = ?3", entitlementId, reason, EntitlementProposal.Status.OPEN) > 0;
    }

    List<EntitlementProposal> findOf(UUID entitlementId) {
        return list("entitlementId", Sort.by("proposedAt"), entitlementId);
    }
}
