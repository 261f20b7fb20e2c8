package vn.ansinh.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A year the calendar holds; provisional while its schedule is not announced. */
@Entity
@Table(name = "calendar_year")
class CalendarYear {

    @Id
    int year;

    @Column(nullable = false)
    boolean provisional;

    protected CalendarYear() {
    }
}
