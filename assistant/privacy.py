"""Swedish personal identity numbers are redacted before anything is logged, stored or sent out."""

from __future__ import annotations

import io
import logging
import re
import sys
from typing import TextIO

# YYMMDD-XXXX or YYYYMMDD-XXXX; between date and number a '-' (or another dash: people paste
# from word processors), a '+' (the holder is 100 or older), a dot or a slash (mistyped), a space,
# nothing, or a dash with a space on either side. The day may be +60 (samordningsnummer). Six or
# eight digits that are not a date, or a number glued to more digits, are not redacted: "12 000",
# "2015-12-31", "2014-2015".
_SPACE = "[ \u00a0\u2009\u202f]"
_DASH = "[-+\u2010\u2011\u2012\u2013\u2014\u2212./]"  # also "811218.9876", "811218/9876"
_PNR_RE = re.compile(
    r"(?<!\d)(?:19|20)?\d{2}-?(?:0[1-9]|1[0-2])-?(?:[0-2]\d|3[01]|[6-8]\d|9[01])"  # the date may be 1981-12-18
    rf"(?:{_SPACE}?{_DASH}{_SPACE}?|{_SPACE})?\d{{4}}(?!\d)"
)
REDACTED = "[personnummer]"


def redact(text: str) -> str:
    return _PNR_RE.sub(REDACTED, text)


class RedactingFilter(logging.Filter):
    """On a log handler: the message and any traceback with identity numbers redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg, record.args = redact(message), None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class RedactingStream(io.TextIOBase):
    """Wraps sys.stderr (or stdout) of a server: what libraries print there (Gradio prints the
    tracebacks of failed events, with the values that failed) is redacted line by line."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self._pending = ""

    def write(self, text: str) -> int:
        self._pending += text
        *lines, self._pending = self._pending.split("\n")
        for line in lines:
            self.stream.write(redact(line) + "\n")
        if len(self._pending) > 8192:  # no newline for long: write what there is
            self.stream.write(redact(self._pending))
            self._pending = ""
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self.stream.write(redact(self._pending))
            self._pending = ""
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.stream, "encoding", "utf-8")


def redact_process_output() -> None:
    """A server's output: stderr and stdout wrapped, every logging handler filtered."""
    if not isinstance(sys.stderr, RedactingStream):
        sys.stderr = RedactingStream(sys.stderr)
    if not isinstance(sys.stdout, RedactingStream):
        sys.stdout = RedactingStream(sys.stdout)
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())
