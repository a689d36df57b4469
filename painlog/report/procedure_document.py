"""One page for the clinic about one procedure diary: a diagnostic block's relief curve and sheet (with the
therapy's other blocks beside it), follow-ups after an ablation or injection, or a stimulator trial against the
week before. Made as a PDF in memory, like the visit summary."""

from __future__ import annotations

from datetime import timedelta
from html import escape

from PySide6.QtCore import QBuffer, QIODevice, QSizeF, QUrl
from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

from painlog.charts.procedure import Curve, relief_figure
from painlog.charts.style import PRINT
from painlog.domain import numbers
from painlog.domain.block_diary import on_time_window
from painlog.report.document import (
    PDF_DPI,
    STYLE,
    figure_image,
    grid_table,
    page_layout,
    page_size_for_locale,
    paged_document,
)
from painlog.report.paging import Running, band_height, paint_pages
from painlog.report.procedure_results import BlockReport, FollowUpReport, ProcedureReport, TrialReport
from painlog.report.procedure_words import describe_block, describe_follow_ups
from painlog.wording import ENGLISH, QT_TR_NOOP, Translator
from painlog.wording.clinical import KIND_WORDS, word
from painlog.wording.procedures import after_words, offset
from painlog.wording.sentences import days

CHART_URL = "painlog://relief.png"
NOTE = QT_TR_NOOP(
    "Numbers from the patient's own diary. Whether 50 % or 80 % relief counts differs between guidelines and "
    "payers; both are shown, and no verdict is given."
)
ACTIVITY_WORDS = {"better": QT_TR_NOOP("better"), "same": QT_TR_NOOP("the same"),
                  "worse": QT_TR_NOOP("worse")}  # fmt: skip


def _e(text: object) -> str:
    return escape(str(text))


def report_title(report: ProcedureReport, tr: Translator = ENGLISH) -> str:
    kind = word(KIND_WORDS, report.therapy.kind, tr)
    if report.trial is not None:
        return tr("Stimulator trial diary — {name}").format(name=report.therapy.name)
    if report.blocks:
        return tr("Diagnostic block diary — {name}").format(name=report.therapy.name)
    if kind.lower() == report.therapy.name.lower():
        return tr("Follow-ups — {name}").format(name=report.therapy.name)
    return tr("Follow-ups — {name} ({kind})").format(name=report.therapy.name, kind=kind.lower())


def procedure_html(report: ProcedureReport, chart_width: int, tr: Translator) -> str:
    parts = [f"<html><head><style>{STYLE}</style></head><body><h1>{_e(report_title(report, tr))}</h1>"]
    if report.therapy.target:
        parts.append("<p>" + _e(tr("For: {target}").format(target=report.therapy.target)) + "</p>")
    if report.blocks:
        parts.append(_blocks(report, chart_width, tr))
    if report.follow_ups:
        parts.append(_follow_ups(report.follow_ups, tr))
    if report.trial is not None:
        parts.append(_trial(report.trial, tr))
    if report.empty:
        parts.append("<p><b>" + _e(tr("Nothing has been recorded in this diary yet.")) + "</b></p>")
    parts.append('<p class="small">' + _e(tr.known(NOTE)) + "</p></body></html>")
    return "".join(parts)


def block_curves(blocks: tuple[BlockReport, ...], tr: Translator) -> list[Curve]:
    curves = []
    for n, block in enumerate(blocks, start=1):
        what = block.sheet.anaesthetic or tr("anaesthetic not entered")
        label = tr("block {n}, {day} ({what})").format(n=n, day=block.procedure.day.isoformat(), what=what)
        curves.append(Curve(label, block.result.curve, block.sheet.expected_hours))
    return curves


