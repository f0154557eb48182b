import codecs
import unicodedata

from greenlane.extract import extract_document
from greenlane.extract.decode import decode

from .helpers import cp1258

TEXT = "Phó Chủ tịch UBND tỉnh Bắc Ninh Phan Thế Tuấn cho biết tỉnh có 126 dự án."


def test_it_reads_utf8_with_and_without_bom():
    assert decode(TEXT.encode()).text == TEXT
    assert decode(codecs.BOM_UTF8 + TEXT.encode()).text == TEXT


def test_it_reads_utf16_with_bom():
    assert decode(TEXT.encode("utf-16")).text == TEXT


def test_it_reads_windows_1258():
    decoded = decode(cp1258(TEXT))
    assert (decoded.text, decoded.encoding) == (TEXT, "cp1258")


def test_it_normalises_nfd_but_copies_evidence_from_the_input():
    nfd = unicodedata.normalize("NFD", TEXT)
    document = extract_document(nfd.encode())
    assert document.text == TEXT
    assert document.facts
    for fact in document.facts:
        assert fact.evidence in nfd
    assert any("NFC" in warning for warning in document.warnings)
