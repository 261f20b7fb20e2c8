package vn.ansinh.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ansinh.policy.EvaluatorTest.chosen;
import static vn.ansinh.policy.EvaluatorTest.evaluate;
import static vn.ansinh.policy.EvaluatorTest.group;
import static vn.ansinh.policy.ProfileBuilder.aProfile;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.ansinh.household.PovertyStatus;
import vn.ansinh.person.FactKind;

/** Every seeded group at the dates that matter: the day before and the day of the birthday, and the law's own dates. */
class GroupBoundariesTest {

    private static boolean eligible(ProfileBuilder profile, String on, String groupCode) {
        return group(evaluate(profile, on), groupCode).eligible();
    }

    @Test
    void everySeededGroupIsCoveredByThisTest() {
        Set<String> seeded = SeedPolicy.snapshot().programmes().stream().flatMap(p -> p.groups().stream())
                .map(PolicySnapshot.Group::code).collect(Collectors.toSet());
        assertThat(seeded).containsExactlyInAnyOrder("ND20_5_1_UNDER_4", "ND20_5_1_4_TO_16", "ND20_5_2_STUDYING_16_22",
                "ND20_5_3_HIV_CHILD_UNDER_4", "ND20_5_3_HIV_CHILD_4_TO_16", "ND20_5_4_SINGLE_PARENT", "ND20_5_5_A_60_TO_80",
                "ND20_5_5_A_80_PLUS", "ND20_5_5_B", "ND20_5_5_C", "ND20_5_5_D_COMMUNITY_CARE", "ND20_5_6_ESPECIALLY_SEVERE_ADULT",
                "ND20_5_6_ESPECIALLY_SEVERE_CHILD", "ND20_5_6_ESPECIALLY_SEVERE_ELDERLY", "ND20_5_6_SEVERE_ADULT", "ND20_5_6_SEVERE_CHILD",
                "ND20_5_6_SEVERE_ELDERLY", "ND20_5_7_CHILD_UNDER_3", "ND20_5_8_HIV_ADULT", "ND176_75_PLUS", "ND176_70_74_POOR",
                "SL14_PREGNANT_POOR");
    }

    @Test
    void anOrphanMovesFromTheUnder4GroupToThe4To16GroupOnTheFourthBirthday() {
        ProfileBuilder child = aProfile().bornOn("2021-05-20").fact(FactKind.ORPHAN, "FULL_ORPHAN");
        EligibilityView before = evaluate(child, "2025-05-19");
        assertThat(chosen(before)).containsExactly("ND20_5_1_UNDER_4");
        assertThat(before.totalMonthlyVnd()).isEqualTo(1_250_000);
        EligibilityView on = evaluate(child, "2025-05-20");
        assertThat(chosen(on)).containsExactly("ND20_5_1_4_TO_16");
        assertThat(on.totalMonthlyVnd()).isEqualTo(750_000);
    }

    @Test
    void anOrphanLeavesTheChildGroupsAtSixteenUnlessStudyingUntilTwentyThree() {
        ProfileBuilder orphan = aProfile().bornOn("2008-09-01").fact(FactKind.ORPHAN, "NO_SUPPORT");
        assertThat(eligible(orphan, "2024-08-31", "ND20_5_1_4_TO_16")).isTrue();
        assertThat(chosen(evaluate(orphan, "2024-09-01"))).isEmpty();
        ProfileBuilder student = aProfile().bornOn("2002-09-01").fact(FactKind.ORPHAN, "NO_SUPPORT")
                .fact(FactKind.STUDYING, "UNIVERSITY");
        assertThat(eligible(student, "2018-09-01", "ND20_5_2_STUDYING_16_22")).isFalse(); // the law is not in force before 2021-07-01
        assertThat(eligible(student, "2021-09-01", "ND20_5_2_STUDYING_16_22")).isTrue();
        assertThat(eligible(student, "2025-08-31", "ND20_5_2_STUDYING_16_22")).isTrue();
        assertThat(eligible(student, "2025-09-01", "ND20_5_2_STUDYING_16_22")).isFalse();
    }

    @Test
    void aChildWithHivInAPoorHouseholdGets2Point5Then2Point0FromTheFourthBirthdayThenTheAdultGroupAtSixteen() {
        ProfileBuilder child = aProfile().bornOn("2020-02-10").fact(FactKind.HIV, "POSITIVE").poor();
        assertThat(chosen(evaluate(child, "2024-02-09"))).containsExactly("ND20_5_3_HIV_CHILD_UNDER_4");
        assertThat(chosen(evaluate(child, "2024-02-10"))).containsExactly("ND20_5_3_HIV_CHILD_4_TO_16");
        assertThat(evaluate(child, "2024-02-10").totalMonthlyVnd()).isEqualTo(720_000); // 2.0 × 360,000 before July 2024
        assertThat(chosen(evaluate(child, "2036-02-09"))).containsExactly("ND20_5_3_HIV_CHILD_4_TO_16");
        assertThat(chosen(evaluate(child, "2036-02-10"))).containsExactly("ND20_5_8_HIV_ADULT");
        ProfileBuilder nearPoor = aProfile().bornOn("1990-01-01").fact(FactKind.HIV, "POSITIVE").nearPoor();
        assertThat(eligible(nearPoor, "2025-01-01", "ND20_5_8_HIV_ADULT")).isFalse();
    }

