"""Mutation score of painlog/domain and painlog/storage: how many small wrong changes to the code the tests catch.

Run by hand, not in CI: `python3 benchmarks/mutation.py [--work DIR] [--fresh] [--jobs N] [--only GLOB…]`;
`--survivors` then runs only the surviving mutants again after tests were added. Prints
`mutation: <module>: <killed>/<total> killed (<pct> %)` for each module, each package and the total (survivors
that only change the letter case of SQL counted apart as equivalent), then the surviving mutants by name; their
changes are written to DIR/survivors.diff.

It sets everything up itself, in DIR (default /tmp/painlog-mutation):
- a venv with mutmut 3 and painlog's dependencies but *not* painlog: the suite runs with --import-mode=append against
  whatever `import painlog` finds, and an installed painlog would be the unmutated one, scoring every mutant killed
  or every mutant survived without testing anything;
- a copy of painlog/, tests/ and pyproject.toml, with resources/ laid in as painlog/resources as the wheel has it,
  and mutmut's settings in setup.cfg. mutmut copies the code to mutants/ and puts that folder first on sys.path;
  PYTHONPATH points there too so that the child processes some storage tests start import the same code.
Each mutant runs the tests of tests/domain, tests/storage and tests/exchange that call the mutated function.
Before the run, one deliberately broken copy of painlog is checked to fail those tests, so a score cannot come
from the tests never seeing the mutants. The survivors judged equivalent are listed in mutation-survivors.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ["painlog/domain", "painlog/storage"]
TESTS = ["tests/domain", "tests/storage", "tests/exchange"]
MUTMUT = "mutmut>=3.8,<4"

SETUP_CFG = """[mutmut]
source_paths = painlog
only_mutate =
{only}
pytest_add_cli_args_test_selection =
{tests}
pytest_add_cli_args =
    -p
    fast_tests_first
also_copy =
    README.md
    fast_tests_first.py
use_git_change_detection = false
"""

# mutmut runs a mutant's tests with -x and stops at the first failure, in the order it lists them. Running the
# domain's tests (milliseconds each) before the storage and exchange ones (which open diaries and start programs)
# catches most mutants within a second instead of after the slow tests; the verdicts are the same.
FAST_TESTS_FIRST = """
def pytest_collection_modifyitems(items):
    order = ("tests/domain/", "tests/storage/", "tests/exchange/")
    items.sort(key=lambda item: next((n for n, p in enumerate(order) if item.nodeid.startswith(p)), len(order)))
"""

# mutmut's exit codes (mutmut/stats.py): a mutant the tests failed on, timed out on, or crashed on is caught.
KILLED = {1, 3, 36, -24, 24, 152, 255, -11, -9, 37}
SURVIVED = {0, 5, 33}


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> None:
    print("$", " ".join(command), flush=True)
    subprocess.run(command, cwd=cwd, env=env, check=True)


def make_venv(work: Path) -> Path:
    venv = work / "venv"
    python = venv / "bin" / "python"
    if not python.exists():
        run([sys.executable, "-m", "venv", str(venv)], cwd=work)
        run([str(python), "-m", "pip", "install", "-q", MUTMUT, f"{REPO}[test]"], cwd=work)
        # Only the dependencies stay: the code under test is the mutated copy, nothing installed.
        run([str(python), "-m", "pip", "uninstall", "-q", "-y", "painlog"], cwd=work)
    return python


# A survivor whose only change is the letter case of an SQL statement without quoted text: SQLite reads keywords,
# table and column names alike in any case, so no test can tell it apart (mutation-survivors.md).
SQL_WORDS = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|WHERE|ORDER BY|CREATE|PRAGMA|FROM|VALUES|BETWEEN)\b", re.I)
DIFFS = """
import sys
from mutmut.mutation.diff_apply import get_diff_for_mutant
for name in sys.stdin.read().split():
    module = name.split(".x")[0].replace(".", "/") + ".py"
    print("#", name)
    print(get_diff_for_mutant(name, path=module))
