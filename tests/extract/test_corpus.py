"""The contract's scorer (vendored from the shared evaluation kit as contract_score.py) run on our
own hand-annotated corpus: a regression floor, not a target."""

import contextlib
import io
import json
import re
import sys

from greenlane.extract.cli import main

from . import contract_score
from .helpers import CORPUS

FLOOR = 0.80


def test_the_corpus_scores_above_the_floor(tmp_path, capsys):
    paths = sorted(str(p) for p in CORPUS.iterdir() if not p.name.endswith(".gold.json"))
    main(["--format", "jsonl", *paths])
    predictions = tmp_path / "out.jsonl"
    predictions.write_text(capsys.readouterr().out, encoding="utf-8")
    report = io.StringIO()
    argv = sys.argv
    sys.argv = ["score.py", "--gold", str(CORPUS), str(predictions)]
    try:
        with contextlib.redirect_stdout(report):
            contract_score.main()
    finally:
        sys.argv = argv
    text = report.getvalue()
    assert "facts whose evidence is not in the text: 0" in text
    f1 = float(re.search(r"^F1 ([0-9.]+)", text, re.M).group(1))  # type: ignore[union-attr]
    assert f1 >= FLOOR, text


def test_every_gold_file_is_valid_json_with_a_text():
    for gold in CORPUS.glob("*.gold.json"):
        data = json.loads(gold.read_text(encoding="utf-8"))
        assert (CORPUS / data["source"]).exists()
