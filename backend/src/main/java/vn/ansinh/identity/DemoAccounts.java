package vn.ansinh.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.ansinh.area.AreaService;

/**
 * The demo accounts of the embedded profile ({@code make run}), all with password
 * {@value #PASSWORD}. Created once, never in production (see {@link ProductionGuard}).
 */
@ApplicationScoped
class DemoAccounts {

    static final String PASSWORD = "ansinh-demo";
    /** Xã Mường Chiên, Sơn La: a real rural commune in force since 1 July 2025. */
    static final String COMMUNE = "03688";
    static final String PROVINCE = "14";
    static final String INTEGRATOR = "demo-integrator";

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class);

    private record Demo(String username, String displayName, Role role, AreaScope scope) {
    }

    @ConfigProperty(name = "ansinh.demo.enabled")
    boolean enabled;

    @Inject
    UserAccountRepository users;

    @Inject
    ApiClientRepository clients;

    @Inject
    AreaService areas;

    @Inject
    Clock clock;

    void onStart(@Observes @Priority(20) StartupEvent start) {
        if (enabled) {
            seed();
        }
    }

    @Transactional
    void seed() {
        if (areas.find(COMMUNE, LocalDate.now(clock)).isEmpty()) {
            throw new IllegalStateException("The demo commune " + COMMUNE + " is not in the administrative units");
        }
        String hash = BcryptUtil.bcryptHash(PASSWORD);
        int created = 0;
        for (Demo demo : List.of(
                new Demo("worker", "Lò Thị Mai", Role.SOCIAL_WORKER, AreaScope.commune(COMMUNE)),
                new Demo("approver", "Cầm Văn Hùng", Role.APPROVER, AreaScope.commune(COMMUNE)),
                new Demo("province", "Nguyễn Thu Hà", Role.PROVINCE_OFFICER, AreaScope.province(PROVINCE)),
                new Demo("agent", "Quàng Văn Tám", Role.PAYMENT_AGENT, AreaScope.commune(COMMUNE)),
                new Demo("auditor", "Đinh Thị Lan", Role.AUDITOR, AreaScope.commune(COMMUNE)),
                new Demo("admin", "Hoàng Minh Đức", Role.ADMIN, AreaScope.commune(COMMUNE)))) {
            if (users.findByUsername(demo.username()).isEmpty()) {
                users.persist(new UserAccount(demo.username(), demo.displayName(), hash, demo.role(), demo.scope(), true,
                        clock.instant()));
                created++;
            }
        }
        if (clients.findByClientId(INTEGRATOR).isEmpty()) {
            clients.persist(new ApiClient(INTEGRATOR, "Hệ thống tích hợp mẫu (Sơn La)", hash, AreaScope.province(PROVINCE),
                    true, clock.instant()));
            created++;
        }
        if (created > 0) {
            LOG.infof("Created %d demo accounts (password %s); this profile is for demonstration only", created, PASSWORD);
        }
    }
}
