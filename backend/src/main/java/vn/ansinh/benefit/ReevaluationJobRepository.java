package vn.ansinh.benefit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class ReevaluationJobRepository implements PanacheRepositoryBase<ReevaluationJob, UUID> {

    boolean isRunning(String provinceCode, LocalDate month) {
        return count("provinceCode = ?1 and month = ?2 and status = ?3", provinceCode, month, ReevaluationJob.RUNNING) > 0;
    }

    List<ReevaluationJob> findRunning() {
        return list("status", ReevaluationJob.RUNNING);
    }

    List<ReevaluationJob> findRecent(String provinceCode) {
        return find(provinceCode == null ? "1 = 1" : "provinceCode = ?1", Sort.by("startedAt").descending(),
                provinceCode == null ? new Object[0] : new Object[] { provinceCode }).page(0, 50).list();
    }
}
