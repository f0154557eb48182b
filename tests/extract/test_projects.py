"""Projects are named by their facility, and a sentence that only says "the plant" continues
the previous sentence's project."""

from greenlane.extract import extract_document
from greenlane.extract.facts.projects import facility_name


def projects(text: str) -> list[dict]:
    return [f.fields for f in extract_document(text).facts if f.kind == "project"]


def test_the_facility_is_the_name_in_each_language() -> None:
    assert facility_name(
        "Dự án lớn nhất là nhà máy chế biến gỗ xuất khẩu của Công ty TNHH An Phát, vốn 50 triệu USD.",
        "vi",
    ) == "nhà máy chế biến gỗ xuất khẩu"
    assert facility_name(
        "Le groupe coréen a inauguré une usine de pièces automobiles de 80 millions de dollars.", "fr"
    ) == "usine de pièces automobiles"
    assert facility_name("Hana Micron will open a $90 million chip packaging plant.", "en") == (
        "chip packaging plant"
    )
    assert facility_name("ヤマハ発動機はハノイで部品工場を稼働した。", "ja") == "部品工場"


def test_a_bare_facility_word_names_nothing() -> None:
    assert facility_name("Dự án có tổng vốn 50 triệu USD.", "vi") is None
    assert facility_name("The largest project is in Bac Ninh.", "en") is None


def test_a_park_where_the_plant_stands_is_not_its_name() -> None:
    (project,) = projects(
        "Công ty TNHH Minh Long Việt Nam khởi công dự án tại KCN Yên Phong, vốn 20 triệu USD."
    )
    assert project["name"] != "Yên Phong"


def test_the_plant_of_the_next_sentence_is_the_previous_sentences_project() -> None:
    text = (
        "Ngày 5/3, Công ty TNHH Điện tử Sao Mai Việt Nam khởi công nhà máy sản xuất bo mạch "
        "tại tỉnh Thái Bình. Nhà máy có tổng vốn đầu tư 75 triệu USD, diện tích 9 ha."
    )
    (project,) = projects(text)
    assert project["name"] == "nhà máy sản xuất bo mạch"
    assert project["investor"] == "Công ty TNHH Điện tử Sao Mai Việt Nam"
    assert (project["amount"].value, project["area_ha"]) == (75_000_000, 9)


def test_a_company_is_named_without_its_descriptor_or_country() -> None:
    from greenlane.extract.orgs import find_orgs

    cases = {
        "Chinese battery maker Quanta Cell Technology will build a plant.": "Quanta Cell Technology",
        "a $40 million plant of Japan's Seiwa Kogyo in Bac Ninh": "Seiwa Kogyo",
        "a plant of Singapore-registered Pacific Mill Holdings Pte. Ltd in Nam Dinh": (
            "Pacific Mill Holdings Pte. Ltd"
        ),
        "le groupe coréen Daewon Chemical a inauguré son usine": "Daewon Chemical",
    }
    for text, name in cases.items():
        assert [m.key for m in find_orgs(text)] == [name], text
    assert find_orgs("the company Vietnam said it would invest") == []


def test_each_project_takes_the_area_of_the_sentence_that_goes_on_about_it() -> None:
    text = (
        "Korean firm Haesung Optics received a license for a $70 million lens factory in Vinh "
        "Phuc. The factory will occupy 12 hectares. Japan's Nitto Seiki will build a $30 million "
        "motor plant in Bac Ninh. The plant covers 4 ha."
    )
    areas = {p["investor"]: p["area_ha"] for p in projects(text)}
    assert areas == {"Haesung Optics": 12, "Nitto Seiki": 4}


