package vn.ansinh.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.ansinh.person.FactKind;

/**
 * The evaluator (docs/adr/0013): pure and deterministic. Given a profile, a date and a policy
 * snapshot it answers every programme that applies where the person lives (national ones and their
 * province's own), every group with each criterion's answer, and what is paid: the highest of the
 * eligible groups (ND 20/2021 Art. 6.2: only the highest coefficient) plus the groups paid in
 * addition (the poor single parent of Art. 6.2, provincial top-ups). No database, no clock.
 */
final class Evaluator {

    private Evaluator() {
    }

    static EligibilityView evaluate(Profile profile, LocalDate on, PolicySnapshot policy) {
        List<EligibilityView.ProgrammeResult> programmes = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Profile.Fact death = profile.factOn(FactKind.DEATH, on);
        for (PolicySnapshot.Programme programme : policy.programmes()) {
            if (programme.provinceCode() != null && !programme.provinceCode().equals(profile.provinceCode())) {
                continue; // a province's own programme applies only in that province
            }
            PolicySnapshot.LevelChoice level = policy.levelOn(programme.levelCode(), profile.provinceCode(), on);
            List<EligibilityView.GroupResult> groups = new ArrayList<>(programme.groups().size());
            for (PolicySnapshot.Group group : programme.groups()) {
                EligibilityView.GroupResult result = evaluate(profile, on, group, level, death);
                groups.add(result);
                if (result.eligible()) {
                    candidates.add(new Candidate(programme, group, result, children(group, profile, on)));
                }
            }
            programmes.add(new EligibilityView.ProgrammeResult(programme.code(), programme.nameVi(), programme.nameEn(),
                    programme.legalBasis(), programme.provinceCode(), programme.sample(), groups));
        }
        List<EligibilityView.Chosen> chosen = choose(candidates);
        long total = 0;
        for (EligibilityView.Chosen c : chosen) {
            total += c.amountVnd();
        }
        return new EligibilityView(on, profile.personId(), profile.sensitiveWithheld(), programmes, chosen, total);
    }

    private static EligibilityView.GroupResult evaluate(Profile profile, LocalDate on, PolicySnapshot.Group group,
            PolicySnapshot.LevelChoice level, Profile.Fact death) {
        PolicySnapshot.GroupVersion version = group.versionOn(on);
        List<CriterionResult> criteria = new ArrayList<>();
        if (version == null) {
            criteria.add(new CriterionResult("IN_FORCE", false, "Nhóm không có hiệu lực vào ngày " + Criterion.vi(on),
                    "The group is not in force on " + on, group.legalBasis()));
            return new EligibilityView.GroupResult(group.code(), group.nameVi(), group.nameEn(), group.legalBasis(), false, null, null,
                    null, null, null, criteria);
        }
        boolean eligible = true;
        if (death != null) {
            criteria.add(new CriterionResult("ALIVE", false, "Đã mất ngày " + Criterion.vi(death.from()),
                    "Died on " + death.from(), "NĐ 20/2021 Điều 9"));
            eligible = false;
        }
        for (Criterion criterion : version.criteria()) {
            CriterionResult result = criterion.test(profile, on);
            criteria.add(result);
            eligible &= result.passed();
        }
        PolicySnapshot.Level chosenLevel = level.chosen();
        if (chosenLevel == null) {
            criteria.add(new CriterionResult("STANDARD_LEVEL", false, "Chưa có mức chuẩn vào ngày " + Criterion.vi(on),
                    "No standard level in force on " + on, group.legalBasis()));
            eligible = false;
        }
        Long standard = chosenLevel == null ? null : chosenLevel.amountVnd();
        Long amount = standard == null ? null : Money.monthly(standard, version.coefficient(), children(group, profile, on));
        return new EligibilityView.GroupResult(group.code(), group.nameVi(), group.nameEn(), version.legalBasis(), eligible,
                version.coefficient(), standard, amount, version.id(), chosenLevel == null ? null : chosenLevel.id(), criteria);
    }

    /** Children counted for a per-child group (ND 20 Art. 5.4: 1.0 per child raised), 1 otherwise. */
    private static int children(PolicySnapshot.Group group, Profile profile, LocalDate on) {
        if (!group.perChild()) {
            return 1;
        }
        Profile.Fact single = profile.factOn(FactKind.SINGLE_PARENT, on);
        if (single == null || single.code() == null) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(single.code()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    private record Candidate(PolicySnapshot.Programme programme, PolicySnapshot.Group group, EligibilityView.GroupResult result,
            int children) {
    }

    /**
     * ND 20/2021 Art. 6.2: of the groups paid "highest only", the one with the highest amount (the
     * highest coefficient at one level; ties: the higher coefficient, then the catalogue's order);
     * groups paid "in addition" are all paid besides it.
     */
    private static List<EligibilityView.Chosen> choose(List<Candidate> candidates) {
        Candidate best = null;
        for (Candidate c : candidates) {
            if (c.group().combination() != Combination.HIGHEST_ONLY) {
                continue;
            }
            if (best == null || c.result().amountVnd() > best.result().amountVnd()
                    || c.result().amountVnd().equals(best.result().amountVnd())
                            && c.result().coefficient().compareTo(best.result().coefficient()) > 0) {
                best = c;
            }
        }
        List<EligibilityView.Chosen> chosen = new ArrayList<>();
        if (best != null) {
            long others = candidates.stream().filter(c -> c.group().combination() == Combination.HIGHEST_ONLY).count() - 1;
            chosen.add(chosen(best, others == 0 ? "Đủ điều kiện nhóm này" : "Hưởng mức cao nhất trong " + (others + 1)
                    + " nhóm đủ điều kiện (NĐ 20/2021 Điều 6 khoản 2)",
                    others == 0 ? "Eligible for this group" : "The highest of " + (others + 1) + " eligible groups (ND 20/2021 Art. 6.2)"));
        }
        for (Candidate c : candidates) {
            if (c.group().combination() == Combination.IN_ADDITION) {
                boolean national = c.programme().provinceCode() == null;
                chosen.add(chosen(c, national ? "Hưởng thêm ngoài mức cao nhất: người đơn thân nghèo (NĐ 20/2021 Điều 6 khoản 2)"
                        : "Hưởng thêm theo chính sách riêng của tỉnh",
                        national ? "Paid besides the highest: poor single parent (ND 20/2021 Art. 6.2)"
                                : "Paid in addition under the province's own policy"));
            }
        }
        return chosen;
    }

    private static EligibilityView.Chosen chosen(Candidate c, String reasonVi, String reasonEn) {
        EligibilityView.GroupResult r = c.result();
        return new EligibilityView.Chosen(c.programme().code(), c.group().code(), c.group().nameVi(), c.group().nameEn(),
                r.coefficient(), r.standardLevelVnd(), r.amountVnd(), c.children(), r.legalBasis(), reasonVi, reasonEn,
                c.group().startRule(), c.group().startAge(), r.groupVersionId(), r.levelVersionId());
    }
}
