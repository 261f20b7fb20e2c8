package vn.ansinh.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.ansinh.shared.Uuids;

/** A what-if job: a draft version applied from a month over one province's registry; its progress and result. */
@Entity
@Table(name = "policy_simulation")
class PolicySimulation {

    enum Status {
        QUEUED, RUNNING, DONE, FAILED
    }

    @Id
    UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "province_code", nullable = false, length = 2)
    String provinceCode;

    @Column(name = "draft_kind", nullable = false, length = 10)
    String draftKind;

    @Column(name = "draft_id", nullable = false)
    UUID draftId;

    @Column(name = "from_month", nullable = false)
    LocalDate fromMonth;

    @Column(nullable = false, length = 10)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    Status status;

    @Column(nullable = false)
    int done;

    @Column(nullable = false)
    int total;

    @Column(columnDefinition = "MEDIUMTEXT")
    String result;

    @Column(length = 500)
    String failure;

    @Column(name = "created_by", nullable = false, length = 60)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "started_at")
    Instant startedAt;

    @Column(name = "finished_at")
    Instant finishedAt;

    protected PolicySimulation() {
    }

    PolicySimulation(String provinceCode, String draftKind, UUID draftId, LocalDate fromMonth, String by, Instant now) {
        this.id = Uuids.timeOrdered();
        this.provinceCode = provinceCode;
        this.draftKind = draftKind;
        this.draftId = draftId;
        this.fromMonth = fromMonth;
        this.status = Status.QUEUED;
        this.createdBy = by;
        this.createdAt = now;
    }

    void start(int totalPeople, Instant now) {
        status = Status.RUNNING;
        total = totalPeople;
        done = 0;
        startedAt = now;
    }

    void progress(int doneSoFar) {
        done = doneSoFar;
    }

    void finish(String resultJson, int doneInAll, Instant now) {
        status = Status.DONE;
        result = resultJson;
        done = doneInAll;
        total = Math.max(total, doneInAll);
        finishedAt = now;
    }

    void fail(String why, Instant now) {
        status = Status.FAILED;
        failure = why == null ? "unknown" : why.length() > 500 ? why.substring(0, 500) : why;
        finishedAt = now;
    }
}
