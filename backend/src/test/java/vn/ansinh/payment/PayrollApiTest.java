package vn.ansinh.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static vn.ansinh.payment.PaymentFixtures.APPROVER;
import static vn.ansinh.payment.PaymentFixtures.count;
import static vn.ansinh.payment.PaymentFixtures.entitled;
import static vn.ansinh.payment.PaymentFixtures.generate;
import static vn.ansinh.payment.PaymentFixtures.json;
import static vn.ansinh.payment.PaymentFixtures.line;
import static vn.ansinh.payment.PaymentFixtures.linesOf;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.ansinh.shared.Uuids;
import vn.ansinh.testing.Api;

@QuarkusTest
class PayrollApiTest {

    @Test
    void aPayrollHasOneLinePerPayableEntitlementWithArrearsAndSnapshotsAndGeneratingAgainAddsNothing() {
        PaymentFixtures.Commune commune = PaymentFixtures.communeWithAgent();
        PaymentFixtures.Entitled early = entitled(commune.code(), "2025-01");
        PaymentFixtures.Entitled starting = entitled(commune.code(), "2025-03");
        PaymentFixtures.Entitled later = entitled(commune.code(), "2025-04");
        PaymentFixtures.Entitled endingNow = entitled(commune.code(), "2025-01");
        PaymentFixtures.endAfter(endingNow.entitlementId(), "2025-03");
        PaymentFixtures.Entitled endedBefore = entitled(commune.code(), "2025-01");
        PaymentFixtures.endAfter(endedBefore.entitlementId(), "2025-02");

        String payroll = generate(commune.code(), "2025-03");

        Map<String, Object> regular = line(payroll, early.entitlementId(), "REGULAR");
        assertThat(regular).containsEntry("amountVnd", 750000).containsEntry("firstMonth", "2025-03")
                .containsEntry("lastMonth", "2025-03").containsEntry("monthCount", 1).containsEntry("status", "PENDING")
                .containsEntry("fullName", early.fullName()).containsEntry("nationalId", early.nationalId())
                .containsEntry("villageName", early.village()).containsEntry("groupCode", "ND20_5_5_A_80_PLUS")
                .containsEntry("coefficient", 1.5f).containsEntry("standardLevelVnd", 500000);
        Map<String, Object> arrears = line(payroll, early.entitlementId(), "ARREARS");
        assertThat(arrears).containsEntry("amountVnd", 1500000).containsEntry("firstMonth", "2025-01")
                .containsEntry("lastMonth", "2025-02").containsEntry("monthCount", 2);
        assertThat(linesOf(payroll, starting.entitlementId())).extracting(l -> l.get("kind")).containsExactly("REGULAR");
        assertThat(linesOf(payroll, later.entitlementId())).isEmpty();
        assertThat(linesOf(payroll, endingNow.entitlementId())).extracting(l -> l.get("kind"))
                .containsExactlyInAnyOrder("REGULAR", "ARREARS");
        assertThat(linesOf(payroll, endedBefore.entitlementId())).isEmpty();
        assertThat(count("select count(*) from payment_line_month where entitlement_id = ?",
                Uuids.bytes(early.entitlementId()))).isEqualTo(3);

        JsonPath first = Api.session("province").get("/api/v1/payrolls/" + payroll).then().statusCode(200)
                .body("status", is("DRAFT")).body("generatedBy", is("province")).extract().jsonPath();
        assertThat(first.getInt("lineCount")).isEqualTo(5);
        assertThat(first.getLong("totalVnd")).isEqualTo(750000L * 3 + 1500000L * 2);

        assertThat(generate(commune.code(), "2025-03")).isEqualTo(payroll);
        Api.session("province").get("/api/v1/payrolls/" + payroll).then().statusCode(200)
                .body("lineCount", is(first.getInt("lineCount"))).body("totalVnd", is(first.getInt("totalVnd")));
        assertThat(linesOf(payroll, early.entitlementId())).hasSize(2);

        // The next month: one regular line each, no arrears (every earlier month is held by a line).
        String april = generate(commune.code(), "2025-04");
        assertThat(linesOf(april, early.entitlementId())).extracting(l -> l.get("kind")).containsExactly("REGULAR");
        assertThat(linesOf(april, later.entitlementId())).extracting(l -> l.get("kind")).containsExactly("REGULAR");
        assertThat(linesOf(april, endingNow.entitlementId())).isEmpty();
    }

