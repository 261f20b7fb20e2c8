#!/usr/bin/env python3
"""Realistic Vietnamese households and people over the real communes, as import files.

Writes CSV files in the import template (UTF-8 with BOM, Vietnamese headers), each under the
size limit of one upload: households-NNN.csv first (people refer to their household's code),
then people-NNN.csv; plus manifest.json and the search queries the load test rotates through.

Reproducible: the same --seed and --people give the same files, byte for byte.

What "realistic" means here (sources: census 2019 shares, common-surname studies, naming
customs; good enough for load, not for statistics):
- households spread over all 3,321 communes in force since 1 July 2025, more in the poorer
  mountainous provinces where beneficiaries concentrate; sizes 1-8, single elderly common;
- each province has its own mix of ethnic groups (Sơn La mostly Thái, H'Mông, Kinh, Mường; the
  Mekong delta Kinh and Khmer; the Central Highlands Kinh, Gia-rai, Ê-đê, Ba-na ...), and each
  group its own surnames and naming pattern (Kinh: Nguyễn 38 %, Trần 11 %, Lê 9.5 % ...; Thái:
  Lò, Lường, Quàng, Cầm ...; H'Mông: Giàng, Sùng, Vàng ... with A/Seo/Mí; Ê-đê: Y .../H' ... Niê);
- 12-digit identification numbers consistent with sex and birth year (digit 4 = century/sex,
  digits 5-6 = year), unique, missing for some infants and children;
- birth dates with reduced precision for many elderly people (year only, or month and year);
- poverty status (Nghèo / Cận nghèo / Không) with its decision number and date; phones for some.
"""
import argparse
import bisect
import csv
import io
import json
import os
import random
import unicodedata

HOUSEHOLD_HEADER = ["Mã hộ", "Mã xã", "Thôn/bản", "Địa chỉ", "Tình trạng nghèo", "Từ ngày", "Số quyết định"]
PEOPLE_HEADER = ["Mã hộ", "Mã xã", "Quan hệ với chủ hộ", "Số định danh", "Họ và tên", "Ngày sinh", "Giới tính",
                 "Mã dân tộc", "Số điện thoại"]
BOM = "\ufeff"
REFERENCE_YEAR = 2025

# Ethnic mix of beneficiaries by province (code -> [(ethnic group code, weight)]); the rest Kinh.
PROVINCE_ETHNIC = {
    "14": [("03", 53), ("01", 17), ("08", 17), ("06", 8), ("09", 2), ("29", 1.5), ("34", 1.5)],  # Sơn La
    "11": [("03", 38), ("08", 35), ("01", 18), ("29", 3), ("09", 2), ("35", 1), ("37", 1), ("48", 1), ("42", 1)],
    "12": [("08", 40), ("03", 32), ("01", 14), ("09", 7), ("35", 4), ("25", 3)],
    "15": [("01", 45), ("08", 18), ("02", 12), ("09", 12), ("03", 5), ("25", 3), ("07", 3), ("40", 1), ("35", 1)],
    "04": [("02", 45), ("07", 30), ("08", 10), ("09", 10), ("01", 5)],
    "20": [("07", 42), ("02", 35), ("01", 16), ("09", 4), ("15", 2), ("08", 1)],
    "08": [("02", 25), ("01", 25), ("08", 20), ("09", 12), ("07", 6), ("15", 4), ("25", 2), ("38", 1), ("43", 1), ("46", 1)],
    "19": [("01", 65), ("02", 15), ("07", 7), ("09", 5), ("18", 4), ("15", 3), ("08", 1)],
    "25": [("01", 65), ("06", 28), ("03", 2), ("09", 2), ("18", 2), ("02", 1)],
    "38": [("01", 82), ("06", 10), ("03", 7), ("08", 1)],
    "40": [("01", 86), ("03", 10), ("29", 2), ("08", 2)],
    "52": [("01", 62), ("10", 23), ("13", 12), ("19", 3)],
    "66": [("01", 68), ("12", 18), ("20", 3), ("07", 3), ("02", 3), ("10", 2), ("08", 2), ("17", 1)],
    "68": [("01", 76), ("16", 9), ("28", 3), ("20", 3), ("17", 3), ("21", 2), ("36", 2), ("02", 1), ("07", 1)],
    "51": [("01", 75), ("19", 10), ("14", 8), ("13", 3), ("30", 2), ("27", 2)],
    "44": [("01", 90), ("23", 8), ("31", 1), ("44", 1)],
    "48": [("01", 93), ("26", 4), ("14", 1), ("27", 1), ("30", 1)],
    "46": [("01", 96), ("31", 2), ("26", 1), ("23", 1)],
    "56": [("01", 85), ("21", 8), ("17", 6), ("16", 1)],
    "91": [("01", 88), ("05", 10), ("17", 1), ("04", 1)],
    "96": [("01", 93), ("05", 5), ("04", 2)],
    "92": [("01", 78), ("05", 19), ("04", 3)],
    "86": [("01", 87), ("05", 12), ("04", 1)],
    "79": [("01", 93), ("04", 5), ("05", 1), ("17", 1)],
    "75": [("01", 90), ("22", 4), ("04", 2), ("07", 2), ("02", 1), ("32", 1)],
    "22": [("01", 88), ("09", 5), ("02", 4), ("18", 2), ("15", 1)],
    "24": [("01", 88), ("07", 5), ("02", 3), ("15", 2), ("18", 2)],
    "37": [("01", 97), ("06", 3)],
    "01": [("01", 98), ("06", 2)],
}
# Poorer, mountainous provinces hold more beneficiaries per commune.
MOUNTAIN = {"14", "11", "12", "15", "04", "20", "08", "19", "25", "52", "66", "68", "51"}
SOUTH = {"79", "80", "82", "86", "91", "92", "96", "75"}

