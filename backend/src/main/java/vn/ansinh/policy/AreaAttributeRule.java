package vn.ansinh.policy;

import java.time.LocalDate;
import java.util.Map;

import vn.ansinh.area.VillageAttributeKind;

/**
 * The person's commune or village has a dated attribute on the evaluation date, e.g. an especially
 * difficult commune or village of an ethnic-minority and mountainous area (ND 20 Art. 5.5.b, 5.7).
 */
final class AreaAttributeRule extends Criterion {

    final VillageAttributeKind attribute;

    AreaAttributeRule(VillageAttributeKind attribute, String legalBasis) {
        super(CriterionKind.AREA_ATTRIBUTE, legalBasis);
        this.attribute = java.util.Objects.requireNonNull(attribute, "AREA_ATTRIBUTE needs 'attribute'");
    }

    @Override
    CriterionResult test(Profile profile, LocalDate on) {
        Profile.Area area = profile.areaOn(attribute, on);
        String whatVi = attribute == VillageAttributeKind.ESPECIALLY_DIFFICULT
                ? "xã, thôn đặc biệt khó khăn vùng đồng bào dân tộc thiểu số và miền núi" : "vùng đồng bào dân tộc thiểu số và miền núi";
        String whatEn = attribute == VillageAttributeKind.ESPECIALLY_DIFFICULT
                ? "an especially difficult ethnic-minority and mountainous commune or village" : "an ethnic-minority and mountainous area";
        if (area == null) {
            return result(false, "Nơi ở không thuộc " + whatVi + " vào ngày " + vi(on),
                    "Does not live in " + whatEn + " on " + on);
        }
        boolean commune = "COMMUNE".equals(area.level());
        return result(true, (commune ? "Xã" : "Thôn/bản") + " nơi ở thuộc " + whatVi + " vào ngày " + vi(on) + " (" + area.decisionNumber() + ")",
                "The " + (commune ? "commune" : "village") + " is " + whatEn + " on " + on + " (" + area.decisionNumber() + ")");
    }

    @Override
    Map<String, Object> parameters() {
        return Map.of("attribute", attribute.name());
    }
}
