"""Read a plan file into plain Python data with a 1-based line:col for every key and value.

The loader walks ruamel.yaml's event stream itself instead of using a constructor, so that
it can enforce the input limits while it reads (nesting depth, expanded node count, tags,
duplicate keys) and resolve scalars by the YAML 1.2 core schema: dates stay strings
(the schema checks them), `no`/`on` stay strings, `010` is ten.
"""

from __future__ import annotations

import re
from _thread import allocate_lock, get_ident
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from plancraft import codes
from plancraft.diagnostics import Diagnostic, PathPart, PlanError, Severity
from plancraft.i18n import _

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 64
MAX_NODES = 100_000
# Longer integers are refused: Python cannot even print an int of 4,300+ digits, and no plan needs one.
MAX_INT_DIGITS = 100

# Loader errors all carry this code; each message says what is wrong and what to do.
CODE = codes.UNREADABLE

Position = tuple[int, int]
YamlPath = tuple[PathPart, ...]

_STANDARD_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "!",
}

# YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1023-core-schema).
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT10 = re.compile(r"^[-+]?[0-9]+$")
_INT8 = re.compile(r"^0o[0-7]+$")
_INT16 = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_INF = re.compile(r"^[-+]?\.(?:inf|Inf|INF)$")
_NAN = re.compile(r"^\.(?:nan|NaN|NAN)$")
# The first characters a plain scalar that resolves to something other than text can start with.
_RESOLVED_FIRST = frozenset("~nNtTfF+-.0123456789")

# Characters a Word document cannot hold (XML 1.0 forbids them), C1 controls (U+0080-U+009F: NEL
# would be a line break to some readers, the others are invisible), plus stray BOMs.
_FORBIDDEN_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _join_surrogates(value: str) -> str:
    """Escaped surrogate pairs (`"\\ud83d\\ude00"`, as json.dumps writes them) joined into one character;
    a lone surrogate stays and is refused."""
    if not _SURROGATE.search(value):
        return value
    return re.sub(
        "[\ud800-\udbff][\udc00-\udfff]", lambda m: m.group().encode("utf-16-le", "surrogatepass").decode("utf-16-le"), value
    )


_STRAY_BOM = re.compile("\ufeff")


@dataclass(frozen=True)
class LoadedPlan:
    """A plan as read from disk: plain data plus where each part stands in the file."""

    file: str
    data: Any
    text: str
    # path -> (key line, key col, value line, value col); list items have key == value.
    positions: dict[YamlPath, tuple[int, int, int, int]]
    # path -> indices of the spaces in that text value that YAML made from a line break
    # (folded `>` blocks, multi-line plain and quoted scalars); see plancraft.cjk.readable.
    folds: dict[YamlPath, tuple[int, ...]] = field(default_factory=dict)
    # True when the loader made no .nan or .inf (the schema check then does not look for one)
    finite: bool = False
    # (path, text) of every text value in document order, as the loader made them (model.Plan.texts); None
    # when not known (an alias repeats a part of the plan: the walk of the data lists it once per place)
    texts: tuple[tuple[YamlPath, str], ...] | None = None
    # False when no key of the plan begins with `x-` (an extension: rules.helpers.prose leaves its texts out)
    extended: bool = True

    @property
    def readable(self) -> Any:
        """The data as a reader sees it: folded Chinese lines joined without a space (plancraft.cjk)."""
        from plancraft.cjk import readable

        return readable(self.data, self.folds)

    def locate(self, path: YamlPath) -> Position:
        """Line:col of the value at `path`, or of its nearest ancestor that exists."""
        found = self._nearest(path)
        return found[2], found[3]

    def locate_key(self, path: YamlPath) -> Position:
        """Line:col of the key that holds `path` (for a missing key: of the mapping's own key)."""
        found = self._nearest(path)
        return found[0], found[1]

    def _nearest(self, path: YamlPath) -> tuple[int, int, int, int]:
        path = tuple(path)
        while path:
            if path in self.positions:
                return self.positions[path]
            path = path[:-1]
        return self.positions.get((), (1, 1, 1, 1))

    def diagnostic(
        self,
        path: YamlPath,
        code: str,
        severity: Severity,
        message: str,
        *,
        at_key: bool = False,
        related: tuple[tuple[YamlPath, str], ...] = (),
    ) -> Diagnostic:
        """A Diagnostic at `path`'s value (or its key with at_key=True); `related` are (path, message)
        pairs of other places that belong to the same fault, located at their keys."""
        line, col = self.locate_key(path) if at_key else self.locate(path)
        places = tuple((*self.locate_key(where), text) for where, text in related)
        return Diagnostic(self.file, line, col, code, severity, message, tuple(path), places)


def load(path: str | Path, *, display: str | None = None) -> LoadedPlan:
    """Read and parse a plan file; raise PlanError (exit code 2) when it cannot be read."""
    name = display if display is not None else str(path)
    return load_bytes(read_plan_bytes(path, name), name)


