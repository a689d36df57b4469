"""The visit summary as one QTextDocument: the same document serves the print preview, the printer and the
PDF. Every piece of user text is escaped before it enters the HTML (a note with <b> prints those characters).
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from html import escape
from typing import TYPE_CHECKING

from matplotlib.figure import Figure
from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QFont, QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from painlog.charts.style import PRINT
from painlog.charts.trends import Layout, trends_figure
from painlog.domain import numbers
from painlog.domain.block_diary import BlockResult
from painlog.domain.response import Change, Response
from painlog.domain.statistics import PeriodStats
from painlog.domain.therapy import Procedure, RegimenChange
from painlog.report.attention_html import attention_html
from painlog.report.body_image import BODY_URL, body_image, with_body
from painlog.report.chart_image import PRINT_DPI, png_bytes
from painlog.report.medication_words import adherence_text, as_needed_text, mme_text
from painlog.report.paging import Running, band_height, paint_pages

if TYPE_CHECKING:
    from painlog.report.paging import PrintDevice
from painlog.report.procedure_words import describe_block, describe_follow_ups
from painlog.report.screens_html import screens_html
from painlog.report.summary import VisitSummary, relief_days_after
from painlog.wording import ENGLISH, Translator
from painlog.wording.clinical import (
    EVENT_WORDS,
    GOAL_STATUS_WORDS,
    SEVERITY_WORDS,
    STOP_REASON_WORDS,
    location_word,
    quality_word,
    word,
)
from painlog.wording.dates import short_day
from painlog.wording.notes import cause_line, mme_caveat, windows_line
from painlog.wording.screens import describe_answer
from painlog.wording.sentences import (
    days,
    describe_change,
    describe_dose_change,
    describe_missing_judgement,
    describe_regimen,
)

Shown = Callable[[Fraction | None], str]
PDF_DPI = 300
MARGIN_MM = 14
CHART_URL = "painlog://trends.png"
MOST_PLACES = 5  # the places named in words; the drawing shows them all
PAGE_BREAK = '<div style="page-break-before: always"></div>'
CHART_IN = 3.9  # the chart's height on page 1 (its therapy lanes need about half of it)
CHART_GIVES_IN = 0.6  # how much shorter it may be to keep the current therapies on page 1
CHART_MOST_IN = 6.0  # how tall it may grow into the room page 1 has left (a long period's panels need it)
STYLE = """
body { font-size: 9pt; }
h1 { font-size: 15pt; margin: 0 0 2px 0; }
h2 { font-size: 11pt; margin: 6px 0 2px 0; }
p { margin: 1px 0; }
table.grid { border-collapse: collapse; }
table.grid td, table.grid th { border: 1px solid #888888; padding: 1px 4px; }
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


def _change(change: Change | None, tr: Translator) -> str:
    return _e(describe_change(change, tr))


def summary_html(summary: VisitSummary, chart_width: int, kept: int = 2, tr: Translator = ENGLISH) -> str:
    """The whole document: page 1 is what needs attention and the period at a glance, the sections with data
    follow on pages of their own.

    `kept`: how many of the current therapies and the opioid dose (in the order of PAGE_ONE_END, counted from
    its end) close page 1; the others open page 2 (when page 1 has no room for them).
    """
    return "".join(_page_one(summary, chart_width, kept, tr)) + _rest(summary, kept, tr)


def _chart_apart_html(summary: VisitSummary, chart_width: int, kept: int, tr: Translator) -> str:
    """The document when page 1 has no room for a readable chart: page 1 without it, the chart opening page 2
    at full height, the sections with data after it."""
    page_one = "".join(_page_one(summary, 0, kept, tr))
    chart = f'{PAGE_BREAK}<p><img src="{CHART_URL}" width="{chart_width}"></p>'
    return page_one + chart + _rest(summary, kept, tr, break_first=False)


def _moved(summary: VisitSummary, kept: int) -> tuple[Callable[[VisitSummary, Translator], str], ...]:
    """The page-1 sections that do not fit there (none of an empty summary: it has no chart)."""
    return () if summary.empty else PAGE_ONE_END[: len(PAGE_ONE_END) - kept]


def _page_one(summary: VisitSummary, chart_width: int, kept: int, tr: Translator) -> list[str]:
    parts = [f"<html><head><style>{STYLE}</style></head><body>", _header(summary, tr), attention_html(summary, tr)]
    if summary.empty:
        parts.append(
            "<p style='margin-top: 8px'><b>"
            + _e(tr("No check-ins were recorded in this period."))
            + "</b> "
            + _e(tr("There is nothing to average, so no figures are shown."))
            + "</p>"
        )
    else:
        parts.append(_glance(summary, tr))
    parts.append(screens_html(summary, tr))
    if not summary.empty and chart_width:
        parts.append(f'<p><img src="{CHART_URL}" width="{chart_width}"></p>')
    moved = _moved(summary, kept)
    return parts + [section(summary, tr) for section in PAGE_ONE_END if section not in moved]


def _rest(summary: VisitSummary, kept: int, tr: Translator, break_first: bool = True) -> str:
    parts = [section(summary, tr) for section in _moved(summary, kept)]
    parts += [section(summary, tr) for section in (_therapy_pages, _medication, _effects, _patient)]
    parts = [html for html in parts if html]
    if parts and not summary.empty and break_first:  # page 1 holds the chart; the rest starts on a page of its own
        parts.insert(0, PAGE_BREAK)
    return "".join(parts) + "</body></html>"


def running_text(s: VisitSummary, tr: Translator) -> Running:
    """The header and footer of every page: who, which period, which page."""
    who = s.patient or tr("Name: {line}").format(line="_" * 28)
    if s.birth_date:
        who = tr("{name} · born {day}").format(name=who, day=s.birth_date)
    period = tr("{start} to {end}").format(start=s.start.isoformat(), end=s.end.isoformat())
    made = tr("Pain diary — visit summary, made {made} from the patient's own records").format(made=s.made.isoformat())
    return Running(who, period, made, tr("page {n} of {m}"))


def _header(s: VisitSummary, tr: Translator) -> str:
    who = []
    if s.patient:
        who.append(f"<b>{_e(s.patient)}</b>")
    if s.birth_date:
        who.append(_e(tr("born {day}").format(day=s.birth_date)))
    recorded = tr("{recorded} of {days} recorded").format(recorded=s.stats.recorded, days=days(s.stats.days, tr))
    if s.late:
        recorded = tr("{recorded}, {late} of them later than the next day").format(recorded=recorded, late=s.late)
    if s.not_recorded:
        recorded = tr("{recorded}; %n marked not recorded", None, s.not_recorded).format(recorded=recorded)
    period = tr("{start} to {end} ({days}) · {recorded} · made {made}").format(
        start=s.start.isoformat(),
        end=s.end.isoformat(),
        days=days(s.stats.days, tr),
        recorded=recorded,
        made=s.made.isoformat(),
    )
    who_line = f"<p>{' · '.join(who)}</p>" if who else ""
    return "<h1>" + _e(tr("Pain diary — visit summary")) + "</h1>" + str(who_line) + "<p>" + _e(period) + "</p>"


def _glance(s: VisitSummary, tr: Translator) -> str:
    st, pr = s.stats, s.previous
    recorded = tr("nothing recorded") if pr.recorded == 0 else tr("{n} recorded").format(n=pr.recorded)
    previous = tr("previous {days} ({recorded})").format(days=days(pr.days, tr), recorded=recorded)
    mean = numbers.scale_mean
    rows = [
        (
            tr("Average pain (0–10, lower is better)"),
            mean(st.pain_mean),
            mean(pr.pain_mean),
            _change(s.pain_change, tr),
        ),
        (tr("PEG score (0–10, lower is better)"), mean(st.peg_mean), mean(pr.peg_mean), _change(s.peg_change, tr)),
        (
            tr("Worst / least pain (means)"),
            _pair(st, st.worst_mean, st.least_mean, mean, mean, tr),
            _pair(pr, pr.worst_mean, pr.least_mean, mean, mean, tr),
            "",
        ),
        (
            tr("Days with pain 7 or more"),
            numbers.percent(st.high_days_percent),
            numbers.percent(pr.high_days_percent),
            "",
        ),  # fmt: skip
        (tr("Best / worst day"), _days(st, tr), _days(pr, tr), ""),
        (tr("Mood (0–10, higher is better)"), mean(st.mood_mean), mean(pr.mood_mean), ""),
        (
            tr("Sleep: hours / quality (higher is better)"),
            _pair(st, st.sleep_hours_mean, st.sleep_quality_mean, _hours(tr), mean, tr),
            _pair(pr, pr.sleep_hours_mean, pr.sleep_quality_mean, _hours(tr), mean, tr),
            "",
        ),
    ]
    head = (
        "<tr><th width='34%'></th><th width='17%'>"
        + _e(tr("this period"))
        + "</th><th width='19%'>"
        + _e(previous)
        + "</th><th>"
        + _e(tr("change (points, %) · IMMPACT"))
        + "</th></tr>"
    )
    body = "".join(
        f"<tr><td>{_e(a)}</td><td class='num'>{b}</td><td class='num'>{c}</td><td>{d}</td></tr>" for a, b, c, d in rows
    )
    return f'<table class="grid" width="100%" style="margin-top: 8px">{head}{body}</table>'


def _pair(st: PeriodStats, a: Fraction | None, b: Fraction | None, show_a: Shown, show_b: Shown,
          tr: Translator) -> str:  # fmt: skip
    """ "7.2 / 3.1"; where days were recorded but neither optional item was, "—" says why."""
    if a is None and b is None and st.recorded:
        return str(numbers.NO_DATA) + " (" + _e(tr("not recorded")) + ")"
    return f"{show_a(a)} / {show_b(b)}"


def _hours(tr: Translator) -> Shown:
    def shown(value: numbers.Number | None) -> str:
        return numbers.NO_DATA if value is None else tr("{h} h").format(h=numbers.fixed(value, 1))

    return shown


def _days(st: PeriodStats, tr: Translator) -> str:
    if st.best_day is None or st.worst_day is None:
        return "—"
    best, worst = st.best_day, st.worst_day
    return f"{best[1]} ({short_day(best[0], tr)}) / {worst[1]} ({short_day(worst[0], tr)})"


def grid_table(headers: list[str], rows: list[list[str]], widths: tuple[int, ...] = ()) -> str:
    """A grid with a header row; `widths` in percent of the page, one per column, or none (Qt decides)."""
    sized = [f" width='{w}%'" for w in widths] or [""] * len(headers)
    head = "".join(f"<th{w}>{_e(h)}</th>" for h, w in zip(headers, sized, strict=True))
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f'<table class="grid" width="100%"><tr>{head}</tr>{body}</table>'


def _current(s: VisitSummary, tr: Translator) -> str:
    if not s.current:
        return "<h2>" + _e(tr("Current therapies")) + "</h2><p>" + _e(tr("None recorded.")) + "</p>"
    rows = []
    for c in s.current:
        since = c.since.isoformat()
        if c.dose_since is not None:
            since += " " + _e(tr("(this dose since {day})").format(day=c.dose_since.isoformat()))
        if c.procedure is not None:
            dose = _relief(c.procedure, s, tr)
        else:  # a running dose (a procedure without one in the period has no line here)
            dose = _e(describe_regimen(c.regimen, tr)) if c.regimen is not None else ""
        rows.append([f"<b>{_e(c.therapy.name)}</b>", since, dose, _e(c.therapy.target), _e(c.therapy.prescriber)])
    return ("<h2>" + _e(tr("Current therapies")) + "</h2>") + grid_table(
        [tr("Therapy"), tr("Since"), tr("Dose / latest"), tr("For"), tr("Prescribed by")], rows, (19, 19, 26, 18, 18)
    )


def _mme(s: VisitSummary, tr: Translator) -> str:
    if s.prescribed_mme is None:
        return ""
    return (
        "<h2>"
        + _e(tr("Opioid dose (morphine milligram equivalents)"))
        + "</h2><p>"
        + _e(mme_text(s.prescribed_mme, s.taken_mme, tr))
        + '</p><p class="small">'
        + _e(mme_caveat(tr))
        + "</p>"
    )


PAGE_ONE_END = (_current, _mme)  # after the chart on page 1, as far as there is room


def _therapy_pages(s: VisitSummary, tr: Translator) -> str:
    """What changed in the period, with pain before and after each start, dose change and procedure."""
    if "therapy" not in s.sections or not (s.changes or s.procedures):
        return ""
    judged = {(r.event.day, r.event.therapy.id, r.event.what): r for r in s.responses}
    happenings = [(c.day, c.therapy, c.what, _what_changed(c, tr)) for c in s.changes]
    happenings += [(p.day, t, "procedure", _procedure_detail(p, s, tr)) for t, p in s.procedures]
    rows = []
    for day, therapy, what, detail in sorted(happenings, key=lambda h: (h[0], h[1].name)):
        response = judged.get((day, therapy.id, what))
        happened = _e(f"{word(EVENT_WORDS, what, tr)} {detail}".strip())
        judgement = _judgement(response, tr)
        impression = s.change_impressions.get((therapy.id or 0, day)) if what != "procedure" else None
        if impression is not None:
            judgement[-1] += "<br>" + _e(tr("PGIC on {day}: {answer}").format(
                day=impression.day.isoformat(), answer=describe_answer(impression.answer, tr).lower()))  # fmt: skip
        rows.append([day.isoformat(), _e(therapy.name), happened, *judgement])
    headers = [tr("Date"), tr("Therapy"), tr("What happened"), tr("Pain"), tr("PEG"), tr("Change · IMMPACT")]
    return (
        ("<h2>" + _e(tr("Pain before and after each therapy change")) + "</h2><p><i>" + _e(cause_line(tr)) + "</i></p>")
        + grid_table(headers, rows, (12, 14, 23, 10, 10, 31))
        + f'<p class="small">{_e(windows_line(tr))}</p>'
    )


def _procedure_detail(procedure: Procedure, s: VisitSummary, tr: Translator) -> str:
    """ "(L4–L5)", with what its diary showed: a block's peak and spans, the follow-ups' relief."""
    diary = s.diaries.get(procedure.id or 0)
    parts = [procedure.site] if procedure.site else []
    if isinstance(diary, BlockResult):
        parts.append(tr("block diary: {result}").format(result=describe_block(diary, tr)))
    elif diary is not None:
        parts.append(tr("follow-ups: {result}").format(result=describe_follow_ups(diary, tr)))
    return f"({'; '.join(parts)})" if parts else ""


def _what_changed(change: RegimenChange, tr: Translator) -> str:
    """ "from 300 mg to 600 mg, 3× daily" for a dose change; the reason for a stop; the dose for a start."""
    if change.what == "changed" and change.previous is not None:
        return describe_dose_change(change.previous, change.regimen, tr)
    if change.what == "stopped":
        reason = word(STOP_REASON_WORDS, change.regimen.stop_reason, tr).lower() or tr("no reason recorded")
        return "(" + tr("why: {reason}").format(reason=reason) + ")"
    return f"({describe_regimen(change.regimen, tr)})"


def _relief(procedure: Procedure, s: VisitSummary, tr: Translator) -> str:
    """The site, the relief the patient reported, and how many days after the procedure: what the diary knows
    of how long the relief lasted ("—" where it is not known); a block's or follow-ups' diary says it in full."""
    diary = s.diaries.get(procedure.id or 0)
    if isinstance(diary, BlockResult):
        return _e(" · ".join(part for part in (procedure.site, describe_block(diary, tr)) if part))
    if procedure.relief_percent is None and diary is not None:
        text = describe_follow_ups(diary, tr)
    elif procedure.relief_percent is None:
        text = tr("relief not recorded yet")
    else:
        after = relief_days_after(procedure)
        when = numbers.NO_DATA if after is None else tr("{days} after").format(days=days(after, tr))
        text = tr("relief {relief}, reported {when}").format(relief=numbers.percent(procedure.relief_percent),
                                                              when=when)  # fmt: skip
        if diary is not None:
            text += " · " + describe_follow_ups(diary, tr)
    return _e(" · ".join(part for part in (procedure.site, text) if part))


def _judgement(response: Response | None, tr: Translator) -> list[str]:
    """Pain before → after, PEG before → after, and the change in words, for one judged event."""
    if response is None:
        return ["", "", ""]
    if response.pain is None:
        return ["—", "—", _e(describe_missing_judgement(response, tr))]
    result = _change(response.pain, tr)
    if response.overlaps:
        names = ", ".join(sorted({o.therapy.name for o in response.overlaps}))
        result += " · " + _e(tr("overlaps {n}").format(n=names))
    return [_before_after(response.pain), _before_after(response.peg), result]


def _before_after(change: Change | None) -> str:
    if change is None:
        return numbers.NO_DATA
    return f"{numbers.scale_mean(change.before)} → {numbers.scale_mean(change.after)}"


def _medication(s: VisitSummary, tr: Translator) -> str:
    if "medication" not in s.sections or not s.medication_use:
        return ""
    rows = []
    for use in s.medication_use:
        parts = [adherence_text(use.adherence, tr)] if use.adherence is not None else []
        parts += [as_needed_text(use.as_needed, tr)] if use.as_needed is not None else []
        dose = describe_regimen(use.regimen, tr)
        rows.append([f"<b>{_e(use.therapy.name)}</b>", _e(dose), _e("; ".join(parts))])
    return ("<h2>" + _e(tr("How medication was taken")) + "</h2>") + grid_table(
        [tr("Medication"), tr("Dose"), tr("Use")], rows
    )


def _effects(s: VisitSummary, tr: Translator) -> str:
    if "effects" not in s.sections:
        return ""
    parts = []
    if s.side_effects:
        rows = [
            [e.day.isoformat(), _e(word(SEVERITY_WORDS, e.severity, tr)), _e(e.description), _e(cause)]
            for e, cause in s.side_effects
        ]
        more = (
            ('<p class="small">' + _e(tr("and %n earlier", None, s.side_effects_omitted)) + "</p>")
            if s.side_effects_omitted
            else ""
        )
        parts.append(
            ("<h2>" + _e(tr("Side effects")) + "</h2>")
            + grid_table([tr("Date"), tr("Severity"), tr("What"), tr("Thought to be from")], rows)
            + more
        )
    where = ", ".join(f"{_e(location_word(c, tr))} ({n})" for c, n in s.locations[:MOST_PLACES])
    feel = ", ".join(f"{_e(quality_word(c, tr))} ({n})" for c, n in s.qualities)
    lines = []
    if where:
        lines.append("<b>" + _e(tr("Where it hurt")) + "</b> (" + _e(tr("days")) + "): " + str(where))
    if feel:
        lines.append("<b>" + _e(tr("What it felt like")) + "</b>: " + str(feel))
    if s.flares:
        lines.append("<b>" + _e(tr("Flares logged")) + "</b>: " + str(s.flares))
    if lines:
        pattern = "<p>" + "<br>".join(lines) + "</p>"
        parts.append(("<h2>" + _e(tr("Pain pattern")) + "</h2>") + (with_body(pattern, tr) if s.locations else pattern))
    return "".join(parts)


def _patient(s: VisitSummary, tr: Translator) -> str:
    if "patient" not in s.sections:
        return ""
    parts = []
    if s.goals:
        items = "".join(
            f"<li>{_e(g.text)} — {_e(word(GOAL_STATUS_WORDS, g.status, tr))}"
            + (
                f" {g.achieved.isoformat()}"
                if g.achieved
                else (" (" + _e(tr("since {day}").format(day=g.start.isoformat())) + ")")
            )
            + "</li>"
            for g in s.goals
        )
        parts.append("<h2>" + _e(tr("Goals")) + "</h2><ul>" + str(items) + "</ul>")
    return "".join(parts)


def summary_document(summary: VisitSummary, device: PrintDevice, tr: Translator = ENGLISH) -> QTextDocument:
    """The laid-out document for `device` (a PDF writer or a printer), chart at print resolution.

    Laid out in the device's own pixels, so points are points and the chart spans the text width exactly.
    Each page leaves room for the running header and footer (paging.py). When what needs attention leaves
    page 1 no room for the current therapies, they move to the top of page 2, so page 1 stays one page.
    """
    rect = device.pageLayout().paintRectPixels(device.resolution())
    dpi = device.resolution()
    document = paged_document(device, QSizeF(rect.width(), rect.height() - 2 * band_height(device)))
    if summary.locations:
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(BODY_URL), body_image(dict(summary.locations))
        )
    if summary.empty:
        document.setHtml(summary_html(summary, 0, tr=tr))
        return document
    width_in = rect.width() / dpi
    width = round(width_in * 96)  # image sizes in rich text are in 1/96 inch, scaled by Qt to the device
    least = Layout.least_printed(summary.trends, PRINT, (width_in, CHART_IN))  # many lanes need a taller chart
    tall = max(min(CHART_IN, width_in * 0.55), least)

    # Page 1 in full; with a shorter chart; without the current therapies; without the opioid dose too.
    def page_one(height_in: float, kept: int) -> bool:
        """Lay out page 1 alone with a chart `height_in` tall; whether it fits on one page. A blank image of
        the chart's size stands in for it: the layout needs only its size, and drawing one takes 0.3 s."""
        blank = QImage(round(width_in * PRINT_DPI), round(height_in * PRINT_DPI), QImage.Format.Format_Mono)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), blank)
        document.setHtml("".join(_page_one(summary, width, kept, tr)) + "</body></html>")
        return document.pageCount() == 1

    for height_in, kept in ((tall, 2), (max(tall - CHART_GIVES_IN, least), 2), (tall, 1), (tall, 0)):
        if page_one(height_in, kept):
            break
    else:  # even closed up, the chart needs more than page 1 has: it opens page 2, as tall as it reads best
        kept = next((k for k in (2, 1) if _fits_alone(document, summary, k, tr)), 0)
        height_in = min(max(least, CHART_MOST_IN), rect.height() / dpi * 0.8)
        figure = trends_figure(summary.trends, PRINT, size=(width_in, height_in), tr=tr)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), figure_image(figure))
        document.setHtml(_chart_apart_html(summary, width, kept, tr))
        return document
    # Whatever room page 1 has left goes to the chart, so a long period's panels stay readable.
    room = (document.pageSize().height() - document.documentLayout().documentSize().height()) / dpi
    grown = min(CHART_MOST_IN, height_in + room - 0.15)
    if grown > height_in + 0.2 and page_one(grown, kept):
        height_in = grown
    figure = trends_figure(summary.trends, PRINT, size=(width_in, height_in), tr=tr)
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), figure_image(figure))
    document.setHtml(summary_html(summary, width, kept, tr))
    return document


