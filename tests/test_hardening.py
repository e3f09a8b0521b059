"""Hostile inputs end in one line and exit 2, never a hang, a traceback or a half-written output.

One group per class of issue 15 (and the "one traceback-free line" and "all errors in one run"
parts of issues 11 and 14): limits (alias bombs, nesting, sizes, timeouts), filesystem edges
(a file where a folder is expected, read-only folder, full disk, a rename failing midway, SIGTERM,
symlinks out of the data folder, outputs inside it), type and kind checks at the YAML boundary,
every curation error in one run, and the command line's --debug. The curation checks run through
``migration_kg.build.load`` (no RDF, fast); a few cases run the command line in-process.
"""

from __future__ import annotations

import errno
import os
import re
import signal
import socket
import threading
from pathlib import Path

import pytest

from migration_kg.build import load
from migration_kg.errors import CurationError, CurationErrors, KGError, OutputError, using_limits
from migration_kg.outputs.files import write_atomic
from tests import paths
from tests.conftest import DOC_ID, cli

SOURCE = Path("sources") / DOC_ID
METADATA = SOURCE / "metadata.yaml"
OBJECTIVES = SOURCE / "statements" / "02-objectives.yaml"
ORGANISATIONS = Path("registry") / "organisations.yaml"


def _edit(path: Path, old: str, new: str) -> int:
    """Replace the first ``old`` in ``path``; the line where it starts."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is no longer in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[:text.index(old)].count("\n") + 1


def _append(path: Path, text: str) -> int:
    """Append ``text`` to ``path``; the line it starts on."""
    before = path.read_text(encoding="utf-8")
    path.write_text(before.rstrip("\n") + "\n" + text, encoding="utf-8")
    return before.rstrip("\n").count("\n") + 2


def _refused(graph: Path, *contains: str) -> CurationError:
    with pytest.raises(KGError) as info:
        load(graph)
    message = str(info.value)
    assert "\n" not in message, message
    for part in contains:
        assert part in message, message
    return info.value


def _one_line(run, code: int = 2, *contains: str) -> str:
    assert run.returncode == code, run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    assert lines[0].startswith("error: ") and "Traceback" not in run.stderr, run.stderr
    for part in contains:
        assert part in lines[0], lines[0]
    return lines[0]


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


# -- limits ----------------------------------------------------------------------------------------

def _alias_bomb(levels: int) -> str:
    lines = ["- id: bomb", "  kind: topic", "  label: Bomb", "  aliases: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"- &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


def test_a_yaml_alias_bomb_is_refused_at_once(graph_copy):
    _append(graph_copy / "registry" / "topics.yaml", _alias_bomb(7))  # 9**7 values once expanded
    _refused(graph_copy, "topics.yaml:", "more than 200000 values once aliases are expanded", "alias bomb")


def test_a_recursive_alias_is_refused(graph_copy):
    line = _append(graph_copy / "registry" / "topics.yaml", "- &loop [*loop]\n")
    _refused(graph_copy, f"topics.yaml:{line}:", "recursive alias")


def test_yaml_nested_deeper_than_the_limit_is_refused(graph_copy):
    _append(graph_copy / "registry" / "topics.yaml", "- " + "[" * 150 + "]" * 150 + "\n")
    _refused(graph_copy, "topics.yaml", "nested more than 100 levels")


def test_a_string_above_the_limit_is_refused(graph_copy):
    line = _edit(graph_copy / ORGANISATIONS, "  label: International Organization for Migration",
                 "  label: " + "x" * 5000)
    with using_limits(max_string=1000):
        _refused(graph_copy, f"organisations.yaml:{line}:", "5000 characters", "limit of 1000")


def test_a_file_above_the_input_size_limit_is_refused_before_it_is_read(graph_copy):
    path = graph_copy / ORGANISATIONS
    _append(path, f"# {'x' * (21 * 2**20)}\n")  # a 21 MB file (above the 20 MB default)
    _refused(graph_copy, "organisations.yaml", "above the input size limit of 20.0 MB", "--max-input-size")


def test_max_input_size_on_the_command_line(graph_copy, tmp_path):
    run = cli("validate", "--data", str(graph_copy), "--max-input-size", "2KB")
    _one_line(run, 2, "above the input size limit of 2048 bytes")
    assert cli("--max-input-size", "nonsense", "queries").returncode == 2


def test_a_graph_file_above_the_size_limit_is_refused(built, tmp_path):
    run = cli("query", "documents", "--graph", str(built.outputs["graph.nt"]), "--max-input-size", "1KB",
              cwd=tmp_path)
    _one_line(run, 2, "graph.nt", "above the input size limit")


def test_deeply_nested_json_ld_is_refused(tmp_path):
    graph = tmp_path / "deep.jsonld"
    graph.write_text('{"@graph": ' + "[" * 150 + "]" * 150 + "}", encoding="utf-8")
    run = cli("query", "documents", "--graph", str(graph), cwd=tmp_path)
    _one_line(run, 2, "deep.jsonld", "JSON nested more than 100 levels deep")


class _Silent:
    """A TCP server on loopback that accepts connections and never answers (or answers ``reply``)."""

    def __init__(self, reply: bytes | None = None):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.reply, self.held = reply, []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/query"

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.held.append(conn)
            if self.reply is not None:
                conn.recv(65536)
                conn.sendall(self.reply)
                conn.close()

    def close(self) -> None:
        self.sock.close()
        for conn in self.held:
            conn.close()


@pytest.fixture
def silent():
    server = _Silent()
    yield server
    server.close()


def test_query_endpoint_that_never_answers_times_out_with_one_line(silent, tmp_path):
    run = cli("query", "documents", "--endpoint", silent.url, "--timeout", "0.3", cwd=tmp_path)
    _one_line(run, 2, silent.url, "no answer within 0.3 s")


def test_publish_to_an_endpoint_that_never_answers_times_out(silent, built):
    from migration_kg.remote.server import EndpointError, publish

    with using_limits(timeout=0.3), pytest.raises(EndpointError, match=r"no answer within 0\.3 s"):
        publish(built.store, silent.url.replace("/query", "/store"))
    assert "--timeout" in cli("publish", "--help").stdout


def test_network_calls_wait_30_seconds_by_default():
    from migration_kg.errors import limits

    assert limits().timeout == 30


def test_an_endpoint_answer_nested_too_deeply_is_refused(tmp_path):
    body = b'{"head": {"vars": ["x"]}, "results": {"bindings": ' + b"[" * 5000 + b"]" * 5000 + b"}}"
    reply = (b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\nContent-Length: "
             + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body)
    server = _Silent(reply)
    try:
        run = cli("query", "documents", "--endpoint", server.url, "--timeout", "5", cwd=tmp_path)
    finally:
        server.close()
    _one_line(run, 2, "nested more than 100 levels")


# -- filesystem edges: all outputs replaced together or not at all ---------------------------------

@pytest.fixture
def previous(tmp_path) -> Path:
    """An output folder holding a previous build's files."""
    out = tmp_path / "out"
    out.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (out / name).write_text(f"old {name}\n", encoding="utf-8")
    return out


