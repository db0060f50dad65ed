"""Section titles, labels and standing sentences from jinja2 text templates.

Templates live in ``templates/<language>/``; a ``--templates DIR`` overrides any file by name
(``DIR/<language>/NAME`` first, then ``DIR/NAME``). They run sandboxed with StrictUndefined, and
every failure becomes a RenderError that names the template file and line.

User templates are untrusted: they run in the bounded sandbox of render/sandbox.py. Running out of
memory is reported like any other template error (exit 3).
"""

from __future__ import annotations

import re
import secrets
import time
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from .errors import RenderError, RenderInputError
from .sandbox import _LIMIT_TEXT, DEADLINE, LIMIT, _budget, _Budget, _Deadline, _environment, _refuse, _Timer, tokens
from plancraft.i18n import _

TABLE_FILES = ("sections.yaml.j2", "labels.yaml.j2", "sentences.yaml.j2")


def builtin_templates_dir() -> Path:
    """templates/ shipped with plancraft (see plancraft.resources)."""
    from plancraft import resources

    found = resources.templates_dir()
    if found is None:
        raise RenderError(
            _("plancraft's templates folder is missing (looked in {searched}); reinstall plancraft").format(
                searched=resources.searched()
            )
        )
    return found


def _search_path(lang: str, templates_dir: Path | None) -> tuple[str, ...]:
    paths: list[str] = []
    if templates_dir is not None:
        templates_dir = Path(templates_dir)
        if not templates_dir.is_dir():
            raise RenderInputError(
                _("templates folder {templates_dir} does not exist or is not a folder").format(templates_dir=templates_dir)
            )
        paths += [str(templates_dir / lang), str(templates_dir)]
    paths.append(str(builtin_templates_dir() / lang))
    return tuple(paths)


