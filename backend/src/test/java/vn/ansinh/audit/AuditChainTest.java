package vn.ansinh.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The audit trail is a hash chain per province: altering a recorded event breaks it. */
@QuarkusTest
class AuditChainTest {

    @Inject
    AuditService audit;

    @Inject
    DataSource dataSource;

    @Test
    void eventsRecordedTogetherOrApartFormOneUnbrokenChain() {
        UUID entity = UUID.randomUUID();
        audit.record(new AuditEntry("worker", "SOCIAL_WORKER", "test.one", "TEST", entity, "14", "03688",
                List.of(new AuditEntry.Change("field", null, "Giá trị"))));
        audit.recordAll(List.of(new AuditEntry("worker", "SOCIAL_WORKER", "test.two", "TEST", entity, "14", "03688", List.of()),
                new AuditEntry("worker", "SOCIAL_WORKER", "test.three", "TEST", entity, "14", null, List.of())));
        assertThat(audit.eventsOf(List.of(entity))).extracting(AuditEventView::action)
                .containsExactly("test.one", "test.two", "test.three");
        assertThat(audit.verifyChain("14")).isTrue();
    }

    @Test
    void anAlteredEventBreaksItsProvincesChain() throws Exception {
        // Province code 99 exists in no list: this test's chain is its own.
        UUID entity = UUID.randomUUID();
        audit.recordAll(List.of(new AuditEntry("worker", "SOCIAL_WORKER", "test.before", "TEST", entity, "99", null,
                List.of(new AuditEntry.Change("phone", null, "0912345678"))),
                new AuditEntry("worker", "SOCIAL_WORKER", "test.after", "TEST", entity, "99", null, List.of())));
        assertThat(audit.verifyChain("99")).isTrue();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement tamper = connection.prepareStatement(
                        "update audit_event set changes = replace(changes, '0912345678', '0999999999') where province_code = '99'")) {
            tamper.executeUpdate();
        }
        assertThat(audit.verifyChain("99")).isFalse();
    }
}
