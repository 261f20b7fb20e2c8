package vn.ansinh.casefile;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an uploaded file really is, by its first bytes, whatever it claims: only PDF, JPEG and PNG
 * are accepted, and the declared type must match the content (a script renamed .pdf is refused).
 */
final class FileCheck {

    static final String PDF = "application/pdf";
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";

    private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };
    private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

    private FileCheck() {
    }

    /** The type the bytes show, if one of the accepted three. */
    static Optional<String> detect(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }

    /** The declared media type without parameters, lower case; {@code image/jpg} is read as JPEG. */
    static String normalise(String declared) {
        if (declared == null) {
            return null;
        }
        String type = declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return "image/jpg".equals(type) || "image/pjpeg".equals(type) ? JPEG : type;
    }

    /** A file name safe to store and to send back in Content-Disposition: no path, no control or quote characters. */
    static String safeName(String name, String type) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        StringBuilder clean = new StringBuilder();
        base.codePoints().filter(c -> c >= 0x20 && c != 0x7F && c != '"' && c != ';').forEach(clean::appendCodePoint);
        String result = clean.toString().strip();
        if (result.isEmpty() || result.startsWith(".")) {
            result = "tai-lieu" + extension(type);
        }
        return result.length() > 200 ? result.substring(result.length() - 200) : result;
    }

    static String extension(String type) {
        return switch (type) {
            case PDF -> ".pdf";
            case PNG -> ".png";
            default -> ".jpg";
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