"""


def diffs(python: Path, copy: Path, names: list[str]) -> dict[str, str]:
    """Each mutant's change as a unified diff, by name."""
    text = subprocess.run([str(python), "-c", DIFFS], cwd=copy, input="\n".join(names), capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    found: dict[str, str] = {}
    for block in text.split("\n# ")[0:]:
        name, _, diff = block.removeprefix("# ").partition("\n")
        found[name.strip()] = diff
    return found


def only_sql_case(diff: str) -> bool:
    removed = [line[1:] for line in diff.splitlines() if line.startswith("-") and not line.startswith("---")]
    added = [line[1:] for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    return (
        len(removed) == len(added) > 0
        and all(r != a and r.lower() == a.lower() and SQL_WORDS.search(r) and "'" not in r for r, a in zip(
            removed, added, strict=True))
    )  # fmt: skip


def sql_case(name: str, changes: dict[str, str]) -> bool:
    """Only storage holds SQL: elsewhere a word like "from" is in a sentence, whose case a test can see."""
    return name.startswith("painlog.storage.") and only_sql_case(changes.get(name, ""))


def lay_out_copy(work: Path, only: list[str]) -> Path:
    copy = work / "copy"
    if copy.exists():
        shutil.rmtree(copy)
    copy.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(REPO / "painlog", copy / "painlog", ignore=ignore)
    shutil.copytree(REPO / "resources", copy / "painlog" / "resources", ignore=ignore)
    shutil.copytree(REPO / "tests", copy / "tests", ignore=ignore)
    for name in ("pyproject.toml", "README.md"):  # README.md: a test checks it states the import limits
        shutil.copy2(REPO / name, copy / name)
    (copy / "fast_tests_first.py").write_text(FAST_TESTS_FIRST)
    lines = "\n".join
    (copy / "setup.cfg").write_text(
        SETUP_CFG.format(only=lines(f"    {o}" for o in only), tests=lines(f"    {t}" for t in TESTS))
    )
    # mutmut fills mutants/ after Python starts; a folder on PYTHONPATH that did not exist then is never looked in.
    (copy / "mutants").mkdir()
    return copy


def environment(copy: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    env["PYTHONPATH"] = str(copy / "mutants")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["MPLBACKEND"] = "Agg"
    return env


def pytest(python: Path, folder: Path, tests: list[str]) -> int:
    """The exit code of the tests run on the painlog in `folder`, imported the way mutmut's run imports it."""
    env = environment(folder)
    env["PYTHONPATH"] = str(folder)
    where = subprocess.run(
        [str(python), "-c", "import painlog; print(painlog.__file__)"], cwd=folder, env=env, capture_output=True,
        text=True, check=True,
    ).stdout.strip()  # fmt: skip
    if not where.startswith(str(folder)):
        sys.exit(f"mutation: the tests would import painlog from {where}, not from the copy under test")
    command = [str(python), "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *tests]
    return subprocess.run(command, cwd=folder, env=env, capture_output=True).returncode


def check_broken_copy_is_caught(python: Path, copy: Path) -> None:
    """The copy passes the selected tests, and a copy whose mean is wrong fails them."""
    if (code := pytest(python, copy, TESTS)) != 0:
        sys.exit(f"mutation: the unmutated copy fails its tests (pytest exit {code}); fix that first")
    probe = copy.parent / "probe"
    if probe.exists():
        shutil.rmtree(probe)
    shutil.copytree(copy, probe, ignore=shutil.ignore_patterns("mutants", "setup.cfg"))
    numbers = probe / "painlog" / "domain" / "numbers.py"
    source = numbers.read_text()
    broken = source.replace("/ len(values)", "/ (len(values) + 1)")
    if broken == source:
        sys.exit("mutation: the probe found no mean to break in painlog/domain/numbers.py; update the probe")
    numbers.write_text(broken)
    if (code := pytest(python, probe, TESTS[:1])) != 1:
        sys.exit(f"mutation: a deliberately broken mean was not caught (pytest exit {code})")
    shutil.rmtree(probe)
    print("mutation: a deliberately broken mean fails the tests: mutants are what the tests import", flush=True)


def outcomes(copy: Path) -> dict[str, dict[str, int | None]]:
    """mutmut's exit code of each mutant, by module."""
    found = {}
    for package in PACKAGES:
        for meta in sorted((copy / "mutants" / package).glob("*.py.meta")):
            found[f"{package}/{meta.name.removesuffix('.meta')}"] = json.loads(meta.read_text())["exit_code_by_key"]
    return found


def scores(copy: Path, equivalent: set[str]) -> tuple[list[str], list[str]]:
    """The score lines per module, per package and in total, and the surviving mutants' names.

    `equivalent`: survivors that no test can kill (SQL letter case), counted apart."""
    by_module: dict[str, Counter[str]] = {}
    survivors: list[str] = []
    for module, codes in outcomes(copy).items():
        counts = by_module.setdefault(module, Counter())
        for name, code in codes.items():
            if code in KILLED:
                counts["killed"] += 1
            elif name in equivalent:
                counts["equivalent"] += 1
            elif code in SURVIVED:
                counts["survived"] += 1
                survivors.append(name)
            else:
                counts["unknown"] += 1
                survivors.append(f"{name} (not tested: exit code {code})")
            counts["total"] += 1

    def line(label: str, counts: Counter[str]) -> str:
        pct = 100 * counts["killed"] / counts["total"] if counts["total"] else 100.0
        text = f"mutation: {label}: {counts['killed']}/{counts['total']} killed ({pct:.1f} %)"
        if counts["equivalent"]:
            rest = counts["total"] - counts["equivalent"]
            text += f"; {counts['equivalent']} SQL-case equivalent, {counts['killed']}/{rest} of the others"
            text += f" ({100 * counts['killed'] / rest:.1f} %)"
        if counts["unknown"]:
            text += f"; {counts['unknown']} not tested"
        return text

    lines = [line(module, counts) for module, counts in by_module.items() if counts["total"]]
    total: Counter[str] = Counter()
    for package in PACKAGES:
        in_package: Counter[str] = Counter()
        for module, counts in by_module.items():
            if module.startswith(package + "/"):
                in_package.update(counts)
        total.update(in_package)
        if in_package["total"]:
            lines.append(line(package, in_package))
    lines.append(line("total", total))
    return lines, survivors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/painlog-mutation"), help="folder to work in")
    parser.add_argument("--fresh", action="store_true", help="make the venv anew")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="mutants tested at once")
    parser.add_argument("--only", nargs="+", default=[f"{p}/*" for p in PACKAGES],
                        help="mutate only these files (globs: painlog/domain/statistics.py); default: all")  # fmt: skip
    parser.add_argument("--survivors", action="store_true",
                        help="after adding tests: run the last run's surviving mutants again")  # fmt: skip
    args = parser.parse_args()
    work: Path = args.work.resolve()
    if args.fresh and work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)

    python = make_venv(work)
    mutmut = python.parent / "mutmut"
    copy = work / "copy"
    start = time.monotonic()
    if args.survivors:
        # Tests were added since the run in `work`: the mutants they might catch are the survivors, so only
        # those run again (a caught mutant stays caught when tests are only added). The code must be unchanged.
        shutil.copytree(REPO / "tests", copy / "tests", dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.pyc"))
        (copy / "mutants" / "mutmut-stats.json").unlink(missing_ok=True)  # which tests reach which code, anew
        names = [name for codes in outcomes(copy).values() for name, code in codes.items() if code in SURVIVED]
        changes = diffs(python, copy, names)
        names = [name for name in names if not sql_case(name, changes)]  # no test can catch those
        run([str(mutmut), "run", "--max-children", str(args.jobs), *names], cwd=copy, env=environment(copy))
    else:
        copy = lay_out_copy(work, args.only)
        check_broken_copy_is_caught(python, copy)
        run([str(mutmut), "run", "--max-children", str(args.jobs)], cwd=copy, env=environment(copy))
    minutes = (time.monotonic() - start) / 60
    survived = [name for codes in outcomes(copy).values() for name, code in codes.items() if code in SURVIVED]
    changes = diffs(python, copy, survived)
    equivalent = {name for name in survived if sql_case(name, changes)}
    lines, survivors = scores(copy, equivalent)
    (work / "survivors.diff").write_text("".join(f"# {name}\n{changes.get(name, '')}\n" for name in survivors))
    print(f"\nmutation: surviving mutants ({len(survivors)}), their changes in {work / 'survivors.diff'}:")
    for name in survivors:
        print(f"  {name}")
    print()
    for text in lines:
        print(text)
    print(f"mutation: run took {minutes:.1f} min with {args.jobs} at once")


if __name__ == "__main__":
    main()
