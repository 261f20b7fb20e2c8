package vn.ansinh.payment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class AgentUserRepository implements PanacheRepositoryBase<AgentUser, UUID> {

    Optional<AgentUser> find(String username, String communeCode) {
        return find("username = ?1 and communeCode = ?2", username, communeCode).firstResultOptional();
    }

    List<AgentUser> listOfUser(String username) {
        return list("username", username);
    }

    List<AgentUser> listOfAgent(UUID agentId) {
        return list("agentId", Sort.by("communeCode").and("username"), agentId);
    }
}
