"""Score the rules plus a trained candidate model (train.py) on a gold file.

    .venv/bin/python training/quotes/evaluate.py MODEL.json ../shared/data/quotes-de/dev.jsonl

The pipeline's quotation stage is run with `candidates.rescore` between the rules and the
attribution (the speaker ranker included, as shipped); the report is the one of
`chronik eval-quotes`.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from candidates import load_model, rescore

import chronik.quotes as stage
from chronik.eval.quotes import evaluate, format_report, read_gold
from chronik.pipeline import extract


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    model = load_model(Path(argv[0]))
    if model is None:
        print(f"no model at {argv[0]}", file=sys.stderr)
        return 2

    def quotes_in(doc, field_name):
        ft, found = stage.rule_quotes(doc, field_name)
        found = rescore(ft, found, model)
        ranker = stage.speakers.load_model(ft.lang.code)

        def rerank(f, last):
            stage._rerank(ft, f, last, ranker)

        return [stage._to_quote(ft, field_name, f)
                for f in stage._attribute(ft, found, rerank if ranker else None)
                if not f.extra.get("silent")]

    stage.quotes_in = quotes_in
    report = evaluate(read_gold(argv[1]),
                      lambda g: extract(g.text, date=(g.date or "")[:10] or None, lang="de"))
    print(format_report(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
