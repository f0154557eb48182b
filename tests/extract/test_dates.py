from greenlane.extract.dates import find_dates


def values(text: str, year: int | None = 2025):
    return [(d.value, d.until) for d in find_dates(text, year)]


def test_it_reads_an_afternoon_date_with_the_documents_year():
    assert values("chiều 13/6 tại Hà Nội") == [("2025-06-13", None)]


def test_it_reads_a_day_range():
    assert values("từ 24-29/9") == [("2025-09-24", "2025-09-29")]


def test_it_reads_months_of_a_year():
    assert values("trong 8 tháng của năm 2024") == [("2024-01", "2024-08")]


def test_it_reads_quarters_and_halves():
    assert values("quý III/2024") == [("2024-07", "2024-09")]
    assert values("premier semestre 2024") == [("2024-01", "2024-06")]
    assert values("first half of 2024") == [("2024-01", "2024-06")]


def test_it_reads_japanese_dates():
    assert values("2025年11月25日") == [("2025-11-25", None)]


def test_it_does_not_read_round_the_clock_as_a_date():
    assert values("đồng hành 24/7") == []
    assert values("đứng thứ 5/42") == []


def test_a_date_without_a_year_needs_a_context_year():
    assert values("le 13 juin", None) == []


def test_day_ranges_within_one_month_in_each_language() -> None:
    from greenlane.extract.dates import find_dates

    cases = {
        "Từ ngày 3 đến 7/10/2026, đoàn công tác": ("2026-10-03", "2026-10-07"),
        "Du 3 au 7 octobre 2026, une mission": ("2026-10-03", "2026-10-07"),
        "from October 3 to 7, 2026": ("2026-10-03", "2026-10-07"),
        "3-7 October 2026": ("2026-10-03", "2026-10-07"),
        "10月3～7日に": ("2026-10-03", "2026-10-07"),
    }
    for text, (start, until) in cases.items():
        spans = find_dates(text, 2026)
        assert [(d.value, d.until) for d in spans] == [(start, until)], text


def test_japanese_two_digit_years_near_the_story_year() -> None:
    from greenlane.extract.dates import find_dates

    assert [(d.value, d.until) for d in find_dates("26年1〜9月の認可額", 2026)] == [
        ("2026-01", "2026-09")
    ]
    assert [(d.value, d.until) for d in find_dates("27～31年の目標", 2026)] == [("2027", "2031")]
    assert find_dates("創業80年の老舗", 2026) == []
    assert find_dates("25年間の実績", 2026) == []
