"""Normalization repairs punctuation, whitespace and boilerplate, and nothing else."""

import re

from summarizer.normalize import is_boilerplate_line, normalize


def test_ascii_commas_inside_chinese_become_full_width():
    assert normalize("一年前,腾讯发布了模型;业界:反应平平!") == "一年前，腾讯发布了模型；业界：反应平平！"


def test_numbers_keep_their_ascii_separators():
    text = "营收1,200亿元，增长3.5%，股价12.30元。"
    assert normalize(text) == text


def test_closing_quote_typed_as_opening_is_repaired():
    assert normalize("“短期高估，长期低估都不可取。“汤道生称。") == "“短期高估，长期低估都不可取。”汤道生称。"


def test_ascii_double_quotes_in_chinese_paragraph_are_paired():
    assert normalize('他说"市场回归理性"，并补充"这是好事"。') == "他说“市场回归理性”，并补充“这是好事”。"


def test_stray_whitespace_between_chinese_characters_is_removed():
    assert normalize("腾讯 云\u3000今年  增长， 超过 预期。") == "腾讯云今年增长，超过预期。"


def test_latin_words_keep_their_spaces():
    assert normalize("大模型在To B侧的商业化  still slow。") == "大模型在To B侧的商业化 still slow。"


def test_boilerplate_lines_are_dropped_and_paragraphs_kept():
    text = (
        "原标题：储能价格下跌\n\n第一段正文。\n  \n第二段正文。\n"
        "来源: 第一财经资讯\n责任编辑：陈晓\n点击上方蓝字关注我们\n扫码下载客户端\n"
        "版权所有，未经授权不得转载。\n本报记者 林舟\nCopyright 2024 Example. All rights reserved.\n"
    )
    assert normalize(text) == "第一段正文。\n第二段正文。"


def test_long_line_that_mentions_source_is_content():
    line = "来源：" + "据行业协会统计，今年前三季度新增装机同比增长超过六成，" * 4
    assert not is_boilerplate_line(line)


def test_characters_and_numbers_survive_unchanged():
    text = "阿里云AI相关产品收入实现三位数增长，百度智能云营收同比增长14%，其中AI贡献比例为9%。"
    assert re.sub(r"\W", "", normalize(text)) == re.sub(r"\W", "", text)


def test_invisible_characters_and_windows_newlines():
    assert normalize("\ufeff第一段\u200b。\r\n第二段。\r\n") == "第一段。\n第二段。"


def test_space_after_a_curly_quote_in_english_is_kept():
    assert normalize("He called them “vilified” educators.") == "He called them “vilified” educators."
    assert normalize("The “rule” applies “today” too.") == "The “rule” applies “today” too."


def test_space_beside_a_curly_quote_in_chinese_is_dropped():
    assert normalize("他说“ 市场回归理性 ” 汤道生称。") == "他说“市场回归理性”汤道生称。"


def test_a_space_between_a_headlines_two_statements_is_kept() -> None:
    """Joined, "A股三大指数收涨创业板指涨逾2%" gave the index's 2% to the three indices."""
    assert normalize("A股三大指数收涨 创业板指涨逾2%") == "A股三大指数收涨 创业板指涨逾2%"
    # In a sentence of running text a space between two Chinese words is an artefact.
    assert normalize("A股 三大指数集体收涨。") == "A股三大指数集体收涨。"
    # Beside a Chinese punctuation mark a space is never kept.
    assert normalize("港交所： 上半年集资额 重夺首位") == "港交所：上半年集资额 重夺首位"


def test_a_headlines_second_statement_keeps_its_own_subject() -> None:
    from summarizer import analyze

    figures = analyze("A股三大指数收涨 创业板指涨逾2%\n12月3日，A股三大指数集体收涨，上证指数涨0.86%。").figures
    assert [f.subject for f in figures if f.text == "2%"] == ["创业板指"]


def test_a_space_after_an_english_sentence_closing_quote_stays() -> None:
    # 'was “prudent.” “They …': two English sentences, not one run-on; Chinese marks still join.
    assert normalize("He called it “prudent.” “They are careful,” she said.") == \
        "He called it “prudent.” “They are careful,” she said."
    assert normalize("他说：“我们不会降价。” “价格战没有赢家。”王立新说。") == "他说：“我们不会降价。”“价格战没有赢家。”王立新说。"


def test_a_live_stock_quote_is_dropped_and_the_sentence_it_broke_joined() -> None:
    """A finance page's quote widget after a name (price, change, percent) is no figure of the
    article; copied one part to a line it cut the sentence into pieces."""
    page = ("调查覆盖多家资管公司，包括远航资本、\n星河银行\n(\n52.31\n,\n-1.20\n,\n-2.24%\n)\n等，了解其观点。\n"
            "2\n青松基金\n(\n0\n,\n0.00\n,\n0.00%\n)\n固定收益首席投资官：王明")
    assert normalize(page) == ("调查覆盖多家资管公司，包括远航资本、星河银行等，了解其观点。\n"
                               "2\n青松基金固定收益首席投资官：王明")
    assert normalize("美股方面，星河银行(52.31,-1.20,-2.24%)收跌。") == "美股方面，星河银行收跌。"
    # A bracket of figures that is no quote stays: two numbers, or no percent at the end.
    kept = "营收（12.5亿元，同比+3%）。两项指标（1.2，3.4）均达标。"
    assert normalize(kept) == kept


def test_a_flash_headline_in_brackets_keeps_the_space_between_its_clauses() -> None:
    """Run together, "A股三大指数集体收涨创业板指涨2.35%" gave the three indexes the ChiNext's 2.35%."""
    from summarizer import analyze

    text = ("【A股三大指数集体收涨 创业板指涨2.15%】12月4日，A股三大指数集体收涨，沪指涨0.76%，深成指涨1.52%，"
            "创业板指涨2.15%。沪深两市成交额1.22万亿元，较上一交易日放量1468亿元。")
    assert normalize(text).startswith("【A股三大指数集体收涨 创业板指涨2.15%】")
    assert {f.subject for f in analyze(text).figures if f.text == "2.15%"} == {"创业板指"}


def test_a_flash_headline_in_brackets_is_a_line_of_its_own_and_its_lead_is_shown() -> None:
    """"【headline】12月4日，…": glued to its headline the lead was a headline's sentence, never shown first."""
    from summarizer import analyze
    from summarizer.pasted import pasted_title

    text = ("【A股三大指数集体收涨 创业板指涨2.15%】12月4日，A股三大指数集体收涨，沪指涨0.76%报3398.2点，"
            "深成指涨1.52%，创业板指涨2.15%。沪深两市成交额1.22万亿元，较上一交易日放量1468亿元。"
            "全市场超4000只个股上涨。盘面上，算力硬件、半导体板块领涨，中际旭创涨超10%；银行板块回调。")
    assert normalize(text).split("\n")[0] == "【A股三大指数集体收涨 创业板指涨2.15%】"
    assert pasted_title(text) == "A股三大指数集体收涨 创业板指涨2.15%"
    shown = analyze(text, title=pasted_title(text), max_sentences=2).sentences
    assert shown[0].text.startswith("12月4日，A股三大指数集体收涨")
