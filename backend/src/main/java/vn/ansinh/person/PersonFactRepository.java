package vn.ansinh.person;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class PersonFactRepository implements PanacheRepositoryBase<PersonFact, UUID> {

    /** Every row of a person's facts, superseded ones included, by kind and start. */
    List<PersonFact> findOfPerson(UUID personId) {
        return list("personId", Sort.by("kind").and("validFrom").and("recordedAt"), personId);
    }

    List<PersonFact> findCurrentOfPersonAndKind(UUID personId, FactKind kind) {
        return list("personId = ?1 and kind = ?2 and supersededBy is null", Sort.by("validFrom"), personId, kind);
    }

    List<PersonFact> findCurrentOfPeople(Collection<UUID> personIds) {
        return personIds.isEmpty() ? List.of()
                : list("personId in ?1 and supersededBy is null", Sort.by("kind").and("validFrom"), personIds);
    }
}