def _where(name: str, exc: BaseException, template: jinja2.Template | None = None) -> str:
    """'path/to/labels.yaml.j2:12' from a jinja2 error or the template frames of its traceback."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return f"{exc.filename or exc.name or name}:{exc.lineno}"
    import traceback  # only to place an error: not imported by every render

    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith(name)]
    if frames:
        return f"{frames[-1].filename}:{frames[-1].lineno}"
    return (template.filename if template is not None else None) or name


_NONCE = "x" * 16  # stands for this render's nonce in the cached table text (tokens are letters and digits)
MAX_TABLE_NODES = 10_000  # YAML nodes in one rendered table template


def _check_table_events(text: str, path: str, *, pure: bool = False) -> None:
    """Refuse anchors, aliases and more than MAX_TABLE_NODES nodes in a rendered table template."""
    from ruamel.yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent

    nodes = 0
    for event in YAML(typ="safe", pure=pure).parse(text):
        if isinstance(event, AliasEvent) or getattr(event, "anchor", None):
            raise RenderError(
                _("{path}: the rendered template uses a YAML anchor or alias; write the text out").format(path=path)
            )
        if isinstance(event, (ScalarEvent, CollectionStartEvent)):
            nodes += 1
            if nodes > MAX_TABLE_NODES:
                raise RenderError(
                    _("{path}: the rendered template has more than {max_table_nodes:,} YAML nodes").format(
                        path=path, max_table_nodes=MAX_TABLE_NODES
                    )
                )


_PLAIN = (str, int, float, bool, type(None))


@lru_cache(maxsize=64)
def _read_table(text: str, path: str) -> Any:
    """A rendered table template (tokens in place of values, so the same for every plan) as YAML data.

    libyaml's event parser (ruamel.yaml.clib, as the loader uses) reads it; when it refuses the text,
    the pure-Python parser reads it again so that every error message comes from one parser. Cached:
    a process that renders many documents reads each table once, and a table read before (a mapping of
    text keys to plain values) is kept by the render's store (render.base.kept_in) under a digest of its
    text. Treat the result as read-only."""
    import hashlib

    from .store import kept_in

    store = kept_in.get()
    key = hashlib.sha256(
        b"render-table\0" + (store.fingerprint if store else "").encode() + b"\0" + text.encode("utf-8", "surrogatepass")
    ).hexdigest()
    if store is not None:
        kept = store.read("table", key)
        if isinstance(kept, dict) and isinstance(kept.get("data"), dict):
            return kept["data"]
    data = _parse_table(text, path)
    if store is not None and isinstance(data, dict) and all(type(k) is str and type(v) in _PLAIN for k, v in data.items()):
        store.write("table", key, {"data": data})
    return data


def _parse_table(text: str, path: str) -> Any:
    for pure in (False, True):
        try:
            _check_table_events(text, path, pure=pure)
            return YAML(typ="safe", pure=pure).load(text) if text else {}
        except RenderError:
            raise
        except Exception:  # noqa: BLE001 - read again by the pure parser, whose error is reported
            if pure:
                raise
    raise AssertionError("unreachable")


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
            raise RenderError(
                _("template {name} not found (searched {items})").format(name=name, items=", ".join(self.env.loader.searchpath))
            ) from None
        except jinja2.TemplateSyntaxError as exc:
            raise RenderError(
                _("{where}: template syntax error: {message}").format(where=_where(name, exc), message=exc.message)
            ) from None
        except _Deadline as exc:
            raise RenderError(_("{where}: template error: {exc}").format(where=_where(name, exc, template), exc=exc)) from None
        except MemoryError as exc:
            raise RenderError(
                _("{where}: template error: out of memory (over the memory limit)").format(where=_where(name, exc, template))
            ) from None
        except RecursionError as exc:
            raise RenderError(
                _("{where}: template error: recursion too deep (over the sandbox limit)").format(
                    where=_where(name, exc, template)
                )
            ) from None
        except Exception as exc:  # undefined variables, sandbox refusals, filters failing on bad input
            raise RenderError(
                _("{where}: template error: {value}").format(
                    where=_where(name, exc, template), value=exc or type(exc).__error_type
                )
            ) from None
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
                raise _refuse(_("the template's output is capped at {limit_text} characters").format(limit_text=_LIMIT_TEXT))
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
        token = tokens.set((nonce, values))
        try:
            text = self.render(name)
        finally:
            tokens.reset(token)
        path = self.env.get_template(name).filename or name
        try:
            # the nonce differs per render; the table's text without it is the same for every plan
            data = _read_table(text.replace(nonce, _NONCE), path)
        except MarkedYAMLError as exc:
            line = exc.problem_mark.line + 1 if exc.problem_mark else 0
            # Jinja comments and blocks shift lines, so the line is that of the rendered text.
            raise RenderError(
                _("{path}: line {line} of its rendered text is not valid YAML: {problem}").format(
                    path=path, line=line, problem=exc.problem
                )
            ) from None
        except YAMLError as exc:
            raise RenderError(
                _("{path}: the rendered template is not a YAML mapping: {exc}").format(path=path, exc=exc)
            ) from None
        if not isinstance(data, dict):
            raise RenderError(_("{path}: the rendered template must be a mapping of key: text").format(path=path))
        marker = re.compile(rf"PCV{_NONCE}N(\d+)E")

        def restore(value: Any) -> str:
            text = "" if value is None else str(value)
            return marker.sub(lambda m: values[int(m.group(1))], text) if "PCV" in text else text

        return path, {restore(k): restore(v) for k, v in data.items()}

    def _get(self, name: str, key: str) -> str:
        path, table = self.tables[name]
        if key not in table:
            raise RenderError(
                _("{path}: entry `{key}` is missing (copy it from {value})").format(
                    path=path, key=key, value=builtin_templates_dir() / self.lang / name
                )
            )
        return table[key]

    def section(self, key: str) -> str:
        return self._get("sections.yaml.j2", key)

    def label(self, key: str) -> str:
        return self._get("labels.yaml.j2", key)

    def sentence(self, key: str, **values: str) -> str:
        """A standing sentence with its {name} slots filled from `values` after the template is read:
        plan text never becomes template or YAML source."""
        text = self._get("sentences.yaml.j2", key)
        for name, value in values.items():
            text = text.replace("{" + name + "}", value)
        return text
