"""Plan versions are dotted numbers (`1.0`, `1.9`, `1.10`, `2`): compared number by number.

`1.10` is newer than `1.9`, and `1.0` is the same version as `1` (missing parts count as 0).
A leading `v` or `V` is allowed (`V1.2`); anything else (`1.0a`, `第二版`) is not a version
plancraft can order, and the commands that need an order say so.
"""

from __future__ import annotations

from plancraft.i18n import _

import re

_VERSION = re.compile(r"^[vV]?(\d{1,9}(?:\.\d{1,9})*)$")


class VersionError(ValueError):
    """A version that is not a dotted number."""


def parse(version: object) -> tuple[int, ...]:
    """`"1.10"` -> (1, 10); raises VersionError for anything that is not a dotted number."""
    match = _VERSION.match(str(version).strip()) if version is not None else None
    if not match:
        raise VersionError(_("`{version}` is not a dotted version number such as 1.0 or 1.10").format(version=version))
    parts = [int(p) for p in match.group(1).split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def is_version(version: object) -> bool:
    try:
        parse(version)
    except VersionError:
        return False
    return True


def key(version: object) -> tuple[int, ...] | None:
    """A sort key, or None when `version` is not a dotted number."""
    try:
        return parse(version)
    except VersionError:
        return None


def newer(a: object, b: object) -> bool:
    """Is version `a` greater than version `b`? (raises VersionError for either not a version)"""
    return parse(a) > parse(b)


def next_version(version: object) -> str:
    """The next minor version: 1.0 -> 1.1, 1.9 -> 1.10, 2 -> 2.1; `1.1` when `version` is unusable."""
    match = _VERSION.match(str(version).strip()) if version is not None else None
    if not match:
        return "1.1"
    parts = match.group(1).split(".")
    if len(parts) == 1:
        return f"{parts[0]}.1"
    return ".".join(parts[:-1] + [str(int(parts[-1]) + 1)])
