"""Where what a render builds once is kept between runs: a Store that publish gives (render knows no cache
of its own), set for the render in `kept_in`. render.base keeps the fixed parts there, render.texts the
table templates read as YAML."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Store:
    """Where what a render builds once is kept between runs (publish makes one over the render cache;
    render knows no cache of its own): `read(kind, key)` gives what `write(kind, key, value)` stored (JSON
    data) or None, kind "base" (the fixed parts) or "table" (a table template read as YAML, render.texts);
    `fingerprint` says which plancraft code made them."""

    read: Callable[[str, str], object]
    write: Callable[[str, str, object], None]
    fingerprint: str


# The store of this render (publish sets it; None: bases are kept in memory only).
kept_in: ContextVar[Store | None] = ContextVar("plancraft_base_store", default=None)
