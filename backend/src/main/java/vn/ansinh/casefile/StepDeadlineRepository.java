package vn.ansinh.casefile;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class StepDeadlineRepository implements PanacheRepositoryBase<StepDeadline, StepDeadline.Key> {

    List<StepDeadline> findAllInOrder() {
        return listAll(Sort.by("step").and("validFrom"));
    }
}
