"""What the seed articles say, as data: the sentences the demo cites and the records they support.
Figures the articles do not give (most capitals, dates, park areas) are illustrative."""

from __future__ import annotations

import datetime

# Province codes (QĐ 19/2025/QĐ-TTg): today's units, and former units prefixed with F.
BAC_NINH, FORMER_BAC_NINH, FORMER_BAC_GIANG, THANH_HOA = "24", "F27", "F24", "38"
VI, FR, TH = "bac-ninh-vi.txt", "bac-ninh-fr.txt", "thanh-hoa-vi.txt"

# fmt: off
# (file, title, publisher, published, language, url)
DOCUMENTS: list[tuple[str, str, str, datetime.date | None, str, str]] = [
    (VI, "Bắc Ninh đón làn sóng hợp tác công nghệ cao từ Nhật Bản", "VietnamPlus",
     datetime.date(2025, 11, 26), "vi",
     "https://www.vietnamplus.vn/bac-ninh-don-lan-song-hop-tac-cong-nghe-cao-tu-nhat-ban-"
     "post1079433.vnp"),
    (FR, "Bac Ninh : coopération de haute technologie avec le Japon (version française)", "",
     None, "fr", ""),
    (TH, "Đoàn công tác tỉnh Thanh Hóa tham gia nhiều nội dung trong khuôn khổ Diễn đàn hợp tác "
     "địa phương Việt - Nhật", "", datetime.date(2025, 11, 25), "vi", ""),
]

