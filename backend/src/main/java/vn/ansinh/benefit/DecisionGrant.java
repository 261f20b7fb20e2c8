package vn.ansinh.benefit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * What a signed decision grants, as casefile (or a migration) hands it to
 * {@link BenefitService#createFromDecision}: whose, where, which group, from which month, for how much.
 */
public record DecisionGrant(UUID personId, UUID caseId, String provinceCode, String communeCode, String programmeCode,
        String groupCode, YearMonth startMonth, String decisionNumber, LocalDate decisionDate, String signer, Amount amount) {
}
