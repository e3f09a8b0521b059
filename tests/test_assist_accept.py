"""`migration-kg accept`: the proposals a curator kept move into the statements, proposed.yaml keeps only
the undecided, and a decisions file from the review page gives the same YAML as editing by hand."""

from __future__ import annotations

import json
import shutil

import yaml

from tests.records import load
from migration_kg.cli import main
from tests.conftest import DOC_ID

Q1 = "the United Nations Population Fund (UNFPA), the International Organization for Migration (IOM)"
Q2 = "the International Organization for Migration (IOM) and the MacArthur Foundation"
Q3 = "the United Nations Institute for Training and Research (UNITAR) in collaboration with the United Nations Population Fund"
PROPOSED = f"""# Proposed by `migration-kg propose {DOC_ID}`: a header the curator keeps
statements:
  - id: unfpa-member-of-iom
    subject: unfpa
    relation: memberOf
    object: iom
    quote: "{Q1}"
    proposed: true
  - id: member-of-macarthur-foundation
    subjects: [iom, unfpa]
    relation: memberOf
    object: macarthur-foundation
    quote: "{Q2}"
    proposed: true
  - id: unitar-member-of-unfpa
    subject: unitar
    relation: memberOf
    object: unfpa
    quote: "{Q3}"
    proposed: true

partnerships:
  - id: unitar-unfpa-collaboration
    kind: collaboration
    partners: [unitar, unfpa]
    quote: "{Q3}"
    proposed: true
"""


def _setup(graph_copy):
    folder = graph_copy / "sources" / DOC_ID / "statements"
    (folder / "proposed.yaml").write_text(PROPOSED, encoding="utf-8")
    return folder


def _ids(records) -> set[str]:
    return {s.id for s in records.statements} | {p.id for p in records.partnerships}


def test_nothing_proposed_is_built_until_accepted_and_accept_moves_it(graph_copy, capsys):
    folder = _setup(graph_copy)
    assert not _ids(load(graph_copy)) & {"unfpa-member-of-iom", "unitar-unfpa-collaboration"}
    # by hand: the curator removes one flag; --ids names another entry
    text = (folder / "proposed.yaml").read_text(encoding="utf-8")
    (folder / "proposed.yaml").write_text(text.replace("    quote: \"" + Q1 + "\"\n    proposed: true\n",
                                                       "    quote: \"" + Q1 + "\"\n"), encoding="utf-8")
    assert main(["accept", DOC_ID, "--data", str(graph_copy), "--ids", "unitar-unfpa-collaboration"]) == 0
    out = capsys.readouterr().out
    assert "accepted 2, rejected 0, undecided 2" in out
    left = yaml.safe_load((folder / "proposed.yaml").read_text(encoding="utf-8"))
    assert [e["id"] for e in left["statements"]] == ["member-of-macarthur-foundation", "unitar-member-of-unfpa"]
    assert left["partnerships"] == [] and all(e["proposed"] is True for e in left["statements"])
    assert (folder / "proposed.yaml").read_text(encoding="utf-8").startswith("# Proposed by")
    accepted = yaml.safe_load((folder / "accepted.yaml").read_text(encoding="utf-8"))
    assert [e["id"] for e in accepted["statements"]] == ["unfpa-member-of-iom"]
    assert [e["id"] for e in accepted["partnerships"]] == ["unitar-unfpa-collaboration"]
    assert not any("proposed" in e for e in accepted["statements"] + accepted["partnerships"])
    ids = _ids(load(graph_copy))
    assert {"unfpa-member-of-iom", "unitar-unfpa-collaboration"} <= ids and "unitar-member-of-unfpa" not in ids


def test_a_decisions_file_gives_the_same_yaml_as_editing_by_hand(graph_copy, tmp_path, capsys):
    folder = _setup(graph_copy)
    other = tmp_path / "other"
    shutil.copytree(graph_copy, other)
    # by hand: remove the flags of two entries, delete the rejected one, change a relation
    text = PROPOSED.replace(f"    quote: \"{Q1}\"\n    proposed: true\n", f"    quote: \"{Q1}\"\n")
    text = text.replace(f"    relation: memberOf\n    object: macarthur-foundation\n    quote: \"{Q2}\"\n    proposed: true\n",
                        f"    relation: subOrganisationOf\n    object: macarthur-foundation\n    quote: \"{Q2}\"\n")
    text = text.replace(f"  - id: unitar-unfpa-collaboration\n    kind: collaboration\n    partners: [unitar, unfpa]\n"
                        f"    quote: \"{Q3}\"\n    proposed: true\n", "")
    (folder / "proposed.yaml").write_text(text, encoding="utf-8")
    assert main(["accept", DOC_ID, "--data", str(graph_copy)]) == 0
    # the same decisions, from the review page
    decisions = tmp_path / "decisions.json"
    decisions.write_text(json.dumps({"document": DOC_ID, "decisions": [
        {"id": "unfpa-member-of-iom", "decision": "accept"},
        {"id": "member-of-macarthur-foundation", "decision": "accept", "relation": "subOrganisationOf"},
        {"id": "unitar-unfpa-collaboration", "decision": "reject"}]}), encoding="utf-8")
    assert main(["accept", DOC_ID, "--data", str(other), "--decisions", str(decisions)]) == 0
    theirs = other / "sources" / DOC_ID / "statements"
    for name in ("accepted.yaml", "proposed.yaml"):
        assert (theirs / name).read_bytes() == (folder / name).read_bytes(), name
    # the multi-party entry expands in the build
    assert {"member-of-macarthur-foundation-iom", "member-of-macarthur-foundation-unfpa"} <= _ids(load(other))


def test_a_bad_decision_writes_nothing(graph_copy, tmp_path, capsys):
    folder = _setup(graph_copy)
    decisions = tmp_path / "decisions.yaml"
    decisions.write_text("decisions:\n  - id: unfpa-member-of-iom\n    decision: accept\n    relation: speaksAt\n",
                         encoding="utf-8")
    assert main(["accept", DOC_ID, "--data", str(graph_copy), "--decisions", str(decisions)]) == 2
    err = capsys.readouterr().err
    assert "accepted.yaml:" in err and "unfpa-member-of-iom" in err and str(tmp_path) not in err.replace(str(graph_copy), "")
    assert (folder / "proposed.yaml").read_text(encoding="utf-8") == PROPOSED
    assert not (folder / "accepted.yaml").exists()
    assert main(["accept", DOC_ID, "--data", str(graph_copy), "--ids", "no-such-entry"]) == 2
    assert "no-such-entry" in capsys.readouterr().err
