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
