"""The command line's parts shared by its commands: option types and shared options, the
:class:`Command` class (exit codes, limits, ``--debug``), the :class:`Group` (usage errors), and
printing (progress bars, "Wrote FILE", standard output)."""

from __future__ import annotations

import contextlib
import re
import signal
import sys
import threading
from pathlib import Path

import click

from migration_kg.query.answer import table_width  # noqa: F401 - the command line sizes tables with it
from migration_kg import completion
from migration_kg.errors import CurationErrors, KGError, UsageError, one_line
from migration_kg.limits import using_limits
from migration_kg.build.source import given_data_dir, refuse_inside_data

EXIT_CODES = """\
exit codes:
  0  ok
  1  checks failed: SHACL violation, or a data check (*-violation query) returned rows
  2  bad input or usage: malformed YAML, unknown id or name, wrong kind, quote not found,
     unknown query or parameter, network access refused
  3  internal error (please report it; --debug shows the traceback)
  130 interrupted (Ctrl-C); the previous outputs are left as they were
"""

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


# -- Option types ---------------------------------------------------------------------------------

class _Type(click.ParamType):
    """A value checked by ``parse(text)``, which raises ValueError with the message to show."""

    def __init__(self, name: str, parse):
        self.name, self.parse = name, parse

    def convert(self, value, param, ctx):
        if not isinstance(value, str):
            return value
        try:
            return self.parse(value)
        except (ValueError, KGError) as exc:
            self.fail(str(exc), param, ctx)


def _whole(text: str) -> int:
    if not re.fullmatch(r"\s*\+?\d+\s*", text):
        raise ValueError(f"{text!r}: give a whole number, 0 or more")
    return int(text)


def _size(text: str) -> int:
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*", text.lower())
    if not m or float(m.group(1)) <= 0:
        raise ValueError(f"{text!r} is not a size: write e.g. 20MB, 500KB or 1GB")
    return int(float(m.group(1)) * {"": 1, "k": 2**10, "m": 2**20, "g": 2**30}[m.group(2)])


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1
    if not 0 < value < 10**6:
        raise ValueError(f"{text!r} is not a number of seconds: write e.g. 30 or 2.5")
    return value


def _store(text: str):
    from migration_kg.stores import parse_store

    return parse_store(text)


WHOLE, SIZE, SECONDS, STORE = _Type("N", _whole), _Type("SIZE", _size), _Type("SECONDS", _seconds), _Type("STORE", _store)
PATH = click.Path(path_type=Path)
SIZE_HELP = ("refuse an input file (YAML, text, --graph) or endpoint answer above SIZE, e.g. 20MB (the default), "
             "500KB or 1GB")
DEBUG_HELP = "show the traceback of an internal error"


# -- Shared options -------------------------------------------------------------------------------

def _options(*decorators):
    """Several option decorators as one, the options shown in the order given."""
    def apply(f):
        for decorate in reversed(decorators):
            f = decorate(f)
        return f
    return apply


data_options = _options(
    click.option("--data", "--graph-dir", "data", type=PATH, metavar="DIR",
                 help="curated data: a folder with registry/ and sources/ (default: ./graph)"),
    click.option("--seed", is_flag=True,
                 help="use the seed data bundled with the package (the UNITAR report) instead of --data"))
source_options = _options(
    click.option("--graph", type=PATH, metavar="FILE",
                 help="use an exported graph (.ttl, .nt, .nq or .jsonld) instead of the build"),
    click.option("--build-dir", type=PATH, default=Path("out"), metavar="DIR",
                 help="where the build is (default: ./out); it is reused when current, rebuilt when not"),
    data_options)
subset_options = _options(
    click.option("--focus", metavar="NAME", shell_complete=completion.focus_names,
                 help="draw only what is within --depth steps of this entity"),
    click.option("--depth", type=int, default=1, metavar="N", help="steps from --focus (default 1)"),
    click.option("--kinds", metavar="K1,K2", help="draw only these kinds, e.g. organisation,person"),
    click.option("--topic", metavar="NAME", shell_complete=completion.topic_names,
                 help="draw the actors that address a topic (or a narrower one)"),
    click.option("--through-events", is_flag=True,
                 help="let --focus walk through events, places, topics and documents too (default: only "
                      "along partnerships and relations between actors and their initiatives)"))
doc_argument = click.argument("doc", metavar="DOC")
timeout_option = click.option("--timeout", type=SECONDS, metavar="SECONDS",
                              help="wait at most SECONDS for the endpoint to answer (default 30)")


def store_option(help: str = "read the Oxigraph store on disk built with `build --store DIR`"):
    return click.option("--store", type=STORE, metavar="DIR", help=help)


def document_option(help: str):
    return click.option("--document", metavar="ID|TITLE", help=help)


# -- The group, its commands and their error handling ---------------------------------------------

