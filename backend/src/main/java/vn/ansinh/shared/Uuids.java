package vn.ansinh.shared;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Ids of new rows and their BINARY(16) form. New ids are time-ordered (UUID version 7, RFC 9562):
 * rows made together sit together in the primary key, so bulk inserts append instead of splitting
 * pages at random, while the ids stay opaque and unguessable enough for an API.
 */
public final class Uuids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Uuids() {
    }

    public static UUID timeOrdered() {
        long millis = System.currentTimeMillis();
        long randomA = RANDOM.nextInt(1 << 12);
        long msb = (millis << 16) | 0x7000L | randomA;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    public static byte[] bytes(UUID id) {
        if (id == null) {
            return null;
        }
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    public static UUID uuid(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    /** Parses an id from a path or a file; null when it is not a UUID. */
    public static UUID parseOrNull(String text) {
        try {
            return text == null ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
