package vn.ansinh.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import vn.ansinh.area.VillageService;
import vn.ansinh.area.VillageView;
import vn.ansinh.benefit.BenefitRequests;
import vn.ansinh.benefit.BenefitService;
import vn.ansinh.household.HouseholdService;
import vn.ansinh.household.HouseholdView;
import vn.ansinh.household.NewHousehold;
import vn.ansinh.household.PovertyStatus;
import vn.ansinh.identity.Actor;
import vn.ansinh.identity.Role;
import vn.ansinh.identity.ScopeLevel;
import vn.ansinh.person.NewPerson;
import vn.ansinh.person.RelationToHead;
import vn.ansinh.person.Sex;

/**
 * Demo data of the embedded profile: applications of commune 03688 in every state (draft to
 * decision) and the entitlements their approvals created, one of them suspended, so that the work
 * queues, the notice board, the approver's screen and the payroll have something to show. Made
 * through the services, as the social worker and the chairman would; dates are relative to today.
 */
@ApplicationScoped
class DemoCases {

    static final String COMMUNE = "03688";
    static final String MARKER = "Lò Văn Pọm";

    private static final Logger LOG = Logger.getLogger(DemoCases.class);

    @ConfigProperty(name = "ansinh.demo.enabled")
    boolean enabled;

    @Inject
    CaseRepository cases;

    @Inject
    CaseService service;

    @Inject
    HouseholdService households;

    @Inject
    VillageService villages;

    @Inject
    BenefitService benefits;

    @Inject
    Clock clock;

    private record Who(String name, String birth, Sex sex, String village, PovertyStatus poverty) {
    }

    @jakarta.enterprise.context.control.ActivateRequestContext
    void onStart(@Observes @Priority(70) StartupEvent start) {
        if (!enabled || cases.count("communeCode = ?1 and createdBy = ?2", COMMUNE, "demo-seed") > 0) {
            return;
        }
        try {
            seed();
        } catch (RuntimeException e) {
            LOG.error("Could not create the demo applications", e);
        }
    }