def _new(out: Path) -> dict[Path, bytes]:
    return {out / name: f"new {name}\n".encode() for name in ("a.txt", "b.txt", "c.txt", "d.txt")}


def _rename_fails_on(monkeypatch, call: int, exc: BaseException) -> None:
    real, calls = os.replace, []

    def replace(src, dst):
        calls.append(dst)
        if len(calls) == call:
            raise exc
        return real(src, dst)

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize("exc", [OSError(errno.EIO, "Input/output error"), KeyboardInterrupt()],
                         ids=["rename-error", "interrupted"])
def test_a_rename_failing_midway_puts_the_first_files_back(previous, monkeypatch, exc):
    before = _snapshot(previous)
    _rename_fails_on(monkeypatch, 2, exc)
    with pytest.raises((OutputError, KeyboardInterrupt)):
        write_atomic(_new(previous))
    assert _snapshot(previous) == before  # a.txt restored, d.txt not created, no temporary file or backup


def test_a_full_disk_leaves_no_temporary_file(previous, monkeypatch):
    before = _snapshot(previous)
    real = os.fdopen

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: Full(real(fd, *a, **k)))
    with pytest.raises(OutputError, match="No space left on device; nothing was written"):
        write_atomic(_new(previous))
    assert _snapshot(previous) == before


