"""The command line: a thin shell over the library (``allegiance --help``).

Every command builds ``Settings`` from its flags, calls one library function
and turns library errors into one-line messages: usage errors exit 2, a run
that could read nothing exits 1.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from allegiance import __version__
from allegiance.errors import AllegianceError, UsageError
from allegiance.settings import Settings, load_settings

_HELP = {"help_option_names": ["-h", "--help"]}
app = typer.Typer(
    name="allegiance",
    help="Read conflict news; record who backs, allies with, opposes and attacks whom.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings=_HELP,
)
actors_app = typer.Typer(help="List, search and show actors of a store.", no_args_is_help=True,
                         context_settings=_HELP)
kb_app = typer.Typer(help="Knowledge-base tools.", no_args_is_help=True, context_settings=_HELP)
lexicon_app = typer.Typer(help="Trigger-lexicon tools.", no_args_is_help=True,
                          context_settings=_HELP)
app.add_typer(actors_app, name="actors")
app.add_typer(kb_app, name="kb")
app.add_typer(lexicon_app, name="lexicon")

console = Console()
err = Console(stderr=True, soft_wrap=True)

OutOpt = Annotated[Path, typer.Option("--out", "-o", help="Folder for the export files and report.html.")]
DbOpt = Annotated[Path | None, typer.Option("--db", help="DuckDB store (default OUT/allegiance.duckdb).")]
WorkersOpt = Annotated[int, typer.Option("--workers", "-w", help="Worker processes (0 = one per core, max 4).")]
EngineOpt = Annotated[str, typer.Option("--engine", help="local (process pool) or ray (needs allegiance[ray]).")]
KbOpt = Annotated[list[Path] | None,
                  typer.Option("--kb", help="Extra knowledge-base YAML file or folder (repeatable).")]


def _settings(**flags: Any) -> Settings:
    return load_settings(flags)


def _store(db: Path | None, out: Path) -> Any:
    from allegiance.store import Store

    path = _settings(out_dir=out, db_path=db).db
    if not path.exists():
        raise UsageError(f"no store at {path}; run `allegiance run` first or pass --db")
    return Store(path, read_only=True)


@app.command()
def run(
    inputs: Annotated[list[str] | None, typer.Argument(
        help="Files, folders or http(s):// URLs; none = the bundled demo corpus.")] = None,
    out: OutOpt = Path("allegiance-out"),
    db: DbOpt = None,
    workers: WorkersOpt = 0,
    engine: EngineOpt = "local",
    kb: KbOpt = None,
    coder: Annotated[str | None, typer.Option(
        "--coder", help="Event coders: rules, model (the learned pair coder) or both (default).")] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar.")] = True,
    min_chars: Annotated[int | None, typer.Option(
        "--min-chars", help="Reject article bodies shorter than this many characters "
                            "(default 0: any input with one sentence, a headline or a "
                            "snippet, is read).")] = None,
) -> None:
    """Read INPUTs, extract actors, events and relations, store them and write the export."""
    from allegiance.api import run as run_api

    settings = _settings(out_dir=out, db_path=db, workers=workers, engine=engine,
                         kb_paths=tuple(kb or ()), progress=progress, coder=coder,
                         min_article_chars=min_chars)
    show = progress and sys.stderr.isatty()
    bar = Progress(TextColumn("[bold]reading"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("{task.fields[name]}"), TimeElapsedColumn(), console=err,
                   disable=not show, transient=True)
    with bar:
        task = bar.add_task("run", total=None, name="")

        def on_start(n: int) -> None:
            bar.update(task, total=n if n > 1 else None)

        def on_progress(n: int, name: str) -> None:
            bar.update(task, completed=n, name=Path(name).name[:40])

        summary = run_api(inputs or [], settings, on_progress=on_progress, on_start=on_start)
    table = Table(title="allegiance run", show_header=False, box=None)
    for k, v in (("inputs", summary.inputs), ("records read", summary.read),
                 ("new articles", summary.articles), ("rejected", summary.rejected),
                 ("duplicates (same text)", summary.duplicates),
                 ("near-duplicates in store", summary.near_duplicates),
                 ("skipped (seen before)", summary.skipped),
                 ("time", f"{summary.seconds:.1f} s"), ("store", str(summary.db)),
                 ("export", str(summary.out_dir)), ("report", str(summary.report))):
        table.add_row(k, str(v))
    console.print(table)
    for r in summary.rejections:
        err.print(f"rejected {r.source_path}: {r.reason.value} ({r.detail})", markup=False,
                  highlight=False)
    if summary.rejected > len(summary.rejections):
        err.print(f"... and {summary.rejected - len(summary.rejections)} more rejected "
                  f"(all in {summary.out_dir / 'rejected.jsonl'})", markup=False, highlight=False)
    if summary.read > 0 and summary.articles == 0 and summary.rejected == summary.read \
            and summary.skipped == 0:
        err.print("allegiance: nothing could be read")
        raise typer.Exit(1)


@app.command()
def export(
    out: OutOpt = Path("allegiance-out"),
    db: DbOpt = None,
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help="contract (JSONL files), plover (PLOVER JSONL), graphml or gexf.")] = "contract",
) -> None:
    """Write the export files again from a store (or PLOVER / graph formats)."""
    from allegiance.exporters import export_format

    with _store(db, out) as store:
        written = export_format(store, out, fmt)
    for path, n in written.items():
        console.print(f"{path}: {n}")


@app.command(name="eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="Gold file in the shared format (seeds.json).")],
    actors: Annotated[Path, typer.Argument(help="Gold actors file (actors.json).")],
    out: OutOpt = Path("allegiance-out"),
    brief: Annotated[bool, typer.Option("--brief", help="Totals only: no line per miss.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as one JSON object.")] = False,
) -> None:
    """Score the export in OUT against a gold file: the reference scorer's metrics, the
    per-type confusion, the cause of every miss and of every unmatched event, and recall
    and precision per event type."""
    import json

    from allegiance.evaluate import evaluate, render_report

    for p in (gold, actors):
        if not p.is_file():
            raise UsageError(f"no such file: {p}")
    report = evaluate(gold, actors, out)
    # plain echo: the report's lines must not be re-wrapped to the terminal's width
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        typer.echo(render_report(report, details=not brief))


@actors_app.command("list")
def actors_list(out: OutOpt = Path("allegiance-out"), db: DbOpt = None,
                kind: Annotated[str | None, typer.Option(help="Only this kind.")] = None) -> None:
    """List actors with their kind, country and mention counts."""
    from collections import Counter

    with _store(db, out) as store:
        seen = Counter(m.actor_id for m in store.mentions())
        rows = [a for a in store.actors() if kind is None or a.kind.value == kind]
    t = Table("id", "name", "kind", "country", "sponsors", "mentions")
    for a in sorted(rows, key=lambda a: (-seen[a.id], a.id)):
        t.add_row(a.id, a.name, a.kind.value, a.country or "", ", ".join(a.sponsors), str(seen[a.id]))
    console.print(t)


@actors_app.command("search")
def actors_search(query: str, out: OutOpt = Path("allegiance-out"), db: DbOpt = None) -> None:
    """Find actors whose id, name or alias contains QUERY."""
    with _store(db, out) as store:
        found = store.search_actors(query)
    t = Table("id", "name", "kind", "country", "aliases")
    for a in found:
        t.add_row(a.id, a.name, a.kind.value, a.country or "", "; ".join(a.aliases[:6]))
    console.print(t)


@actors_app.command("show")
def actors_show(actor: str, out: OutOpt = Path("allegiance-out"), db: DbOpt = None) -> None:
    """Show one actor (id or name): aliases, sponsors, roles and where it was seen."""
    from allegiance.history import resolve_actor

    with _store(db, out) as store:
        a = resolve_actor(store, actor)
        mentions = list(store.mentions(a.id))
        titles = {art.id: art.title or art.source_path for art in store.articles()}
    console.print(f"[bold]{a.name}[/bold]  ({a.id}, {a.kind.value}, country {a.country or '-'})")
    if a.aliases:
        console.print("aliases: " + "; ".join(a.aliases))
    if a.sponsors:
        console.print("sponsors: " + ", ".join(a.sponsors))
    for r in a.roles:
        when = f"{r.start or '?'} – {r.end or ''}"
        console.print(f"role: {'former ' if r.former else ''}{r.title} of {r.organization or '?'} ({when})")
    by_article: dict[str, list[str]] = {}
    for m in mentions:
        by_article.setdefault(m.article_id, []).append(m.text)
    for aid, texts in by_article.items():
        console.print(f"seen in {titles.get(aid, aid)}: {len(texts)} × ({', '.join(sorted(set(texts))[:5])})")


@app.command()
def dyad(
    a: Annotated[str, typer.Argument(help="First actor (id, name or alias).")],
    b: Annotated[str, typer.Argument(help="Second actor (id, name or alias).")],
    out: OutOpt = Path("allegiance-out"),
    db: DbOpt = None,
    exact: Annotated[bool, typer.Option(
        "--exact", help="Only these two ids: no roll-up of sectors, officials and member groups.")] = False,
) -> None:
    """Print the history of a pair of actors: periods, scores, turns and evidence.

    Each side is rolled up: a state with its government, army and officials in
    office; a group with its member groups and commanders; a collective
    ("Iran-backed militias") with every group backed that way.
    """
    from allegiance.history import pair_history, resolve_actor

    with _store(db, out) as store:
        x, y = resolve_actor(store, a), resolve_actor(store, b)
        console.print(pair_history(store, x.id, y.id, exact=exact))


@kb_app.command("import-cameo")
def kb_import_cameo(
    path: Annotated[Path, typer.Argument(help="A CAMEO/Phoenix/PETRARCH actor dictionary file.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="YAML file to write (use it with --kb).")],
    limit: Annotated[int | None, typer.Option(help="Import at most this many entries.")] = None,
) -> None:
    """Convert a CAMEO actor dictionary into a knowledge-base YAML file."""
    from allegiance.cameo_import import import_cameo_dictionary, write_kb_yaml

    if not path.is_file():
        raise UsageError(f"no such file: {path}")
    entries = import_cameo_dictionary(path, limit=limit)
    write_kb_yaml(entries, out)
    console.print(f"{len(entries)} entries written to {out}")


@app.command()
def explain(
    text: Annotated[str | None, typer.Argument(help="Text to code (a sentence or more).")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the text from a file.")] = None,
    no_parse: Annotated[bool, typer.Option("--no-parse", help="Leave out the dependency parse.")] = False,
    coder: Annotated[str | None, typer.Option("--coder", help="rules, model or both.")] = None,
) -> None:
    """Show how a text is coded: parse, actor mentions, triggers with their frames, events."""
    from allegiance.explain import explain as explain_text
    from allegiance.resources import load_resources

    if (text is None) == (file is None):
        raise UsageError("give a TEXT or --file, not both")
    if file is not None:
        if not file.is_file():
            raise UsageError(f"no such file: {file}")
        text = file.read_text(encoding="utf-8", errors="replace")
    assert text is not None
    typer.echo(explain_text(text, load_resources(_settings(coder=coder)), parse=not no_parse))


@lexicon_app.command("import-cameo")
def lexicon_import_cameo(
    verbs: Annotated[Path, typer.Argument(help="PETRARCH2 CAMEO verb dictionary (CAMEO.verbpatterns.*.txt).")],
    plover: Annotated[Path, typer.Option("--plover", help="CAMEO -> PLOVER table (CAMEO2PLOVER-2021.txt).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Trigger YAML file to write.")],
) -> None:
    """Convert the CAMEO verb dictionary into trigger entries (verbs, their prepositions and
    objects, mapped to PLOVER types); verbs the curated lexicon defines are left out."""
    from allegiance.lexicon import curated_verbs, load_lexicon
    from allegiance.lexicon.cameo_verbs import convert, write

    for p in (verbs, plover):
        if not p.is_file():
            raise UsageError(f"no such file: {p}")
    lexicon = load_lexicon()
    entries = convert(verbs, plover, curated_verbs(lexicon), lexicon.crosswalk_modes())
    write(entries, out, verbs)
    console.print(f"{len(entries)} trigger entries written to {out}")


@app.command()
def serve(
    out: OutOpt = Path("allegiance-out"),
    db: DbOpt = None,
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8765,
) -> None:
    """Browse a store in a read-only web explorer."""
    import uvicorn

    from allegiance.web.app import create_app

    path = _settings(out_dir=out, db_path=db).db
    if not path.exists():
        raise UsageError(f"no store at {path}; run `allegiance run` first or pass --db")
    uvicorn.run(create_app(path), host=host, port=port, log_level="warning")


@app.command()
def version() -> None:
    """Print the version."""
    console.print(__version__)


def _print_version(value: bool) -> None:
    if value:
        console.print(__version__)
        raise typer.Exit()


@app.callback()
def _root(
    show_version: Annotated[bool, typer.Option(
        "--version", callback=_print_version, is_eager=True,
        help="Print the version and exit.")] = False,
) -> None:
    del show_version  # handled by its eager callback


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: one-line errors, exit 2 on usage errors."""
    try:
        rc = app(args=argv, standalone_mode=False)
    except typer.Exit as exc:
        raise SystemExit(exc.exit_code) from None
    except typer.Abort:
        err.print("allegiance: aborted")
        raise SystemExit(130) from None
    except typer.TyperException as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":
            ctx = getattr(exc, "ctx", None)
            console.print(ctx.get_help() if ctx is not None else "allegiance --help", markup=False)
            raise SystemExit(0) from None
        fmt = getattr(exc, "format_message", None)
        msg = fmt() if callable(fmt) else str(exc)
        err.print(f"allegiance: error: {' '.join(str(msg).split())}", markup=False, highlight=False)
        raise SystemExit(int(getattr(exc, "exit_code", 2)) or 2) from None
    except UsageError as exc:
        err.print(f"allegiance: error: {exc.message}", markup=False, highlight=False)
        raise SystemExit(2) from None
    except AllegianceError as exc:
        err.print(f"allegiance: {exc.code}: {exc.message}", markup=False, highlight=False)
        raise SystemExit(1) from None
    if isinstance(rc, int) and rc:
        raise SystemExit(rc)
