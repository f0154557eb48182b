"""A project's area given in a following sentence completes the project."""

from greenlane.extract import extract_document


def projects(text: str) -> list[dict]:
    return [f.fields for f in extract_document(text).facts if f.kind == "project"]


def test_the_area_of_the_next_sentence_completes_the_project() -> None:
    text = (
        "Toyota Boshoku Co., Ltd. received an investment certificate for a $120 million plant "
        "in Hai Duong province on Monday.\n\n"
        "The plant covers 25 hectares and will employ 1,500 workers."
    )
    (project,) = projects(text)
    assert project["area_ha"] == 25


def test_a_japanese_area_sentence_completes_the_project() -> None:
    text = (
        "デンソー株式会社は10日、ベトナム北部ハナム省で総投資額2億ドルの新工場を稼働させた。"
        "工場の敷地面積は18ヘクタールで、約2000人を雇用する。"
    )
    found = projects(text)
    assert found and all(p["area_ha"] == 18 for p in found)


def test_an_area_that_is_not_about_a_facility_is_left_alone() -> None:
    text = (
        "Toyota Boshoku Co., Ltd. received an investment certificate for a $120 million plant "
        "in Hai Duong province on Monday.\n\n"
        "The province has 3,000 hectares of industrial land left."
    )
    (project,) = projects(text)
    assert project["area_ha"] is None


def test_with_two_projects_the_plant_of_the_next_sentence_is_the_nearer_one() -> None:
    text = (
        "Toyota Boshoku Co., Ltd. received an investment certificate for a $120 million plant "
        "in Hai Duong province. Foxconn Co., Ltd. received one for a $300 million plant in "
        "Bac Giang province.\n\nThe plant covers 25 hectares."
    )
    areas = {p["investor"]: p["area_ha"] for p in projects(text)}
    assert areas == {"Toyota Boshoku Co., Ltd": None, "Foxconn Co., Ltd": 25}


def test_with_two_projects_a_later_facility_area_goes_to_neither() -> None:
    text = (
        "Toyota Boshoku Co., Ltd. received an investment certificate for a $120 million plant "
        "in Hai Duong province. Foxconn Co., Ltd. received one for a $300 million plant in "
        "Bac Giang province.\n\nBoth provinces said the sites of the plants total 25 hectares."
    )
    assert all(p["area_ha"] is None for p in projects(text))
