"""The README's two commands are the project's promise; CI must run the same test command."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [block.strip() for block in re.findall(r"```\n(python3 -m venv[^\n]*)\n```", text)]


def test_the_readme_gives_two_commands_and_ci_runs_the_test_one():
    run_app, run_tests = readme_commands()
    assert "painlog demo" in run_app and "--db" in run_app
    assert 'pip install ".[test]"' in run_tests and "pytest" in run_tests
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert run_tests in ci.splitlines()
