package vn.ansinh.person;

import java.time.LocalDate;

import vn.ansinh.shared.FieldErrors;

/** What each kind of fact must carry (see {@link FactKind}); shared by new facts and corrections. */
final class FactRules {

    private FactRules() {
    }

    record Valid(String codeValue, LocalDate dateValue, LocalDate validFrom, LocalDate validTo, String document) {
    }

    static Valid validate(FactKind kind, String codeValue, LocalDate dateValue, LocalDate validFrom, LocalDate validTo,
            String document, LocalDate today, FieldErrors errors) {
        String code = codeValue == null || codeValue.isBlank() ? null : codeValue.strip().toUpperCase(java.util.Locale.ROOT);
        if (kind.codes().isEmpty()) {
            if (code != null) {
                errors.add("codeValue", "fact.code-not-allowed");
            }
        } else if (code == null) {
            errors.add("codeValue", "required");
        } else if (!kind.codes().contains(code)) {
            errors.add("codeValue", "unknown-value", String.join(", ", kind.codes().stream().sorted().toList()));
        }
        LocalDate from = validFrom;
        if (kind == FactKind.DEATH) {
            // The date of death is the fact's start: either member may carry it, both must agree.
            if (from == null) {
                from = dateValue;
            }
            if (dateValue == null) {
                dateValue = from;
            }
            if (dateValue != null && !dateValue.equals(from)) {
                errors.add("dateValue", "fact.death-date-mismatch");
            }
        }
        boolean dateNeeded = kind == FactKind.PREGNANCY || kind == FactKind.DEATH
                || kind == FactKind.DISABILITY && code != null && !code.equals("NONE");
        if (dateNeeded && dateValue == null) {
            errors.add("dateValue", "required");
        } else if (!kind.hasDate() && dateValue != null) {
            errors.add("dateValue", "fact.date-not-allowed");
        } else if (dateValue != null && kind != FactKind.PREGNANCY && dateValue.isAfter(today)) {
            errors.add("dateValue", "past-or-present");
        }
        if (from == null) {
            errors.add("validFrom", "required");
        } else if (from.isAfter(today)) {
            errors.add("validFrom", "past-or-present");
        } else if (from.getYear() < BirthDate.EARLIEST_YEAR) {
            errors.add("validFrom", "date.too-early", BirthDate.EARLIEST_YEAR);
        }
        if (from != null && validTo != null && validTo.isBefore(from)) {
            errors.add("validTo", "before-valid-from");
        }
        if (kind == FactKind.DEATH && validTo != null) {
            errors.add("validTo", "fact.date-not-allowed");
        }
        String doc = errors.text("document", document, 200, false);
        return new Valid(code, dateValue, from, validTo, doc);
    }
}