def test_a_read_only_output_folder_is_one_line(previous, monkeypatch):
    import tempfile

    before = _snapshot(previous)

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(OutputError, match=r"a\.txt: Permission denied"):
        write_atomic(_new(previous))
    assert _snapshot(previous) == before


def test_a_file_where_a_folder_is_expected_is_one_line(tmp_path):
    blocker = tmp_path / "site"
    blocker.write_text("a file\n", encoding="utf-8")
    with pytest.raises(OutputError, match="is a file, not a folder"):
        write_atomic({blocker / "ontology.html": b"x"})
    run = cli("docs", "--seed", "--out", str(blocker), cwd=tmp_path)
    _one_line(run, 2, "site", "is a file, not a folder")
    assert blocker.read_text(encoding="utf-8") == "a file\n"


def test_a_new_output_folder_is_removed_again_when_writing_fails(tmp_path, monkeypatch):
    _rename_fails_on(monkeypatch, 1, OSError(errno.EIO, "Input/output error"))
    with pytest.raises(OutputError):
        write_atomic({tmp_path / "new" / "deeper" / "x.txt": b"x"})
    assert not (tmp_path / "new").exists()


@pytest.fixture
def last_build(built, tmp_path) -> Path:
    """An output folder holding the seed's outputs, as a previous `build` left them."""
    out = tmp_path / "out"
    out.mkdir()
    for name, path in built.outputs.items():
        (out / name).write_bytes(path.read_bytes())
    return out


def test_a_full_disk_during_build_is_one_line_and_the_previous_outputs_stay(last_build, monkeypatch):
    before = _snapshot(last_build)
    real, count = os.fdopen, []

    def fdopen(fd, *args, **kwargs):
        count.append(fd)
        fh = real(fd, *args, **kwargs)
        if len(count) == 3:
            fh.close()
            raise OSError(errno.ENOSPC, "No space left on device")
        return fh

    monkeypatch.setattr(os, "fdopen", fdopen)
    run = cli("build", "--seed", "--out", str(last_build), "--quiet", "--force")
    _one_line(run, 2, "No space left on device", "nothing was written")
    assert _snapshot(last_build) == before


def _staging_outputs(out: Path, seen: list, fail_after: int | None = None):
    """Build outputs that record, as each file is asked for, which temporary files are already on
    disk; and fail (a bug in an output) after ``fail_after`` files."""
    def outputs(result):
        for i, name in enumerate(("a.txt", "b.txt", "c.txt")):
            if fail_after is not None and i == fail_after:
                raise RuntimeError("an output failed")
            seen.append(sorted(p.name.split(".tmp")[0] for p in out.glob(".*.tmp")))
            yield name, f"{name} of {len(result.store)} triples\n".encode()
    return outputs


def test_a_build_stages_each_output_before_making_the_next(tmp_path):
    """A file is on disk (a temporary sibling) before the next one is made, so a corpus build does not
    hold every file in memory until its checks pass; the files appear together at the end."""
    from migration_kg.build import build

    out, seen = tmp_path / "out", []
    result = build(paths.GRAPH_DIR, out, outputs=_staging_outputs(out, seen))
    assert [[name.split(".")[1] for name in names] for names in seen] == [[], ["a"], ["a", "b"]]
    assert sorted(p.name for p in out.iterdir()) == ["a.txt", "b.txt", "c.txt"]
    assert set(result.outputs) == {"a.txt", "b.txt", "c.txt"}


