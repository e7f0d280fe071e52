"""Swedish personal identity numbers are redacted before anything is logged, stored or sent out."""

from __future__ import annotations

import re

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
