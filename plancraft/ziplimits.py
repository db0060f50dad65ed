"""Caps for every .docx (zip) plancraft reads: member count, unpacked size, inflation ratio.

A leaf module: `verify`, `--reference-docx` and `import` read Word files through `check_archive`
and `read_member`, so a zip bomb is refused before it is unpacked, whichever command meets it.
"""

from __future__ import annotations

from plancraft.i18n import _

import zipfile

MAX_FILE = 64 * 1024 * 1024  # bytes of the .docx file itself
MAX_MEMBERS = 2_000  # parts in one archive
MAX_TOTAL = 64 * 1024 * 1024  # bytes, all parts unpacked
MAX_MEMBER = 32 * 1024 * 1024  # bytes, one part unpacked
MAX_RATIO = 200  # unpacked : packed, for a part over BIG_PART
BIG_PART = 1024 * 1024


class ZipLimitError(ValueError):
    """The archive is over a cap; the message says which."""


def check_archive(archive: zipfile.ZipFile) -> None:
    """Refuse (ZipLimitError) an archive over the member, size or ratio caps, from its directory alone."""
    parts = archive.infolist()
    if len(parts) > MAX_MEMBERS:
        raise ZipLimitError(
            _("has {count:,} parts, more than the limit of {max_members:,}; is it a zip bomb?").format(
                count=len(parts), max_members=MAX_MEMBERS
            )
        )
    total = 0
    for part in parts:
        total += part.file_size
        if part.file_size > MAX_MEMBER:
            raise ZipLimitError(
                _(
                    "has a part {filename} of {file_size:,} bytes unpacked, more than the limit of {value} MB; is it a zip bomb?"
                ).format(filename=part.filename[:80], file_size=part.file_size, value=MAX_MEMBER // (1024 * 1024))
            )
        if part.file_size > BIG_PART and part.file_size > MAX_RATIO * max(part.compress_size, 1):
            raise ZipLimitError(
                _("has a part {filename} that inflates more than {max_ratio}:1 (the limit); is it a zip bomb?").format(
                    filename=part.filename[:80], max_ratio=MAX_RATIO
                )
            )
    if total > MAX_TOTAL:
        raise ZipLimitError(
            _("would unpack to {total:,} bytes, more than the limit of {value} MB; is it a zip bomb?").format(
                total=total, value=MAX_TOTAL // (1024 * 1024)
            )
        )


def read_member(archive: zipfile.ZipFile, name: str) -> bytes:
    """One part, read in chunks and stopped at its declared size (a lying directory is caught too)."""
    info = archive.getinfo(name)
    chunks, size = [], 0
    with archive.open(info) as handle:
        while True:
            chunk = handle.read(1024 * 1024)
            if not chunk:
                break
            size += len(chunk)
            if size > min(info.file_size, MAX_MEMBER):
                raise ZipLimitError(
                    _("part {name} unpacks to more than its declared size; is it a zip bomb?").format(name=name[:80])
                )
            chunks.append(chunk)
    return b"".join(chunks)
