package vn.ansinh.calendar;

/** The kinds of {@code public-holidays.csv}; all but {@link #WORKING_SATURDAY} are days off. */
public enum DayKind {
    FIXED, LUNAR, BRIDGE, COMPENSATION, WORKING_SATURDAY;

    boolean isDayOff() {
        return this != WORKING_SATURDAY;
    }
}
