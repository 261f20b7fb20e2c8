package vn.ansinh.household;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A household of a commune; its members are people whose household is this one. */
@Entity
@Table(name = "household")
class Household {

    @Id
    UUID id;

    @Column(nullable = false, length = 20)
    String code;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "province_code", nullable = false, length = 2)
    String provinceCode;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "commune_code", nullable = false, length = 5)
    String communeCode;

    @Column(name = "village_id")
    UUID villageId;

    @Column(nullable = false, length = 200)
    String address;

    @Column(name = "head_person_id")
    UUID headPersonId;

    @Version
    long version;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "created_by", nullable = false, length = 60)
    String createdBy;

    @Column(name = "updated_by", nullable = false, length = 60)
    String updatedBy;

    protected Household() {
    }

    Household(UUID id, String code, String provinceCode, String communeCode, UUID villageId, String address, String by,
            Instant now) {
        this.id = id;
        this.code = code;
        this.provinceCode = provinceCode;
        this.communeCode = communeCode;
        this.villageId = villageId;
        this.address = address;
        this.createdBy = by;
        this.createdAt = now;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    void moveTo(UUID village, String newAddress) {
        this.villageId = village;
        this.address = newAddress;
    }

    void headedBy(UUID personId) {
        this.headPersonId = personId;
    }

    void touched(String by, Instant now) {
        this.updatedBy = by;
        this.updatedAt = now;
    }
}
