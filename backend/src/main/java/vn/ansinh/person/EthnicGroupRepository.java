package vn.ansinh.person;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class EthnicGroupRepository implements PanacheRepositoryBase<EthnicGroup, String> {

    List<EthnicGroup> findAllByCode() {
        return listAll(Sort.by("code"));
    }
}
