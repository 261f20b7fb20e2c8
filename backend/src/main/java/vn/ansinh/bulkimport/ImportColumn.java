package vn.ansinh.bulkimport;

import vn.ansinh.shared.VietnameseText;

/**
 * The columns of the import template, in template order: the Vietnamese header a file carries,
 * the API field it fills (also accepted as a header, for integrators), whether the header must be
 * present, and the explanation printed in the template's instructions. Documented in
 * {@code docs/import-template.md}; keep the three in step.
 */
enum ImportColumn {
    HOUSEHOLD_CODE(ImportPart.HOUSEHOLDS, "householdCode", "Mã hộ", true,
            "Mã hộ do xã đặt, tối đa 20 ký tự, duy nhất trong xã. Nhập lại cùng mã hộ không tạo hộ mới."),
    HOUSEHOLD_COMMUNE(ImportPart.HOUSEHOLDS, "communeCode", "Mã xã", true,
            "Mã xã/phường/đặc khu 5 chữ số (từ 01/7/2025), ví dụ 03688."),
    VILLAGE(ImportPart.HOUSEHOLDS, "villageName", "Thôn/bản", false,
            "Tên thôn, bản, tổ dân phố; chưa có thì được tạo mới trong xã."),
    ADDRESS(ImportPart.HOUSEHOLDS, "address", "Địa chỉ", true, "Địa chỉ của hộ."),
    POVERTY_STATUS(ImportPart.HOUSEHOLDS, "povertyStatus", "Tình trạng nghèo", false,
            "Nghèo, Cận nghèo hoặc Không; để trống nếu chưa xác định."),
    POVERTY_VALID_FROM(ImportPart.HOUSEHOLDS, "povertyValidFrom", "Từ ngày", false,
            "Ngày bắt đầu của tình trạng nghèo, dạng dd/MM/yyyy."),
    POVERTY_DECISION(ImportPart.HOUSEHOLDS, "povertyDecisionNumber", "Số quyết định", false,
            "Số quyết định công nhận của xã, ví dụ 123/QĐ-UBND."),

    PERSON_HOUSEHOLD_CODE(ImportPart.PEOPLE, "householdCode", "Mã hộ", false,
            "Mã hộ của người này (hộ phải có trong xã hoặc ở trang Hộ gia đình); để trống nếu không thuộc hộ nào."),
    PERSON_COMMUNE(ImportPart.PEOPLE, "communeCode", "Mã xã", true, "Mã xã 5 chữ số nơi người này cư trú."),
    RELATION(ImportPart.PEOPLE, "relationToHead", "Quan hệ với chủ hộ", false,
            "Chủ hộ, Vợ/chồng, Con, Bố/mẹ, Cháu, Ông/bà, Anh/chị/em, Họ hàng khác hoặc Khác."),
    NATIONAL_ID(ImportPart.PEOPLE, "nationalId", "Số định danh", false,
            "Số định danh cá nhân 12 chữ số (để trống nếu chưa có); chữ số thứ 4 và 5–6 phải khớp giới tính và năm sinh."),
    FULL_NAME(ImportPart.PEOPLE, "fullName", "Họ và tên", true, "Họ và tên đầy đủ, có dấu, tối đa 100 ký tự."),
    BIRTH_DATE(ImportPart.PEOPLE, "birthDate", "Ngày sinh", true,
            "dd/MM/yyyy; chỉ biết tháng và năm: MM/yyyy; chỉ biết năm: yyyy."),
    SEX(ImportPart.PEOPLE, "sex", "Giới tính", true, "Nam hoặc Nữ."),
    ETHNIC_GROUP(ImportPart.PEOPLE, "ethnicGroupCode", "Mã dân tộc", true,
            "Mã dân tộc 2 chữ số theo danh mục 54 dân tộc, ví dụ 01 Kinh, 03 Thái, 05 Mường, 07 H'Mông."),
    PHONE(ImportPart.PEOPLE, "phone", "Số điện thoại", false, "Số điện thoại, ví dụ 0912345678.");

    final ImportPart part;
    final String field;
    final String header;
    final boolean required;
    final String help;

    ImportColumn(ImportPart part, String field, String header, boolean required, String help) {
        this.part = part;
        this.field = field;
        this.header = header;
        this.required = required;
        this.help = help;
    }

    /** Whether a header cell names this column: its Vietnamese header or its field, ignoring case, diacritics and spacing. */
    boolean matches(String headerCell) {
        String folded = VietnameseText.fold(headerCell).replace(" ", "");
        return folded.equals(VietnameseText.fold(header).replace(" ", "")) || folded.equals(field.toLowerCase(java.util.Locale.ROOT));
    }

    /** The column of a part that carries this API field, for naming the column of a row problem. */
    static ImportColumn byField(ImportPart part, String field) {
        for (ImportColumn column : values()) {
            if (column.part == part && column.field.equals(field)) {
                return column;
            }
        }
        return null;
    }

    private int position = -1;

    /** Position of this column among its part's columns. */
    int position() {
        if (position < 0) {
            position = part.columns().indexOf(this);
        }
        return position;
    }
}