    @Test
    void aPoorSingleParentIsPaidPerChildAndBesidesTheHighestOtherGroup() {
        ProfileBuilder mother = aProfile().bornOn("1990-04-04").nearPoor().fact(FactKind.SINGLE_PARENT, "2");
        EligibilityView alone = evaluate(mother, "2025-01-15");
        assertThat(chosen(alone)).containsExactly("ND20_5_4_SINGLE_PARENT");
        assertThat(alone.chosen().get(0).children()).isEqualTo(2);
        assertThat(alone.totalMonthlyVnd()).isEqualTo(1_000_000);
        // ND 20 Art. 6.2, the exception: a poor single parent who is also severely disabled receives both amounts
        ProfileBuilder disabled = aProfile().bornOn("1990-04-04").poor().fact(FactKind.SINGLE_PARENT, "1")
                .fact(FactKind.DISABILITY, "SEVERE");
        EligibilityView both = evaluate(disabled, "2025-01-15");
        assertThat(chosen(both)).containsExactly("ND20_5_6_SEVERE_ADULT", "ND20_5_4_SINGLE_PARENT");
        assertThat(both.totalMonthlyVnd()).isEqualTo(750_000 + 500_000);
        assertThat(both.chosen().get(1).reasonEn()).contains("Art. 6.2");
    }

    @Test
    void aPoorElderlyPersonWithNobodyToSupportThemGets1Point5From60And2Point0From80() {
        ProfileBuilder elder = aProfile().bornOn("1945-11-30").poor().fact(FactKind.NO_SUPPORTER, "NO_OBLIGED_PERSON")
                .fact(FactKind.PENSION, "PENSION");
        assertThat(chosen(evaluate(elder, "2025-11-29"))).containsExactly("ND20_5_5_A_60_TO_80");
        assertThat(evaluate(elder, "2025-11-29").totalMonthlyVnd()).isEqualTo(750_000);
        assertThat(chosen(evaluate(elder, "2025-11-30"))).containsExactly("ND20_5_5_A_80_PLUS");
        assertThat(evaluate(elder, "2025-11-30").totalMonthlyVnd()).isEqualTo(1_000_000);
        ProfileBuilder younger = aProfile().bornOn("1965-03-01").poor().fact(FactKind.NO_SUPPORTER, "OBLIGED_ON_ALLOWANCE");
        assertThat(eligible(younger, "2025-02-28", "ND20_5_5_A_60_TO_80")).isFalse();
        assertThat(eligible(younger, "2025-03-01", "ND20_5_5_A_60_TO_80")).isTrue();
    }

    @Test
    void theCommunityCareGroupPays3Point0AndWinsOverTheOtherElderlyGroup() {
        ProfileBuilder elder = aProfile().bornOn("1950-06-01").poor().fact(FactKind.NO_SUPPORTER, "NO_OBLIGED_PERSON")
                .fact(FactKind.COMMUNITY_CARE, "CARED_IN_COMMUNITY");
        EligibilityView view = evaluate(elder, "2025-01-01");
        assertThat(group(view, "ND20_5_5_A_60_TO_80").eligible()).isTrue();
        assertThat(chosen(view)).containsExactly("ND20_5_5_D_COMMUNITY_CARE");
        assertThat(view.totalMonthlyVnd()).isEqualTo(1_500_000);
        assertThat(view.chosen().get(0).reasonEn()).contains("highest of 2");
    }

