"""The layering rules of DESIGN.md, proved in a fresh interpreter: what each layer pulls in."""

import subprocess
import sys

import pytest


def modules_after_import(*names: str) -> set[str]:
    code = "import sys\n" + "".join(f"import {n}\n" for n in names) + "print('\\n'.join(sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(result.stdout.split())


@pytest.mark.parametrize(
    "module",
    [
        "painlog.domain.checkin",
        "painlog.domain.episode",
        "painlog.domain.history",
        "painlog.storage.diary",
        "painlog.storage.check",
        "painlog.demo",
        "painlog.cli",
        "painlog.app",
        "painlog.wording",
        "painlog.presenters.today",
        "painlog.domain.prompts",
        "painlog.prompting",
    ],
)
def test_domain_storage_and_the_command_line_import_no_qt(module):
    loaded = modules_after_import(module)
    assert not any(name.startswith("PySide6") for name in loaded)
    assert "matplotlib" not in loaded


@pytest.mark.parametrize("module", ["painlog.charts.trends", "painlog.charts.patterns", "painlog.report.sources"])
def test_charts_and_report_sources_need_no_qt(module):
    loaded = modules_after_import(module)
    assert not any(name.startswith("PySide6") for name in loaded)
    assert "matplotlib.pyplot" not in loaded


def test_the_domain_imports_no_storage():
    loaded = modules_after_import("painlog.domain.checkin", "painlog.domain.episode", "painlog.domain.history",
                                  "painlog.domain.prompts")  # fmt: skip
    assert not any(name.startswith("painlog.storage") for name in loaded)
    assert "sqlite3" not in loaded


@pytest.mark.parametrize("module", ["painlog.presenters.today", "painlog.presenters.therapies"])
def test_presenters_import_the_domain_only(module):
    """A presenter decides what a page does; it reaches Qt only through its view, the diary through protocols."""
    loaded = modules_after_import(module)
    ours = {name for name in loaded if name.startswith("painlog.")}
    assert module in ours
    assert all(name.startswith(("painlog.domain", "painlog.presenters")) for name in ours)
    assert not any(name.startswith(("PySide6", "matplotlib", "sqlite3", "sqlite_utils")) for name in loaded)


def test_the_main_window_does_not_load_matplotlib_at_start_up():
    loaded = modules_after_import("painlog.ui.main_window")
    assert "PySide6.QtWidgets" in loaded
    assert "matplotlib" not in loaded


def test_the_file_writer_every_layer_shares_imports_no_other_part_of_painlog():
    loaded = modules_after_import("painlog.files")
    # Only the one list of failures a person can act on, itself standard library only.
    assert {name for name in loaded if name.startswith("painlog")} == {
        "painlog",
        "painlog.files",
        "painlog.storage",
        "painlog.storage.failures",
    }
    assert not any(name.startswith(("PySide6", "matplotlib", "sqlite3")) for name in loaded)
