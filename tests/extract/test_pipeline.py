from greenlane.extract import extract_document

VI = """ date 2025-11-26 Bắc Ninh thu hút đầu tư Nhật Bản

Hiện nay, Bắc Ninh có 126 dự án đầu tư trực tiếp nước ngoài từ Nhật Bản còn hiệu lực, tổng vốn \
đăng ký đầu tư đạt khoảng 1,98 tỷ USD. Nhật Bản đứng thứ 5/42 quốc gia và vùng lãnh thổ có dự án \
đầu tư tại tỉnh Bắc Ninh.

Định hướng đến năm 2030, Bắc Ninh phấn đấu trở thành thành phố trực thuộc Trung ương.
"""


def kinds(document):
    return {fact.kind for fact in document.facts}


def test_it_reads_an_fdi_stock_with_origin_count_and_amount():
    document = extract_document(VI)
    investment = next(f for f in document.facts if f.kind == "investment")
    fields = investment.fields
    assert (fields["destination"], fields["origin"], fields["projects"]) == ("Bắc Ninh", "JP", 126)
    assert (fields["measure"], fields["category"]) == ("stock", "fdi")
    assert fields["amount"].value == 1_980_000_000


def test_it_reads_a_ranking_out_of_a_total():
    ranking = next(f for f in extract_document(VI).facts if f.kind == "ranking")
    assert (ranking.fields["subject"], ranking.fields["rank"], ranking.fields["of"]) == (
        "JP",
        5,
        42,
    )


def test_it_reads_a_target_with_a_deadline():
    target = next(f for f in extract_document(VI).facts if f.kind == "target")
    assert (target.fields["subject"], target.fields["year"]) == ("Bắc Ninh", 2030)


def test_every_evidence_is_a_sentence_of_the_input_and_points_into_the_text():
    document = extract_document(VI)
    for fact in document.facts:
        assert fact.evidence in VI
        assert document.text[fact.start : fact.end] == fact.evidence


def test_the_document_has_metadata():
    document = extract_document(VI, source="a.txt")
    assert (document.language, document.published, document.source) == ("vi", "2025-11-26", "a.txt")


def test_a_share_of_the_total_is_its_own_fact():
    text = (
        "Đến nay, tỉnh Thanh Hóa đã thu hút được 180 dự án FDI với tổng vốn trên 15,6 tỷ USD, "
        "trong đó số vốn do nhà đầu tư Nhật Bản đầu tư chiếm tới 82,5%."
    )
    facts = [f.fields for f in extract_document(text).facts if f.kind == "investment"]
    assert {(f["origin"], f["projects"], f["share_pct"]) for f in facts} == {
        (None, 180, None),
        ("JP", None, 82.5),
    }


def test_a_flow_over_a_period_is_a_flow():
    text = (
        "Trong 8 tháng năm 2024, tỉnh Bắc Giang thu hút 52 dự án FDI mới với tổng vốn 1,2 tỷ USD."
    )
    fact = next(f for f in extract_document(text).facts if f.kind == "investment")
    assert fact.fields["measure"] == "flow"
    assert fact.fields["period"].start == "2024-01"


def test_an_event_gets_its_date_from_the_documents_year():
    text = " date 2025-11-25 Tin\n\nChiều 25/11, tại Hội nghị xúc tiến đầu tư tỉnh Thanh Hóa, ..."
    event = next(f for f in extract_document(text).facts if f.kind == "event")
    assert (event.fields["type"], event.fields["start"]) == ("conference", "2025-11-25")


def test_empty_and_binary_input_give_an_empty_document():
    assert extract_document(b"").facts == []
    assert extract_document(bytes(range(256)) * 10).facts is not None