    @Test
    void theNd20Group5_5_bStartsOnTheSeventyFifthBirthdayAndEndsOn30June2025() {
        ProfileBuilder man = aProfile().bornOn("1949-05-15").nearPoor().inEspeciallyDifficultArea();
        assertThat(eligible(man, "2024-05-14", "ND20_5_5_B")).isFalse();
        assertThat(eligible(man, "2024-05-15", "ND20_5_5_B")).isTrue();
        assertThat(group(evaluate(man, "2024-06-30"), "ND20_5_5_B").amountVnd()).isEqualTo(360_000);
        assertThat(group(evaluate(man, "2024-07-01"), "ND20_5_5_B").amountVnd()).isEqualTo(500_000);
        assertThat(eligible(man, "2025-06-30", "ND20_5_5_B")).isTrue();
        assertThat(eligible(man, "2025-07-01", "ND20_5_5_B")).isFalse();
        ProfileBuilder outside = aProfile().bornOn("1949-05-15").nearPoor();
        assertThat(group(evaluate(outside, "2024-05-15"), "ND20_5_5_B").criteria().get(2).passed()).isFalse();
        ProfileBuilder leftArea = aProfile().bornOn("1949-05-15").nearPoor().area("COMMUNE", "2021-06-04", "2024-12-31");
        assertThat(eligible(leftArea, "2024-12-31", "ND20_5_5_B")).isTrue();
        assertThat(eligible(leftArea, "2025-01-01", "ND20_5_5_B")).isFalse();
    }

    @Test
    void theNd20Group5_5_cStartsOnTheEightiethBirthdayAndGivesWayToTheSocialPensionOn1July2025() {
        ProfileBuilder woman = aProfile().bornOn("1944-06-30").fact(FactKind.PENSION, "NONE");
        assertThat(eligible(woman, "2024-06-29", "ND20_5_5_C")).isFalse();
        assertThat(chosen(evaluate(woman, "2024-06-30"))).containsExactly("ND20_5_5_C");
        assertThat(evaluate(woman, "2024-06-30").totalMonthlyVnd()).isEqualTo(360_000);
        assertThat(evaluate(woman, "2024-07-01").totalMonthlyVnd()).isEqualTo(500_000);
        assertThat(chosen(evaluate(woman, "2025-06-30"))).containsExactly("ND20_5_5_C");
        assertThat(chosen(evaluate(woman, "2025-07-01"))).containsExactly("ND176_75_PLUS");
        ProfileBuilder pensioner = aProfile().bornOn("1944-06-30").fact(FactKind.PENSION, "SOCIAL_INSURANCE_MONTHLY");
        assertThat(eligible(pensioner, "2024-06-30", "ND20_5_5_C")).isFalse();
        assertThat(eligible(pensioner, "2025-07-01", "ND176_75_PLUS")).isFalse();
        ProfileBuilder merit = aProfile().bornOn("1944-06-30").fact(FactKind.MONTHLY_ALLOWANCE, "MERIT");
        assertThat(eligible(merit, "2025-07-01", "ND176_75_PLUS")).isFalse();
    }

    @Test
    void disabilityPays2Point0Or1Point5ForAdultsAndMoreForChildrenAndTheElderly() {
        ProfileBuilder child = aProfile().bornOn("2010-08-08").fact(FactKind.DISABILITY, "ESPECIALLY_SEVERE", "2015-01-01", null);
        assertThat(chosen(evaluate(child, "2026-08-07"))).containsExactly("ND20_5_6_ESPECIALLY_SEVERE_CHILD");
        assertThat(evaluate(child, "2026-08-07").totalMonthlyVnd()).isEqualTo(1_250_000);
        assertThat(chosen(evaluate(child, "2026-08-08"))).containsExactly("ND20_5_6_ESPECIALLY_SEVERE_ADULT");
        assertThat(evaluate(child, "2026-08-08").totalMonthlyVnd()).isEqualTo(1_000_000);
        ProfileBuilder adult = aProfile().bornOn("1965-08-08").fact(FactKind.DISABILITY, "SEVERE", "2015-01-01", null);
        assertThat(chosen(evaluate(adult, "2025-08-07"))).containsExactly("ND20_5_6_SEVERE_ADULT");
        assertThat(chosen(evaluate(adult, "2025-08-08"))).containsExactly("ND20_5_6_SEVERE_ELDERLY");
        assertThat(evaluate(adult, "2025-08-08").totalMonthlyVnd()).isEqualTo(1_000_000);
        ProfileBuilder severeChild = aProfile().bornOn("2015-01-01").fact(FactKind.DISABILITY, "SEVERE", "2018-01-01", null);
        assertThat(chosen(evaluate(severeChild, "2025-01-01"))).containsExactly("ND20_5_6_SEVERE_CHILD");
        ProfileBuilder elderly = aProfile().bornOn("1950-01-01").fact(FactKind.DISABILITY, "ESPECIALLY_SEVERE", "2018-01-01", null);
        assertThat(chosen(evaluate(elderly, "2025-01-01"))).containsExactly("ND20_5_6_ESPECIALLY_SEVERE_ELDERLY");
        ProfileBuilder notYet = aProfile().bornOn("1980-01-01").fact(FactKind.DISABILITY, "SEVERE", "2025-03-15", null);
        assertThat(chosen(evaluate(notYet, "2025-03-14"))).isEmpty();
        assertThat(chosen(evaluate(notYet, "2025-03-15"))).containsExactly("ND20_5_6_SEVERE_ADULT");
    }

