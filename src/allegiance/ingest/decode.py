"""Bytes to text: binary sniffing and encoding detection.

Order of trust when decoding: a byte-order mark, then strict UTF-8, then the
charset the container declared, then ``charset-normalizer``'s guess. UTF-8 goes
before the declaration because pages that declare ``iso-8859-1`` but carry UTF-8
are common, while legacy text that happens to be valid UTF-8 is vanishingly rare.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio

from allegiance.errors import NotAnArticle, Reason, UnreadableInput

#: Leading bytes of formats that are never article text. A text reader that meets
#: one of them was given a file with the wrong extension.
MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd data"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 (old Microsoft Office) document"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"wOFF", "WOFF font"),
    (b"wOF2", "WOFF2 font"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Codecs that consume their byte-order mark when reading a stream from its start.
_BOM_STREAM_CODECS = {"utf-8": "utf-8-sig", "utf-16-le": "utf-16", "utf-16-be": "utf-16",
                      "utf-32-le": "utf-32", "utf-32-be": "utf-32"}

# Browsers decode pages labelled latin-1 or ASCII as windows-1252 (WHATWG Encoding
# standard); doing the same keeps curly quotes and dashes in 0x80-0x9f.
_WHATWG_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}

# Text files hold tabs, newlines, carriage returns, form feeds and the odd escape;
# other C0 controls are a sign of binary data.
_TEXT_CONTROLS = frozenset(b"\t\n\r\x0c\x1b")
_SNIFF_BYTES = 65_536
# A tenth of the sample being control bytes is far beyond any real text, yet leaves
# room for stray escapes in scraped pages.
_MAX_CONTROL_SHARE = 0.10


def sniff_binary(data: bytes) -> str | None:
    """Why ``data`` is binary (a format name or a symptom), or ``None`` if it looks like text."""
    if data.startswith(b"ftyp", 4):
        return "MP4/ISO media"
    for magic, name in MAGIC_NUMBERS:
        if data.startswith(magic):
            return name
    if data.startswith(b"BZh") and data[4:10] == b"1AY&SY":
        return "bzip2 data"
    if _bom_encoding(data) is not None or utf16_without_bom(data) is not None:
        # UTF-16/32 text is full of NUL bytes; the BOM, or their even spread, says it is text
        return None
    if b"\x00" in data:
        return "NUL bytes"
    sample = data[:_SNIFF_BYTES]
    if sample:
        controls = sum(1 for b in sample if b < 0x20 and b not in _TEXT_CONTROLS)
        if controls / len(sample) > _MAX_CONTROL_SHARE:
            return "control characters"
    return None


def decode_bytes(data: bytes, *, declared: str | None = None) -> str:
    """Decode the bytes of one text document.

    ``declared`` is a charset named by the container (HTTP header, ``<meta>``).
    Raises ``NotAnArticle`` (``EMPTY``) for blank input and ``UnreadableInput``
    (``BINARY`` or ``UNDECODABLE``) when the bytes are not text.
    """
    if not data.strip():
        raise NotAnArticle("the input is empty", code=Reason.EMPTY)
    binary = sniff_binary(data)
    if binary is not None:
        raise UnreadableInput(f"binary content ({binary})", code=Reason.BINARY)
    text = _decode(data, declared)
    if not text.strip():
        raise NotAnArticle("the input holds only whitespace", code=Reason.EMPTY)
    return text


def normalize_encoding(name: str | None) -> str | None:
    """The Python codec name for a declared charset, or ``None`` if Python does not know it."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None
    return _WHATWG_ALIASES.get(codec, codec)


def _bom_encoding(data: bytes) -> str | None:
    found = _bom(data)
    return found[1] if found else None


def _bom(data: bytes) -> tuple[bytes, str] | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return bom, encoding
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when ``data`` reads as UTF-16 text without a byte-order
    mark: NUL in (nearly) every other byte of the sample, on one side only, and the
    whole decoding as text (letters and spaces, no further NULs)."""
    sample = data[:_SNIFF_BYTES - _SNIFF_BYTES % 2]
    pairs = len(sample) // 2
    if pairs < 8 or b"\x00" not in sample or _bom(data) is not None:
        return None  # (most text has no NUL at all)
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= 0.6 * pairs and even == 0:
        codec = "utf-16-le"
    elif even >= 0.6 * pairs and odd == 0:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = sample.decode(codec)
    except UnicodeDecodeError:
        return None
    letters = sum(1 for c in text if c.isalpha() or c.isspace())
    return codec if "\x00" not in text and letters >= 0.6 * len(text) else None


def wide_encoding(sample: bytes) -> str | None:
    """The stream codec of UTF-16 or UTF-32 text (by its byte-order mark, or UTF-16
    without one), whose newlines are wider than a byte; ``None`` for anything else."""
    found = _bom(sample)
    if found is not None:
        return None if found[1] == "utf-8" else _BOM_STREAM_CODECS[found[1]]
    return utf16_without_bom(sample)


def _decode(data: bytes, declared: str | None) -> str:
    bare = utf16_without_bom(data)
    if bare is not None:
        try:
            return data.decode(bare)
        except UnicodeDecodeError as exc:
            raise UnreadableInput(f"invalid {bare}", code=Reason.UNDECODABLE) from exc
    found = _bom(data)
    if found is not None:
        bom, encoding = found
        try:
            return data[len(bom):].decode(encoding)
        except UnicodeDecodeError as exc:
            raise UnreadableInput(f"invalid {encoding} after its byte-order mark",
                                  code=Reason.UNDECODABLE) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    codec = normalize_encoding(declared)
    if codec is not None:
        try:
            return data.decode(codec)
        # LookupError: codecs such as base64 are known to Python but are not text encodings.
        except (UnicodeDecodeError, LookupError):
            pass
    return _detect(data)[1]


def stream_encoding(sample: bytes) -> str:
    """The codec to read a whole stream with, judged from its first bytes.

    Raises ``UnreadableInput`` (``BINARY``, ``UNDECODABLE``) when the sample is not text.
    """
    binary = sniff_binary(sample)
    if binary is not None:
        raise UnreadableInput(f"binary content ({binary})", code=Reason.BINARY)
    found = _bom(sample)
    if found is not None:
        return _BOM_STREAM_CODECS[found[1]]
    bare = utf16_without_bom(sample)
    if bare is not None:
        return bare
    try:
        # The sample may end inside a multi-byte character, hence the incremental decoder.
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    return _detect(sample)[0]


def _detect(data: bytes) -> tuple[str, str]:
    """Guess the legacy encoding of ``data``: ``(codec, text)``.

    charset-normalizer often ties several codecs at zero "chaos" on short Western
    text, and then picks cp1250 or even a CJK codec for plain French or German.
    windows-1252 is by far the most common legacy encoding of news text, so it
    wins whenever its decoding looks no messier than the detector's best. The
    cost: Czech or Turkish text whose letters happen to decode cleanly as cp1252
    comes out with wrong accents.
    """
    best = from_bytes(data).best()
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and (best is None or mess_ratio(western, 1.0) <= best.chaos):
        return "cp1252", western
    if best is None:
        raise UnreadableInput("no text encoding fits these bytes", code=Reason.UNDECODABLE)
    return str(best.encoding), str(best)
