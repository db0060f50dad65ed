"""JSON Schema validation of a loaded plan, with messages a compliance officer understands.

jsonschema's own messages ("'5,000' is not of type 'number'") are rewritten here into
sentences that say what to write instead, and every error is placed at the line:col of the
offending key or value (or, for a missing key, of the mapping that should hold it).
"""

from __future__ import annotations

import difflib
import json
import math
import re
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

from plancraft import codes
from plancraft.diagnostics import Diagnostic, Severity, format_path
from plancraft.loader import LoadedPlan

CODE = codes.SCHEMA
MAX_SHOWN = 40  # never echo more of a value than this many characters
MAX_ERRORS = 100  # schema errors reported per file; the rest are counted in one last message

DURATION_FORMS = "`30min`, `4h`, `3d`, `10wd` (working days), `2w`, `6mo`, `1y`, or ISO 8601 such as `PT1H` or `P3D`"
HINTS = {
    "id": "an id is lowercase letters, digits and hyphens, starting with a letter (e.g. `team-lead`)",
    "ref": "a reference is the id of something defined in the plan (lowercase letters, digits and hyphens, e.g. `team-lead`)",
    "duration": f"write a duration such as {DURATION_FORMS}",
    "date": "write a date as YYYY-MM-DD, e.g. `2024-09-19`",
    "currency": "write an ISO 4217 currency code in capitals, e.g. `CNY`",
    "digest": "digests are written by `plancraft sign`, never by hand",
}


