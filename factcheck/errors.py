"""The errors factcheck raises. A user's mistake is a FactcheckError; a bug stays a traceback."""

from __future__ import annotations


class FactcheckError(Exception):
    """Base class of every error caused by the user's input, not by a bug."""


class RuleError(FactcheckError):
    """A rule file that cannot be used: `path:line: message` (one or several problems)."""

    def __init__(self, path: str, line: int, message: str, column: int = 0,
                 problems: tuple[tuple[int, int, str], ...] = ()) -> None:
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        # every problem found in the file, as (line, column, message), first one included
        self.problems = problems or ((line, column, message),)
        super().__init__(self.format())

    def format(self) -> str:
        out = []
        for line, column, message in self.problems:
            # line 0: the problem is the file (or folder) as a whole, not a place in it
            where = (f"{self.path}:{line}:{column}" if column else
                     f"{self.path}:{line}" if line else self.path)
            out.append(f"{where}: {message}")
        return "\n".join(out)


class ArticleError(FactcheckError):
    """An article that cannot be read as text."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}")


class PatternTimeout(FactcheckError):
    """A user's regular expression ran past its time limit."""

    def __init__(self, fact_id: str, term: str, source: str) -> None:
        self.fact_id = fact_id
        self.term = term
        self.source = source
        super().__init__(
            f"{source}: rule '{fact_id}': the regular expression {term} ran past its time limit "
            "(catastrophic backtracking?); simplify it"
        )
