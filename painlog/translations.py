"""Regenerate the translation sources and compile them, for developers: `python -m painlog.translations`.

Runs Qt's `pyside6-lupdate` over painlog/ into resources/translations/painlog_<language>.ts (new texts come in
unfinished, texts gone are dropped), then `pyside6-lrelease` into the .qm files the app loads. Both are
committed; tests/test_translations.py fails when either is out of date or a text has no translation.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
TRANSLATED = ("es",)


def tool(name: str) -> str:
    """Qt's tool beside this Python (the venv's bin), else on the PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "painlog").rglob("*.py"))


def update(ts: Path, language: str) -> str:
    """Extract every text into `ts`; returns lupdate's output (its warnings name texts it could not read)."""
    done = subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none", "-source-language", "en",
         "-target-language", language, "-ts", str(ts)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return done.stdout + done.stderr


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def main() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in TRANSLATED:
        ts = FOLDER / f"painlog_{language}.ts"
        print(update(ts, language), end="")
        release(ts, ts.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