KINH_SURNAMES = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7.1), ("Hoàng", 3.2), ("Huỳnh", 1.9), ("Phan", 4.5),
                 ("Vũ", 2.4), ("Võ", 1.5), ("Đặng", 2.1), ("Bùi", 2), ("Đỗ", 1.4), ("Hồ", 1.3), ("Ngô", 1.3), ("Dương", 1),
                 ("Lý", 0.5), ("Đinh", 1), ("Đào", 0.8), ("Trương", 0.8), ("Lương", 0.5), ("Mai", 0.5), ("Hà", 0.5),
                 ("Cao", 0.4), ("Lâm", 0.4), ("Tạ", 0.3), ("Châu", 0.3), ("Tô", 0.3), ("Thái", 0.2), ("Kiều", 0.2), ("Quách", 0.2)]
KINH_MIDDLE_M = [("Văn", 32), ("Đức", 8), ("Minh", 10), ("Quang", 6), ("Hữu", 5), ("Công", 4), ("Thành", 4), ("Ngọc", 3),
                 ("Xuân", 3), ("Đình", 4), ("Tiến", 2), ("Anh", 2), ("Trọng", 2), ("Hoàng", 2), ("Thế", 3), ("Mạnh", 2),
                 ("Gia", 2), ("Bảo", 2), ("Duy", 2), ("Quốc", 2)]
KINH_MIDDLE_F = [("Thị", 55), ("Ngọc", 6), ("Thu", 5), ("Thanh", 5), ("Phương", 3), ("Kim", 3), ("Hồng", 3), ("Mai", 3),
                 ("Bích", 2), ("Minh", 2), ("Hoài", 2), ("Thùy", 3), ("Khánh", 2), ("Bảo", 2), ("Diệu", 1), ("Mỹ", 1)]
KINH_GIVEN_M = ["Hùng", "Dũng", "Tuấn", "Hải", "Nam", "Long", "Minh", "Đức", "Thắng", "Hòa", "Bình", "Sơn", "Tùng", "Quân",
                "Phong", "Toàn", "Cường", "Trung", "Hiếu", "Khánh", "Lâm", "Phúc", "Thành", "Hưng", "Huy", "Kiên", "Tâm",
                "Tài", "Lộc", "An", "Bảo", "Khôi", "Đạt", "Duy", "Hoàng", "Quang", "Việt", "Vinh", "Thịnh", "Tiến", "Nghĩa",
                "Hậu", "Tú", "Lợi", "Chiến", "Thanh", "Hoan", "Thuận", "Sáu", "Bảy", "Tư", "Năm", "Út", "Tám", "Chín", "Mười"]
