"""Actors on real Guardian articles: every actor found, how it was resolved.

usage: python benchmarks/actors_guardian.py [N] [--offset K] [--mentions]

Reads ``../shared/data/news_corpora/guardian_sdf_sample/Guardian_SDF_sample.csv.zip``
(Syria/Iraq/ISIS, 2017-2019) and runs the actors stage on N articles (default
10); the same as ``actors_corpora.py guardian``, which also reads the ISOT
Reuters sample and re3d (with its gold entities).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from actors_corpora import run


def main() -> int:
    argv = sys.argv[1:]
    offset = 0
    if "--offset" in argv:
        at = argv.index("--offset")
        offset = int(argv[at + 1])
        del argv[at:at + 2]
    args = [a for a in argv if not a.startswith("--")]
    n = int(args[0]) if args else 10
    return run("guardian", n, offset, None, "--mentions" in sys.argv, "--quiet" in sys.argv)


if __name__ == "__main__":
    raise SystemExit(main())
