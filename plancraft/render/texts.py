"""Section titles, labels and standing sentences from jinja2 text templates.

Templates live in ``templates/<language>/``; a ``--templates DIR`` overrides any file by name
(``DIR/<language>/NAME`` first, then ``DIR/NAME``). They run sandboxed with StrictUndefined, and
every failure becomes a RenderError that names the template file and line.

User templates are untrusted, so the sandbox is bounded as well (README "Limits and guarantees"):
`*` and `+` may not build a text or list over LIMIT items, `**` takes exponents up to MAX_EXPONENT,
no call or filter takes an integer argument over LIMIT, `range()` is capped at LIMIT items and at
LIMIT iterations over the whole render, a template's output at LIMIT characters and its run time
at DEADLINE seconds. Running out of memory is reported like any other template error (exit 3).
"""

from __future__ import annotations

import contextvars
import functools
import re
import secrets
import signal
import threading
import time
import traceback
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.runtime import Namespace
from jinja2.sandbox import SandboxedEnvironment
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from .errors import RenderError, RenderInputError

TABLE_FILES = ("sections.yaml.j2", "labels.yaml.j2", "sentences.yaml.j2")


def builtin_templates_dir() -> Path:
    """templates/ shipped with plancraft (see plancraft.resources)."""
    from plancraft import resources

    found = resources.templates_dir()
    if found is None:
        raise RenderError(f"plancraft's templates folder is missing (looked in {resources.searched()}); reinstall plancraft")
    return found


LIMIT = 1_000_000  # items of a text or list, range() items and iterations, output characters
MAX_EXPONENT = 64
DEADLINE = 5.0  # seconds per template
_LIMIT_TEXT = f"{LIMIT:,}"
_BIG_NUMBER = re.compile(r"\d{%d,}" % (len(str(LIMIT)) + 1))  # a width or precision over LIMIT
_PRINTF = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")


class _Deadline(Exception):
    """A template ran past DEADLINE seconds."""


class _Budget:
    """What one render may still spend: range() iterations and time until the deadline."""

    def __init__(self) -> None:
        self.iterations = 0
        self.deadline: float | None = None

    def check_time(self) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise _Deadline(f"the template ran longer than {DEADLINE:g} s (the time limit)")


_budget: contextvars.ContextVar[_Budget | None] = contextvars.ContextVar("plancraft_template_budget", default=None)


def _refuse(message: str) -> SecurityError:
    return SecurityError(f"{message} (over the sandbox limit)")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_arguments(what: str, args: tuple, kwargs: dict) -> None:
    for value in (*args, *kwargs.values()):
        if _is_int(value) and abs(value) > LIMIT:
            raise _refuse(f"{what}: argument {value} is larger than {_LIMIT_TEXT}")
        if isinstance(value, (str, list, tuple)) and len(value) > LIMIT:
            raise _refuse(f"{what}: an argument has {len(value):,} items, more than {_LIMIT_TEXT}")


def _check_printf(text: str, args: Any) -> None:
    """`text % args` may not pad or repeat beyond LIMIT characters."""
    stars = False
    for match in _PRINTF.finditer(text):
        for group in match.groups():
            if group == "*":
                stars = True
            elif group and int(group) > LIMIT:
                raise _refuse(f"a format width or precision of {group} is larger than {_LIMIT_TEXT}")
    if stars:
        _check_arguments("%", args if isinstance(args, tuple) else (args,), {})


class _CountedRange:
    """range() for templates: at most LIMIT items, and at most LIMIT iterations per render."""

    def __init__(self, *args: int) -> None:
        self._range = range(*args)
        if len(self._range) > LIMIT:
            raise _refuse(f"range() is capped at {_LIMIT_TEXT} items; this one has {len(self._range):,}")

    def __iter__(self) -> Iterator[int]:
        budget = _budget.get()
        for n, item in enumerate(self._range):
            if budget is not None:
                budget.iterations += 1
                if budget.iterations > LIMIT:
                    raise _refuse(f"range() loops are capped at {_LIMIT_TEXT} iterations per render")
                if n & 1023 == 1023:
                    budget.check_time()
            yield item

    def __len__(self) -> int:
        return len(self._range)

    def __getitem__(self, index):
        return self._range[index]

    def __contains__(self, item) -> bool:
        return item in self._range

    def __reversed__(self) -> Iterator[int]:
        return iter(_CountedRange(self._range.stop - self._range.step, self._range.start - self._range.step,
                                  -self._range.step) if self._range else ())

    def __repr__(self) -> str:
        return repr(self._range)