@pytest.mark.parametrize("fresh", [True, False], ids=["new-folder", "previous-build"])
def test_an_output_failing_midway_leaves_nothing_staged(tmp_path, previous, fresh):
    from migration_kg.build import build

    out = tmp_path / "new" / "out" if fresh else previous
    before = _snapshot(previous)
    with pytest.raises(RuntimeError, match="an output failed"):
        build(paths.GRAPH_DIR, out, outputs=_staging_outputs(out, [], fail_after=2))
    assert not (tmp_path / "new").exists() if fresh else _snapshot(previous) == before


def test_sigterm_during_build_is_handled_as_ctrl_c(last_build, monkeypatch):
    before = _snapshot(last_build)
    real, calls = os.replace, []

    def replace(src, dst):
        calls.append(dst)
        if len(calls) == 2:  # SIGTERM arrives between two renames: its handler runs here
            handler = signal.getsignal(signal.SIGTERM)
            assert callable(handler), "SIGTERM would kill the build without cleaning up"
            handler(signal.SIGTERM, None)
        return real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    run = cli("build", "--seed", "--out", str(last_build), "--quiet", "--force")
    assert run.returncode == 130, run.stderr
    assert "Traceback" not in run.stderr and "interrupted" in run.stderr
    assert _snapshot(last_build) == before
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL or callable(signal.getsignal(signal.SIGTERM))


def test_query_out_that_is_a_folder_is_one_line(built, tmp_path):
    run = cli("query", "documents", "--graph", str(built.outputs["graph.nt"]), "--out", str(tmp_path),
              cwd=tmp_path)
    _one_line(run, 2, "is a folder")


@pytest.mark.parametrize("link", ["source", "registry", "statements"])
def test_a_symlink_out_of_the_data_folder_is_refused(graph_copy, tmp_path, link):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = {"source": graph_copy / SOURCE / "source.txt", "registry": graph_copy / ORGANISATIONS,
              "statements": graph_copy / OBJECTIVES}[link]
    copy = elsewhere / target.name
    copy.write_bytes(target.read_bytes())  # the same content: only the link is wrong
    target.unlink()
    target.symlink_to(copy)
    _refused(graph_copy, f"links to {copy}", "outside the data folder")


@pytest.mark.parametrize("command", [["build", "--out", "{data}/sources/out"],
                                     ["docs", "--out", "{data}/sources/site"],
                                     ["view", "--out", "{data}/registry/view.html"],
                                     ["export", "--format", "nt", "--out", "{data}/graph.nt"],
                                     ["query", "documents", "--build-dir", "{data}/out"]],
                         ids=["build", "docs", "view", "export", "build-dir"])
def test_no_command_writes_inside_the_data_folder(graph_copy, tmp_path, command):
    before = sorted(p.relative_to(graph_copy) for p in graph_copy.rglob("*"))
    args = [a.format(data=graph_copy) for a in command]
    run = cli(*args, "--data", str(graph_copy), cwd=tmp_path)
    _one_line(run, 2, "inside the data folder")
    assert sorted(p.relative_to(graph_copy) for p in graph_copy.rglob("*")) == before
    assert not (tmp_path / "out").exists()


# -- type and kind checks at the YAML boundary -----------------------------------------------------

