package vn.ansinh.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BirthDateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void aBirthDateIsKnownToTheDayTheMonthOrTheYear() {
        assertThat(BirthDate.parse("1948", TODAY)).isEqualTo(new BirthDate(LocalDate.of(1948, 1, 1), BirthDatePrecision.YEAR));
        assertThat(BirthDate.parse("1948-05", TODAY)).isEqualTo(new BirthDate(LocalDate.of(1948, 5, 1), BirthDatePrecision.MONTH));
        assertThat(BirthDate.parse("1948-05-17", TODAY).precision()).isEqualTo(BirthDatePrecision.DAY);
    }

    @Test
    void itIsWrittenInReducedPrecisionIsoAndShownTheVietnameseWay() {
        assertThat(BirthDate.parse("1948", TODAY).iso()).isEqualTo("1948");
        assertThat(BirthDate.parse("1948-05", TODAY).display()).isEqualTo("05/1948");
        assertThat(BirthDate.parse("1948-05-17", TODAY).display()).isEqualTo("17/05/1948");
    }

    @Test
    void theImportTemplatesFormsAreReadToo() {
        assertThat(BirthDate.parseAny("17/05/1948", TODAY)).isEqualTo(BirthDate.parse("1948-05-17", TODAY));
        assertThat(BirthDate.parseAny("5/1948", TODAY)).isEqualTo(BirthDate.parse("1948-05", TODAY));
        assertThat(BirthDate.parseAny("1948", TODAY)).isEqualTo(BirthDate.parse("1948", TODAY));
        assertThatThrownBy(() -> BirthDate.parse("17/05/1948", TODAY)).extracting("code").isEqualTo("birthDate.format");
    }

    @Test
    void impossibleFutureAndTooEarlyDatesAreRefused() {
        assertThatThrownBy(() -> BirthDate.parse("1948-02-30", TODAY)).extracting("code").isEqualTo("birthDate.format");
        assertThatThrownBy(() -> BirthDate.parse("2026-11-23", TODAY)).extracting("code").isEqualTo("birthDate.future");
        assertThatThrownBy(() -> BirthDate.parse("2027", TODAY)).extracting("code").isEqualTo("birthDate.future");
        assertThatThrownBy(() -> BirthDate.parse("1899", TODAY)).extracting("code").isEqualTo("birthDate.too-early");
        assertThat(BirthDate.parse("2026-11", TODAY).precision()).isEqualTo(BirthDatePrecision.MONTH);
    }

    @Test
    void withOnlyTheYearKnownAgeCountsFromTheFirstOfJanuary() {
        BirthDate year = BirthDate.parse("1950", TODAY);
        assertThat(year.ageOn(LocalDate.of(2024, 12, 31))).isEqualTo(74);
        assertThat(year.ageOn(LocalDate.of(2025, 1, 1))).isEqualTo(75);
        assertThat(BirthDate.parse("1950-06-15", TODAY).ageOn(LocalDate.of(2025, 6, 14))).isEqualTo(74);
    }

    @Test
    void twoBirthDatesMayBeTheSameDayAtTheCoarserPrecision() {
        assertThat(BirthDate.parse("1950", TODAY).mayBeSameAs(BirthDate.parse("1950-06-15", TODAY))).isTrue();
        assertThat(BirthDate.parse("1950-06", TODAY).mayBeSameAs(BirthDate.parse("1950-06-15", TODAY))).isTrue();
        assertThat(BirthDate.parse("1950-07", TODAY).mayBeSameAs(BirthDate.parse("1950-06-15", TODAY))).isFalse();
        assertThat(BirthDate.parse("1950-06-14", TODAY).mayBeSameAs(BirthDate.parse("1950-06-15", TODAY))).isFalse();
    }
}