    @Test
    void aChildIsNoLongerUnder36MonthsOnTheDayItCompletesThem() {
        ProfileBuilder child = aProfile().bornOn("2022-08-31").poor().inEspeciallyDifficultArea();
        assertThat(chosen(evaluate(child, "2025-08-30"))).containsExactly("ND20_5_7_CHILD_UNDER_3");
        assertThat(evaluate(child, "2025-08-30").totalMonthlyVnd()).isEqualTo(750_000);
        EligibilityView turned = evaluate(child, "2025-08-31");
        assertThat(chosen(turned)).isEmpty();
        assertThat(group(turned, "ND20_5_7_CHILD_UNDER_3").criteria().get(0).reasonEn()).startsWith("36 months old");
        ProfileBuilder february = aProfile().bornOn("2022-02-28").nearPoor().inEspeciallyDifficultArea();
        assertThat(eligible(february, "2025-02-27", "ND20_5_7_CHILD_UNDER_3")).isTrue();
        assertThat(eligible(february, "2025-02-28", "ND20_5_7_CHILD_UNDER_3")).isFalse();
        ProfileBuilder notPoor = aProfile().bornOn("2024-01-01").poverty(PovertyStatus.NONE, "2020-01-01", null).inEspeciallyDifficultArea();
        assertThat(eligible(notPoor, "2025-01-01", "ND20_5_7_CHILD_UNDER_3")).isFalse();
    }

    @Test
    void theSocialPensionForThe70To74RequiresAPoorOrNearPoorHouseholdAndGivesWayAt75() {
        ProfileBuilder man = aProfile().bornOn("1955-07-10").nearPoor().fact(FactKind.PENSION, "NONE");
        assertThat(chosen(evaluate(man, "2025-07-09"))).isEmpty();
        assertThat(chosen(evaluate(man, "2025-07-10"))).containsExactly("ND176_70_74_POOR");
        assertThat(chosen(evaluate(man, "2030-07-09"))).containsExactly("ND176_70_74_POOR");
        assertThat(chosen(evaluate(man, "2030-07-10"))).containsExactly("ND176_75_PLUS");
        ProfileBuilder younger = aProfile().bornOn("1956-01-20").poor();
        assertThat(eligible(younger, "2026-01-19", "ND176_70_74_POOR")).isFalse();
        assertThat(eligible(younger, "2026-01-20", "ND176_70_74_POOR")).isTrue();
        assertThat(eligible(aProfile().bornOn("1955-07-10"), "2026-01-01", "ND176_70_74_POOR")).isFalse();
    }

    @Test
    void theSampleSonLaProgrammePaysPregnantWomenOfPoorHouseholdsInSonLaOnly() {
        ProfileBuilder woman = aProfile().bornOn("1998-02-02").poor().fact(FactKind.PREGNANCY, null, "2025-03-01", "2025-11-30");
        EligibilityView view = evaluate(woman, "2025-06-01");
        assertThat(chosen(view)).containsExactly("SL14_PREGNANT_POOR");
        assertThat(view.totalMonthlyVnd()).isEqualTo(250_000);
        assertThat(chosen(evaluate(woman, "2025-12-01"))).isEmpty();
        EligibilityView hanoi = evaluate(aProfile().livingIn("01", "00004").bornOn("1998-02-02").poor()
                .fact(FactKind.PREGNANCY, null, "2025-03-01", null), "2025-06-01");
        assertThat(hanoi.programmes()).extracting(EligibilityView.ProgrammeResult::code).doesNotContain("SL14_PROVINCIAL");
        assertThat(chosen(hanoi)).isEmpty();
    }

    @Test
    void theStandardLevelIs270000Then360000From1July2021Then500000From1July2024() {
        PolicySnapshot seed = SeedPolicy.snapshot();
        assertThat(seed.levelOn("ND20_STANDARD", "14", LocalDate.parse("2021-06-30")).chosen().amountVnd()).isEqualTo(270_000);
        assertThat(seed.levelOn("ND20_STANDARD", "14", LocalDate.parse("2021-07-01")).chosen().amountVnd()).isEqualTo(360_000);
        assertThat(seed.levelOn("ND20_STANDARD", "14", LocalDate.parse("2024-06-30")).chosen().amountVnd()).isEqualTo(360_000);
        assertThat(seed.levelOn("ND20_STANDARD", "14", LocalDate.parse("2024-07-01")).chosen().amountVnd()).isEqualTo(500_000);
        assertThat(seed.levelOn("ND176_PENSION", "14", LocalDate.parse("2025-06-30")).chosen()).isNull();
    }
}
