package vn.ansinh.calendar;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.ansinh.testing.Api;

@QuarkusTest
class CalendarApiTest {

    @Test
    void theLoadedCalendarHoldsTet2026AndAnswersDeadlinesAcrossIt() {
        Api.session("worker").get("/api/v1/calendar/years/2026").then().statusCode(200).body("covered", is(true))
                .body("provisional", is(false)).body("days.date", hasItem("2026-02-17"))
                .body("days.find { it.date == '2026-01-10' }.dayOff", is(false));
        Api.session("worker").get("/api/v1/calendar/working-days?from=2026-02-13&add=7").then().statusCode(200)
                .body("date", is("2026-03-03")).body("provisional", is(false));
    }

    @Test
    void the2027ScheduleIsMarkedProvisional() {
        Api.session("worker").get("/api/v1/calendar/years/2027").then().statusCode(200).body("provisional", is(true));
        Api.session("worker").get("/api/v1/calendar/working-days?from=2026-12-28&add=5").then().statusCode(200)
                .body("provisional", is(true));
    }

    @Test
    void aStartDateIsRequired() {
        Api.session("worker").get("/api/v1/calendar/working-days?add=7").then().statusCode(400)
                .body("errors[0].field", is("from"));
    }
}
