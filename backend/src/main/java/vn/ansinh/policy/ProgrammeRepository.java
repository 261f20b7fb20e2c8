package vn.ansinh.policy;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class ProgrammeRepository implements PanacheRepositoryBase<Programme, UUID> {

    List<Programme> findAllInOrder() {
        return listAll(Sort.by("sortOrder"));
    }
}
