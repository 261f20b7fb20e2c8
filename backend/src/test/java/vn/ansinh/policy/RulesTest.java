package vn.ansinh.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ansinh.policy.EvaluatorTest.chosen;
import static vn.ansinh.policy.EvaluatorTest.evaluate;
import static vn.ansinh.policy.ProfileBuilder.aProfile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.ansinh.household.PovertyStatus;
import vn.ansinh.person.FactKind;

class RulesTest {

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void someoneBornOn29FebruaryIsOneYearOlderOn28FebruaryOfACommonYear() {
        assertThat(Ages.years(d("1948-02-29"), d("2023-02-27"))).isEqualTo(74);
        assertThat(Ages.years(d("1948-02-29"), d("2023-02-28"))).isEqualTo(75);
        assertThat(Ages.years(d("1948-02-29"), d("2024-02-28"))).isEqualTo(75);
        assertThat(Ages.years(d("1948-02-29"), d("2024-02-29"))).isEqualTo(76);
        assertThat(Ages.months(d("2022-01-31"), d("2022-02-27"))).isEqualTo(0);
        assertThat(Ages.months(d("2022-01-31"), d("2022-02-28"))).isEqualTo(1);
        assertThat(Ages.months(d("2022-08-31"), d("2025-08-30"))).isEqualTo(35);
        assertThat(Ages.months(d("2022-08-31"), d("2025-08-31"))).isEqualTo(36);
        assertThat(Ages.years(d("2025-01-02"), d("2025-01-01"))).isEqualTo(-1);
    }

    @Test
    void aBirthDateKnownOnlyToTheYearCountsFromItsFirstDay() {
        ProfileBuilder man = aProfile().bornIn(1950).nearPoor().fact(FactKind.PENSION, "NONE");
        assertThat(chosen(evaluate(man, "2024-12-31"))).isEmpty(); // 74 and near-poor, but before 1 July 2025
        EligibilityView view = evaluate(man, "2025-07-01");
        assertThat(chosen(view)).containsExactly("ND176_75_PLUS");
        assertThat(EvaluatorTest.group(view, "ND176_75_PLUS").criteria().get(0).reasonVi()).contains("ngày sinh không đầy đủ");
    }

    @Test
    void theFactsOfAPersonAreReadAsOfEachEvaluationDate() {
        ProfileBuilder woman = aProfile().bornOn("1952-04-10").fact(FactKind.PENSION, "NONE")
                .poverty(PovertyStatus.POOR, "2022-01-01", "2025-12-31").poverty(PovertyStatus.NONE, "2026-01-01", null)
                .fact(FactKind.DISABILITY, "SEVERE", "2026-06-01", null).fact(FactKind.DEATH, null, "2027-03-05", null);
        assertThat(chosen(evaluate(woman, "2025-06-30"))).isEmpty(); // 73, poor, but the social pension starts 1 July 2025
        assertThat(chosen(evaluate(woman, "2025-07-01"))).containsExactly("ND176_70_74_POOR");
        assertThat(chosen(evaluate(woman, "2026-01-01"))).isEmpty(); // the household left poverty
        assertThat(chosen(evaluate(woman, "2026-06-01"))).containsExactly("ND20_5_6_SEVERE_ELDERLY");
        EligibilityView dead = evaluate(woman, "2027-03-05");
        assertThat(chosen(dead)).isEmpty();
        assertThat(EvaluatorTest.group(dead, "ND20_5_6_SEVERE_ELDERLY").criteria().get(0).code()).isEqualTo("ALIVE");
    }

    @Test
    void theHighestAmountIsPaidAndTiesGoToTheHigherCoefficient() {
        // 80+, poor, no supporter, severely disabled: 5.5.a 80+ (2.0) and severe elderly (2.0) tie; 5.5.c (1.0) loses
        ProfileBuilder man = aProfile().bornOn("1940-01-01").poor().fact(FactKind.NO_SUPPORTER, "NO_OBLIGED_PERSON")
                .fact(FactKind.PENSION, "NONE").fact(FactKind.DISABILITY, "ESPECIALLY_SEVERE", "2020-01-01", null);
        EligibilityView view = evaluate(man, "2025-01-01");
        assertThat(view.chosen()).hasSize(1);
        assertThat(chosen(view)).containsExactly("ND20_5_6_ESPECIALLY_SEVERE_ELDERLY");
        assertThat(view.totalMonthlyVnd()).isEqualTo(1_250_000);
        assertThat(view.programmes().get(0).groups().stream().filter(EligibilityView.GroupResult::eligible).count()).isEqualTo(3);
    }

