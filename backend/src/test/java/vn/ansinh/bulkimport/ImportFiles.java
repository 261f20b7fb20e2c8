package vn.ansinh.bulkimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Builds import files for tests: households and people of one commune with values unique to the test. */
final class ImportFiles {

    static final String COMMUNE = "03688";
    static final String HOUSEHOLD_HEADER = "Mã hộ,Mã xã,Thôn/bản,Địa chỉ,Tình trạng nghèo,Từ ngày,Số quyết định";
    static final String PEOPLE_HEADER = "Mã hộ,Mã xã,Quan hệ với chủ hộ,Số định danh,Họ và tên,Ngày sinh,Giới tính,Mã dân tộc,Số điện thoại";

    private ImportFiles() {
    }

    /** A name word nobody else uses, of letters only (valid in a person's name). */
    static String word() {
        StringBuilder word = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        word.append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 7; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    static String householdCode() {
        return COMMUNE + "-T" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    /** A valid 12-digit identification number for a man born in 19yy (century/sex digit 0) or a woman (1). */
    static String nationalId(boolean female, int year) {
        int centurySex = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
        return "014" + centurySex + String.format("%02d", year % 100)
                + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    record Family(String householdCode, List<String> householdRow, List<List<String>> peopleRows) {
    }

    /** A household of two: a man born in 1948 (year only) as head and a woman born 05/1952. */
    static Family family() {
        String code = householdCode();
        String surname = word();
        List<String> household = List.of(code, COMMUNE, "Bản " + word(), "Bản thử, xã Mường Chiên", "Nghèo", "15/01/2025",
                "12/QĐ-UBND");
        List<List<String>> people = new ArrayList<>();
        people.add(List.of(code, COMMUNE, "Chủ hộ", nationalId(false, 1948), "Lò Văn " + surname, "1948", "Nam", "03", ""));
        people.add(List.of(code, COMMUNE, "Vợ/chồng", nationalId(true, 1952), "Lường Thị " + surname, "05/1952", "Nữ", "03",
                "0912345678"));
        return new Family(code, household, people);
    }

    static byte[] csv(String header, List<List<String>> rows) {
        StringBuilder text = new StringBuilder(header).append("\r\n");
        for (List<String> row : rows) {
            text.append(String.join(",", row.stream().map(ImportFiles::quoted).toList())).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    static byte[] xlsx(List<List<String>> households, List<List<String>> people) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "test", "1.0");
            sheet(workbook, "Hộ gia đình", HOUSEHOLD_HEADER, households);
            sheet(workbook, "Nhân khẩu", PEOPLE_HEADER, people);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void sheet(Workbook workbook, String name, String header, List<List<String>> rows) throws IOException {
        Worksheet sheet = workbook.newWorksheet(name);
        String[] headers = header.split(",");
        for (int c = 0; c < headers.length; c++) {
            sheet.value(0, c, headers[c]);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                String value = rows.get(r).get(c);
                if (!value.isEmpty()) {
                    sheet.value(r + 1, c, value);
                }
            }
        }
        sheet.finish();
    }
}
