"""The ini options pytest reads for factcheck, read the same way for the `factcheck` command.

`factcheck check` and `pytest --factcheck` must give the same verdicts on the same input, so
the command finds the configuration file as pytest does: from the common folder of its
arguments upwards, the first of pytest.toml, .pytest.toml, pytest.ini, .pytest.ini,
pyproject.toml, tox.ini and setup.cfg that holds a pytest section (pytest.ini even without
one). That file's folder is the rootdir; without one, the first pyproject.toml met, else a
folder holding setup.py, else the common folder of the arguments and the working folder.
"""

from __future__ import annotations

import fnmatch
import os
import shlex
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import iniconfig

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover  # pytest depends on tomli before Python 3.11
    import tomli as tomllib

from .errors import FactcheckError

DEFAULT_EXTENSIONS: tuple[str, ...] = (".txt", ".md", ".html")
DEFAULT_APPROX = "10%"
# pytest's default: folders a walk does not enter (virtual environments are skipped too)
DEFAULT_NORECURSE: tuple[str, ...] = ("*.egg", ".*", "_darcs", "build", "CVS", "dist",
                                      "node_modules", "venv", "{arch}")
OPTIONS = ("factcheck_rules", "factcheck_extensions", "factcheck_approx")
_NAMES = ("pytest.toml", ".pytest.toml", "pytest.ini", ".pytest.ini", "pyproject.toml",
          "tox.ini", "setup.cfg")


class SettingsError(FactcheckError):
    """A configuration file that cannot be read, or an option with a value that cannot be
    used: `file: message`."""


@dataclass(frozen=True)
class Settings:
    rootdir: Path
    inifile: Path | None = None
    rules: tuple[Path, ...] = ()  # `factcheck_rules`, absolute; () when not set
    extensions: tuple[str, ...] = DEFAULT_EXTENSIONS
    approx: str = DEFAULT_APPROX
    norecursedirs: tuple[str, ...] = DEFAULT_NORECURSE
    unknown: tuple[str, ...] = field(default=())  # factcheck_* keys that are no option

    def rule_paths(self) -> list[Path]:
        """The rules to load when the command line names none, as pytest chooses them."""
        return list(self.rules) or [self.rootdir / "rules"]


def _read(path: Path) -> dict[str, Any] | None:
    """The pytest options in one configuration file, or None when it holds none."""
    try:
        if path.suffix == ".toml":
            doc = tomllib.loads(path.read_text(encoding="utf-8"))
            if path.name == "pyproject.toml":
                tool = doc.get("tool", {}).get("pytest", {})
                if not isinstance(tool, dict) or not tool:
                    return None
                options = tool.get("ini_options")
                if isinstance(options, dict):
                    return dict(options)
                return {k: v for k, v in tool.items() if k != "ini_options"}
            table = doc.get("pytest", {})
            return dict(table) if isinstance(table, dict) else {}
        ini = iniconfig.IniConfig(str(path))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError,
            iniconfig.ParseError) as exc:
        raise SettingsError(f"{path}: cannot read this configuration file: {exc}") from None
    section = "tool:pytest" if path.name == "setup.cfg" else "pytest"
    if section in ini:
        return dict(ini[section].items())
    return {} if path.name in ("pytest.ini", ".pytest.ini") else None


def _dirs(args: Sequence[str], cwd: Path) -> list[Path]:
    found = [Path(os.path.abspath(cwd / a.split("::")[0])) for a in args]
    return [p if p.is_dir() else p.parent for p in found if p.exists()]


def _common(dirs: Sequence[Path]) -> Path:
    return Path(os.path.commonpath([str(d) for d in dirs]))


def _locate(tops: Sequence[Path]) -> Settings | None:
    pyproject: Path | None = None
    for top in tops:
        for base in (top, *top.parents):
            for name in _NAMES:
                p = base / name
                if not p.is_file():
                    continue
                if name == "pyproject.toml" and pyproject is None:
                    pyproject = p
                options = _read(p)
                if options is not None:
                    return _settings(base, p, options)
    if pyproject is not None:
        return Settings(pyproject.parent, pyproject)
    return None


