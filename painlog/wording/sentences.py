"""Sentences built from the diary's values: an episode, a regimen and its schedule, a dose change, a procedure,
a change in pain (IMMPACT), the link between sleep and pain. Each is one translatable sentence with
placeholders, plurals in Qt's %n forms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from painlog.domain import numbers
from painlog.domain.response import LEAST_DAYS
from painlog.wording.clinical import CATEGORY_WORDS, ROUTE_WORDS, STOP_REASON_WORDS, WEEKDAY_WORDS, word
from painlog.wording.translator import QT_TR_NOOP, Translator

if TYPE_CHECKING:
    from painlog.domain.correlation import SleepRelation
    from painlog.domain.episode import Episode
    from painlog.domain.response import Change, Response
    from painlog.domain.therapy import Procedure, Regimen


def days(n: int, tr: Translator) -> str:
    """ "1 day", "2 days"."""
    return tr("%n day(s)", None, n)


def number(value: float | None) -> str:
    """300.0 → "300", 2.5 → "2.5": doses as people write them."""
    if value is None:
        return ""
    return f"{value:g}"


def describe_episode(episode: Episode, tr: Translator) -> str:
    """One line for a list: time, intensity, and what set it off."""
    parts = [episode.at.strftime("%H:%M"), tr("pain {n}/10").format(n=episode.intensity)]
    if episode.trigger:
        parts.append(tr("trigger: {trigger}").format(trigger=episode.trigger))
    if episode.helped:
        parts.append(tr("helped: {helped}").format(helped=episode.helped))
    return " · ".join(parts)


def describe_regimen(regimen: Regimen, tr: Translator) -> str:
    """ "600 mg · 3× daily · by mouth" / "5 mg · as needed, at most 4 a day" / "2 sessions a week"."""
    return " · ".join(_regimen_parts(regimen, tr)) or tr("no dose recorded")


def describe_dose_change(before: Regimen, after: Regimen, tr: Translator) -> str:
    """ "from 300 mg to 600 mg, 3× daily": what changed, then what stayed the same."""
    old, new = _regimen_parts(before, tr), _regimen_parts(after, tr)
    if len(old) != len(new):
        return tr("from {before} to {after}").format(
            before=describe_regimen(before, tr), after=describe_regimen(after, tr)
        )
    changed = [(o, n) for o, n in zip(old, new, strict=True) if o != n]
    same = [n for o, n in zip(old, new, strict=True) if o == n]
    if not changed:
        return tr("to {after}").format(after=describe_regimen(after, tr))
    text = tr("from {before} to {after}").format(
        before=" · ".join(o for o, _ in changed), after=" · ".join(n for _, n in changed)
    )
    return text + (", " + " · ".join(same) if same else "")


def _regimen_parts(regimen: Regimen, tr: Translator) -> list[str]:
    parts = []
    if regimen.dose_amount is not None:
        parts.append(f"{number(regimen.dose_amount)} {regimen.dose_unit or ''}".strip())
    if regimen.schedule:
        parts.append(describe_schedule(regimen, tr))
    if regimen.sessions_per_week:
        parts.append(tr("%n session(s) a week", None, regimen.sessions_per_week))
    if regimen.route and regimen.route != "oral":
        parts.append(word(ROUTE_WORDS, regimen.route, tr).lower())
    return parts


def describe_schedule(regimen: Regimen, tr: Translator) -> str:
    """ "3× daily", "every 72 hours", "every 2 days", "weekly on Mon, Thu", "monthly on day 15", "as needed"."""
    kind, every = regimen.schedule, regimen.every or 0
    if kind == "as_needed":
        most = regimen.max_per_day
        return tr("as needed, at most {n} a day").format(n=most) if most else tr("as needed")
    if kind == "times_a_day":
        return tr("{n}× daily").format(n=regimen.times_per_day)
    if kind == "every_hours":
        return tr("every %n hour(s)", None, every)
    if kind == "every_days":
        return tr("every day") if every == 1 else tr("every %n day(s)", None, every)
    if kind == "weekly":
        return tr("weekly on {days}").format(days=", ".join(word(WEEKDAY_WORDS, d, tr) for d in regimen.weekdays))
    if kind == "monthly":
        return tr("monthly on day {n}").format(n=regimen.start.day)
    return ""


def describe_period(regimen: Regimen, tr: Translator) -> str:
    if regimen.end is None:
        return tr("since {day}").format(day=regimen.start.isoformat())
    if regimen.stop_reason:
        return tr("{start} to {end} (stopped: {reason})").format(
            start=regimen.start.isoformat(),
            end=regimen.end.isoformat(),
            reason=word(STOP_REASON_WORDS, regimen.stop_reason, tr).lower(),
        )
    return tr("{start} to {end}").format(start=regimen.start.isoformat(), end=regimen.end.isoformat())


def describe_procedure(procedure: Procedure, tr: Translator) -> str:
    parts = [procedure.day.isoformat()]
    if procedure.site:
        parts.append(procedure.site)
    if procedure.relief_percent is None:
        parts.append(tr("relief not recorded yet"))
    elif procedure.relief_at:
        parts.append(
            tr("relief {n} ({day})").format(
                n=numbers.percent(procedure.relief_percent), day=f"{procedure.relief_at:%Y-%m-%d}"
            )
        )
    else:
        parts.append(tr("relief {n}").format(n=numbers.percent(procedure.relief_percent)))
    return " · ".join(parts)


def describe_change(change: Change | None, tr: Translator) -> str:
    """ "−1.4 (−29 %) · no important change": from the exact means, rounded only here."""
    if change is None:
        return numbers.NO_DATA
    percent = "" if change.percent is None else f" ({numbers.signed_percent(change.percent)})"
    category = word(CATEGORY_WORDS, change.category, tr)
    return f"{numbers.signed(change.points, 1)}{percent} · {category[:1].lower()}{category[1:]}"


def describe_missing_judgement(response: Response, tr: Translator) -> str:
    """Why a start, change or procedure has no before/after figures ("" when it has them)."""
    if response.complete:
        if response.pain is not None:
            return ""
        return tr("not enough data: {before} before, {after} after ({least} each needed)").format(
            before=days(response.baseline_days, tr), after=days(response.response_days, tr), least=LEAST_DAYS
        )
    text = tr("window not complete yet ({n} of {length})").format(
        n=response.response_days, length=days(response.window_length, tr)
    )
    if response.baseline_days < LEAST_DAYS:
        text += "; " + tr("{before} before ({least} needed)").format(
            before=days(response.baseline_days, tr), least=LEAST_DAYS
        )
    return text


STRENGTH_WORDS = {
    "none": QT_TR_NOOP("no clear link ({rho})"),
    "weak": QT_TR_NOOP("a weak link ({rho})"),
    "moderate": QT_TR_NOOP("a moderate link ({rho})"),
    "strong": QT_TR_NOOP("a strong link ({rho})"),
}
LINK_SCALE = QT_TR_NOOP("the link runs from −1 to 1, 0 meaning none")  # what the number in "a strong link" means


def describe_link(relation: SleepRelation, tr: Translator) -> str:
    """ "a strong link (−0.72)": Spearman's ρ said in words, its number kept for whoever wants it."""
    if relation.strength == "too_few":
        return tr("too few days to say")
    if relation.strength == "constant":
        return tr("no link can be measured")
    return tr.known(STRENGTH_WORDS[relation.strength]).format(rho=numbers.signed(relation.rho, 2))


