"""The visit summary's fixed lines that state what a figure means and what it does not (clinical.md): the
caveat beside the opioid dose, its reference levels, the line that a diary does not show cause, and what
"before" and "after" mean. The numbers in them are the domain's, so each is said in one place."""

from __future__ import annotations

from painlog.domain.mme import HIGH_MME_2016, REASSESS_MME
from painlog.domain.response import BASELINE_DAYS, COURSE_WINDOW, PROCEDURE_WINDOW
from painlog.wording.translator import Translator


def cause_line(tr: Translator) -> str:
    return tr("Patient-recorded diary. Associations between therapies and pain do not show cause.")


def mme_caveat(tr: Translator) -> str:
    return tr(
        "MME uses the CDC 2022 conversion factors. They are estimates that do not account for differences "
        "between people, must not be used to convert one opioid into another, and need extra care with "
        "methadone and fentanyl."
    )


def reference_levels(tr: Translator) -> str:
    """Stated beside the figure, as information (there is no chart to draw them on)."""
    return tr(
        "{reassess} MME/day: the CDC's level for reassessment; {high} MME/day: its 2016 guideline's; "
        "information, not advice"
    ).format(reassess=REASSESS_MME, high=HIGH_MME_2016)


def windows_line(tr: Translator) -> str:
    return tr(
        "Before: the {baseline} days before. After: days {course_from}–{course_to} after a course starts or "
        "changes or after surgery; days {procedure_from}–{procedure_to} after an injection, nerve block or "
        "ablation. No figure uses a day after the period's last day."
    ).format(
        baseline=BASELINE_DAYS,
        course_from=COURSE_WINDOW[0],
        course_to=COURSE_WINDOW[1],
        procedure_from=PROCEDURE_WINDOW[0],
        procedure_to=PROCEDURE_WINDOW[1],
    )