# key: (document, exact sentence or clause)
QUOTES: dict[str, tuple[str, str]] = {
    "tuan_vi": (VI, "Phó Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh Phan Thế Tuấn cũng cho biết, thời "
                "gian tới, Bắc Ninh định hướng hợp tác sâu với Nhật Bản trên các lĩnh vực trọng "
                "tâm."),
    "tuan_fr": (FR, "Le vice-président du Comité populaire de la province de Bac Ninh, Phan The "
                "Tuan, a également déclaré que Bac Ninh prévoyait d'approfondir sa coopération "
                "avec le Japon dans des domaines clés dans les prochains mois."),
    "okamoto_vi": (VI, "Ông Shigeyuki Okamoto, Tổng Giám đốc Công ty Trách nhiệm hữu hạn Canon "
                   "Việt Nam chia sẻ, Canon lựa chọn Bắc Ninh vì bốn lợi thế nổi bật"),
    "okamoto_fr": (FR, "M. Shigeyuki Okamoto, directeur général de Canon Vietnam Co., Ltd., a "
                   "expliqué que Canon avait choisi Bac Ninh en raison de quatre atouts majeurs"),
    "matsui_vi": (VI, "Đại diện cho doanh nghiệp công nghiệp hỗ trợ, ông Tatsuya Matsui, Giám đốc "
                  "Nhà máy THK Việt Nam đánh giá, Bắc Ninh rất hợp tác và chủ động khi tiếp cận "
                  "doanh nghiệp."),
    "matsui_fr": (FR, "Représentant les entreprises du secteur, M. Tatsuya Matsui, directeur de "
                  "l'usine THK Vietnam, a souligné que Bac Ninh se montre très coopérative et "
                  "proactive dans ses relations avec les entreprises."),
    "thk_vi": (VI, "Với nguồn lao động dồi dào, THK có thể tuyển dụng nhân sự ngay tại địa "
               "phương, giúp doanh nghiệp thuận lợi trong duy trì sản xuất và mở rộng đầu tư."),
    "japan_vi": (VI, "Hiện nay, Bắc Ninh có 126 dự án đầu tư trực tiếp nước ngoài từ Nhật Bản còn "
                 "hiệu lực, tổng vốn đăng ký đầu tư đạt khoảng 1,98 tỷ USD."),
    "rank_vi": (VI, "Nhật Bản đứng thứ 5/42 quốc gia và vùng lãnh thổ có dự án đầu tư tại tỉnh "
                "Bắc Ninh."),
    "japan_fr": (FR, "Actuellement, Bac Ninh compte 126 projets d'investissement direct étranger "
                 "(IDE) japonais valides, pour un capital d'investissement total enregistré "
                 "d'environ 1,98 milliard de dollars américains."),
    "oda_vi": (VI, "Bên cạnh đó, tỉnh cũng tiếp nhận 4 dự án ODA từ Nhật Bản với quy mô tài trợ "
               "10,1 tỷ USD, tạo nền tảng quan trọng thúc đẩy phát triển hạ tầng, đô thị và công "
               "nghệ."),
    "oda_fr": (FR, "En outre, la province a également reçu quatre projets d'APD du Japon d'un "
               "montant total de 10,1 milliards de dollars américains"),
    "gia_binh_vi": (VI, "Đặc biệt, khi dự án Cảng hàng không quốc tế Gia Bình hoàn thành sẽ là "
                    "“cú hích” lớn giúp Bắc Ninh bứt phá mạnh mẽ trong logistics, công nghiệp, "
                    "thương mại điện tử và du lịch."),
    "gia_binh_fr": (FR, "En particulier, l'achèvement du projet d'aéroport international de Gia "
                    "Binh constituera un atout majeur pour aider Bac Ninh à réaliser une percée "
                    "significative dans les secteurs de la logistique, de l'industrie, du "
                    "commerce électronique et du tourisme."),
    "cuong": (TH, "Trong khuôn khổ Diễn đàn hợp tác địa phương Việt - Nhật, chiều 25/11, đoàn "
              "công tác tỉnh Thanh Hóa do đồng chí Cao Văn Cường, Tỉnh ủy viên, Phó Chủ tịch "
              "UBND tỉnh làm trưởng đoàn, tiếp tục tham dự phiên chuyên đề và các cuộc gặp gỡ."),
    "thanh_hoa": (TH, "Đến nay, tỉnh Thanh Hóa đã thu hút được 180 dự án FDI với tổng vốn trên "
                  "15,6 tỷ USD, trong đó số vốn do nhà đầu tư Nhật Bản đầu tư trực tiếp và liên "
                  "doanh chiếm tới 82,5%."),
    "big_th": (TH, "Nhiều dự án quy mô lớn của Nhật Bản đã trở thành động lực tăng trưởng mạnh mẽ "
               "của Thanh Hóa như: Nhà máy Lọc hóa dầu Nghi Sơn, Xi măng Nghi Sơn, Nhiệt điện "
               "BOT Nghi Sơn 2..."),
    "new_th": (TH, "Và gần đây là hai dự án mới: Khu công nghiệp Thăng Long Thanh Hóa và Trung "
               "tâm Thương mại Aeon Mall."),
    "meeting": (TH, "Ngay sau phiên chuyên đề, đoàn công tác tỉnh Thanh Hóa đã có buổi làm việc "
                "với Đại sứ quán Nhật Bản tại Việt Nam do ông Ito Naoki, Đại sứ đặc mệnh toàn "
                "quyền Nhật Bản tại Việt Nam làm trưởng đoàn và Tổ chức Xúc tiến Thương mại Nhật "
                "Bản (JETRO) do ông Osaka Haruhiko làm trưởng đoàn."),
    "osaka": (TH, "Phó Chủ tịch UBND tỉnh Cao Văn Cường tặng sản phẩm OCOP của tỉnh Thanh Hóa cho "
              "ông Osaka Haruhiko, Trưởng đại diện JETRO."),
    "sumitomo_park": (TH, "Tỉnh Thanh Hóa mong muốn Đại sứ quán Nhật Bản tại Việt Nam và JETRO "
                      "tiếp tục quan tâm tới các hoạt động thu hút đầu tư của Thanh Hóa, đặc biệt "
                      "là giới thiệu các nhà đầu tư thứ cấp vào Khu công nghiệp phía Tây Thanh "
                      "Hóa do Tập đoàn Sumitomo của Nhật Bản đầu tư"),
    "sumitomo": (TH, "Hiện nay, Tập đoàn Sumitomo đang đầu tư khu công nghiệp hình mẫu, công nghệ "
                 "cao tại Thanh Hóa"),
    "nghi_son": (TH, "các hội thảo chuyên đề giới thiệu cơ hội đầu tư tại Khu Kinh tế Nghi Sơn và "
                 "các Khu công nghiệp tỉnh Thanh Hóa."),
}