class Command(click.Command):
    """A command with ``--debug`` and ``--max-input-size`` (also accepted before the command), its
    examples and the exit codes as epilog (printed as written), and the exit codes of its errors.
    ``out`` says what its ``--out`` names ("folder" or "file"), which may not be in the data folder."""

    def __init__(self, *args, examples: str = "", after: str = "", out: str | None = None, **kwargs):
        super().__init__(*args, epilog=f"examples:\n{examples}\n\n{after}{EXIT_CODES}", **kwargs)
        self.out = out
        self.params += [click.Option(["--debug"], is_flag=True, help=DEBUG_HELP),
                        click.Option(["--max-input-size"], type=SIZE, metavar="SIZE", help=SIZE_HELP)]

    def format_epilog(self, ctx, formatter):
        formatter.write("\n" + self.epilog)

    def invoke(self, ctx):
        group = ctx.parent.params if ctx.parent is not None else {}
        debug = ctx.params.pop("debug") or group.get("debug", False)
        limits = {"max_input_size": ctx.params.pop("max_input_size") or group.get("max_input_size"),
                  "timeout": ctx.params.pop("timeout", None)}
        try:
            with using_limits(**{k: v for k, v in limits.items() if v is not None}), _sigterm_as_interrupt():
                self._refuse_writes_into_data(ctx.params)
                return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except KGError as exc:
            for line in (exc.lines() if isinstance(exc, CurationErrors) else [str(exc)]):
                print(f"error: {line}", file=sys.stderr)
            raise click.exceptions.Exit(exc.exit_code) from None
        except BrokenPipeError:  # `migration-kg query ... | head`
            raise click.exceptions.Exit(0) from None
        except KeyboardInterrupt:
            print("interrupted: nothing was written (the previous outputs are as they were)", file=sys.stderr)
            raise click.exceptions.Exit(130) from None
        except RecursionError:
            print("error: the input is nested too deeply to read", file=sys.stderr)
            raise click.exceptions.Exit(2) from None
        except OSError as exc:  # the file system or the network refused (a path is named when known)
            if debug:
                raise
            where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
            print(f"error: {one_line(where + (exc.strerror or str(exc) or type(exc).__name__))[:300]}",
                  file=sys.stderr)
            raise click.exceptions.Exit(2) from None
        except Exception as exc:  # a bug: say so in one line, the traceback behind --debug
            if debug:
                raise
            print(f"internal error: {one_line(type(exc).__name__ + ': ' + str(exc))[:300]}\n"
                  "please report it with the command you ran (run again with --debug for the traceback)",
                  file=sys.stderr)
            raise click.exceptions.Exit(3) from None

    def _refuse_writes_into_data(self, params: dict) -> None:
        """No command writes into the curated data folder (--build-dir, and --out of build, docs, view, export)."""
        data = None if params.get("seed") else given_data_dir(params.get("data"))
        if data is None:
            return
        if params.get("build_dir") is not None:
            refuse_inside_data(params["build_dir"], data, "--build-dir")
        out = params.get("out")
        if self.out is not None and out is not None:
            refuse_inside_data(out if self.out == "folder" else out.parent, data, "--out", out)


class Group(click.Group):
    """The ``migration-kg`` group: commands listed in the order defined; usage errors as one
    ``error:`` line with exit status 2; ``main`` returns the exit status when not standalone."""

    command_class = Command

    def list_commands(self, ctx):
        return list(self.commands)

    def format_epilog(self, ctx, formatter):
        formatter.write("\n" + self.epilog)

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        try:
            code = super().main(args, prog_name or completion.PROG, complete_var or completion.COMPLETE_VAR,
                                standalone_mode=False, **extra)
            code = code if isinstance(code, int) else 0
        except click.exceptions.NoArgsIsHelpError as exc:
            exc.show()
            code = exc.exit_code
        except click.ClickException as exc:
            hint = f" (see `{exc.ctx.command_path} --help`)" if getattr(exc, "ctx", None) is not None else ""
            print(f"error: {one_line(' '.join(exc.format_message().split()))}{hint}", file=sys.stderr)
            code = exc.exit_code
        except click.Abort:
            print("interrupted", file=sys.stderr)
            code = 130
        if standalone_mode:
            sys.exit(code)
        return code


def say(message: str) -> None:
    """Messages about what a command did go to standard error; standard output stays data."""
    print(message, file=sys.stderr)


class _sigterm_as_interrupt:
    """SIGTERM during a command is handled as Ctrl-C (KeyboardInterrupt): outputs are replaced together
    or not at all, temporary files removed, exit status 130. (Only in the main thread.)"""

    def __enter__(self):
        self.previous = None
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGTERM, _interrupt)
        return self

    def __exit__(self, *exc) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGTERM, self.previous)


def _interrupt(signum, frame):
    raise KeyboardInterrupt


class _Bars:
    """``progress(done, total, step)``: a rich bar per step of long work on standard error, gone once
    the step is done; ``close()`` takes down a bar left open by an error."""

    def __init__(self):
        self.bar = self.task = self.step = None

    def __call__(self, done: int, total: int, step: str) -> None:
        from rich.console import Console
        from rich.progress import Progress

        if self.step != step:
            self.close()
            # drawn on each update, no refresh thread: nothing is left running when a step fails
            self.bar, self.step = Progress(transient=True, console=Console(stderr=True), auto_refresh=False), step
            self.bar.start()
            self.task = self.bar.add_task(step, total=total)
        self.bar.update(self.task, completed=done, refresh=True)
        if done >= total:
            self.close()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
        self.bar = self.task = self.step = None


@contextlib.contextmanager
def progress_bars(quiet: bool = False):
    """Bars (:class:`_Bars`) when standard error is a terminal; None when it is piped, a log file, or
    with --quiet."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    bars = _Bars()
    try:
        yield bars
    finally:
        bars.close()


def write_text(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
    else:
        write_bytes(text.encode("utf-8"), out)


def write_bytes(content: bytes, out: Path | None) -> None:
    """Standard output, or FILE atomically (saying "Wrote FILE" on standard error)."""
    if out is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(content)
        sys.stdout.flush()
        return
    if out.is_dir():
        raise UsageError(f"--out {out} is a folder; give a file name")
    from migration_kg.outputs.files import write_atomic

    try:
        write_atomic({out: content})
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc.strerror or exc}") from exc
    say(f"Wrote {out}")
