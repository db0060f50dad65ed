"""The one exception the renderer raises for problems a user can fix."""

from __future__ import annotations

from plancraft import exitcodes


class RenderError(Exception):
    """A template, reference document or converter problem; the message says what to do.

    `exit_code` is what the command line ends with: RENDER_FAILED (3) by default, USAGE (2) when
    the problem is an input the user gave, such as an unreadable `--reference-docx`.
    """

    def __init__(self, message: str = "", *, exit_code: int = exitcodes.RENDER_FAILED) -> None:
        super().__init__(message)
        self.exit_code = exit_code