class _LimitedNamespace(Namespace):
    """namespace() whose attributes may not hold a text or list over LIMIT items (doubling in a loop)."""

    def __setitem__(self, name: str, value: Any) -> None:
        if isinstance(value, (str, list, tuple)) and len(value) > LIMIT:
            raise _refuse(f"namespace.{name} would hold {len(value):,} items, more than {_LIMIT_TEXT}")
        super().__setitem__(name, value)


def _printed_size(value: Any, limit: int = LIMIT) -> int:
    """About how many characters str(value) makes, counted only up to `limit` (then refused)."""
    if isinstance(value, str):
        size = len(value)
    elif not isinstance(value, (list, tuple, dict, set, frozenset)):
        size = 4
    else:
        size, stack = 0, [value]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                stack.extend(item.keys())
                stack.extend(item.values())
                size += 2
            elif isinstance(item, (list, tuple, set, frozenset)):
                stack.extend(item)
                size += 2
            else:
                size += len(item) + 2 if isinstance(item, str) else 4
            if size > limit:
                break
    if size > limit:
        raise _refuse(f"the text of this {type(value).__name__} would pass {_LIMIT_TEXT} characters")
    return size


def _check_printable(value: Any) -> Any:
    """Refuse a list, tuple, set or mapping whose text would pass LIMIT characters (`[[s] * n] * n`)."""
    if isinstance(value, (list, tuple, dict, set, frozenset)):
        _printed_size(value)
    return value


_PRINTING_FILTERS = frozenset({"string", "pprint", "tojson", "e", "escape", "forceescape", "safe", "urlencode"})


def _bounded_filter(name: str, function):
    """A filter that refuses integer arguments over LIMIT and outputs that would pass LIMIT."""
    passes_context = getattr(function, "jinja_pass_arg", None) is not None

    @functools.wraps(function)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        value_at = 1 if passes_context else 0
        value, rest = (args[value_at] if len(args) > value_at else None), args[value_at + 1:]
        _check_arguments(f"filter {name}", rest, kwargs)
        if name in _PRINTING_FILTERS:
            _check_printable(value)
        if name == "join":
            items = list(value) if value is not None and not isinstance(value, str) else value
            separator = rest[0] if rest else kwargs.get("d", "")
            if items is not None and not isinstance(items, str):
                size = len(str(separator)) * max(len(items) - 1, 0)
                for item in items:
                    if size > LIMIT:
                        break
                    size += _printed_size(item)
                if size > LIMIT:
                    raise _refuse(f"join would make more than {_LIMIT_TEXT} characters")
            args = (*args[:value_at], items, *rest)
        elif name == "replace" and isinstance(value, str) and len(rest) >= 2:
            old, new = str(rest[0]), str(rest[1])
            count = value.count(old) if old else len(value) + 1
            if len(new) > len(old) and len(value) + count * (len(new) - len(old)) > LIMIT:
                raise _refuse(f"replace would make more than {_LIMIT_TEXT} characters")
        elif name == "indent" and isinstance(value, str):
            width = rest[0] if rest else kwargs.get("width", 4)
            width = len(width) if isinstance(width, str) else width if _is_int(width) else 0
            if width * (value.count("\n") + 1) > LIMIT:
                raise _refuse(f"indent would make more than {_LIMIT_TEXT} characters")
        elif name == "tojson":
            indent = rest[0] if rest else kwargs.get("indent")
            if _is_int(indent) and indent * _printed_size(value) > LIMIT:
                raise _refuse(f"tojson would make more than {_LIMIT_TEXT} characters")
        elif name == "format" and isinstance(value, str):
            _check_printf(value, rest)
            _check_printable(rest)
        return function(*args, **kwargs)

    return bounded


def _bounded_lipsum(function):
    @functools.wraps(function)
    def lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:  # noqa: A002
        if _is_int(n) and _is_int(max) and n * max > LIMIT // 10:
            raise _refuse(f"lipsum() would make more than {LIMIT // 10:,} words")
        return function(n, html, min, max)

    return lipsum


