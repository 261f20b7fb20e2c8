package vn.ansinh.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.ansinh.area.AreaService;
import vn.ansinh.area.CommuneRef;
import vn.ansinh.benefit.BenefitService;
import vn.ansinh.benefit.ProposalView;
import vn.ansinh.identity.Actor;
import vn.ansinh.identity.Role;
import vn.ansinh.person.PersonService;
import vn.ansinh.person.PersonSummary;
import vn.ansinh.policy.GroupTerms;
import vn.ansinh.policy.PolicyService;
import vn.ansinh.shared.PageView;
import vn.ansinh.shared.ProblemException;

/** Lists of applications: search, work queues, the processing-time indicator, the public posting list. */
@ApplicationScoped
public class CaseQueries {

    private static final Set<CaseStatus> OPEN = EnumSet.of(CaseStatus.DRAFT, CaseStatus.SUBMITTED, CaseStatus.UNDER_REVIEW,
            CaseStatus.POSTED, CaseStatus.PROPOSED);

    @Inject
    CaseRepository cases;

    @Inject
    CaseObjectionRepository objections;

    @Inject
    CaseDeadlines deadlines;

    @Inject
    PersonService people;

    @Inject
    PolicyService policy;

    @Inject
    BenefitService benefits;

    @Inject
    AreaService areas;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<CaseSummary> list(String communeCode, UUID personId, CaseStatus status, int page, int size, Actor actor) {
        Scope scope = scope(communeCode, actor);
        CaseRepository.Filter filter = new CaseRepository.Filter(scope.province, scope.commune, personId,
                status == null ? null : List.of(status));
        List<Case> found = cases.findPage(filter, page, size);
        long total = page == 0 && found.size() < size ? found.size() : cases.countMatching(filter);
        Map<UUID, String> names = people.namesOf(found.stream().map(c -> c.personId).distinct().toList());
        LocalDate today = LocalDate.now(clock);
        return PageView.of(found.stream().map(c -> {
            DeadlineView due = deadlines.of(c, today);
            return new CaseSummary(c.id, c.personId, names.get(c.personId), c.communeCode, c.groupCode, c.status, c.submittedOn,
                    due.nextDueOn(), due.overdue(), c.updatedAt);
        }).toList(), page, size, total);
    }

