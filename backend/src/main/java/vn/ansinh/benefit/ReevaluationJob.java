package vn.ansinh.benefit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.ansinh.shared.Uuids;

/** One run of the monthly re-evaluation of a province's active entitlements: a row with progress. */
@Entity
@Table(name = "reevaluation_job")
class ReevaluationJob {

    static final String RUNNING = "RUNNING";
    static final String DONE = "DONE";
    static final String FAILED = "FAILED";
    static final String INTERRUPTED = "INTERRUPTED";

    @Id
    UUID id;

    @Column(name = "province_code", nullable = false, length = 2)
    String provinceCode;

    @Column(nullable = false)
    LocalDate month;

    @Column(nullable = false, length = 12)
    String status;

    @Column(nullable = false)
    int done;

    @Column(nullable = false)
    int total;

    @Column(nullable = false)
    int applied;

    @Column(nullable = false)
    int proposed;

    @Column(length = 500)
    String error;

    @Column(name = "started_by", nullable = false, length = 60)
    String startedBy;

    @Column(name = "started_at", nullable = false)
    Instant startedAt;

    @Column(name = "finished_at")
    Instant finishedAt;

    protected ReevaluationJob() {
    }

    ReevaluationJob(String provinceCode, YearMonth month, int total, String by, Instant now) {
        this.id = Uuids.timeOrdered();
        this.provinceCode = provinceCode;
        this.month = month.atDay(1);
        this.status = RUNNING;
        this.total = total;
        this.startedBy = by;
        this.startedAt = now;
    }

    YearMonth month() {
        return YearMonth.from(month);
    }

    void progressed(int doneNow, int appliedNow, int proposedNow) {
        done += doneNow;
        applied += appliedNow;
        proposed += proposedNow;
    }

    void finish(String outcome, String problem, Instant now) {
        status = outcome;
        error = problem == null || problem.length() <= 500 ? problem : problem.substring(0, 500);
        finishedAt = now;
    }
}
