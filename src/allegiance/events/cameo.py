"""The CAMEO crosswalk of an event: root code and quad class.

The table is data (``data/lexicon/crosswalk.yaml``): every PLOVER type has a
default CAMEO root taken from shared/data/plover/CAMEO2PLOVER-2021.txt, some
(type, mode) pairs a more specific one (ASSAULT/assassinate -> 18), and a
trigger entry may name its own code ("urge" is CAMEO 02 *appeal*, "demand"
CAMEO 10).  The quad class follows the CAMEO root: 01-05 verbal
cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20
material conflict.
"""

from __future__ import annotations

from allegiance.lexicon import Lexicon
from allegiance.records import EventType, QuadClass


def crosswalk(type_: EventType, mode: str | None, code: str | None,
              lexicon: Lexicon) -> tuple[str, QuadClass]:
    """(CAMEO root, quad class) for an event of ``type_``/``mode`` (trigger ``code``)."""
    cw = lexicon.crosswalk
    root = cw.cameo_root(type_, mode, code)
    return root, cw.quad_class(root)
