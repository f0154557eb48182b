"""Vietnam's provincial units: the 34 in force since 1 July 2025 and the 63 before.

Each entry: canonical Vietnamese name -> (status, merged into, other spellings). Spellings without
diacritics need not be listed (matching folds diacritics); list English/French/Japanese forms and
abbreviations. ``status`` is "current" (one of the 34), "former" (merged away in 2025) or "both".
"""

from __future__ import annotations

Province = tuple[str, str, tuple[str, ...]]

PROVINCES: dict[str, Province] = {
    # The six centrally governed cities.
    "Hà Nội": ("both", "", ("Hanoi", "Ha Noi", "Hanoï", "ハノイ")),
    "Hồ Chí Minh": (
        "both",
        "",
        ("TP.HCM", "TP. HCM", "TPHCM", "TP HCM", "HCMC", "Ho Chi Minh City", "Hô Chi Minh-Ville",
         "Saigon", "Sài Gòn", "Thành phố Hồ Chí Minh", "ホーチミン"),
    ),
    "Hải Phòng": ("both", "", ("Haiphong", "Hai Phong", "ハイフォン")),
    "Đà Nẵng": ("both", "", ("Da Nang", "Danang", "ダナン")),
    "Cần Thơ": ("both", "", ("Can Tho", "カントー")),
    "Huế": ("both", "", ("Thừa Thiên Huế", "Thừa Thiên - Huế", "Thua Thien Hue", "Hue", "フエ")),
    # Provinces unchanged or enlarged in 2025.
    "Lai Châu": ("both", "", ("ライチャウ",)),
    "Điện Biên": ("both", "", ("Dien Bien", "ディエンビエン")),
    "Sơn La": ("both", "", ("ソンラ",)),
    "Lạng Sơn": ("both", "", ("ランソン",)),
    "Quảng Ninh": ("both", "", ("クアンニン",)),
    "Thanh Hóa": ("both", "", ("Thanh Hoá", "タインホア")),
    "Nghệ An": ("both", "", ("ゲアン",)),
    "Hà Tĩnh": ("both", "", ("ハティン",)),
    "Cao Bằng": ("both", "", ("カオバン",)),
    "Tuyên Quang": ("both", "", ("トゥエンクアン",)),
    "Lào Cai": ("both", "", ("ラオカイ",)),
    "Thái Nguyên": ("both", "", ("タイグエン",)),
    "Phú Thọ": ("both", "", ("フート",)),
    "Bắc Ninh": ("both", "", ("バクニン",)),
    "Hưng Yên": ("both", "", ("フンイエン",)),
    "Ninh Bình": ("both", "", ("ニンビン",)),
    "Quảng Trị": ("both", "", ("クアンチ",)),
    "Quảng Ngãi": ("both", "", ("クアンガイ",)),
    "Gia Lai": ("both", "", ("ザライ",)),
    "Khánh Hòa": ("both", "", ("Khánh Hoà", "カインホア")),
    "Lâm Đồng": ("both", "", ("ラムドン",)),
    "Đắk Lắk": ("both", "", ("Đắc Lắc", "Dak Lak", "Daklak", "ダクラク")),
    "Đồng Nai": ("both", "", ("ドンナイ",)),
    "Tây Ninh": ("both", "", ("タイニン",)),
    "Vĩnh Long": ("both", "", ("ヴィンロン", "ビンロン")),
    "Đồng Tháp": ("both", "", ("ドンタップ",)),
    "Cà Mau": ("both", "", ("カマウ",)),
    "An Giang": ("both", "", ("アンザン",)),
    # The 29 merged away on 1 July 2025 (Thừa Thiên Huế became Huế, listed above).
    "Hà Giang": ("former", "Tuyên Quang", ("ハザン",)),
    "Yên Bái": ("former", "Lào Cai", ("イエンバイ",)),
    "Bắc Kạn": ("former", "Thái Nguyên", ("Bắc Cạn", "バッカン")),
    "Vĩnh Phúc": ("former", "Phú Thọ", ("ヴィンフック", "ビンフック")),
    "Hòa Bình": ("former", "Phú Thọ", ("Hoà Bình", "ホアビン")),
    "Bắc Giang": ("former", "Bắc Ninh", ("バクザン",)),
    "Thái Bình": ("former", "Hưng Yên", ("タイビン",)),
    "Hải Dương": ("former", "Hải Phòng", ("ハイズオン",)),
    "Hà Nam": ("former", "Ninh Bình", ("ハナム",)),
    "Nam Định": ("former", "Ninh Bình", ("ナムディン",)),
    "Quảng Bình": ("former", "Quảng Trị", ("クアンビン",)),
    "Quảng Nam": ("former", "Đà Nẵng", ("クアンナム",)),
    "Kon Tum": ("former", "Quảng Ngãi", ("Kontum", "コントゥム")),
    "Bình Định": ("former", "Gia Lai", ("ビンディン",)),
    "Ninh Thuận": ("former", "Khánh Hòa", ("ニントゥアン",)),
    "Đắk Nông": ("former", "Lâm Đồng", ("Dak Nong", "ダクノン")),
    "Bình Thuận": ("former", "Lâm Đồng", ("ビントゥアン",)),
    "Phú Yên": ("former", "Đắk Lắk", ("フーイエン",)),
    "Bình Dương": ("former", "Hồ Chí Minh", ("Binh Duong", "ビンズオン")),
    "Bà Rịa - Vũng Tàu": (
        "former",
        "Hồ Chí Minh",
        ("Bà Rịa-Vũng Tàu", "Ba Ria-Vung Tau", "Ba Ria - Vung Tau", "Vũng Tàu", "BR-VT",
         "バリア・ブンタウ", "ブンタウ"),
    ),
    "Bình Phước": ("former", "Đồng Nai", ("ビンフオック",)),
    "Long An": ("former", "Tây Ninh", ("ロンアン",)),
    "Sóc Trăng": ("former", "Cần Thơ", ("ソクチャン",)),
    "Hậu Giang": ("former", "Cần Thơ", ("ハウザン",)),
    "Bến Tre": ("former", "Vĩnh Long", ("ベンチェ",)),
    "Trà Vinh": ("former", "Vĩnh Long", ("チャビン",)),
    "Tiền Giang": ("former", "Đồng Tháp", ("ティエンザン",)),
    "Bạc Liêu": ("former", "Cà Mau", ("バクリュウ",)),
    "Kiên Giang": ("former", "An Giang", ("キエンザン",)),
}
