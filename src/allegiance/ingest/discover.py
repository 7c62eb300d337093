"""Expanding the inputs of a run into the list of things to read."""

from __future__ import annotations

import os
from collections.abc import Sequence

from allegiance.errors import UsageError
from allegiance.ingest.patterns import URL_SCHEME


def is_url(ref: str) -> bool:
    """Whether an input is an ``http(s)://`` URL."""
    return bool(URL_SCHEME.match(ref))


def discover(inputs: Sequence[str]) -> list[str]:
    """Expand folders into their files (recursively, sorted, hidden ones skipped).

    Files and URLs are kept as given, and so is a path that does not exist
    (reading it yields a ``NOT_FOUND`` rejection). Each input appears once.
    Raises ``UsageError`` when ``inputs`` is empty.
    """
    if not inputs:
        raise UsageError("no input given: name files, folders or http(s):// URLs")
    found: list[str] = []
    seen: set[str] = set()
    for ref in inputs:
        expanded = [ref] if is_url(ref) or not os.path.isdir(ref) else _walk(ref)
        for item in expanded:
            if item not in seen:
                seen.add(item)
                found.append(item)
    return found


def _walk(folder: str) -> list[str]:
    files: list[str] = []
    # a subfolder that cannot be listed is kept as an input: reading it says why
    unreadable: list[str] = []
    for root, dirs, names in os.walk(folder, onerror=lambda e: unreadable.append(
            str(e.filename)) if e.filename and str(e.filename) != folder else None):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files.extend(os.path.join(root, n) for n in sorted(names) if not n.startswith("."))
    # os.walk lists a folder's files before its subfolders; sorting by path parts
    # interleaves them in the order a file browser shows.
    files += unreadable
    return sorted(files, key=lambda p: os.path.relpath(p, folder).split(os.sep))
