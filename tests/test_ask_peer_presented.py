"""/ask: a peer presented before its name ("同期竞争对手X营收为…") is another company, never the
article's own. Through `newsbrief ask`, as a reader's pasted note is stored and asked."""

from __future__ import annotations

import json

import pytest


@pytest.mark.parametrize(("lead", "peer"), [("同期竞争对手", "松岩食品"), ("主要竞争对手", "松岩酿造")])
def test_a_presented_peer_never_answers_for_the_notes_company(cli, tmp_path, lead: str, peer: str) -> None:
    note = tmp_path / "note.txt"
    note.write_text("公司前三季度实现营收46亿元，同比增长9%，归母净利润5.3亿元，同比增长11%。分产品看，酱油收入30亿元。"
                    f"{lead}{peer}营收为38亿元，同比下降4%。我们维持公司增持评级，预计2025年归母净利润6.8亿元。\n",
                    encoding="utf-8")
    db = str(tmp_path / "nb.db")
    own = cli("ask", "--db", db, "--add", str(note), "--json", "营收多少？")
    assert own.returncode == 0, own.stderr
    cited = [s["text"] for s in json.loads(own.stdout)["sentences"]]
    assert cited and "46亿元" in cited[0]
    assert not any("38亿元" in text for text in cited)
    theirs = json.loads(cli("ask", "--db", db, "--json", f"{peer}营收多少？").stdout)
    assert "38亿元" in theirs["sentences"][0]["text"]
