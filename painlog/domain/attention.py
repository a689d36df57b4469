"""What the specialist should see first: the patient's questions and notes, severe side effects, falls, days
an as-needed medicine was taken more often than prescribed, and therapies started or stopped in the period.

Each kind of item has one small function that finds it; the summary puts them together with
`needs_attention`. A new kind (a positive mood screen, say) is one more code in KINDS and one more function.

The fall rule, kept simple so a patient can predict it: a side effect (any severity) or a flare whose text
has the word "fell", "fall", "falls", "fallen" or "falling" — but not "fall asleep" / "fell asleep".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from painlog.domain.checkin import CheckIn
from painlog.domain.episode import Episode
from painlog.domain.medication_use import OverMaximum
from painlog.domain.screens import SELF_HARM_ITEM, Screen
from painlog.domain.therapy import RegimenChange, SideEffect
from painlog.domain.visits import Visit

# The order the kinds are shown in: an answer that tells of thoughts of self-harm before everything, then the
# patient's own words.
KINDS = (
    "self_harm", "question", "note", "fall", "severe_side_effect", "positive_screen", "over_maximum", "started",
    "stopped",
)  # fmt: skip
_FALL = re.compile(r"\b(fell|falls?|fallen|falling)\b(?!\s+(back\s+)?asleep)", re.IGNORECASE)


def mentions_fall(text: str) -> bool:
    """Whether `text` tells of a fall ("Fell at home", "a fall on the stairs"), not of falling asleep."""
    return bool(_FALL.search(text))


@dataclass(frozen=True)
class Attention:
    """One thing for the first page. `text` is the patient's words or a therapy's name."""

    kind: str  # one of KINDS
    text: str
    day: date | None = None
    code: str = ""  # a side effect's severity; a stop's reason
    about: str = ""  # the therapy a side effect is thought to come from
    mme: float | None = None  # opioid MME/day prescribed on that day (falls, severe side effects), if any
    over: OverMaximum | None = None  # for "over_maximum": that day's doses and the most a day prescribed
    screen: Screen | None = None  # for "self_harm" and "positive_screen"


def questions(visit: Visit | None) -> list[Attention]:
    """The questions the patient wrote down for the visit, in their order."""
    return [Attention("question", q) for q in visit.questions] if visit else []


def notes_for_doctor(checkins: Iterable[CheckIn]) -> list[Attention]:
    """Notes the patient marked for the doctor, newest first."""
    found = [Attention("note", c.note.strip(), c.day) for c in checkins if c.for_doctor and c.note.strip()]
    return sorted(found, key=lambda a: a.day or date.min, reverse=True)


def side_effects(effects: Iterable[SideEffect], names: Mapping[int | None, str]) -> list[Attention]:
    """Falls (any severity) and severe side effects; a severe fall is listed once, as a fall."""
    found = []
    for effect in effects:
        about = names.get(effect.therapy_id, "")
        if mentions_fall(effect.description):
            found.append(Attention("fall", effect.description, effect.day, effect.severity, about))
        elif effect.severity == "severe":
            found.append(Attention("severe_side_effect", effect.description, effect.day, effect.severity, about))
    return found


def flare_falls(flares: Iterable[Episode]) -> list[Attention]:
    """Flares whose trigger or note tells of a fall."""
    found = []
    for flare in flares:
        text = " · ".join(part for part in (flare.trigger.strip(), flare.note.strip()) if part)
        if mentions_fall(text):
            found.append(Attention("fall", text, flare.at.date()))
    return found


def started_and_stopped(changes: Iterable[RegimenChange]) -> list[Attention]:
    """Therapies started or stopped in the period (dose changes are in the therapy table)."""
    return [
        Attention(c.what, c.therapy.name, c.day, c.regimen.stop_reason or "" if c.what == "stopped" else "")
        for c in changes
        if c.what in ("started", "stopped")
    ]


def screens(found: Iterable[Screen]) -> list[Attention]:
    """Every self-harm answer of the period, and the latest positive screen of each form in it.

    An earlier positive screen of the same form is left out: the latest says where the patient is now, and
    the page shows the change since the one before.
    """
    ordered = sorted(found, key=lambda s: (s.day, s.id or 0))
    harm = [Attention("self_harm", s.instrument, s.day, str(s.answers[SELF_HARM_ITEM]), screen=s)
            for s in ordered if s.self_harm]  # fmt: skip
    latest = {s.instrument: s for s in ordered}
    positive = [Attention("positive_screen", s.instrument, s.day, s.band or "", screen=s)
                for s in latest.values() if s.positive]  # fmt: skip
    return harm + positive


def over_maximum(days: Iterable[tuple[str, OverMaximum]]) -> list[Attention]:
    """Days an as-needed medicine (named) was taken more often than its regimen that day allows."""
    return [Attention("over_maximum", name, over.day, over=over) for name, over in days]


def needs_attention(*groups: Iterable[Attention]) -> tuple[Attention, ...]:
    """All items, kind by kind in the order of KINDS; within a kind as each function gave them, except that
    dated events (falls, side effects, days over a maximum, starts, stops) come newest first."""
    items = [item for group in groups for item in group]
    dated = {"self_harm", "fall", "severe_side_effect", "positive_screen", "over_maximum", "started", "stopped"}

    def order(item: Attention) -> tuple[int, int]:
        newest_first = -(item.day.toordinal() if item.day and item.kind in dated else 0)
        return KINDS.index(item.kind), newest_first

    return tuple(sorted(items, key=order))
