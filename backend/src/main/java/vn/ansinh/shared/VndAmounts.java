package vn.ansinh.shared;

import java.util.Locale;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

/** Amounts of money as Vietnamese documents write them: in figures and in words. */
public final class VndAmounts {

    /** ICU's formats are not safe to share between threads. */
    private static final ThreadLocal<RuleBasedNumberFormat> SPELL_OUT = ThreadLocal
            .withInitial(() -> new RuleBasedNumberFormat(new ULocale("vi"), RuleBasedNumberFormat.SPELLOUT));

    private VndAmounts() {
    }

    /** "1.250.000": thousands grouped with dots. */
    public static String figures(long amount) {
        return String.format(Locale.GERMANY, "%,d", amount);
    }

    /** "Một triệu hai trăm năm mươi nghìn đồng", with ICU's Vietnamese spell-out rules. */
    public static String words(long amount) {
        String words = SPELL_OUT.get().format(amount) + " đồng";
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
