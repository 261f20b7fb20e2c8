package vn.ansinh.shared;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** "Today" is a date in Vietnam, whatever the server's own time zone. */
@ApplicationScoped
public class Clocks {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Produces
    @ApplicationScoped
    Clock vietnam() {
        return Clock.system(VIETNAM);
    }
}
