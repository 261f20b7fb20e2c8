package vn.ansinh.identity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Failed-login counting shared by users and API clients: after {@code maxFailures} wrong secrets
 * in a row the account is locked for a while, even against the right secret.
 */
@Embeddable
public class LoginGuard {

    @Column(name = "failed_logins", nullable = false)
    int failedLogins;

    @Column(name = "locked_until")
    Instant lockedUntil;

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Duration remainingLock(Instant now) {
        return isLockedAt(now) ? Duration.between(now, lockedUntil) : Duration.ZERO;
    }

    /** Records a wrong secret; answers whether this failure locked the account. */
    public boolean recordFailure(Instant now, int maxFailures, Duration lockFor) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failedLogins = 0; // the previous lock has run out: count afresh
            lockedUntil = null;
        }
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }

    public void recordSuccess() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public int failedLogins() {
        return failedLogins;
    }
}
