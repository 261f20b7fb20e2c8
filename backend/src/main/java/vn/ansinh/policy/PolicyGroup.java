package vn.ansinh.policy;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A beneficiary group of a programme; what changes over time lives in {@link GroupVersion}. */
@Entity
@Table(name = "policy_group")
class PolicyGroup {

    @Id
    UUID id;

    @Column(name = "programme_id", nullable = false)
    UUID programmeId;

    @Column(nullable = false, length = 60)
    String code;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "province_code", length = 2)
    String provinceCode;

    @Column(name = "name_vi", nullable = false, length = 300)
    String nameVi;

    @Column(name = "name_en", nullable = false, length = 300)
    String nameEn;

    @Column(name = "legal_basis", nullable = false, length = 200)
    String legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "start_rule", nullable = false, length = 20)
    StartRule startRule;

    @Column(name = "start_age")
    Integer startAge;

    @Column(name = "per_child", nullable = false)
    boolean perChild;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    Combination combination;

    @Column(name = "sort_order", nullable = false)
    int sortOrder;

    protected PolicyGroup() {
    }
}
