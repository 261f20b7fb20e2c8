package vn.ansinh.payment;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A province's payment settings: the agent's fee and the funeral support multiple. */
@Entity
@Table(name = "payment_setting")
class PaymentSetting {

    /** Used until a province sets its own: no fee, funeral support 20 × standard level (ND 20 Art. 11). */
    static final BigDecimal DEFAULT_FEE_PERCENT = BigDecimal.ZERO;
    static final int DEFAULT_FUNERAL_MULTIPLE = 20;

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "province_code", nullable = false, length = 2)
    String provinceCode;

    @Column(name = "fee_percent", nullable = false, precision = 6, scale = 3)
    BigDecimal feePercent;

    @Column(name = "funeral_multiple", nullable = false)
    int funeralMultiple;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
    String updatedBy;

    @Version
    long version;

    protected PaymentSetting() {
    }

    PaymentSetting(String provinceCode) {
        this.provinceCode = provinceCode;
        this.feePercent = DEFAULT_FEE_PERCENT;
        this.funeralMultiple = DEFAULT_FUNERAL_MULTIPLE;
    }

    void change(BigDecimal fee, int multiple, String by, Instant now) {
        this.feePercent = fee;
        this.funeralMultiple = multiple;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    PaymentSettingView view() {
        return new PaymentSettingView(provinceCode, feePercent, funeralMultiple, version);
    }
}
