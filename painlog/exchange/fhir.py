"""A FHIR R4 `collection` Bundle: the Patient, and each check-in's pain, PEG items and PEG score as
Observations whose `subject` refers to that Patient (by its `urn:uuid:` fullUrl inside the Bundle); each mood
or anxiety screen as a QuestionnaireResponse with its total as an Observation derived from it; each PGIC
answer as an Observation; each procedure with a diary as a Procedure, its pain ratings (at their exact times)
and relief as Observations `partOf` it.

LOINC (clinical.md): pain severity 0–10 reported 72514-3; PEG panel 91148-7 with its items 75893-8 (pain),
91145-3 (enjoyment), 91146-1 (activity) and the PEG score 91147-9; PHQ-9 total 44261-6, PHQ-2 total 55758-7,
GAD-7 total 70274-6. The item codes (PHQ-9 44250-9 …, GAD-7 69725-0 …), the answer codes LA6568-5 … and the
panels PHQ-9 44249-1 and GAD-7 69737-5 are as HL7's Personal Health Record format IG uses them; PHQ-2's panel
55757-9 is LOINC's. No code was found in a public source for the GAD-2 total or the PGIC: those carry their
name as text only, never an invented code.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from painlog.domain.block_diary import BlockDiary, TimedRating
from painlog.domain.checkin import CheckIn
from painlog.domain.follow_ups import FollowUp
from painlog.domain.impressions import Impression
from painlog.domain.screens import ANSWERS, DIFFICULTY_ANSWERS, DIFFICULTY_QUESTION, Screen
from painlog.domain.stimulator_trial import Trial, TrialDay
from painlog.domain.therapy import Procedure, Therapy
from painlog.files import write_bytes

LOINC = "http://loinc.org"
SURVEY = {
    "coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "survey",
                "display": "Survey"}]
}  # fmt: skip
NAMESPACE = uuid.UUID("8d9f2a52-4a0c-4a37-9d7e-5f1c1a6b7e10")  # stable ids: the same diary, the same bundle


PANELS = {"PHQ-9": "44249-1", "PHQ-2": "55757-9", "GAD-7": "69737-5"}  # questionnaires' LOINC panels
ANSWER_CODES = ("LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9")  # Not at all … Nearly every day


def _code(code: str | None, display: str) -> dict[str, Any]:
    if code is None:
        return {"text": display}
    return {"coding": [{"system": LOINC, "code": code, "display": display}], "text": display}


def _screen(screen: Screen) -> list[dict[str, Any]]:
    """The answers as a QuestionnaireResponse and the total as an Observation derived from it."""
    form = screen.form
    day = screen.day.isoformat()
    key = f"screen/{day}/{form.code}/{screen.id}"
    answered = f"urn:uuid:{uuid.uuid5(NAMESPACE, key)}"
    items = [
        {"linkId": code, "text": text,
         "answer": [{"valueCoding": {"system": LOINC, "code": ANSWER_CODES[a], "display": ANSWERS[a]}}]}
        for code, text, a in zip(form.item_loinc, form.items, screen.answers, strict=True)
    ]  # fmt: skip
    if screen.difficulty is not None:
        items.append({"linkId": "difficulty", "text": DIFFICULTY_QUESTION,
                      "answer": [{"valueString": DIFFICULTY_ANSWERS[screen.difficulty]}]})  # fmt: skip
    response: dict[str, Any] = {"resourceType": "QuestionnaireResponse", "status": "completed", "authored": day,
                                "item": items}  # fmt: skip
    if form.code in PANELS:
        response["questionnaire"] = f"http://loinc.org/q/{PANELS[form.code]}"
    total = _observation(
        f"urn:uuid:{uuid.uuid5(NAMESPACE, key + '/total')}", _code(form.total_loinc, f"{form.code} total score"), day,
        {"valueInteger": screen.total}, derivedFrom=[{"reference": answered}],
    )  # fmt: skip
    return [{"fullUrl": answered, "resource": response}, total]


def _impression(impression: Impression) -> dict[str, Any]:
    day = impression.day.isoformat()
    full_url = f"urn:uuid:{uuid.uuid5(NAMESPACE, f'pgic/{day}/{impression.id}')}"
    answer = {"valueCodeableConcept": {"text": impression.answer.replace("_", " ")}}
    note = [{"text": f"Change since {impression.since.isoformat()}"}]
    return _observation(full_url, _code(None, "Patient Global Impression of Change (PGIC)"), day, answer, note=note)


def _observation(full_url: str, code: dict, day: str, value: dict[str, Any], **more: Any) -> dict[str, Any]:
    resource = {"resourceType": "Observation", "status": "final", "category": [SURVEY], "code": code,
                "effectiveDateTime": day, **value, **more}  # fmt: skip
    return {"fullUrl": full_url, "resource": resource}


def _patient(name: str, birth_date: str) -> dict[str, Any]:
    """The patient the diary belongs to: the name and birth date from the settings, where given (a birth date
    only when it is a real date; the settings field is free text)."""
    resource: dict[str, Any] = {"resourceType": "Patient"}
    if name.strip():
        resource["name"] = [{"text": name.strip()}]
    if _is_date(birth_date.strip()):
        resource["birthDate"] = birth_date.strip()
    full_url = f"urn:uuid:{uuid.uuid5(NAMESPACE, f'patient/{name.strip()}/{birth_date.strip()}')}"
    return {"fullUrl": full_url, "resource": resource}


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


@dataclass(frozen=True)
class ProcedureRecord:
    """A procedure with its diary, for the export: a block's timed ratings, follow-ups, or a trial's days."""

    therapy: Therapy
    procedure: Procedure | None = None  # None for a stimulator trial (a period, not a day)
    sheet: BlockDiary | None = None
    ratings: tuple[TimedRating, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    trial: Trial | None = None
    trial_days: tuple[TrialDay, ...] = ()


SEVERITY = ("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")


def _percent(value: int) -> dict[str, Any]:
    return {"valueQuantity": {"value": value, "unit": "%", "system": "http://unitsofmeasure.org", "code": "%"}}


def _procedure(record: ProcedureRecord) -> list[dict[str, Any]]:
    """A Procedure resource and the diary's Observations, each `partOf` it: pain at the exact time of each rating
    after a block, pain and the patient's relief at each follow-up, the relief of each trial day."""
    therapy, procedure, trial = record.therapy, record.procedure, record.trial
    key = f"procedure/{procedure.id}" if procedure is not None else f"trial/{trial.id if trial else ''}"
    full_url = f"urn:uuid:{uuid.uuid5(NAMESPACE, key)}"
    resource: dict[str, Any] = {"resourceType": "Procedure", "status": "completed", "code": {"text": therapy.name}}
    if record.sheet is not None:
        resource["performedDateTime"] = record.sheet.block_at.isoformat(timespec="minutes")
    elif procedure is not None:
        resource["performedDateTime"] = procedure.day.isoformat()
    elif trial is not None:
        resource["performedPeriod"] = {"start": trial.start.isoformat(), "end": trial.end.isoformat()}
    if procedure is not None and procedure.site:
        resource["bodySite"] = [{"text": procedure.site}]
    part_of = {"partOf": [{"reference": full_url}]}
    entries = [{"fullUrl": full_url, "resource": resource}]

    def url(part: str) -> str:
        return f"urn:uuid:{uuid.uuid5(NAMESPACE, f'{key}/{part}')}"

    for rating in record.ratings:
        entries.append(_observation(url(f"rating/{rating.minutes}"), _code(*SEVERITY),
                                    rating.rated_at.isoformat(timespec="minutes"), {"valueInteger": rating.pain},
                                    **part_of))  # fmt: skip
    for follow_up in record.follow_ups:
        day = follow_up.day.isoformat()
        entries.append(_observation(url(f"follow-up/{follow_up.after_days}"), _code(*SEVERITY), day,
                                    {"valueInteger": follow_up.pain}, **part_of))  # fmt: skip
        if follow_up.relief_percent is not None:
            entries.append(_observation(url(f"follow-up/{follow_up.after_days}/relief"), _code(None, RELIEF), day,
                                        _percent(follow_up.relief_percent), **part_of))  # fmt: skip
    for trial_day in record.trial_days:
        if trial_day.relief_percent is not None:
            day = trial_day.day.isoformat()
            entries.append(_observation(url(f"day/{day}"), _code(None, RELIEF), day,
                                        _percent(trial_day.relief_percent), **part_of))  # fmt: skip
    return entries


