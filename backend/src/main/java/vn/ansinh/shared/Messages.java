package vn.ansinh.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Localised texts of the API: Vietnamese by default, English when the caller prefers it.
 * Texts live in {@code i18n/messages_vi.properties} and {@code i18n/messages_en.properties}.
 */
@ApplicationScoped
public class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);
    private static final String BUNDLE = "i18n.messages";

    /** The supported language the caller prefers most, from an Accept-Language header value. */
    public static Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return VIETNAMESE;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return chosen == null ? VIETNAMESE : chosen;
        } catch (IllegalArgumentException malformedHeader) {
            return VIETNAMESE;
        }
    }

    public String text(Locale locale, String key, Object... args) {
        String pattern = find(locale, key);
        if (pattern == null) {
            return null;
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public boolean has(String key) {
        return find(VIETNAMESE, key) != null;
    }

    private static String find(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException missing) {
            return null;
        }
    }
}
