package vn.ansinh.payment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A PAYMENT_AGENT user working for an agent in a commune. */
@Entity
@Table(name = "agent_user")
class AgentUser {

    @Id
    UUID id;

    @Column(name = "agent_id", nullable = false)
    UUID agentId;

    @Column(nullable = false, length = 60)
    String username;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "province_code", nullable = false, length = 2)
    String provinceCode;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "commune_code", nullable = false, length = 5)
    String communeCode;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    String createdBy;

    protected AgentUser() {
    }

    AgentUser(UUID id, UUID agentId, String username, String provinceCode, String communeCode, String by, Instant now) {
        this.id = id;
        this.agentId = agentId;
        this.username = username;
        this.provinceCode = provinceCode;
        this.communeCode = communeCode;
        this.createdBy = by;
        this.createdAt = now;
    }

    AgentUserView view() {
        return new AgentUserView(id, agentId, username, communeCode);
    }
}
