"""Rules added while generalising (each checked on sentences unlike the corpus ones)."""

from greenlane.extract import extract_document
from greenlane.extract.dates import find_dates
from greenlane.extract.gazetteer import find_places


def facts(text: str, kind: str) -> list[dict]:
    doc = extract_document(text, filename="a.txt")
    return [f.fields for f in doc.facts if f.kind == kind]


def test_us_dollar_sign_is_not_an_origin() -> None:
    assert [p.key for p in find_places("Nam Dinh drew US$300 million.")] == ["Nam Định"]


def test_country_in_brackets_qualifies_the_previous_one() -> None:
    keys = [p.key for p in find_places("Nhà đầu tư Đài Loan (Trung Quốc) rót vốn.")]
    assert keys == ["TW"]


def test_bare_year_not_inside_japanese_amount() -> None:
    assert [d.value for d in find_dates("韓国が3億2000万ドルで首位。", 2024)] == []


def test_japanese_day_takes_the_publication_month() -> None:
    assert [d.value for d in find_dates("市は12日、会議を開いた。", 2024, "2024-03-20")] == [
        "2024-03-12"
    ]
    assert [d.value for d in find_dates("市は28日、会議を開いた。", 2024, "2024-03-20")] == [
        "2024-02-28"
    ]


def test_year_to_date_is_a_flow_even_with_as_of() -> None:
    text = (
        "Tính từ đầu năm đến ngày 31/5/2025, tỉnh Nam Định thu hút 120 triệu USD vốn FDI, "
        "tăng 15% so với cùng kỳ.\n"
    )
    found = facts(text, "investment")
    assert found and found[0]["measure"] == "flow"
    assert any(i["value"] == 15 for i in facts(text, "indicator"))


def test_share_after_an_amount() -> None:
    text = "FDI into Nam Dinh reached $500 million in 2024. Japan led with $200 million, accounting for 40 per cent.\n"
    japan = [f for f in facts(text, "investment") if f["origin"] == "JP"]
    assert japan and japan[0]["share_pct"] == 40


def test_among_investor_countries_the_rank_holder_is_not_vietnam() -> None:
    cases = [
        ("Sweden now has 96 valid projects worth $1.1 billion in Vietnam, ranking 28th among "
         "145 countries and territories.", "SE", 28),
        ("Thụy Sĩ có 180 dự án còn hiệu lực tại Việt Nam, đứng thứ 21 trong số 147 quốc gia và "
         "vùng lãnh thổ đầu tư.", "CH", 21),
        ("L'Italie compte 140 projets au Vietnam et se classe 30e parmi 145 pays et territoires.",
         "IT", 30),
    ]
    for text, code, rank in cases:
        found = facts(text, "ranking")
        assert [(f["subject"], f["rank"]) for f in found] == [(code, rank)], text


def test_vietnam_keeps_a_rank_that_is_not_among_investor_countries() -> None:
    found = facts("Vietnam ranked 3rd in Southeast Asia for foreign direct investment.", "ranking")
    assert [f["subject"] for f in found] == ["VN"]


def test_a_french_rank_with_its_place_word_keeps_its_total() -> None:
    found = facts("La Corée se classe au 2e rang sur 110 pays investisseurs au Vietnam.", "ranking")
    assert [(f["subject"], f["rank"], f["of"]) for f in found] == [("KR", 2, 110)]
    found = facts("La Corée se classe 2e sur 110 pays investisseurs au Vietnam.", "ranking")
    assert [(f["subject"], f["rank"], f["of"]) for f in found] == [("KR", 2, 110)]


def test_the_city_a_story_is_filed_from_is_not_its_place() -> None:
    text = (
        "【ハノイ】ベトナム北部フンイエン省は、日系企業の新工場（投資額5000万ドル）を認可した。"
    )
    investments = facts(text, "investment") + facts(text, "project")
    assert investments and all(
        "Hà Nội" not in (f.get("destination"), f.get("location")) for f in investments
    )
    text = (
        "HANOI, June 2 (Reuters) - Taiwan's Lumen Optics said it would invest $200 million in "
        "a lens factory in Vinh Phuc province."
    )
    assert [f["location"] for f in facts(text, "project")] == ["Vĩnh Phúc"]


def test_a_target_is_due_at_the_end_of_its_span_or_this_year() -> None:
    text = "Giai đoạn 2026-2035, tỉnh Nam Định đặt mục tiêu thu hút 6 tỷ USD vốn FDI."
    assert [f["year"] for f in facts(text, "target")] == [2035]
    text = "Nam Dinh, 3 March 2026. The province aims to attract $2 billion in FDI this year."
    assert [f["year"] for f in facts(text, "target")] == [2026]


def test_an_event_abroad_is_placed_in_its_city() -> None:
    text = "Chiều 12/5/2026, tại Osaka, UBND tỉnh Nam Định tổ chức hội nghị xúc tiến đầu tư."
    assert [f["place"] for f in facts(text, "event")] == ["Osaka"]
    text = "Le 12 mai 2026, la province de Nam Dinh a organisé à Paris un séminaire d'investissement."
    assert [f["place"] for f in facts(text, "event")] == ["Paris"]


def test_a_city_that_starts_a_longer_name_is_not_a_place() -> None:
    assert find_places("Ông Osaka Haruhiko, Trưởng đại diện JETRO") == []
    assert find_places("Seoul Semiconductor mở rộng nhà máy") == []


