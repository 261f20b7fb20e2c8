package vn.ansinh.payment;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class PayrollRunRepository implements PanacheRepositoryBase<PayrollRun, UUID> {

    /** A queued or running job of the same scope and month: a second request joins it instead of queueing another. */
    Optional<PayrollRun> findActive(String provinceCode, String communeCode, LocalDate month) {
        return (communeCode == null
                ? find("provinceCode = ?1 and communeCode is null and month = ?2 and status in ('QUEUED', 'RUNNING')",
                        provinceCode, month)
                : find("provinceCode = ?1 and communeCode = ?2 and month = ?3 and status in ('QUEUED', 'RUNNING')",
                        provinceCode, communeCode, month)).firstResultOptional();
    }
}
