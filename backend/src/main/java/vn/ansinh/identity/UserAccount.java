package vn.ansinh.identity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who logs in to An Sinh: one role, one area scope, a bcrypt password hash. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    UUID id;

    @Column(nullable = false, unique = true)
    String username;

    @Column(name = "display_name", nullable = false)
    String displayName;

    @Column(name = "password_hash", nullable = false)
    String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Role role;

    @Embedded
    AreaScope scope;

    @Column(nullable = false)
    boolean active;

    @Column(nullable = false)
    boolean demo;

    @Embedded
    LoginGuard guard;

    @Column(name = "last_login_at")
    Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Version
    long version;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String passwordHash, Role role, AreaScope scope, boolean demo,
            Instant now) {
        if (role == Role.INTEGRATOR) {
            throw new IllegalArgumentException("Integrators are API clients, not users");
        }
        this.id = UUID.randomUUID();
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.scope = scope;
        this.active = true;
        this.demo = demo;
        this.guard = new LoginGuard();
        this.createdAt = now;
    }

    void loggedIn(Instant now) {
        guard.recordSuccess();
        lastLoginAt = now;
    }
}
