package vn.ansinh.calendar;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A day that differs from the plain week: a weekday off, or a Saturday worked. */
@Entity
@Table(name = "calendar_day")
class CalendarDay {

    @Id
    LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    DayKind kind;

    @Column(name = "name_vi", nullable = false, length = 200)
    String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    String nameEn;

    @Column(length = 1000)
    String source;

    protected CalendarDay() {
    }
}
