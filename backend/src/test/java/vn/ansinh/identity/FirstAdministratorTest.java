package vn.ansinh.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FirstAdministratorTest {

    @Inject
    FirstAdministrator firstAdministrator;

    @Test
    void noSecondAdministratorIsCreatedOnceOneExists() {
        // The demo data already holds the administrator "admin".
        assertThat(firstAdministrator.ensure("new-admin", "a-long-enough-password")).isFalse();
    }
}