def test_each_part_of_a_list_of_projects_is_a_project() -> None:
    text = (
        "Other approved projects include a $45 million glass bottle factory of Thailand's Siam "
        "Vessel in Long An, and a $90 million cold storage centre of Singapore's Frostline "
        "Logistics in Binh Duong."
    )
    found = {(p["investor"], p["amount"].value, p["origin"]) for p in projects(text)}
    assert found == {("Siam Vessel", 45e6, "TH"), ("Frostline Logistics", 90e6, "SG")}
    text = (
        "Tỉnh trao giấy chứng nhận cho 2 dự án: nhà máy sản xuất giày của Công ty TNHH Giày Phú "
        "Thịnh (Đài Loan), vốn 80 triệu USD; nhà máy bao bì của Công ty TNHH Bao bì Sao Việt "
        "(Hàn Quốc), vốn 25 triệu USD, diện tích 3 ha."
    )
    found = {(p["amount"].value, p["origin"], p["area_ha"]) for p in projects(text)}
    assert found == {(80e6, "TW", None), (25e6, "KR", 3)}


def test_a_sentence_of_totals_is_not_a_list_of_projects() -> None:
    text = (
        "In the first half, the province licensed 40 projects worth $500 million and raised "
        "the capital of 12 projects by $120 million."
    )
    assert projects(text) == []


def test_japanese_companies_introduced_by_what_they_make_or_where_they_are() -> None:
    from greenlane.extract.orgs import find_orgs

    assert [m.key for m in find_orgs("韓国の電池メーカー、大成エナジーはタイビン省に新工場を建設する。")] == [
        "大成エナジー"
    ]
    assert [m.key for m in find_orgs("金型の北陸精密（富山県高岡市）がハナム省に進出する。")] == [
        "北陸精密"
    ]


def test_the_amount_of_the_next_sentence_completes_a_japanese_project() -> None:
    text = (
        "金型の北陸精密（富山県高岡市）はベトナム北部ハナム省に金型工場を建設する。"
        "投資額は約30億円で、27年の稼働を目指す。"
    )
    (project,) = projects(text)
    assert (project["investor"], project["amount"].value) == ("北陸精密", 3e9)


def test_pte_ltd_does_not_end_a_sentence() -> None:
    text = "A $90 million plant of Singapore's Harbour Steel Pte. Ltd in Nam Dinh, covering 12ha."
    (project,) = projects(text)
    assert (project["investor"], project["area_ha"]) == ("Harbour Steel Pte. Ltd", 12)


def test_a_japanese_plant_is_not_named_after_its_park() -> None:
    text = (
        "韓国の電池メーカー、大成エナジーはドンヴァン工業団地に電池工場を建設する。"
        "投資額は約2億ドル。敷地面積は20ヘクタールで、26年の稼働を目指す。"
    )
    (project,) = projects(text)
    assert (project["name"], project["area_ha"]) == ("電池工場", 20)


def test_donor_financed_works_are_projects_of_the_donor() -> None:
    text = (
        "La Banque mondiale accordera 90 millions de dollars à la centrale de traitement des "
        "eaux de Nam Dinh. L'ouvrage s'étendra sur 6 ha."
    )
    (project,) = projects(text)
    assert (project["investor"], project["amount"].value, project["area_ha"]) == (
        "Banque mondiale",
        90e6,
        6,
    )


def test_appositive_companies_and_a_dash_dateline() -> None:
    from greenlane.extract.orgs import find_orgs

    text = (
        "HANOI -- Kitano Seiki, a Japanese maker of machine tools, will invest $60 million in "
        "a spindle plant in Nam Dinh province."
    )
    assert [p["investor"] for p in projects(text)] == ["Kitano Seiki"]
    text = "北斗電機（長野県松本市、山田一郎社長）は、ナムディン省に新工場を建設する。"
    assert [m.key for m in find_orgs(text)] == ["北斗電機"]


def test_a_table_row_names_the_facility_up_to_the_column_bar() -> None:
    from greenlane.extract.facts.projects import facility_name

    row = "Nhà máy sản xuất linh kiện điện tử | Công ty TNHH Điện tử Sao Mai | 40 triệu USD | 5 ha"
    assert facility_name(row, "vi") == "Nhà máy sản xuất linh kiện điện tử"