KINH_GIVEN_F = ["Lan", "Hoa", "Hương", "Mai", "Linh", "Trang", "Hằng", "Nga", "Thảo", "Hạnh", "Huyền", "Ngọc", "Phương",
                "Thủy", "Yến", "Vân", "Hà", "Loan", "Dung", "Liên", "Nhung", "Thu", "Tâm", "Oanh", "Xuân", "My", "Anh", "Chi",
                "Vy", "Ngân", "Nhi", "Quyên", "Thơm", "Tuyết", "Hồng", "Lụa", "Hiền", "Gấm", "Nụ", "Đào", "Cúc", "Sen", "Lý"]

# Minority naming: surnames, middle names (male, female), given names (male, female); None = no middle name.
GROUPS = {
    "03": (["Lò", "Lường", "Quàng", "Cầm", "Tòng", "Vì", "Lù", "Hà", "Mè", "Điêu", "Bạc", "Lê", "Sa"], ["Văn"], ["Thị"],
           ["Piềng", "Khăm", "Xương", "Inh", "Panh", "Chum", "Păn", "Xiêng", "Doan", "Thoong", "Chăn", "Pấng", "Hặc", "Ngọc",
            "Tươi", "Bun", "Kiên", "Sương"],
           ["Ón", "Ánh", "Hươn", "Ỏi", "Pọm", "Ỏn", "Ún", "Nọi", "Ẻ", "Phiên", "Xôm", "Lả", "Mai", "Dung", "Hoa", "Pâng"]),
    "08": (["Giàng", "Sùng", "Vàng", "Mùa", "Thào", "Hờ", "Lầu", "Lý", "Hạng", "Tráng", "Cứ", "Lù", "Chảo", "Ly"],
           ["A", "Seo", "Mí", "Chứ", "Sính", "A"], ["Thị", "Thị", "Mỷ"],
           ["Páo", "Chứ", "Sử", "Lử", "Pó", "Dế", "Tủa", "Sinh", "Chư", "Tú", "Cở", "Vàng", "Dìa", "Chớ", "Súa", "Nhà"],
           ["Dợ", "Mỷ", "Dua", "Máy", "Sua", "Chu", "Pà", "Say", "Mai", "Dinh", "Chía", "Mang", "Xông", "Lan"]),
    "02": (["Hoàng", "Nông", "Hà", "Ma", "Lục", "Lương", "Triệu", "Đàm", "Bế", "Lăng", "Hứa", "Nguyễn"], ["Văn", "Đức"], ["Thị"],
           ["Tuấn", "Thắng", "Quý", "Sinh", "Ngọc", "Khánh", "Dũng", "Hùng"], ["Thúy", "Nhàn", "Duyên", "Hoa", "Lanh", "Mai"]),
    "07": (["Hoàng", "Nông", "Lăng", "Chu", "Vi", "Lục", "Mã", "Sầm", "Hứa", "Hoàng"], ["Văn"], ["Thị"],
           ["Páo", "Sình", "Chấn", "Lìn", "Sáng", "Phủ", "Quyết", "Tình"], ["Slao", "Nhình", "Mấy", "Lìu", "Chang", "Thương"]),
    "09": (["Triệu", "Bàn", "Đặng", "Lý", "Chảo", "Phùng", "Tẩn", "Sần"], ["Văn", "Tài", "Láo"], ["Thị", "Mùi", "Mẩy"],
           ["Kiềm", "Phin", "Chản", "Quẩy", "Sinh", "Tòn", "Lở", "Dùn"], ["Mẩy", "Dua", "Nhất", "Chòi", "Mùi", "Phây"]),
    "06": (["Bùi", "Đinh", "Quách", "Hà", "Xa", "Cao", "Đinh", "Bạch", "Lò"], ["Văn"], ["Thị"],
           ["Khiêm", "Pâng", "Ngành", "Lực", "Thưởng", "Tôn", "Hùng"], ["Nhen", "Mến", "Thơm", "Ỏn", "Lành", "Huệ"]),
    "05": (["Thạch", "Sơn", "Danh", "Kim", "Lâm", "Chau", "Lý", "Trần"], ["", "Văn"], ["Thị", "Thị"],
           ["Sa Rinh", "Sóc", "Phol", "Chanh", "Ránh", "Sang", "Kha", "Sóc Khươl"],
           ["Sa Ry", "Sô Phi", "Mây", "Nha", "Sa Rươne", "Chanh Thi", "Sà Ly"]),
    "04": (["Lý", "Trần", "Lâm", "Quách", "Hứa", "Mã", "Trương", "Châu", "Tăng", "La"], ["Văn", "Quốc", "Chí"], ["Thị", "Mỹ", "Ngọc"],
           ["Phát", "Sáng", "Cường", "Minh", "Hòa", "Vỹ"], ["Lệ", "Phượng", "Hoa", "Mỹ", "Kiều", "Linh"]),
    "10": (["Rơ Mah", "Ksor", "Siu", "Rah Lan", "Kpă", "Nay", "Puih", "Rơ Châm", "Rmah"], [None], [None],
           ["Blơi", "Thuk", "Dư", "Hyưk", "Ton", "Vin"], ["H'Nhi", "H'Lanh", "H'Ly", "Nghiêm", "H'Bly", "Bướm"]),
    "12": (["Niê", "Mlô", "Êban", "Byă", "Ksơr", "Hđơk", "Adrơng", "Buôn Yă", "Ayŭn"], [None], [None],
           ["Y Bih", "Y Jút", "Y Ngông", "Y Khuê", "Y Sơn", "Y Moan", "Y Wang"],
           ["H'Hen", "H'Yim", "H'Nơ", "H'Nga", "H'Bia", "H'Ră"]),
    "13": (["Đinh", "A", "Y", "Hơ", "Bia"], [None], [None],
           ["Wơh", "Yưh", "Byơi", "Thoát", "Khiăng", "Nhơn"], ["Blưi", "Nhiên", "H'Dinh", "Yơn", "Hnơr", "Klưih"]),
}
RELATIONS = {"HEAD": "Chủ hộ", "SPOUSE": "Vợ/chồng", "CHILD": "Con", "PARENT": "Bố/mẹ", "GRANDCHILD": "Cháu",
             "GRANDPARENT": "Ông/bà", "SIBLING": "Anh/chị/em", "OTHER_RELATIVE": "Họ hàng khác"}
