"""Writing rules: the schema, self-testing examples, suggest, explain, SARIF, lint messages."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from factcheck import RuleError, load_rules, load_string
from factcheck.cli import main, schema_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SARIF_SUBSET = json.loads((Path(__file__).parent / "data" / "sarif-2.1.0-subset.schema.json")
                          .read_text(encoding="utf-8"))


def _schema() -> dict:
    return json.loads(schema_text())


def test_schema_command_prints_the_shipped_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """`factcheck schema` prints a valid draft-07 JSON Schema that names every rule key."""
    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == _schema()
    jsonschema.Draft7Validator.check_schema(printed)
    keys = set(printed["definitions"]["fact"]["properties"])
    from factcheck.rules import FACT_KEYS
    assert keys == set(FACT_KEYS)


def test_schema_accepts_the_shipped_rules() -> None:
    """The rules in rules/ validate against the schema, as the loader accepts them."""
    for f in (ROOT / "rules").glob("*.yaml"):
        jsonschema.validate(yaml.safe_load(f.read_text(encoding="utf-8")), _schema())
        assert load_rules([f])


@pytest.mark.parametrize("doc", [
    "facts:\n  - id: a\n    value: 3\n    keywrods: [x]\n",          # misspelled key
    "facts:\n  - id: A b\n    value: 3\n    keywords: [x]\n",         # bad id
    "facts:\n  - id: a\n    value: 3\n",                               # no keywords
    "facts:\n  - id: a\n    keywords: [x]\n",                          # no value, min or max
    "facts:\n  - id: a\n    value: 3\n    keywords: [x]\n    required: maybe\n",  # wrong type
    "- id: a\n  value: 3\n  keywords: [x]\n",                          # a list, not a mapping
    "fact:\n  - id: a\n",                                              # misspelled top key
    "facts:\n  - id: a\n    value: 3\n    keywords: [x]\n    examples: {agree: [y]}\n",
])
def test_schema_and_loader_reject_the_same_mistakes(doc: str) -> None:
    """A rule file the schema underlines is one the loader refuses, and the other way round."""
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(yaml.safe_load(doc), _schema())
    with pytest.raises(RuleError):
        load_string(doc, "r.yaml")


EXAMPLES = """\
facts:
  - id: mosul-displaced
    value: 500000
    tolerance: 10%
    keywords: [fled]
    context: [Mosul]
    examples:
      consistent:
        - "More than 500,000 people have fled Mosul."
        - "Half a million people fled Mosul."
      contradiction:
        - "About 50,000 people fled Mosul."
