"""JSON Schema validation of a loaded plan, with messages a compliance officer understands.

jsonschema's own messages ("'5,000' is not of type 'number'") are rewritten here into
sentences that say what to write instead, and every error is placed at the line:col of the
offending key or value (or, for a missing key, of the mapping that should hold it).
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from typing import Any, Iterable

from plancraft import codes
from plancraft.diagnostics import Diagnostic, Severity, format_path
from plancraft.i18n import N_, _, listing, ngettext
from plancraft.loader import LoadedPlan

CODE = codes.SCHEMA
MAX_SHOWN = 40  # never echo more of a value than this many characters
MAX_ERRORS = 100  # schema errors reported per file; the rest are counted in one last message

HINTS = {  # translated where shown: _(HINTS[name])
    "id": N_("an id is lowercase letters, digits and hyphens, starting with a letter (e.g. `team-lead`)"),
    "ref": N_("a reference is the id of something defined in the plan (lowercase letters, digits and hyphens, e.g. `team-lead`)"),
    "duration": N_(
        "write a duration such as `30min`, `4h`, `3d`, `10wd` (working days), `2w`, `6mo`, `1y`, "
        "or ISO 8601 such as `PT1H` or `P3D`"
    ),
    "date": N_("write a date as YYYY-MM-DD, e.g. `2024-09-19`"),
    "currency": N_("write an ISO 4217 currency code in capitals, e.g. `CNY`"),
    "digest": N_("digests are written by `plancraft sign`, never by hand"),
}


@lru_cache(maxsize=1)
def plan_schema() -> dict:
    """The plan JSON Schema (plancraft.resources.schema_file)."""
    from plancraft.resources import schema_file

    text = schema_file().read_text(encoding="utf-8")
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
    may_hold = not getattr(plan, "finite", False) and _may_hold_non_finite(plan.data)  # the loader knows: LoadedPlan.finite
    for diagnostic in _non_finite(plan, plan.data, ()) if may_hold else ():
        found.setdefault((diagnostic.line, diagnostic.column, diagnostic.message), diagnostic)
    fast = _fast_validator()
    if not found and fast is not None and fast.is_valid(plan.data):
        return _value_slips(plan)
    slipped: set[int] = set()  # a typing slip explains the schema error on its line
    for typed in _typing_mistakes(plan):
        found.setdefault((typed.line, typed.column, typed.message), typed)
        slipped.add(typed.line)
    more = 0
    for error in _validator().iter_errors(plan.data):
        if len(found) >= MAX_ERRORS:  # past the cap only count: no message is built that nobody reads
            more += 1
            continue
        for diagnostic in _diagnostics(plan, error):
            key = (diagnostic.line, diagnostic.column, diagnostic.message)
            if key in found or diagnostic.line in slipped:
                continue
            if len(found) >= MAX_ERRORS:
                more += 1
                continue
            found[key] = diagnostic
    shown = sorted(found.values(), key=Diagnostic.sort_key)
    if more:
        last = shown[-1]
        shown.append(
            Diagnostic(
                plan.file,
                last.line,
                last.column,
                CODE,
                Severity.ERROR,
                _("… and {count} more schema error(s) not shown; fix the ones above first").format(count=f"{more:,}"),
            )
        )
    return shown


def _typing_mistakes(plan: LoadedPlan, kinds: tuple[str, ...] | None = None) -> list[Diagnostic]:
    """Full-width colons, spaces, dashes and hashes that still parse (as text) but break the plan's structure."""
    from plancraft import ime

    return [
        Diagnostic(plan.file, s.line, s.column, CODE, Severity.ERROR, s.message)
        for s in ime.scan_text(plan.text)
        if kinds is None or s.kind in kinds
    ]


def _value_slips(plan: LoadedPlan) -> list[Diagnostic]:
    """In a valid plan, the typing slips that still parse into a valid value: a comment started with a
    full-width `＃` (it became part of the value). Only a plan whose text holds one is scanned."""
    from plancraft.cjk import has_value_slips

    if not has_value_slips(plan.text):  # most plans: plancraft.ime is not even imported
        return []
    return _typing_mistakes(plan, kinds=("fullwidth-hash",))


def _may_hold_non_finite(data: Any) -> bool:
    """False when `data` surely holds no `.nan` or `.inf`: the JSON encoder (C) refuses them, and
    finding none spares the walk that locates them."""
    import json

    try:
        json.dumps(data, allow_nan=False)
    except Exception:  # noqa: BLE001 - a non-finite number, or anything else: the walk decides
        return True
    return False