VILLAGE_WORDS_NORTH = ["Đông", "Tây", "Nam", "Bắc", "Thượng", "Hạ", "Trung", "Tân Lập", "Hòa Bình", "Quyết Tiến", "Đoàn Kết",
                       "Tiền Phong", "Thống Nhất", "Yên Thịnh", "Phú Lợi", "An Hòa", "Đồng Tâm", "Liên Hợp", "Tân Sơn", "Cầu Gỗ"]
VILLAGE_WORDS_THAI = ["Co Muông", "Nà Sài", "Huổi Một", "Nà Hát", "Pá Ban", "Bó Mạy", "Nà Lốc", "Huổi Hẹ", "Co Sản", "Nà Dên",
                      "Hua Ít", "Tà Làng", "Pá Chè", "Nặm Lầu", "Phiêng Pằn", "Co Phường", "Lọng Mương", "Nà Pát"]
VILLAGE_WORDS_SOUTH = ["Phú Hòa", "Tân Lợi", "Mỹ Thạnh", "Bình Đông", "Long Hưng", "Hòa Lợi", "Tân Thạnh", "An Bình",
                       "Phước Hậu", "Thạnh Phú", "Vĩnh Lợi", "Mỹ Phước", "Rạch Gốc", "Kênh Xáng"]
VILLAGE_WORDS_HIGHLANDS = ["Ea Kmar", "Kô Ênh", "Tơ Nia", "Đê Ktu", "Ja Ring", "Plei Ku", "Krông", "Ea Sol", "Bơ Ngoa"]
PHONE_PREFIXES = ["091", "094", "088", "083", "084", "085", "081", "082", "096", "097", "098", "086", "032", "033", "034",
                  "035", "036", "037", "038", "039", "090", "093", "089", "070", "079", "077", "076", "078", "056", "058"]


class Weighted:
    """A fast weighted choice over a fixed list."""

    def __init__(self, pairs):
        self.values = [value for value, _ in pairs]
        self.cumulative = []
        total = 0.0
        for _, weight in pairs:
            total += weight
            self.cumulative.append(total)
        self.total = total

    def pick(self, rng):
        return self.values[bisect.bisect_right(self.cumulative, rng.random() * self.total)]


