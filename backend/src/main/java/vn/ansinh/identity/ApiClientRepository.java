package vn.ansinh.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class ApiClientRepository implements PanacheRepositoryBase<ApiClient, UUID> {

    Optional<ApiClient> findByClientId(String clientId) {
        return find("clientId", clientId).firstResultOptional();
    }

    Optional<ApiClient> findByClientIdForLogin(String clientId) {
        // A plain SELECT … FOR UPDATE locks the row on MySQL and MariaDB alike (Hibernate's
        // "for update of alias" is MySQL-only), so concurrent attempts count their failures one by one.
        List<?> ids = getEntityManager()
                .createNativeQuery("select id from api_client where client_id = ?1 for update")
                .setParameter(1, clientId).getResultList();
        return ids.isEmpty() ? Optional.empty() : find("clientId", clientId).firstResultOptional();
    }

    long countDemo() {
        return count("demo", true);
    }
}
