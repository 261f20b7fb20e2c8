package vn.ansinh.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.ansinh.testing.People.aPerson;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.ansinh.testing.Accounts;
import vn.ansinh.testing.Api;

@QuarkusTest
class CaseWorkflowApiTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aCaseGoesFromDraftToAnEntitlementWithItsTimelineDocumentsObjectionsAndDecision() {
        String person = Cases.elderly();
        JsonPath draft = Cases.create(person, "ND176_75_PLUS").statusCode(201).body("status", is("DRAFT"))
                .body("programmeCode", is("ND176_SOCIAL_PENSION")).extract().jsonPath();
        String id = draft.getString("id");
        String document = Api.session("worker").contentType(ContentType.JSON)
                .body(Map.of("type", "ID_CARD", "number", "014045001234", "issuer", "Cục Cảnh sát QLHC về TTXH", "issuedOn", "2021-05-10"))
                .post("/api/v1/cases/" + id + "/documents").then().statusCode(201).extract().path("id");
        Api.session("worker").contentType("application/pdf").header("X-File-Name", "cccd.pdf").body(PDF)
                .put("/api/v1/cases/" + id + "/documents/" + document + "/file").then().statusCode(200)
                .body("contentType", is("application/pdf")).body("sizeBytes", is(PDF.length)).body("fileName", is("cccd.pdf"));
        byte[] back = Api.session("approver").get("/api/v1/cases/" + id + "/documents/" + document + "/file").then().statusCode(200)
                .header("Content-Type", "application/pdf").header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        assertThat(back).isEqualTo(PDF);

        Cases.submit(id, "2026-11-16");
        Cases.step("worker", id, "review", null).statusCode(200).body("status", is("UNDER_REVIEW"))
                .body("eligibility.on", notNullValue()).body("eligibility.programmes.size()", org.hamcrest.Matchers.greaterThan(0));
        Cases.step("worker", id, "posting", Map.of("start", "2026-11-24", "end", "2026-11-25")).statusCode(200)
                .body("status", is("POSTED"));
        String objection = Cases.step("worker", id, "objections", Map.of("receivedOn", "2026-11-25", "objector", "Trưởng bản",
                "content", "Ông có lương hưu?")).statusCode(201).body("dueOn", is("2026-12-09")).extract().path("id");
        Cases.step("worker", id, "proposal", null).statusCode(409).body("code", is("case.objections-open"));
        Cases.step("worker", id, "objections/" + objection + "/answer", Map.of("answer", "Đã kiểm tra: không có lương hưu"))
                .statusCode(200).body("answeredBy", is("worker"));
        Cases.step("worker", id, "proposal", null).statusCode(200).body("status", is("PROPOSED"));
        JsonPath approved = Cases.step("approver", id, "approval", Cases.DECISION).statusCode(200).body("status", is("APPROVED"))
                .body("decisionNumber", is("15/QĐ-UBND")).body("entitlementId", notNullValue()).extract().jsonPath();
        assertThat(approved.getList("timeline.action")).containsExactly("created", "document-added", "file-uploaded", "submitted",
                "review-started", "posted", "objection-received", "objection-answered", "proposed", "approved");
        assertThat(approved.getString("submitter.kind")).isEqualTo("RELATIVE");
        assertThat(approved.getString("timeline[9].actorRole")).isEqualTo("APPROVER");

        // ND176_75_PLUS starts from the month of turning 75, not before receipt: November 2026, paid as arrears with December
        Api.session("worker").get("/api/v1/entitlements/" + approved.getString("entitlementId")).then().statusCode(200)
                .body("groupCode", is("ND176_75_PLUS")).body("startMonth", is("2026-11")).body("amountVnd", is(500000))
                .body("caseId", is(id)).body("arrearsMonths", contains("2026-11", "2026-12"));
        byte[] pdf = Api.session("worker").get("/api/v1/cases/" + id + "/decision").then().statusCode(200)
                .header("Content-Type", "application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(5_000);
        String decision = decisionText(pdf);
        assertThat(decision).contains("QUYẾT ĐỊNH").contains("Điều 1.")
                .contains("mức trợ cấp: 500.000 đồng/tháng (bằng chữ: năm trăm nghìn đồng)");
    }

