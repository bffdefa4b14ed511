"""One base error class for Lapwing, with codes and messages that say what to do next.

Library code raises these; the CLI and HTTP layers translate them into a message or a JSON
error. Nothing in the library prints or swallows an error.
"""
from __future__ import annotations


class LapwingError(Exception):
    """Base class of every error Lapwing raises on purpose.

    ``code`` is a short stable identifier (``E101``) that documentation and tests can refer to.
    """

    code = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""

    def __str__(self) -> str:  # "E101 path:3: field 'date': ..."
        return f"{self.code} {self.message}"


class InputError(LapwingError):
    """A document could not be read: names the file, the line and the field."""

    code = "E100"

    def __init__(self, message: str, *, path: str = "", line: int | None = None,
                 field: str | None = None, reason: str = "bad_input", code: str | None = None) -> None:
        where = path or "<input>"
        if line is not None:
            where += f":{line}"
        text = f"{where}: " + (f"field '{field}': " if field else "") + message
        super().__init__(text, code=code)
        self.path = path
        self.line = line
        self.field = field
        self.reason = reason


class ConfigError(LapwingError):
    """The configuration is invalid: names the setting and the allowed values."""

    code = "E200"


class ResourceError(LapwingError):
    """A data file (lexicon, dictionary, model) is missing or has a bad entry."""

    code = "E300"


class PipelineError(LapwingError):
    """Stages do not fit together, or a stage name is unknown."""

    code = "E400"


class StoreError(LapwingError):
    """The event store could not be opened, migrated or written."""

    code = "E500"
