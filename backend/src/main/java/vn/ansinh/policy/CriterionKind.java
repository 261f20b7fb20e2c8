package vn.ansinh.policy;

/** The kinds of criterion a group version may hold (docs/adr/0012); each is one rule class. */
public enum CriterionKind {
    AGE_YEARS, AGE_MONTHS, POVERTY_STATUS, AREA_ATTRIBUTE, NO_PENSION, NO_SOCIAL_INSURANCE, NO_OTHER_MONTHLY_ALLOWANCE,
    DISABILITY_LEVEL, PREGNANT, ORPHAN, NO_SUPPORTER, STUDYING, SINGLE_PARENT, HIV, COMMUNITY_CARE
}
