package vn.ansinh.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A generation job: its progress is committed step by step for the SPA's progress bar. */
@Entity
@Table(name = "payroll_run")
class PayrollRun {

    @Id
    UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "province_code", nullable = false, length = 2)
    String provinceCode;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "commune_code", length = 5)
    String communeCode;

    @Column(nullable = false)
    LocalDate month;

    @Column(nullable = false, length = 10)
    String status;

    @Column(name = "steps_total", nullable = false)
    int stepsTotal;

    @Column(name = "steps_done", nullable = false)
    int stepsDone;

    @Column(name = "payrolls_created", nullable = false)
    int payrollsCreated;

    @Column(name = "lines_created", nullable = false)
    int linesCreated;

    @Column(length = 500)
    String failure;

    @Column(name = "created_by", nullable = false, length = 60)
    String createdBy;

    @Column(name = "created_by_role", nullable = false, length = 30)
    String createdByRole;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "started_at")
    Instant startedAt;

    @Column(name = "finished_at")
    Instant finishedAt;

    protected PayrollRun() {
    }

    PayrollRun(UUID id, String provinceCode, String communeCode, LocalDate month, String by, String role, Instant now) {
        this.id = id;
        this.provinceCode = provinceCode;
        this.communeCode = communeCode;
        this.month = month;
        this.status = "QUEUED";
        this.stepsTotal = 0;
        this.createdBy = by;
        this.createdByRole = role;
        this.createdAt = now;
    }

    boolean isActive() {
        return "QUEUED".equals(status) || "RUNNING".equals(status);
    }

    PayrollRunView view() {
        return new PayrollRunView(id, provinceCode, communeCode, Months.format(month), status, stepsDone, stepsTotal,
                payrollsCreated, linesCreated, failure, createdBy, createdAt, startedAt, finishedAt);
    }
}