RELIEF = "Pain relief, the patient's estimate (%)"  # no LOINC code found to cite: named, never invented


def bundle(
    checkins: Iterable[CheckIn], now: datetime, patient: str = "", birth_date: str = "",
    screens: Iterable[Screen] = (), impressions: Iterable[Impression] = (),
    procedures: Iterable[ProcedureRecord] = (),
) -> dict[str, Any]:  # fmt: skip
    person = _patient(patient, birth_date)
    subject = {"reference": person["fullUrl"]}
    entries = [person]
    for checkin in checkins:
        day = checkin.day.isoformat()

        def url(part: str, day: str = day) -> str:
            return f"urn:uuid:{uuid.uuid5(NAMESPACE, f'{day}/{part}')}"

        severity = _code("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")
        entries.append(_observation(url("pain"), severity, day, {"valueInteger": checkin.pain_avg}))
        items = [
            ("75893-8", "Pain intensity rating scale", checkin.pain_avg, "peg-p"),
            ("91145-3", "Pain interference with enjoyment of life", checkin.enjoyment, "peg-e"),
            ("91146-1", "Pain interference with general activity", checkin.activity, "peg-g"),
        ]
        for code, display, value, part in items:
            entries.append(_observation(url(part), _code(code, display), day, {"valueInteger": value}))
        score = {"valueQuantity": {"value": checkin.peg, "unit": "{score}", "system": "http://unitsofmeasure.org",
                                   "code": "{score}"}}  # fmt: skip
        entries.append(_observation(url("peg"), _code("91147-9", "PEG score"), day, score))
        entries.append(_observation(
            url("panel"), _code("91148-7", "PEG 3-item pain scale"), day, {},
            hasMember=[{"reference": url(part)} for part in ("peg-p", "peg-e", "peg-g", "peg")],
        ))  # fmt: skip
    for screen in screens:
        entries += _screen(screen)
    entries += [_impression(i) for i in impressions]
    for record in procedures:
        entries += _procedure(record)
    for entry in entries[1:]:
        entry["resource"]["subject"] = subject
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": now.astimezone().isoformat(timespec="seconds"),
        "entry": entries,
    }


