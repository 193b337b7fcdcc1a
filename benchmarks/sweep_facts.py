"""Sweep every shared corpus text for key figures that are definitely wrong.

    python benchmarks/sweep_facts.py            # counts per class
    python benchmarks/sweep_facts.py --show 5   # and up to 5 examples per class
    python benchmarks/sweep_facts.py --half 1   # only the first (or --half 2: second) half

No gold set is needed: each class is an error whatever the article says, so the
target for every count is 0. A figure is checked where it stands in its sentence
(the sentences are re-split exactly as `analyze` splits them); it counts as an
error of a class only when every place its text occurs in the sentence shows it.

Classes:
- split_separator: a number cut at a thousands separator ("826亿元" out of "2，826亿元").
- incomplete_number: the value is not a whole number of the text: a digit or a
  decimal point runs on before or after it, an approximation word was cut off
  ("十万亿" out of "数十万亿"), a sign or the first half of a range was dropped.
- bare_digit: a single digit with no unit ("3").
- marker_or_code: a citation marker ([3]), a list marker ("1." "2、"), a stock
  code (688256.SH), a product or model id (CAT1-4), a dotted date (5·19),
  a phone number or template text ({AddTime}) reported as a figure.
- score: a sports score ("77比73") reported as a figure.
- approx_dropped: an approximation word stands right before the figure (近/超/逾/约/
  about/nearly) but the figure carries no approximation.
- bound_flipped: a bound written with a negation ("不超过10亿元", "不低于5亿元", "no more than
  5%") shown with the bare word's approximation ("超过", "more than") or its direction (下降).
- loss_unmarked: the figure is the amount of a loss ("亏损4662.3万元", "net loss of $35
  million") but its direction is neither loss nor down.
- not_in_text: the figure's text does not occur in its sentence at all.
- duplicate_line: two key figures that render the same line (same text, subject,
  direction and period).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from summarizer import UnsupportedLanguage, analyze  # noqa: E402
from summarizer.model import Figure  # noqa: E402
from summarizer.normalize import normalize  # noqa: E402
from summarizer.split import split_sentences  # noqa: E402

CLASSES = ("split_separator", "incomplete_number", "bare_digit", "marker_or_code", "score",
           "approx_dropped", "bound_flipped", "loss_unmarked", "not_in_text", "duplicate_line")

_CN_NUMERAL = "零〇一二两三四五六七八九十百千万亿"
# Units and scale words that may follow a number without a space ("5m", "3x", "15bps").
_LETTER_UNITS = re.compile(
    r"(?:k|m|mn|b|bn|x|pct|ppt|bps?|bp|BP|BPs?|GW|MW|kW|kWh|GWh|TWh|Wh|GB|TB|MB|nm|mm|cm|km|kg|m2|t|s|h|W|V|Ah|mAh|Hz|GHz|MHz"
    r"|K|M|B|T|G|PE|PB|PS|pp|bpd|mb|tons?|th|st|nd|rd)(?![A-Za-z])"
)


def shared_dir() -> Path:
    override = os.environ.get("NEWSBRIEF_SHARED")
    return Path(override) if override else REPO.parent / "shared"


def corpus(shared: Path) -> Iterator[tuple[str, str]]:
    """(id, text) of every corpus row and every html page body, in a fixed order."""
    with open(shared / "corpus" / "summaries-zh.jsonl", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            yield row["id"], row["text"]
    for path in sorted((shared / "corpus" / "html").glob("*.json")):
        body = json.loads(path.read_text(encoding="utf-8")).get("body") or ""
        if body.strip():
            yield path.stem, body


def _errors_at(sentence: str, start: int, fig: Figure) -> set[str]:
    """Error classes the figure shows at this one place of its sentence."""
    text = fig.text
    end = start + len(text)
    before, after = sentence[:start], sentence[end:]
    errors: set[str] = set()
    first, last = text[:1], text[-1:]
    if re.search(r"\d[,，]$", before) and re.match(r"\d{3}(?!\d)", text):
        errors.add("split_separator")
    if last.isdigit() and re.match(r"[,，]\d{3}(?!\d)", after):
        errors.add("split_separator")
    if first.isdigit() and (re.search(r"\d\.?$", before) or (before.endswith(".") and re.search(r"\d\.$", before))):
        errors.add("incomplete_number")
    if last.isdigit() and re.match(r"\d|\.\d", after):
        errors.add("incomplete_number")
    if first in "十百千万亿" and re.search(r"(?:[几数上成]|[一二三四五六七八九]十?)$", before):
        errors.add("incomplete_number")  # "十万亿" out of "数十万亿"
    if first.isdigit() and re.search(r"(?:^|[^\w.%])[-−－]$", before) and isinstance(fig.value, float) and fig.value > 0:
        errors.add("incomplete_number")  # the sign of "同比-16.90%" dropped
    if first.isdigit() and re.search(r"\d[%％]?[万亿千百]?\s?[-~～－–—]$", before):
        errors.add("incomplete_number")  # the second half of "3万-4万美金" on its own
    bare = isinstance(fig.value, float) and fig.unit is None
    if bare and re.fullmatch(r"[+\-−]?\d", text):
        errors.add("bare_digit")
    if re.search(r"[\[［【]\s*$", before) and re.match(r"\s*[\]］】]", after):
        errors.add("marker_or_code")  # [3]
    if bare and not before.strip() and re.match(r"[.、)）．]", after) and re.fullmatch(r"\d{1,2}", text):
        errors.add("marker_or_code")  # "1." at the start of a sentence
    if bare and re.search(r"(?:^|\s)[(（]$", before) and re.match(r"[)）]", after) and re.fullmatch(r"\d{1,2}", text):
        errors.add("marker_or_code")  # "(2)" list marker
    if re.fullmatch(r"\d{6}", text) and (re.match(r"\.(?:SH|SZ|SS|BJ|sh|sz)\b", after)
                                         or (before.endswith(("(", "（")) and after.startswith((")", "）")))):
        errors.add("marker_or_code")  # stock code
    if re.search(r"\.(?:SH|SZ|HK)\b", text):
        errors.add("marker_or_code")
    if first.isdigit() and re.search(r"(?<![A-Za-z])[A-Za-z]{1,6}$", before) and not re.search(
            r"(?<![A-Za-z])(?:US|HK|RMB|USD|HKD|CNY|A|C|S|PE|PB|PS|EPS|ROE|ROA|ROIC|CAGR|TTM|YoY|YOY|yoy|QoQ|QOQ|qoq"
            r"|MoM|GDP|CPI|PPI|PMI)$", before):
        errors.add("marker_or_code")  # "CAT1" in "CAT1-4", "A股", "iPhone15"
    if last.isdigit() and re.match(r"[A-Za-z]", after) and not _LETTER_UNITS.match(after):
        errors.add("marker_or_code")  # "2018" in "2018Q4"
    if re.search(r"\d[·•]$", before) or (last.isdigit() and re.match(r"[·•]\d", after)):
        errors.add("marker_or_code")  # "5·19"
    if bare and re.fullmatch(r"\d{7,}", text):
        errors.add("marker_or_code")  # a phone number or an id
    if re.search(r"\{[A-Za-z_]*$", before) or "{" in text or "}" in text:
        errors.add("marker_or_code")  # {AddTime}
    # (签约, 节约, 预约…: the 约 of a word is no approximation — "签约300家酒店" signed 300 hotels.)
    if fig.approx is None and re.search(r"(?:近|超过|超|逾|(?<![节制预签违履邀婚契])约|大约|将近|接近)$|\b(?:about|nearly|almost|roughly|approximately)\s$",
                                        before):
        errors.add("approx_dropped")
    bound = re.search(r"不(?:超过|高于|多于|少于|低于)(?:每股|每吨|每桶)?$|\bno(?:t)? (?:more|less|fewer) than\s$",
                      before, re.IGNORECASE)
    if bound and (not (fig.approx or "").lower().startswith(("不", "no")) or re.search(r"低于", bound.group())
                  and fig.change == "down"):
        errors.add("bound_flipped")
    if fig.change not in ("loss", "down") and re.search(r"亏损(?:了)?$|\bloss of\s$", before):
        errors.add("loss_unmarked")
    if re.match(r"\s?[比:：]\s?\d", after) and re.fullmatch(r"\d{1,3}", text) or (
            re.search(r"\d\s?[比]\s?$", before) and re.fullmatch(r"\d{1,3}", text)):
        errors.add("score")
    return errors


def figure_errors(sentence: str, fig: Figure) -> set[str]:
    """Error classes shown at every place the figure's text occurs in its sentence."""
    places = [m.start() for m in re.finditer(re.escape(fig.text), sentence)] if fig.text else []
    if not places:
        return {"not_in_text"}
    common: set[str] | None = None
    for start in places:
        found = _errors_at(sentence, start, fig)
        common = found if common is None else common & found
    return common or set()


