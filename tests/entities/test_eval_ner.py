"""Reading CoNLL/GermEval files and scoring entity spans with conlleval semantics."""

import io
import json

import pytest

from chronik.cli import main
from chronik.eval.ner import NerFormatError, read_sentences, score, spans

BIO = """Angela B-PER
Merkel I-PER
besucht O
Paris B-LOC
. O

Die O
SPD B-ORG
tagt O
"""

GERMEVAL = """#\thttp://example.org/artikel\t[2014-01-01]
1\tDie\tO\tO
2\trussische\tB-LOCderiv\tO
3\tRegierung\tO\tO
4\tin\tO\tO
5\tMoskau\tB-LOC\tO
6\tund\tO\tO
7\tdie\tO\tO
8\tNATO-Staaten\tB-ORGpart\tO
9\tschweigen\tO\tO
10\t#\tO\tO

"""


def test_bio_file_reads_two_sentences_with_tags():
    sents = list(read_sentences(io.StringIO(BIO)))
    assert [s.tokens for s in sents] == [["Angela", "Merkel", "besucht", "Paris", "."],
                                         ["Die", "SPD", "tagt"]]
    assert spans(sents[0].tags) == {(0, 2, "PER"), (3, 4, "LOC")}


def test_germeval_tsv_skips_comment_lines_but_keeps_hash_token():
    (sent,) = read_sentences(io.StringIO(GERMEVAL))
    assert sent.tokens[0] == "Die" and sent.tokens[-1] == "#"
    assert len(sent.tokens) == 10


def test_outer4_drops_deriv_and_part_fine_keeps_them():
    (sent,) = read_sentences(io.StringIO(GERMEVAL))
    assert spans(sent.tags, "outer4") == {(4, 5, "LOC")}
    assert spans(sent.tags, "fine") == {(1, 2, "LOCDERIV"), (4, 5, "LOC"), (7, 8, "ORGPART")}


@pytest.mark.parametrize("tags, expected", [
    (["B-PER", "E-PER", "S-LOC"], {(0, 2, "PER"), (2, 3, "LOC")}),       # BIOES
    (["I-PER", "I-PER", "O", "I-LOC"], {(0, 2, "PER"), (3, 4, "LOC")}),   # IOB1: I- opens
    (["B-PER", "I-ORG"], {(0, 1, "PER"), (1, 2, "ORG")}),                 # type change splits
    (["B-OTH", "I-OTH"], {(0, 2, "MISC")}),                               # GermEval OTH = MISC
    (["B-person", "I-person", "B-corporation"], {(0, 2, "PER"), (2, 3, "ORG")}),  # WNUT
])
def test_span_rules(tags, expected):
    assert spans(tags) == expected


def test_scores_exact_match_only():
    gold = ["B-PER", "I-PER", "O", "B-LOC"]
    pred = ["B-PER", "O", "O", "B-LOC"]  # PER span too short: one fp and one fn
    report = score([(gold, pred)])
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 1, 1)
    assert report.by_type["LOC"].f1 == 1.0
    assert report.by_type["PER"].f1 == 0.0


def test_bad_tag_names_file_and_line():
    with pytest.raises(NerFormatError, match="x.conll:2"):
        list(read_sentences(io.StringIO("Paris B-LOC\nParis LOCATION\n"), name="x.conll"))


@pytest.mark.parametrize("text", [BIO, GERMEVAL])
def test_cli_eval_ner_json(tmp_path, capsys, text):
    gold = tmp_path / "gold.txt"
    gold.write_text(text, encoding="utf-8")
    assert main(["eval-ner", "--format", "json", str(gold)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["sentences"] >= 1
    assert 0 <= report["overall"]["f1"] <= 100
    assert report["overall"]["gold"] == (3 if text is BIO else 1)


def test_cli_eval_ner_unreadable_file_is_a_clear_error(tmp_path, capsys):
    bad = tmp_path / "bad.conll"
    bad.write_text("Paris\n", encoding="utf-8")
    assert main(["eval-ner", str(bad)]) == 2
    assert "bad.conll" in capsys.readouterr().err
