package vn.ansinh.shared;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic locking over HTTP: a representation carries its version as a strong ETag
 * ({@code "3"}); an update must send it back in {@code If-Match}. Missing: 428; stale: 412.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an If-Match header names; 428 when absent, 400 when it is not one of ours. */
    public static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition.required");
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notOurs) {
            throw ProblemException.invalidField("If-Match", "if-match");
        }
    }

    /** Refuses with 412 unless the client's version is the current one. */
    public static void check(long expected, long current) {
        if (expected != current) {
            throw new ProblemException(412, "version.stale", java.util.List.of(),
                    java.util.Map.of("currentVersion", current), java.util.Map.of("ETag", etag(current).toString()));
        }
    }
}
