"""Every hostile case through validate, lint, render and fmt, each as a child process.

For each case and command: the documented exit code, no traceback, a one-line message that names
the file (with line:col), at most 10 s and 2 GB, and the input file byte-for-byte unchanged (fmt
may rewrite a plan it could read, but then it must read back to the same data). A command that
fails leaves nothing behind in the folder: no .docx, no temporary file.
"""

from __future__ import annotations

import os
import re
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from plancraft.diagnostics import PlanError
from plancraft.loader import load_bytes

from .helpers import Run, run_cli, running_as_root
from .make_cases import BASE, BIG, CASES_DIR, LOADER, SMALL, write_big

COMMANDS = {
    "validate": ("validate", "--no-cache", "-j", "1"),
    "lint": ("lint", "--no-cache", "-j", "1"),
    "render": ("render", "--no-cache", "-o", "out/x.docx"),
    "fmt": ("fmt",),
}
EXPECT = {name: (codes, positioned) for name, (_, codes, positioned) in {**SMALL, **BIG}.items()}

# Known failures in modules this suite does not own; each reason says what to fix (issue 7 report).
# strict: the test must fail until the fix lands (then remove the entry); timing entries are not strict.
KNOWN: dict[tuple[str, str], tuple[str, bool]] = {}

_lock = threading.Lock()
_pool: ThreadPoolExecutor | None = None
_runs: dict[tuple[str, str], Future] = {}


def _params():
    for name in sorted(EXPECT):
        for command in COMMANDS:
            marks = []
            if (name, command) in KNOWN:
                reason, strict = KNOWN[name, command]
                marks.append(pytest.mark.xfail(reason=reason, strict=strict))
            yield pytest.param(name, command, id=f"{command}-{name}", marks=marks)


@pytest.fixture(scope="session")
def hostile_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    write_big(root / "big")
    return root


def _source(root: Path, name: str) -> Path:
    return CASES_DIR / name if name in SMALL else root / "big" / name


def _run_one(root: Path, name: str, command: str) -> tuple[Run, Path, bytes]:
    folder = root / "runs" / command / name
    folder.mkdir(parents=True)
    original = _source(root, name).read_bytes()
    (folder / name).write_bytes(original)
    return run_cli(*COMMANDS[command], name, cwd=folder), folder, original


def _result(root: Path, name: str, command: str) -> tuple[Run, Path, bytes]:
    """Runs are started together the first time one is asked for, on the cores the other test workers leave free
    (the suite is ~4x faster alone; under pytest-xdist a core per worker is taken already, and a command slowed by
    more processes than cores would overrun its time limit for no fault of its own)."""
    global _pool
    with _lock:
        if _pool is None:
            workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
            _pool = ThreadPoolExecutor(max_workers=max(1, (os.cpu_count() or 2) - workers + 1))
            commands = list(COMMANDS)
            for case in sorted(EXPECT, key=lambda n: n in BIG):  # the big cases last
                for c in commands:
                    _runs[case, c] = _pool.submit(_run_one, root, case, c)
        future = _runs.get((name, command)) or _pool.submit(_run_one, root, name, command)
    return future.result()


def test_committed_cases_are_what_make_cases_builds():
    committed = {p.name for p in CASES_DIR.iterdir()}
    assert committed == set(SMALL), "run `python tests/hostile/make_cases.py` after editing the cases"
    for name, (data, _, _) in SMALL.items():
        assert (CASES_DIR / name).read_bytes() == data, name
        assert len(data) < 8 * 1024, f"{name}: big cases belong in make_cases.BIG, built at test time"


@pytest.mark.parametrize("name, command", list(_params()))
def test_hostile_case(hostile_root, name, command):
    run, folder, original = _result(hostile_root, name, command)
    codes, positioned = EXPECT[name]
    expected = codes[list(COMMANDS).index(command)]
    text = run.output

    assert "Traceback" not in text, text[-3000:]
    assert run.code == expected, f"exit {run.code}, expected {expected}:\n{text[-3000:]}"
    assert len(text) < 60_000, "the output must stay short, whatever the input"
    assert all(len(line) < 1_200 for line in text.splitlines()), "no value is echoed at length"

    lines = run.message_lines()
    located = re.compile(rf"^{re.escape(name)}:\d+:\d+: PC\d{{3}} (?:error|warning|info): \S")
    if expected == 2:
        assert len(lines) == 1, f"one line expected:\n{text[-3000:]}"
        assert located.match(lines[0]), lines[0]
        if positioned:
            assert not lines[0].startswith(f"{name}:0:"), lines[0]
    elif expected == 1:
        assert lines, "a failing command says why"
        for line in lines:
            assert line.startswith((f"{name}:", f"plancraft: {name}:")), line
        assert any(located.match(line) for line in lines), text[-3000:]

    after = (folder / name).read_bytes()
    if command == "fmt" and run.code == 0:
        assert _same(load_bytes(after, name).data, _data(original, name)), "fmt changed the data"
    else:
        assert after == original, "the input file was changed"

    left = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
    if run.code == 0 and command == "render":
        assert left == sorted([name, "out/x.docx"])
    else:
        assert left == [name], f"files left behind: {left}"