class _LimitedSandbox(SandboxedEnvironment):
    """jinja2's sandbox with bounds on what one template may compute (see the module docstring)."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.globals["range"] = _CountedRange
        self.globals["namespace"] = _LimitedNamespace
        self.globals["lipsum"] = _bounded_lipsum(self.globals["lipsum"])
        self.filters = {name: _bounded_filter(name, f) for name, f in self.filters.items()}

    def call_binop(self, context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for sequence, times in ((left, right), (right, left)):
                if isinstance(sequence, (str, list, tuple)) and _is_int(times) and len(sequence) * times > LIMIT:
                    raise _refuse(f"`*` would build {len(sequence) * times:,} items, more than {_LIMIT_TEXT}")
            if _is_int(left) and _is_int(right) and left.bit_length() + right.bit_length() > LIMIT:
                raise _refuse(f"`*` would make a number of more than {_LIMIT_TEXT} bits")
        elif operator == "**":
            if isinstance(right, (int, float)) and right > MAX_EXPONENT:
                raise _refuse(f"`**` takes exponents up to {MAX_EXPONENT}, not {right}")
            if _is_int(left) and _is_int(right) and left.bit_length() * right > LIMIT:
                raise _refuse(f"`**` would make a number of more than {_LIMIT_TEXT} bits")
        elif operator == "+":
            if isinstance(left, (str, list, tuple)) and isinstance(right, (str, list, tuple)) \
                    and len(left) + len(right) > LIMIT:
                raise _refuse(f"`+` would build {len(left) + len(right):,} items, more than {_LIMIT_TEXT}")
        elif operator == "%" and isinstance(left, str):
            _check_printf(left, right)
            _check_printable(right)
        budget = _budget.get()
        if budget is not None:
            budget.check_time()
        return super().call_binop(context, operator, left, right)

    def call(__self, __context, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        if __obj is not _CountedRange:  # range() says itself what is wrong with its arguments
            _check_arguments(f"{getattr(__obj, '__name__', type(__obj).__name__)}()", args, kwargs)
        budget = _budget.get()
        if budget is not None:
            budget.check_time()
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any):
        wrapped = super().wrap_str_format(value)
        if wrapped is not None and _BIG_NUMBER.search(value.__self__):
            def refused(*args: Any, **kwargs: Any) -> str:
                raise _refuse(f"a format field over {_LIMIT_TEXT} characters wide")

            return refused
        return wrapped


class _Timer:
    """SIGALRM after DEADLINE seconds, in the main thread on POSIX; elsewhere only the checks of _Budget."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()

    def __enter__(self) -> _Timer:
        if self.usable:
            self.started = time.monotonic()
            self.old_handler = signal.signal(signal.SIGALRM, self._alarm)
            self.old_timer = signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc_info: Any) -> None:
        if self.usable:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.old_handler)
            delay, interval = self.old_timer
            if delay > 0:  # someone else's timer: give it back what is left of it
                signal.setitimer(signal.ITIMER_REAL, max(delay - (time.monotonic() - self.started), 0.001), interval)

    @staticmethod
    def _alarm(signum, frame) -> None:
        raise _Deadline(f"the template ran longer than {DEADLINE:g} s (the time limit)")


@lru_cache(maxsize=16)
def _environment(search_path: tuple[str, ...]) -> SandboxedEnvironment:
    # Cached per search path: compiling the templates once keeps repeated renders fast.
    return _LimitedSandbox(
        loader=jinja2.FileSystemLoader(list(search_path), encoding="utf-8"),
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        autoescape=False,
        keep_trailing_newline=False,
    )


def _search_path(lang: str, templates_dir: Path | None) -> tuple[str, ...]:
    paths: list[str] = []
    if templates_dir is not None:
        templates_dir = Path(templates_dir)
        if not templates_dir.is_dir():
            raise RenderInputError(f"templates folder {templates_dir} does not exist or is not a folder")
        paths += [str(templates_dir / lang), str(templates_dir)]
    paths.append(str(builtin_templates_dir() / lang))
    return tuple(paths)


