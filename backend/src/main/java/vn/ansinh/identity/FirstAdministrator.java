package vn.ansinh.identity;

import java.time.Clock;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A new installation has nobody who could create users: when {@code ANSINH_BOOTSTRAP_ADMIN_USERNAME}
 * and {@code ANSINH_BOOTSTRAP_ADMIN_PASSWORD} are set and no administrator exists yet, one is
 * created with a country-wide scope. Once any administrator exists the variables are ignored.
 */
@ApplicationScoped
class FirstAdministrator {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class);

    @ConfigProperty(name = "ansinh.bootstrap.admin-username")
    Optional<String> username;

    @ConfigProperty(name = "ansinh.bootstrap.admin-password")
    Optional<String> password;

    @Inject
    UserAccountRepository users;

    @Inject
    Clock clock;

    void onStart(@Observes @Priority(25) StartupEvent start) {
        if (username.isPresent() && password.isPresent()) {
            ensure(username.get(), password.get());
        }
    }

    /** Creates the administrator unless one exists; answers whether it did. */
    @Transactional
    boolean ensure(String name, String secret) {
        if (users.count("role", Role.ADMIN) > 0) {
            return false;
        }
        if (secret.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("ANSINH_BOOTSTRAP_ADMIN_PASSWORD must have at least "
                    + MIN_PASSWORD_LENGTH + " characters");
        }
        String normalised = AuthService.normalise(name);
        users.persist(new UserAccount(normalised, "Quản trị hệ thống", BcryptUtil.bcryptHash(secret), Role.ADMIN,
                AreaScope.country(), false, clock.instant()));
        LOG.infof("Created the first administrator '%s'; unset the bootstrap variables now", normalised);
        return true;
    }
}
