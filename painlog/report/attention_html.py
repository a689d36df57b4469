"""The "What needs attention" block at the top of page 1: one row per kind of item, the patient's words
escaped and shortened to a few lines."""

from __future__ import annotations

from html import escape
from itertools import groupby

from painlog.domain import numbers
from painlog.domain.attention import Attention
from painlog.report.shorten import shorten
from painlog.report.summary import VisitSummary
from painlog.wording import QT_TR_NOOP, Translator
from painlog.wording.clinical import SEVERITY_WORDS, STOP_REASON_WORDS, word
from painlog.wording.screens import describe_score, describe_self_harm

KIND_WORDS = {
    "self_harm": QT_TR_NOOP("Thoughts of self-harm (PHQ-9 question 9)"),
    "question": QT_TR_NOOP("Questions for this visit"),
    "note": QT_TR_NOOP("Notes for the doctor"),
    "fall": QT_TR_NOOP("Falls"),
    "severe_side_effect": QT_TR_NOOP("Severe side effects"),
    "positive_screen": QT_TR_NOOP("Positive mood or anxiety screens"),
    "over_maximum": QT_TR_NOOP("More than the prescribed maximum"),
    "started": QT_TR_NOOP("Started in this period"),
    "stopped": QT_TR_NOOP("Stopped in this period"),
}
INLINE = {"started", "stopped"}  # short items, one line for all of them
NOTHING = QT_TR_NOOP(
    "Nothing flagged: no questions or notes for the doctor, no severe side effects or falls, no positive mood or "
    "anxiety screen, no day over a prescribed maximum, and no therapy started or stopped in this period."
)


def attention_html(s: VisitSummary, tr: Translator) -> str:
    """The block, at the top of page 1."""
    rows = []
    for kind, group in groupby(s.attention, key=lambda a: a.kind):
        items = list(group)
        label = word(KIND_WORDS, kind, tr)
        if kind == "question" and s.next_visit is not None:
            label = tr("{what} ({day})").format(what=label, day=s.next_visit.day.isoformat())
        lines = [_item(i, n, tr) for n, i in enumerate(items, start=1)]
        if kind == "note" and s.notes_omitted:
            lines.append("<i>" + escape(tr("and %n earlier note(s) in the diary", None, s.notes_omitted)) + "</i>")
        cell = "; ".join(lines) if kind in INLINE else "<br>".join(lines)
        rows.append(f'<tr><td width="22%"><b>{escape(label)}</b></td><td>{cell}</td></tr>')
    heading = "<h2>" + escape(tr("What needs attention")) + "</h2>"
    if not rows:
        return heading + ("<p>" + escape(tr.known(NOTHING)) + "</p>")
    return heading + f'<table class="grid" width="100%">{"".join(rows)}</table>'


def _item(item: Attention, n: int, tr: Translator) -> str:
    if item.kind == "question":
        return f"{n}. {_words(item.text, tr)}"
    if item.kind in INLINE:
        text = f"<b>{escape(item.text)}</b> {_day(item)}"
        if item.kind == "stopped":
            reason = word(STOP_REASON_WORDS, item.code, tr) if item.code else tr("no reason recorded")
            text += f" — {escape(reason.lower())}"
        return text
    if item.screen is not None and item.kind == "self_harm":
        return escape(f"{_day(item)}: {describe_self_harm(item.screen, tr)} · {describe_score(item.screen, tr)}") + (
            " — <b>" + escape(tr("ask about it at this visit")) + "</b>"
        )
    if item.screen is not None:
        return escape(f"{_day(item)}: {describe_score(item.screen, tr)}")
    if item.over is not None:
        return escape(
            tr("{day}: {name} %n dose(s) (at most {most} a day)", None, item.over.doses).format(
                day=_day(item), name=item.text, most=item.over.max_per_day
            )
        )
    text = f"{_day(item)}: {_words(item.text, tr)}"
    details = []
    if item.kind == "fall" and item.code:
        details.append(tr("{severity} side effect").format(severity=word(SEVERITY_WORDS, item.code, tr).lower()))
    if item.about:
        details.append(tr("thought to be from {therapy}").format(therapy=item.about))
    if item.mme is not None:
        details.append(tr("opioids prescribed that day: {mme} MME/day").format(mme=numbers.mme(item.mme)))
    return text + (f" ({escape('; '.join(details))})" if details else "")


def _day(item: Attention) -> str:
    return item.day.isoformat() if item.day else ""


def _words(text: str, tr: Translator) -> str:
    """The patient's text, escaped, with at most a few lines of it."""
    short = shorten(text)
    if not short.more_words:
        return escape(short.text)
    more = tr("(continues in the diary, %n more word(s))", None, short.more_words)
    return f"{escape(short.text)} <i>{escape(more)}</i>"
