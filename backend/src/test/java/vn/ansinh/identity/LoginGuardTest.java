package vn.ansinh.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginGuardTest {

    private static final Instant NINE_AM = Instant.parse("2026-11-23T02:00:00Z");
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

    @Test
    void theFifthFailureInARowLocksForFifteenMinutes() {
        LoginGuard guard = new LoginGuard();
        for (int failure = 1; failure <= 4; failure++) {
            assertThat(guard.recordFailure(NINE_AM, 5, FIFTEEN_MINUTES)).isFalse();
        }
        assertThat(guard.recordFailure(NINE_AM, 5, FIFTEEN_MINUTES)).isTrue();
        assertThat(guard.isLockedAt(NINE_AM.plusSeconds(14 * 60))).isTrue();
        assertThat(guard.remainingLock(NINE_AM.plusSeconds(60))).isEqualTo(Duration.ofMinutes(14));
        assertThat(guard.isLockedAt(NINE_AM.plus(FIFTEEN_MINUTES))).isFalse();
    }

    @Test
    void afterALockRunsOutFailuresAreCountedAfresh() {
        LoginGuard guard = new LoginGuard();
        for (int failure = 1; failure <= 5; failure++) {
            guard.recordFailure(NINE_AM, 5, FIFTEEN_MINUTES);
        }
        Instant later = NINE_AM.plus(Duration.ofMinutes(20));
        assertThat(guard.recordFailure(later, 5, FIFTEEN_MINUTES)).isFalse();
        assertThat(guard.failedLogins()).isEqualTo(1);
    }

    @Test
    void aSuccessClearsTheCount() {
        LoginGuard guard = new LoginGuard();
        guard.recordFailure(NINE_AM, 5, FIFTEEN_MINUTES);
        guard.recordFailure(NINE_AM, 5, FIFTEEN_MINUTES);
        guard.recordSuccess();
        assertThat(guard.failedLogins()).isZero();
        assertThat(guard.isLockedAt(NINE_AM)).isFalse();
    }
}
