"""Parent plans (`document.parent`), read once per run however many children name them.

`parent_of(child, written)` resolves the parent against the child's folder, reads and parses it
once and checks it against the schema once; lint (rules PC701-PC704) and the audit (its parent id,
missing parents, caps and deadlines that exceed the parent's) both take it from here. The memo
lives for one run (`begin(run)`; every check_paths or audit is a new run), so a parent edited
between two runs in one process is read again.

`digest` is what a cache entry of a child records about its parent (plancraft.lint.cache): the
SHA-256 of the parent's bytes, or why there are none, so a changed parent invalidates the child.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from plancraft.diagnostics import PlanError

if TYPE_CHECKING:  # for annotations only: a re-lint reads no plan and does not import the loader
    from plancraft.loader import LoadedPlan

MISSING = "missing"


class Parent:
    """One parent file as this run found it: read at once (its digest serves the cache), parsed and
    schema-checked only when something asks for its content, and then only once."""

    def __init__(self, path: Path, digest: str, *, raw: bytes | None = None, problem: str | None = None, display: str = ""):
        self.path = path  # resolved
        self.digest = digest  # sha256 of its bytes, MISSING, or "error:" and why it cannot be read
        self._raw = raw
        self._problem = problem
        self._display = display
        self._checked: tuple[LoadedPlan | None, str | None, bool] | None = None

    @property
    def exists(self) -> bool:
        return self.digest != MISSING

    @property
    def loaded(self) -> LoadedPlan | None:
        """The parsed parent; None when it is missing or cannot be read or parsed."""
        return self._check()[0]

    @property
    def problem(self) -> str | None:
        """Why it cannot be read (the loader's one-line message), when it cannot."""
        return self._check()[1]

    @property
    def schema_valid(self) -> bool:
        """It loaded and passes the schema check."""
        return self._check()[2]

    def _check(self) -> tuple[LoadedPlan | None, str | None, bool]:
        if self._checked is None:
            from plancraft.schema import validate

            if self._raw is None:
                self._checked = (None, self._problem, False)
            else:
                try:
                    from plancraft.loader import load_bytes

                    loaded = load_bytes(self._raw, self._display)
                except PlanError as error:
                    self._checked = (None, error.diagnostic.message, False)
                else:
                    self._checked = (loaded, None, not validate(loaded))
            self._raw = None
        return self._checked


_run: object = None
_memo: dict[tuple[Path, str], Parent] = {}


def begin(run: object) -> None:
    """Start (or continue) run `run`: parents read in another run are forgotten."""
    global _run
    if run != _run:
        _memo.clear()
        _run = run


def end() -> None:
    """The run in this process is over: outside a run every parent is read afresh."""
    begin(None)


def resolve(child: str | Path, written: str) -> Path:
    """`written` (as in the child's document.parent) resolved against the child's folder."""
    return (Path(child).resolve().parent / written).resolve()


def parent_of(child: str | Path, written: str, *, display: str | None = None) -> Parent:
    """The parent a child plan names, read, parsed and schema-checked at most once per run (and
    language, for the wording of its problems)."""
    from plancraft import i18n

    path = resolve(child, written)
    if _run is None:
        return _read(path, display or str(path))
    key = (path, i18n.current())
    found = _memo.get(key)
    if found is None:
        found = _memo[key] = _read(path, display or str(path))
    return found


def _read(path: Path, display: str) -> Parent:
    from plancraft.i18n import _

    if not path.exists():
        return Parent(path, MISSING, problem=_("no such file"))
    try:
        from plancraft.loader import read_plan_bytes  # (not imported by a re-lint, which reads no plan)

        raw = read_plan_bytes(path, display)
    except PlanError as error:
        return Parent(path, "error:" + error.diagnostic.message, problem=error.diagnostic.message)
    import hashlib

    return Parent(path, hashlib.sha256(raw).hexdigest(), raw=raw, display=display)


def digest(child: str | Path, written: str) -> str:
    """What a cache entry records about the parent `written` of `child` (see Parent.digest)."""
    return parent_of(child, written).digest
