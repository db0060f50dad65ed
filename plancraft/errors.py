"""The one error type a user can meet: `PlancraftError`, carrying its exit code and a one-line message.

Library code raises a subclass and never picks an exit code itself; the kind of error decides it:

- `UsageError` (2)      — the input cannot be used: a missing or unreadable file, a bad configuration;
- `Refused` (1)         — the input was read, but the action must not happen (stale sign-off, lint errors);
- `RenderFailed` (3)    — a document could not be produced (template error, converter missing).

The command line has one handler for all of them (`plancraft.cli`): it prints
`plancraft: <message>` on stderr and exits with `exit_code`.
"""

from __future__ import annotations

from plancraft import exitcodes


class PlancraftError(Exception):
    """Base of every error a user can meet; `message` is one line that says what to do.

    `diagnostics` (plancraft.diagnostics.Diagnostic) are the findings behind the error, if any;
    the command line prints them before the message.
    """

    exit_code: int = exitcodes.USAGE

    def __init__(self, message: str = "", diagnostics: list | tuple = ()) -> None:
        super().__init__(message)
        self.diagnostics = list(diagnostics)

    @property
    def message(self) -> str:
        return str(self).replace("\r", "\\r").replace("\n", "\\n")


class UsageError(PlancraftError):
    """The input cannot be used as given (exit 2)."""

    exit_code = exitcodes.USAGE


class Refused(PlancraftError):
    """The input was read, but what was asked must not be done (exit 1)."""

    exit_code = exitcodes.FINDINGS


class RenderFailed(PlancraftError):
    """A document could not be produced (exit 3)."""

    exit_code = exitcodes.RENDER_FAILED