def _blocks(report: ProcedureReport, chart_width: int, tr: Translator) -> str:
    blocks = report.blocks
    parts = []
    rows = []
    for n, block in enumerate(blocks, start=1):
        sheet = block.sheet
        expected = (tr("{low}–{high} h").format(low=sheet.expected_hours[0], high=sheet.expected_hours[1])
                    if sheet.expected_hours else numbers.NO_DATA)  # fmt: skip
        rows.append([
            f"<b>{n}</b>", _e(sheet.block_at.strftime("%Y-%m-%d %H:%M")), _e(block.procedure.site),
            _e(sheet.anaesthetic or numbers.NO_DATA), _e(expected), _e(sheet.usual_pain),
            _e(describe_block(block.result, tr)),
        ])  # fmt: skip
    parts.append(grid_table([tr("Block"), tr("Given"), tr("Site"), tr("Anaesthetic"), tr("Expected to last"),
                         tr("Usual pain"), tr("Relief")], rows, (7, 13, 15, 13, 9, 8, 35)))  # fmt: skip
    parts.append(f'<p><img src="{CHART_URL}" width="{chart_width}"></p>')
    first = report.asked_block or blocks[0]
    activities = ", ".join(first.sheet.activities) or tr("none noted")
    heading = tr("Block {n} ({day}), rating by rating").format(n=blocks.index(first) + 1,
                                                              day=first.procedure.day.isoformat())  # fmt: skip
    parts.append(f"<h2>{_e(heading)}</h2>")
    usual = tr("Usual pain {pain}; activities that usually provoke it: {what}.").format(
        pain=first.sheet.usual_pain, what=activities
    )
    parts.append(f"<p>{_e(usual)}</p>")
    parts.append(_sheet(first, tr))
    return "".join(parts)


def _sheet(block: BlockReport, tr: Translator) -> str:
    by_time = {r.minutes: r for r in block.ratings}
    rows = []
    for minutes in block.sheet.times:
        rating = by_time.get(minutes)
        due = block.sheet.due_at(minutes).strftime("%H:%M")
        if rating is None:
            missed = minutes in block.result.missed
            rows.append([offset(minutes), due, _e(tr("missed") if missed else tr("not yet")), "", "", ""])
            continue
        when = rating.rated_at.strftime("%H:%M")
        if rating.late(block.sheet):
            when = tr("{time} (late: after {m} minutes' leeway)").format(time=when, m=on_time_window(minutes))
        relief = numbers.percent((block.sheet.usual_pain - rating.pain) * 100 / block.sheet.usual_pain)
        activity = word(ACTIVITY_WORDS, rating.activity, tr) if rating.activity else ""
        rows.append([offset(minutes), due, _e(when), _e(rating.pain), _e(relief), _e(activity)])
    return grid_table([tr("After"), tr("Due"), tr("Rated"), tr("Pain"), tr("Relief"), tr("Usual activity")], rows)


def _follow_ups(reports: tuple[FollowUpReport, ...], tr: Translator) -> str:
    parts = []
    for report in reports:
        result = report.result
        baseline = (numbers.scale_mean(result.baseline) if result.baseline is not None
                    else tr("— (fewer than 5 days recorded in the 14 days before)"))  # fmt: skip
        heading = tr("Procedure on {day}").format(day=report.procedure.day.isoformat())
        if report.procedure.site:
            heading += " — " + report.procedure.site
        parts.append("<h2>" + _e(heading) + "</h2>")
        before = tr("Pain before: mean of the 14 days before, {b}.").format(b=baseline)
        parts.append("<p>" + _e(before) + " <b>" + _e(describe_follow_ups(result, tr)) + "</b></p>")
        rows = []
        for point in result.points:
            due = report.procedure.day + timedelta(days=point.after_days)
            source = tr("mean of that week's check-ins") if point.from_checkins else tr("answered")
            if point.pain is None:
                source = tr("nothing recorded")
            rows.append([
                _e(after_words(point.after_days, tr)), _e(due.isoformat()),
                _e(numbers.scale_mean(point.pain)), _e(numbers.percent(point.relief)),
                _e(numbers.percent(point.reported_relief)), _e(source),
            ])  # fmt: skip
        if rows:
            headers = [tr("Follow-up"), tr("Due"), tr("Pain"), tr("Relief against before"),
                       tr("Relief, the patient's estimate"), tr("From", "where a figure came from")]  # fmt: skip
            parts.append(grid_table(headers, rows))
    return "".join(parts)


