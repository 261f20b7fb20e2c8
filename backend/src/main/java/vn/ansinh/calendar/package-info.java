/**
 * The working-day calendar: weekends, Vietnamese public holidays, Tết, swapped and compensating
 * days off and make-up working Saturdays, per year as data (loaded from the shipped copy of
 * {@code shared/data/public-holidays.csv}). Legal deadlines count working days (domain §2, §5);
 * casefile asks this feature to add or count them.
 */
package vn.ansinh.calendar;
