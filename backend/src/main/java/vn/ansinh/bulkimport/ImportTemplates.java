package vn.ansinh.bulkimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The template files: a CSV per part (UTF-8 with a byte-order mark, so Excel shows the
 * Vietnamese headers right) and one XLSX workbook with a sheet per part, code and date columns
 * formatted as text so leading zeros survive, and a sheet of instructions with an example row.
 */
final class ImportTemplates {

    static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
    static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String INSTRUCTIONS_SHEET = "Hướng dẫn";

    private static final List<List<String>> HOUSEHOLD_EXAMPLE = List.of(
            List.of("03688-000123", "03688", "Bản Co Muông", "Bản Co Muông, xã Mường Chiên", "Nghèo", "15/01/2025", "12/QĐ-UBND"));
    private static final List<List<String>> PERSON_EXAMPLE = List.of(
            List.of("03688-000123", "03688", "Chủ hộ", "014048001234", "Lò Văn Piềng", "1948", "Nam", "03", ""),
            List.of("03688-000123", "03688", "Vợ/chồng", "", "Lường Thị Ón", "05/1952", "Nữ", "03", "0912345678"));

    private ImportTemplates() {
    }

    static byte[] csv(ImportPart part) {
        StringBuilder text = new StringBuilder();
        List<ImportColumn> columns = part.columns();
        for (int i = 0; i < columns.size(); i++) {
            text.append(i == 0 ? "" : ",").append(columns.get(i).header);
        }
        text.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "An Sinh", "1.0");
        for (ImportPart part : ImportPart.values()) {
            Worksheet sheet = workbook.newWorksheet(part.sheetName);
            List<ImportColumn> columns = part.columns();
            for (int c = 0; c < columns.size(); c++) {
                ImportColumn column = columns.get(c);
                sheet.value(0, c, column.header);
                sheet.style(0, c).bold().fillColor("DDEBF7").set();
                sheet.comment(0, c, column.help);
                sheet.width(c, Math.max(14, column.header.length() + 6));
                // Text, so that 03688 and 014048001234 keep their leading zeros and 05/1952 stays a month.
                sheet.style(c).format("@").set();
            }
            sheet.freezePane(0, 1);
            sheet.finish();
        }
        Worksheet help = workbook.newWorksheet(INSTRUCTIONS_SHEET);
        int row = 0;
        help.value(row, 0, "Mẫu nhập hộ gia đình và nhân khẩu (An Sinh)");
        help.style(row, 0).bold().set();
        row += 2;
        help.value(row++, 0, "Điền mỗi hộ một dòng ở trang \"Hộ gia đình\", mỗi người một dòng ở trang \"Nhân khẩu\"; không đổi tên cột và tên trang.");
        help.value(row++, 0, "Tệp tối đa 20 MB. Nhập lại cùng một tệp không tạo bản ghi trùng: hộ nhận theo mã hộ trong xã, người theo số định danh "
                + "(hoặc cùng hộ, họ tên và ngày sinh).");
        help.value(row++, 0, "Dòng lỗi không được lưu và được liệt kê trong tệp báo lỗi (dòng, cột, lý do); các dòng khác vẫn được lưu.");
        row++;
        for (ImportPart part : ImportPart.values()) {
            help.value(row, 0, "Trang \"" + part.sheetName + "\"");
            help.style(row, 0).bold().set();
            row++;
            for (ImportColumn column : part.columns()) {
                help.value(row, 0, column.header + (column.required ? " (bắt buộc)" : ""));
                help.value(row, 1, column.help);
                row++;
            }
            row++;
        }
        help.value(row, 0, "Ví dụ");
        help.style(row, 0).bold().set();
        row++;
        row = example(help, row, ImportPart.HOUSEHOLDS, HOUSEHOLD_EXAMPLE);
        row++;
        example(help, row, ImportPart.PEOPLE, PERSON_EXAMPLE);
        help.width(0, 30);
        help.width(1, 100);
        help.finish();
        workbook.finish();
    }

    private static int example(Worksheet sheet, int row, ImportPart part, List<List<String>> rows) {
        List<ImportColumn> columns = part.columns();
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(row, c, columns.get(c).header);
            sheet.style(row, c).bold().set();
        }
        row++;
        for (List<String> values : rows) {
            for (int c = 0; c < values.size(); c++) {
                sheet.value(row, c, values.get(c));
            }
            row++;
        }
        return row;
    }
}
