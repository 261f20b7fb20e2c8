package vn.ansinh.payment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.ansinh.area.AreaService;
import vn.ansinh.area.CommuneRef;
import vn.ansinh.identity.Actor;
import vn.ansinh.policy.PolicyService;
import vn.ansinh.shared.PrintFonts;
import vn.ansinh.shared.ProblemException;
import vn.ansinh.shared.VndAmounts;

/** The payroll list (XLSX, PDF for signatures) and the reconciliation (XLSX), with Vietnamese headings. */
@ApplicationScoped
class PayrollExports {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";
    private static final java.time.format.DateTimeFormatter MONTH = java.time.format.DateTimeFormatter.ofPattern("MM/yyyy");
    private static final String[] HEADINGS = { "STT", "Thôn, bản", "Họ và tên", "Số định danh cá nhân", "Nhóm đối tượng",
            "Loại chi trả", "Tháng", "Số tiền (đồng)", "Số tiền bằng chữ", "Ký nhận" };

    @Inject
    PayrollService payrolls;

    @Inject
    PaymentLines lines;

    @Inject
    AreaService areas;

    @Inject
    PolicyService policy;

    /** What the documents say of the payroll: "Xã Mường Chiên", "12/2026", and the names of its groups by code. */
    record Heading(String commune, String month, Map<String, String> groupNames) {

        String groupName(String code) {
            return groupNames.getOrDefault(code, code);
        }
    }

    private Heading heading(Payroll payroll, List<PaymentLineView> all) {
        Map<String, String> groups = new TreeMap<>();
        for (PaymentLineView line : all) {
            groups.computeIfAbsent(line.groupCode(), code -> policy.groupNameVi(code).orElse(code));
        }
        return new Heading(commune(payroll), payroll.month.format(MONTH), groups);
    }

    private String commune(Payroll payroll) {
        return areas.findCommune(payroll.communeCode, payroll.month).map(CommuneRef::name).orElse(payroll.communeCode);
    }

    /** A file to download. */
    record Export(byte[] content, String mediaType, String fileName) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Export payroll(UUID id, String format, Actor actor) {
        Payroll payroll = payrolls.visible(id, actor);
        List<PaymentLineView> all = lines.ofPayroll(payroll.id, null, null, null, 0, Integer.MAX_VALUE);
        String base = "danh-sach-chi-tra-" + payroll.communeCode + "-" + Months.format(payroll.month);
        return switch (format == null ? "xlsx" : format.toLowerCase(Locale.ROOT)) {
            case "xlsx" -> new Export(payrollXlsx(payroll, heading(payroll, all), all), XLSX, base + ".xlsx");
            case "pdf" -> new Export(payrollPdf(heading(payroll, all), all), PDF, base + ".pdf");
            default -> throw ProblemException.invalidField("format", "unknown-value", "xlsx, pdf");
        };
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Export reconciliation(UUID id, Actor actor) {
        Payroll payroll = payrolls.visible(id, actor);
        ReconciliationView r = payrolls.reconcile(payroll);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "An Sinh", "1.0");
            Worksheet sheet = workbook.newWorksheet("Đối soát");
            sheet.value(0, 0, "BÁO CÁO KẾT QUẢ CHI TRẢ TRỢ CẤP XÃ HỘI");
            sheet.value(1, 0, commune(payroll) + " — Tháng " + payroll.month.format(MONTH));
            sheet.value(2, 0, "Hạn báo cáo: " + r.reportDueBy());
            String[][] rows = {
                    { "Tổng phải chi", Integer.toString(r.payable().count()), Long.toString(r.payable().amountVnd()) },
                    { "Đã chi trả", Integer.toString(r.paid().count()), Long.toString(r.paid().amountVnd()) },
                    { "Chưa chi trả (chuyển kỳ sau)", Integer.toString(r.notPaid().count()), Long.toString(r.notPaid().amountVnd()) },
                    { "Chưa báo cáo", Integer.toString(r.pending().count()), Long.toString(r.pending().amountVnd()) } };
            sheet.value(4, 0, "Nội dung");
            sheet.value(4, 1, "Số người");
            sheet.value(4, 2, "Số tiền (đồng)");
            sheet.style(4, 0).bold().set();
            sheet.style(4, 1).bold().set();
            sheet.style(4, 2).bold().set();
            int row = 5;
            for (String[] values : rows) {
                sheet.value(row, 0, values[0]);
                sheet.value(row, 1, Integer.parseInt(values[1]));
                sheet.value(row, 2, Long.parseLong(values[2]));
                row++;
            }
            for (var reason : r.notPaidByReason().entrySet()) {
                sheet.value(row, 0, "  Lý do: " + reasonVi(reason.getKey()));
                sheet.value(row, 1, reason.getValue().count());
                sheet.value(row, 2, reason.getValue().amountVnd());
                row++;
            }
            sheet.value(row, 0, "Số dư (phải chi − đã chi)");
            sheet.value(row, 2, r.balanceVnd());
            sheet.value(row + 1, 0, "Phí chi trả (" + r.feePercent().stripTrailingZeros().toPlainString() + "% số đã chi)");
            sheet.value(row + 1, 2, r.feeVnd());
            sheet.width(0, 40);
            sheet.width(2, 18);
            sheet.finish();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Export(out.toByteArray(), XLSX,
                "doi-soat-chi-tra-" + payroll.communeCode + "-" + Months.format(payroll.month) + ".xlsx");
    }

