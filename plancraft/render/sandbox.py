"""The jinja2 sandbox text templates run in: bounded, because user templates are untrusted.

`*` and `+` may not build a text or list over LIMIT items, `**` takes exponents up to MAX_EXPONENT,
no call or filter takes an integer argument over LIMIT, `range()` is capped at LIMIT items and at
LIMIT iterations over the whole render, a template's output at LIMIT characters and its run time
at DEADLINE seconds (README "Limits and guarantees"). render/texts.py runs the templates in it.
"""

from __future__ import annotations

from plancraft.i18n import _

import contextvars
from collections.abc import Iterator
import functools
import re
import signal
import threading
import time
from functools import lru_cache
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.runtime import Namespace
from jinja2.sandbox import SandboxedEnvironment


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
            raise _Deadline(_("the template ran longer than {deadline:g} s (the time limit)").format(deadline=DEADLINE))


_budget: contextvars.ContextVar[_Budget | None] = contextvars.ContextVar("plancraft_template_budget", default=None)


def _refuse(message: str) -> SecurityError:
    return SecurityError(_("{message} (over the sandbox limit)").format(message=message))


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_arguments(what: str, args: tuple, kwargs: dict) -> None:
    for value in (*args, *kwargs.values()):
        if _is_int(value) and abs(value) > LIMIT:
            raise _refuse(
                _("{what}: argument {value} is larger than {limit_text}").format(what=what, value=value, limit_text=_LIMIT_TEXT)
            )
        if isinstance(value, (str, list, tuple)) and len(value) > LIMIT:
            raise _refuse(
                _("{what}: an argument has {count:,} items, more than {limit_text}").format(
                    what=what, count=len(value), limit_text=_LIMIT_TEXT
                )
            )


def _check_printf(text: str, args: Any) -> None:
    """`text % args` may not pad or repeat beyond LIMIT characters."""
    stars = False
    for match in _PRINTF.finditer(text):
        for group in match.groups():
            if group == "*":
                stars = True
            elif group and int(group) > LIMIT:
                raise _refuse(
                    _("a format width or precision of {group} is larger than {limit_text}").format(
                        group=group, limit_text=_LIMIT_TEXT
                    )
                )
    if stars:
        _check_arguments("%", args if isinstance(args, tuple) else (args,), {})


class _CountedRange:
    """range() for templates: at most LIMIT items, and at most LIMIT iterations per render."""

    def __init__(self, *args: int) -> None:
        self._range = range(*args)
        if len(self._range) > LIMIT:
            raise _refuse(
                _("range() is capped at {limit_text} items; this one has {count:,}").format(
                    limit_text=_LIMIT_TEXT, count=len(self._range)
                )
            )

    def __iter__(self) -> Iterator[int]:
        budget = _budget.get()
        for n, item in enumerate(self._range):
            if budget is not None:
                budget.iterations += 1
                if budget.iterations > LIMIT:
                    raise _refuse(
                        _("range() loops are capped at {limit_text} iterations per render").format(limit_text=_LIMIT_TEXT)
                    )
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
        return iter(
            _CountedRange(self._range.stop - self._range.step, self._range.start - self._range.step, -self._range.step)
            if self._range
            else ()
        )

    def __repr__(self) -> str:
        return repr(self._range)