@pytest.mark.parametrize("file, old, new, key, expected", [
    (ORGANISATIONS, "  kind: organisation\n", "  kind: [organisation]\n", "kind", "is not one of"),
    (OBJECTIVES, "    object: migration-and-development\n",
     "    object: migration-and-development\n    section: [objectives]\n", "section", "is not a section"),
    (ORGANISATIONS, "  kind: organisation\n", "  kind: organisation\n  ? [a, b]\n  : x\n", "?",
     "a key must be a plain word"),
    (ORGANISATIONS, "  kind: organisation\n", "  kind: organisation\n  2007: x\n", "2007", "must be a word"),
    (OBJECTIVES, "    object: migration-and-development\n",
     "    object: migration-and-development\n    as_of: 2007-02-30\n", "as_of", "impossible date '2007-02-30'"),
    (OBJECTIVES, "    object: migration-and-development\n",
     "    object: migration-and-development\n    status: [stated]\n", "status", "is not one of"),
    (METADATA, "co_organisers: [unfpa, iom, macarthur-foundation]", "co_organisers: unfpa", "co_organisers",
     "must be a list of registry ids"),
    (METADATA, "date: 2007-03-07", "date: 2007-02-30", "date", "impossible date"),
    (METADATA, "{id: background, title: Background, heading: BACKGROUND}",
     "{id: background, title: Background, heading: [BACKGROUND]}", "heading", "heading ['BACKGROUND'] must be"),
    (METADATA, "parent: summary-of-interventions}", "parent: approaches}", "parent", "cannot be its own parent"),
], ids=["list-as-kind", "list-as-section-hint", "list-as-key", "number-as-key", "impossible-date",
        "list-as-status", "string-as-co-organisers", "impossible-metadata-date", "list-as-heading", "own-parent"])
def test_a_value_of_the_wrong_type_names_file_and_line(graph_copy, file, old, new, key, expected):
    line = _edit(graph_copy / file, old, new)
    text = (graph_copy / file).read_text(encoding="utf-8").splitlines()
    key_line = next(n for n in range(line, len(text) + 1) if key in text[n - 1] and n >= line)
    _refused(graph_copy, f"{file.name}:{key_line}:", expected)


def test_an_id_with_a_trailing_newline_is_refused(graph_copy):
    line = _append(graph_copy / ORGANISATIONS, '- id: "zz-new\\n"\n  kind: organisation\n  label: New\n')
    _refused(graph_copy, f"organisations.yaml:{line}:", "must be a lower-case slug")


@pytest.mark.parametrize("key, old, new, expected", [
    ("publisher_entity", "publisher_entity: unitar-new-york-office", "publisher_entity: remittances",
     "publisher_entity 'remittances' is of kind topic; publisher_entity must be of kind: organisation"),
    ("place_entity", "place_entity: un-headquarters", "place_entity: iom", "must be of kind: place, country"),
    ("series_entity", "series_entity: migration-and-development-seminar-series", "series_entity: iom",
     "must be of kind: event-series"),
    ("reports", "language: en", "language: en\nreports: migration-and-development-seminar-series",
     "reports 'migration-and-development-seminar-series' is of kind event-series; reports must be of kind: event"),
    ("co_organisers", "co_organisers: [unfpa, iom, macarthur-foundation]",
     "co_organisers: [unfpa, remittances, macarthur-foundation]", "co_organisers must be of kind: organisation"),
])
def test_a_metadata_reference_of_the_wrong_kind_points_at_its_key(graph_copy, key, old, new, expected):
    line = _edit(graph_copy / METADATA, old, new)
    line += new.split("\n").index(next(part for part in new.split("\n") if part.startswith(key)))
    _refused(graph_copy, f"metadata.yaml:{line}:", expected)


# -- all errors in one run -------------------------------------------------------------------------

def test_three_mistakes_in_one_file_give_three_lines_in_one_run(graph_copy, tmp_path):
    path = graph_copy / OBJECTIVES
    lines = [_edit(path, "    relation: addresses\n    object: development-cooperation\n",
                   "    relation: adresses\n    object: development-cooperation\n"),
             _edit(path, "    object: partnerships\n", "    object: partnershipz\n"),
             _edit(path, "    quote: \"discuss the way forward", "    quote: \"discuss the way ahead")]
    out = tmp_path / "out"
    run = cli("build", "--data", str(graph_copy), "--out", str(out), "--quiet")
    assert run.returncode == 2, run.stderr
    errors = run.stderr.strip().splitlines()
    assert [re.search(r"02-objectives\.yaml:(\d+):", e).group(1) for e in errors] == [str(n) for n in lines], \
        run.stderr
    assert "unknown relation 'adresses'" in errors[0] and "did you mean addresses" in errors[0]
    assert "unknown object id 'partnershipz'" in errors[1]
    assert "quote not found" in errors[2] and "differs at: ahead vs forward" in errors[2]
    assert all(e.startswith("error: ") for e in errors) and "Traceback" not in run.stderr
    assert not out.exists()


