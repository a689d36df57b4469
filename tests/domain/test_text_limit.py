"""One limit on the length of a text field, applied by every record's validated() (and so by the forms, the
repositories and the import alike)."""

from datetime import date, datetime

import pytest

from painlog.domain.checkin import CheckIn
from painlog.domain.episode import Episode
from painlog.domain.errors import ValidationError
from painlog.domain.scales import PAIN
from painlog.domain.text import MAX_TEXT, check_text
from painlog.domain.therapy import Dose, Procedure, Regimen, SideEffect, Therapy
from painlog.domain.visits import Goal, Visit

DAY = date(2026, 1, 5)
AT = datetime(2026, 1, 5, 8, 30)
TODAY, NOW = date(2026, 2, 1), datetime(2026, 2, 1, 12, 0)

# (field, a record holding `text` in that field, validated): every text field of every record.
RECORDS = [
    ("note", lambda text: CheckIn(DAY, 5, 4, 4, 4, note=text).validated(TODAY)),
    ("helped", lambda text: Episode(AT, 5, helped=text).validated(NOW)),
    ("name", lambda text: Therapy("medication", text).validated()),
    ("ingredient", lambda text: Therapy("medication", "Pregabalin", ingredient=text).validated()),
    ("target", lambda text: Therapy("medication", "Pregabalin", target=text).validated()),
    ("prescriber", lambda text: Therapy("medication", "Pregabalin", prescriber=text).validated()),
    ("notes", lambda text: Therapy("medication", "Pregabalin", notes=text).validated()),
    ("dose_unit", lambda text: Regimen(1, DAY, dose_unit=text).validated()),
    ("instructions", lambda text: Regimen(1, DAY, instructions=text).validated()),
    ("site", lambda text: Procedure(1, DAY, site=text).validated(TODAY)),
    ("notes", lambda text: Procedure(1, DAY, notes=text).validated(TODAY)),
    ("dose_unit", lambda text: Dose(1, AT, dose_unit=text).validated(NOW)),
    ("skip_reason", lambda text: Dose(1, AT, skipped=True, skip_reason=text).validated(NOW)),
    ("description", lambda text: SideEffect(DAY, text, "mild").validated(TODAY)),
    ("outcome", lambda text: Visit(DAY, outcome=text).validated()),
    ("text", lambda text: Goal(text, DAY).validated()),
]


@pytest.mark.parametrize(("field", "record"), RECORDS, ids=[f"{n}-{field}" for n, (field, _) in enumerate(RECORDS)])
def test_a_text_field_holds_up_to_the_limit_and_not_one_character_more(field, record):
    record("é" * MAX_TEXT)  # exactly at the limit: accepted
    with pytest.raises(ValidationError) as caught:
        record("é" * (MAX_TEXT + 1))
    assert caught.value.field == field
    assert caught.value.message.startswith(f"{MAX_TEXT + 1:,} characters are too many for ")


def test_a_visits_questions_count_together_as_they_are_stored():
    half = "q" * (MAX_TEXT // 2)
    Visit(DAY, questions=(half, half[1:])).validated()  # joined by one line break: exactly MAX_TEXT
    with pytest.raises(ValidationError, match="too many for the questions"):
        Visit(DAY, questions=(half, half)).validated()


def test_a_field_without_a_plain_name_is_named_by_its_words():
    with pytest.raises(ValidationError) as refused:
        check_text({"free_text": "x" * (MAX_TEXT + 1)})
    assert refused.value.message == f"{MAX_TEXT + 1:,} characters are too many for free text; at most {MAX_TEXT:,} fit."
    with pytest.raises(ValidationError) as refused:
        PAIN.check("flare_score", 11, required=True)
    assert refused.value.message == "Flare score must be from 0 to 10, not 11."  # not "Flare_score"