    private static String decisionText(byte[] pdf) {
        try {
            return new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf)).getTextFromPage(1)
                    .replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void eachIllegalTransitionAnswers409WithAStableCode() {
        String id = Cases.draft(Cases.elderly(), "ND176_75_PLUS");
        Cases.step("worker", id, "review", null).statusCode(409).body("code", is("case.illegal-transition"));
        Cases.step("worker", id, "posting", Map.of()).statusCode(409).body("code", is("case.illegal-transition"));
        Cases.step("worker", id, "proposal", null).statusCode(409).body("code", is("case.illegal-transition"));
        Cases.step("approver", id, "approval", Cases.DECISION).statusCode(409).body("code", is("case.illegal-transition"));
        Cases.step("approver", id, "rejection", Map.of("reason", "x")).statusCode(409).body("code", is("case.illegal-transition"));
        Cases.step("worker", id, "objections", Map.of("content", "x")).statusCode(409).body("code", is("case.illegal-transition"));
        Cases.submit(id, null);
        Cases.step("worker", id, "submission", Map.of("submitterKind", "PERSON")).statusCode(409)
                .body("code", is("case.illegal-transition"));
        Cases.step("worker", id, "review", null).statusCode(200);
        Cases.step("worker", id, "posting", Map.of()).statusCode(200).body("postingStart", is(java.time.LocalDate.now(vn.ansinh.shared.Clocks.VIETNAM).toString()));
        Cases.step("worker", id, "proposal", null).statusCode(409).body("code", is("case.posting-not-ended"));
        Cases.step("worker", id, "withdrawal", Map.of("reason", "Người nộp rút hồ sơ")).statusCode(200).body("status", is("WITHDRAWN"));
        Cases.step("worker", id, "withdrawal", Map.of()).statusCode(409).body("code", is("case.closed"));
        Cases.step("worker", id, "documents", Map.of("type", "OTHER")).statusCode(409).body("code", is("case.closed"));
        Cases.step("approver", id, "approval", Cases.DECISION).statusCode(409).body("code", is("case.closed"));

        String approved = Cases.proposed(Cases.elderly(), "ND176_75_PLUS");
        Cases.step("approver", approved, "approval", Cases.DECISION).statusCode(200);
        Cases.step("approver", approved, "approval", Cases.DECISION).statusCode(409).body("code", is("case.closed"));
        Cases.step("worker", approved, "withdrawal", Map.of()).statusCode(409).body("code", is("case.closed"));
        Cases.step("approver", approved, "rejection", Map.of("reason", "x")).statusCode(409).body("code", is("case.closed"));
    }

    @Test
    void theWorkerDrivesAndOnlyTheApproverDecides() {
        String id = Cases.proposed(Cases.elderly(), "ND176_75_PLUS");
        Cases.step("worker", id, "approval", Cases.DECISION).statusCode(403).body("code", is("auth.forbidden"));
        Cases.step("worker", id, "rejection", Map.of("reason", "x")).statusCode(403);
        Api.session("admin").contentType(ContentType.JSON).body(Cases.DECISION).post("/api/v1/cases/" + id + "/approval").then()
                .statusCode(403);
        String draft = Cases.draft(Cases.elderly(), "ND176_75_PLUS");
        Cases.step("approver", draft, "submission", Map.of("submitterKind", "PERSON")).statusCode(403);
        Api.session("auditor").contentType(ContentType.JSON).body(Map.of("personId", Cases.elderly(), "groupCode", "ND176_75_PLUS"))
                .post("/api/v1/cases").then().statusCode(403);
        Api.session(Accounts.workerB()).get("/api/v1/cases/" + id).then().statusCode(404).body("code", is("case.not-found"));
        // the snapshot may show HIV status: the auditor reads the case without it
        Api.session("auditor").get("/api/v1/cases/" + id).then().statusCode(200).body("eligibility", nullValue());
    }

    @Test
    void aRejectionNeedsAReasonAndEndsTheCase() {
        String id = Cases.proposed(Cases.elderly(), "ND176_75_PLUS");
        Cases.step("approver", id, "rejection", Map.of()).statusCode(400).body("errors[0].field", is("reason"));
        Cases.step("approver", id, "rejection", Map.of("reason", "Đang hưởng lương hưu", "decisionNumber", "16/QĐ-UBND"))
                .statusCode(200).body("status", is("REJECTED")).body("rejectionReason", is("Đang hưởng lương hưu"))
                .body("entitlementId", nullValue());
        Api.session("worker").get("/api/v1/cases/" + id + "/decision").then().statusCode(409).body("code", is("case.not-approved"));
    }

    @Test
    void theApproverDecidesInBulkAndEachItemIsAnsweredOnItsOwn() {
        String a = Cases.proposed(Cases.elderly(), "ND176_75_PLUS");
        String b = Cases.proposed(Cases.elderly(), "ND176_75_PLUS");
        String draft = Cases.draft(Cases.elderly(), "ND176_75_PLUS");
        JsonPath result = Api.session("approver").contentType(ContentType.JSON).body(Map.of("items", List.of(
                Map.of("caseId", a, "decision", "APPROVE", "decisionNumber", "21/QĐ-UBND", "decisionDate", "2026-12-02", "signer", "Lường Văn Hùng"),
                Map.of("caseId", draft, "decision", "APPROVE", "decisionNumber", "22/QĐ-UBND", "decisionDate", "2026-12-02", "signer", "Lường Văn Hùng"),
                Map.of("caseId", b, "decision", "REJECT", "reason", "Không đủ điều kiện"))))
                .post("/api/v1/cases/decisions").then().statusCode(200).extract().jsonPath();
        assertThat(result.getList("items.status")).containsExactly(200, 409, 200);
        assertThat(result.getList("items.code")).containsExactly(null, "case.illegal-transition", null);
        assertThat(result.getList("items.caseStatus")).containsExactly("APPROVED", null, "REJECTED");
        assertThat(Cases.get("worker", a).getString("status")).isEqualTo("APPROVED");
        assertThat(Cases.get("worker", draft).getString("status")).isEqualTo("DRAFT");
        Api.session("worker").contentType(ContentType.JSON).body(Map.of("items", List.of(Map.of("caseId", a, "decision", "APPROVE"))))
                .post("/api/v1/cases/decisions").then().statusCode(403);
    }

