"""factcheck: audit text for numbers that contradict facts you trust.

    facts = factcheck.load_rules(["rules/"])
    for result in factcheck.check_text(text, facts):
        result.fact.id, result.verdict, result.mentions
"""

from __future__ import annotations

from .engine import Ruleset, check_file, check_text
from .errors import ArticleError, FactcheckError, PatternTimeout, RuleError
from .quantities import Quantity, read_quantities
from .rules import Fact, Source, Term, load_rules, load_string
from .text import Sentence
from .verdict import Mention, Verdict

__all__ = [
    "ArticleError", "Fact", "FactcheckError", "Mention", "PatternTimeout", "Quantity",
    "RuleError", "Ruleset", "Sentence", "Source", "Term", "Verdict", "check_file", "check_text",
    "load_rules", "load_string", "read_quantities",
]
__version__ = "0.1.0"
