package vn.ansinh.person;

/** How much of a birth date is known: elderly people often know only the year. */
public enum BirthDatePrecision {
    DAY, MONTH, YEAR
}
