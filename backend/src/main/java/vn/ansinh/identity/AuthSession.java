package vn.ansinh.identity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One issued token (its {@code jti}); revoked by logout, so a stolen cookie dies with the session. */
@Entity
@Table(name = "auth_session")
public class AuthSession {

    enum SubjectKind { USER, CLIENT }

    @Id
    UUID id;

    @Column(nullable = false)
    String subject;

    @Column(name = "subject_kind", nullable = false)
    String subjectKind;

    @Column(name = "issued_at", nullable = false)
    Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    @Column(name = "revoked_at")
    Instant revokedAt;

    protected AuthSession() {
    }

    AuthSession(String subject, SubjectKind kind, Instant issuedAt, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.subject = subject;
        this.subjectKind = kind.name();
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    boolean isActiveAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}
