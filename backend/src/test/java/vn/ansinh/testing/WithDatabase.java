package vn.ansinh.testing;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Registers the embedded database for every test (restrictToAnnotatedClass is false), so the
 * application and its database start once per run, whatever test class comes first.
 */
@QuarkusTestResource(EmbeddedDatabaseResource.class)
public final class WithDatabase {
    private WithDatabase() {
    }
}
