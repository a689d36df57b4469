"""The names of the diary's codes (body places, pain qualities, kinds of therapy, routes, schedules, reasons,
severities, goal states, response categories) and the lists a form offers (dose units, generic names).

Each name is marked with QT_TR_NOOP where it is written and translated with `word(TABLE, code, tr)`.
"""

from __future__ import annotations

from painlog.domain.body_map import SHADE_BANDS
from painlog.wording.translator import QT_TR_NOOP, Translator

LOCATION_WORDS = {
    "head": QT_TR_NOOP("Head"),
    "neck": QT_TR_NOOP("Neck"),
    "shoulder_left": QT_TR_NOOP("Left shoulder"),
    "shoulder_right": QT_TR_NOOP("Right shoulder"),
    "upper_back": QT_TR_NOOP("Upper back"),
    "lower_back": QT_TR_NOOP("Lower back"),
    "chest": QT_TR_NOOP("Chest"),
    "abdomen": QT_TR_NOOP("Abdomen"),
    "pelvis": QT_TR_NOOP("Pelvis"),
    "arm_left": QT_TR_NOOP("Left arm"),
    "arm_right": QT_TR_NOOP("Right arm"),
    "hand_left": QT_TR_NOOP("Left hand"),
    "hand_right": QT_TR_NOOP("Right hand"),
    "hip_left": QT_TR_NOOP("Left hip"),
    "hip_right": QT_TR_NOOP("Right hip"),
    "leg_left": QT_TR_NOOP("Left leg"),
    "leg_right": QT_TR_NOOP("Right leg"),
    "knee_left": QT_TR_NOOP("Left knee"),
    "knee_right": QT_TR_NOOP("Right knee"),
    "foot_left": QT_TR_NOOP("Left foot"),
    "foot_right": QT_TR_NOOP("Right foot"),
}

QUALITY_WORDS = {
    "aching": QT_TR_NOOP("Aching"),
    "burning": QT_TR_NOOP("Burning"),
    "stabbing": QT_TR_NOOP("Stabbing"),
    "shooting": QT_TR_NOOP("Shooting"),
    "throbbing": QT_TR_NOOP("Throbbing"),
    "tingling": QT_TR_NOOP("Tingling / pins and needles"),
    "numbness": QT_TR_NOOP("Numbness"),
    "cramping": QT_TR_NOOP("Cramping"),
}


