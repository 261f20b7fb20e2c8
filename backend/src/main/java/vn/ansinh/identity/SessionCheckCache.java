package vn.ansinh.identity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Session ids found open in the database during the last seconds, so that a busy client does not
 * cost one database read per request (docs/adr/0007-session-check-cache.md). Only "open" answers
 * are kept; logout on this instance forgets the session at once; elsewhere the cache runs out
 * within {@code ansinh.auth.session-check-cache-seconds}.
 */
@ApplicationScoped
class SessionCheckCache {

    /** Bound on memory: a flood of distinct tokens empties the cache instead of growing it. */
    static final int MAX_ENTRIES = 100_000;

    @Inject
    AuthConfig config;

    private final Map<String, Long> openUntil = new ConcurrentHashMap<>();
    private LongSupplier clock = System::nanoTime;

    boolean isKnownOpen(String sessionId) {
        Long until = openUntil.get(sessionId);
        if (until == null) {
            return false;
        }
        if (clock.getAsLong() - until >= 0) {
            openUntil.remove(sessionId, until);
            return false;
        }
        return true;
    }

    void rememberOpen(String sessionId) {
        long seconds = config.sessionCheckCacheSeconds();
        if (seconds <= 0 || sessionId == null) {
            return;
        }
        if (openUntil.size() >= MAX_ENTRIES) {
            openUntil.clear();
        }
        openUntil.put(sessionId, clock.getAsLong() + seconds * 1_000_000_000L);
    }

    void forget(String sessionId) {
        if (sessionId != null) {
            openUntil.remove(sessionId);
        }
    }

    /** For tests: a clock in nanoseconds. */
    void useClock(LongSupplier nanos) {
        this.clock = nanos;
    }
}
