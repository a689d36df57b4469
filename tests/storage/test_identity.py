"""How SQLite's findings about a damaged file are said: how many problems, and the first one, shortened."""

from painlog.storage.identity import damage_summary, locked


def test_the_findings_are_counted_without_sqlites_headings_and_the_first_is_quoted():
    findings = ["*** in database main ***\nPage 5: btree page corrupted.\nrow 3 missing from index x.", "ok?"]
    # Lines: the heading (left out), "Page 5: …", "row 3 …", "ok?" → 3 problems; the first without its full stop.
    assert damage_summary(findings) == "SQLite's check found 3 problems, the first: “Page 5: btree page corrupted”"
    assert damage_summary(["Page 5: btree page corrupted."]) == (
        "SQLite's check found 1 problem, the first: “Page 5: btree page corrupted”"
    )
    assert damage_summary(["*** in database main ***", ""]) == "SQLite's check found a problem"


def test_a_long_first_finding_is_cut_to_90_characters_with_an_ellipsis():
    exactly = "x" * 90
    assert damage_summary([exactly]).endswith(f"“{exactly}”")  # 90 characters fit
    longer = "a" * 88 + " " + "bb"  # 91 characters: the first 89 are kept, less the space, then "…"
    assert damage_summary([longer]).endswith("“" + "a" * 88 + "…”")


def test_a_quick_check_that_stopped_at_its_limit_says_at_least_100():
    # SQLite's quick_check stops after 100 findings, so 100 means "at least"; 99 are 99.
    assert damage_summary([f"problem {n}" for n in range(100)]).startswith("SQLite's check found at least 100 problems")
    assert damage_summary([f"problem {n}" for n in range(99)]).startswith("SQLite's check found 99 problems, ")


def test_a_long_first_finding_keeps_89_characters_before_the_ellipsis():
    assert damage_summary(["a" * 91]).endswith("“" + "a" * 89 + "…”")


def test_a_diary_locked_by_another_program_is_one_sentence_saying_what_to_do(tmp_path):
    path = tmp_path / "diary.sqlite"
    assert str(locked(path)) == (
        f"{path} is in use by another program, which has locked it. Close that program (or the other painlog "
        "window) and try again; the diary was not changed."
    )


def test_a_finding_ending_in_capital_letters_keeps_them_and_loses_only_its_full_stop():
    assert damage_summary(["row 3 missing from index IDX."]).endswith("“row 3 missing from index IDX”")
