"""Crisis resources: the country's line, the patient's own first, and always an emergency number to call."""

from painlog.domain.crisis import crisis_resources


def test_the_us_uk_and_ireland_get_the_lines_clinical_md_names() -> None:
    us = crisis_resources("US")
    assert [(line.name, line.number) for line in us.lines] == [("988 Suicide & Crisis Lifeline", "988")]
    assert us.emergency == "911"
    for country in ("GB", "gb", "IE"):
        found = crisis_resources(country)
        assert [(line.name, line.number) for line in found.lines] == [("Samaritans", "116 123")]
    assert crisis_resources("IE").emergency == "112"


def test_another_country_gets_its_local_emergency_number_in_words() -> None:
    found = crisis_resources("BR")
    assert (found.lines, found.emergency) == ((), None)


def test_the_patients_own_contact_comes_first() -> None:
    found = crisis_resources("US", "  Dr Reyes' clinic 555 0100 ")
    assert [line.name for line in found.lines] == ["Dr Reyes' clinic 555 0100", "988 Suicide & Crisis Lifeline"]
    assert crisis_resources("BR", "   ").lines == ()
