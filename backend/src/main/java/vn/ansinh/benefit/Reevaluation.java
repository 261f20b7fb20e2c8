package vn.ansinh.benefit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.ansinh.person.EligibilityFacts;
import vn.ansinh.person.FactKind;
import vn.ansinh.person.PersonService;
import vn.ansinh.policy.EligibilityView;
import vn.ansinh.policy.GroupTerms;
import vn.ansinh.policy.PolicyService;
import vn.ansinh.shared.ProblemException;

/**
 * Re-evaluates one active entitlement for a month (called inside a transaction per entitlement):
 * death → a termination proposal; a child reaching 36 months → terminated; an orphan turning 4 and
 * the July 2025 groups → moved to their new group (old ends, new starts the month after); a new
 * standard level or coefficient → a new version from the month; eligibility lost (household left
 * poverty, other facts) → a termination proposal for the approver.
 */
@ApplicationScoped
class Reevaluation {

    record Outcome(int applied, int proposed) {
        static final Outcome NOTHING = new Outcome(0, 0);
    }

    @Inject
    BenefitService benefits;

    @Inject
    EntitlementRepository entitlements;

    @Inject
    EntitlementVersionRepository versions;

    @Inject
    EntitlementProposalRepository proposals;

    @Inject
    PersonService people;

    @Inject
    PolicyService policy;

    @Inject
    Clock clock;

    Outcome reevaluate(UUID entitlementId, YearMonth month, String actor) {
        Entitlement e = entitlements.findById(entitlementId);
        if (e == null || e.status != EntitlementStatus.ACTIVE || !e.covers(month)) {
            return Outcome.NOTHING;
        }
        EligibilityFacts facts = people.eligibilityFacts(e.personId, true).orElse(null);
        if (facts == null) {
            return Outcome.NOTHING;
        }
        Optional<LocalDate> death = facts.facts().stream().filter(f -> f.kind() == FactKind.DEATH && !f.from().isAfter(month.atEndOfMonth()))
                .map(EligibilityFacts.Period::from).findFirst();
        if (death.isPresent()) {
            return propose(e, EntitlementProposal.Kind.TERMINATION, "DEATH", "Ngày mất " + death.get(), death.get(), actor);
        }
        LocalDate birth = facts.birthDate().date();
        if (AutomaticChanges.ENDS_AT_36_MONTHS.contains(e.groupCode)) {
            YearMonth reached = YearMonth.from(birth.plusMonths(36));
            if (!reached.isAfter(month)) {
                benefits.terminate(e, reached, TerminationReason.LOSS_OF_ELIGIBILITY, actor, BenefitService.SYSTEM_ROLE);
                return new Outcome(1, 0);
            }
        }
        String atFour = AutomaticChanges.AT_FOUR.get(e.groupCode);
        if (atFour != null) {
            YearMonth fourth = YearMonth.from(birth.plusYears(4));
            if (fourth.isBefore(month)) {
                return regroup(e, fourth, atFour, actor);
            }
        }
        String pension = AutomaticChanges.JULY_2025.get(e.groupCode);
        if (pension != null && !month.isBefore(AutomaticChanges.SOCIAL_PENSION_START)) {
            return regroup(e, AutomaticChanges.SOCIAL_PENSION_START.minusMonths(1), pension, actor);
        }
        Outcome amount = newAmount(e, month, actor);
        Outcome eligibility = eligibility(e, month, actor);
        return new Outcome(amount.applied() + eligibility.applied(), amount.proposed() + eligibility.proposed());
    }

