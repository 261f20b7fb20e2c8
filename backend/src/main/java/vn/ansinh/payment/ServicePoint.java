package vn.ansinh.payment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Where an agent pays the beneficiaries of one commune; one active point per commune. */
@Entity
@Table(name = "service_point")
class ServicePoint {

    @Id
    UUID id;

    @Column(name = "agent_id", nullable = false)
    UUID agentId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "province_code", nullable = false, length = 2)
    String provinceCode;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "commune_code", nullable = false, length = 5)
    String communeCode;

    @Column(nullable = false, length = 200)
    String name;

    @Column(length = 200)
    String address;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "active_commune", length = 5)
    String activeCommune;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    String createdBy;

    protected ServicePoint() {
    }

    ServicePoint(UUID id, UUID agentId, String provinceCode, String communeCode, String name, String address, String by,
            Instant now) {
        this.id = id;
        this.agentId = agentId;
        this.provinceCode = provinceCode;
        this.communeCode = communeCode;
        this.name = name;
        this.address = address;
        this.activeCommune = communeCode;
        this.createdBy = by;
        this.createdAt = now;
    }

    boolean isActive() {
        return activeCommune != null;
    }

    /** Closes the point; the commune may then get another one. */
    void close() {
        this.activeCommune = null;
    }

    ServicePointView view() {
        return new ServicePointView(id, agentId, provinceCode, communeCode, name, address, isActive());
    }
}
