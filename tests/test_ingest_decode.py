"""Bytes to text: encoding detection and binary sniffing, through files read by read_input."""

from __future__ import annotations

import codecs
import gzip
from pathlib import Path

import pytest

from allegiance.errors import NotAnArticle, Reason, UnreadableInput
from allegiance.ingest import read_input
from allegiance.ingest.decode import decode_bytes, normalize_encoding, sniff_binary, stream_encoding
from allegiance.records import RawDocument, Rejection
from allegiance.settings import Settings

FRENCH = ("Le ministre a déclaré jeudi que l’armée française « poursuivra » ses opérations — "
          "malgré les critiques. Les négociations reprendront à Genève.")
GERMAN = ("Die Bundesregierung äußerte sich über die Lage in Syrien. Der Außenminister sprach "
          "von großen Schwierigkeiten für die Bevölkerung.")


def _read_one(path: Path) -> RawDocument | Rejection:
    items = list(read_input(str(path), Settings()))
    assert len(items) == 1
    return items[0]


def test_ingest_decode_cp1252_file_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_bytes(FRENCH.encode("cp1252"))
    doc = _read_one(path)
    assert isinstance(doc, RawDocument)
    assert doc.text == FRENCH
    assert doc.source_path == str(path)


def test_ingest_decode_latin1_file_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "de.txt"
    path.write_bytes(GERMAN.encode("latin-1"))
    doc = _read_one(path)
    assert isinstance(doc, RawDocument)
    assert doc.text == GERMAN


def test_ingest_decode_utf8_wins_over_a_wrong_declaration() -> None:
    assert decode_bytes(FRENCH.encode("utf-8"), declared="iso-8859-1") == FRENCH


def test_ingest_decode_declared_charset_is_used_for_legacy_bytes() -> None:
    russian = "Министр иностранных дел заявил, что переговоры продолжатся в Женеве."
    assert decode_bytes(russian.encode("cp1251"), declared="windows-1251") == russian


@pytest.mark.parametrize("bom_codec", ["utf-16", "utf-8-sig", "utf-32"])
def test_ingest_decode_byte_order_marks(bom_codec: str) -> None:
    assert decode_bytes(GERMAN.encode(bom_codec)) == GERMAN


def test_ingest_decode_latin1_label_means_windows_1252() -> None:
    assert normalize_encoding("ISO-8859-1") == "cp1252"
    assert normalize_encoding("no-such-charset") is None
    assert normalize_encoding("base64") == "base64"
    # base64 is a codec but not a text encoding: it must not break decoding.
    assert decode_bytes(FRENCH.encode("cp1252"), declared="base64") == FRENCH


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
        (gzip.compress(b"hello world " * 10), "gzip data"),
        (b"plain words\x00 and a NUL", "NUL bytes"),
        (bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 20 + b"some text", "control characters"),
        (b"\x00\x00\x00\x18ftypmp42", "MP4/ISO media"),
    ],
)
def test_ingest_decode_sniffs_binary(data: bytes, expected: str) -> None:
    assert sniff_binary(data) == expected


def test_ingest_decode_text_is_not_binary() -> None:
    assert sniff_binary(FRENCH.encode("utf-8")) is None
    assert sniff_binary(b"line one\r\n\tline two\x0c\n") is None
    assert sniff_binary(GERMAN.encode("utf-16")) is None


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", Reason.EMPTY),
        ("blank.txt", b"  \n\t\r\n  ", Reason.EMPTY),
        ("nul.txt", b"abc\x00def" * 50, Reason.BINARY),
        ("report.txt", b"%PDF-1.4\n" + b"stream data " * 20, Reason.BINARY),
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, Reason.BINARY),
        ("packed.txt", gzip.compress(GERMAN.encode()), Reason.BINARY),
        ("noise.txt", bytes(range(128, 256)) * 4, Reason.UNDECODABLE),
        ("bad-bom.txt", codecs.BOM_UTF16_LE + b"\x00\xd8\x41", Reason.UNDECODABLE),
    ],
)
def test_ingest_decode_rejections(tmp_path: Path, name: str, data: bytes, reason: Reason) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    item = _read_one(path)
    assert isinstance(item, Rejection), item
    assert item.reason is reason
    assert item.source_path == str(path)
    assert item.detail


def test_ingest_decode_raises_the_error_tree() -> None:
    with pytest.raises(NotAnArticle) as empty:
        decode_bytes(b"   ")
    assert empty.value.code is Reason.EMPTY
    with pytest.raises(UnreadableInput) as binary:
        decode_bytes(b"\x00\x01\x02")
    assert binary.value.code is Reason.BINARY


def test_ingest_decode_stream_encoding_tolerates_a_cut_character() -> None:
    sample = ("Zürich " * 100).encode("utf-8")
    cut = sample[: sample.index("ü".encode()) + 1]
    assert stream_encoding(cut) == "utf-8"
    assert stream_encoding(codecs.BOM_UTF8 + b"a,b\n") == "utf-8-sig"
    assert stream_encoding(GERMAN.encode("utf-16")) == "utf-16"
    assert stream_encoding(FRENCH.encode("cp1252")) in {"cp1252", "windows_1252"}
    with pytest.raises(UnreadableInput):
        stream_encoding(b"\x00\x01binary")
