package vn.ansinh.bulkimport;

/**
 * Who uploaded a file, as the job keeps it: their rows are imported with their rights, in their
 * area scope, even when the job resumes long after their session ended. {@code provinceCode} is
 * the province of the scope (null for the whole country).
 */
record ImportActorInfo(String username, String role, String scopeLevel, String scopeCode, String provinceCode) {

    String communeCode() {
        return "COMMUNE".equals(scopeLevel) ? scopeCode : null;
    }
}