def write_fhir(
    out: Path, checkins: Iterable[CheckIn], now: datetime, *, patient: str = "", birth_date: str = "",
    screens: Iterable[Screen] = (), impressions: Iterable[Impression] = (),
    procedures: Iterable[ProcedureRecord] = (), replace: bool = False,
) -> Path:  # fmt: skip
    found = bundle(checkins, now, patient, birth_date, screens, impressions, procedures)
    text = json.dumps(found, ensure_ascii=False, indent=1) + "\n"
    return write_bytes(out, text.encode("utf-8"), replace=replace)


def procedure_records(source: Any) -> list[ProcedureRecord]:  # noqa: ANN401 - a Diary (storage is not imported here)
    """Every procedure that has a diary, and every stimulator trial, from an open diary's repositories."""
    diaries = source.procedure_diaries
    records = []
    for therapy, procedure in source.therapies.procedures_between(date.min, date.max):
        sheet = diaries.sheet(procedure.id)
        ratings = tuple(diaries.ratings(procedure.id)) if sheet is not None else ()
        follow_ups = tuple(diaries.follow_ups(procedure.id))
        if sheet is not None or follow_ups:
            records.append(ProcedureRecord(therapy, procedure, sheet, ratings, follow_ups))
    names = {t.id: t for t in source.therapies.all()}
    for trial in diaries.trials():
        records.append(ProcedureRecord(names[trial.therapy_id], trial=trial, trial_days=tuple(diaries.days(trial.id))))
    return records
