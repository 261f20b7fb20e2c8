package vn.ansinh.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One of the 54 ethnic groups (QĐ 121-TCTK/PPCĐ, 1979); written only by the reference loader. */
@Entity
@Table(name = "ethnic_group")
class EthnicGroup {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 2)
    String code;

    @Column(name = "name_vi", nullable = false, length = 60)
    String nameVi;

    @Column(name = "name_en", nullable = false, length = 60)
    String nameEn;

    @Column(name = "other_names", length = 500)
    String otherNames;

    protected EthnicGroup() {
    }
}