def sweep(items: list[tuple[str, str]]) -> tuple[dict[str, list[str]], int, int]:
    errors: dict[str, list[str]] = defaultdict(list)
    count = 0
    texts = 0
    for key, text in items:
        try:
            analysis = analyze(text)
        except UnsupportedLanguage:
            continue  # a page in a language newsbrief declines to summarize has no figures to check
        sentences = [span.text for span in split_sentences(normalize(text), analysis.lang)]
        texts += 1
        for fig in analysis.figures:
            if fig.kind != "figure":
                continue
            count += 1
            sentence = sentences[fig.sentence_index]
            for name in figure_errors(sentence, fig):
                at = sentence.find(fig.text)
                window = sentence[max(0, at - 20):at + len(fig.text) + 20] if at >= 0 else fig.context[:60]
                errors[name].append(f"{key}: {fig.text!r} in …{window}… (subject {fig.subject!r})")
        lines: dict[tuple, Figure] = {}
        for fig in analysis.key_figures:
            line = (fig.text, fig.approx, fig.subject, fig.change, fig.period)
            if line in lines:
                errors["duplicate_line"].append(f"{key}: {fig.text!r} (subject {fig.subject!r}) twice")
            lines[line] = fig
    return errors, count, texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="examples to print per class")
    parser.add_argument("--half", type=int, choices=(1, 2), help="only the first or second half of the texts")
    args = parser.parse_args()
    shared = shared_dir()
    if not (shared / "corpus").exists():
        print(f"corpus not found under {shared} (set NEWSBRIEF_SHARED)", file=sys.stderr)
        return 2
    items = list(corpus(shared))
    if args.half:
        middle = len(items) // 2
        items = items[:middle] if args.half == 1 else items[middle:]
    errors, count, texts = sweep(items)
    print(f"{texts} texts, {count} figures")
    print()
    print("| class | errors |")
    print("|---|---|")
    for name in CLASSES:
        print(f"| {name} | {len(errors.get(name, []))} |")
    print(f"| total | {sum(len(v) for v in errors.values())} |")
    if args.show:
        for name in CLASSES:
            if errors.get(name):
                print(f"\n## {name}")
                for line in errors[name][:args.show]:
                    print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