    /**
     * What the caller has to do, soonest due first: the social worker's open steps and unanswered
     * objections; the approver's proposed applications and entitlement proposals; for a province
     * officer, every open application of the province that is late.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkQueueItem> workQueue(Actor actor) {
        Scope scope = scope(null, actor);
        LocalDate today = LocalDate.now(clock);
        Set<CaseStatus> statuses = actor.hasRole(Role.APPROVER) ? EnumSet.of(CaseStatus.PROPOSED)
                : actor.hasRole(Role.SOCIAL_WORKER, Role.ADMIN) ? EnumSet.of(CaseStatus.DRAFT, CaseStatus.SUBMITTED,
                        CaseStatus.UNDER_REVIEW, CaseStatus.POSTED)
                : OPEN;
        List<Case> open = cases.findAllMatching(new CaseRepository.Filter(scope.province, scope.commune, null, statuses));
        Map<UUID, String> names = people.namesOf(open.stream().map(c -> c.personId).distinct().toList());
        List<WorkQueueItem> items = new ArrayList<>();
        Map<UUID, List<CaseObjection>> objectionsByCase = objections.findOfCases(open.stream().map(c -> c.id).toList()).stream()
                .filter(CaseObjection::isOpen).collect(Collectors.groupingBy(o -> o.caseId));
        boolean officer = actor.hasRole(Role.PROVINCE_OFFICER, Role.AUDITOR);
        for (Case c : open) {
            DeadlineView due = deadlines.of(c, today);
            if (officer && !due.overdue()) {
                continue;
            }
            items.add(item(actionFor(c), c, null, names.get(c.personId), due.nextDueOn(), due.overdue(), today));
            if (!actor.hasRole(Role.APPROVER)) {
                for (CaseObjection o : objectionsByCase.getOrDefault(c.id, List.of())) {
                    LocalDate objectionDue = deadlines.objectionDue(o.receivedOn);
                    items.add(item("ANSWER_OBJECTION", c, o.id, names.get(c.personId), objectionDue, today.isAfter(objectionDue), today));
                }
            }
        }
        if (actor.hasRole(Role.APPROVER)) {
            for (ProposalView p : benefits.openProposals(actor)) {
                items.add(new WorkQueueItem("ANSWER_PROPOSAL", null, p.id(), p.entitlementId(), null, p.personName(), p.communeCode(),
                        p.groupCode(), null, null, null, false));
            }
        }
        items.sort(Comparator.comparing(WorkQueueItem::dueOn, Comparator.nullsLast(Comparator.naturalOrder())));
        return items;
    }

    private WorkQueueItem item(String action, Case c, UUID objectionId, String name, LocalDate due, boolean overdue, LocalDate today) {
        Integer left = due == null ? null : deadlines.workingDaysBetween(today, due);
        return new WorkQueueItem(action, c.id, null, null, objectionId, name, c.communeCode, c.groupCode, c.status, due, left, overdue);
    }

    private static String actionFor(Case c) {
        return switch (c.status) {
            case DRAFT -> "SUBMIT";
            case SUBMITTED -> "REVIEW";
            case UNDER_REVIEW -> "POST";
            case POSTED -> "PROPOSE";
            case PROPOSED -> "DECIDE";
            default -> "NONE";
        };
    }

    /**
     * Processing time versus the legal deadline per commune: applications decided (approved or
     * rejected) between {@code from} and {@code to}, in working days from receipt to decision.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProcessingTimeView processingTime(String communeCode, LocalDate from, LocalDate to, Actor actor) {
        if (!actor.hasRole(Role.SOCIAL_WORKER, Role.APPROVER, Role.PROVINCE_OFFICER, Role.AUDITOR, Role.ADMIN)) {
            throw new ProblemException(403, "auth.forbidden");
        }
        Scope scope = scope(communeCode, actor);
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusYears(1) : from;
        List<Case> all = cases.findAllMatching(new CaseRepository.Filter(scope.province, scope.commune, null, null));
        Map<String, List<Case>> byCommune = all.stream().collect(Collectors.groupingBy(c -> c.communeCode, LinkedHashMap::new,
                Collectors.toList()));
        List<ProcessingTimeView.Commune> communes = new ArrayList<>();
        for (Map.Entry<String, List<Case>> commune : byCommune.entrySet()) {
            int decided = 0;
            long used = 0;
            long legal = 0;
            int within = 0;
            int openOverdue = 0;
            for (Case c : commune.getValue()) {
                if ((c.status == CaseStatus.APPROVED || c.status == CaseStatus.REJECTED) && c.submittedOn != null && c.decidedOn != null
                        && !c.decidedOn.isBefore(start) && !c.decidedOn.isAfter(end)) {
                    int days = deadlines.workingDaysBetween(c.submittedOn, c.decidedOn);
                    int limit = deadlines.legalWorkingDays(c.submittedOn);
                    decided++;
                    used += days;
                    legal += limit;
                    if (days <= limit) {
                        within++;
                    }
                } else if (OPEN.contains(c.status) && deadlines.of(c, today).overdue()) {
                    openOverdue++;
                }
            }
            double mean = decided == 0 ? 0 : (double) used / decided;
            double meanLegal = decided == 0 ? 0 : (double) legal / decided;
            double ratio = meanLegal == 0 ? 0 : mean / meanLegal;
            String name = areas.findCommune(commune.getKey(), today).map(CommuneRef::name).orElse(null);
            communes.add(new ProcessingTimeView.Commune(commune.getKey(), name, decided, round(mean), round(meanLegal), round(ratio),
                    decided == 0 ? 0 : round(100.0 * within / decided), decided > 0 && ratio <= 0.9, openOverdue));
        }
        return new ProcessingTimeView(start, end, communes);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /**
     * The notice-board list of a commune (ND 20 Art. 8.2): applications now posted, with name,
     * birth year, village and requested group only. Groups whose name would reveal HIV status are
     * posted under the programme's name.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PostingListView postingList(String communeCode, Actor actor) {
        if (communeCode == null || communeCode.isBlank()) {
            if (!actor.isCommuneScoped()) {
                throw ProblemException.invalidField("communeCode", "required");
            }
            communeCode = actor.communeCode();
        }
        Scope scope = scope(communeCode, actor);
        LocalDate today = LocalDate.now(clock);
        List<Case> posted = cases.findAllMatching(new CaseRepository.Filter(scope.province, scope.commune, null,
                List.of(CaseStatus.POSTED)));
        Map<UUID, PersonSummary> persons = people.summariesOf(posted.stream().map(c -> c.personId).distinct().toList());
        List<PostingListView.Item> items = posted.stream().map(c -> {
            PersonSummary p = persons.get(c.personId);
            return new PostingListView.Item(p.fullName(), Integer.parseInt(p.birthDate().substring(0, 4)), p.villageName(),
                    publicGroupName(c, today), c.postingStart, c.postingEnd);
        }).sorted(Comparator.comparing((PostingListView.Item i) -> i.village() == null ? "" : i.village())
                .thenComparing(PostingListView.Item::fullName)).toList();
        String name = areas.findCommune(scope.commune, today).map(CommuneRef::name).orElse(scope.commune);
        return new PostingListView(scope.commune, name, today, items);
    }

    private String publicGroupName(Case c, LocalDate today) {
        boolean revealsHiv = c.groupCode.contains("HIV");
        if (revealsHiv) {
            // ND 20/2021 Art. 8: HIV status is never posted.
            return "Trợ cấp xã hội hàng tháng (Nghị định 20/2021/NĐ-CP)";
        }
        return policy.termsFor(c.groupCode, c.provinceCode, today).map(GroupTerms::nameVi).orElse(c.groupCode);
    }

    private record Scope(String province, String commune) {
    }

    private Scope scope(String communeCode, Actor actor) {
        String province = actor.isCountryScoped() ? null : actor.provinceCode();
        String commune = actor.isCommuneScoped() ? actor.communeCode() : null;
        if (communeCode != null && !communeCode.isBlank()) {
            LocalDate today = LocalDate.now(clock);
            CommuneRef asked = areas.findCommune(communeCode.strip(), today).filter(c -> actor.canSee(c.provinceCode(), c.code()))
                    .orElseThrow(() -> ProblemException.notFound("area.not-found", communeCode, today.toString()));
            return new Scope(asked.provinceCode(), asked.code());
        }
        return new Scope(province, commune);
    }
}
