"""How to render: one options object instead of keyword arguments threaded through every layer."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import plancraft


@dataclass(frozen=True)
class ControlledCopy:
    """The marking of a numbered controlled copy (受控副本 第 k 号), as data: its number and recipient."""

    number: int | None = None
    recipient: str | None = None


@dataclass(frozen=True)
class RenderOptions:
    """`final` with `approvals_current` gives a final document, otherwise a draft. `digest` and
    `version` are embedded as custom properties (a final document shows the short digest);
    `copy` makes a numbered controlled copy; `toc_pages` are the contents' page numbers."""

    templates_dir: Path | None = None
    reference_docx: Path | None = None
    final: bool = False
    approvals_current: bool = False
    digest: str | None = None
    copy: ControlledCopy | None = None
    version: str = plancraft.__version__
    toc_pages: list[int] | None = field(default=None, hash=False)

    @property
    def draft(self) -> bool:
        return not (self.final and self.approvals_current)

    @property
    def copy_number(self) -> int | None:
        return self.copy.number if self.copy else None

    @property
    def recipient(self) -> str | None:
        return self.copy.recipient if self.copy else None