    private void seed() {
        Actor worker = new Actor("demo-seed", Role.SOCIAL_WORKER, ScopeLevel.COMMUNE, "14", COMMUNE);
        Actor approver = new Actor("approver", Role.APPROVER, ScopeLevel.COMMUNE, "14", COMMUNE);
        LocalDate today = LocalDate.now(clock);
        CaseRequests.Approval decision = new CaseRequests.Approval("%d/QĐ-UBND".formatted(100 + today.getDayOfYear()), today,
                "Lường Văn Hùng");

        UUID pom = person(new Who(MARKER, "1946-05-12", Sex.MALE, "Bản Nà Cài", PovertyStatus.POOR), worker);
        approve(proposed(pom, "ND176_75_PLUS", today, worker), decision, approver);

        UUID un = person(new Who("Cầm Thị Ún", "1950-02-01", Sex.FEMALE, "Bản Huổi Văn", PovertyStatus.NEAR_POOR), worker);
        UUID unCase = approve(proposed(un, "ND176_75_PLUS", today, worker), decision, approver);
        UUID unEntitlement = service.get(unCase, approver).entitlementId();
        benefits.suspend(unEntitlement, new BenefitRequests.Suspend(YearMonth.from(today), "REASSESSMENT_REFUSED"), null, approver);

        UUID khanh = person(new Who("Quàng Văn Khánh", today.minusMonths(20).toString(), Sex.MALE, "Bản Nà Cài", PovertyStatus.POOR),
                worker);
        approve(proposed(khanh, "ND20_5_7_CHILD_UNDER_3", today, worker), decision, approver);

        UUID hoa = person(new Who("Lường Thị Hoa", "1985-07-20", Sex.FEMALE, "Bản Co Hịa", PovertyStatus.POOR), worker);
        UUID hoaCase = service.create(new CaseRequests.NewCase(hoa, "ND20_5_6_SEVERE_ADULT"), worker).id();
        service.addDocument(hoaCase, new CaseRequests.NewDocument(DocumentType.DISABILITY_CERTIFICATE, "57/GXNKT", "UBND xã Mường Chiên",
                today.minusMonths(2)), worker);
        moveToProposed(hoaCase, today, worker);

        UUID sang = person(new Who("Vì Văn Sáng", "1949-09-09", Sex.MALE, "Bản Phiêng Bay", PovertyStatus.NONE), worker);
        UUID sangCase = submitted(sang, "ND176_75_PLUS", today.minusDays(3), worker);
        service.startReview(sangCase, null, worker);
        service.post(sangCase, new CaseRequests.Posting(today, null), null, worker);

        UUID mai = person(new Who("Hoàng Thị Mai", today.minusYears(72).minusMonths(3).toString(), Sex.FEMALE, "Bản Pá Xa",
                PovertyStatus.POOR), worker);
        UUID maiCase = submitted(mai, "ND176_70_74_POOR", today.minusDays(4), worker);
        service.startReview(maiCase, null, worker);
        service.post(maiCase, new CaseRequests.Posting(today.minusDays(1), null), null, worker);
        service.addObjection(maiCase, new CaseRequests.NewObjection(today, "Trưởng bản Pá Xa", "Hộ bà Mai đã thoát nghèo năm 2025?"), worker);

        UUID tien = person(new Who("Lò Văn Tiến", "1948-11-11", Sex.MALE, "Bản Nà Cài", PovertyStatus.NEAR_POOR), worker);
        service.startReview(submitted(tien, "ND176_75_PLUS", today.minusDays(2), worker), null, worker);

        UUID lan = person(new Who("Đinh Thị Lan", "1951-03-03", Sex.FEMALE, "Bản Huổi Văn", PovertyStatus.NONE), worker);
        submitted(lan, "ND176_75_PLUS", today.minusDays(1), worker);

        UUID doi = person(new Who("Cầm Văn Đôi", "1945-12-12", Sex.MALE, "Bản Co Hịa", PovertyStatus.NONE), worker);
        service.create(new CaseRequests.NewCase(doi, "ND176_75_PLUS"), worker);

        UUID bun = person(new Who("Lường Văn Bun", "1949-06-06", Sex.MALE, "Bản Pá Xa", PovertyStatus.NONE), worker);
        service.reject(proposed(bun, "ND176_75_PLUS", today, worker), new CaseRequests.Rejection("Đang hưởng lương hưu",
                "%d/QĐ-UBND".formatted(200 + today.getDayOfYear()), today, "Lường Văn Hùng"), null, approver);
        LOG.info("Created the demo applications of 03688: every state, 3 entitlements (1 suspended)");
    }

    private UUID person(Who who, Actor worker) {
        UUID village = villages.list(COMMUNE, worker).stream().filter(v -> v.name().equals(who.village())).map(VillageView::id)
                .findFirst().orElse(null);
        HouseholdView household = households.create(new NewHousehold(COMMUNE, village, who.village() + ", xã Mường Chiên", null,
                new NewHousehold.InitialPovertyStatus(who.poverty(), LocalDate.of(2025, 1, 1), "45/QĐ-UBND (dữ liệu mẫu)"),
                List.of(new NewPerson(null, null, RelationToHead.HEAD, null, who.name(), who.birth(), who.sex(), "03", null, null, null))),
                worker);
        return household.members().get(0).id();
    }

    private UUID submitted(UUID person, String group, LocalDate on, Actor worker) {
        UUID id = service.create(new CaseRequests.NewCase(person, group), worker).id();
        service.submit(id, new CaseRequests.Submission(SubmitterKind.RELATIVE, "Người nhà (dữ liệu mẫu)", "con", on), null, worker);
        return id;
    }

    private UUID proposed(UUID person, String group, LocalDate today, Actor worker) {
        UUID id = service.create(new CaseRequests.NewCase(person, group), worker).id();
        moveToProposed(id, today, worker);
        return id;
    }

    private void moveToProposed(UUID id, LocalDate today, Actor worker) {
        service.submit(id, new CaseRequests.Submission(SubmitterKind.PERSON, null, null, today.minusDays(12)), null, worker);
        service.startReview(id, null, worker);
        service.post(id, new CaseRequests.Posting(today.minusDays(6), today.minusDays(5)), null, worker);
        service.propose(id, null, worker);
    }

    private UUID approve(UUID id, CaseRequests.Approval decision, Actor approver) {
        service.approve(id, decision, null, approver);
        return id;
    }
}