def _words(value: Any, key: str, where: Path) -> list[str]:
    if isinstance(value, str):
        return shlex.split(value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise SettingsError(f"{where}: {key} must be a list of strings, not {value!r}")


def find(args: Sequence[str], cwd: Path | None = None) -> Settings:
    """The settings for a run on `args` started in `cwd`, found as pytest finds them."""
    cwd = Path(os.path.abspath(cwd or Path.cwd()))
    dirs = _dirs(args, cwd)
    ancestor = _common(dirs) if dirs else cwd
    found = _locate([ancestor])
    if found is not None:
        return found
    for base in (ancestor, *ancestor.parents):
        if (base / "setup.py").is_file():
            return Settings(base)
    if dirs != [ancestor]:
        found = _locate(dirs)
        if found is not None:
            return found
    root = _common([cwd, ancestor])
    return Settings(ancestor if root == Path(root.anchor) else root)


def _settings(rootdir: Path, inifile: Path, options: dict[str, Any]) -> Settings:
    rules: tuple[Path, ...] = ()
    extensions = DEFAULT_EXTENSIONS
    approx = DEFAULT_APPROX
    if "factcheck_rules" in options:
        rules = tuple(Path(os.path.abspath(rootdir / w))
                      for w in _words(options["factcheck_rules"], "factcheck_rules", inifile))
    if "factcheck_extensions" in options:
        words = _words(options["factcheck_extensions"], "factcheck_extensions", inifile)
        why = extensions_problem(words)
        if why:
            raise SettingsError(f"{inifile}: {why}")
        extensions = tuple(w.lower() if w.startswith(".") else "." + w.lower() for w in words)
    if "factcheck_approx" in options:
        approx = str(options["factcheck_approx"])
    norecurse = DEFAULT_NORECURSE
    if "norecursedirs" in options:
        norecurse = tuple(_words(options["norecursedirs"], "norecursedirs", inifile))
    unknown = tuple(k for k in options if k.startswith("factcheck") and k not in OPTIONS)
    return Settings(rootdir, inifile, rules, extensions, approx, norecurse, unknown)


def extensions_problem(words: Sequence[str]) -> str:
    """Why a `factcheck_extensions` list would silently make no file an article, or ""."""
    if not words:
        return "factcheck_extensions is empty: no file is an article"
    for w in words:
        if not w.strip(".") or any(c in w for c in "*?[]/\\"):
            return (f"factcheck_extensions: {w!r} is no suffix: write suffixes such as "
                    ".txt .md .html")
    return ""


def approx_fraction(raw: str, where: str = "factcheck_approx") -> float:
    """'10%' (or 10, or 0.1) -> 0.1; a SettingsError for anything else, as pytest refuses."""
    text = str(raw).strip()
    try:
        if text.endswith("%"):
            value = float(text[:-1]) / 100
        else:
            value = float(text)
            if value >= 1:
                value /= 100
    except ValueError:
        raise SettingsError(f"{where} = {raw!r}: write a percentage such as 10%") from None
    if not 0 <= value < 1:
        raise SettingsError(f"{where} = {raw!r}: must be between 0% and 100%")
    return value


def walk_articles(top: Path, extensions: Sequence[str], skip: Sequence[str]) -> list[Path]:
    """The articles under a folder as pytest's collection walks it: folders matching
    `norecursedirs` (`skip`) and virtual environments left out, each real folder once
    (a link cycle ends), files with an article suffix (a broken link kept: it is reported)."""
    out: list[Path] = []
    walked: set[str] = set()
    for d, dirs, files in os.walk(top, followlinks=True):
        real = os.path.realpath(d)
        if real in walked:
            dirs[:] = []
            continue
        walked.add(real)
        dirs[:] = sorted(x for x in dirs if not any(fnmatch.fnmatch(x, g) for g in skip)
                         and not (Path(d, x) / "pyvenv.cfg").is_file())
        for name in sorted(files):
            x = Path(d, name)
            if x.suffix.lower() in extensions and (x.is_file() or not x.exists()):
                out.append(x)
    return out
