package vn.ansinh.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ansinh.policy.ProfileBuilder.aProfile;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ansinh.person.FactKind;

class EvaluatorTest {

    private static final PolicySnapshot SEED = SeedPolicy.snapshot();

    static EligibilityView evaluate(ProfileBuilder profile, String on) {
        return Evaluator.evaluate(profile.build(), LocalDate.parse(on), SEED);
    }

    static EligibilityView.GroupResult group(EligibilityView view, String code) {
        return view.programmes().stream().flatMap(p -> p.groups().stream()).filter(g -> g.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + code));
    }

    static List<String> chosen(EligibilityView view) {
        return view.chosen().stream().map(EligibilityView.Chosen::groupCode).toList();
    }

    @Test
    void theNearPoorElderlyManOfAnEspeciallyDifficultVillageMovesToTheSocialPensionOn1July2025() {
        ProfileBuilder man = aProfile().bornOn("1948-03-10").nearPoor().inEspeciallyDifficultArea().fact(FactKind.PENSION, "NONE");
        EligibilityView june = evaluate(man, "2025-06-30");
        assertThat(chosen(june)).containsExactly("ND20_5_5_B");
        assertThat(june.totalMonthlyVnd()).isEqualTo(500_000);
        assertThat(group(june, "ND176_75_PLUS").eligible()).isFalse();
        assertThat(group(june, "ND176_75_PLUS").criteria().get(0).code()).isEqualTo("IN_FORCE");

        EligibilityView july = evaluate(man, "2025-07-01");
        assertThat(group(july, "ND20_5_5_B").eligible()).isFalse();
        assertThat(chosen(july)).containsExactly("ND176_75_PLUS");
        assertThat(july.chosen().get(0).amountVnd()).isEqualTo(500_000);
        assertThat(july.chosen().get(0).startRule()).isEqualTo(StartRule.BIRTHDAY_MONTH);
    }
}
