package vn.ansinh.area;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.ansinh.shared.Uuids;
import vn.ansinh.shared.VietnameseText;

/** A village (thôn, bản, tổ dân phố) of a commune: no official code, named by the commune. */
@Entity
@Table(name = "village")
class Village {

    @Id
    UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "province_code", nullable = false, length = 2)
    String provinceCode;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "commune_code", nullable = false, length = 5)
    String communeCode;

    @Column(nullable = false, length = 100)
    String name;

    @Column(name = "folded_name", nullable = false, length = 100)
    String foldedName;

    @Version
    long version;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    String createdBy;

    protected Village() {
    }

    Village(String provinceCode, String communeCode, String name, String createdBy, Instant now) {
        this.id = Uuids.timeOrdered();
        this.provinceCode = provinceCode;
        this.communeCode = communeCode;
        this.createdBy = createdBy;
        this.createdAt = now;
        rename(name);
    }

    void rename(String newName) {
        this.name = VietnameseText.nfc(newName);
        this.foldedName = VietnameseText.fold(newName);
    }
}
