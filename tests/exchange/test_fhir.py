"""The FHIR export names its Patient, and every Observation's subject refers to it inside the Bundle."""

import json
from datetime import date

from painlog.domain.checkin import CheckIn
from painlog.session import DiarySession

DAYS = (date(2026, 10, 1), date(2026, 10, 2))


def export(diary, tmp_path, name: str = "", birth: str = "") -> dict:
    for day in DAYS:
        diary.checkins.save(CheckIn(day, 5, 4, 3, 6))
    diary.settings.set("patient_name", name)
    diary.settings.set("birth_date", birth)
    out = DiarySession(diary.path, diary).export("fhir", tmp_path / "fhir.json")
    return json.loads(out.read_text(encoding="utf-8"))


def test_the_bundle_holds_the_patient_and_every_observation_refers_to_it(diary, tmp_path):
    bundle = export(diary, tmp_path, "Ana Silva", "1956-03-02")
    patients = [e for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"]
    assert len(patients) == 1
    (patient,) = patients
    assert patient["resource"]["name"] == [{"text": "Ana Silva"}]
    assert patient["resource"]["birthDate"] == "1956-03-02"
    assert patient["fullUrl"].startswith("urn:uuid:")
    observations = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation"]
    assert len(observations) == 6 * len(DAYS)  # pain, three PEG items, the PEG score and the panel, each day
    assert all(o["subject"] == {"reference": patient["fullUrl"]} for o in observations)
    assert len(bundle["entry"]) == 1 + len(observations)  # nothing else, nothing without a subject


def test_without_a_name_or_a_real_birth_date_the_patient_is_still_there_but_says_nothing_made_up(diary, tmp_path):
    bundle = export(diary, tmp_path, "", "spring 1956")
    (patient,) = [e for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"]
    assert patient["resource"] == {"resourceType": "Patient"}
    assert all(e["resource"]["subject"]["reference"] == patient["fullUrl"] for e in bundle["entry"][1:])


def test_screens_are_questionnaire_responses_with_a_total_and_pgic_answers_are_observations(diary, tmp_path):
    from painlog.domain.impressions import Impression
    from painlog.domain.screens import Screen

    diary.screens.add(Screen(date(2026, 10, 3), "PHQ-9", (0, 1, 2, 3, 0, 0, 0, 0, 1), difficulty=2))
    diary.screens.add(Screen(date(2026, 10, 4), "GAD-2", (2, 2)))
    diary.impressions.add(Impression(date(2026, 10, 5), "much_improved", date(2026, 9, 1)))
    bundle = export(diary, tmp_path)
    patient = bundle["entry"][0]["fullUrl"]
    by_type: dict[str, list] = {}
    for entry in bundle["entry"]:
        by_type.setdefault(entry["resource"]["resourceType"], []).append(entry)
    phq, gad = by_type["QuestionnaireResponse"]
    answers = phq["resource"]
    assert answers["questionnaire"] == "http://loinc.org/q/44249-1"
    assert answers["subject"] == {"reference": patient}
    assert answers["authored"] == "2026-10-03"
    items = answers["item"]
    assert [i["linkId"] for i in items] == [
        "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8",
        "difficulty",
    ]  # fmt: skip
    assert items[3]["answer"] == [{"valueCoding": {"system": "http://loinc.org", "code": "LA6571-9",
                                                   "display": "Nearly every day"}}]  # fmt: skip
    assert items[9]["answer"] == [{"valueString": "Very difficult"}]
    assert "questionnaire" not in gad["resource"]  # no GAD-2 panel code found to cite
    totals = {o["resource"]["code"]["text"]: o["resource"] for o in by_type["Observation"]
              if "total" in o["resource"]["code"]["text"]}  # fmt: skip
    phq_total = totals["PHQ-9 total score"]
    assert phq_total["valueInteger"] == 0 + 1 + 2 + 3 + 1
    assert phq_total["code"]["coding"][0]["code"] == "44261-6"
    assert phq_total["derivedFrom"] == [{"reference": phq["fullUrl"]}]
    assert totals["GAD-2 total score"]["valueInteger"] == 4
    assert "coding" not in totals["GAD-2 total score"]["code"]  # a name, never an invented code
    (pgic,) = [o["resource"] for o in by_type["Observation"] if "PGIC" in o["resource"]["code"]["text"]]
    assert pgic["valueCodeableConcept"] == {"text": "much improved"}
    assert pgic["effectiveDateTime"] == "2026-10-05"
    assert pgic["subject"] == {"reference": patient}


def test_a_block_diary_is_a_procedure_with_its_ratings_at_their_exact_times(diary, tmp_path):
    from datetime import datetime

    from painlog.domain.block_diary import BlockDiary, TimedRating
    from painlog.domain.follow_ups import FollowUp
    from painlog.domain.stimulator_trial import Trial, TrialDay
    from painlog.domain.therapy import Procedure, Therapy

    mbb = diary.therapies.add(Therapy("nerve_block", "Medial branch block"))
    block = diary.therapies.add_procedure(Procedure(mbb.id, date(2026, 10, 3), "L4-L5 right"))
    at = datetime(2026, 10, 3, 9, 30)
    diary.procedure_diaries.save_sheet(BlockDiary(block.id, at, 7, times=(15, 30)))
    diary.procedure_diaries.rate(TimedRating(block.id, 30, datetime(2026, 10, 3, 10, 4), 2))
    rfa = diary.therapies.add(Therapy("radiofrequency_ablation", "RF ablation"))
    ablation = diary.therapies.add_procedure(Procedure(rfa.id, date(2026, 10, 6)))
    diary.procedure_diaries.add_follow_up(FollowUp(ablation.id, 14, date(2026, 10, 20), 3, 60), ablation.day, rfa.kind)
    scs = diary.therapies.add(Therapy("neuromodulation", "Stimulator"))
    trial = diary.procedure_diaries.add_trial(Trial(scs.id, date(2026, 10, 8), date(2026, 10, 10)))
    diary.procedure_diaries.save_day(TrialDay(trial.id, date(2026, 10, 9), 55))
    bundle = export(diary, tmp_path)
    resources = [e["resource"] | {"fullUrl": e["fullUrl"]} for e in bundle["entry"]]
    procedures = {r["code"]["text"]: r for r in resources if r["resourceType"] == "Procedure"}
    assert procedures["Medial branch block"]["performedDateTime"] == "2026-10-03T09:30"
    assert procedures["Medial branch block"]["bodySite"] == [{"text": "L4-L5 right"}]
    assert procedures["RF ablation"]["performedDateTime"] == "2026-10-06"
    assert procedures["Stimulator"]["performedPeriod"] == {"start": "2026-10-08", "end": "2026-10-10"}

    def part_of(name: str) -> list[dict]:
        return [r for r in resources if r.get("partOf") == [{"reference": procedures[name]["fullUrl"]}]]

    (rating,) = part_of("Medial branch block")
    assert (rating["effectiveDateTime"], rating["valueInteger"]) == ("2026-10-03T10:04", 2)
    assert rating["code"]["coding"][0]["code"] == "72514-3"
    pain, relief = part_of("RF ablation")
    assert (pain["valueInteger"], relief["valueQuantity"]["value"], relief["valueQuantity"]["unit"]) == (3, 60, "%")
    assert "coding" not in relief["code"]  # named, no invented code
    (day,) = part_of("Stimulator")
    assert (day["effectiveDateTime"], day["valueQuantity"]["value"]) == ("2026-10-09", 55)
    assert all(r["subject"]["reference"] == bundle["entry"][0]["fullUrl"] for r in resources[1:])
