"""Where to turn at once when a screen answer shows thoughts of self-harm (PHQ-9 item 9 above "Not at all").

No clinician sees the diary in real time, so these are shown on screen at once, never only kept for the next
visit (clinical.md). The table is short on purpose; anyone can enter their own line in the settings, and every
country gets "your local emergency number".
"""

from __future__ import annotations

from dataclasses import dataclass

from painlog.domain.marks import QT_TR_NOOP


@dataclass(frozen=True)
class CrisisLine:
    name: str
    number: str
    how: str  # how to reach it, in a few words


# Sources: 988lifeline.org (US); 988.ca (Canada); samaritans.org (UK and Ireland: 116 123, free, any time);
# sanidad.gob.es, "Línea 024" (Spain); lifeline.org.au (Australia: 13 11 14).
CRISIS_LINES: dict[str, CrisisLine] = {
    "US": CrisisLine("988 Suicide & Crisis Lifeline", "988", QT_TR_NOOP("call or text 988, any time")),
    "CA": CrisisLine("9-8-8 Suicide Crisis Helpline", "988", QT_TR_NOOP("call or text 988, any time")),
    "GB": CrisisLine("Samaritans", "116 123", QT_TR_NOOP("call free, day or night")),
    "IE": CrisisLine("Samaritans", "116 123", QT_TR_NOOP("call free, day or night")),
    "ES": CrisisLine("Línea 024", "024", QT_TR_NOOP("call free, day or night")),
    "AU": CrisisLine("Lifeline", "13 11 14", QT_TR_NOOP("call any time")),
}
EMERGENCY_NUMBERS: dict[str, str] = {"US": "911", "CA": "911", "GB": "999", "IE": "112", "ES": "112", "AU": "000"}


@dataclass(frozen=True)
class CrisisResources:
    lines: tuple[CrisisLine, ...]  # the patient's own first, then their country's
    emergency: str | None  # None: "your local emergency number"


def crisis_resources(country: str, own_line: str = "") -> CrisisResources:
    """What to show for `country` (ISO 3166 code, e.g. from the system locale) and the patient's own entry."""
    lines = []
    if own_line.strip():
        lines.append(CrisisLine(own_line.strip(), "", "your own contact"))
    if country.upper() in CRISIS_LINES:
        lines.append(CRISIS_LINES[country.upper()])
    return CrisisResources(tuple(lines), EMERGENCY_NUMBERS.get(country.upper()))
