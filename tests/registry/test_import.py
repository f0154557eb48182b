"""Importing projects from CSV/XLSX: every row checked, all or nothing, hostile files refused."""

from __future__ import annotations

import csv
import datetime
import io
import unicodedata
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from greenlane.core import services
from greenlane.core.models import AuditEntry
from greenlane.orgs.models import Organisation
from greenlane.places.models import Province
from greenlane.registry import importer
from greenlane.registry.importer import FileRejected, parse_number
from greenlane.registry.models import Project

HEADER = ["name", "kind", "investors", "origin", "province", "capital", "currency",
          "irc_number", "irc_date"]
GOOD = [
    ["Canon Quế Võ", "FDI", "canon vietnam; Canon Inc.", "JP", "Bắc Ninh", "1.980.000.000",
     "USD", "IRC-001", "15/03/2024"],
    ["Nhà máy Hàn Quốc", "đầu tư nước ngoài", "Samsung Display", "Hàn Quốc", "bac giang",
     "1,5", "usd", "IRC-002", "2024-04-01"],
]


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """The messages are read in English here (the CLI's language; the web's is the user's)."""
    with translation.override("en"):
        yield


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8", header: list[str] = HEADER) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows([header, *rows])
    if encoding == "cp1258":
        return cp1258(out.getvalue())
    return out.getvalue().encode(encoding)


TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows wrote it: base letters precomposed, tones combining."""
    out = []
    for char in text:
        marks = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in marks if c not in TONES))
        out.append(base + "".join(c for c in marks if c in TONES))
    return "".join(out).encode("cp1258")


def xlsx_bytes(rows: list[list[object]], header: list[str] = HEADER) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in [header, *rows]:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write(tmp_path: Path, data: bytes, name: str = "projects.csv") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def run(*args: str) -> str:
    out = io.StringIO()
    call_command("import_projects", *args, stdout=out)
    return out.getvalue()


# ---------------------------------------------------------------- numbers and dates


@pytest.mark.parametrize(("text", "value"), [
    ("1.980.000.000", "1980000000"),
    ("1.980", "1980"),
    ("1,98", "1.98"),
    ("1,980", "1.980"),
    ("1.5", "1.5"),
    ("0.125", "0.125"),
    ("1.980.000,5", "1980000.5"),
    ("1,980,000.5", "1980000.5"),
    ("1,980,000", "1980000"),
    ("1 980 000", "1980000"),
    ("42", "42"),
    ("-5", "-5"),
])
def test_vietnamese_and_english_numbers_are_read_by_the_documented_rule(text: str,
                                                                        value: str) -> None:
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["1.98.000", "12,34.5", "1,2,3", "abc", "1e9", "=1+1", "", "."])
def test_malformed_numbers_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


def test_dates_are_read_as_day_month_year_or_iso() -> None:
    assert importer.parse_date("05/03/2024") == datetime.date(2024, 3, 5)
    assert importer.parse_date("2024-03-05") == datetime.date(2024, 3, 5)
    with pytest.raises(ValueError):
        importer.parse_date("31/02/2024")


# ---------------------------------------------------------------- good imports


def test_a_good_csv_creates_every_project_with_its_investors_and_an_audit_trail(
        users, canon, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = run(write(tmp_path, csv_bytes(GOOD)))
    assert "Imported 2 projects" in out
    canon_project = Project.objects.get(irc_number="IRC-001")
    assert canon_project.capital == Decimal("1980000000")
    assert canon_project.irc_date == datetime.date(2024, 3, 15)
    assert canon_project.origin.code == "JP"
    assert canon_project.province == Province.objects.get(name="Bắc Ninh", is_current=True)
    assert set(canon_project.investors.values_list("name", flat=True)) == {
        "Canon Vietnam", "Canon Inc."}
    korean = Project.objects.get(irc_number="IRC-002")
    assert korean.capital == Decimal("1.5") and korean.origin.code == "KR"
    assert korean.province.name == "Bắc Giang" and not korean.province.is_current
    assert Organisation.objects.filter(name="Canon Vietnam").count() == 1
    entry = AuditEntry.objects.get(object_id=str(korean.pk), action="create",
                                   content_type__model="project")
    assert entry.actor == "import projects.csv" and entry.reason == "import projects.csv"


def test_the_user_option_records_the_import_under_that_user(users, tmp_path) -> None:  # type: ignore[no-untyped-def]
    run(write(tmp_path, csv_bytes(GOOD)), "--user", "officer")
    entry = AuditEntry.objects.filter(content_type__model="project").first()
    assert entry is not None and entry.user == users["officer"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1258"])
def test_csv_in_each_vietnamese_encoding_is_read(db, encoding: str) -> None:  # type: ignore[no-untyped-def]
    rows = importer.parse(csv_bytes(GOOD, encoding), "p.csv")
    assert [r.errors for r in rows] == [[], []]
    assert rows[0].fields["name"] == "Canon Quế Võ"
    assert rows[0].fields["province"].name == "Bắc Ninh"


def test_semicolon_separated_csv_and_vietnamese_headers_are_understood(db) -> None:  # type: ignore[no-untyped-def]
    text = "Tên dự án;Tỉnh/Thành phố;Vốn đăng ký;Loại tiền;Ngày cấp\n" \
           "Dự án A;Tỉnh Bắc Ninh;\"2,5\";VNĐ;01/02/2023\n"
    rows = importer.parse(text.encode(), "p.csv")
    assert rows[0].errors == []
    assert rows[0].fields["capital"] == Decimal("2.5") and rows[0].fields["currency"] == "VND"


def test_an_xlsx_file_imports_like_a_csv(users, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = [["Canon", "fdi", "", "Japan", "Hà Nội", 2500000, "USD", "X-1",
             datetime.datetime(2023, 5, 1)]]
    run(write(tmp_path, xlsx_bytes(rows), "p.xlsx"))
    project = Project.objects.get(irc_number="X-1")
    assert project.capital == Decimal("2500000") and project.irc_date == datetime.date(2023, 5, 1)


def test_a_formula_cell_is_kept_as_text_never_evaluated(users, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = [['=HYPERLINK("http://evil.example","click")', "fdi", "", "", "Hà Nội", "", "", "",
             ""]]
    run(write(tmp_path, xlsx_bytes(rows), "p.xlsx"))
    assert Project.objects.get().name == '=HYPERLINK("http://evil.example","click")'


def test_a_dry_run_reports_what_would_be_created_and_writes_nothing(users, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = run(write(tmp_path, csv_bytes(GOOD)), "--dry-run")
    assert "row 2: project 'Canon Quế Võ' in Bắc Ninh; new organisation: Canon Inc." in out
    assert "Dry run" in out
    assert not Project.objects.exists() and not Organisation.objects.filter(
        name="Canon Inc.").exists()


# ---------------------------------------------------------------- rejected rows


def bad_rows() -> list[list[str]]:
    return [
        *GOOD,
        ["Bad province", "fdi", "", "", "Bac Nimh", "", "", "", ""],
        ["Bad money", "fdi", "", "", "Hà Nội", "-5", "", "", "31/02/2024"],
        ["", "spaceship", "", "Atlantis", "Hà Nội", "abc", "XYZ", "", ""],
    ]


def test_a_file_with_one_bad_row_changes_nothing(users, tmp_path) -> None:  # type: ignore[no-untyped-def]
    audit_before = AuditEntry.objects.count()
    with pytest.raises(CommandError) as error:
        run(write(tmp_path, csv_bytes(bad_rows())))
    message = str(error.value)
    assert "nothing was imported" in message
    assert "row 4: province 'Bac Nimh' is not a known province" in message
    assert "row 5: capital '-5' is negative" in message
    assert "row 5: irc_date '31/02/2024' is not a date (dd/mm/yyyy)" in message
    assert not Project.objects.exists() and AuditEntry.objects.count() == audit_before


def test_a_rejected_row_lists_every_reason(db) -> None:  # type: ignore[no-untyped-def]
    rows = importer.parse(csv_bytes(bad_rows()), "p.csv")
    reasons = rows[4].errors
    assert "name is empty" in reasons
    assert any(r.startswith("kind 'spaceship' is not one of") for r in reasons)
    assert "origin 'Atlantis' is not a known country" in reasons
    assert "capital 'abc' is not a number" in reasons
    assert any(r.startswith("currency 'XYZ'") for r in reasons)


def test_apply_refuses_when_any_row_was_rejected(db) -> None:  # type: ignore[no-untyped-def]
    rows = importer.parse(csv_bytes(bad_rows()), "p.csv")
    with pytest.raises(importer.RowsRejected):
        importer.apply(None, rows)
    assert not Project.objects.exists()


def test_an_irc_number_already_in_the_registry_or_twice_in_the_file_is_rejected(users) -> None:  # type: ignore[no-untyped-def]
    province = Province.objects.get(name="Hà Nội", is_current=True)
    services.create(users["officer"], Project(name="Old", province=province, irc_number="IRC-001"))
    rows = importer.parse(csv_bytes([*GOOD, [*GOOD[1][:7], "irc-002", ""]]), "p.csv")
    assert rows[0].errors == ["IRC number 'IRC-001' is already in the registry"]
    assert rows[2].errors == ["IRC number 'irc-002' is also on row 3"]


def test_a_row_with_ten_thousand_columns_is_rejected_with_a_reason(db) -> None:  # type: ignore[no-untyped-def]
    row = [*GOOD[0], *(["x"] * 10_000)]
    rows = importer.parse(csv_bytes([row]), "p.csv")
    assert rows[0].errors == ["it has 10,009 cells but the header has 9 columns"]


def test_numbers_in_messages_follow_the_users_language(db) -> None:  # type: ignore[no-untyped-def]
    row = [*GOOD[0], *(["x"] * 10_000)]
    with translation.override("vi"):
        rows = importer.parse(csv_bytes([row]), "p.csv")
    assert "10.009" in rows[0].errors[0]


# ---------------------------------------------------------------- hostile files


@pytest.mark.parametrize(("data", "name", "message"), [
    (b"", "p.csv", "is empty"),
    (b"   \r\n\r\n", "p.csv", "is empty"),
    (b"%PDF-1.7 stuff", "p.csv", "is a PDF"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "p.xls", "old Excel"),
    ("name,province\nA\0B,Hà Nội\n".encode(), "p.csv", "NUL bytes"),
    (b"not a zip", "p.xlsx", "is not an Excel"),
    (b"foo,bar,baz\n1,2,3\n", "p.csv", "No header row"),
    (b"name,capital\nA,1\n", "p.csv", "Missing required column: province"),
    (b"capital,kind\n1,fdi\n", "p.csv", "Missing required columns: name, province"),
    (b"name,province,name\nA,B,C\n", "p.csv", "appears twice"),
    (b"name,province\n", "p.csv", "no data rows"),
])
def test_a_malformed_file_is_refused_with_a_clear_message(db, data: bytes, name: str,
                                                          message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(FileRejected, match=message.replace("(", r"\(").replace(")", r"\)")):
        importer.parse(data, name)


def test_a_zip_that_is_not_a_workbook_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(FileRejected, match="not an Excel"):
        importer.parse(buffer.getvalue(), "p.xlsx")


def test_a_zip_bomb_xlsx_is_refused_before_it_is_expanded(db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (3 * 1024 * 1024))
    monkeypatch.setattr(importer, "MAX_XLSX_EXPANDED", 1024 * 1024)
    with pytest.raises(FileRejected, match="expands to 3 MB"):
        importer.parse(buffer.getvalue(), "bomb.xlsx")


def test_an_xlsx_with_too_many_rows_is_refused(db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(importer, "MAX_ROWS", 5)
    data = xlsx_bytes([["A", "", "", "", "Hà Nội", "", "", "", ""]] * 6)
    with pytest.raises(FileRejected, match="more than 5 rows"):
        importer.parse(data, "p.xlsx")


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "big.csv"
    with path.open("wb") as out:
        out.truncate(100 * 1024 * 1024)  # sparse: 100 MB on paper
    with pytest.raises(CommandError, match="the limit is 20 MB"):
        run(str(path))


def test_a_missing_file_and_an_unknown_user_are_clear_errors(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(CommandError, match="no such file"):
        run(str(tmp_path / "nope.csv"))
    with pytest.raises(CommandError, match="No user named ghost"):
        run(write(tmp_path, csv_bytes(GOOD)), "--user", "ghost")


def test_a_damaged_csv_quote_is_a_clear_error_not_a_traceback(db) -> None:  # type: ignore[no-untyped-def]
    data = b"name,province\n\"A" + b"x" * 200_000 + b",H\n"
    with pytest.raises(FileRejected, match="malformed"):
        importer.parse(data, "p.csv")


# ---------------------------------------------------------------- export


def export(*args: str) -> str:
    out = io.StringIO()
    call_command("export_records", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_export_writes_the_project_list_columns_as_csv(users, tmp_path) -> None:  # type: ignore[no-untyped-def]
    run(write(tmp_path, csv_bytes(GOOD)))
    rows = list(csv.reader(io.StringIO(export("--language", "en"))))
    assert rows[0] == ["Name", "Kind", "Investors", "Origin", "Province", "Capital (USD)",
                       "Status", "IRC date"]
    names = {r[0] for r in rows[1:]}
    assert names == {"Canon Quế Võ", "Nhà máy Hàn Quốc"}
    canon = next(r for r in rows if r[0] == "Canon Quế Võ")
    assert canon[5] == "1980000000.00" and canon[7] == "15/03/2024"


def test_export_writes_organisations_as_xlsx_to_a_file(users, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    target = tmp_path / "orgs.xlsx"
    export("--model", "organisations", "--format", "xlsx", "-o", str(target), "--language", "en")
    sheet = load_workbook(target, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Name"
    assert {r[0] for r in rows[1:]} == {"Canon Vietnam", "THK Vietnam"}


def test_export_refuses_xlsx_on_standard_output(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(CommandError, match="-o FILE"):
        export("--format", "xlsx")
