package vn.ansinh.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

/** Removes expired idempotency keys every hour, in slices so that no transaction grows large. */
@ApplicationScoped
class IdempotencyPurge {

    @Inject
    IdempotencyStore store;

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        while (store.purgeExpired(5_000) == 5_000) {
            Thread.yield();
        }
    }
}