    @Test
    void racingGenerationsMakeOnePayrollWithEachMonthOnce() throws Exception {
        PaymentFixtures.Commune commune = PaymentFixtures.communeWithAgent();
        PaymentFixtures.Entitled person = entitled(commune.code(), "2025-05");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<String>> runs = List.of(1, 2, 3, 4).stream()
                    .map(i -> CompletableFuture.supplyAsync(() -> json(i % 2 == 0 ? "province" : "province")
                            .body(Map.of("month", "2025-06", i % 2 == 0 ? "communeCode" : "provinceCode",
                                    i % 2 == 0 ? commune.code() : "14"))
                            .post("/api/v1/payroll-runs").then().statusCode(202).extract().<String>path("id"), pool))
                    .toList();
            for (CompletableFuture<String> run : runs) {
                PaymentFixtures.awaitRun(run.get());
            }
        } finally {
            pool.shutdown();
        }
        String payroll = PaymentFixtures.payrollOf(commune.code(), "2025-06");
        assertThat(linesOf(payroll, person.entitlementId())).extracting(l -> l.get("kind"))
                .containsExactlyInAnyOrder("REGULAR", "ARREARS");
        assertThat(count("select count(*) from payroll where commune_code = ? and month = '2025-06-01'", commune.code()))
                .isEqualTo(1);
    }

    @Test
    void aProvinceRunGeneratesEachCommuneInItsOwnTransactionAndCountsCommunesAsProgress() {
        PaymentFixtures.Commune first = PaymentFixtures.communeWithAgent();
        PaymentFixtures.Commune second = PaymentFixtures.communeWithAgent();
        PaymentFixtures.Entitled inFirst = entitled(first.code(), "2025-08");
        PaymentFixtures.Entitled inSecond = entitled(second.code(), "2025-07");

        String runId = json("province").body(Map.of("month", "2025-08", "provinceCode", "14")).post("/api/v1/payroll-runs")
                .then().statusCode(202).extract().path("id");
        PaymentFixtures.awaitRun(runId);

        JsonPath run = Api.session("province").get("/api/v1/payroll-runs/" + runId).then().statusCode(200).extract().jsonPath();
        assertThat(run.getInt("total")).as("communes of the province with something to pay").isGreaterThanOrEqualTo(2);
        assertThat(run.getInt("done")).isEqualTo(run.getInt("total"));
        assertThat(linesOf(PaymentFixtures.payrollOf(first.code(), "2025-08"), inFirst.entitlementId()))
                .extracting(l -> l.get("kind")).containsExactly("REGULAR");
        assertThat(linesOf(PaymentFixtures.payrollOf(second.code(), "2025-08"), inSecond.entitlementId()))
                .extracting(l -> l.get("kind")).containsExactlyInAnyOrder("REGULAR", "ARREARS");
        // Each commune's generation recorded its own event: one per payroll, not one per run or per line.
        assertThat(count("select count(*) from audit_event where action = 'payroll.generated' and commune_code in (?, ?)"
                + " and changes like '%2025-08%'", first.code(), second.code())).isEqualTo(2);
        assertThat(count("select count(*) from payroll_arrears_month")).as("work rows are removed").isZero();
    }

    @Test
    void approvalNeedsAnotherUserFreezesTheTotalsAndCorrectionsAreAdjustmentLines() {
        PaymentFixtures.Commune commune = PaymentFixtures.communeWithAgent();
        PaymentFixtures.Entitled person = entitled(commune.code(), "2025-07");
        String payroll = generate(commune.code(), "2025-07");
        Api.session("province").post("/api/v1/payrolls/" + payroll + "/approval").then().statusCode(409)
                .body("code", is("payment.same-approver"));
        Api.session(APPROVER).post("/api/v1/payrolls/" + payroll + "/approval").then().statusCode(200)
                .body("status", is("APPROVED")).body("approvedBy", is(APPROVER));
        Api.session(APPROVER).post("/api/v1/payrolls/" + payroll + "/approval").then().statusCode(409)
                .body("code", is("payment.payroll-state"));

        // A new entitlement after approval changes nothing in the approved payroll; it is paid later as arrears.
        PaymentFixtures.Entitled newcomer = entitled(commune.code(), "2025-07");
        assertThat(generate(commune.code(), "2025-07")).isEqualTo(payroll);
        assertThat(linesOf(payroll, newcomer.entitlementId())).isEmpty();
        Api.session("province").get("/api/v1/payrolls/" + payroll).then().body("lineCount", is(1)).body("totalVnd", is(750000));

        Object lineId = line(payroll, person.entitlementId(), "REGULAR").get("id");
        json("province").body(Map.of("lineId", lineId, "amountVnd", -250000, "reason", "Hệ số sai: 1,0 thay vì 1,5"))
                .post("/api/v1/payrolls/" + payroll + "/adjustments").then().statusCode(201)
                .body("kind", is("ADJUSTMENT")).body("amountVnd", is(-250000)).body("sourceId", is(lineId));
        Api.session("province").get("/api/v1/payrolls/" + payroll).then().body("lineCount", is(1)).body("totalVnd", is(750000))
                .body("adjustmentCount", is(1)).body("payableTotalVnd", is(500000));
        Api.session("province").post("/api/v1/payrolls/" + payroll + "/dispatch").then().statusCode(200)
                .body("status", is("SENT")).body("agentId", is(commune.agentId()));
        json(commune.agentUser()).body(Map.of("lineCount", 1, "totalVnd", 750000))
                .post("/api/v1/payrolls/" + payroll + "/acknowledgement").then().statusCode(409)
                .body("code", is("payment.control-totals"));
        json(commune.agentUser()).body(Map.of("lineCount", 2, "totalVnd", 500000))
                .post("/api/v1/payrolls/" + payroll + "/acknowledgement").then().statusCode(200)
                .body("status", is("ACKNOWLEDGED"));

        String august = generate(commune.code(), "2025-08");
        assertThat(line(august, newcomer.entitlementId(), "ARREARS")).containsEntry("firstMonth", "2025-07")
                .containsEntry("lastMonth", "2025-07");
    }

    @Test
    void anAgentSeesOnlyThePayrollsSentToItInItsCommunes() {
        PaymentFixtures.Commune mine = PaymentFixtures.communeWithAgent();
        PaymentFixtures.Commune other = PaymentFixtures.communeWithAgent();
        entitled(mine.code(), "2025-09");
        entitled(other.code(), "2025-09");
        String myPayroll = generate(mine.code(), "2025-09");
        String otherPayroll = generate(other.code(), "2025-09");
        Api.session(mine.agentUser()).get("/api/v1/payrolls/" + myPayroll).then().statusCode(404);
        PaymentFixtures.readyForAgent(myPayroll, mine.agentUser());
        PaymentFixtures.readyForAgent(otherPayroll, other.agentUser());
        Api.session(mine.agentUser()).get("/api/v1/payrolls/" + myPayroll).then().statusCode(200);
        Api.session(mine.agentUser()).get("/api/v1/payrolls/" + otherPayroll).then().statusCode(404);
        List<String> visible = Api.session(mine.agentUser()).get("/api/v1/payrolls").then().statusCode(200)
                .extract().path("items.id");
        assertThat(visible).contains(myPayroll).doesNotContain(otherPayroll);
    }

    @Test
    void theReconciliationAndTheExportsShowPaidNotPaidAndTheBalance() {
        PaymentFixtures.Commune commune = PaymentFixtures.communeWithAgent();
        PaymentFixtures.Entitled paid = entitled(commune.code(), "2025-10");
        PaymentFixtures.Entitled absent = entitled(commune.code(), "2025-10");
        String payroll = generate(commune.code(), "2025-10");
        PaymentFixtures.readyForAgent(payroll, commune.agentUser());
        PaymentFixtures.confirm(commune.agentUser(), line(payroll, paid.entitlementId(), "REGULAR").get("id"),
                java.util.UUID.randomUUID().toString(), PaymentFixtures.paidCash()).statusCode(201);
        PaymentFixtures.confirm(commune.agentUser(), line(payroll, absent.entitlementId(), "REGULAR").get("id"),
                java.util.UUID.randomUUID().toString(), PaymentFixtures.notPaid("ABSENT")).statusCode(201);
        Api.session("province").get("/api/v1/payrolls/" + payroll + "/reconciliation").then().statusCode(200)
                .body("paid.amountVnd", is(750000)).body("notPaid.count", is(1)).body("notPaidByReason.ABSENT.amountVnd", is(750000))
                .body("reportDueBy", is("2025-10-20"));
        byte[] xlsx = Api.session("province").get("/api/v1/payrolls/" + payroll + "/export?format=xlsx").then().statusCode(200)
                .contentType(PayrollExports.XLSX).extract().asByteArray();
        assertThat(xlsx).startsWith('P', 'K');
        byte[] pdf = Api.session("province").get("/api/v1/payrolls/" + payroll + "/export?format=pdf").then().statusCode(200)
                .contentType(PayrollExports.PDF).extract().asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // The list the chairman signs names the commune and the month as people write them, each person with the amount in
        // figures and in words, and what the group codes of the table mean.
        String communeName = Api.session("province").get("/api/v1/areas/" + commune.code()).then().statusCode(200).extract().path("name");
        String list = pdfText(pdf); // the cells of a row run together in the extracted text
        assertThat(list).contains(communeName + " Tháng 10/2025").contains(paid.fullName()).contains(absent.fullName())
                .contains("Hằng tháng10/2025750.000").contains("Bảy trăm năm mươi nghìn đồng").contains("Nhóm đối tượng:");
        assertThat(list).contains("ND20_5_5_A_80_PLUS: Người cao tuổi từ 80 tuổi thuộc hộ nghèo không có người phụng dưỡng");
        assertThat(xlsxText(xlsx)).contains(communeName + " — Tháng 10/2025").contains(paid.fullName())
                .contains("Người cao tuổi từ 80 tuổi thuộc hộ nghèo không có người phụng dưỡng").contains(">10/2025<");
        Api.session("province").get("/api/v1/payrolls/" + payroll + "/reconciliation/export").then().statusCode(200)
                .contentType(PayrollExports.XLSX);
        Api.session("province").post("/api/v1/payrolls/" + payroll + "/closure").then().statusCode(200)
                .body("status", is("CLOSED"));
    }

    private static String pdfText(byte[] pdf) {
        try {
            com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
            com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The text of every part of a workbook (cells are XML inside the zip, read by its central directory). */
    private static String xlsxText(byte[] xlsx) {
        StringBuilder text = new StringBuilder();
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("payroll", ".xlsx");
            java.nio.file.Files.write(file, xlsx);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    text.append(new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            } finally {
                java.nio.file.Files.delete(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // Cells hold Vietnamese as XML character references (&#x1b0; for ư).
        return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(text)
                .replaceAll(m -> Character.toString(Integer.parseInt(m.group(1), 16)));
    }

    @Test
    void amountsAreWrittenInVietnameseWords() {
        assertThat(vn.ansinh.shared.VndAmounts.words(750_000)).isEqualTo("Bảy trăm năm mươi nghìn đồng");
        assertThat(vn.ansinh.shared.VndAmounts.figures(10_000_000)).isEqualTo("10.000.000");
    }
}
