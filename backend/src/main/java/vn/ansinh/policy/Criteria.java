package vn.ansinh.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.ansinh.area.VillageAttributeKind;
import vn.ansinh.household.PovertyStatus;

/**
 * Criteria as data (docs/adr/0012): each stored criterion is an object {@code {kind, ...parameters,
 * legalBasis}}; this turns them into rules and back. A malformed criterion is refused with an
 * {@link IllegalArgumentException} naming what is wrong.
 */
final class Criteria {

    private Criteria() {
    }

    static List<Criterion> of(List<Map<String, Object>> specs, String defaultLegalBasis) {
        List<Criterion> rules = new ArrayList<>();
        for (Map<String, Object> spec : specs) {
            rules.add(of(spec, defaultLegalBasis));
        }
        return List.copyOf(rules);
    }

    static Criterion of(Map<String, Object> spec, String defaultLegalBasis) {
        Object kindValue = spec.get("kind");
        if (kindValue == null) {
            throw new IllegalArgumentException("a criterion needs a kind");
        }
        CriterionKind kind;
        try {
            kind = CriterionKind.valueOf(kindValue.toString());
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("unknown criterion kind " + kindValue);
        }
        for (String key : spec.keySet()) {
            if (!Set.of("kind", "legalBasis", "min", "maxExclusive", "in", "attribute").contains(key)) {
                throw new IllegalArgumentException(kind + ": unknown parameter " + key);
            }
        }
        String legalBasis = spec.get("legalBasis") == null || spec.get("legalBasis").toString().isBlank() ? defaultLegalBasis
                : spec.get("legalBasis").toString();
        Set<String> in = strings(spec.get("in"), kind);
        return switch (kind) {
            case AGE_YEARS -> new AgeYearsRule(integer(spec.get("min"), kind), integer(spec.get("maxExclusive"), kind), legalBasis);
            case AGE_MONTHS -> new AgeMonthsRule(integer(spec.get("min"), kind), integer(spec.get("maxExclusive"), kind), legalBasis);
            case POVERTY_STATUS -> {
                Set<PovertyStatus> statuses = new LinkedHashSet<>();
                for (String status : in) {
                    try {
                        statuses.add(PovertyStatus.valueOf(status));
                    } catch (IllegalArgumentException unknown) {
                        throw new IllegalArgumentException("POVERTY_STATUS: unknown status " + status);
                    }
                }
                yield new PovertyStatusRule(statuses, legalBasis);
            }
            case AREA_ATTRIBUTE -> {
                Object attribute = spec.get("attribute");
                if (attribute == null) {
                    throw new IllegalArgumentException("AREA_ATTRIBUTE needs 'attribute'");
                }
                try {
                    yield new AreaAttributeRule(VillageAttributeKind.valueOf(attribute.toString()), legalBasis);
                } catch (IllegalArgumentException unknown) {
                    throw new IllegalArgumentException("AREA_ATTRIBUTE: unknown attribute " + attribute);
                }
            }
            case NO_PENSION -> new NoPensionRule(in, legalBasis);
            case NO_SOCIAL_INSURANCE -> new NoSocialInsuranceRule(in, legalBasis);
            case NO_OTHER_MONTHLY_ALLOWANCE -> new NoOtherMonthlyAllowanceRule(in, legalBasis);
            case DISABILITY_LEVEL -> new DisabilityLevelRule(in, legalBasis);
            case PREGNANT -> new PregnantRule(in, legalBasis);
            case ORPHAN -> new OrphanRule(in, legalBasis);
            case NO_SUPPORTER -> new NoSupporterRule(in, legalBasis);
            case STUDYING -> new StudyingRule(in, legalBasis);
            case SINGLE_PARENT -> new SingleParentRule(in, legalBasis);
            case HIV -> new HivRule(in, legalBasis);
            case COMMUNITY_CARE -> new CommunityCareRule(in, legalBasis);
        };
    }

    /** The stored form of a rule. */
    static Map<String, Object> spec(Criterion rule) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", rule.kind.name());
        spec.putAll(rule.parameters());
        spec.put("legalBasis", rule.legalBasis);
        return spec;
    }

    private static Integer integer(Object value, CriterionKind kind) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number && number.doubleValue() == number.intValue() && number.intValue() >= 0) {
            return number.intValue();
        }
        throw new IllegalArgumentException(kind + ": bounds are whole non-negative numbers");
    }

    private static Set<String> strings(Object value, CriterionKind kind) {
        if (value == null) {
            return Set.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(kind + ": 'in' is a list");
        }
        Set<String> strings = new LinkedHashSet<>();
        list.forEach(item -> strings.add(String.valueOf(item)));
        return strings;
    }
}