def describe_sleep_relation(relation: SleepRelation, measure_words: str, more_words: str, tr: Translator) -> str:
    """One plain sentence about a night's sleep and the pain of the day after it, the link's strength in words
    with its number, and the number of days. (A check-in's sleep is the night before its day: the pain of the
    same check-in is the pain of the next day after that night.)

    `more_words` names the better end of the measure: "better sleep", "more hours of sleep".
    """
    if relation.strength == "too_few":
        return tr("Fewer than 10 days with {what} recorded: not enough to say.").format(what=measure_words)
    n = len(relation.pairs)
    if relation.strength == "constant":
        if relation.constant == "sleep":
            return _first_up(tr("{same} was the same on all %n day(s), so no link can be measured.", None, n)
                             .format(same=measure_words))  # fmt: skip
        return tr("Pain was the same on all %n day(s), so no link can be measured.", None, n)
    if relation.strength == "none":
        return tr("No clear link between {what} and pain the next day ({rho}; {scale}; %n day(s)).", None, n).format(
            what=measure_words, rho=numbers.signed(relation.rho, 2), scale=tr.known(LINK_SCALE)
        )
    link = _first_up(describe_link(relation, tr))
    if (relation.rho or 0) < 0:
        sentence = tr("{link}: after nights with {more}, pain the next day tended to be lower "
                      "({scale}; %n day(s)). This does not show cause.", None, n)  # fmt: skip
    else:
        sentence = tr("{link}: after nights with {more}, pain the next day tended to be higher "
                      "({scale}; %n day(s)). This does not show cause.", None, n)  # fmt: skip
    return sentence.format(link=link, more=more_words, scale=tr.known(LINK_SCALE))


def _first_up(text: str) -> str:
    """A sentence starts with a capital; the rest stays as written."""
    return text[:1].upper() + text[1:]
