"""The medication figures of the summary in words: adherence, as-needed use and MME (clinical.md).

Every number here is rounded once, for display, by painlog.domain.numbers (half away from zero).
"""

from __future__ import annotations

from painlog.domain import numbers
from painlog.domain.medication_use import Adherence, AsNeededUse
from painlog.domain.mme import PrescribedMme, TakenMme
from painlog.wording import Translator
from painlog.wording.notes import reference_levels

NO_DATA = numbers.NO_DATA
mme = numbers.mme  # one decimal below 10, whole from 10
scale_mean = numbers.scale_mean  # one decimal; also doses a week


def percent(ratio: numbers.Number) -> str:
    """A ratio as a whole percentage: 0.825 → "83 %"."""
    return numbers.percent(numbers.exact(ratio) * 100)


def adherence_text(a: Adherence, tr: Translator) -> str:
    if not a.due_days:
        return tr("no doses due in the period")
    if not a.log_kept or a.ratio is None:
        return tr("dose log not kept (%n day(s) due)", None, a.due_days)
    text = tr("{pct} taken: {taken} of {expected} logged scheduled doses (logged on {logged} of {days} days "
              "due)").format(pct=percent(a.ratio), taken=a.taken, expected=a.expected,
                                         logged=a.logged_days, days=a.due_days)  # fmt: skip
    return tr("{taken}; {n} skipped").format(taken=text, n=a.skipped) if a.skipped else text


def as_needed_text(n: AsNeededUse, tr: Translator) -> str:
    if not n.active_days:
        return tr("as needed: not prescribed in the period")
    if not n.doses:  # never "0.0 a week": the log may simply not have been kept
        return tr("no as-needed dose logged in %n day(s) prescribed", None, n.active_days)
    text = tr("{per_week} as-needed doses a week ({doses} in %n day(s) prescribed)", None, n.active_days).format(
        per_week=scale_mean(n.per_week), doses=n.doses
    )
    if not n.rated_pairs:
        return tr("{use}; no dose rated both before and after").format(use=text)
    return tr("{use}; pain before {b} → after {a} (%n dose(s) rated both times)", None, n.rated_pairs).format(
        use=text, b=scale_mean(n.mean_pain_before), a=scale_mean(n.mean_pain_after)
    )


def mme_text(prescribed: PrescribedMme, taken: TakenMme | None, tr: Translator) -> str:
    """Prescribed and taken MME/day with the reference levels stated beside them (there is no chart)."""
    lines = [
        tr("Prescribed now: {mme} MME/day").format(mme=mme(prescribed.total))
        if prescribed.total is not None
        else tr("Prescribed now: no convertible opioid")
    ]
    if taken is not None and not taken.log_kept:
        lines.append(tr("taken: {none}, dose log not kept").format(none=NO_DATA))
    elif taken is not None and taken.mean is not None:
        lines.append(
            tr("taken (dose log kept on {logged} of {days} days): mean {mean}, highest {most} MME/day").format(
                logged=taken.logged_days, days=taken.days, mean=mme(taken.mean), most=mme(taken.maximum)
            )
        )
    missing = [line.therapy.name for line in prescribed.not_converted]
    missing += list(taken.not_converted if taken else ())
    if missing:
        lines.append(tr("not converted (no CDC factor): {names}").format(names=", ".join(sorted(set(missing)))))
    lines.append(reference_levels(tr))
    return "; ".join(lines) + "."
