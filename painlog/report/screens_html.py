"""Page 1's "Mood, anxiety and global impression" lines: the latest PHQ and GAD with band, change and date, and
the PGIC answers of the period. Left out when the patient has none of them."""

from __future__ import annotations

from html import escape

from painlog.report.summary import Impressed, VisitSummary
from painlog.screen_words import TOPIC_WORDS, describe_answer, describe_standing
from painlog.wording import describe_regimen, tr


def screens_html(s: VisitSummary) -> str:
    rows = []  # (label, cell as HTML)
    for topic, found in (("depression", s.depression), ("anxiety", s.anxiety)):
        if found is not None:
            rows.append((tr(TOPIC_WORDS[topic]), escape(describe_standing(found))))
    answers = [_impression(i) for i in s.impressions]
    if answers:
        rows.append((tr("Global impression of change (PGIC)"), "<br>".join(answers)))
    if not rows:
        return ""
    body = "".join(f"<tr><td width='34%'>{escape(label)}</td><td>{cell}</td></tr>" for label, cell in rows)
    return f'<table class="grid" width="100%" style="margin-top: 8px">{body}</table>'


def _impression(found: Impressed) -> str:
    """ "<b>Much improved</b> (2026-11-02, since the visit on 2026-08-01)"."""
    i = found.impression
    if found.therapy is not None and found.regimen is not None:
        about = tr("since {therapy} {dose} from {day}").format(
            therapy=found.therapy.name, dose=describe_regimen(found.regimen), day=i.since.isoformat()
        )
    elif i.visit_id is not None:
        about = tr("since the visit on {day}").format(day=i.since.isoformat())
    else:
        about = tr("since {day}").format(day=i.since.isoformat())
    return f"<b>{escape(describe_answer(i.answer))}</b> ({escape(i.day.isoformat())}, {escape(about)})"