def _trial(report: TrialReport, tr: Translator) -> str:
    trial, result = report.trial, report.result
    before, during = result.baseline, result.during
    span = tr("Trial from {start} to {end} ({days}), against the 7 days before it.").format(
        start=trial.start.isoformat(), end=trial.end.isoformat(), days=days(trial.days, tr)
    )
    parts = [f"<p>{_e(span)}</p>"]

    def mme(m) -> str:  # noqa: ANN001 - TakenMme | None
        if m is None:
            return numbers.NO_DATA
        return numbers.mme(m.mean) if m.mean is not None else tr("dose log not kept")

    rows = [
        [tr("Days with a check-in"), _e(before.recorded), _e(during.recorded)],
        [tr("Average pain (0–10)"), numbers.scale_mean(before.pain), numbers.scale_mean(during.pain)],
        [tr("PEG score (0–10)"), numbers.scale_mean(before.peg), numbers.scale_mean(during.peg)],
        [tr("Pain's interference with general activity (0–10)"), numbers.scale_mean(before.activity),
         numbers.scale_mean(during.activity)],
        [tr("As-needed doses a day"), numbers.fixed(before.as_needed_per_day, 1) if before.as_needed_per_day is not None
         else numbers.NO_DATA, numbers.fixed(during.as_needed_per_day, 1) if during.as_needed_per_day is not None
         else numbers.NO_DATA],
        [tr("Opioids taken (MME a day)"), mme(before.mme), mme(during.mme)],
    ]  # fmt: skip
    parts.append(grid_table([tr("Measure"), tr("7 days before"), tr("During the trial")], rows))
    relief = (tr("mean relief {mean} over {n}; {at} of them 50 % or more").format(
        mean=numbers.percent(result.relief_mean), n=days(result.relief_days, tr), at=result.days_at_line)
        if result.relief_days else tr("no relief recorded yet"))  # fmt: skip
    if result.walked_mean is not None:
        relief = tr("{relief}; walked {m} minutes a day on average").format(
            relief=relief, m=numbers.fixed(result.walked_mean))  # fmt: skip
    parts.append(f"<p><b>{_e(relief)}</b></p>")
    rows = [
        [_e(d.day.isoformat()), _e(numbers.percent(d.relief_percent)), _e(d.activities),
         _e(d.walked_minutes if d.walked_minutes is not None else numbers.NO_DATA)]
        for d in report.days
    ]  # fmt: skip
    parts.append(grid_table([tr("Day"), tr("Relief"), tr("What was done"), tr("Minutes walked")], rows))
    return "".join(parts)


def running(report: ProcedureReport, tr: Translator) -> Running:
    who = report.patient or tr("Name: {line}").format(line="_" * 28)
    if report.birth_date:
        who = tr("{name} · born {day}").format(name=who, day=report.birth_date)
    made = tr("Pain diary — procedure report, made {made} from the patient's own records").format(
        made=report.made.isoformat()
    )
    return Running(who, report_title(report, tr), made, tr("page {n} of {m}"))


def procedure_pdf(report: ProcedureReport, page: QPageSize | None = None,
                  tr: Translator = ENGLISH) -> tuple[bytes, int]:  # fmt: skip
    """The report as a PDF made in memory, and its page count."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(page or page_size_for_locale()))
    writer.setTitle(report_title(report, tr))
    writer.setCreator("painlog")
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    document: QTextDocument = paged_document(writer, QSizeF(rect.width(), rect.height() - 2 * band_height(writer)))
    width_in = rect.width() / writer.resolution()
    if report.blocks:
        figure = relief_figure(block_curves(report.blocks, tr), PRINT, size=(width_in, 3.0), tr=tr)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), figure_image(figure))
    document.setHtml(procedure_html(report, round(width_in * 96), tr))
    pages = document.pageCount()
    paint_pages(document, writer, running(report, tr))
    del writer
    data = bytes(buffer.data().data())
    buffer.close()
    return data, pages
