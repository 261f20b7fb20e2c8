package vn.ansinh.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class UserAccountRepository implements PanacheRepositoryBase<UserAccount, UUID> {

    Optional<UserAccount> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    Optional<UserAccount> findByUsernameForLogin(String username) {
        // A plain SELECT … FOR UPDATE locks the row on MySQL and MariaDB alike (Hibernate's
        // "for update of alias" is MySQL-only), so concurrent attempts count their failures one by one.
        List<?> ids = getEntityManager()
                .createNativeQuery("select id from app_user where username = ?1 for update")
                .setParameter(1, username).getResultList();
        return ids.isEmpty() ? Optional.empty() : find("username", username).firstResultOptional();
    }

    long countDemo() {
        return count("demo", true);
    }
}
