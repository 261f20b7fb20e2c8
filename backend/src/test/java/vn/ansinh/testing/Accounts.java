package vn.ansinh.testing;

import io.quarkus.arc.Arc;
import vn.ansinh.identity.AreaScope;
import vn.ansinh.identity.AuthService;
import vn.ansinh.identity.Role;
import vn.ansinh.shared.ProblemException;

/** Users beyond the demo ones, made once per run with the demo password. */
public final class Accounts {

    /** Another commune of Sơn La (Phường Tô Hiệu), beside the demo commune 03688. */
    public static final String COMMUNE_B = "03646";
    /** A commune of another province (Phường Ba Đình, Hà Nội). */
    public static final String HANOI_COMMUNE = "00004";

    private Accounts() {
    }

    /** {@code worker-b}: a social worker of commune {@link #COMMUNE_B}. */
    public static String workerB() {
        return ensure("worker-b", Role.SOCIAL_WORKER, AreaScope.commune(COMMUNE_B));
    }

    /** {@code worker-hn}: a social worker of a Hà Nội commune. */
    public static String workerHanoi() {
        return ensure("worker-hn", Role.SOCIAL_WORKER, AreaScope.commune(HANOI_COMMUNE));
    }

    /** {@code auditor-vn}: an auditor who reads the whole country. */
    public static String nationalAuditor() {
        return ensure("auditor-vn", Role.AUDITOR, AreaScope.country());
    }

    public static synchronized String ensure(String username, Role role, AreaScope scope) {
        try {
            Arc.container().instance(AuthService.class).get().createUser(username, "Người thử nghiệm " + username,
                    Api.DEMO_PASSWORD, role, scope);
        } catch (ProblemException exists) {
            // made by an earlier test of this run
        }
        return username;
    }
}