def fold(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    return " ".join("".join(c if c.isalnum() else " " for c in bare.lower()).split())


def read_communes(path):
    with open(path, encoding="utf-8") as f:
        return [(row["code"], row["province_code"], row["full_name"], row["type"]) for row in csv.DictReader(f)]


class Generator:
    def __init__(self, seed, communes):
        self.rng = random.Random(seed)
        self.communes = communes
        self.ids = set()
        self.kinh_surnames = Weighted(KINH_SURNAMES)
        self.kinh_middle = {"M": Weighted(KINH_MIDDLE_M), "F": Weighted(KINH_MIDDLE_F)}
        self.ethnic = {province: Weighted(pairs) for province, pairs in PROVINCE_ETHNIC.items()}
        self.default_ethnic = Weighted([("01", 98), ("06", 1), ("04", 1)])
        weights = []
        for code, province, _, _ in communes:
            weight = self.rng.lognormvariate(0, 0.6) * (2.2 if province in MOUNTAIN else 1.0)
            weights.append((code, weight))
        self.commune_choice = Weighted(weights)
        self.commune_by_code = {c[0]: c for c in communes}
        self.villages = {}
        self.sequence = {}

    # --- names -------------------------------------------------------------------------------
    def name(self, group, sex, surname=None):
        rng = self.rng
        if group in GROUPS:
            surnames, middle_m, middle_f, given_m, given_f = GROUPS[group]
            surname = surname or rng.choice(surnames)
            middle = rng.choice(middle_m if sex == "M" else middle_f)
            given = rng.choice(given_m if sex == "M" else given_f)
        else:
            surname = surname or self.kinh_surnames.pick(rng)
            middle = self.kinh_middle[sex].pick(rng)
            given = rng.choice(KINH_GIVEN_M if sex == "M" else KINH_GIVEN_F)
            if rng.random() < 0.12:  # a second middle name, common in younger generations
                middle = middle + " " + rng.choice(["Ngọc", "Minh", "Thanh", "Bảo", "Gia", "Hoàng", "Phương"])
        return " ".join(part for part in (surname, middle, given) if part)

    # --- people ------------------------------------------------------------------------------
    def birth(self, year, age):
        """Birth date text in the template's forms, with reduced precision for many elderly people."""
        rng = self.rng
        month = rng.randint(1, 12)
        day = rng.randint(1, 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)
        if age >= 75:
            precision = rng.choices(["YEAR", "MONTH", "DAY"], [35, 10, 55])[0]
        elif age >= 65:
            precision = rng.choices(["YEAR", "MONTH", "DAY"], [10, 5, 85])[0]
        else:
            precision = "DAY"
        if precision == "YEAR":
            return str(year)
        if precision == "MONTH":
            return f"{month:02d}/{year}"
        return f"{day:02d}/{month:02d}/{year}"

    def national_id(self, province, sex, year, age):
        rng = self.rng
        if age < 1 and rng.random() < 0.5 or age < 14 and rng.random() < 0.2 or rng.random() < 0.04:
            return ""
        century = (year // 100 - 19) * 2 + (1 if sex == "F" else 0)
        while True:
            value = f"0{province}{century}{year % 100:02d}{rng.randrange(1_000_000):06d}"
            if value not in self.ids:
                self.ids.add(value)
                return value

    def phone(self, age):
        if age < 16 or self.rng.random() > 0.55:
            return ""
        return self.rng.choice(PHONE_PREFIXES) + f"{self.rng.randrange(10_000_000):07d}"

    # --- households --------------------------------------------------------------------------
    def village_names(self, commune):
        names = self.villages.get(commune[0])
        if names is None:
            code, province, full_name, unit_type = commune
            rng = self.rng
            count = rng.randint(5, 25)
            if unit_type == "Phường":
                names = [f"Tổ dân phố {i}" for i in range(1, count + 1)]
            elif province in SOUTH:
                names = [f"Ấp {w}" for w in rng.sample(VILLAGE_WORDS_SOUTH, min(count, len(VILLAGE_WORDS_SOUTH)))]
            elif province in ("14", "11", "12"):
                names = [f"Bản {w}" for w in rng.sample(VILLAGE_WORDS_THAI, min(count, len(VILLAGE_WORDS_THAI)))]
            elif province in ("66", "52", "68"):
                names = [f"Buôn {w}" for w in rng.sample(VILLAGE_WORDS_HIGHLANDS, min(count, len(VILLAGE_WORDS_HIGHLANDS)))]
            else:
                names = [f"Thôn {w}" for w in rng.sample(VILLAGE_WORDS_NORTH, min(count, len(VILLAGE_WORDS_NORTH)))]
            self.villages[code] = names
        return names

    def household(self):
        rng = self.rng
        commune = self.commune_by_code[self.commune_choice.pick(rng)]
        code, province, full_name, _ = commune
        number = self.sequence.get(code, 500_000) + 1
        self.sequence[code] = number
        household_code = f"{code}-{number:06d}"
        village = rng.choice(self.village_names(commune))
        address = f"Số {rng.randint(1, 300)}, {village}, {full_name}" if rng.random() < 0.4 else f"{village}, {full_name}"
        status = rng.choices(["Nghèo", "Cận nghèo", "Không", ""], [45, 30, 20, 5])[0]
        if status:
            year = rng.randint(2022, 2025)
            month = rng.randint(1, 6 if year == 2025 else 12)
            valid_from = f"{rng.randint(1, 28):02d}/{month:02d}/{year}"
            decision = f"{rng.randint(1, 450)}/QĐ-UBND"
        else:
            valid_from = decision = ""
        group = (self.ethnic.get(province) or self.default_ethnic).pick(rng)
        members = self.members(group, province)
        row = [household_code, code, village, address, status, valid_from, decision]
        people = [[household_code, code, RELATIONS[relation], self.national_id(province, sex, year, REFERENCE_YEAR - year),
                   name, self.birth(year, REFERENCE_YEAR - year), "Nam" if sex == "M" else "Nữ", ethnic,
                   self.phone(REFERENCE_YEAR - year)]
                  for relation, name, sex, year, ethnic in members]
        return row, people

    def members(self, group, province):
        """Head first, then spouse, children, parents, grandchildren: ages consistent within the family."""
        rng = self.rng
        size = rng.choices([1, 2, 3, 4, 5, 6, 7, 8], [20, 22, 18, 18, 12, 6, 3, 1])[0]
        # Beneficiary households skew old: single elderly, elderly couples, families with small children.
        head_age = rng.randint(62, 98) if size <= 2 and rng.random() < 0.65 else rng.randint(24, 85)
        head_sex = "M" if rng.random() < (0.45 if head_age > 70 else 0.7) else "F"
        surname = self.name(group, head_sex).split(" ")[0] if group not in GROUPS else rng.choice(GROUPS[group][0])
        if group in ("10", "12", "13") or group not in GROUPS and rng.random() < 0.0:
            surname = None
        members = [("HEAD", self.name(group, head_sex, surname), head_sex, REFERENCE_YEAR - head_age, group)]
        if size >= 2 and rng.random() < 0.8:
            spouse_sex = "F" if head_sex == "M" else "M"
            spouse_age = max(18, head_age + rng.randint(-8, 5))
            spouse_group = group if rng.random() < 0.9 else (self.ethnic.get(province) or self.default_ethnic).pick(rng)
            members.append(("SPOUSE", self.name(spouse_group, spouse_sex), spouse_sex, REFERENCE_YEAR - spouse_age, spouse_group))
        while len(members) < size:
            roll = rng.random()
            if head_age > 55 and roll < 0.35:
                relation, age = "GRANDCHILD", rng.randint(0, max(0, min(25, head_age - 40)))
            elif head_age < 45 and roll < 0.15:
                relation, age = "PARENT", min(99, head_age + rng.randint(20, 35))
            elif roll < 0.9:
                relation, age = "CHILD", max(0, head_age - rng.randint(18, 42))
            else:
                relation, age = rng.choice(["SIBLING", "OTHER_RELATIVE"]), max(0, head_age + rng.randint(-15, 15))
            sex = "M" if rng.random() < 0.51 else "F"
            inherits = relation in ("CHILD", "GRANDCHILD") or relation == "PARENT" and sex == "M" or relation == "SIBLING"
            members.append((relation, self.name(group, sex, surname if inherits else None), sex, REFERENCE_YEAR - age, group))
        return members


class SplitWriter:
    """CSV files with a header each, started anew before one would pass max_bytes."""

    def __init__(self, directory, prefix, header, max_bytes):
        self.directory, self.prefix, self.header, self.max_bytes = directory, prefix, header, max_bytes
        self.files, self.rows, self.out, self.size = [], [], None, 0

    def _open(self):
        if self.out:
            self.out.close()
        path = os.path.join(self.directory, f"{self.prefix}-{len(self.files) + 1:03d}.csv")
        self.files.append(path)
        self.rows.append(0)
        self.out = open(path, "wb")
        self.size = 0
        self._write(BOM + self._line(self.header))

    @staticmethod
    def _line(values):
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerow(values)
        return buffer.getvalue()

    def _write(self, text):
        data = text.encode("utf-8")
        self.out.write(data)
        self.size += len(data)

    def write(self, values):
        line = self._line(values)
        if self.out is None or self.size + len(line.encode("utf-8")) > self.max_bytes:
            self._open()
        self._write(line)
        self.rows[-1] += 1

    def close(self):
        if self.out:
            self.out.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=20251123)
    parser.add_argument("--out", default="bench/target/registry-data")
    parser.add_argument("--communes", default="backend/src/main/resources/reference/admin-units/communes_2025-07-01.csv")
    parser.add_argument("--max-bytes", type=int, default=19 * 1024 * 1024, help="size limit of one file (the API takes 20 MiB)")
    parser.add_argument("--queries", type=int, default=20_000, help="search queries to write per caller")
    args = parser.parse_args()

    os.makedirs(args.out, exist_ok=True)
    generator = Generator(args.seed, read_communes(args.communes))
    households = SplitWriter(args.out, "households", HOUSEHOLD_HEADER, args.max_bytes)
    people_path = os.path.join(args.out, "people.tmp")
    people = SplitWriter(args.out, "people", PEOPLE_HEADER, args.max_bytes)
    samples = {"commune": [], "province": [], "country": []}
    sample_rng = random.Random(args.seed + 1)
    count = household_count = 0
    # Registers are exported province by province, commune by commune: the files keep that order.
    families = []
    while count < args.people:
        row, members = generator.household()
        members = members[: args.people - count]
        families.append((row, members))
        count += len(members)
    families.sort(key=lambda family: (generator.commune_by_code[family[0][1]][1], family[0][1], family[0][0]))
    count = 0
    for row, members in families:
        households.write(row)
        household_count += 1
        for member in members:
            people.write(member)
            count += 1
            commune = member[1]
            province = generator.commune_by_code[commune][1]
            if commune == "03688":
                samples["commune"].append(member[4])
            if province == "14" and sample_rng.random() < 0.05:
                samples["province"].append(member[4])
            if sample_rng.random() < 0.003:
                samples["country"].append(member[4])
    households.close()
    people.close()

    in_demo_commune = len(samples["commune"])
    write_queries(args, samples, sample_rng)
    manifest = {
        "seed": args.seed, "people": count, "households": household_count,
        "files": [{"path": os.path.basename(p), "kind": "households", "rows": r} for p, r in zip(households.files, households.rows)]
        + [{"path": os.path.basename(p), "kind": "people", "rows": r} for p, r in zip(people.files, people.rows)],
        "peopleInCommune03688": in_demo_commune,
    }
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
    print(json.dumps({k: v for k, v in manifest.items() if k != "files"}, ensure_ascii=False))
    for entry in manifest["files"]:
        print(f"  {entry['path']}: {entry['rows']} rows")


def write_queries(args, samples, rng):
    """What people type in the search box, per caller: full names with or without diacritics,
    surname + given name, the given name alone, and prefixes while typing."""
    from urllib.parse import quote

    def variants(name):
        words = name.split(" ")
        folded = fold(name).split(" ")
        kind = rng.random()
        if kind < 0.30:
            return fold(name)                                  # nguyen van duc
        if kind < 0.45:
            return name                                        # Nguyễn Văn Đức
        if kind < 0.60:
            return f"{folded[0]} {folded[-1]}"                 # nguyen duc
        if kind < 0.75:
            return folded[-1]                                  # duc
        if kind < 0.90:
            text = " ".join(folded)
            return text[: max(3, int(len(text) * rng.uniform(0.4, 0.9)))].strip()   # nguyen van d (typing)
        return words[0] + " " + words[1] if len(words) > 2 else name                # Nguyễn Văn
    if len(samples["commune"]) < 20:  # small runs: the demo commune may hold nobody yet
        samples["commune"] = samples["commune"] + samples["province"][:200]
    for caller, names in samples.items():
        if not names:
            continue
        path = os.path.join(args.out, f"queries-{caller}.txt")
        with open(path, "w", encoding="utf-8") as f:
            for _ in range(args.queries):
                q = variants(rng.choice(names))
                f.write(f"/api/v1/people?q={quote(q)}&size=20\n")


if __name__ == "__main__":
    main()
