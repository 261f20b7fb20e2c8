package vn.ansinh.policy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class PolicyGroupRepository implements PanacheRepositoryBase<PolicyGroup, UUID> {

    List<PolicyGroup> findAllInOrder() {
        return listAll(Sort.by("sortOrder"));
    }

    Optional<PolicyGroup> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