def read_plan_bytes(path: str | Path, name: str) -> bytes:
    """The file's bytes, refused (PlanError) when it is a folder, missing, unreadable or too large."""
    try:  # a folder is told apart only when opening fails (one system call less for every plan)
        with open(path, "rb", buffering=0) as handle:
            raw = _read_at_most(handle, MAX_BYTES + 1)
    except FileNotFoundError:
        raise _error(name, 1, 1, _("no such file")) from None
    except OSError as exc:
        if Path(path).is_dir():
            raise _error(name, 1, 1, _("this is a folder, not a plan file")) from None
        raise _error(name, 1, 1, _("the file cannot be read: {reason}").format(reason=exc.strerror or exc)) from None
    if len(raw) > MAX_BYTES:
        raise _error(
            name, 1, 1, _("the file is larger than {size} MB; a plan must be smaller").format(size=MAX_BYTES // (1024 * 1024))
        )
    return raw


def _read_at_most(handle, limit: int) -> bytes:
    """Up to `limit` bytes, up to the end of the file. In chunks: `read(limit)` of a buffered file first
    allocates `limit` bytes (2 MB), which costs more than reading a plan (30 us against 5)."""
    chunks = []
    size = 0
    while size < limit:
        chunk = handle.read(min(_CHUNK, limit - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


_CHUNK = 64 * 1024  # below malloc's mmap threshold: a small plan costs one small allocation


def load_bytes(raw: bytes, name: str) -> LoadedPlan:
    """Parse plan bytes (already read) named `name` in messages."""
    text = decode(raw, name)
    data, positions, folds, finite, texts, extended = _parse(text, name, checked=True)
    return LoadedPlan(name, data, text, positions, folds, finite, texts, extended)


def _is_gb18030_chinese(chunk: bytes) -> bool:
    """True when `chunk` (from the first byte that is not UTF-8) reads as Chinese in GBK / GB18030,
    the encoding a Chinese Windows editor saves in: mostly Han characters and Chinese punctuation."""
    text = chunk.decode("gb18030", errors="ignore")
    if len(text) > 8:
        text = text[:-4]  # the chunk may end inside a character
    han = sum(1 for c in text if "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef")
    return han >= 2 and han * 4 >= sum(1 for c in text if not c.isascii())


# The C0 controls _FORBIDDEN_CHARS refuses, as UTF-8 bytes (each is one byte), and every other byte.
_C0_BYTES = bytes(range(0x00, 0x09)) + b"\x0b\x0c" + bytes(range(0x0E, 0x20)) + b"\x7f"
_NOT_C0_BYTES = bytes(sorted(set(range(256)) - set(_C0_BYTES)))


def _may_hold_forbidden(raw: bytes, text: str) -> bool:
    """False when `text` (decoded from the UTF-8 bytes `raw`) surely holds no character that _FORBIDDEN_CHARS
    or _STRAY_BOM finds, told without a regular expression's pass over every character (about 100 us for a
    plan): no C0 control byte, no C1 control (U+0080-U+009F, two bytes beginning 0xC2), no U+FFFE, U+FFFF
    or U+FEFF; surrogates cannot come out of strict UTF-8 decoding."""
    return bool(raw.translate(None, _NOT_C0_BYTES)) or b"\xc2" in raw or "\ufffe" in text or "\uffff" in text or "\ufeff" in text


def decode(raw: bytes, name: str) -> str:
    """UTF-8 only (a leading BOM is allowed); any other encoding is refused at its line:col."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _error(name, 1, 1, _("the file is UTF-16 encoded; save it as UTF-8"))
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _line_col_of_byte(raw, exc.start)
        if _is_gb18030_chinese(raw[exc.start : exc.start + 4096]):
            message = _(
                "the file is saved in a Chinese encoding (GBK / GB18030), not UTF-8; save it as UTF-8 "
                "(in Notepad: Save As, Encoding: UTF-8)"
            )
        else:
            message = _("the file is not valid UTF-8 (byte 0x{byte}); save the file as UTF-8").format(
                byte=f"{raw[exc.start]:02x}"
            )
        raise _error(name, line, col, message) from None
    bad = (_FORBIDDEN_CHARS.search(text) or _STRAY_BOM.search(text)) if _may_hold_forbidden(raw, text) else None
    if bad:
        line, col = _line_col_of_index(text, bad.start())
        raise _error(
            name,
            line,
            col,
            _("the file contains the control character U+{code}, which a document cannot hold; remove it").format(
                code=f"{ord(bad.group()):04X}"
            ),
        )
    return text


def parse(
    text: str, name: str, *, checked: bool = False
) -> tuple[Any, dict[YamlPath, tuple[int, int, int, int]], dict[YamlPath, tuple[int, ...]]]:
    """YAML text -> (plain data, positions, folds); raise PlanError for anything that is not one plan.

    `checked`: the whole text is known to hold no forbidden character (decode() checked it), so only
    double-quoted scalars, whose escapes can make one, are checked again.

    libyaml's event parser (ruamel.yaml.clib) is about twenty times faster than the pure-Python
    one and gives the same events and marks; where it is missing, or where it rejects the text as
    YAML, the pure parser runs, so every error message comes from one parser. A refusal for a
    limit (node count, depth) is final: the slow parser would only spend more time to say the same.
    """
    return _parse(text, name, checked=checked)[:3]


def _parse(text: str, name: str, *, checked: bool = False) -> tuple[Any, dict, dict, bool, tuple | None, bool]:
    """parse(), whether the data holds no .nan or .inf (LoadedPlan.finite), its texts (LoadedPlan.texts) and
    whether a key begins with `x-` (LoadedPlan.extended)."""
    _check_directives(text, name)
    parser = _c_parser(text)
    if parser is not None:
        try:
            with _TupleEvents(parser) as events:
                return _build(events, name, source=text, checked=checked, tuples=events.tuples)
        except _LimitError as refused:
            raise PlanError(refused.diagnostic) from None  # over a limit: final, no slow re-parse
        except Exception:  # noqa: BLE001 - a syntax error: the pure parser gives the one canonical message
            pass
    from ruamel.yaml import YAML

    return _build(YAML(typ="safe", pure=True).parse(text), name, text=text, source=text, checked=checked)


def _check_directives(text: str, name: str) -> None:
    """Refuse a `%YAML` directive other than 1.2 before the parsers see it (ruamel asserts on 1.3)."""
    start = number = 0
    while start <= len(text):  # the lines of text.split("\n"), each cut out only when it is read (most plans: a few)
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line, start, number = text[start:end], end + 1, number + 1
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if not stripped.startswith("%"):
            return
        parts = stripped.split()
        # 1.1 is refused below, at the document's start, by the event it raises; others crash ruamel.
        if parts[0] == "%YAML" and len(parts) > 1 and parts[1] not in ("1.1", "1.2"):
            raise _error(
                name,
                number,
                1,
                _("the file declares YAML {version}; plancraft reads YAML 1.2 only, remove the %YAML line").format(
                    version=_one_line(parts[1])[:20]
                ),
            )


def _c_parser(text: str) -> Any:
    """libyaml's event parser over `text`, or None where ruamel.yaml.clib is missing."""
    try:
        from ruamel.yaml.cyaml import CParser
    except ImportError:  # pragma: no cover - the C extension is optional
        return None
    if CParser is None:  # pragma: no cover
        return None
    return CParser(text)


def _fast_events(text: str) -> Iterator[Any] | None:
    """libyaml's events as ruamel.yaml's event objects (tests compare them with the pure parser's)."""
    parser = _c_parser(text)
    return None if parser is None else iter(parser.get_event, None)  # C-level iteration until None


# ---------------------------------------------------------------- events as tuples
#
# The builder reads each node event as a tuple, (kind, start mark, ...), not as ruamel.yaml's event
# object: libyaml's parser (ruamel.yaml.clib, Cython) makes each event by calling the event class named in
# its module, and a ruamel event is three Python __init__ calls deep (Event, NodeEvent, ScalarEvent), a
# third of the parser's time. While the builder reads, _TupleEvents names a one-line function there instead
# (for this thread only: any other thread still gets ruamel's events), and puts ruamel's classes back after.
# Events of the pure parser are turned into the same tuples (_as_tuples), so one builder reads both.

_SCALAR, _MAPPING, _SEQUENCE, _MAPPING_END, _SEQUENCE_END, _ALIAS = range(6)
# scalar: (_SCALAR, start mark, anchor, tag, value, style, end mark)
# mapping or sequence start: (_MAPPING | _SEQUENCE, start mark, anchor, tag); their end: (kind, start mark)
# alias: (_ALIAS, start mark, anchor). Stream and document events stay ruamel's objects.

_TUPLE_LOCK = allocate_lock()  # one reader at a time has libyaml's events as tuples
_TUPLE_THREAD = [-1]  # the thread whose parser makes tuples


def _tuple_makers(real: dict[str, Any]) -> dict[str, Any]:
    """Stand-ins for ruamel's node event classes in the C parser's module: tuples for the thread that reads
    with _TupleEvents, ruamel's events (`real`) for any other."""
    owner = _TUPLE_THREAD
    scalar_event, mapping_event, sequence_event = real["ScalarEvent"], real["MappingStartEvent"], real["SequenceStartEvent"]
    mapping_end, sequence_end, alias_event = real["MappingEndEvent"], real["SequenceEndEvent"], real["AliasEvent"]

    def ScalarEvent(anchor, tag, implicit, value, start, end, style=None, *more):  # noqa: N802
        if get_ident() == owner[0]:
            return (_SCALAR, start, anchor, tag, value, style, end)
        return scalar_event(anchor, tag, implicit, value, start, end, style, *more)

    def MappingStartEvent(anchor, tag, implicit, start, end, *more):  # noqa: N802
        if get_ident() == owner[0]:
            return (_MAPPING, start, anchor, tag)
        return mapping_event(anchor, tag, implicit, start, end, *more)

    def SequenceStartEvent(anchor, tag, implicit, start, end, *more):  # noqa: N802
        if get_ident() == owner[0]:
            return (_SEQUENCE, start, anchor, tag)
        return sequence_event(anchor, tag, implicit, start, end, *more)

    def MappingEndEvent(start, end, *more):  # noqa: N802
        if get_ident() == owner[0]:
            return (_MAPPING_END, start)
        return mapping_end(start, end, *more)

    def SequenceEndEvent(start, end, *more):  # noqa: N802
        if get_ident() == owner[0]:
            return (_SEQUENCE_END, start)
        return sequence_end(start, end, *more)

    def AliasEvent(anchor, start, end, *more):  # noqa: N802
        if get_ident() == owner[0]:
            return (_ALIAS, start, anchor)
        return alias_event(anchor, start, end, *more)

    return {
        "ScalarEvent": ScalarEvent,
        "MappingStartEvent": MappingStartEvent,
        "SequenceStartEvent": SequenceStartEvent,
        "MappingEndEvent": MappingEndEvent,
        "SequenceEndEvent": SequenceEndEvent,
        "AliasEvent": AliasEvent,
    }


_MAKERS: dict[int, Any] = {}  # id(module namespace) -> (ruamel's classes, the stand-ins), or () to use ruamel's


class _TupleEvents:
    """`with _TupleEvents(parser) as events:` the parser's events, node events as tuples while inside (see
    above); `events.tuples` says whether they are (False where the C module does not name the classes
    the way this expects: then ruamel's events, which _build turns into tuples itself)."""

    def __init__(self, parser: Any):
        self.parser = parser
        self.namespace = getattr(type(parser).get_event, "__globals__", None)
        self.tuples = False

    def __enter__(self) -> "_TupleEvents":
        namespace = self.namespace
        if namespace is None or _TUPLE_LOCK.locked() and _TUPLE_THREAD[0] == get_ident():
            return self  # no module to name them in, or this thread reads already: ruamel's events
        made = _MAKERS.get(id(namespace))
        if made is None:
            made = _MAKERS[id(namespace)] = _makers_for(namespace, type(self.parser))
        if not made:
            return self  # the C module makes its events otherwise: ruamel's events
        self.real = made[0]
        _TUPLE_LOCK.acquire()
        try:
            _TUPLE_THREAD[0] = get_ident()
            self.tuples = True
            namespace.update(made[1])
        except BaseException:  # e.g. ^C half-way: __exit__ is not called for a failed __enter__
            self.__exit__()
            raise
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.tuples:
            self.namespace.update(self.real)
            _TUPLE_THREAD[0] = -1
            _TUPLE_LOCK.release()

    def __iter__(self) -> Iterator[Any]:
        return iter(self.parser.get_event, None)  # C-level iteration until get_event returns None


def _makers_for(namespace: dict[str, Any], parser: type) -> tuple[dict[str, Any], dict[str, Any]] | tuple[()]:
    """(ruamel's classes, the stand-ins) for the C module whose names are `namespace`, once it is seen to make
    tuples of a small document with them (the same kinds, marks and values as ruamel's events); () if not."""
    real = {name: namespace.get(name) for name in _NODE_EVENTS}
    if not all(isinstance(cls, type) for cls in real.values()):
        return ()
    made = (real, _tuple_makers(real))
    sample = "a: &x [b, 'c']\nd: *x\n"
    try:
        expected = list(_as_tuples(iter(parser(sample).get_event, None)))
        with _TUPLE_LOCK:
            _TUPLE_THREAD[0] = get_ident()
            namespace.update(made[1])
            try:
                seen = list(iter(parser(sample).get_event, None))
            finally:
                namespace.update(real)
                _TUPLE_THREAD[0] = -1
    except Exception:  # noqa: BLE001 - whatever the module does otherwise, ruamel's events are read as before
        return ()
    return made if [_comparable(e) for e in seen] == [_comparable(e) for e in expected] else ()


def _comparable(event: Any) -> Any:
    """An event as the probe of _makers_for compares it: a tuple with its marks as (line, column, index)."""
    if type(event) is not tuple:
        return type(event).__name__
    return tuple((x.line, x.column, x.index) if hasattr(x, "column") else x for x in event)


_NODE_EVENTS = ("ScalarEvent", "MappingStartEvent", "SequenceStartEvent", "MappingEndEvent", "SequenceEndEvent", "AliasEvent")


def _as_tuples(events: Iterator[Any]) -> Iterator[Any]:
    """ruamel.yaml's events (the pure parser's) as the tuples the builder reads."""
    ev = _events()
    scalar, mapping, sequence = ev.ScalarEvent, ev.MappingStartEvent, ev.SequenceStartEvent
    mapping_end, sequence_end, alias = ev.MappingEndEvent, ev.SequenceEndEvent, ev.AliasEvent
    for event in events:
        kind = type(event)
        if kind is scalar:
            yield (_SCALAR, event.start_mark, event.anchor, event.tag, event.value, event.style, event.end_mark)
        elif kind is mapping:
            yield (_MAPPING, event.start_mark, event.anchor, event.tag)
        elif kind is sequence:
            yield (_SEQUENCE, event.start_mark, event.anchor, event.tag)
        elif kind is mapping_end:
            yield (_MAPPING_END, event.start_mark)
        elif kind is sequence_end:
            yield (_SEQUENCE_END, event.start_mark)
        elif kind is alias:
            yield (_ALIAS, event.start_mark, event.anchor)
        else:
            yield event  # stream and document events


def _build(
    events: Any,
    name: str,
    *,
    text: str | None = None,
    source: str = "",
    checked: bool = False,
    tuples: bool = False,
) -> tuple[Any, dict, dict]:
    """Build the plan from `events`: ruamel.yaml's event objects, or (tuples=True) node events as tuples."""
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    builder = _Builder(name, source, checked=checked)
    try:
        data = builder.build(iter(events) if tuples else _as_tuples(events))
    except RecursionError:
        raise _error(name, 1, 1, _("the plan nests deeper than {depth} levels").format(depth=MAX_DEPTH)) from None
    except MarkedYAMLError as exc:
        if text is None:
            raise
        raise _syntax_error(name, text, exc) from None
    except YAMLError as exc:
        if text is None:
            raise
        raise _error(name, 1, 1, _("YAML error: {detail}").format(detail=_one_line(str(exc)))) from None
    except PlanError:
        raise
    except Exception as exc:  # noqa: BLE001 - e.g. ruamel's AssertionError on `%YAML 1.3`
        if text is None:
            raise
        detail = _one_line(str(exc))[:200] or type(exc).__name__
        raise _error(name, 1, 1, _("the file cannot be read as YAML: {detail}").format(detail=detail)) from None
    texts = None if builder.aliased else tuple(builder.texts)
    return data, builder.positions, builder.folds, builder.finite, texts, builder.extended


def _events() -> Any:
    """ruamel.yaml's event classes, imported on first use (start-up stays light)."""
    global _EVENTS
    if _EVENTS is None:
        from ruamel.yaml import events

        _EVENTS = events
    return _EVENTS


_EVENTS: Any = None


class _LimitError(PlanError):
    """A node-count or depth limit was passed (final: the pure parser is not tried after it)."""


class _Builder:
    """Turns a YAML event stream (node events as tuples) into plain data, counting and checking as it goes."""

    def __init__(self, name: str, source: str = "", *, checked: bool = False):
        self.name = name
        self.source = source
        self.checked = checked  # the source holds no forbidden character: only escapes ("…") can make one
        self.positions: dict[YamlPath, tuple[int, int, int, int]] = {}
        self.folds: dict[YamlPath, tuple[int, ...]] = {}
        self.anchors: dict[str, tuple[Any, int]] = {}  # anchor -> (value, node count)
        self.open_anchors: set[str] = set()
        self.nodes = 0
        self.finite = True  # no .nan or .inf made (floats are rare: _scalar_node looks at each)
        self.texts: list[tuple[YamlPath, str]] = []  # every text value made, in document order
        self.aliased = False  # an alias repeats a node: texts does not list its texts again
        self.extended = False  # a key begins with `x-`

    def build(self, events: Iterator[Any]) -> Any:
        from ruamel.yaml import events as ev

        next(events)  # StreamStart
        first = next(events)
        if isinstance(first, ev.StreamEndEvent):
            raise _error(self.name, 1, 1, _("the file is empty; a plan starts with `plancraft: 1`"))
        version = getattr(first, "version", None)
        if version and tuple(version) != (1, 2):
            line, col = _mark(first)
            raise _error(
                self.name,
                line,
                col,
                _("the file declares YAML {version}; plancraft reads YAML 1.2 only, remove the %YAML line").format(
                    version=f"{version[0]}.{version[1]}"
                ),
            )
        data, _end = self._node(next(events), events, (), 0)
        next(events)  # DocumentEnd
        after = next(events)
        if not isinstance(after, ev.StreamEndEvent):
            line, col = _mark(after)
            raise _error(self.name, line, col, _("the file holds more than one YAML document; a plan file holds exactly one"))
        if not isinstance(data, dict):
            if data is None:
                text = _("the file holds nothing but comments, not a plan; a plan is a mapping that starts with `plancraft: 1`")
            elif isinstance(data, list):
                text = _("the file holds a list, not a plan; a plan is a mapping that starts with `plancraft: 1`")
            else:
                text = _("the file holds a single value, not a plan; a plan is a mapping that starts with `plancraft: 1`")
            raise _error(self.name, 1, 1, text)
        return data

    def _count(self, n: int, event: Any) -> None:
        self.nodes += n
        if self.nodes > MAX_NODES:
            line, col = _mark(event)
            raise _LimitError(
                _error(
                    self.name,
                    line,
                    col,
                    _("the file expands to more than {max_nodes:,} YAML nodes (an alias bomb?); a plan must be smaller").format(
                        max_nodes=MAX_NODES
                    ),
                ).diagnostic
            )

    def _node(self, event: Any, events: Iterator[Any], path: YamlPath, depth: int) -> tuple[Any, int]:
        """Build the node that starts with `event`; return (value, node count).

        The hot loop of every lint. A collection's items that are plain text (the scalar's common case: no
        tag, no anchor, cannot resolve to anything else) are read in the collection's loop (_plain), not
        by a call of this method each.
        """
        if type(event) is not tuple:  # pragma: no cover - the parsers emit nothing else here
            line, col = _mark(event)
            raise _error(self.name, line, col, _("unexpected YAML event {event}").format(event=type(event).__name__))
        kind = event[0]
        mark = event[1]
        line, col = mark.line + 1, mark.column + 1
        if kind == _ALIAS:
            anchor = event[2]
            if anchor in self.open_anchors:
                raise _error(
                    self.name,
                    line,
                    col,
                    _("alias *{anchor} refers to the node that contains it; a plan cannot be recursive").format(anchor=anchor),
                )
            if anchor not in self.anchors:
                raise _error(self.name, line, col, _("alias *{anchor} names no anchor defined before it").format(anchor=anchor))
            value, size = self.anchors[anchor]
            self._count(size, event)
            self.aliased = True
            return value, size
        if depth > MAX_DEPTH:
            raise _LimitError(
                _error(
                    self.name, line, col, _("the plan nests deeper than {max_depth} levels").format(max_depth=MAX_DEPTH)
                ).diagnostic
            )
        if kind > _SEQUENCE:  # pragma: no cover - an end where a node belongs: the parsers emit none
            raise _error(self.name, line, col, _("unexpected YAML event {event}").format(event="CollectionEndEvent"))
        tag = event[3]
        if tag is not None:
            self._check_tag(tag, line, col)
        anchor = event[2]
        if anchor:
            self.open_anchors.add(anchor)
        self.nodes += 1
        if self.nodes > MAX_NODES:
            self._count(0, event)
        if kind == _SCALAR:
            value, size = self._scalar_node(event, path, line, col), 1
        elif kind == _SEQUENCE:
            value, size = [], 1
            positions = self.positions
            plain = depth < MAX_DEPTH and self._plain
            for event in events:
                if event[0] == _SEQUENCE_END:
                    break
                index = len(value)
                item_mark = event[1]
                item_line, item_col = item_mark.line + 1, item_mark.column + 1
                where = path + (index,)
                positions[where] = (item_line, item_col, item_line, item_col)
                if plain and event[0] == _SCALAR and event[2] is None and event[3] is None:
                    item = plain(event, where, item_line, item_col)
                    if item is not None:
                        value.append(item)
                        size += 1
                        continue
                item, n = self._node(event, events, where, depth + 1)
                value.append(item)
                size += n
        else:
            value, size = {}, 1
            texts: dict[str, int] = {}  # each key as written -> its line
            others: dict[Any, tuple[int, str]] = {}  # keys that resolve to a non-text (true, 0x10, null) -> (line, key)
            positions = self.positions
            plain = depth < MAX_DEPTH and self._plain
            quick = plain and self.checked  # text needs no character check unless "double-quoted" (escapes)
            listed = self.texts
            for event in events:
                if event[0] == _MAPPING_END:
                    break
                key_mark = event[1]
                key_line, key_col = key_mark.line + 1, key_mark.column + 1
                key = event[4] if event[0] == _SCALAR else None
                if key is None or not (quick and event[3] is None and event[5] != '"' and key != "<<"):
                    key = self._key(event, key_line, key_col)  # (the common case, a plain untagged key, needs none)
                if event[5] or (key[:1].isalpha() and key not in _BOOL and (len(key) > 5 or not _NULL.match(key))):
                    line_seen, written = texts.get(key), key  # text (quoted, or a word that is not a bool/null): the common case
                    identity = None
                else:
                    identity = _key_identity(event, key)
                    if identity[0] != "str" and identity in others:
                        line_seen, written = others[identity]
                    else:
                        line_seen, written = texts.get(key), key
                if line_seen is not None:
                    same = "" if written == key else _(" (`{written}` means the same in YAML)").format(written=written)
                    raise _error(
                        self.name,
                        key_line,
                        key_col,
                        _("duplicate key `{key}`{same} (first at line {line_seen}); keep one").format(
                            key=key, same=same, line_seen=line_seen
                        ),
                    )
                texts[key] = key_line
                if key[:2] == "x-":
                    self.extended = True
                if identity is not None and identity[0] != "str":
                    others[identity] = (key_line, key)
                value_event = next(events)
                value_mark = value_event[1]
                where = path + (key,)
                value_line, value_col = value_mark.line + 1, value_mark.column + 1
                if value_event[0] == _SCALAR and not value_event[4] and not value_event[5] and event[0] == _SCALAR:
                    value_line, value_col = self._empty_value_at(event[6], value_line, value_col)
                positions[where] = (key_line, key_col, value_line, value_col)
                if plain and value_event[0] == _SCALAR and value_event[2] is None and value_event[3] is None:
                    item, style = value_event[4], value_event[5]
                    if (
                        quick
                        and item
                        and (style or item[0] not in _RESOLVED_FIRST)
                        and style != '"'
                        and " " not in item
                        and self.nodes < MAX_NODES
                    ):  # _plain's work when there is nothing to check and no line fold to find: most values
                        self.nodes += 1
                        listed.append((where, item))
                        value[key] = item
                        size += 2
                        continue
                    item = plain(value_event, where, value_line, value_col)
                    if item is not None:
                        value[key] = item
                        size += 2
                        continue
                item, n = self._node(value_event, events, where, depth + 1)
                value[key] = item
                size += n + 1
        if not path:
            self.positions[()] = (line, col, line, col)
        if anchor:
            self.open_anchors.discard(anchor)
            self.anchors[anchor] = (value, size)
        return value, size

    def _plain(self, event: tuple, path: YamlPath, line: int, col: int) -> str | None:
        """A scalar without tag or anchor inside a collection, when it is text that cannot resolve to
        anything else (most of a plan): read here as _node would, or None (then _node reads it)."""
        value = event[4]
        if not value or value[0] in _RESOLVED_FIRST and not event[5]:
            return None  # may be a null, bool or number: _scalar_node resolves it
        self.nodes += 1
        if self.nodes > MAX_NODES:
            self.nodes -= 1
            return None  # _node counts it again and refuses it
        return self._text(value, event, path, line, col)

    def _text(self, value: str, event: tuple, path: YamlPath, line: int, col: int) -> str:
        """A text value as the plan keeps it: checked for what a document cannot hold (unless the file's
        bytes were found clean), its fold points noted, and listed among the plan's texts."""
        style = event[5]
        if not self.checked or style == '"':
            value = _join_surrogates(value)
            bad = _FORBIDDEN_CHARS.search(value)
            if bad:
                raise _error(
                    self.name,
                    line,
                    col,
                    _("text contains the control character U+{code}, which a document cannot hold; remove it").format(
                        code=f"{ord(bad.group()):04X}"
                    ),
                )
        if " " in value and style != "|":
            start, end = event[1], event[6]
            if end.line > start.line:
                folds = fold_points(value, self.source[start.index : end.index], style or None)
                if folds:
                    self.folds[path] = folds
        self.texts.append((path, value))
        return value

    def _scalar_node(self, event: tuple, path: YamlPath, line: int, col: int) -> Any:
        """A scalar's value, resolved by the YAML 1.2 core schema; text checked for what a document cannot hold."""
        value = _resolve(event[4], event[5], event[3])
        if isinstance(value, str):
            value = self._text(value, event, path, line, col)
        elif type(value) is float and (value != value or value in (_INFINITY, -_INFINITY)):
            self.finite = False
        elif isinstance(value, int) and not isinstance(value, bool) and _too_long(value):
            raise _error(
                self.name,
                line,
                col,
                _(
                    "the number has more than {digits} digits; if it is text (an account or reference number), put it in quotes"
                ).format(digits=MAX_INT_DIGITS),
            )
        return value

    def _empty_value_at(self, key_end: Any, line: int, col: int) -> tuple[int, int]:
        """Where an empty value (`key:`) stands: right after its key's colon. libyaml puts it there in block
        mappings; the pure parser at the next token, lines below after blank lines or comments, and a flow
        mapping's the other way round: both paths, and a message about the value, now point at the key's line."""
        source, index = self.source, key_end.index
        while index < len(source) and source[index] in " \t":
            index += 1
        if index >= len(source) or source[index] != ":":
            return line, col  # `? key` on a line of its own: the colon is elsewhere
        return key_end.line + 1, key_end.column + 1 + index + 1 - key_end.index

    def _key(self, event: Any, line: int, col: int) -> str:
        if type(event) is not tuple or event[0] != _SCALAR:
            raise _error(self.name, line, col, _("a key must be plain text, not a list, mapping or alias"))
        tag = event[3]
        if tag is not None:
            self._check_tag(tag, line, col)
        key, style = event[4], event[5]
        if key == "<<" and not style:
            raise _error(self.name, line, col, "merge keys (`<<`) are not supported; write the keys out in full")
        if not self.checked or style == '"':
            key = _join_surrogates(key)
            bad = _FORBIDDEN_CHARS.search(key)
        else:
            bad = None
        if bad:
            raise _error(
                self.name,
                line,
                col,
                _("a key contains the control character U+{ord:04X}, which a document cannot hold; remove it").format(
                    ord=ord(bad.group())
                ),
            )
        return key

    def _check_tag(self, tag: Any, line: int, col: int) -> None:
        tag = str(getattr(tag, "value", tag))
        if tag not in _STANDARD_TAGS:
            raise _error(
                self.name,
                line,
                col,
                _(
                    "the YAML tag `{tag}` is not allowed; only the standard tags (!!str, !!int, !!float, !!bool, !!null) are"
                ).format(tag=_short_tag(tag)),
            )


def _key_identity(event: tuple, key: str) -> Any:
    """What YAML compares keys by: the resolved value (`true` = `True`, `0x10` = `16`), text for text."""
    style = event[5]
    if style or (key[:1].isalpha() and key not in _BOOL and (len(key) > 5 or not _NULL.match(key))):
        return ("str", key)  # the common case, without resolving: quoted, or a word that is not a bool/null
    value = _resolve(event[4], style, event[3])
    if isinstance(value, str):
        return ("str", key)
    if isinstance(value, float) and value != value:
        return ("float", "nan")
    if isinstance(value, bool) or value is None:
        return (type(value).__name__, value)
    if isinstance(value, _TooLong):
        return ("str", key)
    if isinstance(value, float) and value.is_integer():
        return ("number", int(value)) if abs(value) < 2**63 else ("float", value)
    return ("number", value)


def _scalar(event: Any) -> Any:
    """Resolve a scalar event of ruamel.yaml by the YAML 1.2 core schema (explicit standard tags honoured)."""
    tag = event.tag if getattr(event, "ctag", event) is not None else None  # ruamel's tag slot (its property is a call)
    return _resolve(event.value, event.style, tag)


def _resolve(value: str, style: str | None, tag: Any) -> Any:
    """A scalar's value by the YAML 1.2 core schema (explicit standard tags honoured)."""
    tag = str(getattr(tag, "value", tag)) if tag is not None else None
    if tag == "!" or style:
        return value  # quoted or `!`-tagged: always text
    if tag:
        return _by_tag(value, tag)
    if value and value[0] not in _RESOLVED_FIRST:
        return value  # cannot be a null, bool or number: most text (Chinese prose) ends here
    if _NULL.match(value):
        return None
    if value in _BOOL:
        return _BOOL[value]
    if _INT10.match(value):
        if len(value.lstrip("+-").lstrip("0")) > MAX_INT_DIGITS:
            return _TOO_LONG
        return int(value)
    if _INT8.match(value):
        return int(value[2:], 8)
    if _INT16.match(value):
        return int(value[2:], 16)
    if _FLOAT.match(value):
        return float(value)
    if _INF.match(value):
        return float("-inf") if value.startswith("-") else float("inf")
    if _NAN.match(value):
        return float("nan")
    return value


_INFINITY = float("inf")


class _TooLong(int):
    """Stands for an integer literal too long to convert (int() refuses 4,300+ digits)."""


_TOO_LONG = _TooLong(10 ** (MAX_INT_DIGITS + 1))


def _too_long(value: int) -> bool:
    return isinstance(value, _TooLong) or abs(value).bit_length() > MAX_INT_DIGITS * 3.33


def _by_tag(value: str, tag: str) -> Any:
    kind = tag.rsplit(":", 1)[-1]
    try:
        if kind == "int":
            digits = value.strip().lstrip("+-")
            if len(digits) > MAX_INT_DIGITS * 4:
                return _TOO_LONG
            return int(value, 0)
        if kind == "float":
            return float(value)
        if kind == "bool":
            return _BOOL[value]
        if kind == "null":
            return None
    except (ValueError, KeyError):
        return value  # the schema will report the wrong type
    return value


_SPACE_RUN = re.compile(r"[ \t\r\n]+")


def fold_points(value: str, source: str, style: str | None) -> tuple[int, ...]:
    """Indices of the single spaces in `value` that YAML made from a line break of `source`.

    Value and source are walked side by side; where they stop matching (an escape such as `\\u4e00`
    in a quoted text) the walk ends and only the folds found so far count, so a space the author
    wrote is never taken for a fold.
    """
    if style == ">":
        source = source[source.find("\n") + 1 :].lstrip(" \t\r\n") if "\n" in source else ""
    elif style in ('"', "'"):
        source = source[1:]
    points: list[int] = []
    i = j = 0
    while i < len(value) and j < len(source):
        if value[i] in " \t\n":
            k = i
            while k < len(value) and value[k] in " \t\n":
                k += 1
            found = _SPACE_RUN.match(source, j)
            if found is None:
                break
            if value[i:k] == " " and "\n" in found.group():
                points.append(i)
            i, j = k, found.end()
        elif value[i] == source[j]:
            i += 1
            j += 2 if style == "'" and value[i - 1] == "'" and source[j : j + 2] == "''" else 1
        else:
            break
    return tuple(points)


def _mark(event: Any) -> Position:
    mark = event[1] if type(event) is tuple else event.start_mark
    return mark.line + 1, mark.column + 1


def _short_tag(tag: str) -> str:
    return "!!" + tag[len("tag:yaml.org,2002:") :] if tag.startswith("tag:yaml.org,2002:") else tag


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _syntax_error(name: str, text: str, exc: Any) -> PlanError:
    """A YAML syntax error in words, at the line where the mistake is (the parser often stops a line later)."""
    from plancraft import ime

    mark = exc.problem_mark or exc.context_mark
    if exc.context_mark and ("end of stream" in (exc.problem or "") or "<stream end>" in (exc.problem or "")):
        mark = exc.context_mark  # point where the unclosed thing starts, not at the file's end
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = _one_line(exc.problem or "")
    lines = text.splitlines()
    if 0 < line <= len(lines) and col - 1 < len(lines[line - 1]) and lines[line - 1][col - 1] == "\t":
        return _error(name, line, col, _("a tab is used for indentation; indent with spaces"))
    typed = ime.syntax_hint(text, line)
    if typed is not None and (typed.line >= line - 3 or typed.kind == "quote"):
        return _error(name, typed.line, typed.column, typed.message)
    early = _plain_syntax_error(problem, exc, lines, line) if problem.startswith("mapping values") else None
    if early is not None:
        return _error(name, *early)
    if problem == "could not find expected ':'" and exc.context_mark:
        line, col = exc.context_mark.line + 1, exc.context_mark.column + 1
        return _error(
            name, line, col, _("YAML syntax error: line {line} has a key without `:`; write `key: value`").format(line=line)
        )
    if problem == "mapping values are not allowed here":
        missing = _line_without_colon(lines, line)
        if missing is not None:
            return _error(
                name,
                missing[0],
                missing[1],
                _("YAML syntax error: line {line} has a key without `:`; write `key: value`").format(line=missing[0]),
            )
        return _error(
            name,
            line,
            col,
            _(
                "YAML syntax error: a `: ` is not allowed here; put a value that contains "
                "`: ` in quotes, or start the mapping on a new line"
            ),
        )
    plain = _plain_syntax_error(problem, exc, lines, line)
    if plain is not None:
        return _error(name, *plain)
    if "\t" in problem:
        problem = problem.replace("'\\t'", "a tab")
    context = _one_line(exc.context or "")
    detail = f"{problem} ({context})" if context and context not in problem else problem
    return _error(name, line, col, _("YAML syntax error: {detail}").format(detail=detail))


def _plain_syntax_error(problem: str, exc: Any, lines: list[str], line: int) -> tuple[int, int, str] | None:
    """The parser's words for the usual slips ("expected <block end>", an unclosed quote or bracket) said
    plainly, at the line where the slip is: (line, column, message), or None to show the parser's text."""
    start = (exc.context_mark.line + 1, exc.context_mark.column + 1) if exc.context_mark else None
    column = (exc.problem_mark.column + 1) if exc.problem_mark else 1
    if problem.startswith("expected ',' or ']'") and start:
        return (
            *start,
            _(
                "YAML syntax error: the list opened with `[` on line {line} is not closed; check its commas and the closing `]`"
            ).format(line=start[0]),
        )
    if problem.startswith("expected ',' or '}'") and start:
        return (
            *start,
            _(
                "YAML syntax error: the mapping opened with `{{` on line {line} is not closed; check its "
                "commas and the closing `}}`"
            ).format(line=start[0]),
        )
    if problem.startswith("found unexpected end of stream") and "quoted" in (exc.context or "") and start:
        return (
            *start,
            _("YAML syntax error: the quotation mark on line {line} is never closed; add the closing quote").format(
                line=start[0]
            ),
        )
    if problem.startswith("expected the node content, but found '<stream end>'"):
        opened = [
            (n, text.rfind("[") if "[" in text else text.rfind("{"))
            for n, text in enumerate(lines, start=1)
            if "[" in text or "{" in text
        ]
        if opened:
            number, index = opened[-1]
            return (
                number,
                index + 1,
                _(
                    "YAML syntax error: the `[` or `{{` on line {line} is never closed; close it before the end of the file"
                ).format(line=number),
            )
    found = re.match(r"found unknown escape character '(.)'", problem)
    if found:
        return (
            line,
            column,
            _(
                "YAML syntax error: `\\{char}` is not an escape YAML knows; inside double quotes write "
                "`\\\\` for a backslash, or use single quotes"
            ).format(char=found.group(1)),
        )
    found = re.match(r"found character '(.)' that cannot start any token", problem)
    if found and found.group(1) != "\t":
        return (
            line,
            column,
            _("YAML syntax error: a value cannot start with `{char}`; put the value in quotes").format(char=found.group(1)),
        )
    if problem.startswith("expected <block end>, but found"):
        return (
            line,
            column,
            _(
                "YAML syntax error: line {line} does not line up with the lines above it; indent it "
                "like the other keys or list items of its section (a list item is `- ` with a "
                "space)"
            ).format(line=line),
        )
    if problem.startswith("mapping values are not allowed here") and 1 < line <= len(lines):
        here, above = lines[line - 1], _previous_line(lines, line)
        if (
            above is not None
            and _indent(here) > _indent(above)
            and ": " in above.strip() + " "
            and not above.rstrip().endswith(":")
        ):
            return (
                line,
                _indent(here) + 1,
                _(
                    "YAML syntax error: line {line} is indented more than the line above it; align it with the keys around it"
                ).format(line=line),
            )
    return None


def _previous_line(lines: list[str], line: int) -> str | None:
    for number in range(line - 1, 0, -1):
        text = lines[number - 1]
        if text.strip() and not text.lstrip().startswith("#"):
            return text
    return None


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _line_without_colon(lines: list[str], line: int) -> tuple[int, int] | None:
    """For "mapping values are not allowed here" at `line`: the line above it at the same indentation that
    has no `:` (its text ran on into this line's key), as (line, column of its last character + 1)."""
    if not 1 < line <= len(lines):
        return None
    here = lines[line - 1]
    indent = len(here) - len(here.lstrip(" "))
    for number in range(line - 1, 0, -1):
        above = lines[number - 1]
        if not above.strip() or above.lstrip().startswith("#"):
            continue
        above_indent = len(above) - len(above.lstrip(" "))
        content = above.strip()
        if above_indent == indent and ":" not in content and not content.startswith(("-", "[", "{", "'", '"')):
            return number, len(above.rstrip()) + 1
        return None
    return None


def _error(name: str, line: int, col: int, message: str) -> PlanError:
    return PlanError(Diagnostic(name, line, col, CODE, Severity.ERROR, message))


def _line_col_of_byte(raw: bytes, index: int) -> Position:
    line = raw.count(b"\n", 0, index) + 1
    start = raw.rfind(b"\n", 0, index) + 1
    col = len(raw[start:index].decode("utf-8", errors="replace")) + 1
    return line, col


def _line_col_of_index(text: str, index: int) -> Position:
    line = text.count("\n", 0, index) + 1
    start = text.rfind("\n", 0, index) + 1
    return line, index - start + 1
