"""The factcheck command: check without pytest, lint rule files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_check_passes_on_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    """The shipped seeds are consistent with the shipped rules: exit 0."""
    assert main(["check", "seeds/"]) == 0
    assert capsys.readouterr().out.strip().endswith("checks, 0 failed")


def test_check_fails_on_the_example_with_github_annotations(
        capsys: pytest.CaptureFixture[str]) -> None:
    """The planted errors exit 1, each as a workflow annotation at its line."""
    assert main(["check", "examples/", "--format", "github"]) == 1
    out = capsys.readouterr().out
    assert "::error file=examples/draft-with-errors.md,line=5,col=1,title=factcheck " \
           "mosul-displaced::" in out


def test_check_json(capsys: pytest.CaptureFixture[str]) -> None:
    """--format json prints the report of SPEC §5."""
    main(["check", "examples/", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    verdicts = {r["fact"]: r["verdict"] for r in data["results"]}
    assert verdicts["baiji-distance"] == "contradiction"
    assert verdicts["consulate-hostages"] == "consistent"


def test_lint_reports_each_problem(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    """lint exits 1 and prints file:line:column for a broken file."""
    bad = tmp_path / "r.yaml"
    bad.write_text("facts:\n  - id: a\n    value: 3\n    keywrods: [x]\n")
    assert main(["lint", str(bad)]) == 1
    assert "r.yaml:4:5: unknown key 'keywrods' (did you mean 'keywords'?)" in \
        capsys.readouterr().out
    assert main(["lint"]) == 0


# -- no silent paths (issue 13) ---------------------------------------------------------

RULE = "facts:\n  - id: hostages\n    value: 48\n    keywords: [seized]\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with rules/ and one consistent article, as the working folder."""
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "r.yaml").write_text(RULE)
    (tmp_path / "arts").mkdir()
    (tmp_path / "arts" / "a.txt").write_text("Gunmen seized 48 people.\n")
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_an_empty_rules_folder_is_exit_2_naming_it(project: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """It once printed '0 checks' and exited 0."""
    (project / "none").mkdir()
    assert main(["check", "arts", "--rules", "none"]) == 2
    err = capsys.readouterr().err
    assert f"none: no rule files (*.yaml) found (looked up from {project})" in err


def test_rules_that_hold_no_fact_are_exit_2(project: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """`facts: []` everywhere: nothing would be checked, and nothing would say so."""
    (project / "rules" / "r.yaml").write_text("facts: []\n")
    assert main(["check", "arts"]) == 2
    assert "rules: the rule files hold no facts: nothing to check" in capsys.readouterr().err


def test_a_folder_without_articles_is_exit_2(project: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """A folder with no file of a known extension once exited 0."""
    (project / "drafts").mkdir()
    (project / "drafts" / "a.docx").write_text("seized 12\n")
    assert main(["check", "drafts"]) == 2
    assert "drafts: no article (.txt .md .html) in this folder" in capsys.readouterr().err


def test_a_mistyped_article_path_is_exit_2_naming_it(project: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """Not 'article vanished before it could be read': the path and where it was looked
    up; the other articles are still checked."""
    assert main(["check", "arts/nope.txt", "arts"]) == 2
    captured = capsys.readouterr()
    assert f"arts/nope.txt: no such file or folder (looked up from {project})" in captured.err
    assert "1 checks, 0 failed" in captured.out


def test_an_explicit_file_of_another_suffix_is_what_pytest_makes_of_it(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`.htm` is no article unless `factcheck_extensions` says so, for pytest and check."""
    (project / "arts" / "b.htm").write_text("Gunmen seized 49 people.\n")
    assert main(["check", "arts/b.htm"]) == 2
    assert "arts/b.htm: not an article: its suffix is not one of factcheck_extensions " \
           "(.txt .md .html)" in capsys.readouterr().err
    (project / "pytest.ini").write_text("[pytest]\nfactcheck_extensions = .txt .htm\n")
    assert main(["check", "arts/b.htm"]) == 1
    assert main(["check", "arts"]) == 1  # the folder's .htm is collected too


@pytest.mark.parametrize(("name", "text"), [
    ("pytest.ini", "[pytest]\n{}\n"),
    ("tox.ini", "[pytest]\n{}\n"),
    ("setup.cfg", "[tool:pytest]\n{}\n"),
    ("pyproject.toml", "[tool.pytest.ini_options]\n{}\n"),
])
def test_check_honours_the_ini_options_pytest_honours(project: Path, name: str, text: str,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    """factcheck_rules, factcheck_extensions and factcheck_approx are read from the same
    files pytest reads them from (they were once ignored by `check`)."""
    (project / "pytest.ini").unlink()
    (project / "facts").mkdir()
    (project / "facts" / "f.yaml").write_text(RULE.replace("hostages", "other"))
    (project / "arts" / "b.htm").write_text("Gunmen seized about 44 people.\n")
    if name == "pyproject.toml":
        body = ('factcheck_rules = ["facts"]\nfactcheck_extensions = [".htm"]\n'
                'factcheck_approx = "5%"')
    else:
        body = "factcheck_rules = facts\nfactcheck_extensions = .htm\nfactcheck_approx = 5%"
    (project / name).write_text(text.format(body))
    assert main(["check", "arts", "--format", "json"]) == 1  # 44 ± 5% misses 48
    results = json.loads(capsys.readouterr().out)["results"]
    assert [(r["article"], r["fact"], r["verdict"]) for r in results] == [
        ("arts/b.htm", "other", "contradiction")]
    (project / name).write_text(text.format(body.replace("5%", "10%")))
    assert main(["check", "arts"]) == 0  # 44 ± 10% holds 48


def test_a_misspelled_ini_option_is_named(project: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """pytest warns of an unknown option; check names it with 'did you mean'."""
    (project / "pytest.ini").write_text("[pytest]\nfactcheck_rule = elsewhere\n")
    main(["check", "arts"])
    assert "pytest.ini: warning: unknown option 'factcheck_rule' (did you mean " \
           "'factcheck_rules'?)" in capsys.readouterr().err


@pytest.mark.parametrize(("value", "message"), [
    ("factcheck_approx = ten", "factcheck_approx = 'ten': write a percentage such as 10%"),
    ("factcheck_approx = 150%", "factcheck_approx = '150%': must be between 0% and 100%"),
    ("factcheck_extensions =", "factcheck_extensions is empty: no file is an article"),
    ("factcheck_extensions = *.txt", "factcheck_extensions: '*.txt' is no suffix"),
])
def test_a_bad_ini_value_is_exit_2(project: Path, value: str, message: str,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    """An option that cannot be used stops the command, as it stops pytest."""
    (project / "pytest.ini").write_text(f"[pytest]\n{value}\n")
    assert main(["check", "arts"]) == 2
    assert message in capsys.readouterr().err


def test_check_into_a_closed_pipe_ends_quietly(project: Path) -> None:
    """`factcheck check ... | head` once ended in a BrokenPipeError traceback. (The report,
    some 500 kB, is more than a pipe holds, so the write meets the closed end.)"""
    (project / "arts" / "a.txt").write_text("Gunmen seized 49 people.\n" * 2000)
    proc = subprocess.Popen([sys.executable, "-m", "factcheck.cli", "check", "arts",
                             "--format", "json"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=project)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert "Traceback" not in err and "BrokenPipeError" not in err
    assert proc.returncode == 1


# -- check and pytest agree on every data case ----------------------------------------

CASES = sorted(p for p in (ROOT / "tests" / "cases").iterdir() if p.is_dir())
CONFIGS = [("pytest.ini", "[pytest]\n{}"), ("pyproject.toml", "[tool.pytest.ini_options]\n{}"),
           ("tox.ini", "[pytest]\n{}"), ("setup.cfg", "[tool:pytest]\n{}")]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_check_and_pytest_give_the_same_report(case: Path, pytester: pytest.Pytester,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """On every data case, `factcheck check --format json` and `pytest --factcheck
    --factcheck-json` write the same report, the ini options set in one of the four files
    pytest reads (rules elsewhere than rules/, an extension list, a wider 'about')."""
    i = CASES.index(case)
    (article,) = [p for p in case.iterdir() if p.stem == "article"]
    name, template = CONFIGS[i % len(CONFIGS)]
    approx = ("10%", "25%")[i % 2]
    if name == "pyproject.toml":
        body = (f'factcheck_rules = ["facts/r.yaml"]\nfactcheck_extensions = '
                f'[".txt", ".md", ".html"]\nfactcheck_approx = "{approx}"\n')
    else:
        body = (f"factcheck_rules = facts/r.yaml\nfactcheck_extensions = .txt .md .html\n"
                f"factcheck_approx = {approx}\n")
    pytester.path.joinpath(name).write_text(template.format(body))
    pytester.mkdir("facts")
    pytester.path.joinpath("facts", "r.yaml").write_text(
        (case / "rules.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    pytester.mkdir("arts")
    pytester.path.joinpath("arts", article.name).write_bytes(article.read_bytes())
    result = pytester.runpytest("--factcheck", "arts", "--factcheck-json", "report.json",
                                "-p", "no:randomly", "-p", "no:cacheprovider")
    assert result.ret in (0, 1)
    from_pytest = json.loads(pytester.path.joinpath("report.json").read_text())
    capsys.readouterr()
    status = main(["check", "arts", "--format", "json"])
    from_check = json.loads(capsys.readouterr().out)

    def key(r: dict) -> tuple[str, str]:
        return r["article"], r["fact"]
    assert sorted(from_check["results"], key=key) == sorted(from_pytest["results"], key=key)
    assert status == int(result.ret)
    assert from_check["results"], "a case with nothing checked compares nothing"


@pytest.mark.parametrize(("argv", "message"), [
    (["check", "arts", "--rules", ""], "--rules is empty: name a file or folder"),
    (["check", ""], "an article path is empty: name a file or folder"),
    (["explain", "arts", "--rules", " "], "--rules is empty: name a file or folder"),
    (["suggest", "nope.txt"], "nope.txt: no such file (looked up from"),
    (["explain", "arts", "--fact", ""], "no fact ''"),
])
def test_an_empty_or_missing_argument_is_exit_2(project: Path, argv: list[str], message: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """`--rules ''` once loaded every YAML file under the working folder; `--fact ''`
    explained every fact; `suggest` of a mistyped path said the article had vanished."""
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_the_pre_commit_hook_entry_runs_on_changed_articles(tmp_path: Path) -> None:
    """`.pre-commit-hooks.yaml` declares the fields pre-commit requires; its `files` pattern
    takes the default article suffixes; its `entry`, given file names as pre-commit gives
    them, passes consistent articles and fails on a planted error (exit 1)."""
    import re
    import shlex

    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {"id", "name", "entry", "language"} <= set(hook)
    files = re.compile(hook["files"])
    assert all(files.search(f"a{ext}") for ext in (".txt", ".md", ".html", ".MD"))
    assert not files.search("rules/r.yaml")
    command = shlex.split(hook["entry"])
    assert command[0] == "factcheck"  # the console script the package installs
    script = Path(sys.executable).parent / "factcheck"
    good = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "seeds").glob("*.txt"))[:3]
    ok = subprocess.run([str(script), *command[1:], *good], cwd=ROOT, capture_output=True,
                        text=True, timeout=300)
    assert (ok.returncode, ok.stderr) == (0, "")
    bad = subprocess.run([str(script), *command[1:], "examples/draft-with-errors.md",
                          *good], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert bad.returncode == 1
    assert "examples/draft-with-errors.md:5:1: contradicts mosul-displaced" in bad.stdout


@pytest.mark.parametrize(("files", "args"), [
    ({"pytest.ini": "[pytest]\n", "a/b/x.txt": ""}, ["a/b"]),
    ({"a/tox.ini": "[pytest]\n", "a/b/x.txt": ""}, ["a/b"]),
    ({"a/tox.ini": "[other]\n", "setup.cfg": "[tool:pytest]\n", "a/b/x.txt": ""}, ["a/b"]),
    ({"a/pyproject.toml": "[project]\nname = 'x'\n", "a/b/x.txt": ""}, ["a/b/x.txt"]),
    ({"a/setup.py": "", "a/b/x.txt": ""}, ["a/b"]),
    ({"a/b/x.txt": "", "a/c/y.txt": ""}, ["a/b", "a/c/y.txt"]),
    ({"a/b/pytest.ini": "[pytest]\n", "a/b/x.txt": "", "a/c/y.txt": ""}, ["a/b", "a/c"]),
])
def test_check_finds_the_rootdir_pytest_finds(pytester: pytest.Pytester,
                                              files: dict[str, str], args: list[str]) -> None:
    """The folder `check` takes for the rootdir (where `rules/` and the ini options are
    looked for) is the one pytest takes, for each way a project can be laid out."""
    from factcheck import settings

    for name, text in files.items():
        path = pytester.path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    config = pytester.parseconfig(*args)
    found = settings.find(args, pytester.path)
    assert found.rootdir == config.rootpath
    assert found.inifile == config.inipath
