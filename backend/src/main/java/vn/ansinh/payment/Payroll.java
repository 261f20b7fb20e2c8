package vn.ansinh.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
import vn.ansinh.shared.ProblemException;

/** The payroll of one commune for one month. Rows are made by the set-based generation. */
@Entity
@Table(name = "payroll")
class Payroll {

    @Id
    UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "province_code", nullable = false, length = 2)
    String provinceCode;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "commune_code", nullable = false, length = 5)
    String communeCode;

    @Column(nullable = false)
    LocalDate month;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    PayrollStatus status;

    @Column(name = "agent_id")
    UUID agentId;

    @Column(name = "service_point_id")
    UUID servicePointId;

    @Column(name = "line_count", nullable = false)
    int lineCount;

    @Column(name = "total_vnd", nullable = false)
    long totalVnd;

    @Column(name = "adjustment_count", nullable = false)
    int adjustmentCount;

    @Column(name = "adjustment_total_vnd", nullable = false)
    long adjustmentTotalVnd;

    @Column(name = "fee_percent", precision = 6, scale = 3)
    BigDecimal feePercent;

    @Column(name = "generated_by", nullable = false, length = 60)
    String generatedBy;

    @Column(name = "generated_at", nullable = false)
    Instant generatedAt;

    @Column(name = "approved_by", length = 60)
    String approvedBy;

    @Column(name = "approved_at")
    Instant approvedAt;

    @Column(name = "sent_by", length = 60)
    String sentBy;

    @Column(name = "sent_at")
    Instant sentAt;

    @Column(name = "acknowledged_by", length = 60)
    String acknowledgedBy;

    @Column(name = "acknowledged_at")
    Instant acknowledgedAt;

    @Column(name = "closed_by", length = 60)
    String closedBy;

    @Column(name = "closed_at")
    Instant closedAt;

    @Version
    long version;

    protected Payroll() {
    }

    /** Approval freezes lines and totals; it needs someone other than whoever generated the payroll. */
    void approve(String by, Instant at) {
        require(PayrollStatus.DRAFT);
        if (by.equals(generatedBy)) {
            throw ProblemException.conflict("payment.same-approver");
        }
        status = PayrollStatus.APPROVED;
        approvedBy = by;
        approvedAt = at;
    }

    void send(String by, Instant at) {
        require(PayrollStatus.APPROVED);
        status = PayrollStatus.SENT;
        sentBy = by;
        sentAt = at;
    }

    /** The agent acknowledges receipt: the control totals it counted must match the payroll's. */
    void acknowledge(int lines, long total, String by, Instant at) {
        require(PayrollStatus.SENT);
        if (lines != payableLineCount() || total != payableTotalVnd()) {
            throw new ProblemException(409, "payment.control-totals", payableLineCount(), payableTotalVnd(), lines, total);
        }
        status = PayrollStatus.ACKNOWLEDGED;
        acknowledgedBy = by;
        acknowledgedAt = at;
    }

    void close(BigDecimal fee, String by, Instant at) {
        require(PayrollStatus.ACKNOWLEDGED);
        status = PayrollStatus.CLOSED;
        feePercent = fee;
        closedBy = by;
        closedAt = at;
    }

    /** Adjustment lines are the only change after approval, and none after closing. */
    void adjust(long amountVnd) {
        if (status == PayrollStatus.DRAFT || status == PayrollStatus.CLOSED) {
            throw new ProblemException(409, "payment.payroll-state", status.name(), "APPROVED, SENT, ACKNOWLEDGED");
        }
        adjustmentCount++;
        adjustmentTotalVnd += amountVnd;
    }

    int payableLineCount() {
        return lineCount + adjustmentCount;
    }

    long payableTotalVnd() {
        return totalVnd + adjustmentTotalVnd;
    }

    void require(PayrollStatus expected) {
        if (status != expected) {
            throw new ProblemException(409, "payment.payroll-state", status.name(), expected.name());
        }
    }
}
