"""`plancraft lint --fix`: repair the mechanical mistakes, as text edits that keep every comment and line.

What is fixed comes from the input-method checks in `plancraft.ime` (one place finds the mistakes; the
loader, the schema check and this module only use them):

- YAML syntax typed with a Chinese input method: full-width colons after keys, full-width indentation,
  list items started with `－`/`—`, full-width commas in flow lists (`[a，b]`);
- values written as they are said, where the schema refuses them: durations (`2小时` → `2h`, `3个工作日`
  → `3wd`, `十五日` → `15d`), amounts (`5000元`, `5,000元`, `伍仟元` → `5000`);
- the title of a role, group or external party where its id belongs, when exactly one item has that title;
- trailing white space.

A fix is *safe* when the result says exactly what the writer meant; a fix that could change the meaning
is applied only with `--unsafe-fixes`: a half unit (`半天` may be half a working day), or trailing spaces
inside a `|`/`>` block (they are part of its text). Each round of fixes is checked by reading the result
again: a fix that would not give the value it promised is dropped. Nothing here writes files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from plancraft.diagnostics import PlanError
from plancraft.i18n import _, ngettext
from plancraft.ime import Suggestion, scan_text, title_hint, value_hints

MAX_ROUNDS = 5  # a syntax fix can make values readable, whose fixes come in the next round

_TRAILING = re.compile(r"[ \t\u3000]+$")
_BLOCK_START = re.compile(r"(?:^|[:\-]\s)\s*[|>][0-9+-]*\s*(#.*)?$")
_FLOW_COMMA = re.compile(r"，")
# Keys whose lists hold ids (plan-format.md, reference table): a `，` there is always a separator.
ID_LISTS = {"members", "deputies", "notify", "scenarios", "to", "roles", "groups"}


@dataclass(frozen=True)
class Fix:
    """Replace `length` characters at `line`:`column` (1-based) with `replacement`."""

    line: int
    column: int
    length: int
    replacement: str
    message: str
    kind: str
    safe: bool = True
    expect: tuple | None = field(default=None, compare=False)  # (YAML path, value) the fix must give

    @classmethod
    def of(cls, suggestion: Suggestion, *, safe: bool = True, expect: tuple | None = None) -> "Fix":
        return cls(
            suggestion.line,
            suggestion.column,
            suggestion.length,
            suggestion.replacement,
            suggestion.message,
            suggestion.kind,
            safe,
            expect,
        )


@dataclass
class FixResult:
    """What fixing one plan's text gave."""

    before: str
    after: str
    applied: list[Fix] = field(default_factory=list)
    skipped_unsafe: int = 0  # fixes that --unsafe-fixes would apply

    @property
    def changed(self) -> bool:
        return self.after != self.before


def fix_text(text: str, name: str, *, unsafe: bool = False) -> FixResult:
    """Apply every safe (and with `unsafe`, every unsafe) fix to a plan's text, round after round."""
    result = FixResult(text, text)
    for _round in range(MAX_ROUNDS):
        found = find_fixes(result.after, name)
        wanted = [f for f in found if f.safe or unsafe]
        result.skipped_unsafe = sum(1 for f in found if not f.safe and not unsafe)
        if not wanted:
            break
        fixed, applied = _apply_checked(result.after, name, wanted)
        if not applied:
            break
        result.after = fixed
        result.applied.extend(applied)
    return result


def find_fixes(text: str, name: str) -> list[Fix]:
    """Every fix for this text, safe and unsafe, in file order."""
    fixes = [Fix.of(s) for s in scan_text(text)]
    fixes += _flow_commas(text) + _trailing_space(text)
    fixes += _value_fixes(text, name)
    return _without_overlaps(sorted(fixes, key=lambda f: (f.line, f.column)))


