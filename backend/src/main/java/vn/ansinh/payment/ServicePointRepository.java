package vn.ansinh.payment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class ServicePointRepository implements PanacheRepositoryBase<ServicePoint, UUID> {

    Optional<ServicePoint> findActiveInCommune(String communeCode) {
        return find("activeCommune", communeCode).firstResultOptional();
    }

    List<ServicePoint> listOfAgent(UUID agentId) {
        return list("agentId", Sort.by("communeCode").and("name"), agentId);
    }
}