def _where(name: str, exc: BaseException, template: jinja2.Template | None = None) -> str:
    """'path/to/labels.yaml.j2:12' from a jinja2 error or the template frames of its traceback."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return f"{exc.filename or exc.name or name}:{exc.lineno}"
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith(name)]
    if frames:
        return f"{frames[-1].filename}:{frames[-1].lineno}"
    return (template.filename if template is not None else None) or name


MAX_TABLE_NODES = 10_000  # YAML nodes in one rendered table template

# While a table template renders, every `{{ ... }}` output is replaced by a token (see Texts._load_table).
_tokens: contextvars.ContextVar[tuple[str, list[str]] | None] = contextvars.ContextVar(
    "plancraft_template_tokens", default=None)


def _finalize(value: Any) -> Any:
    value = _check_printable(value)
    active = _tokens.get()
    if active is None:
        return value
    nonce, values = active
    values.append("" if value is None else str(value))
    return f"PCV{nonce}N{len(values) - 1}E"


def _check_table_events(text: str, path: str) -> None:
    """Refuse anchors, aliases and more than MAX_TABLE_NODES nodes in a rendered table template."""
    from ruamel.yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent

    nodes = 0
    for event in YAML(typ="safe", pure=True).parse(text):
        if isinstance(event, AliasEvent) or getattr(event, "anchor", None):
            raise RenderError(f"{path}: the rendered template uses a YAML anchor or alias; write the text out")
        if isinstance(event, (ScalarEvent, CollectionStartEvent)):
            nodes += 1
            if nodes > MAX_TABLE_NODES:
                raise RenderError(f"{path}: the rendered template has more than {MAX_TABLE_NODES:,} YAML nodes")


class Texts:
    """All template-made text of one render, looked up by key."""

    def __init__(self, lang: str, templates_dir: Path | None, context: dict[str, Any]) -> None:
        self.lang = lang
        self.env = _environment(_search_path(lang, templates_dir))
        self.context = context
        self.budget = _Budget()
        self.tables: dict[str, tuple[str, dict[str, str]]] = {}
        for name in TABLE_FILES:
            self.tables[name] = self._load_table(name)

    def render(self, name: str, **extra: Any) -> str:
        """Render one template file to text, surrounding whitespace removed."""
        token = _budget.set(self.budget)
        self.budget.deadline = time.monotonic() + DEADLINE
        template: jinja2.Template | None = None
        try:
            with _Timer(DEADLINE):
                template = self.env.get_template(name)
                return self._generate(template, {**self.context, **extra}).strip()
        except jinja2.TemplateNotFound:
            raise RenderError(f"template {name} not found (searched {', '.join(self.env.loader.searchpath)})") from None
        except jinja2.TemplateSyntaxError as exc:
            raise RenderError(f"{_where(name, exc)}: template syntax error: {exc.message}") from None
        except _Deadline as exc:
            raise RenderError(f"{_where(name, exc, template)}: template error: {exc}") from None
        except MemoryError as exc:
            raise RenderError(f"{_where(name, exc, template)}: template error: out of memory (over the memory limit)") from None
        except RecursionError as exc:
            raise RenderError(f"{_where(name, exc, template)}: template error: recursion too deep (over the sandbox limit)") from None
        except Exception as exc:  # undefined variables, sandbox refusals, filters failing on bad input
            raise RenderError(f"{_where(name, exc, template)}: template error: {exc or type(exc).__name__}") from None
        finally:
            self.budget.deadline = None
            _budget.reset(token)

    def _generate(self, template: jinja2.Template, context: dict[str, Any]) -> str:
        """template.render(), stopped once the output passes LIMIT characters."""
        parts: list[str] = []
        size = 0
        for part in template.generate(context):
            size += len(part)
            if size > LIMIT:
                raise _refuse(f"the template's output is capped at {_LIMIT_TEXT} characters")
            parts.append(part)
            self.budget.check_time()
        return "".join(parts)

    def _load_table(self, name: str) -> tuple[str, dict[str, str]]:
        """A table template rendered and read as YAML, without plan text ever becoming YAML source.

        Every `{{ ... }}` of the template is written as an opaque token (letters and digits only, with a
        nonce of this render); the rendered text is parsed as YAML (no anchors or aliases, at most
        MAX_TABLE_NODES nodes); then each token in the parsed values is replaced by the text it stands for.
        So an issuer containing quotes, backslashes, escapes, newlines or YAML syntax stays that text."""
        values: list[str] = []
        nonce = secrets.token_hex(8)
        token = _tokens.set((nonce, values))
        try:
            text = self.render(name)
        finally:
            _tokens.reset(token)
        path = self.env.get_template(name).filename or name
        try:
            _check_table_events(text, path)
            data = YAML(typ="safe", pure=True).load(text) if text else {}
        except MarkedYAMLError as exc:
            line = exc.problem_mark.line + 1 if exc.problem_mark else 0
            # Jinja comments and blocks shift lines, so the line is that of the rendered text.
            raise RenderError(f"{path}: line {line} of its rendered text is not valid YAML: {exc.problem}") from None
        except YAMLError as exc:
            raise RenderError(f"{path}: the rendered template is not a YAML mapping: {exc}") from None
        if not isinstance(data, dict):
            raise RenderError(f"{path}: the rendered template must be a mapping of key: text")
        marker = re.compile(rf"PCV{nonce}N(\d+)E")

        def restore(value: Any) -> str:
            text = "" if value is None else str(value)
            return marker.sub(lambda m: values[int(m.group(1))], text) if "PCV" in text else text

        return path, {restore(k): restore(v) for k, v in data.items()}

    def _get(self, name: str, key: str) -> str:
        path, table = self.tables[name]
        if key not in table:
            raise RenderError(f"{path}: entry `{key}` is missing (copy it from {builtin_templates_dir() / self.lang / name})")
        return table[key]

    def section(self, key: str) -> str:
        return self._get("sections.yaml.j2", key)

    def label(self, key: str) -> str:
        return self._get("labels.yaml.j2", key)

    def sentence(self, key: str) -> str:
        return self._get("sentences.yaml.j2", key)

