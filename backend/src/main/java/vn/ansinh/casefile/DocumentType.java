package vn.ansinh.casefile;

/** Papers an application carries (forms 1a–1đ, TT 02/2021, and their attachments). */
public enum DocumentType {
    APPLICATION_FORM, ID_CARD, BIRTH_CERTIFICATE, DISABILITY_CERTIFICATE, PREGNANCY_CERTIFICATE, POVERTY_CERTIFICATE,
    DEATH_CERTIFICATE, SCHOOL_CERTIFICATE, OTHER
}