def test_errors_in_registry_and_statements_are_reported_together(graph_copy):
    registry_line = _edit(graph_copy / ORGANISATIONS, "  kind: organisation\n", "  kind: organization\n")
    statement_line = _edit(graph_copy / OBJECTIVES, "    object: partnerships\n", "    object: partnershipz\n")
    with pytest.raises(CurationErrors) as info:
        load(graph_copy)
    where = [(e.file.name, e.line) for e in info.value.errors]
    assert ("organisations.yaml", registry_line) in where and ("02-objectives.yaml", statement_line) in where
    assert where == sorted(where, key=lambda w: (str(graph_copy / SOURCE / "statements" / w[0])
                                                 if w[0] == "02-objectives.yaml" else str(graph_copy / ORGANISATIONS),
                                                 w[1]))


def test_an_entity_with_an_error_is_not_reported_again_where_it_is_used(graph_copy):
    _edit(graph_copy / ORGANISATIONS, "- id: iom\n  kind: organisation\n", "- id: iom\n  kind: organization\n")
    with pytest.raises(CurationErrors) as info:
        load(graph_copy)
    assert len(info.value.errors) == 1, info.value.lines()
    assert "kind 'organization' is not one of" in info.value.lines()[0]


def test_the_errors_stop_at_the_limit(graph_copy):
    path = graph_copy / OBJECTIVES
    path.write_text(path.read_text(encoding="utf-8").replace("relation: addresses", "relation: adresses"),
                    encoding="utf-8")
    with using_limits(max_errors=3), pytest.raises(CurationErrors) as info:
        load(graph_copy)
    assert len(info.value.errors) == 3 and info.value.truncated
    assert info.value.lines()[-1].startswith("stopped after 3 errors")


def test_a_straight_apostrophe_for_the_texts_curly_one_shows_the_nearest_passage(graph_copy):
    line = _edit(graph_copy / OBJECTIVES, "    quote: \"look at how migration is taken into account",
                 "    quote: \"a person's functions and freedoms\"\n    short-quote-ok: test\n"
                 "  - id: zz-spare\n    subject: seminar-2007-03-07\n    relation: addresses\n"
                 "    object: development-cooperation\n    quote: \"look at how migration is taken into account")
    error = _refused(graph_copy, f"02-objectives.yaml:{line}:", "quote not found",
                     "nearest passage (section", "“a person’s functions and freedoms”", "differs at: ' vs ’")
    assert error.entry == "seminar-addresses-development-cooperation"


# -- the command line: nothing reaches a traceback -------------------------------------------------

def test_debug_is_accepted_after_the_command_too(monkeypatch):
    from migration_kg.query import sparql

    assert cli("queries", "--debug").returncode == 0

    def broken():
        raise RuntimeError("a bug")

    monkeypatch.setattr(sparql, "library", broken)
    run = cli("queries")
    assert run.returncode == 3 and "internal error: RuntimeError: a bug" in run.stderr
    assert "please report" in run.stderr and "Traceback" not in run.stderr
    with pytest.raises(RuntimeError, match="a bug"):
        cli("queries", "--debug")


def test_an_os_error_anywhere_is_one_line_with_exit_2(monkeypatch):
    from migration_kg.query import sparql

    def unreachable():
        raise ConnectionResetError(errno.ECONNRESET, "Connection reset by peer")

    monkeypatch.setattr(sparql, "library", unreachable)
    _one_line(cli("queries"), 2, "Connection reset by peer")
