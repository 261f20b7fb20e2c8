package vn.ansinh.casefile;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
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

import vn.ansinh.area.AreaService;
import vn.ansinh.area.CommuneRef;
import vn.ansinh.benefit.BenefitService;
import vn.ansinh.benefit.EntitlementView;
import vn.ansinh.identity.Actor;
import vn.ansinh.person.PersonService;
import vn.ansinh.person.PersonSummary;
import vn.ansinh.policy.GroupTerms;
import vn.ansinh.policy.PolicyService;
import vn.ansinh.shared.PrintFonts;
import vn.ansinh.shared.ProblemException;
import vn.ansinh.shared.VndAmounts;

/** Printable documents in Vietnamese: the decision (quyết định) and the public posting list. DejaVu Sans embeds every diacritic. */
@ApplicationScoped
public class CasePrints {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    @Inject
    CaseService cases;

    @Inject
    CaseQueries queries;

    @Inject
    PersonService people;

    @Inject
    PolicyService policy;

    @Inject
    BenefitService benefits;

    @Inject
    AreaService areas;

    @Inject
    Clock clock;

    private volatile BaseFont regular;
    private volatile BaseFont bold;

    /** The decision granting the allowance; 409 {@code case.not-approved} before the approval. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] decision(UUID caseId, Actor actor) {
        Case c = cases.visible(caseId, actor);
        if (c.status != CaseStatus.APPROVED) {
            throw ProblemException.conflict("case.not-approved", c.status.name());
        }
        PersonSummary person = people.summariesOf(List.of(c.personId)).get(c.personId);
        EntitlementView entitlement = benefits.ofPerson(c.personId).stream().filter(e -> e.id().equals(c.entitlementId)).findFirst()
                .orElseThrow();
        GroupTerms terms = policy.termsFor(c.groupCode, c.provinceCode, c.decisionDate).orElse(null);
        String commune = areas.findCommune(c.communeCode, c.decisionDate).map(CommuneRef::name).orElse(c.communeCode);
        return render(document -> {
            Font normal = new Font(font(false), 12);
            Font strong = new Font(font(true), 12);
            Font title = new Font(font(true), 14);
            PdfPTable head = new PdfPTable(2);
            head.setWidthPercentage(100);
            head.addCell(cell(new Phrase("ỦY BAN NHÂN DÂN\n" + commune.toUpperCase(java.util.Locale.forLanguageTag("vi")) + "\n\nSố: "
                    + c.decisionNumber, strong)));
            head.addCell(cell(new Phrase("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n" + commune + ", ngày "
                    + c.decisionDate.getDayOfMonth() + " tháng " + c.decisionDate.getMonthValue() + " năm " + c.decisionDate.getYear(),
                    strong)));
            document.add(head);
            document.add(centered("\nQUYẾT ĐỊNH", title));
            document.add(centered("Về việc trợ giúp xã hội hàng tháng", strong));
            document.add(centered("CHỦ TỊCH ỦY BAN NHÂN DÂN " + commune.toUpperCase(java.util.Locale.forLanguageTag("vi")), strong));
            document.add(new Paragraph("\nCăn cứ " + (terms == null ? "Nghị định số 20/2021/NĐ-CP" : terms.legalBasis())
                    + ";\nXét đề nghị của công chức Lao động - Thương binh và Xã hội xã và hồ sơ của đối tượng,", normal));
            document.add(centered("\nQUYẾT ĐỊNH:", strong));
            StringBuilder art1 = new StringBuilder("Điều 1. Trợ giúp xã hội hàng tháng đối với ông/bà ").append(person.fullName())
                    .append(", sinh ").append(birth(person.birthDate())).append(person.villageName() == null ? "" : ", cư trú tại "
                            + person.villageName()).append(", ").append(commune).append(".\n")
                    .append("Nhóm đối tượng: ").append(terms == null ? c.groupCode : terms.nameVi()).append(".\n")
                    .append("Hệ số: ").append(entitlement.coefficient().stripTrailingZeros().toPlainString().replace('.', ','))
                    .append("; mức chuẩn trợ giúp xã hội: ").append(vnd(entitlement.versions().get(0).standardLevelVnd()))
                    .append("; mức trợ cấp: ").append(vnd(entitlement.amountVnd())).append("/tháng (bằng chữ: ")
                    .append(VndAmounts.words(entitlement.amountVnd()).toLowerCase(java.util.Locale.forLanguageTag("vi"))).append(").\n")
                    .append("Thời điểm hưởng: từ tháng ").append(entitlement.startMonth().format(MONTH)).append(".");
            if (!entitlement.arrearsMonths().isEmpty()) {
                art1.append("\nTruy lĩnh ").append(entitlement.arrearsMonths().size()).append(" tháng (")
                        .append(String.join(", ", entitlement.arrearsMonths().stream().map(m -> m.substring(5) + "/" + m.substring(0, 4)).toList()))
                        .append("), chi trả cùng kỳ chi trả kế tiếp.");
            }
            document.add(new Paragraph(art1.toString(), normal));
            document.add(new Paragraph("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", normal));
            document.add(new Paragraph("Điều 3. Công chức Lao động - Thương binh và Xã hội, đơn vị chi trả và ông/bà có tên tại Điều 1 "
                    + "chịu trách nhiệm thi hành Quyết định này.", normal));
            Paragraph sign = new Paragraph("\nCHỦ TỊCH\n\n\n\n" + c.signer, strong);
            sign.setAlignment(Element.ALIGN_RIGHT);
            document.add(sign);
        });
    }

    /** The notice-board list of a commune, printable. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] postingList(String communeCode, Actor actor) {
        PostingListView list = queries.postingList(communeCode, actor);
        return render(document -> {
            Font normal = new Font(font(false), 11);
            Font strong = new Font(font(true), 11);
            document.add(centered("ỦY BAN NHÂN DÂN " + list.communeName().toUpperCase(java.util.Locale.forLanguageTag("vi")), strong));
            document.add(centered("\nDANH SÁCH NIÊM YẾT CÔNG KHAI\nĐỐI TƯỢNG ĐỀ NGHỊ HƯỞNG TRỢ GIÚP XÃ HỘI HÀNG THÁNG", new Font(font(true), 13)));
            document.add(centered("(ngày " + list.on().format(DAY) + ")\n\n", normal));
            PdfPTable table = new PdfPTable(new float[] { 1, 5, 2, 4, 7, 4 });
            table.setWidthPercentage(100);
            for (String header : new String[] { "TT", "Họ và tên", "Năm sinh", "Thôn, bản", "Nhóm đối tượng đề nghị", "Niêm yết" }) {
                table.addCell(new PdfPCell(new Phrase(header, strong)));
            }
            int row = 1;
            for (PostingListView.Item item : list.items()) {
                table.addCell(new Phrase(Integer.toString(row++), normal));
                table.addCell(new Phrase(item.fullName(), normal));
                table.addCell(new Phrase(Integer.toString(item.birthYear()), normal));
                table.addCell(new Phrase(item.village() == null ? "" : item.village(), normal));
                table.addCell(new Phrase(item.requestedGroup(), normal));
                table.addCell(new Phrase(item.postingStart().format(DAY) + " – " + item.postingEnd().format(DAY), normal));
            }
            document.add(table);
            document.add(new Paragraph("\nÝ kiến, khiếu nại xin gửi Ủy ban nhân dân xã trong thời gian niêm yết.", normal));
        });
    }

    private interface Content {
        void write(Document document) throws Exception;
    }

    private static byte[] render(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 42, 42, 42);
        try {
            PdfWriter.getInstance(document, out);
            document.addCreator("An Sinh");
            document.open();
            content.write(document);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Could not render the PDF", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private BaseFont font(boolean heavy) {
        BaseFont loaded = heavy ? bold : regular;
        if (loaded == null) {
            loaded = PrintFonts.load(heavy ? PrintFonts.BOLD : PrintFonts.REGULAR);
            if (heavy) {
                bold = loaded;
            } else {
                regular = loaded;
            }
        }
        return loaded;
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    private static String birth(String iso) {
        String[] parts = iso.split("-");
        return switch (parts.length) {
            case 3 -> "ngày " + parts[2] + "/" + parts[1] + "/" + parts[0];
            case 2 -> "tháng " + parts[1] + "/" + parts[0];
            default -> "năm " + parts[0];
        };
    }

    /** 1.250.000 đồng: Vietnamese groups thousands with dots. */
    static String vnd(long amount) {
        return VndAmounts.figures(amount) + " đồng";
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
