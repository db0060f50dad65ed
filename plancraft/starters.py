"""`plancraft init`: starter plans to begin from.

A starter is a complete skeleton that passes the schema: the structure, the usual roles, levels,
scenarios and deadlines of its kind of plan, with the values only the author can know left as
placeholders (`【待填写】` in Chinese, `[TODO: ...]` in English) that lint rule PC510 reports as
errors — so nothing unfinished can be signed. Starters live in `templates/init/<name>.<lang>.yaml`.
"""

from __future__ import annotations

from plancraft.i18n import N_, _, listing

import os
from dataclasses import dataclass
from pathlib import Path

from plancraft.errors import UsageError

SCHEMA_URL = "https://plancraft.dev/schema/plan.schema.json"
SCHEMA_LINE = "# yaml-language-server: $schema="
LANGUAGES = ("zh-CN", "en")
PLACEHOLDERS = {"zh-CN": "【待填写】", "en": "[TODO: ...]"}


@dataclass(frozen=True)
class Starter:
    name: str
    summary: str
    source: str
    languages: tuple[str, ...]

    def path(self, lang: str) -> Path:
        return starters_dir() / f"{self.name}.{lang}.yaml"


@dataclass(frozen=True)
class Written:
    path: Path
    placeholder: str


STARTERS: tuple[Starter, ...] = (
    Starter(
        "bank-branch",
        N_("bank branch and its outlets: leading group, three levels, cash limits, 1h/4h/8h chain"),
        "篇2",
        LANGUAGES,
    ),
    Starter(
        "it-cutover",
        N_("complaints during a system cut-over (IT go-live): outlet, complaint team, command centre"),
        "篇8",
        LANGUAGES,
    ),
    Starter(
        "enterprise",
        N_("a company's customer complaints: customer service, ordinary and major complaints"),
        "篇5, 篇7, 篇9",
        LANGUAGES,
    ),
    Starter("property", N_("property management: residents' complaints, 24-hour reply, investigation team"), "篇6", LANGUAGES),
    Starter(
        "complaint-procedure",
        N_(
            "a complaint-handling procedure, not an emergency plan (document.type: "
            "complaint-procedure): acknowledge, decide within 15 days, review"
        ),
        "ISO 10002:2018 (GB/T 19012-2019)",
        LANGUAGES,
    ),
)


class StarterError(UsageError):
    """A starter cannot be written (unknown name or language, file exists)."""


def starters_dir() -> Path:
    """templates/init shipped with plancraft."""
    from plancraft import resources

    found = resources.templates_dir()
    if found is None or not (found / "init").is_dir():
        raise StarterError(
            _("plancraft's starters are missing (looked in {searched}); reinstall plancraft").format(
                searched=resources.searched()
            )
        )
    return found / "init"


def list_starters() -> tuple[Starter, ...]:
    return STARTERS


def get_starter(name: str) -> Starter:
    for starter in STARTERS:
        if starter.name == name:
            return starter
    names = listing(s.name for s in STARTERS)
    raise StarterError(
        _("there is no starter `{name}`; choose one of {names} (`plancraft init --list`)").format(name=name, names=names)
    )


def schema_reference(target: Path) -> str:
    """The schema for the editor line: a relative path when the plan sits in a repository that
    has schema/plan.schema.json (looking up from the plan, up to the repository root), else the URL."""
    folder = target.resolve().parent
    for candidate in (folder, *folder.parents):
        schema = candidate / "schema" / "plan.schema.json"
        if schema.is_file():
            return Path(os.path.relpath(schema, folder)).as_posix()
        if (candidate / ".git").exists():
            break
    return SCHEMA_URL


def starter_text(name: str, lang: str, *, target: Path | None = None) -> str:
    """The starter's text, with the editor schema line pointing at the right schema for `target`."""
    if lang not in LANGUAGES:
        raise StarterError(_("there is no language `{lang}`; choose one of {items}").format(lang=lang, items=listing(LANGUAGES)))
    starter = get_starter(name)
    text = starter.path(lang).read_text(encoding="utf-8")
    reference = schema_reference(target) if target is not None else SCHEMA_URL
    lines = text.split("\n")
    if lines and lines[0].startswith(SCHEMA_LINE):
        lines[0] = SCHEMA_LINE + reference
    else:
        lines.insert(0, SCHEMA_LINE + reference)
    return "\n".join(lines)


def starter_lines() -> list[str]:
    """`plancraft init --list`: one line per starter, its name, summary and languages."""
    width = max(len(starter.name) for starter in list_starters())
    return [f"{starter.name:<{width}} {_(starter.summary)} ({', '.join(starter.languages)})" for starter in list_starters()]


def init_plan(path: str | None, *, template: str = "bank-branch", lang: str | None = None, force: bool = False) -> list[str]:
    """`plancraft init`: write the starter to `path` (write_starter); returns the lines that say what
    was written and what to do next. UsageError without a path or when the file cannot be written."""
    if path is None:
        raise UsageError(_("give the path of the new plan, e.g. `plancraft init plans/complaints.yaml`"))
    lang = lang or "zh-CN"
    try:
        written = write_starter(path, template=template, lang=lang, force=force)
    except OSError as error:
        raise UsageError(_("{path}: cannot write: {value}").format(path=path, value=error.strerror or error)) from None
    lines = [
        _(
            "{path}: wrote the `{template}` starter ({lang}); fill in every placeholder {placeholder}, then run "
            "`plancraft lint {path}`"
        ).format(path=path, template=template, lang=lang, placeholder=written.placeholder)
    ]
    if SCHEMA_URL in Path(path).read_text(encoding="utf-8").split("\n", 1)[0]:
        lines.append(
            _(
                "hint: for completion in your editor, save the schema in the repository with "
                "`plancraft schema > schema/plan.schema.json`; the next `init` links to it"
            )
        )
    return lines


def write_starter(path: str | Path, *, template: str = "bank-branch", lang: str = "zh-CN", force: bool = False) -> Written:
    """Write the starter to `path` (atomically); refuse to overwrite unless `force`."""
    from plancraft.fileio import WriteRefused, check_output, write_atomic

    target = Path(path)
    if str(path).endswith(("/", os.sep)) and not target.is_file():  # `plans/new/`: Path() drops the slash
        raise StarterError(
            _("{path}: is a folder; give the path of the new plan file, e.g. {value}").format(
                path=path, value=Path(path) / "plan.yaml"
            )
        )
    try:
        check_output(target, what="new plan")
    except WriteRefused as exc:
        raise StarterError(str(exc)) from None
    if target.is_dir():
        raise StarterError(
            _("{path}: is a folder; give the path of the new plan file, e.g. {value}").format(
                path=path, value=Path(path) / "plan.yaml"
            )
        )
    text = starter_text(template, lang, target=target)  # checks the name and language first
    if target.exists() and not force:
        raise StarterError(_("{path}: already exists; use --force to overwrite it").format(path=path))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)  # like `mkdir -p`: plans/ may not exist yet
    except OSError as exc:
        raise StarterError(
            _("{path}: cannot create the folder {parent}: {value}").format(
                path=path, parent=target.parent, value=exc.strerror or exc
            )
        ) from None
    write_atomic(target, text)
    return Written(target, PLACEHOLDERS[lang])