"""


def test_examples_that_read_as_labelled_load() -> None:
    """A fact whose examples read as their labels say loads, examples kept."""
    (fact,) = load_string(EXAMPLES, "r.yaml")
    assert [e[0] for e in fact.examples] == ["consistent", "consistent", "contradiction"]


def test_a_failing_example_is_a_rule_error_at_its_line() -> None:
    """Each example that does not read as labelled is reported at its own line and column,
    saying what was read or which key ruled the sentence out."""
    bad = EXAMPLES + ("        - \"Some 480,000 people fled Mosul.\"\n"
                      "        - \"Thousands fled Baghdad.\"\n")
    with pytest.raises(RuleError) as err:
        load_string(bad, "r.yaml")
    lines = str(err.value).splitlines()
    assert lines == [
        "r.yaml:13:11: contradiction example of 'mosul-displaced' agrees with the fact: read "
        "'Some 480,000' as 432,000 to 528,000, the fact says 450,000 to 550,000",
        "r.yaml:14:11: contradiction example of 'mosul-displaced' is no mention: `context`: "
        "none of Mosul is in the sentence",
    ]


def test_lint_gives_one_line_per_mistake_at_its_place(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A misspelled key, a wrong type and a bad regex: one clear line each, at line:column."""
    f = tmp_path / "r.yaml"
    f.write_text("facts:\n"
                 "  - id: a\n    value: 3\n    keywrods: [x]\n"
                 "  - id: b\n    value: 3\n    keywords: [x]\n    required: maybe\n"
                 "  - id: c\n    value: 3\n    keywords: ['/(unclosed/']\n", encoding="utf-8")
    assert main(["lint", str(f)]) == 1
    out = [x for x in capsys.readouterr().out.splitlines() if x.strip()]
    assert len(out) == 3, out
    assert out[0].endswith("r.yaml:4:5: unknown key 'keywrods' (did you mean 'keywords'?)")
    assert f"{f.as_posix()}:8:15: 'required' must be true or false" in out[1]
    assert f"{f.as_posix()}:11:16: 'keywords': bad regular expression /(unclosed/" in out[2]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_suggest_drafts_rules_that_pass_on_their_article(
        seed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`suggest` on a trusted article writes rules that load and pass on that article."""
    out = tmp_path / "draft.yaml"
    assert main(["suggest", str(seed), "-o", str(out)]) == 0
    facts = load_rules([out])
    assert len(facts) >= 3
    assert all(f.claim and f.keywords for f in facts)
    capsys.readouterr()
    assert main(["check", str(seed), "--rules", str(out)]) == 0, capsys.readouterr().out


def test_suggest_reads_the_forms_news_uses(tmp_path: Path) -> None:
    """Drafted values keep what the number said: at least, about, exact, with its unit."""
    art = tmp_path / "a.txt"
    art.write_text("More than 500,000 people have fled Mosul, officials said.\n"
                   "The convoy drove about 125 miles to reach Baghdad.\n"
                   "Gunmen seized 48 hostages at the Turkish consulate.\n", encoding="utf-8")
    out = tmp_path / "d.yaml"
    assert main(["suggest", str(art), "-o", str(out)]) == 0
    facts = {f.claim.split()[0]: f for f in load_rules([out])}
    assert (facts["More"].low, facts["More"].high) == (500000, None)
    assert facts["The"].unit == "mile" and facts["The"].low == pytest.approx(112.5)
    assert (facts["Gunmen"].low, facts["Gunmen"].high) == (48, 48)
    assert [t.text for t in facts["Gunmen"].nouns] == ["hostages"]


def test_suggest_does_not_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An existing output file is kept unless --force is given."""
    out = tmp_path / "d.yaml"
    out.write_text("keep me", encoding="utf-8")
    assert main(["suggest", str(SEEDS[0]), "-o", str(out)]) == 2
    assert out.read_text(encoding="utf-8") == "keep me"
    assert "exists" in capsys.readouterr().err


def test_explain_tells_mentions_and_why_not(capsys: pytest.CaptureFixture[str]) -> None:
    """`explain --fact` lists each sentence with a keyword: the number taken, or why none."""
    seed = next(p for p in SEEDS if "500,000" in p.read_text(encoding="utf-8"))
    assert main(["explain", str(seed), "--fact", "mosul-displaced"]) == 0
    out = capsys.readouterr().out
    assert "mosul-displaced: mention, read 'More than 500,000' -> at least 500,000 people; " \
           "the fact says 450,000 to 550,000 people: consistent" in out
    assert "mosul-displaced: not a mention: no number in the sentence" in out


def test_explain_names_the_key_that_ruled_a_sentence_out(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """context, exclude, unit and nouns each appear as the reason when they decide."""
    rules = tmp_path / "r.yaml"
    rules.write_text("facts:\n  - id: f\n    value: 48\n    unit: people\n"
                     "    keywords: [seized]\n    context: [consulate]\n    exclude: [Basra]\n"
                     "    nouns: [people, hostages]\n", encoding="utf-8")
    art = tmp_path / "a.txt"
    art.write_text("Gunmen seized 48 people in Mosul.\n"
                   "Gunmen seized 40 people at the consulate in Basra.\n"
                   "Gunmen seized the consulate for 17 minutes.\n"
                   "Gunmen seized three trucks at the consulate.\n", encoding="utf-8")
    assert main(["explain", str(art), "--rules", str(rules)]) == 0
    out = capsys.readouterr().out
    assert ":1:1: f: not a mention: `context`: none of consulate is in the sentence" in out
    assert ":2:1: f: not a mention: `exclude`: the sentence holds 'Basra'" in out
    assert ":3:1: f: not a mention: '17 minutes' is a duration (minute), the fact wants a " \
           "count of people (`unit`)" in out
    assert ":4:1: f: not a mention: 'three' counts 'trucks', not one of `nouns` people, " \
           "hostages" in out


def test_explain_unknown_fact_suggests_the_nearest_id(capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    """A misspelled --fact exits 2 with a did-you-mean."""
    assert main(["explain", str(SEEDS[0]), "--fact", "mosul-displace"]) == 2
    assert "did you mean 'mosul-displaced'?" in capsys.readouterr().err


def test_check_sarif_is_valid_sarif(capsys: pytest.CaptureFixture[str]) -> None:
    """--format sarif writes SARIF 2.1.0: one error result per contradiction, at the number,
    with the rule's place as a related location."""
    assert main(["check", "examples/", "--format", "sarif"]) == 1
    log = json.loads(capsys.readouterr().out)
    jsonschema.validate(log, SARIF_SUBSET)
    results = log["runs"][0]["results"]
    assert len(results) == 4
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    first = results[0]
    assert rules[first["ruleIndex"]]["id"] == first["ruleId"]
    region = first["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] >= 1 and region["startColumn"] >= 1
    assert first["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == \
        "rules/iraq-2014.yaml"


def test_sarif_of_a_clean_run_has_no_results(capsys: pytest.CaptureFixture[str]) -> None:
    """No contradiction: exit 0 and an empty results list, still valid."""
    assert main(["check", "seeds/", "--format", "sarif"]) == 0
    log = json.loads(capsys.readouterr().out)
    jsonschema.validate(log, SARIF_SUBSET)
    assert log["runs"][0]["results"] == []


@pytest.mark.parametrize(("fact", "warning"), [
    ("value: 1.5bn", "r.yaml:3:12: warning: '1.5bn' is a plain count, so '$1.5bn' in an "
                     "article is money"),
    ("value: 15\n    examples:\n      consistent: ['The aid, 15 trucks, cost $15.']",
     "r.yaml:5:20: warning: the example gives '$15' (money, USD), and the fact is a plain "
     "count: declare its `unit:`"),
    ("value: 500000\n    tolerance: 0.1",
     "r.yaml:4:16: warning: tolerance 0.1 is an absolute amount, a fraction of one; for a "
     "share of the value write '10%'"),
    ("value: $15 billion\n    nouns: [people]",
     "r.yaml:4:12: warning: `nouns:` narrows counts, and this fact's number is money (USD)"),
])
def test_lint_warns_of_money_or_a_unit_the_fact_does_not_declare(
        tmp_path: Path, fact: str, warning: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`value: 1.5bn` with no unit is a count: '$1.5bn' in an article never mentions it and
    a wrong '$15bn' passes silently. lint says so, and still exits 0."""
    f = tmp_path / "r.yaml"
    f.write_text(f"facts:\n  - id: aid\n    {fact}\n    keywords: [aid]\n")
    assert main(["lint", str(f)]) == 0
    assert f"{f.as_posix()[:-len('r.yaml')]}{warning}" in capsys.readouterr().out


def test_lint_of_a_declared_money_fact_has_no_warning(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The warnings are for what is undeclared: '$1.5bn' as a value is money, quiet."""
    f = tmp_path / "r.yaml"
    f.write_text("facts:\n  - id: aid\n    value: $1.5bn\n    keywords: [aid]\n"
                 "    examples:\n      consistent: ['The US gave $1.5bn in aid.']\n")
    assert main(["lint", str(f)]) == 0
    assert "warning" not in capsys.readouterr().out


def test_lint_names_a_file_without_facts(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """`facts:` left empty is said, not reported as '0 facts, ok'."""
    f = tmp_path / "r.yaml"
    f.write_text("facts:\n")
    main(["lint", str(f)])
    assert "r.yaml: warning: the file holds no facts" in capsys.readouterr().out


def test_an_empty_skip_paths_skips_nothing() -> None:
    """`skip_paths:` left empty once became the glob 'None'."""
    (fact,) = load_string("facts:\n- id: a\n  value: 1\n  keywords: [k]\n  skip_paths:\n")
    assert fact.skip_paths == ()