def _fits_alone(document: QTextDocument, summary: VisitSummary, kept: int, tr: Translator) -> bool:
    """Page 1 without the chart, closing with `kept` of its end sections, on one page."""
    document.setHtml("".join(_page_one(summary, 0, kept, tr)) + "</body></html>")
    return document.pageCount() == 1


def figure_image(figure: Figure) -> QImage:
    return QImage.fromData(png_bytes(figure))


def paged_document(device: QPagedPaintDevice, page: QSizeF) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setPageSize(page)
    document.setDocumentMargin(0)
    font = QFont(document.defaultFont())
    font.setPointSizeF(9)
    document.setDefaultFont(font)
    return document


def page_layout(page: QPageSize) -> QPageLayout:
    return QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(*[MARGIN_MM] * 4), QPageLayout.Unit.Millimeter)


def print_summary(summary: VisitSummary, device: PrintDevice, tr: Translator = ENGLISH) -> None:
    """Print (or preview, or write) the summary, in `tr`'s language, on a device whose page layout is set."""
    paint_pages(summary_document(summary, device, tr), device, running_text(summary, tr))


def pdf_bytes(summary: VisitSummary, page: QPageSize | None = None, tr: Translator = ENGLISH) -> tuple[bytes, int]:
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
    document = summary_document(summary, writer, tr)
    pages = document.pageCount()
    paint_pages(document, writer, running_text(summary, tr))
    del writer  # the PDF is finished when the writer is released
    data = bytes(buffer.data().data())
    buffer.close()
    return data, pages
