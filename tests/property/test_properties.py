"""Property tests (hypothesis): whatever the plan, the commands fail only in the documented way.

- generated plans and mutations of the example plans never make validate or lint raise anything
  but PlanError (a file that cannot be read);
- the renderer raises nothing but RenderError on a schema-valid plan;
- fmt keeps data and comments and is idempotent.

How many examples: PLANCRAFT_HYPOTHESIS_EXAMPLES, else 400 when CI=true, else 200. The slower
properties (render, fmt) run a fixed fraction of that, so that they stay under ~3 minutes on 2 cores
in CI (2000 took 7½ minutes there, half the CI's whole budget; most of it is drawing the plans).
"""

from __future__ import annotations

import io
import math
import os
import re
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from plancraft.diagnostics import PlanError
from plancraft.lint.config import Config
from plancraft.lint.engine import check_plan
from plancraft.loader import load_bytes
from plancraft.schema import validate

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "plans" / "examples").glob("*.yaml"))


def _examples_budget() -> int:
    if os.environ.get("PLANCRAFT_HYPOTHESIS_EXAMPLES"):
        return int(os.environ["PLANCRAFT_HYPOTHESIS_EXAMPLES"])
    return 400 if os.environ.get("CI", "").lower() == "true" else 200


BUDGET = _examples_budget()


def scaled(fraction: float):
    return settings(
        max_examples=max(10, int(BUDGET * fraction)),
        deadline=None,
        derandomize=False,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )


# --------------------------------------------------------------------------- strategies

ids = st.from_regex(r"[a-z][a-z0-9-]{0,12}", fullmatch=True)
durations = st.one_of(
    st.from_regex(r"[1-9][0-9]{0,4}(min|h|d|wd|w|mo|y)", fullmatch=True),
    st.sampled_from(["PT1H", "P3D", "PT30M", "P1Y2M", "P", "PT", "0h", "1.5h", "4 h", "", "10x"]),
)
dates = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(["2024-02-30", "2023-02-29", "2024-13-01", "0000-01-01", "2024-1-1", "99999-01-01"]),
)
# Any text except lone surrogates (UTF-8 cannot hold them); control characters included on purpose.
any_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
safe_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cf", "Zl", "Zp", "Co", "Cn")), min_size=1, max_size=30
).filter(lambda s: s.strip() == s and s.strip())
scalars = st.one_of(any_text, st.integers(-(10**15), 10**15), st.floats(allow_nan=True), st.booleans(), st.none())


def _maybe(strategy, p_none=st.none()):
    return st.one_of(strategy, p_none)


