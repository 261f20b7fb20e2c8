package vn.ansinh.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ansinh.auth")
public interface AuthConfig {

    /** How long a web session lasts. */
    @WithDefault("8")
    int sessionHours();

    /** How long an integrator's access token lasts. */
    @WithDefault("60")
    int clientTokenMinutes();

    /** Wrong passwords in a row before the account is locked. */
    @WithDefault("5")
    int maxFailedLogins();

    /** How long a locked account stays locked. */
    @WithDefault("15")
    int lockMinutes();

    /**
     * How long a request may rely on an earlier check that its session is open, in seconds
     * (docs/adr/0007-session-check-cache.md); 0 checks the database on every request.
     */
    @WithDefault("30")
    int sessionCheckCacheSeconds();

    /** Whether the session cookie carries the Secure flag (off only on plain-HTTP localhost). */
    @WithDefault("true")
    boolean secureCookie();
}
