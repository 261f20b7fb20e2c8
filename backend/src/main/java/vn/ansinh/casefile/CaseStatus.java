package vn.ansinh.casefile;

/** Where an application stands (ND 20/2021 Art. 8). APPROVED, REJECTED and WITHDRAWN are final. */
public enum CaseStatus {
    DRAFT, SUBMITTED, UNDER_REVIEW, POSTED, PROPOSED, APPROVED, REJECTED, WITHDRAWN;

    boolean isClosed() {
        return this == APPROVED || this == REJECTED || this == WITHDRAWN;
    }
}