def _non_finite(plan: LoadedPlan, value: Any, path: tuple) -> Iterable[Diagnostic]:
    """`.nan` and `.inf` anywhere: JSON has no such numbers (the digest and the renderer cannot hold them)."""
    stack = [(value, path)]
    while stack:
        value, path = stack.pop()
        if isinstance(value, float) and not math.isfinite(value):
            where = format_path(path) or _("the plan")
            yield plan.diagnostic(
                path,
                CODE,
                Severity.ERROR,
                _("{where}: `{value}` is not a number a plan can hold; write a finite number").format(where=where, value=value),
            )
        elif isinstance(value, dict):
            stack.extend((v, path + (k,)) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, path + (i,)) for i, v in enumerate(value))


def _diagnostics(plan: LoadedPlan, error: Any) -> Iterable[Diagnostic]:
    path = tuple(error.absolute_path)
    where = format_path(path) or _("the plan")
    kind = error.validator
    instance = error.instance
    schema = error.schema if isinstance(error.schema, dict) else {}

    if kind == "additionalProperties":
        allowed = sorted(schema.get("properties", {}))
        for key in _unknown_keys(instance, schema):
            import difflib  # only for a misspelt key or value: a valid plan never needs it

            from plancraft import ime

            # `ｃｌａｓｓｉｆｉｃａｔｉｏｎ` typed with full-width letters is the key it spells
            hint = difflib.get_close_matches(ime.halfwidth(str(key)), allowed, n=1, cutoff=0.6)
            if hint:
                text = _("unknown key `{key}` in {where}; did you mean `{suggestion}`? (extension keys start with `x-`)")
            else:
                text = _("unknown key `{key}` in {where}; allowed here: {suggestion} (extension keys start with `x-`)")
            suggestion = hint[0] if hint else listing(allowed)
            yield plan.diagnostic(
                path + (key,), CODE, Severity.ERROR, text.format(key=_short(key), where=where, suggestion=suggestion), at_key=True
            )
        return
    if kind == "required":
        for key in error.validator_value:
            if isinstance(instance, dict) and key not in instance:
                yield plan.diagnostic(
                    path,
                    CODE,
                    Severity.ERROR,
                    _("{where} is missing the required key `{key}`").format(where=where, key=key),
                    at_key=True,
                )
        return
    yield plan.diagnostic(path, CODE, Severity.ERROR, _message(where, kind, instance, error, schema, plan.data))


