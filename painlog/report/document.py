"""The visit summary as one QTextDocument: the same document serves the print preview, the printer and the
PDF. Every piece of user text is escaped before it enters the HTML (a note with <b> prints those characters).
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from html import escape

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QFont, QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from painlog.charts.style import PRINT
from painlog.charts.trends import trends_figure
from painlog.domain import numbers
from painlog.domain.mme import CAVEAT
from painlog.domain.response import CAUSE_LINE, Change, Response
from painlog.domain.statistics import PeriodStats
from painlog.report.chart_image import png_bytes
from painlog.report.medication_words import adherence_text, as_needed_text, mme_text
from painlog.report.summary import VisitSummary
from painlog.wording import (
    EVENT_WORDS,
    GOAL_STATUS_WORDS,
    SEVERITY_WORDS,
    days,
    describe_change,
    describe_missing_judgement,
    location_word,
    quality_word,
    tr,
    word,
)

Shown = Callable[[Fraction | None], str]
PDF_DPI = 300
MARGIN_MM = 14
CHART_URL = "painlog://trends.png"
WINDOWS_LINE = (
    "Before: the 14 days before. After: days 15–42 after a course starts or changes or after surgery; "
    "days 3–28 after an injection, nerve block or ablation. No figure uses a day after the period's last day."
)
STYLE = """
body { font-size: 9pt; }
h1 { font-size: 15pt; margin: 0 0 2px 0; }
h2 { font-size: 11pt; margin: 8px 0 2px 0; }
p { margin: 1px 0; }
table.grid { border-collapse: collapse; }
table.grid td, table.grid th { border: 1px solid #888888; padding: 2px 5px; }
th { background-color: #e8e8e8; text-align: left; }
.small { font-size: 7.5pt; color: #333333; }
.num { text-align: right; }
"""


def page_size_for_locale(locale: QLocale | None = None) -> QPageSize:
    """Letter where Letter is the paper in the shops, A4 elsewhere."""
    territory = (locale or QLocale()).territory()
    letter = {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
    }
    return QPageSize(QPageSize.PageSizeId.Letter if territory in letter else QPageSize.PageSizeId.A4)


def _e(text: object) -> str:
    return escape(str(text))


def _change(change: Change | None) -> str:
    return _e(describe_change(change))


def summary_html(summary: VisitSummary, chart_width: int) -> str:
    """The whole document; page 1 is "at a glance", the sections with data follow."""
    parts = [f"<html><head><style>{STYLE}</style></head><body>", _header(summary)]
    if summary.empty:
        parts.append(
            f"<p><b>{_e(tr('No check-ins were recorded in this period.'))}</b> "
            f"{_e(tr('There is nothing to average, so no figures are shown.'))}</p>"
        )
    else:
        parts.append(_glance(summary))
        parts.append(f'<p><img src="{CHART_URL}" width="{chart_width}"></p>')
    parts.append(_current(summary))
    parts.append(_mme(summary))
    follow = [
        html for html in (_therapy_pages(summary), _medication(summary), _effects(summary), _patient(summary)) if html
    ]
    if follow:
        if not summary.empty:  # page 1 holds the chart; the rest starts on a page of its own
            parts.append('<div style="page-break-before: always"></div>')
        parts.extend(follow)
    parts.append(f'<p class="small"><i>{_e(tr(CAUSE_LINE))}</i></p></body></html>')
    return "".join(parts)


def _header(s: VisitSummary) -> str:
    who = []
    if s.patient:
        who.append(f"<b>{_e(s.patient)}</b>")
    if s.birth_date:
        who.append(_e(tr("born {day}").format(day=s.birth_date)))
    period = tr("{start} to {end} ({days}) · {recorded} of {days} recorded · made {made}").format(
        start=s.start.isoformat(),
        end=s.end.isoformat(),
        days=days(s.stats.days),
        recorded=s.stats.recorded,
        made=s.made.isoformat(),
    )
    who_line = f"<p>{' · '.join(who)}</p>" if who else ""
    return f"<h1>{_e(tr('Pain diary — visit summary'))}</h1>{who_line}<p>{_e(period)}</p>"


def _glance(s: VisitSummary) -> str:
    st, pr = s.stats, s.previous
    previous = tr("previous {days}").format(days=days(pr.days))
    if pr.recorded == 0:  # every figure of that column is "—": say why
        previous += " " + tr("(nothing recorded)")
    mean = numbers.scale_mean
    rows = [
        (
            tr("Average pain (0–10, lower is better)"),
            mean(st.pain_mean),
            mean(pr.pain_mean),
            _change(s.pain_change),
        ),
        (tr("PEG score (0–10, lower is better)"), mean(st.peg_mean), mean(pr.peg_mean), _change(s.peg_change)),
        (
            tr("Worst / least pain (means)"),
            _pair(st, st.worst_mean, st.least_mean, mean, mean),
            _pair(pr, pr.worst_mean, pr.least_mean, mean, mean),
            "",
        ),
        (
            tr("Days with pain 7 or more"),
            numbers.percent(st.high_days_percent),
            numbers.percent(pr.high_days_percent),
            "",
        ),  # fmt: skip
        (tr("Best / worst day"), _days(st), _days(pr), ""),
        (tr("Mood (0–10, higher is better)"), mean(st.mood_mean), mean(pr.mood_mean), ""),
        (
            tr("Sleep: hours / quality (higher is better)"),
            _pair(st, st.sleep_hours_mean, st.sleep_quality_mean, _hours, mean),
            _pair(pr, pr.sleep_hours_mean, pr.sleep_quality_mean, _hours, mean),
            "",
        ),
    ]
    head = (
        f"<tr><th></th><th>{_e(tr('this period'))}</th><th>{_e(previous)}</th>"
        f"<th>{_e(tr('change (points, %) · IMMPACT'))}</th></tr>"
    )
    body = "".join(
        f"<tr><td>{_e(a)}</td><td class='num'>{b}</td><td class='num'>{c}</td><td>{d}</td></tr>" for a, b, c, d in rows
    )
    return f'<table class="grid" width="100%">{head}{body}</table>'


def _pair(st: PeriodStats, a: Fraction | None, b: Fraction | None, show_a: Shown, show_b: Shown) -> str:
    """ "7.2 / 3.1"; where days were recorded but neither optional item was, "—" says why."""
    if a is None and b is None and st.recorded:
        return f"{numbers.NO_DATA} ({_e(tr('not recorded'))})"
    return f"{show_a(a)} / {show_b(b)}"


def _hours(value: numbers.Number | None) -> str:
    return numbers.NO_DATA if value is None else tr("{h} h").format(h=numbers.fixed(value, 1))


def _days(st) -> str:  # noqa: ANN001 - PeriodStats
    if st.best_day is None or st.worst_day is None:
        return "—"
    return f"{st.best_day[1]} ({st.best_day[0]:%d %b}) / {st.worst_day[1]} ({st.worst_day[0]:%d %b})"


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f'<table class="grid" width="100%"><tr>{head}</tr>{body}</table>'


def _current(s: VisitSummary) -> str:
    if not s.current:
        return f"<h2>{_e(tr('Current therapies'))}</h2><p>{_e(tr('None recorded.'))}</p>"
    rows = [[f"<b>{_e(t.name)}</b>", _e(text), _e(t.target), _e(t.prescriber)] for t, text in s.current]
    return f"<h2>{_e(tr('Current therapies'))}</h2>" + _table(
        [tr("Therapy"), tr("Dose / latest"), tr("For"), tr("Prescribed by")], rows
    )


def _mme(s: VisitSummary) -> str:
    if s.prescribed_mme is None:
        return ""
    return (
        f"<h2>{_e(tr('Opioid dose (morphine milligram equivalents)'))}</h2>"
        f"<p>{_e(mme_text(s.prescribed_mme, s.taken_mme))}</p>"
        f'<p class="small">{_e(tr(CAVEAT))}</p>'
    )


def _therapy_pages(s: VisitSummary) -> str:
    """One table of what changed in the period, with the before/after judgement of each start, dose change
    and procedure (and the relief the patient reported after a procedure)."""
    if "therapy" not in s.sections or not (s.changes or s.procedures):
        return ""
    judged = {(r.event.day, r.event.therapy.id, r.event.what): r for r in s.responses}
    rows = []
    happenings = [(c.day, c.therapy, c.what, "") for c in s.changes]
    for therapy, procedure in s.procedures:
        relief = "" if procedure.relief_percent is None else tr("relief {n}").format(
            n=numbers.percent(procedure.relief_percent))  # fmt: skip
        detail = " · ".join(x for x in (procedure.site, relief) if x)
        happenings.append((procedure.day, therapy, "procedure", detail))
    for day, therapy, what, detail in sorted(happenings, key=lambda h: (h[0], h[1].name)):
        response = judged.get((day, therapy.id, what))
        happened = _e(word(EVENT_WORDS, what)) + (f" ({_e(detail)})" if detail else "")
        rows.append([day.isoformat(), _e(therapy.name), happened, *_judgement(response)])
    headers = [tr("Date"), tr("Therapy"), tr("What happened"), tr("Pain"), tr("PEG"), tr("Change · IMMPACT")]
    return (
        f"<h2>{_e(tr('Therapy changes in this period — did they help?'))}</h2>"
        + _table(headers, rows)
        + f'<p class="small">{_e(tr(WINDOWS_LINE))}</p>'
    )


def _judgement(response: Response | None) -> list[str]:
    """Pain before → after, PEG before → after, and the change in words, for one judged event."""
    if response is None:
        return ["", "", ""]
    if response.pain is None:
        return ["—", "—", _e(describe_missing_judgement(response))]
    result = _change(response.pain)
    if response.overlaps:
        names = ", ".join(sorted({o.therapy.name for o in response.overlaps}))
        result += " · " + _e(tr("overlaps {n}").format(n=names))
    return [_before_after(response.pain), _before_after(response.peg), result]


def _before_after(change: Change | None) -> str:
    if change is None:
        return numbers.NO_DATA
    return f"{numbers.scale_mean(change.before)} → {numbers.scale_mean(change.after)}"


def _medication(s: VisitSummary) -> str:
    if "medication" not in s.sections or not s.medication_use:
        return ""
    rows = []
    for use in s.medication_use:
        parts = [adherence_text(use.adherence)] if use.adherence is not None else []
        parts += [as_needed_text(use.as_needed)] if use.as_needed is not None else []
        rows.append([f"<b>{_e(use.therapy.name)}</b>", _e(use.dose), _e("; ".join(parts))])
    return f"<h2>{_e(tr('How medication was taken'))}</h2>" + _table([tr("Medication"), tr("Dose"), tr("Use")], rows)


def _effects(s: VisitSummary) -> str:
    if "effects" not in s.sections:
        return ""
    parts = []
    if s.side_effects:
        rows = [
            [e.day.isoformat(), _e(word(SEVERITY_WORDS, e.severity)), _e(e.description), _e(cause)]
            for e, cause in s.side_effects
        ]
        more = (
            f'<p class="small">{_e(tr("and {n} earlier").format(n=s.side_effects_omitted))}</p>'
            if s.side_effects_omitted
            else ""
        )
        parts.append(
            f"<h2>{_e(tr('Side effects'))}</h2>"
            + _table([tr("Date"), tr("Severity"), tr("What"), tr("Thought to be from")], rows)
            + more
        )
    where = ", ".join(f"{_e(location_word(c))} ({n})" for c, n in s.locations)
    feel = ", ".join(f"{_e(quality_word(c))} ({n})" for c, n in s.qualities)
    lines = []
    if where:
        lines.append(f"<b>{_e(tr('Where it hurt'))}</b> ({_e(tr('days'))}): {where}")
    if feel:
        lines.append(f"<b>{_e(tr('What it felt like'))}</b>: {feel}")
    if s.flares:
        lines.append(f"<b>{_e(tr('Flares logged'))}</b>: {s.flares}")
    if lines:
        parts.append(f"<h2>{_e(tr('Pain pattern'))}</h2><p>" + "<br>".join(lines) + "</p>")
    return "".join(parts)


def _patient(s: VisitSummary) -> str:
    if "patient" not in s.sections:
        return ""
    parts = []
    if s.doctor_notes:
        items = "".join(f"<li><b>{day.isoformat()}</b>: {_e(text)}</li>" for day, text in s.doctor_notes)
        more = (
            f"<p class='small'>{_e(tr('and {n} earlier notes').format(n=s.notes_omitted))}</p>"
            if s.notes_omitted
            else ""
        )
        parts.append(f"<h2>{_e(tr('Notes for the doctor'))}</h2><ul>{items}</ul>{more}")
    if s.next_visit and s.next_visit.questions:
        items = "".join(f"<li>{_e(q)}</li>" for q in s.next_visit.questions)
        parts.append(f"<h2>{_e(tr('Questions for this visit'))}</h2><ol>{items}</ol>")
    if s.goals:
        items = "".join(
            f"<li>{_e(g.text)} — {_e(word(GOAL_STATUS_WORDS, g.status))}"
            + (f" {g.achieved.isoformat()}" if g.achieved else f" ({_e(tr('since'))} {g.start.isoformat()})")
            + "</li>"
            for g in s.goals
        )
        parts.append(f"<h2>{_e(tr('Goals'))}</h2><ul>{items}</ul>")
    return "".join(parts)


def summary_document(summary: VisitSummary, device: QPagedPaintDevice) -> QTextDocument:
    """The laid-out document for `device` (a PDF writer or a printer), chart at print resolution.

    Laid out in the device's own pixels, so points are points and the chart spans the text width exactly.
    """
    rect = device.pageLayout().paintRectPixels(device.resolution())
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.setDocumentMargin(0)
    font = QFont(document.defaultFont())
    font.setPointSizeF(9)
    document.setDefaultFont(font)
    if not summary.empty:
        width_in = rect.width() / device.resolution()
        figure = trends_figure(summary.trends, PRINT, size=(width_in, min(3.9, width_in * 0.55)))
        image = QImage.fromData(png_bytes(figure))
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), image)
    # Image sizes in rich text are in 1/96 inch, scaled by Qt to the device's resolution.
    document.setHtml(summary_html(summary, int(rect.width() / device.resolution() * 96)))
    return document


def page_layout(page: QPageSize) -> QPageLayout:
    return QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(*[MARGIN_MM] * 4), QPageLayout.Unit.Millimeter)


def print_summary(summary: VisitSummary, device: QPagedPaintDevice) -> None:
    """Print (or preview, or write) the summary on a device whose page layout is already set."""
    summary_document(summary, device).print_(device)


def pdf_bytes(summary: VisitSummary, page: QPageSize | None = None) -> tuple[bytes, int]:
    """The summary as a PDF with embedded fonts, made in memory, and its page count.

    In memory, so the file itself is written by painlog.files, where every write error (a full disk) is seen;
    QPdfWriter writing to a file drops them silently.
    """
    page = page or page_size_for_locale()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(page))
    writer.setTitle(tr("Pain diary — visit summary"))
    writer.setCreator("painlog")
    document = summary_document(summary, writer)
    pages = document.pageCount()
    document.print_(writer)
    del writer  # the PDF is finished when the writer is released
    data = bytes(buffer.data())
    buffer.close()
    return data, pages
