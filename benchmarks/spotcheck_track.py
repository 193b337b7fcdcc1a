"""Which bare-metric figures /track gains on the corpus, for a hand check of their company.

For every corpus article (the 99 html pages with their titles, the 512 untitled texts) the names
a reader could track are taken from the title (jieba's name words, and a name with the company
word after it: 龙湖 and 龙湖集团) or, untitled, from the lead company and the one announcer. Each
figure `summarizer.track_owner` adds for such a name is printed with its sentence, so that a
reader can judge whether the company is right.

    NEWSBRIEF_SHARED=/work/shared python benchmarks/spotcheck_track.py
"""

from __future__ import annotations

import json
import os
import re
import sys
from itertools import pairwise
from pathlib import Path

from summarizer import analyze
from summarizer.answer.announcer import announcing_sentence
from summarizer.answer.names import _ORG_SUFFIXES
from summarizer.answer.text import pos_cut
from summarizer.errors import SummarizerError
from summarizer.speakers_zh_company import subject_company
from summarizer.track_owner import _split, bare_metric, claim_bare

_NAME_FLAGS = ("nr", "nt", "nz", "j", "eng")
_NOT_NAMES = re.compile(r"事件|公司|动态|点评|概要")


def _docs(shared: Path) -> list[tuple[str, str | None, str]]:
    docs = []
    for path in sorted((shared / "corpus" / "html").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        docs.append((path.stem, data.get("title"), data["body"]))
    with (shared / "corpus" / "summaries-zh.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            data = json.loads(line)
            docs.append((data["id"], data.get("title"), data["text"]))
    return docs


def _names(title: str | None, sentences: list[str]) -> set[str]:
    """Names a reader could track: from the title, else from the lead and the announcer."""
    if title:
        words = [(p.word, p.flag) for p in pos_cut(title, hmm=False)]
        names = {w for w, f in words if f.startswith(_NAME_FLAGS) and len(w) >= 2}
        # A word before a company word is a name whatever jieba tags it (龙湖/ns 集团): both are tracked.
        for (word, _), (after, _) in pairwise(words):
            if after in _ORG_SUFFIXES and len(word) >= 2 and re.fullmatch(r"[\u4e00-\u9fffA-Za-z]+", word):
                names |= {word, word + after}
        return {n for n in names if not _NOT_NAMES.search(n)}
    found = set()
    if lead := subject_company("".join(sentences[:3]), 0):
        found.add(lead)
    if (announcer := announcing_sentence(sentences, None)) and (
            m := re.search(r"([A-Za-z0-9\u4e00-\u9fff]{2,12}?)(?:（[^）]{1,20}）)?(?:发布|公告)", announcer)):
        found.add(re.sub(r"^(?:\d{1,2}月\d{1,2}日|近日|日前|今日|根据|据)", "", m.group(1)))
    return {n for n in found if len(n) >= 2 and not _NOT_NAMES.search(n)}


def main() -> int:
    shared = Path(os.environ.get("NEWSBRIEF_SHARED", Path(__file__).resolve().parents[2] / "shared"))
    if not (shared / "corpus").is_dir():
        print(f"shared data not found at {shared} (set NEWSBRIEF_SHARED)", file=sys.stderr)
        return 1
    gained_docs: dict[str, int] = {"html": 0, "texts": 0}
    lines = []
    for doc_id, title, text in _docs(shared):
        try:
            figures = analyze(text, title=title).figures
        except SummarizerError:
            continue
        if not any(bare_metric(f) for f in figures):
            continue
        sentences, _ = _split(text)
        gained = False
        for name in sorted(_names(title, sentences)):
            [owned] = claim_bare(name, [(title, text, figures)])
            for figure in owned:
                lines.append((doc_id, name, figure.subject, figure.text, sentences[figure.sentence_index]))
            gained |= bool(owned)
        if gained:
            gained_docs["texts" if title is None else "html"] += 1
    for line in lines:
        print(" | ".join(line))
    print(f"articles gaining figures: {gained_docs['html']} of the html pages, {gained_docs['texts']} of the texts; "
          f"{len(lines)} figures gained")
    return 0


if __name__ == "__main__":
    sys.exit(main())
