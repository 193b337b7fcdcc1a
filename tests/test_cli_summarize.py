"""`newsbrief summarize` as a user runs it: the installed script in a subprocess for the
first test, the same `main()` in this process for the others."""

import json

import pytest

from tests.samples import SAMPLE_EN, SAMPLE_ZH


def test_summarize_file_prints_numbered_sentences_then_keywords(real_cli, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(SAMPLE_ZH, encoding="utf-8")
    result = real_cli("summarize", str(path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "要点：" and lines[1].startswith("1. ")
    assert any(line.startswith("关键词：") for line in lines)
    assert result.stderr == ""


def test_summarize_stdin_as_json(cli):
    result = cli("summarize", "-", "--json", "-n", "2", input=SAMPLE_EN)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["lang"] == "en" and len(data["sentences"]) == 2
    assert data["figures"] == [] or isinstance(data["figures"], list)


def test_gb18030_file_is_decoded(cli, tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes(SAMPLE_ZH.encode("gb18030"))
    result = cli("summarize", str(path), "--json", "--engine", "textrank4zh")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["engine"] == "textrank4zh"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "no such file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Caf\u00e9 cr\u00e8me \u00e0 la carte, tr\u00e8s bien. " * 3, "unknown text encoding"),
        (b"   \n\n  ", "nothing to summarize"),
    ],
)
def test_bad_input_is_one_line_on_stderr(cli, tmp_path, content, expected):
    path = tmp_path / "input.txt"
    if isinstance(content, str):
        path.write_bytes(content.encode("latin-1"))
    elif content is not None:
        path.write_bytes(content)
    result = cli("summarize", str(path), env={"NEWSBRIEF_LANG": "en"})
    assert result.returncode != 0
    assert expected in result.stderr.lower()
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_empty_stdin_is_refused(cli):
    result = cli("summarize", "-", input=b"", env={"NEWSBRIEF_LANG": "en"})
    assert result.returncode == 1
    assert "nothing to summarize" in result.stderr


def test_bad_sentence_count_is_a_usage_error(cli):
    result = cli("summarize", "-", "-n", "0", input="一句话。")
    assert result.returncode == 2
    assert "at least 1" in result.stderr


def test_key_figure_clauses_are_listed_once(cli, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(SAMPLE_ZH, encoding="utf-8")
    lines = cli("summarize", str(path)).stdout.splitlines()
    if "关键数字：" in lines:
        start = lines.index("关键数字：") + 1
        section = lines[start:lines.index("", start) if "" in lines[start:] else None]
        assert section and len(section) == len(set(section)) <= 5


def test_a_figure_line_says_what_a_change_is_compared_with():
    from summarizer import analyze
    from bot.cli.summarize import format_figure

    analysis = analyze("鸿远电子披露三季报：第三季度实现营业收入36.8亿元，同比增长15.1%，环比增长4.3%。"
                       "公司表示订单充足。", lang="zh")
    lines = [format_figure(f, "zh") for f in analysis.key_figures]
    assert "- 营业收入：15.1%（上升，同比，第三季度）" in lines
    assert "- 营业收入：4.3%（上升，环比，第三季度）" in lines
    assert "- 营业收入：36.8亿元（第三季度）" in lines


def test_a_traditional_article_gets_traditional_labels_and_its_own_words(tmp_path):
    from bot.cli.summarize import format_analysis
    from summarizer import analyze

    text = ("星河科技今日公佈第三季度業績。總收入為1,928億元，同比增長15%。淨利潤為631億元，同比下降3%。"
            "首席執行官陳家豪表示：「我們對雲端業務的投入正在帶來回報。」")
    out = format_analysis(analyze(text))
    assert "關鍵數字" in out and "要點" in out and "关键数字" not in out
    assert "總收入為1,928億元，同比增長15%。" in out
    assert "「我們對雲端業務的投入正在帶來回報。」" in out
    simplified = format_analysis(analyze("星河科技营收增长12%，净利润为5亿元。公司表示，明年将继续扩产。"))
    assert "关键数字" in simplified