    @Test
    void startMonthsFollowTheGroupsRule() {
        // turning 75 in February 2027, after the decision: payment starts that month, no arrears
        String young = Cases.person(aPerson().bornOn("1952-02-14"));
        String a = Cases.proposed(young, "ND176_75_PLUS");
        String entitlement = Cases.step("approver", a, "approval", Cases.DECISION).statusCode(200).extract().path("entitlementId");
        Api.session("worker").get("/api/v1/entitlements/" + entitlement).then().body("startMonth", is("2027-02"))
                .body("arrearsMonths.size()", is(0));
        // disability: the month the certificate was issued
        String disabled = Cases.person(aPerson().bornOn("1980-06-01"));
        String b = Cases.draft(disabled, "ND20_5_6_SEVERE_ADULT");
        Cases.step("worker", b, "documents", Map.of("type", "DISABILITY_CERTIFICATE", "number", "123/GXN", "issuedOn", "2026-09-15"))
                .statusCode(201);
        Cases.submit(b, "2026-11-16");
        Cases.step("worker", b, "review", null).statusCode(200);
        Cases.step("worker", b, "posting", Map.of("start", "2026-11-24", "end", "2026-11-25")).statusCode(200);
        Cases.step("worker", b, "proposal", null).statusCode(200);
        entitlement = Cases.step("approver", b, "approval", Cases.DECISION).statusCode(200).extract().path("entitlementId");
        Api.session("worker").get("/api/v1/entitlements/" + entitlement).then().body("startMonth", is("2026-09"))
                .body("amountVnd", is(750000)).body("arrearsMonths", contains("2026-09", "2026-10", "2026-11", "2026-12"));
        // without a certificate date there is no start month
        String c = Cases.proposed(Cases.person(aPerson().bornOn("1981-06-01")), "ND20_5_6_SEVERE_ADULT");
        Cases.step("approver", c, "approval", Cases.DECISION).statusCode(409).body("code", is("case.certificate-missing"));
        // a child under 3: the decision month
        String child = Cases.person(aPerson().bornOn("2025-10-01"));
        String d = Cases.proposed(child, "ND20_5_7_CHILD_UNDER_3");
        entitlement = Cases.step("approver", d, "approval", Cases.DECISION).statusCode(200).extract().path("entitlementId");
        Api.session("worker").get("/api/v1/entitlements/" + entitlement).then().body("startMonth", is("2026-12"))
                .body("amountVnd", is(750000));
    }

    @Test
    void uploadedFilesAreCheckedByTheirContent() {
        String id = Cases.draft(Cases.elderly(), "ND176_75_PLUS");
        String document = Cases.step("worker", id, "documents", Map.of("type", "BIRTH_CERTIFICATE")).statusCode(201).extract().path("id");
        String file = "/api/v1/cases/" + id + "/documents/" + document + "/file";
        Api.session("worker").contentType("application/pdf").body("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII)).put(file)
                .then().statusCode(415).body("code", is("document.unsupported-type"));
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };
        Api.session("worker").contentType("application/pdf").body(png).put(file).then().statusCode(415)
                .body("code", is("document.content-mismatch"));
        Api.session("worker").contentType("image/png").header("X-File-Name", "../../etc/giay-khai-sinh.png").body(png).put(file).then()
                .statusCode(200).body("contentType", is("image/png")).body("fileName", is("giay-khai-sinh.png"));
        byte[] big = new byte[1_000_001];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        Api.session("worker").contentType("application/pdf").body(big).put(file).then().statusCode(413)
                .body("code", is("document.too-large"));
        Api.session("worker").contentType("application/pdf").body(new byte[0]).put(file).then().statusCode(400);
    }

    @Test
    void anotherOpenCaseForTheSameGroupIsRefused() {
        String person = Cases.elderly();
        Cases.draft(person, "ND176_75_PLUS");
        Cases.create(person, "ND176_75_PLUS").statusCode(409).body("code", is("case.open-exists"));
        Cases.create(person, "NO_SUCH_GROUP").statusCode(400).body("errors[0].field", is("groupCode"));
    }
}
