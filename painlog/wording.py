"""Every word painlog shows for a domain code: the app, the visit summary and the command line share them.

No Qt here (the report and CLI use these too); the UI installs Qt's translator with `set_translator`, so
user-visible strings go through QCoreApplication.translate from the start.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from painlog.domain import numbers
from painlog.domain.response import LEAST_DAYS

if TYPE_CHECKING:
    from painlog.domain.correlation import SleepRelation
    from painlog.domain.episode import Episode
    from painlog.domain.response import Change, Response
    from painlog.domain.therapy import Procedure, Regimen

_translate: Callable[[str], str] = str


def set_translator(translate: Callable[[str], str]) -> None:
    global _translate
    _translate = translate


def tr(text: str) -> str:
    return _translate(text)


@dataclass(frozen=True)
class ScaleWords:
    question: str
    low: str
    high: str


def scale_words(field: str) -> ScaleWords:
    """The question and the anchor words for one 0–10 item (its direction is the domain's SCALE_OF)."""
    no_pain, worst = tr("No pain"), tr("Worst pain imaginable")
    no_interference, complete = tr("Did not interfere"), tr("Completely interfered")
    words = {
        "pain_avg": ScaleWords(tr("Average pain today"), no_pain, worst),
        "pain_worst": ScaleWords(tr("Worst pain today"), no_pain, worst),
        "pain_least": ScaleWords(tr("Least pain today"), no_pain, worst),
        "enjoyment": ScaleWords(
            tr("How much did pain interfere with your enjoyment of life?"), no_interference, complete
        ),
        "activity": ScaleWords(
            tr("How much did pain interfere with your general activity?"), no_interference, complete
        ),
        "mood": ScaleWords(tr("Your mood today"), tr("Very low"), tr("Very good")),
        "sleep_quality": ScaleWords(tr("How well did you sleep last night?"), tr("Very badly"), tr("Very well")),
        "intensity": ScaleWords(tr("How strong is the pain?"), no_pain, worst),
        "pain_before": ScaleWords(tr("Pain before taking it"), no_pain, worst),
        "pain_after": ScaleWords(tr("Pain one to two hours after"), no_pain, worst),
    }
    return words[field]


def better_hint(higher_is_better: bool) -> str:
    return tr("Higher is better") if higher_is_better else tr("Lower is better")


LOCATION_WORDS = {
    "head": "Head",
    "neck": "Neck",
    "shoulder_left": "Left shoulder",
    "shoulder_right": "Right shoulder",
    "upper_back": "Upper back",
    "lower_back": "Lower back",
    "chest": "Chest",
    "abdomen": "Abdomen",
    "pelvis": "Pelvis",
    "arm_left": "Left arm",
    "arm_right": "Right arm",
    "hand_left": "Left hand",
    "hand_right": "Right hand",
    "hip_left": "Left hip",
    "hip_right": "Right hip",
    "leg_left": "Left leg",
    "leg_right": "Right leg",
    "knee_left": "Left knee",
    "knee_right": "Right knee",
    "foot_left": "Left foot",
    "foot_right": "Right foot",
}

QUALITY_WORDS = {
    "aching": "Aching",
    "burning": "Burning",
    "stabbing": "Stabbing",
    "shooting": "Shooting",
    "throbbing": "Throbbing",
    "tingling": "Tingling / pins and needles",
    "numbness": "Numbness",
    "cramping": "Cramping",
}


def location_word(code: str) -> str:
    return tr(LOCATION_WORDS.get(code, code))


def quality_word(code: str) -> str:
    return tr(QUALITY_WORDS.get(code, code))


def describe_episode(episode: Episode) -> str:
    """One line for a list: time, intensity, and what set it off."""
    parts = [episode.at.strftime("%H:%M"), tr("pain {n}/10").format(n=episode.intensity)]
    if episode.trigger:
        parts.append(tr("trigger: {trigger}").format(trigger=episode.trigger))
    if episode.helped:
        parts.append(tr("helped: {helped}").format(helped=episode.helped))
    return " · ".join(parts)


KIND_WORDS = {
    "medication": "Medication",
    "injection": "Injection",
    "nerve_block": "Nerve block",
    "radiofrequency_ablation": "Radiofrequency ablation",
    "neuromodulation": "Neuromodulation (stimulator)",
    "physical_therapy": "Physical therapy",
    "psychological": "Psychological therapy",
    "surgery": "Surgery",
    "other": "Other",
}
NAME_HINTS = {  # the Name field's hint for each kind of therapy: an example of that kind, not a medicine for all
    "medication": "as on the prescription, for example Gabapentin",
    "injection": "for example Epidural steroid injection",
    "nerve_block": "for example Medial branch block",
    "radiofrequency_ablation": "for example Radiofrequency ablation of the lower back",
    "neuromodulation": "for example Spinal cord stimulator trial",
    "physical_therapy": "for example Physiotherapy for the back",
    "psychological": "for example CBT for chronic pain",
    "surgery": "for example Knee replacement",
    "other": "for example Acupuncture",
}
KIND_GROUP_WORDS = {
    "medication": "Medications",
    "injection": "Injections",
    "nerve_block": "Nerve blocks",
    "radiofrequency_ablation": "Radiofrequency ablation",
    "neuromodulation": "Neuromodulation",
    "physical_therapy": "Physical therapy",
    "psychological": "Psychological therapy",
    "surgery": "Surgery",
    "other": "Other therapies",
}
ROUTE_WORDS = {"oral": "By mouth", "topical": "On the skin", "transdermal": "Patch", "injection": "Injection",
               "other": "Other"}  # fmt: skip
STOP_REASON_WORDS = {
    "not_helping": "It was not helping",
    "side_effects": "Side effects",
    "cost": "Cost",
    "finished": "The course finished",
    "other": "Another reason",
}
# The schedule kinds as the therapy form offers them (vocabulary.SCHEDULES).
SCHEDULE_WORDS = {
    "times_a_day": "Some times a day",
    "every_hours": "Every so many hours (for example a 72-hour patch)",
    "every_days": "Every so many days",
    "weekly": "On set days of the week",
    "monthly": "Once a month",
    "as_needed": "As needed",
}
WEEKDAY_WORDS = {"mon": "Mon", "tue": "Tue", "wed": "Wed", "thu": "Thu", "fri": "Fri", "sat": "Sat", "sun": "Sun"}
SEVERITY_WORDS = {"mild": "Mild", "moderate": "Moderate", "severe": "Severe"}
GOAL_STATUS_WORDS = {"active": "Working on it", "achieved": "Achieved", "dropped": "Dropped"}
DOSE_UNITS = ("mg", "mcg", "g", "mL", "mcg/h", "tablet", "capsule", "puff", "drop", "patch", "%")
# Generic names offered for a medication (typing another is fine); the opioids of the CDC table come first.
INGREDIENTS = (
    "oxycodone", "hydrocodone", "morphine", "hydromorphone", "oxymorphone", "codeine", "tramadol", "tapentadol",
    "methadone", "fentanyl", "buprenorphine", "gabapentin", "pregabalin", "duloxetine", "amitriptyline",
    "nortriptyline", "paracetamol", "ibuprofen", "naproxen", "celecoxib", "diclofenac", "meloxicam",
    "cyclobenzaprine", "tizanidine", "baclofen", "lidocaine", "capsaicin",
)  # fmt: skip


def word(table: dict[str, str], code: str | None) -> str:
    return tr(table.get(code or "", code or ""))


def count(n: int, one: str, many: str) -> str:
    """ "1 day", "2 days": `one` and `many` are templates with {n}, so each is translated whole."""
    return tr(one if n == 1 else many).format(n=n)


def days(n: int) -> str:
    return count(n, "{n} day", "{n} days")


def number(value: float | None) -> str:
    """300.0 → "300", 2.5 → "2.5": doses as people write them."""
    if value is None:
        return ""
    return f"{value:g}"


def describe_regimen(regimen: Regimen) -> str:
    """ "600 mg · 3× daily · by mouth" / "5 mg · as needed, at most 4 a day" / "2 sessions a week"."""
    return " · ".join(_regimen_parts(regimen)) or tr("no dose recorded")


def describe_dose_change(before: Regimen, after: Regimen) -> str:
    """ "from 300 mg to 600 mg, 3× daily": what changed, then what stayed the same."""
    old, new = _regimen_parts(before), _regimen_parts(after)
    if len(old) != len(new):
        return tr("from {before} to {after}").format(before=describe_regimen(before), after=describe_regimen(after))
    changed = [(o, n) for o, n in zip(old, new, strict=True) if o != n]
    same = [n for o, n in zip(old, new, strict=True) if o == n]
    if not changed:
        return tr("to {after}").format(after=describe_regimen(after))
    text = tr("from {before} to {after}").format(
        before=" · ".join(o for o, _ in changed), after=" · ".join(n for _, n in changed)
    )
    return text + (", " + " · ".join(same) if same else "")


def _regimen_parts(regimen: Regimen) -> list[str]:
    parts = []
    if regimen.dose_amount is not None:
        parts.append(f"{number(regimen.dose_amount)} {regimen.dose_unit or ''}".strip())
    if regimen.schedule:
        parts.append(describe_schedule(regimen))
    if regimen.sessions_per_week:
        sessions = tr("1 session a week") if regimen.sessions_per_week == 1 else tr("{n} sessions a week")
        parts.append(sessions.format(n=regimen.sessions_per_week))
    if regimen.route and regimen.route != "oral":
        parts.append(word(ROUTE_WORDS, regimen.route).lower())
    return parts


def describe_schedule(regimen: Regimen) -> str:
    """ "3× daily", "every 72 hours", "every 2 days", "weekly on Mon, Thu", "monthly on day 15", "as needed"."""
    kind, every = regimen.schedule, regimen.every
    if kind == "as_needed":
        most = regimen.max_per_day
        return tr("as needed, at most {n} a day").format(n=most) if most else tr("as needed")
    if kind == "times_a_day":
        return tr("{n}× daily").format(n=regimen.times_per_day)
    if kind == "every_hours":
        return tr("every {n} hours").format(n=every)
    if kind == "every_days":
        return tr("every day") if every == 1 else tr("every {n} days").format(n=every)
    if kind == "weekly":
        return tr("weekly on {days}").format(days=", ".join(word(WEEKDAY_WORDS, d) for d in regimen.weekdays))
    if kind == "monthly":
        return tr("monthly on day {n}").format(n=regimen.start.day)
    return ""


def describe_period(regimen: Regimen) -> str:
    if regimen.end is None:
        return tr("since {day}").format(day=regimen.start.isoformat())
    text = tr("{start} to {end}").format(start=regimen.start.isoformat(), end=regimen.end.isoformat())
    if regimen.stop_reason:
        text += tr(" (stopped: {reason})").format(reason=word(STOP_REASON_WORDS, regimen.stop_reason).lower())
    return text


def describe_procedure(procedure: Procedure) -> str:
    parts = [procedure.day.isoformat()]
    if procedure.site:
        parts.append(procedure.site)
    if procedure.relief_percent is None:
        parts.append(tr("relief not recorded yet"))
    else:
        judged = f" ({procedure.relief_at:%Y-%m-%d})" if procedure.relief_at else ""
        parts.append(tr("relief {n}").format(n=numbers.percent(procedure.relief_percent)) + judged)
    return " · ".join(parts)


CATEGORY_WORDS = {  # IMMPACT, the same thresholds both ways (painlog.domain.response.Change.category)
    "substantial": "Substantial improvement (≥ 50 %)",
    "moderate": "Moderate improvement (≥ 30 %)",
    "none": "No important change",
    "worse": "Moderately worse (≥ 30 %)",
    "much_worse": "Substantially worse (≥ 50 %)",
    "no_baseline": "Mean 0 before, so no percentage",
}
EVENT_WORDS = {"started": "started", "changed": "dose changed", "procedure": "procedure", "stopped": "stopped"}


def describe_change(change: Change | None) -> str:
    """ "−1.4 (−29 %) · no important change": from the exact means, rounded only here."""
    if change is None:
        return numbers.NO_DATA
    percent = "" if change.percent is None else f" ({numbers.signed_percent(change.percent)})"
    category = word(CATEGORY_WORDS, change.category)
    return f"{numbers.signed(change.points, 1)}{percent} · {category[:1].lower()}{category[1:]}"


def describe_missing_judgement(response: Response) -> str:
    """Why a start, change or procedure has no before/after figures ("" when it has them)."""
    if response.complete:
        if response.pain is not None:
            return ""
        return tr("not enough data: {before} before, {after} after ({least} each needed)").format(
            before=days(response.baseline_days), after=days(response.response_days), least=LEAST_DAYS
        )
    text = tr("window not complete yet ({n} of {length})").format(
        n=response.response_days, length=days(response.window_length)
    )
    if response.baseline_days < LEAST_DAYS:
        text += "; " + tr("{before} before ({least} needed)").format(
            before=days(response.baseline_days), least=LEAST_DAYS
        )
    return text


STRENGTH_WORDS = {"none": "no clear", "weak": "a weak", "moderate": "a moderate", "strong": "a strong"}
LINK_SCALE = "the link runs from −1 to 1, 0 meaning none"  # what the number in "a strong link (−0.72)" means


def describe_link(relation: SleepRelation) -> str:
    """ "a strong link (−0.72)": Spearman's ρ said in words, its number kept for whoever wants it."""
    if relation.strength == "too_few":
        return tr("too few days to say")
    if relation.strength == "constant":
        return tr("no link can be measured")
    return tr("{strength} link ({rho})").format(
        strength=tr(STRENGTH_WORDS[relation.strength]), rho=numbers.signed(relation.rho, 2)
    )


def describe_sleep_relation(relation: SleepRelation, measure_words: str, more_words: str) -> str:
    """One plain sentence about a night's sleep and the pain of the day after it, the link's strength in words
    with its number, and the number of days. (A check-in's sleep is the night before its day: the pain of the
    same check-in is the pain of the next day after that night.)

    `more_words` names the better end of the measure: "better sleep", "more hours of sleep".
    """
    if relation.strength == "too_few":
        return tr("Fewer than 10 days with {what} recorded: not enough to say.").format(what=measure_words)
    n = days(len(relation.pairs))
    if relation.strength == "constant":
        same = measure_words if relation.constant == "sleep" else tr("pain")
        return _first_up(tr("{same} was the same on all {n}, so no link can be measured.").format(same=same, n=n))
    if relation.strength == "none":
        return tr("No clear link between {what} and pain the next day ({rho}; {scale}; {n}).").format(
            what=measure_words, rho=numbers.signed(relation.rho, 2), scale=tr(LINK_SCALE), n=n
        )
    direction = tr("lower") if (relation.rho or 0) < 0 else tr("higher")
    link = describe_link(relation)
    return tr(
        "{link}: after nights with {more}, pain the next day tended to be {direction} ({scale}; {n}). "
        "This does not show cause."
    ).format(link=_first_up(link), more=more_words, direction=direction, scale=tr(LINK_SCALE), n=n)


def _first_up(text: str) -> str:
    """A sentence starts with a capital; the rest stays as written."""
    return text[:1].upper() + text[1:]


EXPORT_WORDS = {  # menu title, suggested file name, file-dialog filter
    "csv": ("Export for a spreadsheet (CSV, zip)…", "painlog-diary.zip", "Zip of CSV files (*.zip)"),
    "json": ("Export everything (JSON, can be imported again)…", "painlog-diary.json", "JSON (*.json)"),
    "fhir": ("Export for other health apps (FHIR)…", "painlog-diary.fhir.json", "FHIR JSON (*.json)"),
}
