package vn.ansinh.household;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.ansinh.area.VillageService;
import vn.ansinh.area.VillageView;
import vn.ansinh.identity.Actor;
import vn.ansinh.identity.Role;
import vn.ansinh.identity.ScopeLevel;
import vn.ansinh.person.FactKind;
import vn.ansinh.person.NewFact;
import vn.ansinh.person.NewPerson;
import vn.ansinh.person.PersonService;
import vn.ansinh.person.RelationToHead;
import vn.ansinh.person.Sex;

/**
 * Demo data of the embedded profile: the household of the eligibility worked example
 * (docs/policy-api-notes.md), a near-poor household of Bản Nà Cài (an especially difficult village
 * of 03688) whose head, born 10/03/1948, has no pension.
 */
@ApplicationScoped
class DemoHouseholds {

    static final String CODE = "03688-DEMO01";
    static final String HEAD = "Lò Văn Piếng";

    private static final Logger LOG = Logger.getLogger(DemoHouseholds.class);

    @ConfigProperty(name = "ansinh.demo.enabled")
    boolean enabled;

    @Inject
    HouseholdRepository households;

    @Inject
    HouseholdService service;

    @Inject
    VillageService villages;

    @Inject
    PersonService people;

    @jakarta.enterprise.context.control.ActivateRequestContext
    void onStart(@Observes @Priority(60) StartupEvent start) {
        if (!enabled || households.findByCode("03688", CODE).isPresent()) {
            return;
        }
        Actor seed = new Actor("demo-seed", Role.SOCIAL_WORKER, ScopeLevel.COMMUNE, "14", "03688");
        UUID village = villages.list("03688", seed).stream().filter(v -> v.name().equals("Bản Nà Cài")).map(VillageView::id)
                .findFirst().orElse(null);
        HouseholdView household = service.create(new NewHousehold("03688", village, "Bản Nà Cài, xã Mường Chiên", CODE,
                new NewHousehold.InitialPovertyStatus(PovertyStatus.NEAR_POOR, LocalDate.of(2022, 1, 1), "45/QĐ-UBND (dữ liệu mẫu)"),
                List.of(new NewPerson(null, null, RelationToHead.HEAD, null, HEAD, "1948-03-10", Sex.MALE, "03", null, null, null),
                        new NewPerson(null, null, RelationToHead.SPOUSE, null, "Quàng Thị Ón", "1952", Sex.FEMALE, "03", null, null,
                                null))),
                seed);
        people.recordFact(household.head().id(), new NewFact(FactKind.PENSION, "NONE", null, LocalDate.of(2008, 3, 10), null,
                "Xác nhận của UBND xã (dữ liệu mẫu)"), seed);
        LOG.infof("Created the demo household %s (%s, born 10/03/1948, near-poor, Bản Nà Cài)", CODE, HEAD);
    }
}
