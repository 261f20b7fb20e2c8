package vn.ansinh.area;

/**
 * What a province can say about a village for a period. ESPECIALLY_DIFFICULT: an especially
 * difficult village of an ethnic-minority and mountainous area (lists such as QĐ 612/QĐ-UBDT
 * 2021), which ND 20/2021 Art. 5.7 and 5.5.b look at.
 */
public enum VillageAttributeKind {
    ESPECIALLY_DIFFICULT, ETHNIC_MINORITY_MOUNTAINOUS
}