    @Test
    void aProvincialLevelAppliesOnlyInItsProvinceAndOnlyWhenHigher() {
        PolicySnapshot seed = SeedPolicy.snapshot();
        PolicySnapshot higher = seed.withDraft(new PolicySnapshot.Level(java.util.UUID.randomUUID(), "ND20_STANDARD", "14", 600_000,
                d("2026-01-01"), null, "NQ thử"), d("2026-01-01"));
        ProfileBuilder child = aProfile().bornOn("2025-01-01").poor().inEspeciallyDifficultArea();
        assertThat(Evaluator.evaluate(child.build(), d("2026-01-01"), higher).totalMonthlyVnd()).isEqualTo(900_000);
        assertThat(Evaluator.evaluate(child.build(), d("2025-12-31"), higher).totalMonthlyVnd()).isEqualTo(750_000);
        ProfileBuilder elsewhere = aProfile().livingIn("01", "00004").bornOn("2025-01-01").poor().inEspeciallyDifficultArea();
        assertThat(Evaluator.evaluate(elsewhere.build(), d("2026-01-01"), higher).totalMonthlyVnd()).isEqualTo(750_000);
        PolicySnapshot lower = seed.withDraft(new PolicySnapshot.Level(java.util.UUID.randomUUID(), "ND20_STANDARD", "14", 400_000,
                d("2026-01-01"), null, "NQ thử"), d("2026-01-01"));
        assertThat(Evaluator.evaluate(child.build(), d("2026-01-01"), lower).totalMonthlyVnd()).isEqualTo(750_000);
    }

    @Test
    void theEvaluatorIsDeterministic() {
        ProfileBuilder man = aProfile().bornOn("1948-03-10").nearPoor().inEspeciallyDifficultArea().fact(FactKind.PENSION, "NONE");
        assertThat(evaluate(man, "2025-07-01")).isEqualTo(evaluate(man, "2025-07-01"));
    }

    @Test
    void criteriaAreDataThatIsCheckedWhenRead() {
        Criterion age = Criteria.of(Map.of("kind", "AGE_YEARS", "min", 60, "maxExclusive", 80), "NĐ 20/2021");
        assertThat(age).isInstanceOf(AgeYearsRule.class);
        assertThat(Criteria.spec(age)).isEqualTo(Map.of("kind", "AGE_YEARS", "min", 60, "maxExclusive", 80, "legalBasis", "NĐ 20/2021"));
        assertThat(Criteria.of(Map.of("kind", "POVERTY_STATUS", "in", List.of("POOR")), "x")).isInstanceOf(PovertyStatusRule.class);
        assertThatThrownBy(() -> Criteria.of(Map.of("kind", "AGE_YEARS", "min", 80, "maxExclusive", 60), "x"))
                .hasMessageContaining("min < maxExclusive");
        assertThatThrownBy(() -> Criteria.of(Map.of("kind", "POVERTY_STATUS", "in", List.of("RICH")), "x"))
                .hasMessageContaining("RICH");
        assertThatThrownBy(() -> Criteria.of(Map.of("kind", "DISABILITY_LEVEL", "in", List.of("MILD")), "x"))
                .hasMessageContaining("MILD");
        assertThatThrownBy(() -> Criteria.of(Map.of("kind", "AGE_YEARS", "min", 1, "colour", "red"), "x"))
                .hasMessageContaining("colour");
        assertThatThrownBy(() -> Criteria.of(Map.of("kind", "NOPE"), "x")).hasMessageContaining("NOPE");
        assertThat(Money.monthly(360_000, new BigDecimal("1.5"), 1)).isEqualTo(540_000);
        assertThat(Money.monthly(333_333, new BigDecimal("1.5"), 1)).isEqualTo(500_000); // 499,999.5 rounds half up
    }
}
