"""The one exception the renderer raises for problems a user can fix."""

from __future__ import annotations


class RenderError(Exception):
    """A template, reference document or converter problem; the message says what to do."""
