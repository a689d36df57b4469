"""The code rules of STYLE.md that tools can check: ruff clean, strict typing in domain/, storage/ and presenters/."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(shutil.which("ruff") is None and not (Path(sys.executable).parent / "ruff").exists(),
                    reason="ruff is a test extra")  # fmt: skip
def test_ruff_finds_nothing():
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    result = subprocess.run([ruff, "check", "--quiet", str(ROOT)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_domain_storage_and_the_file_writer_pass_strict_mypy():
    pytest.importorskip("mypy")
    targets = [str(ROOT / "painlog" / name) for name in ("domain", "storage", "presenters", "files.py")]
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-error-summary", *targets],
                            capture_output=True, text=True, cwd=ROOT)  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:]


def test_the_whole_package_passes_mypy():
    """Not strict outside domain and storage (Qt's and matplotlib's stubs are loose), but no error: a type
    that does not fit (a Diary that is no DiarySource, an id that may be None) is a bug waiting."""
    pytest.importorskip("mypy")
    result = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary", str(ROOT / "painlog")],
                            capture_output=True, text=True, cwd=ROOT)  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:]
