"""The language layer: `_()` / `ngettext()` over GNU gettext catalogues, and the choice of language.

Messages are written in English (the msgid) and translated through the `.po` catalogues in
`plancraft/locale/<lang>/LC_MESSAGES/plancraft.po`. At run time only the standard library is used:
an installed plancraft reads the `.mo` its build compiled from the `.po`, a checkout the `.po`
itself (see `catalogue.py`); Babel is needed only to extract messages
(`python scripts/i18n_extract.py`). English needs no file at all.

    from plancraft.i18n import _, ngettext
    _("`{value}` is not a duration").format(value=value)
    ngettext("{count} error", "{count} errors", n).format(count=n)

Strings defined at import time (module constants) are marked with `N_()` and translated with `_()`
where they are shown, so that they follow the language chosen later.

Language, most specific first: `--lang` → `lang` in [tool.plancraft] / plancraft.toml →
PLANCRAFT_LANG → LC_ALL / LC_MESSAGES / LANG → English. `lang = "plan"` makes the findings about
each plan follow its `document.language`.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Mapping

if TYPE_CHECKING:  # gettext itself is imported only to read a .po (catalogue.load_po): English needs none
    from gettext import NullTranslations

    from plancraft.i18n.catalogue import Compiled

DOMAIN = "plancraft"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
SOURCE_LANGUAGE = "en"
PLAN = "plan"  # `lang = "plan"`: findings follow each plan's document.language


class _Source:
    """English, the language the messages are written in: each message is its own text, as with
    gettext.NullTranslations, which would import gettext (and its expressions) on every English run."""

    def gettext(self, message: str) -> str:
        return message

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return singular if n == 1 else plural

    def pgettext(self, context: str, message: str) -> str:
        return message


_current: NullTranslations | Compiled | _Source = _Source()
_current_lang: str = SOURCE_LANGUAGE


def _(message: str) -> str:
    """`message` (an English msgid) in the current language."""
    return _current.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for `n`, in the current language (its own plural rules)."""
    return _current.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """`message` in the current language, where the same English means different things (`context`)."""
    return _current.pgettext(context, message)


def listing(items: Iterable[object], empty: str | None = None) -> str:
    """Items of a message as the reader writes a list: `a, b` in English, `a、b` in Chinese; `empty`
    (already translated), or "none" in the reader's language, when there are none."""
    shown = [str(item) for item in items]
    if not shown:
        return empty if empty is not None else pgettext("empty list", "none")
    return pgettext("list separator", ", ").join(shown)


def N_(message: str) -> str:
    """Mark a string for extraction without translating it now (translate it with `_()` where shown)."""
    return message


def languages() -> tuple[str, ...]:
    """The languages there is a catalogue for, plus English: ("en", "zh-CN")."""
    found = [SOURCE_LANGUAGE]
    if LOCALE_DIR.is_dir():
        for folder in sorted(LOCALE_DIR.iterdir()):
            if (folder / "LC_MESSAGES" / f"{DOMAIN}.po").is_file():
                found.append(folder.name.replace("_", "-"))
    return tuple(found)


def normalise(value: str | None) -> str | None:
    """A language tag as plancraft names it ("zh-CN", "en"), or None when plancraft has no catalogue.

    Accepts locale names and tags: `zh_CN.UTF-8`, `zh-cn`, `zh`, `zh-Hans`, `en_GB`, `C`, `POSIX`.
    """
    if not value:
        return None
    text = value.strip().split(".")[0].split("@")[0].replace("_", "-")
    if text in ("C", "POSIX"):
        return SOURCE_LANGUAGE
    known = languages()
    lowered = {lang.lower(): lang for lang in known}
    if text.lower() in lowered:
        return lowered[text.lower()]
    primary = text.split("-")[0].lower()
    for lang in known:  # `zh`, `zh-Hans`, `zh-SG` → zh-CN; `en-GB` → en
        if lang.split("-")[0].lower() == primary:
            return lang
    return None


def choose(cli: str | None = None, config: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The language to speak: `--lang`, then the config's `lang`, then PLANCRAFT_LANG, then the locale.

    May return "plan" (from `--lang`/config/PLANCRAFT_LANG); `for_plan` then decides per plan.
    """
    env = os.environ if environ is None else environ
    for value in (cli, config, env.get("PLANCRAFT_LANG")):
        if value and value.strip().lower() == PLAN:
            return PLAN
        chosen = normalise(value)
        if chosen:
            return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):  # POSIX: the first one set decides
        if env.get(name):
            return normalise(env[name]) or SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def without_plan(lang: str, environ: Mapping[str, str] | None = None) -> str:
    """For text that is about no one plan (summaries, help): "plan" falls back to the locale."""
    if lang != PLAN:
        return lang
    env = dict(os.environ if environ is None else environ)
    env.pop("PLANCRAFT_LANG", None)
    return choose(environ=env)


def for_plan(lang: str, document_language: object) -> str:
    """The language of the findings about one plan: its document.language when `lang` is "plan"."""
    if lang != PLAN:
        return lang
    return normalise(document_language if isinstance(document_language, str) else None) or without_plan(lang)


@lru_cache(maxsize=None)
def translations(lang: str) -> NullTranslations | Compiled | _Source:
    """The catalogue of `lang` (English, or a language without one: the msgids are the text)."""
    if lang == SOURCE_LANGUAGE:
        return _Source()
    path = LOCALE_DIR / lang.replace("-", "_") / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not path.is_file():
        return _Source()
    from plancraft.i18n.catalogue import load

    return load(path)


def current() -> str:
    """The language messages are written in now ("en", "zh-CN")."""
    return _current_lang


def set_language(lang: str) -> None:
    """Speak `lang` from now on in this process ("plan" means the locale's language here)."""
    global _current, _current_lang
    lang = without_plan(lang)
    _current, _current_lang = translations(lang), lang


class language:
    """`with language(lang) as spoken:` speak `lang` inside the block, e.g. for the findings of one plan;
    restores the previous one. (A class, not a generator: a re-lint enters one per plan.)"""

    __slots__ = ("lang", "previous")

    def __init__(self, lang: str):
        self.lang = lang

    def __enter__(self) -> str:
        self.previous = _current_lang
        set_language(self.lang)
        return _current_lang

    def __exit__(self, *exc: object) -> None:
        set_language(self.previous)


def paragraphs(text: str) -> list[str]:
    """`text` split at blank lines: the unit in which long texts (rule documentation) are translated."""
    return [part.strip("\n") for part in text.strip("\n").split("\n\n") if part.strip()]


def translate_paragraphs(text: str) -> str:
    """A long text (a rule's documentation) in the current language, paragraph by paragraph."""
    return "\n\n".join(_(part) for part in paragraphs(text))
