import json

from greenlane.extract.cli import main

from .helpers import CORPUS


def test_it_writes_one_json_line_per_file_in_order(tmp_path, capsys):
    first = tmp_path / "a.txt"
    first.write_text("Bắc Ninh có 126 dự án FDI với tổng vốn 1,98 tỷ USD.", encoding="utf-8")
    second = tmp_path / "b.txt"
    second.write_text("Le Japon se classe au 5e rang sur 42 pays.", encoding="utf-8")
    assert main(["--format", "jsonl", str(first), str(second)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(first), str(second)]
    assert json.loads(lines[1])["language"] == "fr"


def test_an_unreadable_file_gets_an_error_line_and_exit_status_1(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Xin chào.", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    assert main(["--format", "jsonl", str(missing), str(good)]) == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines[0]["error"] and lines[0]["facts"] == []
    assert lines[1]["source"] == str(good)


def test_it_finds_a_translation_in_the_batch(capsys):
    english, vietnamese = CORPUS / "en_002.txt", CORPUS / "vi_003.txt"
    assert main(["--format", "jsonl", str(english), str(vietnamese)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines[1]["duplicate_of"] == str(english)


def test_the_json_format_is_indented_for_humans(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Bắc Ninh có 126 dự án FDI.", encoding="utf-8")
    assert main(["--format", "json", str(path)]) == 0
    assert capsys.readouterr().out.startswith('{\n  "source"')
