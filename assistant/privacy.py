"""Swedish personal identity numbers are redacted before anything is logged, stored or sent out."""

from __future__ import annotations

import re

# YYMMDD-XXXX, YYYYMMDD-XXXX, with '-', '+' or nothing between; day may be +60 (samordningsnummer).
_PNR_RE = re.compile(r"(?<!\d)(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01]|[6-8]\d|9[01])[-+ ]?\d{4}(?!\d)")
REDACTED = "[personnummer]"


def redact(text: str) -> str:
    return _PNR_RE.sub(REDACTED, text)
