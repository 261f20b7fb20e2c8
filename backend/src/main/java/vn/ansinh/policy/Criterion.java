package vn.ansinh.policy;

import java.time.LocalDate;

/**
 * A small named rule of a group's criteria (docs/adr/0012): given a profile and a date it answers
 * passed or not, why in Vietnamese and English, and the article it comes from. Rules are immutable
 * and hold no state beyond their parameters, so one instance serves every evaluation.
 */
abstract class Criterion {

    final CriterionKind kind;
    final String legalBasis;

    Criterion(CriterionKind kind, String legalBasis) {
        this.kind = kind;
        this.legalBasis = legalBasis;
    }

    abstract CriterionResult test(Profile profile, LocalDate on);

    /** The parameters as stored (without kind and legalBasis), for the catalogue. */
    abstract java.util.Map<String, Object> parameters();

    final CriterionResult result(boolean passed, String reasonVi, String reasonEn) {
        return new CriterionResult(kind.name(), passed, reasonVi, reasonEn, legalBasis);
    }

    /** dd/MM/yyyy, the Vietnamese form (built by hand: evaluation is hot, see bench/eligibility.sh). */
    static String vi(LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return (day < 10 ? "0" : "") + day + (month < 10 ? "/0" : "/") + month + "/" + date.getYear();
    }
}