def _message(where: str, kind: str, value: Any, error: Any, schema: dict, data: Any = None) -> str:
    shown = _show(value)
    def_name = _def_name(schema)
    if kind == "type":
        expected = error.validator_value
        expected = [expected] if isinstance(expected, str) else list(expected)
        if expected == ["array"] and isinstance(value, str):
            from plancraft import ime

            listed = ime.list_hint(value)  # notify: president、office-head
            if listed:
                return _("{where}: {hint}").format(where=where, hint=listed.message)
        if set(expected) & {"number", "integer"} and isinstance(value, str):
            typed = _typed_hint(value, "amount")
            if typed:
                return _("{where}: {hint}").format(where=where, hint=typed)
            digits = value.replace(",", "").replace("，", "").replace(" ", "")
            if _is_number(digits):
                return _(
                    "{where}: a number is expected, not the text {value}; write `{digits}` without quotes or separators"
                ).format(where=where, value=shown, digits=digits)
            return _("{where}: a number is expected, not the text {value}; write the amount in digits, e.g. `5000`").format(
                where=where, value=shown
            )
        if expected == ["string"] and isinstance(value, (int, float)) and not isinstance(value, bool):
            return _(
                '{where}: text is expected, not the number {value}; put it in quotes ("{raw}") so it stays exactly as written'
            ).format(where=where, value=shown, raw=value)
        if expected == ["string"] and isinstance(value, bool):
            return _("{where}: text is expected, not the yes/no value {value}; put it in quotes").format(where=where, value=shown)
        return _("{where}: {expected} is expected, not {value}").format(
            where=where, expected=_(" or ").join(_article(e) for e in expected), value=_describe(value)
        )
    if kind == "pattern" or (kind == "format" and def_name == "date"):
        if kind == "format" or (def_name == "date" and _looks_like_date(value)):
            return _("{where}: {value} is not a real calendar date; {hint}").format(
                where=where, value=shown, hint=_(HINTS["date"])
            )
        typed = _typed_hint(value, def_name, data)
        if typed:
            return _("{where}: {hint}").format(where=where, hint=typed)
        if def_name in HINTS:
            hint = _(HINTS[def_name])
        else:
            hint = _("it must match `{pattern}`").format(pattern=error.validator_value)
        return _("{where}: {value} is not valid; {hint}").format(where=where, value=shown, hint=hint)
    if kind == "format":
        return _("{where}: {value} is not a valid {format}").format(where=where, value=shown, format=error.validator_value)
    if kind == "enum":
        import difflib

        options = [str(o) for o in error.validator_value]
        close = difflib.get_close_matches(str(value), options, n=1, cutoff=0.6)
        listed = listing(f"`{o}`" for o in options)
        if close:
            return _("{where}: {value} is not one of {options}; did you mean `{suggestion}`?").format(
                where=where, value=shown, options=listed, suggestion=close[0]
            )
        return _("{where}: {value} is not one of {options}").format(where=where, value=shown, options=listed)
    if kind == "const":
        expected = error.validator_value
        if type(value) is not type(expected):  # `"1"` for 1: "not `1`" alone would read as no fault
            shown = _describe(value)
        return _("{where}: must be `{expected}`, not {value}").format(where=where, expected=expected, value=shown)
    if kind in ("minimum", "exclusiveMinimum"):
        return _("{where}: {value} is too small; the least allowed is {limit}").format(
            where=where, value=shown, limit=error.validator_value
        )
    if kind in ("maximum", "exclusiveMaximum"):
        return _("{where}: {value} is too large; the most allowed is {limit}").format(
            where=where, value=shown, limit=error.validator_value
        )
    if kind == "minLength":
        return _("{where}: the text is empty; write it or leave the key out").format(where=where)
    if kind == "maxLength":
        return _("{where}: the text is longer than {limit} characters; shorten it or move it to an annex").format(
            where=where, limit=f"{error.validator_value:,}"
        )
    if kind == "minItems":
        return ngettext(
            "{where}: the list needs at least {count} item",
            "{where}: the list needs at least {count} items",
            error.validator_value,
        ).format(where=where, count=error.validator_value)
    if kind == "maxItems":
        return ngettext(
            "{where}: the list has more than {count} item", "{where}: the list has more than {count} items", error.validator_value
        ).format(where=where, count=f"{error.validator_value:,}")
    if kind == "not" and isinstance(value, dict):
        keys = error.validator_value.get("required", []) if isinstance(error.validator_value, dict) else []
        if keys:
            return _("{where}: give either {keys}, not both").format(where=where, keys=_(" or ").join(f"`{k}`" for k in keys))
    if kind == "anyOf" and {"const": "on-approval"} in error.validator_value:  # document.effective
        typed = _typed_hint(value, "date")
        if typed:
            return _("{where}: {hint}").format(where=where, hint=typed)
        if _looks_like_date(value):
            return _("{where}: {value} is not a real calendar date; {hint}").format(
                where=where, value=shown, hint=_(HINTS["date"])
            )
        return _(
            "{where}: {value} is not a date; {hint}, or `on-approval` when the plan takes effect on the day it is approved"
        ).format(where=where, value=shown, hint=_(HINTS["date"]))
    if kind in ("oneOf", "anyOf"):
        typed = _typed_hint(value, None)
        if typed:
            return _("{where}: {hint}").format(where=where, hint=typed)
        return _("{where}: {value} does not fit any of the allowed forms").format(where=where, value=_describe(value))
    return f"{where}: {_short(error.message)}"


def _typed_hint(value: Any, def_name: str | None, data: Any = None) -> str | None:
    """The hint for a value typed with a Chinese input method (`2小时`, `5,000元`, `十五日`, a role's title
    for its id), if it is one."""
    if not isinstance(value, str):
        return None
    from plancraft import ime

    if def_name in ("ref", "id"):
        found = ime.title_hint(value, ime.defined_names(data)) or ime.list_hint(value)
        if found:
            return found.message

    if def_name in ("date", None):
        found = ime.date_hint(value)
        if found:
            return found.message
    if def_name == "duration" or def_name is None:
        found = ime.duration_hint(value)
        if found:
            return found.message
    if def_name in ("amount", None):
        found = ime.amount_hint(value)
        if found:
            return found.message
    return None


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
        return _("an empty value")
    if isinstance(value, bool):
        return _("the yes/no value `{value}`").format(value=str(value).lower())
    if isinstance(value, (int, float)):
        return _("the number `{value}`").format(value=value)
    if isinstance(value, str):
        return _("the text `{value}`").format(value=_short(value))
    if isinstance(value, list):
        return ngettext("a list of {count} item", "a list of {count} items", len(value)).format(count=len(value))
    return _("a mapping")


def _article(type_name: str) -> str:
    names = {
        "object": _("a mapping (key: value lines)"),
        "array": _("a list"),
        "string": _("text"),
        "integer": _("a whole number"),
        "number": _("a number"),
        "boolean": _("true or false"),
        "null": _("an empty value"),
    }
    return names.get(type_name, type_name)