class _LimitedNamespace(Namespace):
    """namespace() whose attributes may not hold a text or list over LIMIT items (doubling in a loop)."""

    def __setitem__(self, name: str, value: Any) -> None:
        if isinstance(value, (str, list, tuple)) and len(value) > LIMIT:
            raise _refuse(
                _("namespace.{name} would hold {count:,} items, more than {limit_text}").format(
                    name=name, count=len(value), limit_text=_LIMIT_TEXT
                )
            )
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
        raise _refuse(
            _("the text of this {error_type} would pass {limit_text} characters").format(
                error_type=type(value).__name__, limit_text=_LIMIT_TEXT
            )
        )
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
        value, rest = (args[value_at] if len(args) > value_at else None), args[value_at + 1 :]
        _check_arguments(_("filter {name}").format(name=name), rest, kwargs)
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
                    raise _refuse(_("join would make more than {limit_text} characters").format(limit_text=_LIMIT_TEXT))
            args = (*args[:value_at], items, *rest)
        elif name == "replace" and isinstance(value, str) and len(rest) >= 2:
            old, new = str(rest[0]), str(rest[1])
            count = value.count(old) if old else len(value) + 1
            if len(new) > len(old) and len(value) + count * (len(new) - len(old)) > LIMIT:
                raise _refuse(_("replace would make more than {limit_text} characters").format(limit_text=_LIMIT_TEXT))
        elif name == "indent" and isinstance(value, str):
            width = rest[0] if rest else kwargs.get("width", 4)
            width = len(width) if isinstance(width, str) else width if _is_int(width) else 0
            if width * (value.count("\n") + 1) > LIMIT:
                raise _refuse(_("indent would make more than {limit_text} characters").format(limit_text=_LIMIT_TEXT))
        elif name == "tojson":
            indent = rest[0] if rest else kwargs.get("indent")
            if _is_int(indent) and indent * _printed_size(value) > LIMIT:
                raise _refuse(_("tojson would make more than {limit_text} characters").format(limit_text=_LIMIT_TEXT))
        elif name == "format" and isinstance(value, str):
            _check_printf(value, rest)
            _check_printable(rest)
        return function(*args, **kwargs)

    return bounded


def _bounded_lipsum(function):
    @functools.wraps(function)
    def lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:  # noqa: A002
        if _is_int(n) and _is_int(max) and n * max > LIMIT // 10:
            raise _refuse(_("lipsum() would make more than {value:,} words").format(value=LIMIT // 10))
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
                    raise _refuse(
                        _("`*` would build {value:,} items, more than {limit_text}").format(
                            value=len(sequence) * times, limit_text=_LIMIT_TEXT
                        )
                    )
            if _is_int(left) and _is_int(right) and left.bit_length() + right.bit_length() > LIMIT:
                raise _refuse(_("`*` would make a number of more than {limit_text} bits").format(limit_text=_LIMIT_TEXT))
        elif operator == "**":
            if isinstance(right, (int, float)) and right > MAX_EXPONENT:
                raise _refuse(
                    _("`**` takes exponents up to {max_exponent}, not {right}").format(max_exponent=MAX_EXPONENT, right=right)
                )
            if _is_int(left) and _is_int(right) and left.bit_length() * right > LIMIT:
                raise _refuse(_("`**` would make a number of more than {limit_text} bits").format(limit_text=_LIMIT_TEXT))
        elif operator == "+":
            if isinstance(left, (str, list, tuple)) and isinstance(right, (str, list, tuple)) and len(left) + len(right) > LIMIT:
                raise _refuse(
                    _("`+` would build {value:,} items, more than {limit_text}").format(
                        value=len(left) + len(right), limit_text=_LIMIT_TEXT
                    )
                )
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
                raise _refuse(_("a format field over {limit_text} characters wide").format(limit_text=_LIMIT_TEXT))

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
        raise _Deadline(_("the template ran longer than {deadline:g} s (the time limit)").format(deadline=DEADLINE))


# While a table template renders, every `{{ ... }}` output is replaced by a token (see
# texts.Texts._load_table): plan text never becomes YAML source.
tokens: contextvars.ContextVar[tuple[str, list[str]] | None] = contextvars.ContextVar("plancraft_template_tokens", default=None)


def _finalize(value: Any) -> Any:
    value = _check_printable(value)
    active = tokens.get()
    if active is None:
        return value
    nonce, values = active
    values.append("" if value is None else str(value))
    return f"PCV{nonce}N{len(values) - 1}E"


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