    /** A new standard level or coefficient in force for the month becomes a new version from that month. */
    private Outcome newAmount(Entitlement e, YearMonth month, String actor) {
        Optional<GroupTerms> terms = policy.termsFor(e.groupCode, e.provinceCode, month.atDay(1));
        if (terms.isEmpty()) {
            return propose(e, EntitlementProposal.Kind.CHANGE, "GROUP_ENDED", "Nhóm " + e.groupCode + " không còn hiệu lực tháng " + month,
                    month.atDay(1), actor);
        }
        GroupTerms t = terms.get();
        Amount amount = new Amount(t.coefficient(), t.standardLevelVnd(), t.amountVnd(), t.levelVersionId(), t.groupVersionId());
        List<EntitlementVersion> history = versions.findOf(e.id);
        EntitlementVersion inForce = BenefitService.amountIn(history, month).orElse(null);
        String reason = inForce != null && inForce.standardLevelVnd != t.standardLevelVnd() ? "STANDARD_LEVEL" : "COEFFICIENT";
        try {
            if (benefits.addVersion(e, month, amount, reason, actor, BenefitService.SYSTEM_ROLE)) {
                policy.recordUse(t.levelVersionId(), t.groupVersionId());
                return new Outcome(1, 0);
            }
        } catch (ProblemException decidedByHand) {
            // a version of this month was set by the approver: it stands
        }
        return Outcome.NOTHING;
    }

    private Outcome eligibility(Entitlement e, YearMonth month, String actor) {
        EligibilityView view = policy.evaluatePerson(e.personId, month.atDay(1));
        Optional<EligibilityView.GroupResult> group = view.programmes().stream().flatMap(p -> p.groups().stream())
                .filter(g -> g.code().equals(e.groupCode)).findFirst();
        if (group.isEmpty() || group.get().eligible()) {
            return Outcome.NOTHING;
        }
        List<vn.ansinh.policy.CriterionResult> failed = group.get().criteria().stream().filter(c -> !c.passed()).toList();
        String reason = failed.stream().anyMatch(c -> c.code().equals("POVERTY_STATUS")) ? "LEFT_POVERTY" : "FACTS_CHANGED";
        String detail = failed.stream().map(vn.ansinh.policy.CriterionResult::reasonVi).collect(Collectors.joining("; "));
        return propose(e, EntitlementProposal.Kind.TERMINATION, reason, detail, month.atDay(1), actor);
    }

    private Outcome propose(Entitlement e, EntitlementProposal.Kind kind, String reason, String detail, LocalDate on, String actor) {
        if (proposals.hasOpen(e.id, reason)) {
            return Outcome.NOTHING;
        }
        benefits.propose(e, kind, reason, detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500), on, actor,
                BenefitService.SYSTEM_ROLE);
        return new Outcome(0, 1);
    }

    /** The law moves the person to another group: the old entitlement ends with {@code lastMonth}, the new one starts the month after. */
    private Outcome regroup(Entitlement e, YearMonth lastMonth, String newGroup, String actor) {
        YearMonth start = lastMonth.plusMonths(1);
        Optional<GroupTerms> terms = policy.termsFor(newGroup, e.provinceCode, start.atDay(1));
        if (terms.isEmpty()) {
            return propose(e, EntitlementProposal.Kind.CHANGE, "GROUP_ENDED", "Nhóm mới " + newGroup + " không có hiệu lực", start.atDay(1),
                    actor);
        }
        if (!entitlements.findOpenOfPersonInGroup(e.personId, newGroup).isEmpty()) {
            benefits.terminate(e, lastMonth, TerminationReason.GROUP_CHANGED, actor, BenefitService.SYSTEM_ROLE);
            return new Outcome(1, 0);
        }
        GroupTerms t = terms.get();
        benefits.terminate(e, lastMonth, TerminationReason.GROUP_CHANGED, actor, BenefitService.SYSTEM_ROLE);
        benefits.create(new DecisionGrant(e.personId, e.caseId, e.provinceCode, e.communeCode, t.programmeCode(), t.groupCode(), start,
                e.decisionNumber, e.decisionDate, e.signer, new Amount(t.coefficient(), t.standardLevelVnd(), t.amountVnd(),
                        t.levelVersionId(), t.groupVersionId())), actor, BenefitService.SYSTEM_ROLE);
        policy.recordUse(t.levelVersionId(), t.groupVersionId());
        return new Outcome(1, 0);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