def _same(a, b) -> bool:
    """Equal data, types included, NaN equal to NaN (key order does not matter: fmt reorders)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, float) and a != a:
        return b != b
    return a == b


def _data(raw: bytes, name: str):
    try:
        return load_bytes(raw, name).data
    except PlanError:  # pragma: no cover - fmt exit 0 on an unreadable file is a failure anyway
        return object()


# --------------------------------------------------------------------------- particular promises


def test_alias_bombs_never_print_the_expanded_value(hostile_root):
    for name in (
        "alias-bomb-in-field-failing-schema.yaml",
        "alias-bomb-under-limit-in-field-failing-schema.yaml",
        "alias-bomb-under-limit-as-list-items.yaml",
        "alias-bomb-billion-laughs.yaml",
    ):
        for command in ("validate", "lint", "render"):
            run, _, _ = _result(hostile_root, name, command)
            assert "lol" not in run.output, (name, command, run.output[:500])
            assert len(run.output) < 4_000, (name, command)


def test_huge_value_is_not_echoed(hostile_root):
    run, _, _ = _result(hostile_root, "huge-text-value.yaml", "validate")
    assert "A" * 50 not in run.output
    assert "longer than 20,000 characters" in run.output


def test_error_flood_is_capped(hostile_root):
    run, _, _ = _result(hostile_root, "node-flood-99000-errors.yaml", "validate")
    assert len(run.message_lines()) <= 102
    assert "more schema error(s) not shown" in run.output


def test_fmt_never_turns_a_self_referencing_anchor_into_an_empty_key(hostile_root):
    for name in ("self-referencing-anchor.yaml", "self-referencing-anchor-block.yaml"):
        run, folder, original = _result(hostile_root, name, "fmt")
        assert run.code == 2
        assert (folder / name).read_bytes() == original
        assert "*x" in (folder / name).read_text()


def test_fmt_keeps_anchors_and_aliases(hostile_root):
    run, folder, _ = _result(hostile_root, "anchors-and-aliases-valid.yaml", "fmt")
    assert run.code == 0
    text = (folder / "anchors-and-aliases-valid.yaml").read_text()
    assert "&everyone" in text and "*everyone" in text


def test_yaml_11_words_stay_text():
    plan = load_bytes(SMALL["yaml-1.1-words-stay-text.yaml"][0], "x.yaml")
    assert plan.data["document"]["title"] == "no"
    assert plan.data["scope"] == "on"
    assert plan.data["x-time"] == "1:00"
    assert plan.data["x-octal"] == 10


def test_tags_run_nothing(hostile_root):
    for command in COMMANDS:
        _, folder, _ = _result(hostile_root, "python-object-apply-tag.yaml", command)
        assert not (folder / "PWNED").exists()


def test_xml_special_characters_appear_literally_in_word(hostile_root):
    import docx

    run, folder, _ = _result(hostile_root, "xml-special-characters-allowed.yaml", "render")
    assert run.code == 0, run.output
    document = docx.Document(str(folder / "out" / "x.docx"))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    for section in document.sections:
        texts += [p.text for p in section.header.paragraphs]
    # a long title is broken between words on the cover (a line break where a space was)
    assert any("A & B <tag> </w:t><w:t>injected ]]> \" ' done" in " ".join(t.split()) for t in texts), texts[:20]


# --------------------------------------------------------------------------- paths, not contents


@pytest.mark.parametrize("command", list(COMMANDS))
def test_missing_file(tmp_path, command):
    run = run_cli(*COMMANDS[command], "no-such-plan.yaml", cwd=tmp_path)
    assert run.code == 2, run.output
    assert "Traceback" not in run.output
    lines = run.message_lines()
    assert len(lines) == 1 and lines[0].startswith("no-such-plan.yaml:1:1: PC001 error: "), run.output
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_directory_given_to_render(tmp_path):
    (tmp_path / "plan.yaml").mkdir()
    run = run_cli("render", "plan.yaml", "-o", "x.docx", cwd=tmp_path)
    assert run.code == 2, run.output
    lines = run.message_lines()
    assert len(lines) == 1 and lines[0].startswith("plan.yaml:1:1: PC001 error: ") and "folder" in lines[0]
    assert not (tmp_path / "x.docx").exists()


@pytest.mark.parametrize("command", ["validate", "lint", "fmt"])
def test_folder_with_a_hostile_plan_reports_it_by_its_path(tmp_path, command):
    (tmp_path / "plans").mkdir()
    bomb = SMALL["alias-bomb-billion-laughs.yaml"][0]
    (tmp_path / "plans" / "bomb.yaml").write_bytes(bomb)
    run = run_cli(*COMMANDS[command], "plans", cwd=tmp_path)
    assert run.code == 2, run.output
    lines = run.message_lines()
    assert len(lines) == 1 and lines[0].startswith(os.path.join("plans", "bomb.yaml") + ":"), run.output
    assert (tmp_path / "plans" / "bomb.yaml").read_bytes() == bomb


def _valid_plan(folder: Path) -> Path:
    path = folder / "plan.yaml"
    path.write_text(BASE, encoding="utf-8")
    return path


def test_render_into_a_path_under_a_file(tmp_path):
    _valid_plan(tmp_path)
    (tmp_path / "afile").write_text("not a folder")
    run = run_cli("render", "plan.yaml", "-o", "afile/x.docx", cwd=tmp_path)
    assert run.code == 2, run.output
    assert "Traceback" not in run.output
    errors = [line for line in run.message_lines() if "cannot write" in line]
    assert len(errors) == 1 and "plan.yaml" in errors[0], run.output
    assert (tmp_path / "afile").read_text() == "not a folder"


@pytest.mark.skipif(running_as_root(), reason="root can write into a read-only folder")
def test_render_into_a_read_only_folder(tmp_path):
    _valid_plan(tmp_path)
    (tmp_path / "ro").mkdir()
    (tmp_path / "ro").chmod(0o555)
    try:
        run = run_cli("render", "plan.yaml", "-o", "ro/x.docx", cwd=tmp_path)
        assert run.code == 2, run.output
        assert "Traceback" not in run.output
        errors = [line for line in run.message_lines() if "cannot write" in line]
        assert len(errors) == 1 and "plan.yaml" in errors[0], run.output
        assert list((tmp_path / "ro").iterdir()) == []
    finally:
        (tmp_path / "ro").chmod(0o755)


def test_render_over_a_folder_named_like_the_output(tmp_path):
    _valid_plan(tmp_path)
    (tmp_path / "x.docx").mkdir()
    (tmp_path / "x.docx" / "keep.txt").write_text("keep")
    run = run_cli("render", "plan.yaml", "-o", "x.docx", cwd=tmp_path)
    # A folder given as -o gets <plan>.docx inside it; what is in it stays.
    assert "Traceback" not in run.output
    assert run.code == 0, run.output
    assert (tmp_path / "x.docx" / "keep.txt").read_text() == "keep"
    assert (tmp_path / "x.docx" / "plan.docx").is_file()


@pytest.mark.parametrize("command", ["validate", "lint"])
def test_report_into_a_path_under_a_file(tmp_path, command):
    _valid_plan(tmp_path)
    (tmp_path / "afile").write_text("not a folder")
    run = run_cli(*COMMANDS[command], "plan.yaml", "-o", "afile/report.txt", cwd=tmp_path)
    assert run.code == 2, run.output
    assert "Traceback" not in run.output
    lines = run.message_lines()
    assert len(lines) == 1 and "afile/report.txt" in lines[0], run.output


def test_cases_folder_is_left_alone():
    """Nothing above runs in tests/fixtures/hostile itself (every run works on a copy)."""
    assert all(p.is_file() for p in CASES_DIR.iterdir())
    assert not any(p.suffix in (".docx", ".tmp") for p in CASES_DIR.iterdir())


def test_loader_cases_are_refused_in_process_too(hostile_root):
    """The same cases through the library: PlanError, never another exception."""
    from plancraft.loader import load

    for name, (codes, _) in EXPECT.items():
        if codes != LOADER:
            continue
        with pytest.raises(PlanError):
            load(_source(hostile_root, name), display=name)
