package vn.ansinh.bulkimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ansinh.shared.ProblemException;

/** Reading uploads: encodings, separators, headers in any order, blank lines, line numbers, spreadsheet quirks. */
class ImportFileTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<SourceRow> rows(FileSource source, ImportPart part) {
        List<SourceRow> rows = new ArrayList<>();
        source.read(part, 0, rows::add);
        return rows;
    }

    private static String code(Runnable action) {
        try {
            action.run();
        } catch (ProblemException e) {
            return e.code();
        }
        return null;
    }

    @Test
    void aCsvWithByteOrderMarkSemicolonsAndHeadersInAnotherOrderIsReadByHeader() {
        byte[] file = utf8("\uFEFFhọ và tên;Mã xã;Ngày sinh;Giới tính;Mã dân tộc\r\nLò Văn Piềng;3688;1948;Nam;3\r\n\r\n;;;;\r\n"
                + "Lường Thị Ón;03688;05/1952;Nữ;03\r\n");
        FileSource source = FileSource.inspect("nhan-khau.csv", file, null, 100);
        assertThat(source.kind()).isEqualTo(ImportKind.PEOPLE);
        assertThat(source.totalRows()).isEqualTo(2);
        List<SourceRow> rows = rows(source, ImportPart.PEOPLE);
        assertThat(rows).extracting(SourceRow::line).containsExactly(2, 5);
        assertThat(rows.get(0).get(ImportColumn.FULL_NAME)).isEqualTo("Lò Văn Piềng");
        assertThat(rows.get(0).get(ImportColumn.PERSON_COMMUNE)).isEqualTo("3688");
        assertThat(rows.get(0).get(ImportColumn.NATIONAL_ID)).isNull();
    }

    @Test
    void theApiFieldNamesAreAcceptedAsHeaders() {
        byte[] file = utf8("householdCode,communeCode,address\n03688-1,03688,Bản Co Muông\n");
        FileSource source = FileSource.inspect("ho.csv", file, ImportPart.HOUSEHOLDS, 100);
        assertThat(rows(source, ImportPart.HOUSEHOLDS).get(0).get(ImportColumn.ADDRESS)).isEqualTo("Bản Co Muông");
    }

    @Test
    void legacyEncodingsAndUtf16AreRefusedNamingTheLine() {
        byte[] windows1258 = (ImportFiles.HOUSEHOLD_HEADER + "\n03688-1,03688,,Đường 1,,,\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1258"));
        ProblemException refused = (ProblemException) catchThrowable(() -> FileSource.inspect("ho.csv", windows1258, null, 10));
        assertThat(refused.code()).isEqualTo("import.encoding");
        assertThat(refused.extensions().get("line")).isEqualTo(1);
        byte[] utf16 = ImportFiles.HOUSEHOLD_HEADER.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        assertThat(code(() -> FileSource.inspect("ho.csv", withBom, null, 10))).isEqualTo("import.encoding");
        assertThat(code(() -> FileSource.inspect("ho.csv", utf16, null, 10))).isEqualTo("import.encoding");
    }

    private static Throwable catchThrowable(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void emptyFilesFilesWithoutDataAndTooManyRowsAreRefused() {
        assertThat(code(() -> FileSource.inspect("ho.csv", new byte[0], null, 10))).isEqualTo("import.empty");
        assertThat(code(() -> FileSource.inspect("ho.csv", utf8(ImportFiles.HOUSEHOLD_HEADER + "\n"), null, 10)))
                .isEqualTo("import.empty");
        String three = ImportFiles.HOUSEHOLD_HEADER + "\na,03688,,x,,,\nb,03688,,x,,,\nc,03688,,x,,,\n";
        assertThat(code(() -> FileSource.inspect("ho.csv", utf8(three), null, 2))).isEqualTo("import.too-many-rows");
        assertThat(code(() -> FileSource.inspect("ho.xls", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 }, null, 2)))
                .isEqualTo("import.unsupported-format");
    }

    @Test
    void aWorkbookReadsBothSheetsAndPutsBackTheLeadingZerosNumbersLost() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
        org.dhatim.fastexcel.Worksheet people = workbook.newWorksheet("NHÂN KHẨU");
        String[] header = ImportFiles.PEOPLE_HEADER.split(",");
        for (int c = 0; c < header.length; c++) {
            people.value(0, c, header[c]);
        }
        people.value(2, 1, 3688); // commune typed as a number, row 3 (row 2 left blank)
        people.value(2, 3, 14048001234L); // identification number typed as a number: lost its leading 0
        people.value(2, 4, "Lò Văn Piềng");
        people.value(2, 5, java.time.LocalDate.of(1948, 5, 17)); // a real date cell
        people.style(2, 5).format("dd/mm/yyyy").set();
        people.value(2, 6, "Nam");
        people.value(2, 7, 3);
        people.value(2, 8, 912345678); // phone typed as a number
        people.value(3, 4, "Lường Thị Ón");
        people.value(3, 5, 1952); // year only, as a number
        people.finish();
        workbook.newWorksheet("Hướng dẫn").finish();
        workbook.finish();

        FileSource source = FileSource.inspect("nhap.xlsx", out.toByteArray(), null, 100);
        assertThat(source.kind()).isEqualTo(ImportKind.WORKBOOK);
        assertThat(source.parts()).containsExactly(ImportPart.PEOPLE);
        List<SourceRow> rows = rows(source, ImportPart.PEOPLE);
        assertThat(rows).extracting(SourceRow::line).containsExactly(3, 4);
        SourceRow first = rows.get(0);
        assertThat(first.get(ImportColumn.PERSON_COMMUNE)).isEqualTo("03688");
        assertThat(first.get(ImportColumn.NATIONAL_ID)).isEqualTo("014048001234");
        assertThat(first.get(ImportColumn.BIRTH_DATE)).isEqualTo("17/05/1948");
        assertThat(first.get(ImportColumn.ETHNIC_GROUP)).isEqualTo("03");
        assertThat(first.get(ImportColumn.PHONE)).isEqualTo("0912345678");
        assertThat(rows.get(1).get(ImportColumn.BIRTH_DATE)).isEqualTo("1952");
        List<SourceRow> resumed = new ArrayList<>();
        source.read(ImportPart.PEOPLE, 3, resumed::add);
        assertThat(resumed).extracting(SourceRow::line).containsExactly(4);
    }

    @Test
    void aWorkbookWithoutTheTemplateSheetsIsRefused() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
        workbook.newWorksheet("Sheet1").value(0, 0, "x");
        workbook.finish();
        assertThat(code(() -> FileSource.inspect("a.xlsx", out.toByteArray(), null, 100))).isEqualTo("import.sheets");
    }

    @Test
    void labelsDatesAndCodesAreMappedToTheApiValues() {
        RowMapper mapper = new RowMapper(new vn.ansinh.shared.Messages(), vn.ansinh.shared.Messages.VIETNAMESE);
        String[] values = new String[ImportPart.PEOPLE.columns().size()];
        values[ImportColumn.PERSON_COMMUNE.position()] = "3688";
        values[ImportColumn.RELATION.position()] = "vợ/chồng";
        values[ImportColumn.FULL_NAME.position()] = "Lường  Thị   Ón";
        values[ImportColumn.BIRTH_DATE.position()] = "5/1952";
        values[ImportColumn.SEX.position()] = "NỮ";
        values[ImportColumn.ETHNIC_GROUP.position()] = "3";
        values[ImportColumn.NATIONAL_ID.position()] = "014 152 004 321";
        values[ImportColumn.PHONE.position()] = "091.234.5678";
        List<RowIssue> issues = new ArrayList<>();
        RowMapper.PersonLine person = mapper.person(new SourceRow(ImportPart.PEOPLE, 7, values, 0), issues);
        assertThat(issues).isEmpty();
        assertThat(person).isEqualTo(new RowMapper.PersonLine(7, null, "03688", "SPOUSE", "014152004321", "Lường Thị Ón",
                "1952-05", "FEMALE", "03", "0912345678"));

        values[ImportColumn.BIRTH_DATE.position()] = "30/02/1952";
        values[ImportColumn.SEX.position()] = "F";
        assertThat(mapper.person(new SourceRow(ImportPart.PEOPLE, 8, values, 1), issues)).isNull();
        assertThat(issues).extracting(RowIssue::field).containsExactly(null, "sex", "birthDate");
        assertThat(issues).extracting(RowIssue::code).containsExactly("extra-cells", "unknown-value", "birth-date-format");
        assertThat(issues.get(1).message()).contains("\"F\"").contains("Nam, Nữ");
    }
}
