package vn.ansinh.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as stored (NFC) and as searched (folded: no diacritics, đ → d, lower case,
 * single spaces), so that "nguyen van duc" finds "Nguyễn Văn Đức" on MySQL and MariaDB alike.
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private VietnameseText() {
    }

    /** The canonical stored form: NFC, trimmed, inner white space collapsed; null stays null. */
    public static String nfc(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** The search form: letters and digits only, without diacritics, đ/Đ as d, lower case. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        // No Unicode decomposition turns đ into d: it is a letter of its own, not d with a mark.
        String withoutDStroke = text.replace('đ', 'd').replace('Đ', 'D');
        String decomposed = Normalizer.normalize(withoutDStroke, Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return NOT_WORD.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