@st.composite
def plans(draw, text=safe_text, wild: bool = True) -> dict:
    """Dicts shaped like plans: mostly valid, with wild values and unknown keys now and then."""
    roles = draw(st.lists(ids, min_size=1, max_size=4, unique=True))
    levels = draw(st.lists(ids.map(lambda s: "l" + s), min_size=1, max_size=3, unique=True))
    scenario_ids = draw(st.lists(ids.map(lambda s: "s" + s), min_size=1, max_size=3, unique=True))
    refs = st.sampled_from(roles + levels + (["nobody"] if wild else []))
    value = (lambda strategy: st.one_of(strategy, scalars)) if wild else (lambda strategy: strategy)

    plan: dict[str, Any] = {
        "plancraft": draw(value(st.just(1))),
        "document": {
            "id": draw(value(ids)),
            "title": draw(value(text)),
            "language": draw(value(st.sampled_from(["en", "zh-CN"]))),
        },
        "purpose": draw(value(text)),
        "scope": draw(value(text)),
        "principles": [{"title": draw(value(text))} for _ in range(draw(st.integers(1, 3)))],
        "organisation": {
            "roles": [
                {
                    "id": r,
                    "title": draw(value(text)),
                    **({"duties": draw(st.lists(text, max_size=2))} if draw(st.booleans()) else {}),
                }
                for r in roles
            ]
        },
        "levels": [
            {
                "id": lv,
                "name": draw(value(text)),
                **({"lead": draw(refs)} if draw(st.booleans()) else {}),
                **({"notify": draw(st.lists(refs, max_size=3))} if draw(st.booleans()) else {}),
            }
            for lv in levels
        ],
        "scenarios": [
            {
                "id": s,
                "title": draw(value(text)),
                **({"level": draw(st.sampled_from(levels))} if draw(st.booleans()) else {}),
                **({"owner": draw(st.sampled_from(roles))} if draw(st.booleans()) else {}),
                **(
                    {
                        "actions": [
                            {"do": draw(text), "by": draw(refs), "within": draw(value(durations))}
                            for _ in range(draw(st.integers(0, 3)))
                        ]
                    }
                    if draw(st.booleans())
                    else {}
                ),
            }
            for s in scenario_ids
        ],
    }
    if draw(st.booleans()):
        plan["document"]["effective"] = draw(value(dates))
    if draw(st.booleans()):
        plan["document"]["version"] = draw(value(st.sampled_from(["1.0", "1.1", "2024-A"])))
    if draw(st.booleans()):
        plan["limits"] = [
            {
                "id": "cap-" + draw(ids),
                "what": draw(text),
                "max": draw(value(st.one_of(st.integers(0, 10**12), st.floats(0, 1e12)))),
                "currency": draw(value(st.sampled_from(["CNY", "USD", "cny", "US"]))),
                "approver": draw(refs),
            }
            for _ in range(draw(st.integers(1, 2)))
        ]
    if draw(st.booleans()):
        plan["time_limits"] = [
            {"id": "tl-" + draw(ids), "what": draw(text), "within": draw(value(durations)), "owner": draw(refs)}
            for _ in range(draw(st.integers(1, 2)))
        ]
    if wild and draw(st.booleans()):
        plan[draw(st.sampled_from(["x-note", "extra", "Document", "x-deep"]))] = draw(
            st.recursive(
                scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(ids, inner, max_size=3), max_leaves=10
            )
        )
    return plan


def dump(data: Any) -> bytes:
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.width = 10**6
    stream = io.StringIO()
    yaml.dump(data, stream)
    return stream.getvalue().encode("utf-8")


def check(raw: bytes, name: str = "p.yaml"):
    """What validate + lint do with one file: (loaded plan or None, diagnostics). Only PlanError may escape."""
    try:
        plan = load_bytes(raw, name)
    except PlanError:
        return None, []
    return plan, check_plan(plan, Config())


# --------------------------------------------------------------------------- validate and lint


@scaled(1.0)
@given(plans())
def test_generated_plans_never_crash_validate_or_lint(data):
    plan, found = check(dump(data))
    for d in found:
        assert "\n" not in d.as_text()


@scaled(0.25)
@given(st.binary(max_size=400))
def test_random_bytes_never_crash_the_loader(raw):
    check(raw)


@scaled(0.25)
@given(st.text(alphabet=st.sampled_from(list("ab:-[]{},&*!|>'\"#%@` \n\t?~.0123456789x")), max_size=120))
def test_yaml_punctuation_soup_never_crashes_the_loader(text):
    check(text.encode("utf-8"))


def _example_data(index: int) -> dict:
    return load_bytes(EXAMPLES[index].read_bytes(), EXAMPLES[index].name).data


def _paths(node: Any, path: tuple = ()) -> list[tuple]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, path + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _paths(value, path + (i,))
    return found


def _get(node: Any, path: tuple) -> Any:
    for part in path:
        node = node[part]
    return node


