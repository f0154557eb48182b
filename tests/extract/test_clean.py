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


DATE_LINES = [
    ("Thứ Sáu, 07/11/2025, 09:30 (GMT+7)", "2025-11-07"),
    ("Cập nhật lúc 08:05 ngày 12/09/2024", "2024-09-12"),
    ("Cập nhật: 12/09/2024 08:05", "2024-09-12"),
    ("Publié le 3 février 2026 à 14h20", "2026-02-03"),
    ("Mis à jour le 03/02/2026 à 14h20", "2026-02-03"),
    ("Updated: 5 January 2026, 11:02 am", "2026-01-05"),
    ("By Our Reporter | January 5, 2026 | 11:02 pm GMT+7", "2026-01-05"),
    ("2026/1/5 11:02", "2026-01-05"),
    ("2026.01.05", "2026-01-05"),
    ("2026年1月5日 11時02分", "2026-01-05"),
]


def test_the_date_lines_of_news_pages_give_the_publication_date():
    for line, day in DATE_LINES:
        text = f"Nhà máy mới khởi công tại khu công nghiệp\n\n{line}\n\nNội dung bài viết ở đây."
        assert extract_document(text).published == day, line


def test_an_impossible_year_first_date_is_not_a_publication_date():
    text = "Headline of a story here\n\n2026/13/40 11:02\n\nThe body of the story."
    assert extract_document(text).published is None


def test_a_long_sentence_with_a_date_is_not_a_date_line():
    text = (
        "Headline of a story here\n\nThe province said on January 5, 2026 that three new "
        "factories in its industrial parks would hire 4,000 workers by the end of the year.\n\nMore."
    )
    assert extract_document(text).published is None


def test_a_lead_sentence_that_starts_with_its_date_is_kept() -> None:
    for text in (
        "Ngày 10/6/2026, đoàn công tác tỉnh Nam Định sẽ làm việc với lãnh đạo thành phố Busan.",
        "ナムディン省人民委員会は2026年6月9日、大阪市内で投資セミナーを開催した。",
    ):
        document = extract_document(text)
        assert document.text.strip() == text, text
