from greenlane.extract.gazetteer import find_places
from greenlane.extract.orgs import find_orgs
from greenlane.extract.people import find_people


def keys(text: str):
    return [(m.kind, m.key) for m in find_places(text)]


def test_it_finds_provinces_with_and_without_diacritics():
    assert keys("tỉnh Bắc Ninh và Bac Ninh") == [("province", "Bắc Ninh")] * 2


def test_it_knows_provinces_merged_in_2025_and_foreign_spellings():
    assert (
        keys("Bình Dương, Ho Chi Minh City, TP.HCM")
        == [("province", "Bình Dương")] + [("province", "Hồ Chí Minh")] * 2
    )


def test_it_finds_countries_in_four_languages():
    assert [k for _, k in keys("Nhật Bản, le Japon, Japanese firms, 日本")] == ["JP"] * 4


def test_a_lower_case_word_is_not_a_province():
    assert keys("a long an hue") == []


def test_it_finds_companies_and_agencies():
    found = find_orgs("Công ty TNHH Canon Việt Nam và JETRO, Canon Vietnam Co., Ltd.")
    assert (found[0].kind, found[0].key) == ("company", "Công ty TNHH Canon Việt Nam")
    assert ("org", "JETRO") in [(m.kind, m.key) for m in found]


def people(text: str, language: str = "vi"):
    return [
        (p.name, p.title) for p in find_people(text, find_places(text), find_orgs(text), language)
    ]


def test_it_reads_a_vietnamese_title_before_the_name():
    found = people("Phó Chủ tịch UBND tỉnh Bắc Ninh Phan Thế Tuấn cho biết")
    assert found == [("Phan Thế Tuấn", "Phó Chủ tịch UBND tỉnh Bắc Ninh")]


def test_it_reads_a_title_after_the_name():
    found = people("M. Shigeyuki Okamoto, directeur général de Canon Vietnam, a expliqué", "fr")
    assert found[0][0] == "Shigeyuki Okamoto"
    assert found[0][1].startswith("directeur général de Canon Vietnam")


def test_it_reads_japanese_names_with_titles():
    assert people("キヤノンベトナムの岡本茂之社長は語った。", "ja") == [("岡本茂之", "社長")]


def test_a_name_without_a_position_is_not_a_person_fact():
    assert people("Ông Nguyễn Văn An đến Hà Nội.") == []
