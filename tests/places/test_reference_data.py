"""Checks on the static reference data files (pure Python: no Django, no DB).

Run with:  python -m pytest tests/places/test_reference_data.py -p no:django
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROVINCES_FILE = ROOT / "greenlane" / "places" / "data" / "provinces.json"
VSIC_FILE = ROOT / "greenlane" / "registry" / "data" / "vsic2018.json"
COUNTRIES_EXTRA_FILE = ROOT / "greenlane" / "places" / "data" / "countries_extra.json"

REGIONS = {
    "Trung du và miền núi phía Bắc",
    "Đồng bằng sông Hồng",
    "Bắc Trung Bộ và Duyên hải miền Trung",
    "Tây Nguyên",
    "Đông Nam Bộ",
    "Đồng bằng sông Cửu Long",
}
CENTRAL_CITIES = {"Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Thành phố Hồ Chí Minh", "Cần Thơ"}
UNCHANGED = {
    "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn",
    "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng",
}
# Decision 19/2025/QĐ-TTg codes that differ from the code of the member whose name was kept
# (the code follows the administrative centre).
CODE_FROM_ANOTHER_MEMBER = {
    "Lào Cai": "15", "Bắc Ninh": "24", "Quảng Trị": "44", "Gia Lai": "52",
    "Tây Ninh": "80", "Đồng Tháp": "82", "An Giang": "91",
}


def _load(path: Path):
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), f"{path.name} must be UTF-8 without BOM"
    return json.loads(raw.decode("utf-8"))


def _strings(obj):
    """Every string anywhere in a JSON value (keys included)."""
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield k
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)


def _fold(s: str) -> str:
    return unicodedata.normalize("NFC", s).casefold()


@pytest.fixture(scope="module")
def provinces():
    return _load(PROVINCES_FILE)


@pytest.fixture(scope="module")
def current(provinces):
    return provinces["current"]


@pytest.fixture(scope="module")
def former(provinces):
    return provinces["former"]


@pytest.fixture(scope="module")
def vsic():
    return _load(VSIC_FILE)


@pytest.fixture(scope="module")
def countries_extra():
    return _load(COUNTRIES_EXTRA_FILE)


# --------------------------------------------------------------------------- all files


@pytest.mark.parametrize("path", [PROVINCES_FILE, VSIC_FILE, COUNTRIES_EXTRA_FILE], ids=lambda p: p.name)
def test_every_string_in_every_data_file_is_nfc_and_trimmed(path):
    data = _load(path)
    for s in _strings(data):
        assert unicodedata.is_normalized("NFC", s), f"not NFC: {s!r}"
        assert s == s.strip() and s, f"empty or untrimmed: {s!r}"


@pytest.mark.parametrize("path", [PROVINCES_FILE, VSIC_FILE, COUNTRIES_EXTRA_FILE], ids=lambda p: p.name)
def test_every_data_file_is_pretty_printed_with_literal_unicode(path):
    text = path.read_text(encoding="utf-8")
    assert "\\u" not in text, "write with ensure_ascii=False"
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"


# --------------------------------------------------------------------------- provinces


def test_provinces_file_says_where_its_codes_come_from(provinces):
    assert "19/2025/QĐ-TTg" in provinces["source"]
    assert "202/2025/QH15" in provinces["source"]


def test_there_are_exactly_34_current_units_of_which_6_are_cities(current):
    assert len(current) == 34
    cities = {u["name"] for u in current if u["kind"] == "city"}
    assert cities == CENTRAL_CITIES
    assert sum(u["kind"] == "province" for u in current) == 28


def test_there_are_exactly_63_former_units(former):
    assert len(former) == 63


def test_former_cities_are_the_six_centrally_run_cities_huế_included_since_2025(former):
    cities = {u["name"] for u in former if u["kind"] == "city"}
    assert cities == CENTRAL_CITIES
    assert {u["kind"] for u in former} == {"city", "province"}


def test_every_former_province_maps_to_exactly_one_current_unit(current, former):
    current_names = {u["name"] for u in current}
    for unit in former:
        assert isinstance(unit["successor"], str)
        assert unit["successor"] in current_names, unit["name"]
    memberships = Counter(m for u in current for m in u["members"])
    assert set(memberships) == {u["name"] for u in former}
    assert all(n == 1 for n in memberships.values()), memberships


def test_each_current_unit_lists_exactly_the_former_units_that_point_to_it(current, former):
    for unit in current:
        pointing = sorted(f["name"] for f in former if f["successor"] == unit["name"])
        assert sorted(unit["members"]) == pointing, unit["name"]
        assert len(unit["members"]) == len(set(unit["members"]))


def test_each_current_unit_takes_the_name_of_one_of_its_members(current):
    for unit in current:
        assert unit["name"] in unit["members"], unit["name"]


def test_the_eleven_unchanged_units_are_exactly_those_with_a_single_member(current):
    unchanged = {u["name"] for u in current if u["unchanged"]}
    assert unchanged == UNCHANGED
    for unit in current:
        assert unit["unchanged"] == (unit["members"] == [unit["name"]]), unit["name"]


def test_the_52_merged_former_units_form_23_new_units(current):
    merged = [u for u in current if not u["unchanged"]]
    assert len(merged) == 23
    assert sum(len(u["members"]) for u in merged) == 52
    assert all(2 <= len(u["members"]) <= 3 for u in merged)


@pytest.mark.parametrize(
    "new_unit, members",
    [
        ("Tuyên Quang", {"Hà Giang", "Tuyên Quang"}),
        ("Lào Cai", {"Lào Cai", "Yên Bái"}),
        ("Thái Nguyên", {"Bắc Kạn", "Thái Nguyên"}),
        ("Phú Thọ", {"Vĩnh Phúc", "Phú Thọ", "Hòa Bình"}),
        ("Bắc Ninh", {"Bắc Giang", "Bắc Ninh"}),
        ("Hưng Yên", {"Thái Bình", "Hưng Yên"}),
        ("Hải Phòng", {"Hải Dương", "Hải Phòng"}),
        ("Ninh Bình", {"Hà Nam", "Nam Định", "Ninh Bình"}),
        ("Quảng Trị", {"Quảng Bình", "Quảng Trị"}),
        ("Đà Nẵng", {"Quảng Nam", "Đà Nẵng"}),
        ("Quảng Ngãi", {"Kon Tum", "Quảng Ngãi"}),
        ("Gia Lai", {"Gia Lai", "Bình Định"}),
        ("Khánh Hòa", {"Ninh Thuận", "Khánh Hòa"}),
        ("Lâm Đồng", {"Đắk Nông", "Lâm Đồng", "Bình Thuận"}),
        ("Đắk Lắk", {"Đắk Lắk", "Phú Yên"}),
        ("Đồng Nai", {"Bình Phước", "Đồng Nai"}),
        ("Thành phố Hồ Chí Minh", {"Bình Dương", "Thành phố Hồ Chí Minh", "Bà Rịa - Vũng Tàu"}),
        ("Tây Ninh", {"Long An", "Tây Ninh"}),
        ("Cần Thơ", {"Cần Thơ", "Sóc Trăng", "Hậu Giang"}),
        ("Vĩnh Long", {"Bến Tre", "Vĩnh Long", "Trà Vinh"}),
        ("Đồng Tháp", {"Tiền Giang", "Đồng Tháp"}),
        ("Cà Mau", {"Bạc Liêu", "Cà Mau"}),
        ("An Giang", {"Kiên Giang", "An Giang"}),
    ],
)
def test_merged_unit_has_the_members_named_in_resolution_202(current, new_unit, members):
    by_name = {u["name"]: u for u in current}
    assert set(by_name[new_unit]["members"]) == members


def test_codes_are_two_digit_strings_and_unique_within_each_list(current, former):
    for units in (current, former):
        codes = [u["code"] for u in units]
        assert all(re.fullmatch(r"\d{2}", c) for c in codes), codes
        assert len(codes) == len(set(codes))


def test_names_are_unique_within_each_list(current, former):
    for units in (current, former):
        names = [u["name"] for u in units]
        assert len(names) == len(set(names))


def test_former_codes_are_the_gso_codes_from_01_hà_nội_to_96_cà_mau(former):
    by_name = {u["name"]: u["code"] for u in former}
    assert by_name["Hà Nội"] == "01"
    assert by_name["Hà Giang"] == "02"
    assert by_name["Cao Bằng"] == "04"
    assert by_name["Huế"] == "46"
    assert by_name["Thành phố Hồ Chí Minh"] == "79"
    assert by_name["Cà Mau"] == "96"


def test_every_current_code_is_the_code_of_one_of_its_members(current, former):
    former_code = {u["name"]: u["code"] for u in former}
    for unit in current:
        member_codes = {former_code[m] for m in unit["members"]}
        assert unit["code"] in member_codes, unit["name"]
        expected = CODE_FROM_ANOTHER_MEMBER.get(unit["name"], former_code[unit["name"]])
        assert unit["code"] == expected, unit["name"]


def test_every_unit_has_a_known_region(current, former):
    for unit in current + former:
        assert unit["region"] in REGIONS, unit["name"]


def test_current_units_have_the_documented_fields(current):
    for unit in current:
        assert set(unit) == {"code", "name", "name_en", "kind", "region", "members", "unchanged", "aliases"}
        assert unit["kind"] in {"province", "city"}
        assert isinstance(unit["unchanged"], bool)


def test_former_units_have_the_documented_fields(former):
    for unit in former:
        assert {"code", "name", "name_en", "kind", "successor", "aliases"} <= set(unit)


def test_english_names_are_plain_ascii(current, former):
    for unit in current + former:
        assert unit["name_en"].isascii(), unit["name_en"]


def test_aliases_never_repeat_a_name_and_never_point_at_two_units(current, former):
    for units in (current, former):
        owner: dict[str, str] = {}
        for unit in units:
            owner[_fold(unit["name"])] = unit["name"]
        for unit in units:
            assert len(unit["aliases"]) == len(set(unit["aliases"])), unit["name"]
            for alias in unit["aliases"]:
                assert alias != unit["name"]
                key = _fold(alias)
                assert owner.setdefault(key, unit["name"]) == unit["name"], (alias, unit["name"])


def test_every_unit_has_an_alias_without_diacritics(current, former):
    for unit in current + former:
        assert any(a.isascii() for a in unit["aliases"]) or unit["name"].isascii(), unit["name"]


@pytest.mark.parametrize(
    "alias, name",
    [
        ("TP.HCM", "Thành phố Hồ Chí Minh"),
        ("Sài Gòn", "Thành phố Hồ Chí Minh"),
        ("HCMC", "Thành phố Hồ Chí Minh"),
        ("ホーチミン", "Thành phố Hồ Chí Minh"),
        ("Hanoi", "Hà Nội"),
        ("Hanoï", "Hà Nội"),
        ("ハノイ", "Hà Nội"),
        ("Thừa Thiên Huế", "Huế"),
        ("Danang", "Đà Nẵng"),
        ("Haiphong", "Hải Phòng"),
        ("バクニン", "Bắc Ninh"),
        ("Bac Ninh", "Bắc Ninh"),
    ],
)
def test_common_spellings_are_aliases_of_the_right_current_unit(current, alias, name):
    by_name = {u["name"]: u for u in current}
    assert alias in by_name[name]["aliases"]


def test_ba_ria_vung_tau_is_reachable_by_its_usual_spellings(former):
    unit = next(u for u in former if u["code"] == "77")
    assert {"Ba Ria - Vung Tau", "Bà Rịa–Vũng Tàu", "BR-VT"} <= set(unit["aliases"])


# --------------------------------------------------------------------------- VSIC 2018


def test_vsic_has_all_21_sections_a_to_u(vsic):
    sections = [r["code"] for r in vsic if r["level"] == 1]
    assert sections == [chr(c) for c in range(ord("A"), ord("U") + 1)]
    assert all(r["parent"] is None for r in vsic if r["level"] == 1)


def test_vsic_has_the_88_two_digit_divisions(vsic):
    divisions = [r["code"] for r in vsic if r["level"] == 2]
    assert len(divisions) == 88
    assert all(re.fullmatch(r"\d{2}", c) for c in divisions)
    assert divisions == sorted(divisions)
    # codes that do not exist in ISIC Rev.4 / VSIC 2018
    assert not {"04", "34", "40", "44", "48", "54", "57", "67", "76", "83", "89"} & set(divisions)


def test_every_vsic_division_has_an_existing_section_as_parent(vsic):
    sections = {r["code"] for r in vsic if r["level"] == 1}
    for r in vsic:
        if r["level"] == 2:
            assert r["parent"] in sections, r["code"]


def test_every_vsic_section_has_at_least_one_division(vsic):
    parents = {r["parent"] for r in vsic if r["level"] == 2}
    assert parents == {r["code"] for r in vsic if r["level"] == 1}


def test_vsic_codes_are_unique_and_every_row_is_complete(vsic):
    codes = [r["code"] for r in vsic]
    assert len(codes) == len(set(codes))
    for r in vsic:
        assert set(r) == {"code", "level", "name_vi", "name_en", "parent"}
        assert r["level"] in (1, 2)
        assert r["name_vi"] and r["name_en"]


@pytest.mark.parametrize(
    "code, section",
    [("01", "A"), ("05", "B"), ("10", "C"), ("33", "C"), ("35", "D"), ("36", "E"), ("41", "F"),
     ("45", "G"), ("49", "H"), ("55", "I"), ("58", "J"), ("64", "K"), ("68", "L"), ("69", "M"),
     ("77", "N"), ("84", "O"), ("85", "P"), ("86", "Q"), ("90", "R"), ("94", "S"), ("97", "T"),
     ("99", "U")],
)
def test_vsic_division_sits_in_the_isic_section(vsic, code, section):
    by_code = {r["code"]: r for r in vsic}
    assert by_code[code]["parent"] == section


def test_vsic_manufacturing_and_electronics_names_match_the_decision(vsic):
    by_code = {r["code"]: r for r in vsic}
    assert by_code["C"]["name_vi"] == "Công nghiệp chế biến, chế tạo"
    assert by_code["C"]["name_en"] == "Manufacturing"
    assert by_code["26"]["name_vi"] == "Sản xuất sản phẩm điện tử, máy vi tính và sản phẩm quang học"
    assert by_code["26"]["name_en"] == "Manufacture of computer, electronic and optical products"


# --------------------------------------------------------------------------- countries


@pytest.fixture(scope="module")
def babel_territories():
    babel = pytest.importorskip("babel")
    return {loc: babel.Locale(loc).territories for loc in ("vi", "en", "fr", "ja")}


def test_countries_extra_keys_are_valid_iso_alpha2_codes(countries_extra, babel_territories):
    known = {code for code in babel_territories["en"] if re.fullmatch(r"[A-Z]{2}", code)}
    for code in countries_extra:
        assert re.fullmatch(r"[A-Z]{2}", code), code
        assert code in known, code
    # not the CLDR pseudo/user-assigned codes
    assert not {"ZZ", "XA", "XB", "QO", "EU", "EZ", "UN", "XK"} & set(countries_extra)


def test_countries_extra_covers_the_major_investor_origins(countries_extra):
    major = {"KR", "JP", "TW", "HK", "US", "CN", "SG", "GB", "DE", "FR", "NL", "VG", "TH", "MY", "ID",
             "IN", "AU", "CA", "RU", "IT", "CH", "SE", "DK", "BE", "LU", "SA", "AE", "IL", "CU"}
    assert major <= set(countries_extra)
    assert 35 <= len(countries_extra) <= 60
    assert all(countries_extra[c] for c in countries_extra)


def test_country_aliases_do_not_repeat_babel_standard_names(countries_extra, babel_territories):
    standard: dict[str, set[str]] = {}
    for names in babel_territories.values():
        for code, name in names.items():
            standard.setdefault(_fold(name), set()).add(code)
    for code, aliases in countries_extra.items():
        for alias in aliases:
            assert _fold(alias) not in standard, (code, alias, standard.get(_fold(alias)))


def test_each_country_alias_belongs_to_one_country_only(countries_extra):
    owner: dict[str, str] = {}
    for code, aliases in countries_extra.items():
        assert len(aliases) == len({_fold(a) for a in aliases}), code
        for alias in aliases:
            assert owner.setdefault(_fold(alias), code) == code, (alias, code, owner[_fold(alias)])


@pytest.mark.parametrize(
    "alias, code",
    [("Hàn", "KR"), ("Mỹ", "US"), ("USA", "US"), ("米国", "US"), ("Anh", "GB"), ("UK", "GB"),
     ("英国", "GB"), ("BVI", "VG"), ("Đài Loan (Trung Quốc)", "TW"), ("Nhật", "JP"),
     ("Liên bang Nga", "RU"), ("Cu Ba", "CU"), ("Hồng Kông", "HK")],
)
def test_press_spellings_resolve_to_the_right_country(countries_extra, alias, code):
    assert alias in countries_extra[code]
