"""The fixed, named lists a diary uses: body locations, pain qualities, therapy kinds and statuses.

These codes are stored in the diary file (a published format), so they never change; the UI words them.
"""

LOCATIONS: tuple[str, ...] = (
    "head",
    "neck",
    "shoulder_left",
    "shoulder_right",
    "upper_back",
    "lower_back",
    "chest",
    "abdomen",
    "pelvis",
    "arm_left",
    "arm_right",
    "hand_left",
    "hand_right",
    "hip_left",
    "hip_right",
    "leg_left",
    "leg_right",
    "knee_left",
    "knee_right",
    "foot_left",
    "foot_right",
)

QUALITIES: tuple[str, ...] = (
    "aching",
    "burning",
    "stabbing",
    "shooting",
    "throbbing",
    "tingling",
    "numbness",
    "cramping",
)

THERAPY_KINDS = (
    "medication",
    "injection",
    "nerve_block",
    "radiofrequency_ablation",
    "neuromodulation",
    "physical_therapy",
    "psychological",
    "surgery",
    "other",
)
# A procedure is an event on a date; every other kind is a course with regimens from a start to an end.
PROCEDURE_KINDS = ("injection", "nerve_block", "radiofrequency_ablation", "surgery")
ROUTES = ("oral", "topical", "transdermal", "injection", "other")
STOP_REASONS = ("not_helping", "side_effects", "cost", "finished", "other")
SEVERITIES = ("mild", "moderate", "severe")
GOAL_STATUSES = ("active", "achieved", "dropped")
# How often a regimen's doses are due (regimens.schedule): N times a day (times_per_day), every N hours or
# every N days (every), weekly on given weekdays (weekdays), monthly on the start date's day, as needed
# (max_per_day). Every N hours, every N days and monthly count from the regimen's start date.
SCHEDULES = ("times_a_day", "every_hours", "every_days", "weekly", "monthly", "as_needed")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # in date.weekday() order
