package vn.ansinh.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.BaseFont;

class PrintFontsTest {

    /** Every letter of Vietnamese, lower and upper case. */
    private static final String VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";

    @Test
    void printedDocumentsHaveEveryVietnameseLetterInRegularAndBold() {
        String letters = VIETNAMESE + VIETNAMESE.toUpperCase(java.util.Locale.forLanguageTag("vi"));
        for (String resource : List.of(PrintFonts.REGULAR, PrintFonts.BOLD)) {
            BaseFont font = PrintFonts.load(resource);
            List<String> missing = letters.codePoints().filter(c -> !font.charExists(c)).mapToObj(Character::toString).toList();
            assertThat(missing).as(resource).isEmpty();
        }
    }
}