# (name, province code, area ha, year established) — areas and years illustrative.
PARKS: list[tuple[str, str, int, int]] = [
    ("KCN VSIP Bắc Ninh", FORMER_BAC_NINH, 700, 2007), ("KCN Quế Võ", FORMER_BAC_NINH, 611, 2002),
    ("KCN Quế Võ II", FORMER_BAC_NINH, 270, 2008), ("KCN Yên Phong", FORMER_BAC_NINH, 658, 2006),
    ("KCN Yên Phong II-C", FORMER_BAC_NINH, 250, 2017),
    ("KCN Tiên Sơn", FORMER_BAC_NINH, 350, 1998),
    ("KCN Đại Đồng - Hoàn Sơn", FORMER_BAC_NINH, 272, 2005),
    ("KCN Thuận Thành II", FORMER_BAC_NINH, 250, 2008),
    ("KCN Nam Sơn - Hạp Lĩnh", FORMER_BAC_NINH, 300, 2008),
    ("KCN Gia Bình", FORMER_BAC_NINH, 260, 2021), ("KCN Quang Châu", FORMER_BAC_GIANG, 426, 2005),
    ("KCN Vân Trung", FORMER_BAC_GIANG, 350, 2008), ("KCN Đình Trám", FORMER_BAC_GIANG, 127, 2003),
    ("KCN Song Khê - Nội Hoàng", FORMER_BAC_GIANG, 177, 2008),
    ("KCN Việt Hàn", FORMER_BAC_GIANG, 180, 2017),
    ("Khu kinh tế Nghi Sơn", THANH_HOA, 106000, 2006), ("KCN Lễ Môn", THANH_HOA, 87, 1998),
    ("KCN phía Tây Thanh Hóa", THANH_HOA, 250, 2021), ("KCN Bỉm Sơn", THANH_HOA, 500, 2009),
    ("KCN Hoàng Long", THANH_HOA, 286, 2012), ("KCN Thăng Long", "01", 274, 1997),
    ("KCN Nội Bài", "01", 100, 1994), ("KCN VSIP Hải Phòng", "F31", 1600, 2010),
    ("KCN Đình Vũ", "F31", 541, 1997), ("KCN Phố Nối A", "F33", 596, 1997),
    ("KCN Thăng Long Vĩnh Phúc", "F26", 213, 2015), ("KCN Bá Thiện", "F26", 327, 2008),
    ("KCN VSIP I Bình Dương", "F74", 500, 1996), ("KCN Amata Biên Hòa", "F75", 700, 1994),
]

# (name, short name, kind, country, province code, strategic, quotes)
ORGANISATIONS: list[tuple[str, str, str, str, str | None, bool, list[str]]] = [
    ("Ủy ban nhân dân tỉnh Bắc Ninh", "UBND tỉnh Bắc Ninh", "agency", "VN", BAC_NINH, False,
     ["tuan_vi"]),
    ("Ủy ban nhân dân tỉnh Thanh Hóa", "UBND tỉnh Thanh Hóa", "agency", "VN", THANH_HOA, False,
     ["cuong"]),
    ("Công ty TNHH Canon Việt Nam", "Canon Vietnam", "company", "JP", FORMER_BAC_NINH, True,
     ["okamoto_vi", "okamoto_fr"]),
    ("THK Việt Nam", "THK Vietnam", "company", "JP", BAC_NINH, False, ["matsui_vi", "thk_vi"]),
    ("Tập đoàn Sumitomo", "Sumitomo", "company", "JP", None, True, ["sumitomo_park", "sumitomo"]),
    ("Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO)", "JETRO", "trade_body", "JP", None, False,
     ["meeting"]),
    ("Đại sứ quán Nhật Bản tại Việt Nam", "Đại sứ quán Nhật Bản", "embassy", "JP", "01", False,
     ["meeting"]),
]