KIND_WORDS = {
    "medication": QT_TR_NOOP("Medication"),
    "injection": QT_TR_NOOP("Injection"),
    "nerve_block": QT_TR_NOOP("Nerve block"),
    "radiofrequency_ablation": QT_TR_NOOP("Radiofrequency ablation"),
    "neuromodulation": QT_TR_NOOP("Neuromodulation (stimulator)"),
    "physical_therapy": QT_TR_NOOP("Physical therapy"),
    "psychological": QT_TR_NOOP("Psychological therapy"),
    "surgery": QT_TR_NOOP("Surgery"),
    "other": QT_TR_NOOP("Other"),
}
NAME_HINTS = {  # the Name field's hint for each kind of therapy: an example of that kind, not a medicine for all
    "medication": QT_TR_NOOP("as on the prescription, for example Gabapentin"),
    "injection": QT_TR_NOOP("for example Epidural steroid injection"),
    "nerve_block": QT_TR_NOOP("for example Medial branch block"),
    "radiofrequency_ablation": QT_TR_NOOP("for example Radiofrequency ablation of the lower back"),
    "neuromodulation": QT_TR_NOOP("for example Spinal cord stimulator trial"),
    "physical_therapy": QT_TR_NOOP("for example Physiotherapy for the back"),
    "psychological": QT_TR_NOOP("for example CBT for chronic pain"),
    "surgery": QT_TR_NOOP("for example Knee replacement"),
    "other": QT_TR_NOOP("for example Acupuncture"),
}
KIND_GROUP_WORDS = {
    "medication": QT_TR_NOOP("Medications"),
    "injection": QT_TR_NOOP("Injections"),
    "nerve_block": QT_TR_NOOP("Nerve blocks"),
    "radiofrequency_ablation": QT_TR_NOOP("Radiofrequency ablation"),
    "neuromodulation": QT_TR_NOOP("Neuromodulation"),
    "physical_therapy": QT_TR_NOOP("Physical therapy"),
    "psychological": QT_TR_NOOP("Psychological therapy"),
    "surgery": QT_TR_NOOP("Surgery"),
    "other": QT_TR_NOOP("Other therapies"),
}
ROUTE_WORDS = {
    "oral": QT_TR_NOOP("By mouth"),
    "topical": QT_TR_NOOP("On the skin"),
    "transdermal": QT_TR_NOOP("Patch"),
    "injection": QT_TR_NOOP("Injection"),
    "other": QT_TR_NOOP("Other"),
}
STOP_REASON_WORDS = {
    "not_helping": QT_TR_NOOP("It was not helping"),
    "side_effects": QT_TR_NOOP("Side effects"),
    "cost": QT_TR_NOOP("Cost"),
    "finished": QT_TR_NOOP("The course finished"),
    "other": QT_TR_NOOP("Another reason"),
}
# The schedule kinds as the therapy form offers them (vocabulary.SCHEDULES).
SCHEDULE_WORDS = {
    "times_a_day": QT_TR_NOOP("Some times a day"),
    "every_hours": QT_TR_NOOP("Every so many hours (for example a 72-hour patch)"),
    "every_days": QT_TR_NOOP("Every so many days"),
    "weekly": QT_TR_NOOP("On set days of the week"),
    "monthly": QT_TR_NOOP("Once a month"),
    "as_needed": QT_TR_NOOP("As needed"),
}
WEEKDAY_WORDS = {
    "mon": QT_TR_NOOP("Mon"),
    "tue": QT_TR_NOOP("Tue"),
    "wed": QT_TR_NOOP("Wed"),
    "thu": QT_TR_NOOP("Thu"),
    "fri": QT_TR_NOOP("Fri"),
    "sat": QT_TR_NOOP("Sat"),
    "sun": QT_TR_NOOP("Sun"),
}
SEVERITY_WORDS = {"mild": QT_TR_NOOP("Mild"), "moderate": QT_TR_NOOP("Moderate"), "severe": QT_TR_NOOP("Severe")}
GOAL_STATUS_WORDS = {
    "active": QT_TR_NOOP("Working on it"),
    "achieved": QT_TR_NOOP("Achieved"),
    "dropped": QT_TR_NOOP("Dropped"),
}
DOSE_UNITS = ("mg", "mcg", "g", "mL", "mcg/h", "tablet", "capsule", "puff", "drop", "patch", "%")  # stored as typed
# Generic names offered for a medication (typing another is fine); the opioids of the CDC table come first.
INGREDIENTS = (
    "oxycodone", "hydrocodone", "morphine", "hydromorphone", "oxymorphone", "codeine", "tramadol", "tapentadol",
    "methadone", "fentanyl", "buprenorphine", "gabapentin", "pregabalin", "duloxetine", "amitriptyline",
    "nortriptyline", "paracetamol", "ibuprofen", "naproxen", "celecoxib", "diclofenac", "meloxicam",
    "cyclobenzaprine", "tizanidine", "baclofen", "lidocaine", "capsaicin",
)  # fmt: skip


CATEGORY_WORDS = {  # IMMPACT, the same thresholds both ways (painlog.domain.response.Change.category)
    "substantial": QT_TR_NOOP("Substantial improvement (≥ 50 %)"),
    "moderate": QT_TR_NOOP("Moderate improvement (≥ 30 %)"),
    "none": QT_TR_NOOP("No important change"),
    "worse": QT_TR_NOOP("Moderately worse (≥ 30 %)"),
    "much_worse": QT_TR_NOOP("Substantially worse (≥ 50 %)"),
    "no_baseline": QT_TR_NOOP("Mean 0 before, so no percentage"),
}
EVENT_WORDS = {
    "started": QT_TR_NOOP("started"),
    "changed": QT_TR_NOOP("dose changed"),
    "procedure": QT_TR_NOOP("procedure"),
    "stopped": QT_TR_NOOP("stopped"),
}


def word(table: dict[str, str], code: str | None, tr: Translator) -> str:
    """The name of `code` in `table`, translated; an unknown code is shown as it is."""
    return tr.known(table[code]) if code in table else (code or "")


def location_word(code: str, tr: Translator) -> str:
    return word(LOCATION_WORDS, code, tr)


def quality_word(code: str, tr: Translator) -> str:
    return word(QUALITY_WORDS, code, tr)


def band_words(level: int, tr: Translator) -> str:
    """The pain drawing's key for a shade level: "1–2 days", "15+ days"."""
    low, high = SHADE_BANDS[level - 1]
    if high is None:
        return tr("{low}+ days").format(low=low)
    return tr("{low}–{high} days").format(low=low, high=high)
