package vn.ansinh.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;

/**
 * The fonts printed documents embed. DejaVu Sans has every letter of Vietnamese; DejaVu Serif 2.27,
 * shipped in the same jar, lacks 44 of them (ế, ồ, ữ… would print as nothing).
 */
public final class PrintFonts {

    public static final String REGULAR = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    public static final String BOLD = "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";

    private PrintFonts() {
    }

    /** One of the fonts above, to embed with Unicode (Identity-H) encoding. */
    public static BaseFont load(String resource) {
        try (InputStream in = PrintFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the classpath");
            }
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
