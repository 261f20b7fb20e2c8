package vn.ansinh.bulkimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV upload: UTF-8 only (with or without the byte-order mark Excel writes), separated by
 * commas, semicolons (Excel in a Vietnamese locale) or tabs, as the header line shows. Files in
 * legacy Vietnamese encodings (Windows-1258, TCVN3) or UTF-16 are refused, never guessed at:
 * a wrong guess would store garbled names.
 */
final class CsvSource implements FileSource {

    private final String text;
    private final HeaderMatch header;
    private final CSVFormat format;
    private final int rows;

    private CsvSource(String text, HeaderMatch header, CSVFormat format, int rows) {
        this.text = text;
        this.header = header;
        this.format = format;
        this.rows = rows;
    }

    /** Checks the whole file (encoding, structure, headers) and counts its data rows. */
    static CsvSource inspect(byte[] content, ImportPart requested, int maxRows) {
        String text = decode(content);
        if (text.isBlank()) {
            throw ImportRefusal.empty();
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiterOf(text)).setIgnoreEmptyLines(false)
                .setTrim(true).get();
        HeaderMatch header = null;
        int rows = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int line = 1;
            try {
                for (CSVRecord record : parser) {
                    line = (int) record.getRecordNumber();
                    List<String> cells = record.toList();
                    if (header == null) {
                        if (HeaderMatch.isBlank(cells)) {
                            continue;
                        }
                        header = matchHeader(cells, requested);
                        continue;
                    }
                    if (!HeaderMatch.isBlank(cells) && ++rows > maxRows) {
                        throw ImportRefusal.tooManyRows(maxRows);
                    }
                }
            } catch (UncheckedIOException | IllegalStateException broken) {
                throw ImportRefusal.malformedAt(ImportFormat.CSV, line + 1);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        if (header == null || rows == 0) {
            throw ImportRefusal.empty();
        }
        return new CsvSource(text, header, format, rows);
    }

    private static HeaderMatch matchHeader(List<String> cells, ImportPart requested) {
        HeaderMatch households = HeaderMatch.of(ImportPart.HOUSEHOLDS, cells);
        HeaderMatch people = HeaderMatch.of(ImportPart.PEOPLE, cells);
        if (requested != null) {
            HeaderMatch wanted = requested == ImportPart.HOUSEHOLDS ? households : people;
            HeaderMatch other = requested == ImportPart.HOUSEHOLDS ? people : households;
            if (!wanted.fits() && other.fits()) {
                throw ImportRefusal.kindMismatch(requested.kindParameter, other.part().kindParameter);
            }
            if (!wanted.fits()) {
                throw wanted.refusal(requested.sheetName);
            }
            return wanted;
        }
        if (people.fits()) {
            return people;
        }
        if (households.fits()) {
            return households;
        }
        HeaderMatch closer = people.matched() >= households.matched() ? people : households;
        throw closer.refusal(closer.part().sheetName);
    }

    @Override
    public ImportKind kind() {
        return header.part().kind();
    }

    @Override
    public List<ImportPart> parts() {
        return List.of(header.part());
    }

    @Override
    public int rowCount(ImportPart part) {
        return part == header.part() ? rows : 0;
    }

    @Override
    public void read(ImportPart part, int afterLine, Consumer<SourceRow> consumer) {
        if (part != header.part()) {
            return;
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            boolean headerSeen = false;
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (HeaderMatch.isBlank(cells)) {
                    continue;
                }
                if (!headerSeen) {
                    headerSeen = true;
                    continue;
                }
                int line = (int) record.getRecordNumber();
                if (line > afterLine) {
                    consumer.accept(header.row(line, cells));
                }
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** Strict UTF-8: the first byte sequence that is not UTF-8 refuses the file, naming its line. */
    static String decode(byte[] content) {
        int start = 0;
        if (content.length >= 2 && ((content[0] & 0xff) == 0xFE && (content[1] & 0xff) == 0xFF
                || (content[0] & 0xff) == 0xFF && (content[1] & 0xff) == 0xFE)) {
            throw ImportRefusal.encoding(1); // UTF-16, as "Unicode text" in Excel
        }
        if (content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB && (content[2] & 0xff) == 0xBF) {
            start = 3;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw ImportRefusal.encoding(lineAt(content, in.position()));
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw ImportRefusal.encoding(lineAt(content, content.length));
        }
        out.flip();
        String text = out.toString();
        if (text.indexOf('\u0000') >= 0) {
            throw ImportRefusal.encoding(lineAt(content, indexOfZero(content)));
        }
        return text;
    }

    private static int indexOfZero(byte[] content) {
        for (int i = 0; i < content.length; i++) {
            if (content[i] == 0) {
                return i;
            }
        }
        return content.length;
    }

    private static int lineAt(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The separator the header line uses most, outside quotes. */
    static char delimiterOf(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (comma + semicolon + tab > 0) {
                    break;
                }
            } else if (!quoted) {
                if (c == ',') {
                    comma++;
                } else if (c == ';') {
                    semicolon++;
                } else if (c == '\t') {
                    tab++;
                }
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        if (tab > comma && tab > semicolon) {
            return '\t';
        }
        return ',';
    }
}
