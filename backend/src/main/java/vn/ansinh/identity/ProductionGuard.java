package vn.ansinh.identity;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start the production profile with demo accounts in the database or demo seeding on:
 * a known password must never guard real people's data.
 */
@ApplicationScoped
class ProductionGuard {

    @ConfigProperty(name = "ansinh.demo.enabled")
    boolean demoEnabled;

    @Inject
    UserAccountRepository users;

    @Inject
    ApiClientRepository clients;

    void onStart(@Observes @Priority(30) StartupEvent start) {
        verify(ConfigUtils.getProfiles(), demoEnabled);
    }

    @Transactional
    void verify(List<String> activeProfiles, boolean demoSeeding) {
        if (!activeProfiles.contains("prod")) {
            return;
        }
        if (demoSeeding) {
            throw new IllegalStateException("Refusing to start: ansinh.demo.enabled=true in the production profile");
        }
        long demoAccounts = users.countDemo() + clients.countDemo();
        if (demoAccounts > 0) {
            throw new IllegalStateException("Refusing to start in the production profile: " + demoAccounts
                    + " demo accounts (password known to everyone) exist in this database. Delete them first.");
        }
    }
}
