"""Property test: 10,000 random and mutated documents. The core never raises, never hangs, and
every evidence is a substring of the input as decoded."""

from __future__ import annotations

import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from greenlane.extract import extract_document
from greenlane.extract.decode import decode

from .helpers import CORPUS

SEEDS = [p.read_bytes() for p in sorted(CORPUS.iterdir()) if not p.name.endswith(".json")]
SHARED = Path("/work/shared/seeds")
if SHARED.is_dir():
    SEEDS += [p.read_bytes() for p in sorted(SHARED.glob("*.txt"))]
SCRIPTS = "aăâđêôơư AĐ 0123456789 ,.;:%$€-/ 日本投資億万ドル バクニン tỷ triệu USD \n\n"


def squash(text: str) -> str:
    return " ".join(text.split())


@st.composite
def documents(draw: st.DrawFn) -> bytes:
    base = draw(st.sampled_from(SEEDS))[:3000]
    operation = draw(st.integers(0, 6))
    cut = draw(st.integers(0, len(base)))
    if operation == 0:  # truncation, possibly inside a UTF-8 sequence
        return base[:cut]
    if operation == 1:  # byte flips
        data = bytearray(base[:4000])
        for _ in range(draw(st.integers(1, 20))):
            if data:
                data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data)
    if operation == 2:  # repeated numbers and scale words
        return base[:cut] + b" 1,98 " * draw(st.integers(1, 200)) + "tỷ USD ".encode()
    if operation == 3:  # a long line without punctuation
        return base[:2000] + b"x" * draw(st.integers(1000, 20000))
    if operation == 4:  # mixed scripts
        return draw(st.text(alphabet=SCRIPTS, max_size=2000)).encode()
    if operation == 5:  # any text at all
        return draw(st.text(max_size=1500)).encode("utf-8", "surrogatepass")
    return draw(st.binary(max_size=1500))


@settings(
    max_examples=10_000,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(documents())
def test_the_core_never_raises_and_evidence_is_always_in_the_input(data: bytes) -> None:
    started = time.perf_counter()
    document = extract_document(data, source="fuzz")
    assert time.perf_counter() - started < 5
    source = squash(decode(data).raw)
    for fact in document.facts:
        assert squash(fact.evidence) in source
        assert 0 <= fact.start <= fact.end <= len(document.text)


def test_a_multi_megabyte_document_is_cut_off_with_a_message() -> None:
    data = (max(SEEDS, key=len) + b"\n\n") * 300  # about three megabytes
    started = time.perf_counter()
    document = extract_document(data)
    assert time.perf_counter() - started < 30
    assert any("cut off" in warning for warning in document.warnings)


def test_a_line_of_one_megabyte_is_cut_off_with_a_message() -> None:
    data = "Bắc Ninh có 126 dự án. ".encode() + b"9" * 1_000_000
    started = time.perf_counter()
    document = extract_document(data)
    assert time.perf_counter() - started < 10
    assert any("cut off" in warning for warning in document.warnings)
