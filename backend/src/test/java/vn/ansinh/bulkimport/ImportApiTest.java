package vn.ansinh.bulkimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.ansinh.testing.Api;

@QuarkusTest
class ImportApiTest {

    private static final String PROBLEM = "application/problem+json";

    @TestHTTPResource("/")
    java.net.URL base;

    @Inject
    ImportJobRepository jobs;

    @Inject
    ImportJobStore store;

    private String session;

    @BeforeEach
    void logIn() {
        session = Api.sessionOf("worker");
    }

    private RequestSpecification worker() {
        return RestAssured.given().cookie("ansinh_session", session);
    }

    private Response upload(String fileName, byte[] content, String mediaType, String kind) {
        RequestSpecification request = worker().multiPart("file", fileName, content, mediaType);
        if (kind != null) {
            request.multiPart("kind", kind);
        }
        return request.post("/api/v1/imports");
    }

    private JsonPath finished(String id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonPath job = worker().get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
                return job;
            }
            sleep(100);
        }
        throw new AssertionError("import " + id + " did not finish in 60 s");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** People the worker finds by this exact name (folded search, then exact match). */
    private long peopleNamed(String fullName) {
        List<String> names = worker().queryParam("q", fullName).queryParam("size", 100).get("/api/v1/people")
                .then().statusCode(200).extract().jsonPath().getList("items.fullName", String.class);
        return names.stream().filter(fullName::equals).count();
    }

    private long jobCount() {
        return worker().get("/api/v1/imports").then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }

    @Test
    void theCsvTemplatesHaveVietnameseHeadersAndAByteOrderMark() {
        byte[] people = worker().queryParam("format", "csv").queryParam("kind", "people").get("/api/v1/imports/template")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment")).extract().asByteArray();
        assertThat(Arrays.copyOf(people, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(people, 3, people.length - 3, StandardCharsets.UTF_8).strip()).isEqualTo(ImportFiles.PEOPLE_HEADER);
        byte[] households = worker().queryParam("format", "csv").queryParam("kind", "households").get("/api/v1/imports/template")
                .then().statusCode(200).extract().asByteArray();
        assertThat(new String(households, 3, households.length - 3, StandardCharsets.UTF_8).strip())
                .isEqualTo(ImportFiles.HOUSEHOLD_HEADER);
        worker().queryParam("format", "csv").get("/api/v1/imports/template")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("kind"));
    }

    @Test
    void theXlsxTemplateHasOneSheetPerPartAndInstructions() throws Exception {
        byte[] workbook = worker().queryParam("format", "xlsx").get("/api/v1/imports/template")
                .then().statusCode(200).contentType(containsString("spreadsheetml")).extract().asByteArray();
        try (ReadableWorkbook read = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(read.getSheets().map(Sheet::getName)).containsExactly("Hộ gia đình", "Nhân khẩu", "Hướng dẫn");
            List<String> header = new ArrayList<>();
            read.findSheet("Nhân khẩu").orElseThrow().read().get(0).forEach(cell -> header.add(cell.getText()));
            assertThat(String.join(",", header)).isEqualTo(ImportFiles.PEOPLE_HEADER);
        }
    }

    @Test
    void aGoodCsvIsImportedInTheBackgroundWithProgress() {
        ImportFiles.Family one = ImportFiles.family();
        ImportFiles.Family two = ImportFiles.family();
        String id = upload("ho.csv", ImportFiles.csv(ImportFiles.HOUSEHOLD_HEADER, List.of(one.householdRow(), two.householdRow())),
                "text/csv", "households")
                .then().statusCode(202).header("Location", containsString("/api/v1/imports/"))
                .body("status", is("QUEUED")).body("kind", is("HOUSEHOLDS")).body("format", is("CSV"))
                .body("totalRows", is(2)).body("sha256", notNullValue()).extract().path("id");
        JsonPath job = finished(id);
        assertThat(job.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("processedRows")).isEqualTo(2);
        assertThat(job.getInt("storedRows")).isEqualTo(2);
        assertThat(job.getInt("failedRows")).isZero();
        assertThat(job.getString("errorReportHref")).isNull();
        worker().get("/api/v1/imports").then().statusCode(200).body("items.id", hasItems(id));
    }

    @Test
    void aMixedFileStoresTheGoodRowsAndReportsTheBadOnesWithLineColumnAndReason() {
        ImportFiles.Family family = ImportFiles.family();
        List<List<String>> rows = new ArrayList<>(family.peopleRows());
        List<String> badSex = new ArrayList<>(family.peopleRows().get(1));
        badSex.set(4, "Lường Thị " + ImportFiles.word());
        badSex.set(6, "X");
        rows.add(badSex);
        List<String> badDate = new ArrayList<>(family.peopleRows().get(1));
        badDate.set(4, "Lường Thị " + ImportFiles.word());
        badDate.set(5, "31/02/1950");
        rows.add(badDate);
        List<String> badNationalId = new ArrayList<>(family.peopleRows().get(0));
        badNationalId.set(4, "Lò Văn " + ImportFiles.word());
        badNationalId.set(3, ImportFiles.nationalId(true, 1948)); // a woman's number for a man
        rows.add(badNationalId);
        byte[] householdFile = ImportFiles.csv(ImportFiles.HOUSEHOLD_HEADER, List.of(family.householdRow()));
        finished(upload("ho.csv", householdFile, "text/csv", "households").then().statusCode(202).extract().path("id"));

        String id = upload("nhan-khau.csv", ImportFiles.csv(ImportFiles.PEOPLE_HEADER, rows), "text/csv", "people")
                .then().statusCode(202).extract().path("id");
        JsonPath job = finished(id);
        assertThat(job.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("totalRows")).isEqualTo(5);
        assertThat(job.getInt("storedRows")).isEqualTo(2);
        assertThat(job.getInt("failedRows")).isEqualTo(3);
        assertThat(peopleNamed(family.peopleRows().get(0).get(4))).isEqualTo(1);
        assertThat(peopleNamed(badSex.get(4))).isZero();
        assertThat(job.getString("errorReportHref")).isEqualTo("/api/v1/imports/" + id + "/errors");

        byte[] report = worker().get(job.getString("errorReportHref")).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asByteArray();
        assertThat(Arrays.copyOf(report, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(report, 3, report.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("Dòng,Cột,Mã lỗi,Lý do");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("4,Giới tính,unknown-value,"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("5,Ngày sinh,birth-date-format,"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("6,Số định danh,nationalId.sex,"));
    }

    @Test
    void theSameFileTwiceStoresNothingTheSecondTime() {
        ImportFiles.Family family = ImportFiles.family();
        byte[] workbook = ImportFiles.xlsx(List.of(family.householdRow()), family.peopleRows());
        String first = upload("ho-va-nhan-khau.xlsx", workbook, ImportTemplates.XLSX_MEDIA_TYPE, null)
                .then().statusCode(202).body("kind", is("WORKBOOK")).body("totalRows", is(3))
                .body("sameFileAsJobId", nullValue()).extract().path("id");
        JsonPath one = finished(first);
        assertThat(one.getInt("storedRows")).isEqualTo(3);

        String second = upload("ho-va-nhan-khau (1).xlsx", workbook, ImportTemplates.XLSX_MEDIA_TYPE, null)
                .then().statusCode(202).body("sameFileAsJobId", is(first)).extract().path("id");
        JsonPath two = finished(second);
        assertThat(two.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(two.getInt("storedRows")).isZero();
        assertThat(two.getInt("unchangedRows")).isEqualTo(3);
        assertThat(two.getInt("failedRows")).isZero();
        assertThat(peopleNamed(family.peopleRows().get(0).get(4))).isEqualTo(1);
        assertThat(peopleNamed(family.peopleRows().get(1).get(4))).isEqualTo(1);
    }

    @Test
    void aCsvInWindows1258IsRefusedAndNothingIsStored() {
        long before = jobCount();
        byte[] legacy = (ImportFiles.PEOPLE_HEADER + "\r\n,03688,Chủ hộ,,Đinh Văn Đức,1950,Nam,01,\r\n")
                .getBytes(Charset.forName("windows-1258"));
        upload("nhan-khau.csv", legacy, "text/csv", "people")
                .then().statusCode(415).contentType(PROBLEM).body("code", is("import.encoding")).body("line", is(1));
        assertThat(jobCount()).isEqualTo(before);
    }

    @Test
    void aDamagedWorkbookIsRefused() {
        long before = jobCount();
        byte[] workbook = ImportFiles.xlsx(List.of(ImportFiles.family().householdRow()), List.of());
        byte[] truncated = Arrays.copyOf(workbook, workbook.length / 2);
        upload("ho.xlsx", truncated, ImportTemplates.XLSX_MEDIA_TYPE, null)
                .then().statusCode(400).contentType(PROBLEM).body("code", is("import.malformed"));
        upload("ho.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8), ImportTemplates.XLSX_MEDIA_TYPE, null)
                .then().statusCode(400).contentType(PROBLEM).body("code", is("import.malformed"));
        upload("ho.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), "application/pdf", null)
                .then().statusCode(415).contentType(PROBLEM).body("code", is("import.unsupported-format"));
        assertThat(jobCount()).isEqualTo(before);
    }

    @Test
    void wrongHeadersAreRefusedNamingWhatIsMissingAndUnknown() {
        long before = jobCount();
        byte[] file = ImportFiles.csv("Mã hộ,Mã xã,Họ tên,Ngày sinh,Giới tính,Mã dân tộc,Ghi chú",
                List.of(List.of("03688-1", "03688", "Lò Văn A", "1950", "Nam", "03", "x")));
        upload("nhan-khau.csv", file, "text/csv", "people")
                .then().statusCode(400).contentType(PROBLEM).body("code", is("import.headers"))
                .body("missing", hasItems("Họ và tên")).body("unknown", hasItems("Họ tên", "Ghi chú"));
        byte[] households = ImportFiles.csv(ImportFiles.HOUSEHOLD_HEADER, List.of(ImportFiles.family().householdRow()));
        upload("ho.csv", households, "text/csv", "people")
                .then().statusCode(400).contentType(PROBLEM).body("code", is("import.kind"));
        byte[] unterminated = (ImportFiles.PEOPLE_HEADER + "\r\n,03688,Chủ hộ,,\"Lò Văn A,1950,Nam,03,\r\n")
                .getBytes(StandardCharsets.UTF_8);
        upload("nhan-khau.csv", unterminated, "text/csv", "people")
                .then().statusCode(400).contentType(PROBLEM).body("code", is("import.malformed-line")).body("line", is(2));
        assertThat(jobCount()).isEqualTo(before);
    }

    @Test
    void aFileOver20MegabytesIsRefused() {
        long before = jobCount();
        StringBuilder big = new StringBuilder(ImportFiles.HOUSEHOLD_HEADER).append("\r\n");
        String row = "03688-X,03688,Bản A,Địa chỉ rất dài " + "x".repeat(200) + ",Nghèo,01/01/2025,1/QĐ\r\n";
        while (big.length() < 21 * 1024 * 1024) {
            big.append(row);
        }
        upload("ho.csv", big.toString().getBytes(StandardCharsets.UTF_8), "text/csv", "households")
                .then().statusCode(413).contentType(PROBLEM).body("code", is("import.too-large"))
                .body("maxBytes", is(20971520));
        assertThat(jobCount()).isEqualTo(before);
    }

    @Test
    void a50MegabyteUploadIsRefusedBeforeItsBodyIsRead() throws Exception {
        long before = jobCount();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST /api/v1/imports HTTP/1.1\r\nHost: localhost\r\nCookie: ansinh_session=" + session + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " + (50L * 1024 * 1024) + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write("--x\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = readResponse(socket.getInputStream());
            assertThat(response).startsWith("HTTP/1.1 413");
            assertThat(response).contains("application/problem+json").contains("\"code\":\"request.too-large\"");
        }
        assertThat(jobCount()).isEqualTo(before);
    }

    /** Status line, headers and a body of Content-Length bytes: the server answers while the client is still "sending". */
    private static String readResponse(InputStream in) throws java.io.IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return head + new String(body, StandardCharsets.UTF_8);
    }

    @Test
    void anInterruptedJobBecomesFailedAndResumesWithoutDuplicates() {
        ImportFiles.Family one = ImportFiles.family();
        ImportFiles.Family two = ImportFiles.family();
        byte[] file = ImportFiles.csv(ImportFiles.HOUSEHOLD_HEADER, List.of(one.householdRow(), two.householdRow()));
        String id = upload("ho.csv", file, "text/csv", "households").then().statusCode(202).extract().path("id");
        finished(id);
        // As if the instance had died after the first batch: RUNNING, silent, resume point after line 2.
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = jobs.findById(UUID.fromString(id));
            job.status = ImportStatus.RUNNING;
            job.finishedAt = null;
            job.heartbeatAt = Instant.now().minus(Duration.ofMinutes(10));
            job.resumeLine = 2;
            job.processedRows = 1;
            job.storedRows = 1;
        });
        worker().post("/api/v1/imports/" + id + "/resumption").then().statusCode(409).body("code", is("import.not-resumable"));
        store.failSilentJobs(Instant.now().minus(Duration.ofMinutes(2))); // what the worker's sweep does every 30 s
        worker().get("/api/v1/imports/" + id).then().statusCode(200).body("status", is("FAILED"))
                .body("failureCode", is("import.interrupted")).body("resumable", is(true));

        worker().post("/api/v1/imports/" + id + "/resumption").then().statusCode(202).body("status", is("QUEUED"));
        JsonPath job = finished(id);
        assertThat(job.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("processedRows")).isEqualTo(2);
        // Line 3 was imported again on resumption: it was already there, so it is unchanged, not a duplicate.
        assertThat(job.getInt("storedRows")).isEqualTo(1);
        assertThat(job.getInt("unchangedRows")).isEqualTo(1);
    }

    @Test
    void anotherUsersJobIsNotFound() {
        String id = upload("ho.csv", ImportFiles.csv(ImportFiles.HOUSEHOLD_HEADER, List.of(ImportFiles.family().householdRow())),
                "text/csv", "households").then().statusCode(202).extract().path("id");
        Api.as("admin").get("/api/v1/imports/" + id).then().statusCode(404).contentType(PROBLEM).body("code", is("import.not-found"));
        Api.as("agent").get("/api/v1/imports").then().statusCode(403);
        finished(id);
    }
}
