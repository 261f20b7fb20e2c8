package vn.ansinh.calendar;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class CalendarDayRepository implements PanacheRepositoryBase<CalendarDay, LocalDate> {

    List<CalendarDay> findAllInOrder() {
        return listAll(Sort.by("day"));
    }
}
