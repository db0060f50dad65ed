"""The exceptions the renderer raises for problems a user can fix."""

from __future__ import annotations

from plancraft.errors import RenderFailed, UsageError


class RenderError(RenderFailed):
    """A template, reference document or converter problem; the message says what to do (exit 3)."""


class RenderInputError(UsageError, RenderError):
    """A render problem caused by an input the user gave, such as an unreadable `--reference-docx`
    or a missing `--templates` folder (exit 2, a usage error; still a RenderError)."""
