package vn.ansinh.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldingDropsTonesAndTurnsDStrokeIntoD() {
        assertThat(VietnameseText.fold("Nguyễn Văn Đức")).isEqualTo("nguyen van duc");
        assertThat(VietnameseText.fold("ĐẮK LẮK")).isEqualTo("dak lak");
        assertThat(VietnameseText.fold("Thừa Thiên Huế")).isEqualTo("thua thien hue");
    }

    @Test
    void foldingTreatsBothToneMarkStylesAlike() {
        assertThat(VietnameseText.fold("Hòa Bình")).isEqualTo(VietnameseText.fold("Hoà Bình"));
    }

    @Test
    void foldingKeepsOnlyLettersAndDigitsSeparatedBySingleSpaces() {
        assertThat(VietnameseText.fold("  Xã Ea H'Leo,  (Đắk Lắk) ")).isEqualTo("xa ea h leo dak lak");
        assertThat(VietnameseText.fold("Quận 1")).isEqualTo("quan 1");
        assertThat(VietnameseText.fold(null)).isEmpty();
    }

    @Test
    void decomposedInputIsStoredComposed() {
        String decomposed = Normalizer.normalize("Lò Thị Mai", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Lò Thị Mai");
        assertThat(VietnameseText.nfc("  " + decomposed + "  ")).isEqualTo("Lò Thị Mai");
        assertThat(VietnameseText.nfc("Lò   Thị\tMai")).isEqualTo("Lò Thị Mai");
    }
}
