package vn.ansinh.identity;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.elytron.security.common.BcryptUtil;

/** Makes accounts of their own for tests that change an account's state (lockout, logout). */
@ApplicationScoped
class IdentityFixtures {

    @Inject
    UserAccountRepository users;

    @Transactional
    String aSocialWorkerWithPassword(String password) {
        String username = "worker-" + UUID.randomUUID().toString().substring(0, 8);
        users.persist(new UserAccount(username, "Người thử nghiệm", BcryptUtil.bcryptHash(password), Role.SOCIAL_WORKER,
                AreaScope.commune(DemoAccounts.COMMUNE), false, Instant.now()));
        return username;
    }
}
