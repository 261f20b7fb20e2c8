package vn.ansinh.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProductionGuardTest {

    @Inject
    ProductionGuard guard;

    @Test
    void theProductionProfileRefusesADatabaseWithDemoAccounts() {
        assertThatThrownBy(() -> guard.verify(List.of("prod"), false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo accounts");
    }

    @Test
    void theProductionProfileRefusesToSeedDemoAccounts() {
        assertThatThrownBy(() -> guard.verify(List.of("prod"), true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ansinh.demo.enabled");
    }

    @Test
    void otherProfilesAcceptThem() {
        assertThatCode(() -> guard.verify(List.of("demo"), true)).doesNotThrowAnyException();
    }
}