# (full name, nationality, organisation short name, title, notes, quotes)
PEOPLE: list[tuple[str, str, str, str, str, list[str]]] = [
    ("Phan Thế Tuấn", "VN", "UBND tỉnh Bắc Ninh", "Phó Chủ tịch UBND tỉnh Bắc Ninh", "",
     ["tuan_vi", "tuan_fr"]),
    ("Shigeyuki Okamoto", "JP", "Canon Vietnam", "Tổng Giám đốc", "",
     ["okamoto_vi", "okamoto_fr"]),
    ("Tatsuya Matsui", "JP", "THK Vietnam", "Giám đốc Nhà máy", "", ["matsui_vi", "matsui_fr"]),
    ("Cao Văn Cường", "VN", "UBND tỉnh Thanh Hóa", "Phó Chủ tịch UBND tỉnh Thanh Hóa",
     "Tỉnh ủy viên tỉnh Thanh Hóa.", ["cuong"]),
    ("Ito Naoki", "JP", "Đại sứ quán Nhật Bản", "Đại sứ đặc mệnh toàn quyền Nhật Bản tại Việt Nam",
     "", ["meeting"]),
    ("Osaka Haruhiko", "JP", "JETRO", "Trưởng đại diện JETRO", "", ["meeting", "osaka"]),
]

# Japanese FDI named in the seeds: (name, province, park, VSIC, capital USD, IRC date, status,
# investors' short names, quotes). Capitals and dates are illustrative.
PROJECTS: list[tuple[str, str, str | None, str, int, datetime.date, str, list[str], list[str]]] = [
    ("Nhà máy Canon Quế Võ", FORMER_BAC_NINH, "KCN Quế Võ", "26", 120_000_000,
     datetime.date(2008, 6, 12), "operating", ["Canon Vietnam"], ["okamoto_vi"]),
    ("Nhà máy Canon Tiên Sơn", FORMER_BAC_NINH, "KCN Tiên Sơn", "26", 90_000_000,
     datetime.date(2009, 3, 20), "operating", ["Canon Vietnam"], ["okamoto_vi"]),
    ("Nhà máy THK Việt Nam", BAC_NINH, None, "28", 45_000_000, datetime.date(2025, 8, 14),
     "construction", ["THK Vietnam"], ["thk_vi", "matsui_fr"]),
    ("Nhà máy Lọc hóa dầu Nghi Sơn", THANH_HOA, "Khu kinh tế Nghi Sơn", "19", 9_000_000_000,
     datetime.date(2008, 4, 14), "operating", [], ["big_th"]),
    ("Xi măng Nghi Sơn", THANH_HOA, "Khu kinh tế Nghi Sơn", "23", 400_000_000,
     datetime.date(2010, 9, 1), "operating", [], ["big_th"]),
    ("Nhiệt điện BOT Nghi Sơn 2", THANH_HOA, "Khu kinh tế Nghi Sơn", "35", 2_793_000_000,
     datetime.date(2013, 10, 15), "operating", [], ["big_th"]),
    ("Khu công nghiệp Thăng Long Thanh Hóa", THANH_HOA, "KCN phía Tây Thanh Hóa", "68",
     177_000_000, datetime.date(2024, 11, 8), "construction", ["Sumitomo"],
     ["new_th", "sumitomo_park"]),
    ("Trung tâm Thương mại Aeon Mall Thanh Hóa", THANH_HOA, None, "47", 190_000_000,
     datetime.date(2024, 12, 19), "licensed", [], ["new_th"]),
]

# The seed says only "4 ODA projects from Japan, USD 10.1 bn": names and split illustrative.
ODA: list[tuple[str, str, int]] = [
    ("Hạ tầng giao thông đô thị", "42", 4_200 * 10**6),
    ("Cấp nước và xử lý nước thải", "37", 2_300 * 10**6),
    ("Phát triển đô thị thông minh", "42", 2_100 * 10**6),
    ("Trung tâm đổi mới sáng tạo và công nghệ", "72", 1_500 * 10**6),
]

# The headline figures the generated data reproduces, cited on the provinces.
PROVINCE_QUOTES: dict[str, list[str]] = {
    BAC_NINH: ["japan_vi", "rank_vi", "japan_fr"], THANH_HOA: ["thanh_hoa"],
}
# fmt: on