    private static byte[] payrollXlsx(Payroll payroll, Heading heading, List<PaymentLineView> all) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "An Sinh", "1.0");
            Worksheet sheet = workbook.newWorksheet("Danh sách chi trả");
            sheet.value(0, 0, "DANH SÁCH CHI TRẢ TRỢ CẤP XÃ HỘI HẰNG THÁNG");
            sheet.value(1, 0, heading.commune() + " — Tháng " + heading.month() + " — Trạng thái: " + payroll.status);
            for (int c = 0; c < HEADINGS.length; c++) {
                sheet.value(3, c, HEADINGS[c]);
                sheet.style(3, c).bold().set();
            }
            int row = 4;
            int n = 1;
            long total = 0;
            for (PaymentLineView line : all) {
                sheet.value(row, 0, n++);
                sheet.value(row, 1, line.villageName());
                sheet.value(row, 2, line.fullName());
                sheet.value(row, 3, line.nationalId());
                sheet.value(row, 4, heading.groupName(line.groupCode()));
                sheet.value(row, 5, kindVi(line.kind()));
                sheet.value(row, 6, months(line));
                sheet.value(row, 7, line.amountVnd());
                sheet.value(row, 8, VndAmounts.words(line.amountVnd()));
                total += line.amountVnd();
                row++;
            }
            sheet.value(row, 6, "Tổng cộng");
            sheet.value(row, 7, total);
            sheet.value(row, 8, VndAmounts.words(total));
            sheet.width(2, 28);
            sheet.width(4, 40);
            sheet.width(8, 60);
            sheet.finish();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] payrollPdf(Heading about, List<PaymentLineView> all) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        BaseFont base = PrintFonts.load(PrintFonts.REGULAR);
        Font title = new Font(base, 13, Font.BOLD);
        Font heading = new Font(base, 8, Font.BOLD);
        Font body = new Font(base, 8);
        PdfWriter.getInstance(document, out);
        document.open();
        Paragraph top = new Paragraph("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", heading);
        top.setAlignment(Element.ALIGN_CENTER);
        document.add(top);
        Paragraph name = new Paragraph("DANH SÁCH CHI TRẢ TRỢ CẤP XÃ HỘI HẰNG THÁNG", title);
        name.setAlignment(Element.ALIGN_CENTER);
        document.add(name);
        Paragraph sub = new Paragraph(about.commune() + "     Tháng " + about.month(), body);
        sub.setAlignment(Element.ALIGN_CENTER);
        sub.setSpacingAfter(8);
        document.add(sub);
        PdfPTable table = new PdfPTable(new float[] { 3, 10, 16, 11, 12, 8, 8, 10, 26, 12 });
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : HEADINGS) {
            PdfPCell cell = new PdfPCell(new Phrase(h, heading));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(cell);
        }
        int n = 1;
        long total = 0;
        for (PaymentLineView line : all) {
            table.addCell(new Phrase(Integer.toString(n++), body));
            table.addCell(new Phrase(nullToEmpty(line.villageName()), body));
            table.addCell(new Phrase(line.fullName(), body));
            table.addCell(new Phrase(nullToEmpty(line.nationalId()), body));
            table.addCell(new Phrase(line.groupCode(), body));
            table.addCell(new Phrase(kindVi(line.kind()), body));
            table.addCell(new Phrase(months(line), body));
            PdfPCell amount = new PdfPCell(new Phrase(VndAmounts.figures(line.amountVnd()), body));
            amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(amount);
            table.addCell(new Phrase(VndAmounts.words(line.amountVnd()), body));
            PdfPCell signature = new PdfPCell(new Phrase(" ", body));
            signature.setMinimumHeight(26);
            table.addCell(signature);
            total += line.amountVnd();
        }
        PdfPCell label = new PdfPCell(new Phrase("Tổng cộng", heading));
        label.setColspan(7);
        table.addCell(label);
        PdfPCell sum = new PdfPCell(new Phrase(VndAmounts.figures(total), heading));
        sum.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(sum);
        PdfPCell words = new PdfPCell(new Phrase(VndAmounts.words(total), body));
        words.setColspan(2);
        table.addCell(words);
        document.add(table);
        // The group column gives codes, to keep rows one line high; what each code means, once, under the table.
        StringBuilder legend = new StringBuilder("\nNhóm đối tượng:");
        about.groupNames().forEach((code, groupName) -> legend.append("\n").append(code).append(": ").append(groupName));
        document.add(new Paragraph(legend.toString(), body));
        Paragraph signatures = new Paragraph(
                "\nNgười lập biểu                    Đại diện đơn vị chi trả                    Chủ tịch UBND xã\n"
                        + "(Ký, ghi rõ họ tên)                (Ký, ghi rõ họ tên)                (Ký tên, đóng dấu)", body);
        signatures.setAlignment(Element.ALIGN_CENTER);
        document.add(signatures);
        document.close();
        return out.toByteArray();
    }

    /** The months a line pays, as Vietnamese write them: "10/2025", "08/2025 – 10/2025". */
    private static String months(PaymentLineView line) {
        if (line.firstMonth() == null || line.firstMonth().equals(line.lastMonth())) {
            return monthVi(line.firstMonth() == null ? line.month() : line.firstMonth());
        }
        return monthVi(line.firstMonth()) + " – " + monthVi(line.lastMonth());
    }

    private static String monthVi(String isoMonth) {
        return java.time.YearMonth.parse(isoMonth).format(MONTH);
    }


    private static String kindVi(LineKind kind) {
        return switch (kind) {
            case REGULAR -> "Hằng tháng";
            case ARREARS -> "Truy lĩnh";
            case CARRY_OVER -> "Kỳ trước chưa nhận";
            case FUNERAL -> "Hỗ trợ mai táng";
            case ADJUSTMENT -> "Điều chỉnh";
        };
    }

    private static String reasonVi(NotPaidReason reason) {
        return switch (reason) {
            case ABSENT -> "vắng mặt";
            case DECEASED -> "đã chết";
            case REFUSED -> "từ chối nhận";
            case MOVED -> "chuyển đi";
            case WRONG_DATA -> "sai thông tin";
            case NOT_REPORTED -> "chưa báo cáo";
        };
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
