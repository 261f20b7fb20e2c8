package vn.ansinh.casefile;

/** Who brought the application to the commune (ND 20/2021 Art. 8.1). */
public enum SubmitterKind {
    PERSON, RELATIVE, ORGANISATION
}
