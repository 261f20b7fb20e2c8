package vn.ansinh.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.ansinh.calendar.WorkingCalendar;

/**
 * The legal deadlines of an application in working days (domain §5; figures are rows of
 * {@code case_step_deadline}, read for the day the application was received):
 * REVIEW — received → end of the public posting; PROPOSAL — end of posting → proposal;
 * DECISION — proposal → decision (before 1 Jul 2025 the district's appraisal is added);
 * each objection is answered within OBJECTION working days of its receipt.
 */
@ApplicationScoped
class CaseDeadlines {

    static final String REVIEW = "REVIEW";
    static final String POSTING = "POSTING";
    static final String OBJECTION = "OBJECTION";
    static final String PROPOSAL = "PROPOSAL";
    static final String APPRAISAL = "APPRAISAL";
    static final String DECISION = "DECISION";

    @Inject
    StepDeadlineRepository rows;

    @Inject
    WorkingCalendar calendar;

    private volatile List<StepDeadline> cached;

    private List<StepDeadline> all() {
        List<StepDeadline> current = cached;
        if (current == null) {
            current = List.copyOf(rows.findAllInOrder());
            cached = current;
        }
        return current;
    }

    Optional<StepDeadline> step(String step, LocalDate on) {
        return all().stream().filter(d -> d.step.equals(step) && d.inForceOn(on)).findFirst();
    }

    int days(String step, LocalDate on) {
        return step(step, on).map(d -> d.workingDays).orElse(0);
    }

    /** Default posting: the legal number of working days, the start day counted when it is a working day. */
    LocalDate postingEnd(LocalDate start) {
        int days = Math.max(1, days(POSTING, start));
        return calendar.isWorkingDay(start) ? calendar.addWorkingDays(start, days - 1) : calendar.addWorkingDays(start, days);
    }

    LocalDate objectionDue(LocalDate received) {
        return calendar.addWorkingDays(received, days(OBJECTION, received));
    }

    int legalWorkingDays(LocalDate submittedOn) {
        return days(REVIEW, submittedOn) + days(PROPOSAL, submittedOn) + days(APPRAISAL, submittedOn) + days(DECISION, submittedOn);
    }

    DeadlineView of(Case c, LocalDate today) {
        if (c.submittedOn == null) {
            return new DeadlineView(null, 0, null, null, false, false, List.of());
        }
        LocalDate received = c.submittedOn;
        boolean counting = c.status != CaseStatus.WITHDRAWN;
        List<DeadlineView.Step> steps = new ArrayList<>();
        boolean provisional = false;
        LocalDate closedOn = c.status.isClosed() ? c.decidedOn : null;
        LocalDate reviewDue = calendar.addWorkingDays(received, days(REVIEW, received));
        steps.add(step(REVIEW, received, received, reviewDue, c.postingEnd != null ? c.postingEnd : closedOn, today, counting));
        LocalDate proposalDue = null;
        if (c.postingEnd != null) {
            proposalDue = calendar.addWorkingDays(c.postingEnd, days(PROPOSAL, received));
            steps.add(step(PROPOSAL, received, c.postingEnd, proposalDue, c.proposedOn != null ? c.proposedOn : closedOn, today, counting));
        }
        LocalDate decisionDue = null;
        if (c.proposedOn != null) {
            decisionDue = calendar.addWorkingDays(c.proposedOn, days(APPRAISAL, received) + days(DECISION, received));
            steps.add(step(DECISION, received, c.proposedOn, decisionDue, closedOn, today, counting));
        }
        int legal = legalWorkingDays(received);
        LocalDate legalDue = calendar.addWorkingDays(received, legal);
        for (LocalDate due : new LocalDate[] { reviewDue, proposalDue, decisionDue, legalDue }) {
            provisional |= due != null && calendar.isProvisional(due);
        }
        LocalDate end = c.decidedOn != null ? c.decidedOn : today;
        Integer used = calendar.workingDaysBetween(received, end.isBefore(received) ? received : end);
        LocalDate next = counting && !c.status.isClosed()
                ? steps.stream().filter(s -> s.doneOn() == null).map(DeadlineView.Step::dueOn).findFirst().orElse(null)
                : null;
        boolean overdue = steps.stream().anyMatch(DeadlineView.Step::overdue)
                || counting && (c.decidedOn == null ? today.isAfter(legalDue) : c.decidedOn.isAfter(legalDue));
        return new DeadlineView(legalDue, legal, used, next, overdue, provisional, steps);
    }

    private DeadlineView.Step step(String name, LocalDate received, LocalDate started, LocalDate due, LocalDate done, LocalDate today,
            boolean counting) {
        Optional<StepDeadline> row = step(name, received);
        if (DECISION.equals(name)) {
            int appraisal = days(APPRAISAL, received);
            int decision = days(DECISION, received);
            boolean overdue = counting && (done == null ? today.isAfter(due) : done.isAfter(due));
            return new DeadlineView.Step(name, appraisal + decision, row.map(r -> r.legalBasis).orElse(""),
                    row.map(r -> r.verified).orElse(false), started, due, done, overdue);
        }
        boolean overdue = counting && (done == null ? today.isAfter(due) : done.isAfter(due));
        return new DeadlineView.Step(name, row.map(r -> r.workingDays).orElse(0), row.map(r -> r.legalBasis).orElse(""),
                row.map(r -> r.verified).orElse(false), started, due, done, overdue);
    }

    int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from, to);
    }
}