def test_each_clause_of_a_sentence_keeps_its_own_category() -> None:
    text = (
        "Lũy kế đến nay, Nam Định có 210 dự án FDI còn hiệu lực với tổng vốn 4,2 tỷ USD; "
        "cùng 640 dự án đầu tư trong nước với tổng vốn 98.000 tỷ đồng."
    )
    found = {(f["category"], f["projects"]) for f in facts(text, "investment")}
    assert found == {("fdi", 210), ("domestic", 640)}
    text = (
        "In the first half, 30 new FDI projects in Nam Dinh registered $400 million, while "
        "existing projects added $150 million."
    )
    found = {(f["category"], f["amount"].value) for f in facts(text, "investment")}
    assert found == {("fdi", 400e6), ("fdi", 150e6)}


def test_rankings_among_investors_references_and_counted_superlatives() -> None:
    text = "Korea now has 90 projects in Nam Dinh, ranking second among foreign investors."
    assert [(f["subject"], f["rank"]) for f in facts(text, "ranking")] == [("KR", 2)]
    text = "同省への投資は累計で約20億ドルとなり、シンガポールに次ぐ2位の投資国となっている日本。"
    assert "SG" not in [f["subject"] for f in facts(text, "ranking")]
    text = "Trong đó, Hàn Quốc, Nhật Bản và Trung Quốc là ba đối tác lớn nhất của tỉnh Nam Định."
    assert facts(text, "ranking") == []
    text = "Ngày 5/3/2026, đoàn công tác của tỉnh Nam Định do Phó Chủ tịch UBND tỉnh dẫn đầu đã đến Nhật Bản."
    assert facts(text, "ranking") == []
    text = "ナムディン省のFDI累計は約50億ドルで、全国34省・市のうち15位となっている。"
    assert [(f["rank"], f["of"]) for f in facts(text, "ranking")] == [(15, 34)]


def test_exports_and_occupancy_are_indicators_not_investment() -> None:
    text = (
        "Nhờ dòng vốn FDI mới, kim ngạch xuất khẩu 9 tháng của tỉnh Nam Định ước đạt 6,4 tỷ USD; "
        "tỷ lệ lấp đầy các khu công nghiệp đạt 72%."
    )
    assert facts(text, "investment") == []
    found = {(f["metric"], f["value"]) for f in facts(text, "indicator")}
    assert found >= {("exports", 6.4e9), ("industrial park occupancy", 72.0)}


def test_times_of_capital_contribution_are_not_visitors() -> None:
    text = "Ngoài ra, tỉnh Nam Định có 14 lượt góp vốn, mua cổ phần với tổng giá trị 9 triệu USD."
    assert [f for f in facts(text, "indicator") if f["unit"] == "visits"] == []


def test_the_province_merged_into_another_is_not_the_destination() -> None:
    text = (
        "Sau khi hợp nhất với tỉnh Nam Định, tỉnh Ninh Bình có 820 dự án FDI còn hiệu lực với "
        "tổng vốn 9,1 tỷ USD."
    )
    assert [f["destination"] for f in facts(text, "investment")] == ["Ninh Bình"]


def test_a_japanese_conversion_in_brackets_is_not_a_second_amount() -> None:
    text = "ナムディン省の国内投資は40件、総額9兆ドン（約3億5000万ドル）だった。"
    amounts = [f["amount"].currency for f in facts(text, "investment")]
    assert amounts == ["VND"]


def test_event_places_after_a_title_word_or_a_japanese_particle() -> None:
    text = "Sáng 9/6/2026, tại thủ đô Tokyo, tỉnh Nam Định tổ chức hội nghị xúc tiến đầu tư."
    assert [f["place"] for f in facts(text, "event")] == ["Tokyo"]
    text = "ナムディン省人民委員会は2026年6月9日、大阪市内で投資セミナーを開催した。"
    assert [f["place"] for f in facts(text, "event")] == ["大阪市"]
    text = "Ngày 10/6/2026, đoàn sẽ làm việc với lãnh đạo thành phố Busan."
    assert [f["place"] for f in facts(text, "event")] == ["Busan"]


def test_respectively_pairs_places_and_ranks_in_order() -> None:
    text = (
        "Singapore dẫn đầu với 1,2 tỷ USD; Hàn Quốc và Nhật Bản lần lượt xếp thứ hai và thứ ba "
        "trong số các nhà đầu tư vào tỉnh Nam Định."
    )
    found = sorted((f["subject"], f["rank"]) for f in facts(text, "ranking"))
    assert found == [("JP", 3), ("KR", 2), ("SG", 1)]
    text = "Thailand and Malaysia ranked fourth and fifth respectively among investors in Nam Dinh."
    found = sorted((f["subject"], f["rank"]) for f in facts(text, "ranking"))
    assert found == [("MY", 5), ("TH", 4)]


def test_of_after_trong_and_sur_les() -> None:
    text = "Nam Định đứng thứ 4 trong 9 tỉnh vùng đồng bằng sông Hồng về thu hút FDI."
    assert [(f["rank"], f["of"]) for f in facts(text, "ranking")] == [(4, 9)]
    text = "Nam Dinh se classe au 4e rang sur les 9 provinces du delta du fleuve Rouge."
    assert [(f["rank"], f["of"]) for f in facts(text, "ranking")] == [(4, 9)]