@lru_cache(maxsize=1)
def plan_schema() -> dict:
    """The plan JSON Schema shipped inside the package."""
    text = resources.files("plancraft").joinpath("data/plan.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def _ecma_pattern(pattern: str) -> str:
    """JSON Schema patterns are ECMA-262: `$` is the end of the text. In Python's re, `$` also
    matches before a final newline (`"lead\\n"` would pass `^[a-z]+$`), so it becomes `\\Z`."""
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        return pattern[:-1] + r"\Z"
    return pattern


def _pattern(validator: Any, pattern: str, instance: Any, schema: dict) -> Any:
    from jsonschema.exceptions import ValidationError

    if isinstance(instance, str) and not re.search(_ecma_pattern(pattern), instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


@lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema

    schema = plan_schema()
    base = jsonschema.validators.validator_for(schema)
    cls = jsonschema.validators.extend(base, {"pattern": _pattern})
    return cls(schema, format_checker=jsonschema.FormatChecker(formats=("date",)))


@lru_cache(maxsize=1)
def _fast_validator() -> Any:
    """jsonschema-rs answers "valid?" in microseconds; None where it is not installed."""
    try:
        import jsonschema_rs
    except ImportError:  # pragma: no cover - optional speed-up
        return None
    return jsonschema_rs.validator_for(plan_schema(), validate_formats=True)


def validate(plan: LoadedPlan) -> list[Diagnostic]:
    """Every schema error of `plan`, sorted by position, one per offending place.

    Most plans are valid: the Rust validator says so without importing the Python one, which is
    only loaded to explain the errors of an invalid plan.
    """
    found: dict[tuple, Diagnostic] = {}
    for diagnostic in _non_finite(plan, plan.data, ()):
        found.setdefault((diagnostic.line, diagnostic.column, diagnostic.message), diagnostic)
    fast = _fast_validator()
    if not found and fast is not None and fast.is_valid(plan.data):
        return []
    more = 0
    for error in _validator().iter_errors(plan.data):
        for diagnostic in _diagnostics(plan, error):
            key = (diagnostic.line, diagnostic.column, diagnostic.message)
            if key in found:
                continue
            if len(found) >= MAX_ERRORS:
                more += 1
                continue
            found[key] = diagnostic
    shown = sorted(found.values(), key=Diagnostic.sort_key)
    if more:
        last = shown[-1]
        shown.append(Diagnostic(plan.file, last.line, last.column, CODE, Severity.ERROR,
                                f"… and {more:,} more schema error(s) not shown; fix the ones above first"))
    return shown


def _non_finite(plan: LoadedPlan, value: Any, path: tuple) -> Iterable[Diagnostic]:
    """`.nan` and `.inf` anywhere: JSON has no such numbers (the digest and the renderer cannot hold them)."""
    stack = [(value, path)]
    while stack:
        value, path = stack.pop()
        if isinstance(value, float) and not math.isfinite(value):
            where = format_path(path) or "the plan"
            yield plan.diagnostic(path, CODE, Severity.ERROR,
                                  f"{where}: `{value}` is not a number a plan can hold; write a finite number")
        elif isinstance(value, dict):
            stack.extend((v, path + (k,)) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, path + (i,)) for i, v in enumerate(value))


def _diagnostics(plan: LoadedPlan, error: Any) -> Iterable[Diagnostic]:
    path = tuple(error.absolute_path)
    where = format_path(path) or "the plan"
    kind = error.validator
    instance = error.instance
    schema = error.schema if isinstance(error.schema, dict) else {}

    if kind == "additionalProperties":
        allowed = sorted(schema.get("properties", {}))
        for key in _unknown_keys(instance, schema):
            hint = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            suggestion = f"; did you mean `{hint[0]}`?" if hint else f"; allowed here: {', '.join(allowed)}"
            yield plan.diagnostic(
                path + (key,), CODE, Severity.ERROR,
                f"unknown key `{_short(key)}` in {where}{suggestion} (extension keys start with `x-`)",
                at_key=True,
            )
        return
    if kind == "required":
        for key in error.validator_value:
            if isinstance(instance, dict) and key not in instance:
                yield plan.diagnostic(
                    path, CODE, Severity.ERROR, f"{where} is missing the required key `{key}`", at_key=True
                )
        return
    yield plan.diagnostic(path, CODE, Severity.ERROR, _message(where, kind, instance, error, schema))


def _message(where: str, kind: str, value: Any, error: Any, schema: dict) -> str:
    shown = _show(value)
    def_name = _def_name(schema)
    if kind == "type":
        expected = error.validator_value
        expected = expected if isinstance(expected, str) else " or ".join(expected)
        if expected in ("number", "integer") and isinstance(value, str):
            digits = value.replace(",", "").replace("，", "").replace(" ", "")
            if _is_number(digits):
                return f"{where}: a number is expected, not the text {shown}; write `{digits}` without quotes or separators"
            return f"{where}: a number is expected, not the text {shown}; write the amount in digits, e.g. `5000`"
        if expected == "string" and isinstance(value, (int, float)) and not isinstance(value, bool):
            return f"{where}: text is expected, not the number {shown}; put it in quotes (\"{value}\") so it stays exactly as written"
        if expected == "string" and isinstance(value, bool):
            return f"{where}: text is expected, not the yes/no value {shown}; put it in quotes"
        return f"{where}: {_article(expected)} is expected, not {_describe(value)}"
    if kind == "pattern" or (kind == "format" and def_name == "date"):
        hint = HINTS.get(def_name or "", f"it must match `{error.validator_value}`")
        if kind == "format" or (def_name == "date" and _looks_like_date(value)):
            return f"{where}: {shown} is not a real calendar date; {HINTS['date']}"
        return f"{where}: {shown} is not valid; {hint}"
    if kind == "format":
        return f"{where}: {shown} is not a valid {error.validator_value}"
    if kind == "enum":
        options = [str(o) for o in error.validator_value]
        close = difflib.get_close_matches(str(value), options, n=1, cutoff=0.6)
        tail = f"; did you mean `{close[0]}`?" if close else ""
        return f"{where}: {shown} is not one of {', '.join(f'`{o}`' for o in options)}{tail}"
    if kind == "const":
        return f"{where}: must be `{error.validator_value}`, not {shown}"
    if kind in ("minimum", "exclusiveMinimum"):
        return f"{where}: {shown} is too small; the least allowed is {error.validator_value}"
    if kind in ("maximum", "exclusiveMaximum"):
        return f"{where}: {shown} is too large; the most allowed is {error.validator_value}"
    if kind == "minLength":
        return f"{where}: the text is empty; write it or leave the key out"
    if kind == "maxLength":
        return f"{where}: the text is longer than {error.validator_value:,} characters; shorten it or move it to an annex"
    if kind == "minItems":
        return f"{where}: the list needs at least {error.validator_value} item(s)"
    if kind == "maxItems":
        return f"{where}: the list has more than {error.validator_value:,} items"
    if kind == "not" and isinstance(value, dict):
        keys = error.validator_value.get("required", []) if isinstance(error.validator_value, dict) else []
        if keys:
            return f"{where}: give either {' or '.join(f'`{k}`' for k in keys)}, not both"
    if kind == "anyOf" and {"const": "on-approval"} in error.validator_value:  # document.effective
        if _looks_like_date(value):
            return f"{where}: {shown} is not a real calendar date; {HINTS['date']}"
        return f"{where}: {shown} is not a date; {HINTS['date']}, or `on-approval` when the plan takes effect on the day it is approved"
    if kind in ("oneOf", "anyOf"):
        return f"{where}: {_describe(value)} does not fit any of the allowed forms"
    return f"{where}: {_short(error.message)}"


def _unknown_keys(instance: Any, schema: dict) -> list[str]:
    if not isinstance(instance, dict):
        return []
    known = set(schema.get("properties", {}))
    patterns = [re.compile(p) for p in schema.get("patternProperties", {})]
    return [k for k in instance if k not in known and not any(p.search(k) for p in patterns)]


def _def_name(schema: dict) -> str | None:
    """Which `$defs` entry this subschema is, so the message can name the expected form."""
    for name, definition in plan_schema().get("$defs", {}).items():
        if definition == schema:
            return name
    pattern = schema.get("pattern", "")
    if pattern.startswith("^sha256:"):
        return "digest"
    return None


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return bool(text)


def _looks_like_date(value: Any) -> bool:
    return isinstance(value, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value) is not None


def _short(text: Any) -> str:
    text = str(text)
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def _show(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return _describe(value)
    return f"`{_short(value)}`"


def _describe(value: Any) -> str:
    if value is None:
        return "an empty value"
    if isinstance(value, bool):
        return f"the yes/no value `{str(value).lower()}`"
    if isinstance(value, (int, float)):
        return f"the number `{value}`"
    if isinstance(value, str):
        return f"the text `{_short(value)}`"
    if isinstance(value, list):
        return f"a list of {len(value)} item(s)"
    return "a mapping"


def _article(type_name: str) -> str:
    names = {"object": "a mapping (key: value lines)", "array": "a list", "string": "text", "integer": "a whole number",
             "number": "a number", "boolean": "true or false", "null": "an empty value"}
    return names.get(type_name, type_name)
