package vn.ansinh.person;

import java.util.Set;

/**
 * The facts about a person that decide eligibility (ND 20/2021 Art. 5), each kept as a dated
 * history. {@link #codes} are the values {@code codeValue} may take (empty: no code value).
 */
public enum FactKind {
    /** Receives a pension or a monthly social-insurance benefit (ND 20 Art. 5.5.c, ND 176/2025). */
    PENSION(Set.of("PENSION", "SOCIAL_INSURANCE_MONTHLY", "NONE"), false),
    /** Disability level with the certificate date (ND 20 Art. 5.6); the date is required unless NONE. */
    DISABILITY(Set.of("NONE", "SEVERE", "ESPECIALLY_SEVERE"), true),
    /** Pregnancy with the expected delivery date (provincial policies, QĐ 488). */
    PREGNANCY(Set.of(), true),
    /** Orphaned or without a source of support (ND 20 Art. 5.1). */
    ORPHAN(Set.of("FULL_ORPHAN", "NO_SUPPORT"), false),
    /** Studying, which extends the child group to 22 (ND 20 Art. 5.2). */
    STUDYING(Set.of("GENERAL_EDUCATION", "VOCATIONAL", "UNIVERSITY"), false),
    /** HIV status: sensitive (ND 20 Art. 8: never posted; Law 91/2025: health data). */
    HIV(Set.of("POSITIVE"), false),
    /** Death; the date of death is the start of the fact. */
    DEATH(Set.of(), true),
    /**
     * An elderly person with nobody obliged and able to support them (ND 20 Art. 5.5.a): nobody at all, or only
     * people who themselves receive a monthly social allowance.
     */
    NO_SUPPORTER(Set.of("NO_OBLIGED_PERSON", "OBLIGED_ON_ALLOWANCE"), false),
    /** A poor or near-poor single parent raising children (ND 20 Art. 5.4); the code is how many children, 1 to 9. */
    SINGLE_PARENT(Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9"), false),
    /** Eligible for a social-protection institution but cared for in the community (ND 20 Art. 5.5.d). */
    COMMUNITY_CARE(Set.of("CARED_IN_COMMUNITY"), false),
    /** Receives another monthly allowance from the state budget (ND 20 Art. 5.5.c, ND 176/2025), e.g. for people with merit. */
    MONTHLY_ALLOWANCE(Set.of("MERIT", "OTHER"), false);

    private final Set<String> codes;
    private final boolean hasDate;

    FactKind(Set<String> codes, boolean hasDate) {
        this.codes = codes;
        this.hasDate = hasDate;
    }

    public Set<String> codes() {
        return codes;
    }

    public boolean hasDate() {
        return hasDate;
    }

    public boolean isSensitive() {
        return this == HIV;
    }
}
