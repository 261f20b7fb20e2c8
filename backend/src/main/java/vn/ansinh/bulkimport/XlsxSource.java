package vn.ansinh.bulkimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.ansinh.shared.VietnameseText;

/**
 * An XLSX workbook of the template: sheet "Hộ gia đình" and/or sheet "Nhân khẩu", each with the
 * header row first; other sheets (the instructions) are ignored. Read as a stream of rows.
 * Spreadsheets turn codes typed as numbers into numbers; for columns that are codes this reader
 * puts back the leading zeros a number lost (commune 3688 → 03688, ethnic group 1 → 01,
 * identification number of 11 digits → 12, phone of 9 digits → 0 + 9) and reads date cells as dates.
 */
final class XlsxSource implements FileSource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final byte[] content;
    private final Map<ImportPart, HeaderMatch> headers;
    private final Map<ImportPart, Integer> rows;

    private XlsxSource(byte[] content, Map<ImportPart, HeaderMatch> headers, Map<ImportPart, Integer> rows) {
        this.content = content;
        this.headers = headers;
        this.rows = rows;
    }

    static XlsxSource inspect(byte[] content, int maxRows) {
        if (!ReadableWorkbook.isOOXMLZipHeader(content.length < 8 ? content : java.util.Arrays.copyOf(content, 8))) {
            throw ImportRefusal.malformed(ImportFormat.XLSX);
        }
        Map<ImportPart, HeaderMatch> headers = new EnumMap<>(ImportPart.class);
        Map<ImportPart, Integer> counts = new EnumMap<>(ImportPart.class);
        try (ReadableWorkbook workbook = open(content)) {
            List<Sheet> sheets = workbook.getSheets().toList();
            int total = 0;
            for (ImportPart part : ImportPart.values()) {
                Optional<Sheet> sheet = sheets.stream().filter(s -> sameName(s.getName(), part.sheetName)).findFirst();
                if (sheet.isEmpty()) {
                    continue;
                }
                HeaderMatch header = null;
                int count = 0;
                try (Stream<Row> stream = sheet.get().openStream()) {
                    for (Row row : (Iterable<Row>) stream::iterator) {
                        List<String> cells = rawCells(row);
                        if (HeaderMatch.isBlank(cells)) {
                            continue;
                        }
                        if (header == null) {
                            header = HeaderMatch.of(part, cells);
                            if (!header.fits()) {
                                throw header.refusal(part.sheetName);
                            }
                            continue;
                        }
                        count++;
                        if (total + count > maxRows) {
                            throw ImportRefusal.tooManyRows(maxRows);
                        }
                    }
                }
                if (header == null) {
                    throw HeaderMatch.of(part, List.of()).refusal(part.sheetName);
                }
                headers.put(part, header);
                counts.put(part, count);
                total += count;
            }
            if (headers.isEmpty()) {
                throw ImportRefusal.noSheets(List.of(ImportPart.HOUSEHOLDS.sheetName, ImportPart.PEOPLE.sheetName));
            }
            if (total == 0) {
                throw ImportRefusal.empty();
            }
        } catch (ImportRefusal refusal) {
            throw refusal;
        } catch (IOException | RuntimeException unreadable) {
            throw ImportRefusal.malformed(ImportFormat.XLSX);
        }
        return new XlsxSource(content, headers, counts);
    }

    private static ReadableWorkbook open(byte[] content) throws IOException {
        return new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, false));
    }

    private static boolean sameName(String sheetName, String expected) {
        return VietnameseText.fold(sheetName).equals(VietnameseText.fold(expected));
    }

    @Override
    public ImportKind kind() {
        return ImportKind.WORKBOOK;
    }

    @Override
    public List<ImportPart> parts() {
        return List.copyOf(headers.keySet());
    }

    @Override
    public int rowCount(ImportPart part) {
        return rows.getOrDefault(part, 0);
    }

    @Override
    public void read(ImportPart part, int afterLine, Consumer<SourceRow> consumer) {
        HeaderMatch header = headers.get(part);
        if (header == null) {
            return;
        }
        try (ReadableWorkbook workbook = open(content)) {
            Sheet sheet = workbook.getSheets().filter(s -> sameName(s.getName(), part.sheetName)).findFirst().orElseThrow();
            boolean headerSeen = false;
            try (Stream<Row> stream = sheet.openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    List<String> raw = rawCells(row);
                    if (HeaderMatch.isBlank(raw)) {
                        continue;
                    }
                    if (!headerSeen) {
                        headerSeen = true;
                        continue;
                    }
                    if (row.getRowNum() > afterLine) {
                        consumer.accept(header.row(row.getRowNum(), cells(row, header)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cell texts as shown, for the header row and for telling blank rows. */
    private static List<String> rawCells(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? null : cell.getText());
        }
        return cells;
    }

    private static List<String> cells(Row row, HeaderMatch header) {
        List<ImportColumn> columns = header.part().columns();
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            int position = i < header.positions().length ? header.positions()[i] : -1;
            cells.add(text(row.getCell(i), position < 0 ? null : columns.get(position)));
        }
        return cells;
    }

    static String text(Cell cell, ImportColumn column) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getType()) {
            case EMPTY -> null;
            case NUMBER -> isDate(cell) ? dateText(cell) : codeDigits(plain(cell.asNumber()), column);
            default -> cell.getText();
        };
    }

    private static String dateText(Cell cell) {
        LocalDateTime date = cell.asDate();
        return date == null ? cell.getText() : date.toLocalDate().format(DAY);
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }

    /** Puts back the leading zeros that typing a code as a number dropped. */
    static String codeDigits(String digits, ImportColumn column) {
        if (digits == null || column == null || !digits.chars().allMatch(Character::isDigit)) {
            return digits;
        }
        return switch (column) {
            case HOUSEHOLD_COMMUNE, PERSON_COMMUNE -> leftPad(digits, 5);
            case ETHNIC_GROUP -> leftPad(digits, 2);
            case NATIONAL_ID -> digits.length() >= 10 && digits.length() < 12 ? leftPad(digits, 12) : digits;
            case PHONE -> (digits.length() == 9 || digits.length() == 10) && digits.charAt(0) != '0' && !digits.startsWith("84")
                    ? "0" + digits : digits;
            default -> digits;
        };
    }

    private static String leftPad(String digits, int length) {
        return digits.length() >= length ? digits : "0".repeat(length - digits.length()) + digits;
    }

    /** Built-in date formats (14–22, 45–47) or a custom one with day, month or year and no time-only parts. */
    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        String bare = format.replaceAll("\\[[^]]*]", "").replaceAll("\"[^\"]*\"", "").toLowerCase(java.util.Locale.ROOT);
        return bare.contains("d") || bare.contains("y") || bare.contains("m") && !bare.contains("h") && !bare.contains("s");
    }
}
