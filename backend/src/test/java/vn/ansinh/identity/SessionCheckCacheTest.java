package vn.ansinh.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class SessionCheckCacheTest {

    private final AtomicLong nanos = new AtomicLong(1_000);

    private SessionCheckCache cacheOf(int seconds) {
        SessionCheckCache cache = new SessionCheckCache();
        cache.config = new AuthConfig() {
            public int sessionHours() { return 8; }
            public int clientTokenMinutes() { return 60; }
            public int maxFailedLogins() { return 5; }
            public int lockMinutes() { return 15; }
            public int sessionCheckCacheSeconds() { return seconds; }
            public boolean secureCookie() { return true; }
        };
        cache.useClock(nanos::get);
        return cache;
    }

    @Test
    void anOpenSessionIsRememberedForTheConfiguredSeconds() {
        SessionCheckCache cache = cacheOf(30);
        assertThat(cache.isKnownOpen("s1")).isFalse();
        cache.rememberOpen("s1");
        nanos.addAndGet(29_000_000_000L);
        assertThat(cache.isKnownOpen("s1")).isTrue();
        nanos.addAndGet(1_000_000_000L);
        assertThat(cache.isKnownOpen("s1")).isFalse();
    }

    @Test
    void logoutForgetsTheSessionAtOnce() {
        SessionCheckCache cache = cacheOf(30);
        cache.rememberOpen("s1");
        cache.forget("s1");
        assertThat(cache.isKnownOpen("s1")).isFalse();
    }

    @Test
    void zeroSecondsMeansNoCache() {
        SessionCheckCache cache = cacheOf(0);
        cache.rememberOpen("s1");
        assertThat(cache.isKnownOpen("s1")).isFalse();
    }
}
