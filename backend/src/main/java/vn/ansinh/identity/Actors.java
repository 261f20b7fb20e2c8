package vn.ansinh.identity;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.ansinh.area.AreaService;
import vn.ansinh.area.CommuneRef;

/** Makes {@link Actor}s: a commune scope also names its province, which queries filter by first. */
@ApplicationScoped
public class Actors {

    @Inject
    AreaService areas;

    @Inject
    Clock clock;

    /** For features that keep a scope as plain values (e.g. an import job's owner). */
    public Actor of(String username, Role role, ScopeLevel level, String code) {
        return of(username, role, switch (level) {
            case COUNTRY -> AreaScope.country();
            case PROVINCE -> AreaScope.province(code);
            case COMMUNE -> AreaScope.commune(code);
        });
    }

    public Actor of(String username, Role role, AreaScope scope) {
        return switch (scope.level()) {
            case COUNTRY -> new Actor(username, role, ScopeLevel.COUNTRY, null, null);
            case PROVINCE -> new Actor(username, role, ScopeLevel.PROVINCE, scope.code(), null);
            case COMMUNE -> new Actor(username, role, ScopeLevel.COMMUNE,
                    areas.findCommune(scope.code(), LocalDate.now(clock)).map(CommuneRef::provinceCode)
                            .orElseThrow(() -> new IllegalStateException("Scope names an unknown commune " + scope.code())),
                    scope.code());
        };
    }
}
