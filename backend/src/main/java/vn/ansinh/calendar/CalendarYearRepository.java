package vn.ansinh.calendar;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class CalendarYearRepository implements PanacheRepositoryBase<CalendarYear, Integer> {
}
