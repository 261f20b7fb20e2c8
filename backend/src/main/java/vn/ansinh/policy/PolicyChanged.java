package vn.ansinh.policy;

/** Fired when a version is added, changed or activated: the cached snapshot is dropped once the change commits. */
record PolicyChanged(String what) {
}