def _flow_commas(text: str) -> list[Fix]:
    """`[a，b]`: a full-width comma between items of a flow list (outside quotes). In a list of ids it can
    only be a separator (safe); in a list of texts it may belong to one sentence (unsafe)."""
    fixes = []
    for number, line in enumerate(text.splitlines(), start=1):
        code = _outside_comment(line)
        start, end = code.find("["), code.rfind("]")
        if start == -1 or end < start:
            continue
        inside = code[start:end]
        if '"' in inside or "'" in inside:
            continue  # quoted items may hold a Chinese comma of their own
        key = code[:start].strip().rstrip(":：").strip().lstrip("-").strip()
        for match in _FLOW_COMMA.finditer(inside):
            fixes.append(
                Fix(
                    number,
                    start + match.start() + 1,
                    1,
                    ", ",
                    _("line {line} separates list items with a full-width comma `，`; write a half-width comma `,`").format(
                        line=number
                    ),
                    "fullwidth-comma",
                    safe=key in ID_LISTS,
                )
            )
    return fixes


def _trailing_space(text: str) -> list[Fix]:
    """Trailing white space; inside a block scalar it is part of the text, so that fix is unsafe."""
    fixes = []
    block_indent: int | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        in_block = False
        if block_indent is not None:
            if not stripped.strip() or indent > block_indent:
                in_block = True
            else:
                block_indent = None
        match = _TRAILING.search(line)
        if match and line.strip():
            fixes.append(
                Fix(
                    number,
                    match.start() + 1,
                    len(match.group()),
                    "",
                    _("line {line} ends with white space").format(line=number),
                    "trailing-whitespace",
                    safe=not in_block,
                )
            )
        if not in_block and _BLOCK_START.search(_outside_comment(line).rstrip()):
            block_indent = indent
    return fixes


def _outside_comment(line: str) -> str:
    at = line.find(" #")
    return line if at == -1 else line[:at]


def _value_fixes(text: str, name: str) -> list[Fix]:
    """Durations and amounts where the schema refuses the value as written, and titles where a reference
    names nothing the plan defines but exactly one item of an allowed kind carries that title."""
    from plancraft.loader import load_bytes
    from plancraft.model import Plan, get
    from plancraft.schema import validate

    try:
        plan = load_bytes(text.encode("utf-8"), name)
    except PlanError:
        return []
    wanted: dict[tuple, Suggestion] = {}
    for diagnostic in validate(plan):
        value = get(plan.data, *diagnostic.path) if diagnostic.path else None
        for suggestion in value_hints(value):
            wanted.setdefault(diagnostic.path, suggestion)
            break
    model = Plan(plan)
    for ref in model.references:
        if model.kind_of(ref.target) is not None or ref.path in wanted:
            continue
        titled = [
            d
            for d in model.definitions
            if d.kind in ref.allowed
            and ref.target.strip()
            in {str(d.item.get(key)).strip() for key in ("title", "name") if isinstance(d.item.get(key), str)}
        ]
        if len(titled) == 1:  # an ambiguous title is left for a person to resolve
            suggestion = title_hint(ref.target, {ref.target.strip(): (titled[0].kind, titled[0].id)})
            if suggestion is not None:
                wanted[ref.path] = suggestion
    lines = text.splitlines()
    fixes = []
    for path, suggestion in wanted.items():
        if path not in plan.positions:
            continue
        _key_line, _key_col, line, column = plan.positions[path]
        source = lines[line - 1] if 0 < line <= len(lines) else ""
        value = get(plan.data, *path)
        half = suggestion.kind == "duration" and "半" in str(value)
        fixes.append(
            Fix(
                line,
                column,
                _token_length(source, column),
                suggestion.replacement,
                suggestion.message,
                suggestion.kind,
                safe=not half,
                expect=(path, _parsed(suggestion.replacement, suggestion.kind)),
            )
        )
    return fixes


def _parsed(replacement: str, kind: str):
    if kind == "amount":
        number = float(replacement)
        return int(number) if number == int(number) else number
    return replacement


def _token_length(line: str, column: int) -> int:
    """How many characters the scalar at `column` takes (quotes included), up to a comment."""
    from plancraft.lint.source import token_end

    return max(token_end(line, column) - column, 1)


def _without_overlaps(fixes: list[Fix]) -> list[Fix]:
    kept: list[Fix] = []
    for fix in fixes:
        if kept and kept[-1].line == fix.line and fix.column < kept[-1].column + kept[-1].length:
            continue
        kept.append(fix)
    return kept


