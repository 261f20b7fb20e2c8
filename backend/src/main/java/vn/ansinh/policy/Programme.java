package vn.ansinh.policy;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A programme that pays monthly; national when {@code provinceCode} is null. Seeded, read-only here. */
@Entity
@Table(name = "policy_programme")
class Programme {

    @Id
    UUID id;

    @Column(nullable = false, length = 40)
    String code;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "province_code", length = 2)
    String provinceCode;

    @Column(name = "name_vi", nullable = false, length = 200)
    String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    String nameEn;

    @Column(name = "legal_basis", nullable = false, length = 200)
    String legalBasis;

    @Column(name = "level_code", nullable = false, length = 40)
    String levelCode;

    @Column(nullable = false)
    boolean sample;

    @Column(name = "sort_order", nullable = false)
    int sortOrder;

    protected Programme() {
    }
}
