"""Install the lowest version pyproject.toml allows of every dependency in a scratch venv, and run the tests there.

By hand, not in CI (it downloads Qt and matplotlib):
    python3 benchmarks/floors.py [--keep] [pytest arguments …]

Each dependency's floor is the `>=` version in pyproject.toml (runtime and [test]), installed as `==` that
version; what those pull in is left to pip. The working tree (tracked and new files, not ignored ones) is copied
to a temporary folder, installed there without its dependencies, and tested with `pytest -q -x` (but for the mypy
checks, which depend on the newest stubs; see STUB_DEPENDENT). Prints
`floors: <name>==<version> …` and then `floors: passed` or `floors: failed (pytest exit <n>)`.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
# What mypy finds depends on the stubs that ship with PySide6 and matplotlib, which change between releases:
# the type checks hold for the newest versions, not for the floors (README, "Dependency floors").
STUB_DEPENDENT = [
    "tests/test_code_quality.py::test_domain_storage_and_the_file_writer_pass_strict_mypy",
    "tests/test_code_quality.py::test_the_whole_package_passes_mypy",
]


def floors(pyproject: Path) -> list[str]:
    """`name==floor` for each dependency of this Python (its marker holds) that has a `>=` floor."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    pinned = []
    for line in [*project["dependencies"], *project["optional-dependencies"]["test"]]:
        requirement = Requirement(line)
        if requirement.marker is not None and not Marker(str(requirement.marker)).evaluate():
            continue
        lowest = [spec.version for spec in requirement.specifier if spec.operator == ">="]
        if not lowest:
            raise SystemExit(f"floors: {requirement.name} has no >= floor in pyproject.toml")
        extras = f"[{','.join(sorted(requirement.extras))}]" if requirement.extras else ""
        pinned.append(f"{requirement.name}{extras}=={lowest[0]}")
    return pinned


def copy_tree(target: Path) -> None:
    """The working tree as git sees it (committed, changed and new files; nothing ignored)."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, check=True,
                            capture_output=True).stdout.decode().split("\0")  # fmt: skip
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder and print where it is")
    args, pytest_args = parser.parse_known_args()
    pinned = floors(ROOT / "pyproject.toml")
    print("floors:", " ".join(pinned), flush=True)
    scratch = Path(tempfile.mkdtemp(prefix="painlog-floors-"))
    try:
        tree = scratch / "painlog"
        copy_tree(tree)
        venv = scratch / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        python = str(venv / ("Scripts" if sys.platform == "win32" else "bin") / "python")
        subprocess.run([python, "-m", "pip", "install", "-q", *pinned], check=True)
        subprocess.run([python, "-m", "pip", "install", "-q", "--no-deps", "-e", str(tree)], check=True)
        installed = subprocess.run([python, "-m", "pip", "freeze"], capture_output=True, text=True, check=True)
        names = {re.split(r"[=\[]", p)[0].lower().replace("_", "-") for p in pinned}
        for line in installed.stdout.splitlines():
            if line.split("==")[0].lower().replace("_", "-") in names:
                print("floors: installed", line, flush=True)
        left_out = [f"--deselect={test}" for test in STUB_DEPENDENT]
        command = [python, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *left_out, *pytest_args]
        result = subprocess.run(command, cwd=tree)
        print("floors: passed" if result.returncode == 0 else f"floors: failed (pytest exit {result.returncode})")
        return result.returncode
    finally:
        if args.keep:
            print(f"floors: kept {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
