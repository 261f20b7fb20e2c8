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

/** Another government system that calls the API with client credentials. */
@Entity
@Table(name = "api_client")
public class ApiClient {

    @Id
    UUID id;

    @Column(name = "client_id", nullable = false, unique = true)
    String clientId;

    @Column(name = "display_name", nullable = false)
    String displayName;

    @Column(name = "secret_hash", nullable = false)
    String secretHash;

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

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Version
    long version;

    protected ApiClient() {
    }

    ApiClient(String clientId, String displayName, String secretHash, AreaScope scope, boolean demo, Instant now) {
        this.id = UUID.randomUUID();
        this.clientId = clientId;
        this.displayName = displayName;
        this.secretHash = secretHash;
        this.role = Role.INTEGRATOR;
        this.scope = scope;
        this.active = true;
        this.demo = demo;
        this.guard = new LoginGuard();
        this.createdAt = now;
    }
}
