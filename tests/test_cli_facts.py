"""`newsbrief summarize` shows key figures and quotes.

--json gets them through Analysis.to_dict(), covered in test_figures/test_quotes.
"""

from __future__ import annotations

ZH_ARTICLE = (
    "星河科技今天发布财报。今年第二季度，星河云营收同比增长14%，达到120亿元。"
    "星河科技副总裁、云业务总裁李明表示，海外市场是下一阶段的重点。"
    "“我们对东南亚市场很有信心，明年还会再建两座数据中心。”他说。"
    "分析人士认为，价格战仍将持续。\n"
)
EN_ARTICLE = (
    "Acme reported results on Tuesday. Acme Cloud revenue rose 29% to $9.19 billion in Q2 2024. "
    '"We cannot build data centers fast enough," said Jane Porter, chief executive of Acme. '
    "Porter said the company would double its capital spending next year.\n"
)


def test_human_output_lists_key_figures_and_quotes_in_chinese(cli, tmp_path):
    source = tmp_path / "zh.txt"
    source.write_text(ZH_ARTICLE, encoding="utf-8")
    result = cli("summarize", str(source))
    assert result.returncode == 0, result.stderr
    figures = result.stdout.split("关键数字：")[1].split("引述：")[0]
    assert "- 星河云营收：14%（上升，同比，今年第二季度）" in figures
    quotes = result.stdout.split("引述：")[1]
    assert "- 李明（星河科技副总裁、云业务总裁）表示：海外市场是下一阶段的重点。" in quotes
    assert "- 李明：“我们对东南亚市场很有信心，明年还会再建两座数据中心。”" in quotes


def test_human_output_lists_key_figures_and_quotes_in_english(cli, tmp_path):
    source = tmp_path / "en.txt"
    source.write_text(EN_ARTICLE, encoding="utf-8")
    result = cli("summarize", str(source))
    assert result.returncode == 0, result.stderr
    assert "- Acme Cloud revenue: 29% (up, Q2 2024)" in result.stdout
    assert "- Jane Porter (chief executive of Acme): “We cannot build data centers fast enough”" in result.stdout
    assert "- Jane Porter said: the company would double its capital spending next year." in result.stdout
