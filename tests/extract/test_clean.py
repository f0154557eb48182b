from greenlane.extract import extract_document

ARTICLE = """ date 2025-06-14 Hải Phòng thu hút vốn FDI

Năm 2025, Hải Phòng có 185 dự án FDI với tổng vốn 6,3 tỷ USD.

Chú thích ảnh: Toàn cảnh hội nghị với 999 đại biểu.

Phó Chủ tịch phát biểu. (Ảnh: Báo Hải Phòng 777 triệu USD)

00:00 / 02:15

Chia sẻ

Tin liên quan

Hải Phòng thu hút 5 tỷ USD vốn FDI
"""


def test_boilerplate_produces_no_facts():
    document = extract_document(ARTICLE)
    evidence = " ".join(fact.evidence for fact in document.facts)
    assert "6,3 tỷ USD" in evidence
    for noise in ("999", "777", "02:15", "5 tỷ USD vốn"):
        assert noise not in evidence


def test_it_reads_the_header_date_and_the_headline():
    document = extract_document(ARTICLE)
    assert document.published == "2025-06-14"
    assert document.title == "Hải Phòng thu hút vốn FDI"


def test_a_lead_sentence_is_not_a_title():
    document = extract_document("Bắc Ninh có 126 dự án FDI.\n\nTỉnh có 42 đối tác.")
    assert document.title is None


def test_it_extracts_the_main_text_of_an_html_page():
    html = (
        "<html><head><title>FDI</title></head><body><nav>Home | Share</nav><article>"
        "<p>Dong Nai attracted $1.76 billion in foreign direct investment in 2024, the fourth "
        "highest among the provinces of the country.</p><p>The province has 1,600 valid FDI "
        "projects with total registered capital of over $35 billion this year.</p></article>"
        "<footer>Share on Facebook</footer></body></html>"
    )
    document = extract_document(html, filename="a.html")
    assert document.language == "en"
    assert any(fact.kind == "investment" for fact in document.facts)


def test_a_huge_line_is_cut_off_with_a_warning():
    document = extract_document("Bắc Ninh có 126 dự án. " + "x" * 1_000_000)
    assert any("cut off" in warning for warning in document.warnings)
