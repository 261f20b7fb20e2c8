package vn.ansinh.payment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class AgentRepository implements PanacheRepositoryBase<PaymentAgent, UUID> {

    Optional<PaymentAgent> findByCode(String provinceCode, String code) {
        return find("provinceCode = ?1 and code = ?2", provinceCode, code).firstResultOptional();
    }

    List<PaymentAgent> listInProvince(String provinceCode) {
        return provinceCode == null ? listAll(Sort.by("provinceCode").and("code"))
                : list("provinceCode", Sort.by("code"), provinceCode);
    }
}