@st.composite
def mutated_examples(draw) -> dict:
    import copy

    data = copy.deepcopy(_example_data(draw(st.integers(0, len(EXAMPLES) - 1))))
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(data) if p]
        path = draw(st.sampled_from(paths))
        parent, last = _get(data, path[:-1]), path[-1]
        kind = draw(st.sampled_from(["delete", "retype", "duplicate", "unicode", "swap-ref"]))
        if kind == "delete":
            del parent[last]
        elif kind == "retype":
            parent[last] = draw(scalars | st.lists(scalars, max_size=2) | st.dictionaries(ids, scalars, max_size=2))
        elif kind == "duplicate":
            target = parent if isinstance(parent, list) else parent[last]
            if isinstance(target, list) and target:
                target.append(copy.deepcopy(target[draw(st.integers(0, len(target) - 1))]))
        elif kind == "unicode":
            value = parent[last]
            if isinstance(value, str):
                at = draw(st.integers(0, len(value)))
                parent[last] = value[:at] + draw(any_text) + value[at:]
        elif kind == "swap-ref":
            value = parent[last]
            if isinstance(value, str) and re.fullmatch(r"[a-z][a-z0-9-]*", value):
                strings = [_get(data, p) for p in _paths(data) if isinstance(_get(data, p), str)]
                ref_like = [s for s in strings if re.fullmatch(r"[a-z][a-z0-9-]*", s)]
                parent[last] = draw(st.sampled_from(ref_like))
        if not paths:
            break
    return data


@scaled(0.5)
@given(mutated_examples())
def test_mutated_examples_never_crash_validate_or_lint(data):
    check(dump(data))


@scaled(0.25)
@given(st.data())
def test_text_mutations_of_examples_never_crash(data):
    raw = EXAMPLES[data.draw(st.integers(0, len(EXAMPLES) - 1))].read_bytes()
    text = raw.decode("utf-8")
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(text)))
        op = data.draw(st.sampled_from(["insert", "delete", "duplicate-line"]))
        if op == "insert":
            text = text[:at] + data.draw(any_text) + text[at:]
        elif op == "delete":
            text = text[:at] + text[at + data.draw(st.integers(1, 20)) :]
        else:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end + 1
            text = text[:end] + text[start:end] + text[end:]
    check(text.encode("utf-8", "surrogatepass"))


# --------------------------------------------------------------------------- render


def _render(data: dict) -> None:
    from plancraft.render import RenderError, render_docx

    try:
        render_docx(data)
    except RenderError:
        pass


@scaled(0.05)
@given(mutated_examples())
def test_renderer_raises_only_render_error_on_schema_valid_mutations(data):
    plan, found = check(dump(data))
    assume(plan is not None and not validate(plan))
    _render(plan.data)


@scaled(0.1)
@given(plans(wild=False))
def test_renderer_raises_only_render_error_on_generated_plans(data):
    plan, _ = check(dump(data))
    assume(plan is not None and not validate(plan))
    _render(plan.data)


# --------------------------------------------------------------------------- fmt

from plancraft import fmt as _fmt  # noqa: E402 - next to the fmt properties it serves

line_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cf", "Zl", "Zp", "Co", "Cn", "Zs"), blacklist_characters="#"),
    min_size=1,
    max_size=20,
)
KEY_LINE = re.compile(r"^(\s*)(?:- )?[A-Za-z_][\w-]*:(?: |$)")


@st.composite
def commented_plans(draw) -> bytes:
    """A generated plan dumped to YAML, with numbered comments on key lines and between them."""
    lines = dump(draw(plans(text=line_text, wild=False))).decode("utf-8").splitlines()
    out, number = [], 0
    for line in lines:
        match = KEY_LINE.match(line)
        if match and draw(st.integers(0, 3)) == 0:
            number += 1
            out.append(f"{match.group(1)}# c{number} {draw(line_text)}")
        if match and draw(st.integers(0, 3)) == 0:
            number += 1
            line = f"{line}  # c{number}"
        out.append(line)
    if draw(st.booleans()):
        out.insert(0, "# header comment")
    return ("\n".join(out) + "\n").encode("utf-8")


def _comment_tokens(text: str) -> list[str]:
    return sorted(re.findall(r"# (c\d+|header comment)\b", text))


def _same(a: Any, b: Any) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return a == b


