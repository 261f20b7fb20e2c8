package vn.ansinh.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class NationalIdTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static BirthDate born(String date) {
        return BirthDate.parse(date, TODAY);
    }

    @Test
    void twelveDigitsAreANumberAndAnythingElseIsNot() {
        assertThat(NationalId.parse("014048001234").value()).isEqualTo("014048001234");
        assertThat(NationalId.parse(" 014 048 001 234 ").value()).isEqualTo("014048001234");
        for (String bad : new String[] { "01404800123", "0140480012345", "01404800123A", "", "０１４０４８００１２３４" }) {
            assertThatThrownBy(() -> NationalId.parse(bad)).isInstanceOf(InvalidValue.class)
                    .extracting("code").isEqualTo("nationalId.format");
        }
    }

    @Test
    void theFourthDigitSaysSexAndCentury() {
        assertThat(NationalId.parse("014048001234").inconsistencyWith(Sex.MALE, born("1948"))).isEmpty();
        assertThat(NationalId.parse("014148001234").inconsistencyWith(Sex.FEMALE, born("1948-05"))).isEmpty();
        assertThat(NationalId.parse("014201001234").inconsistencyWith(Sex.MALE, born("2001-02-03"))).isEmpty();
        assertThat(NationalId.parse("014301001234").inconsistencyWith(Sex.FEMALE, born("2001"))).isEmpty();
        assertThat(NationalId.parse("014048001234").inconsistencyWith(Sex.FEMALE, born("1948"))).contains("nationalId.sex");
        assertThat(NationalId.parse("014248001234").inconsistencyWith(Sex.MALE, born("1948"))).contains("nationalId.century");
        assertThat(NationalId.parse("014848001234").inconsistencyWith(Sex.MALE, born("1948"))).contains("nationalId.century");
    }

    @Test
    void theFifthAndSixthDigitsAreTheBirthYear() {
        assertThat(NationalId.parse("014049001234").inconsistencyWith(Sex.MALE, born("1948"))).contains("nationalId.birthYear");
    }

    @Test
    void theMaskShowsTheFirstThreeAndLastTwoDigits() {
        assertThat(NationalId.parse("014048001234").masked()).isEqualTo("014*******34");
    }
}
