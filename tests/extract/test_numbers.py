from greenlane.extract.numbers import find_quantities, parse_number


def first(text: str, language: str = "vi"):
    return find_quantities(text, language)[0]


def test_it_reads_vietnamese_billions():
    q = first("tổng vốn đạt khoảng 1,98 tỷ USD")
    assert (q.value, q.currency, q.qualifier) == (1_980_000_000, "USD", "approx")


def test_it_reads_thousands_of_billions_of_dong():
    assert first("3.650 tỷ đồng").value == 3_650_000_000_000
    assert first("60.000 tỉ đồng").money().value == 60_000_000_000_000  # type: ignore[union-attr]


def test_it_reads_millions_and_over():
    q = first("hơn 311 triệu USD")
    assert (q.value, q.qualifier) == (311_000_000, "over")


def test_it_reads_french_milliards_and_spaces():
    assert first("1,98 milliard de dollars", "fr").value == 1_980_000_000
    q = first("former 5 000 à 10 000 ingénieurs", "fr")
    assert (q.low, q.high) == (5000, 10000)


def test_it_reads_english_dollars():
    q = first("an additional $1.6 billion", "en")
    assert (q.value, q.currency) == (1_600_000_000, "USD")
    assert first("VND3,650 billion", "en").value == 3_650_000_000_000


def test_it_reads_vietnamese_ranges():
    q = first("đào tạo 5.000-10.000 kỹ sư")
    assert (q.low, q.high, q.noun) == (5000, 10000, "kỹ sư")


def test_it_reads_japanese_oku_and_man():
    assert first("19億8000万ドル", "ja").value == 1_980_000_000
    assert first("1.98億ドル", "ja").value == 198_000_000


def test_it_ignores_vague_amounts():
    assert find_quantities("hàng nghìn hecta đất sạch", "vi") == []


def test_it_counts_projects_written_in_words():
    q = first("quatre projets d'APD", "fr")
    assert (q.value, q.unit) == (4, "projects")


def test_decimal_separators_depend_on_the_language():
    assert parse_number("1,98", "vi") == 1.98
    assert parse_number("5.000", "vi") == 5000
    assert parse_number("5,000", "en") == 5000
    assert parse_number("1.6", "en") == 1.6


def test_a_conversion_in_brackets_is_not_a_second_amount():
    found = find_quantities("12 billion yen (about $77 million)", "en")
    assert [q.currency for q in found] == ["JPY"]


def test_hectares_written_against_the_figure_or_with_a_hyphen() -> None:
    from greenlane.extract.numbers import find_quantities

    for text, value in [("covering 65ha;", 65.0), ("trên diện tích 8,5ha", 8.5), ("a 5-ha site", 5.0)]:
        (quantity,) = find_quantities(text, "vi" if "ệ" in text else "en")
        assert (quantity.value, quantity.unit) == (value, "ha"), text
    for text in ("5G network", "3D printing", "a 5hab"):
        assert [q.unit for q in find_quantities(text, "en")] in ([], [""]), text


def test_dong_sign_before_the_figure() -> None:
    from greenlane.extract.numbers import find_quantities

    (quantity,) = find_quantities("with capital of VNĐ8.5 trillion.", "en")
    assert (quantity.value, quantity.currency) == (8.5e12, "VND")