@scaled(0.2)
@given(commented_plans())
def test_fmt_keeps_data_and_comments_and_is_idempotent(raw):
    # No refusal is allowed here: these plans hold only comments on their own lines and after
    # key lines, which fmt always carries. fmt may refuse (PC003) only what it cannot represent,
    # and the mutated-examples property below allows for it: comments inside multi-line flow
    # collections, and scalars ruamel reads differently from plancraft's YAML 1.2 loader.
    first = _fmt.format_bytes(raw, "p.yaml")
    before = load_bytes(raw, "p.yaml")
    after = load_bytes(first.data(), "p.yaml")
    assert _same(before.data, after.data)
    assert _comment_tokens(first.after) == _comment_tokens(raw.decode("utf-8"))
    second = _fmt.format_bytes(first.data(), "p.yaml")
    assert not second.changed, second.diff()


@scaled(0.1)
@given(mutated_examples())
def test_fmt_on_mutated_examples_raises_only_plan_error(data):
    try:
        first = _fmt.format_bytes(dump(data), "p.yaml")
    except PlanError:
        return
    assert not _fmt.format_bytes(first.data(), "p.yaml").changed


def test_fmt_moves_a_comment_with_the_key_below_it():
    first = _fmt.format_bytes(b"scope: x\n# about the format\nplancraft: 1\n", "p.yaml")
    assert first.after.startswith("# about the format\nplancraft: 1\n")


# --------------------------------------------------------------------------- import

_SOURCE_TEXTS = sorted((ROOT / "plans").glob("*/sources/*.txt"))
# what a pasted or damaged document holds besides prose: outline marks, list and table marks, stray characters
_IMPORT_JUNK = list("一、（）1.：:；;，,。\t 　•-*#|【】《》①②ⅠⅡ组长成员负责小时日元万元工作日第条章") + [
    "\n",
    "\n\n",
    "\n## ",
    "\n| a | b |\n|---|---|\n",
    "\n1.1.1 ",
    "\x00",
    "\u200b",
    "\ufeff",
]


@st.composite
def damaged_documents(draw) -> str:
    """A piece of a real plan's text (a seed or held-out source), with marks and stray characters put in."""
    text = draw(st.sampled_from(_SOURCE_TEXTS)).read_text(encoding="utf-8")
    start = draw(st.integers(0, max(0, len(text) - 1)))
    piece = text[start : start + draw(st.integers(1, 4000))]
    for _ in range(draw(st.integers(0, 30))):
        at = draw(st.integers(0, len(piece)))
        piece = piece[:at] + draw(st.sampled_from(_IMPORT_JUNK)) + piece[at:]
    return piece


@scaled(0.25)
@given(damaged_documents(), st.sampled_from([".txt", ".md"]))
def test_import_of_any_piece_of_a_plan_gives_a_draft_or_one_documented_refusal(tmp_path_factory, text, suffix):
    from plancraft.importer import ImportFailed, import_document

    path = tmp_path_factory.mktemp("import") / f"piece{suffix}"
    path.write_bytes(text.encode("utf-8"))
    try:
        import_document(path)
    except ImportFailed as refusal:  # a document with no text is refused; the importer's own failures are bugs
        assert "importer stopped" not in refusal.message and "does not validate" not in refusal.message, refusal.message


_NUMBER_LIKE = st.from_regex(
    r"[-+]?(?:[0-9]{0,3}\.?[0-9]{1,3}(?:[eE][-+]?[0-9])?|\.(?:inf|nan)|0x[0-9a-f]{1,3}|0o[0-7]{1,3})", fullmatch=True
)


@scaled(0.5)
@given(st.one_of(_NUMBER_LIKE, safe_text, st.sampled_from([".1", "-.5", "+.5e3", "1.1.1", "yes", "~", "12:30", "2024-01-01"])))
def test_a_text_the_importer_writes_is_read_back_as_the_same_text(text):
    from plancraft.importer.emit import _scalar

    loaded = load_bytes(f"title: {_scalar(text)}\n".encode("utf-8"), "draft.yaml").data
    assert loaded["title"] == text