def apply_fixes(text: str, fixes: list[Fix]) -> str:
    """The text with the fixes applied (positions refer to the text as given)."""
    lines = text.splitlines(keepends=True)
    for fix in sorted(fixes, key=lambda f: (f.line, f.column), reverse=True):
        if not 0 < fix.line <= len(lines):
            continue
        line = lines[fix.line - 1]
        body = line.rstrip("\r\n")
        ending = line[len(body) :]
        start = fix.column - 1
        lines[fix.line - 1] = body[:start] + fix.replacement + body[start + fix.length :] + ending
    return "".join(lines)


def _apply_checked(text: str, name: str, fixes: list[Fix]) -> tuple[str, list[Fix]]:
    """Apply the fixes, keeping only those whose promised value the result really holds."""
    from plancraft.loader import load_bytes
    from plancraft.model import get

    candidate = apply_fixes(text, fixes)
    value_fixes = [f for f in fixes if f.expect is not None]
    if not value_fixes:
        return candidate, fixes
    try:
        data = load_bytes(candidate.encode("utf-8"), name).data
    except PlanError:
        syntax = [f for f in fixes if f.expect is None]
        return (apply_fixes(text, syntax), syntax) if syntax else (text, [])
    wrong = [f for f in value_fixes if get(data, *f.expect[0]) != f.expect[1]]
    if not wrong:
        return candidate, fixes
    kept = [f for f in fixes if f not in wrong]
    return (apply_fixes(text, kept), kept) if kept else (text, [])


@dataclass
class FixRun:
    """Fixes over many plans: what each file gave."""

    results: list[tuple[str, FixResult]] = field(default_factory=list)

    @property
    def applied(self) -> int:
        return sum(len(r.applied) for _, r in self.results)

    @property
    def unsafe_left(self) -> int:
        return sum(r.skipped_unsafe for _, r in self.results)

    @property
    def changed(self) -> list[tuple[str, FixResult]]:
        return [(name, r) for name, r in self.results if r.changed]

    def diffs(self) -> str:
        """The unified diff of every changed file (`lint --diff`)."""
        return "".join(unified_diff(name, result) for name, result in self.changed)

    def summary(self, *, written: bool) -> str:
        """One line: how many problems were fixed (`written`) or would be, and how many more
        --unsafe-fixes would fix."""
        if written:
            line = ngettext("Fixed {count} problem.", "Fixed {count} problems.", self.applied)
        else:
            line = ngettext("Would fix {count} problem.", "Would fix {count} problems.", self.applied)
        line = line.format(count=self.applied)
        if self.unsafe_left:
            line += " " + ngettext(
                "{count} more with --unsafe-fixes.", "{count} more with --unsafe-fixes.", self.unsafe_left
            ).format(count=self.unsafe_left)
        return line


def fix_files(files: list[tuple[str, Path | None]], *, unsafe: bool = False, write: bool = False) -> FixRun:
    """Fix each readable plan; with `write`, replace each changed file as one transaction (locked, and only
    if nobody changed it meanwhile; a symlink is written through). Unreadable files are left to lint."""
    from plancraft.fileio import InPlace
    from plancraft.loader import MAX_BYTES

    run = FixRun()
    for name, path in files:
        if path is None:
            continue
        if not write:
            try:
                text = Path(path).read_bytes()[: MAX_BYTES + 1].decode("utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            run.results.append((name, fix_text(text, name, unsafe=unsafe)))
            continue
        with InPlace(path, max_bytes=MAX_BYTES) as place:
            try:
                text = place.original.decode("utf-8")
            except UnicodeDecodeError:
                continue
            if len(place.original) > MAX_BYTES:
                continue
            result = fix_text(text, name, unsafe=unsafe)
            if result.changed:
                place.replace(result.after)
        run.results.append((name, result))
    return run


def unified_diff(name: str, result: FixResult) -> str:
    import difflib

    relative = not Path(name).is_absolute()
    return "".join(
        difflib.unified_diff(
            result.before.splitlines(keepends=True),
            result.after.splitlines(keepends=True),
            fromfile=f"a/{name}" if relative else name,
            tofile=f"b/{name}" if relative else name,
        )
    )
