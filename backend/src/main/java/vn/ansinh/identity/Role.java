package vn.ansinh.identity;

/** The roles of architecture §5; each user and API client has exactly one. */
public enum Role {
    SOCIAL_WORKER, APPROVER, PROVINCE_OFFICER, PAYMENT_AGENT, AUDITOR, INTEGRATOR, ADMIN;

    /** Names for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final class Names {
        public static final String SOCIAL_WORKER = "SOCIAL_WORKER";
        public static final String APPROVER = "APPROVER";
        public static final String PROVINCE_OFFICER = "PROVINCE_OFFICER";
        public static final String PAYMENT_AGENT = "PAYMENT_AGENT";
        public static final String AUDITOR = "AUDITOR";
        public static final String INTEGRATOR = "INTEGRATOR";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
