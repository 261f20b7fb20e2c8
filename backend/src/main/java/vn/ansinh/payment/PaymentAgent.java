package vn.ansinh.payment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A payment service organisation contracted by a province. */
@Entity
@Table(name = "payment_agent")
class PaymentAgent {

    @Id
    UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "province_code", nullable = false, length = 2)
    String provinceCode;

    @Column(nullable = false, length = 20)
    String code;

    @Column(nullable = false, length = 200)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    AgentKind kind;

    @Column(nullable = false)
    boolean active;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    String createdBy;

    @Version
    long version;

    protected PaymentAgent() {
    }

    PaymentAgent(UUID id, String provinceCode, String code, String name, AgentKind kind, String by, Instant now) {
        this.id = id;
        this.provinceCode = provinceCode;
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.active = true;
        this.createdBy = by;
        this.createdAt = now;
    }

    AgentView view() {
        return new AgentView(id, provinceCode, code, name, kind, active, version);
    }
}
