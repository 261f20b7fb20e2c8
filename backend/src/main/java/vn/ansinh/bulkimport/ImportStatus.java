package vn.ansinh.bulkimport;

/** Where an import job stands. QUEUED and RUNNING move on by themselves; FAILED can be resumed. */
public enum ImportStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED
}
