"""The vectorized engine against textrank4zh and networkx, and its news improvements."""

import math

import networkx as nx
import numpy as np
import pytest
import scipy.sparse as sp
from textrank4zh import util

from summarizer import analyze
from summarizer.reference import TextRank4Keyword, TextRank4Sentence, rank_sentences
from summarizer.graph import classic_similarity, cosine_pagerank, incidence, pagerank, tfidf_rows
from summarizer.textrank import adaptive_count
from tests.samples import SAMPLE_EN, SAMPLE_ZH


def test_pagerank_matches_networkx_with_dangling_nodes_and_self_loops():
    rng = np.random.default_rng(7)
    dense = rng.random((12, 12)) * (rng.random((12, 12)) > 0.6)
    dense = dense + dense.T
    dense[3, :] = dense[:, 3] = 0.0  # a dangling node
    expected = nx.pagerank(nx.from_numpy_array(dense), alpha=0.85)
    ours = pagerank(sp.csr_array(dense), damping=0.85)
    assert np.allclose(ours, [expected[i] for i in range(12)], atol=1e-9)


def test_cosine_pagerank_equals_pagerank_on_the_explicit_similarity_graph():
    # Sentences 4 and 6 share no word with any other (dangling); 5 has no words at all.
    word_lists = [["储能", "价格", "价格", "下跌"], ["价格", "上涨"], ["储能", "企业"], ["企业", "利润", "下跌"],
                  ["孤立"], [], ["独有", "独有"], ["储能", "价格", "企业", "上涨"]]
    rows = tfidf_rows(incidence(word_lists)[0])
    explicit = (rows @ rows.T).toarray()
    np.fill_diagonal(explicit, 0.0)
    lead = np.linspace(2.0, 1.0, len(word_lists))
    expected = pagerank(sp.csr_array(explicit), personalization=lead)
    ours = cosine_pagerank(rows, personalization=lead)
    assert np.allclose(ours, expected, rtol=0, atol=1e-12)
    # Dangling sentences (no shared word, or no word) get only their share of the jump.
    jump_only = ours[[4, 5, 6]] / lead[[4, 5, 6]]
    assert np.allclose(jump_only, jump_only[0], rtol=1e-12) and ours[4] < ours[0]


def test_cosine_pagerank_memory_stays_linear_on_a_text_of_repeated_sentences():
    # 6,000 sentences that all share words: the explicit graph would hold 36 million entries.
    import tracemalloc

    word_lists = [["储能", "价格", f"词{i % 50}"] for i in range(6000)]
    rows = tfidf_rows(incidence(word_lists)[0])
    tracemalloc.start()
    scores = cosine_pagerank(rows)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 5 * 2**20
    assert np.isclose(scores.sum(), 1.0)


def test_classic_similarity_matches_textrank4zh_for_every_pair():
    word_lists = [["储能", "价格", "价格", "下跌"], ["价格", "上涨"], ["储能"], [], ["储能", "价格", "企业"]]
    counts, _ = incidence(word_lists)
    lengths = np.array([len(w) for w in word_lists], dtype=float)
    ours = classic_similarity(counts, lengths).toarray()
    for i, a in enumerate(word_lists):
        for j, b in enumerate(word_lists):
            assert math.isclose(ours[i, j], util.get_similarity(a, b), abs_tol=1e-12)


def test_classic_engine_picks_the_same_sentences_as_textrank4zh():
    classic = analyze(SAMPLE_ZH, engine="classic")
    reference = analyze(SAMPLE_ZH, engine="textrank4zh")
    assert [s.index for s in classic.sentences] == [s.index for s in reference.sentences]


def test_adapter_runs_textrank4zh_unchanged_on_networkx_3():
    assert not hasattr(nx, "from_numpy_matrix")  # networkx itself is left alone
    sentences = TextRank4Sentence()
    sentences.analyze(text=SAMPLE_ZH, lower=True)
    assert len(sentences.get_key_sentences(num=3)) == 3
    keywords = TextRank4Keyword()
    keywords.analyze(text=SAMPLE_ZH, window=2)
    assert "储能" in [k.word for k in keywords.get_keywords(num=5, word_min_len=2)]
    assert not hasattr(nx, "from_numpy_matrix")
    assert not hasattr(util.nx, "from_numpy_matrix")  # nor is textrank4zh's module


def test_reference_ranks_given_sentences():
    ranked = rank_sentences(["储能价格下跌。", "储能企业减产。", "今天天气很好。"])
    assert sorted(r.index for r in ranked) == [0, 1, 2]
    assert ranked[-1].index == 2


@pytest.mark.parametrize("engine", ["fast", "classic", "textrank4zh"])
def test_output_is_deterministic(engine):
    first = analyze(SAMPLE_ZH, engine=engine)
    for _ in range(2):
        assert analyze(SAMPLE_ZH, engine=engine) == first


def test_ties_are_broken_by_position():
    for engine in ("fast", "classic", "textrank4zh"):
        twins = analyze("储能价格下跌三成。储能价格下跌三成。储能价格下跌三成。", max_sentences=1, engine=engine)
        assert twins.sentences[0].index == 0


def test_redundant_sentences_are_not_both_chosen():
    repeated = "\n".join([SAMPLE_ZH] * 3)
    chosen = [s.text for s in analyze(repeated).sentences]
    assert len(chosen) == len(set(chosen))


def test_lead_prior_prefers_the_opening_over_classic():
    fast = analyze(SAMPLE_ZH, max_sentences=3)
    classic = analyze(SAMPLE_ZH, max_sentences=3, engine="classic")
    assert min(s.index for s in fast.sentences) <= min(s.index for s in classic.sentences)
    assert fast.sentences[0].index <= 2


def test_summary_length_adapts_to_the_text():
    assert adaptive_count(120, 3, "zh") == 2  # a flash gets two: one bad pick must not lose everything
    assert adaptive_count(120, 1, "zh") == 1
    assert adaptive_count(400, 8, "zh") == 2
    assert adaptive_count(590, 14, "zh") == 3  # a results story in short paragraphs is no flash
    assert adaptive_count(1500, 40, "zh") == 3
    assert adaptive_count(20000, 400, "zh") == 5
    assert len(analyze(SAMPLE_ZH).sentences) in (3, 4)
    assert len(analyze("储能价格下跌三成。二线厂商加速出清。").sentences) == 2


SHORT_REPORT_ZH = """远山电器一季度营收增长两成 净利润扭亏

4月18日晚间，远山电器发布2026年第一季度报告。
报告显示，公司一季度实现营业收入58.3亿元，同比增长21.4%；归母净利润2.1亿元，上年同期亏损0.6亿元。

一季度公司空调出货量为96万台，同比增长18%，其中海外出货占比约四成。

毛利率方面，一季度综合毛利率为23.5%，较上年同期提升1.8个百分点。

公司董事会秘书陈岚表示，原材料价格回落是毛利率改善的主要原因。

截至3月31日，公司货币资金为41.2亿元。公司预计二季度出货量将继续增长。

受此影响，远山电器股价19日上涨6.2%。
"""


def test_a_short_report_of_many_sentences_shows_three_points():
    """Under 700 characters but ten sentences in short paragraphs: results, shipments and
    margin are three points; two sentences would drop one of them."""
    analysis = analyze(SHORT_REPORT_ZH)
    assert analysis.sentence_count >= 10 and analysis.char_count < 700
    assert len(analysis.sentences) == 3
    assert any("58.3亿元" in s.text for s in analysis.sentences)


def test_english_article_gets_key_sentences_and_keywords():
    analysis = analyze(SAMPLE_EN)
    assert analysis.lang == "en"
    assert 2 <= len(analysis.sentences) <= 4
    words = [k.word.lower() for k in analysis.keywords]
    assert "aircraft" in words and "the" not in words


def test_chinese_keywords_include_phrases_and_no_stopwords():
    words = [k.word for k in analyze(SAMPLE_ZH).keywords]
    assert "储能" in "".join(words)
    assert not {"的", "了", "我们"} & set(words)
    scores = [k.score for k in analyze(SAMPLE_ZH).keywords]
    assert scores == sorted(scores, reverse=True) and scores[0] == 1.0


# Words that stand next to each other only across punctuation: never one phrase.
_ACROSS_PUNCTUATION = (
    "孩子在家也会遇到危险，孩子跌落多发生在窗户边。专家提醒，家中的危险，孩子往往看不到。"
    "窗户要装护栏，阳台也要装护栏。危险，孩子，窗户，这三个词家长要记牢。"
)


def test_a_phrase_is_only_made_of_words_written_together():
    words = [k.word for k in analyze(_ACROSS_PUNCTUATION).keywords]
    assert "孩子" in words and "危险" in words
    assert "危险孩子" not in words and "孩子危险" not in words


# A results note: its boilerplate (公司, 实现, 同比增长, 记者) would otherwise rank high.
_RESULTS_NOTE = (
    "本报讯（记者 周立）青松电池发布年报，公司实现营业收入88亿元，同比增长31%。"
    "公司实现归母净利润9.2亿元，同比增长45%。公司储能电池出货量同比增长120%，储能电池毛利率提升。"
    "公司表示，储能电池订单饱满，公司将扩建储能电池产线。记者了解到，公司海外客户增加。"
)


def test_keywords_leave_out_news_boilerplate_and_phrases_built_on_it():
    words = [k.word for k in analyze(_RESULTS_NOTE).keywords]
    assert any("储能" in w for w in words)
    assert not {"公司", "实现", "同比增长", "同比", "记者", "表示"} & set(words)
    assert not [w for w in words if w.startswith("实现") or w.startswith("公司")]


def test_the_base_period_and_owner_words_of_a_results_line_are_no_keywords():
    text = ("远山电器一季度归属于母公司股东的净利润为2.1亿元，去年同期为亏损0.6亿元。"
            "一季度营业收入58.3亿元，较去年同期增长21.4%，上年同期为48.0亿元。"
            "空调出货量96万台，去年同期为81万台；归属于母公司股东的扣非净利润1.8亿元。")
    words = [k.word for k in analyze(text).keywords]
    assert not {"去年同期", "上年同期", "母公司", "归属于"} & set(words)


_INTERVIEW = (
    "青松电池今日发布2025年第三季度业绩，储能电池收入为42亿元。"
    "首席执行官陈家豪表示：「储能电池的订单正在排到明年。」"
    "陈家豪说，公司目前正在扩建储能电池产线，海外客户近期明显增加。"
)


def test_a_speaker_s_name_is_a_keyword_whole_and_relative_time_words_are_none():
    words = [k.word for k in analyze(_INTERVIEW).keywords]
    assert "陈家豪" in words  # jieba cuts the name it does not know: 陈家 + 豪
    assert "陈家" not in words
    assert not {"今日", "正在", "目前", "近期"} & set(words)


def test_words_jieba_made_up_from_a_wrong_cut_and_dateline_words_are_no_keywords():
    text = ("（中央社记者王大同台北6日电）晶华半导体今天公布11月营收为新台币85.3亿元，月增4.2%。"
            "累计前11月营收为902亿元，较去年同期衰退8%。晶华半导体第3季营收季增5%，毛利率为45.2%。")
    words = [k.word for k in analyze(text).keywords]
    assert "晶华半导体" in words
    assert not [w for w in words if w.endswith("为") or w in ("收季", "季营", "中央社", "台北", "王大同", "大同")]


@pytest.mark.parametrize("opening", ["【云岫科技：拟8.6亿元收购传感器企业】财联社11月12日电，", "财联社11月12日电，"])
def test_a_flash_s_dateline_gives_no_keyword_and_its_bracketed_headline_still_does(opening):
    text = (f"{opening}云岫科技公告，公司拟以8.6亿元收购一家传感器企业70%股权。"
            "标的公司2025年实现营业收入5.2亿元，净利润6100万元。交易对方承诺未来三年传感器业务净利润合计不低于2.1亿元。"
            "云岫科技表示，收购有助于补齐传感器环节。")
    words = [k.word for k in analyze(text).keywords]
    assert "云岫科技" in words and any("传感器" in w for w in words)
    assert not [w for w in words if w in ("联社", "财联社")]


def test_a_speaker_s_name_glued_to_the_verb_after_it_is_no_keyword():
    text = ("星河科技董事长李明说，公司明年将加大储能研发投入。李明说：“储能业务是公司的第二增长曲线。”"
            "星河科技储能业务收入同比增长80%。")
    words = [k.word for k in analyze(text).keywords]
    assert "储能" in words
    assert not [w for w in words if w in ("明说", "李明说")]


def test_a_release_s_dateline_about_section_and_safe_harbour_give_no_keywords():
    text = ("AUSTIN, Texas, Nov. 6, 2025 /PRNewswire/ -- Bluebird Software Inc. (NASDAQ: BBSW) today announced "
            "financial results for its third quarter ended September 30, 2025.\n"
            "Total revenue was $214.5 million, an increase of 18% compared to $181.8 million a year earlier.\n"
            "Subscription revenue grew 24% year over year to $176.2 million.\n"
            "About Bluebird Software\nBluebird Software helps teams plan their work. For more information, visit "
            "bluebird.example.\nForward-Looking Statements\nThis press release contains forward-looking statements "
            "that involve risks and uncertainties.")
    words = {k.word.lower() for k in analyze(text).keywords}
    assert "revenue" in words
    assert not words & {"texas", "austin", "prnewswire", "nasdaq", "visit", "forward-looking statements", "risks",
                        "third", "ended"}


def test_english_keywords_fold_possessives_and_drop_contractions():
    text = ("Kestrel’s drivers walked out on Monday. Kestrel said the drivers’ pay would rise. "
            "It’s the third strike at Kestrel this year, and there’s no deal in sight. "
            "Kestrel's drivers want a 9% raise; Kestrel offered 4%. The drivers’ union said it’s ready to wait.")
    words = [k.word.lower() for k in analyze(text).keywords]
    assert "kestrel" in words and "drivers" in words
    assert not [w for w in words if "’" in w or "'" in w]


def test_the_classic_engine_keeps_textrank4zh_s_own_stopwords():
    words = [k.word for k in analyze(_RESULTS_NOTE, engine="classic").keywords]
    assert "公司" in words  # textrank4zh's list does not have it; classic mirrors the reference


def test_a_result_with_its_figure_outranks_a_listing_and_an_opinion():
    from summarizer.roles import news_value

    opinion, dated, result, listing, english_result = (news_value(text, lang) for text, lang in [
        ("公司在海外市场的布局进入收获期，盈利能力有望继续提升。", "zh"),
        ("2024年11月21日，百度集团在北京发布了人工智能新战略。", "zh"),
        ("百度集团第三季度财报显示，百度智能云营收同比增长14%。", "zh"),
        ("2018年公司Q1/Q2/Q3/Q4收入增速分别达到30.3%/44.9%/45.7%/30.8%。", "zh"),
        ("Revenue rose 23% to $9.2 billion in the third quarter, the company said.", "en"),
    ])
    assert result > max(dated, opinion) >= 1.0  # dates are not figures; a result is the best kind
    assert english_result == result
    assert listing < opinion  # only a listing of many numbers gives way


@pytest.mark.parametrize("line", [
    "记者 宋雨", "本报记者 林舟 王伟", "（图片来源：视觉中国）", "图为工人在生产线上作业。", "新华社记者 李明 摄",
    "《我的家乡》作者：陈小雨，实验小学四（2）班。", "Photo: Reuters", "By Jane Smith", "2024-10-28 09:15",
])
def test_bylines_credits_captions_and_date_lines_are_recognised(line):
    from summarizer.roles import is_credit

    assert is_credit(line)


@pytest.mark.parametrize("line", ["记者从公司获悉，营收同比增长12%。", "Revenue rose 12%, the company said."])
def test_a_news_sentence_that_mentions_a_reporter_is_not_a_credit(line):
    from summarizer.roles import is_credit

    assert not is_credit(line)


@pytest.mark.parametrize(("text", "lang"), [
    ("就在五一假期前，不少上市公司发布了业绩报告。", "zh"),
    ("近日，记者走访了多家门店。", "zh"),
    ("据悉，", "zh"),
    ("公司公布2022年年报及2023年一季报。", "zh"),
    ("第五届海洋经济博览大会于9月27日在海口举行。", "zh"),
    ("国务院新闻办公室举行新闻发布会，介绍一季度经济运行情况。", "zh"),
    ("美国10年期国债收益率会变为负值吗？", "zh"),
    ("市气象局专家12日在市政府介绍今年汛期防汛准备情况。", "zh"),
    ("副市长王某、区委书记李某出席座谈会。", "zh"),
    ("市发改委、市财政局有关负责同志参加了会议。", "zh"),
])
def test_openers_background_and_questions_state_no_fact(text, lang):
    from summarizer.roles import states_no_fact

    assert states_no_fact(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("近日，华川银行宣布收购两家城商行。", "zh"),
    ("日前，公司公布的年报显示，营收同比增长12%。", "zh"),
    ("海洋经济博览大会上，32个项目签约，总投资416亿元。", "zh"),
    ("市长在会上介绍，今年已新建保障房1.2万套。", "zh"),
    ("共有来自12个国家的300多家企业参加展会。", "zh"),
])
def test_an_opener_followed_by_the_news_keeps_it(text, lang):
    from summarizer.roles import states_no_fact

    assert not states_no_fact(text, lang)


def test_a_company_description_gives_way_to_its_result():
    from summarizer.roles import news_value

    assert news_value("公司主要从事民用爆破器材的生产与销售。", "zh") < 1.0
    assert news_value("公司前三季度营业收入16.2亿元，同比增长20.7%。", "zh") > 1.0


def test_the_same_statement_cut_at_a_semicolon_is_shown_once():
    text = ("公司前三季度实现营业收入16.2亿元，同比增长20.7%；归母净利润3715万元，同比下降41.2%；"
            "扣非净利润2935万元，同比下降41.0%。公司拟收购一家炸药生产企业，许可产能将增至56万吨。"
            "管理层表示，新产能将在明年投产。")
    chosen = [s.index for s in analyze(text, max_sentences=2).sentences]
    assert len({0, 1, 2} & set(chosen)) == 1 and 3 in chosen


def test_an_opener_is_only_empty_when_nothing_or_nobody_in_particular_follows():
    from summarizer.roles import is_credit, states_no_fact

    assert not states_no_fact("当地时间11月21日，一家日本电子企业敲定了在2021年之前撤出面板业务的方针。", "zh")
    assert not states_no_fact("随着原料价格企稳，行业有望在明年下半年进入新的平衡。", "zh")
    assert is_credit("（原题为《新区第二批安置工作启动》）")


@pytest.mark.parametrize(("text", "listing"), [
    ("2023年公司Q1/Q2/Q3/Q4收入增速分别为12.1%/15.4%/9.8%/11.0%。", True),
    ("预计2025-2027年公司EPS分别为1.20元、1.52元、1.88元，对应PE为28、22、18倍。", True),
    ("公司前三季度营业收入分别为41.2亿元、44.5亿元和47.9亿元，对应增速分别为8.1%、9.4%和10.6%。", True),
    ("全年营收、归母净利润、扣非净利润分别为198/11.6/9.2亿元，同比+2%/+1%/+7%。", False),
    ("全年车流量/收入同比增长9.7%/8.6%。", False),
    # one result compared with two bases
    ("10月末，M2余额305.2万亿元，同比增长6.8%，增速分别比上月末和上年同期低0.3个和0.6个百分点。", False),
    ("10月末，M2余额分别为305.2万亿元、301.1万亿元、299.8万亿元和296.4万亿元。", True),
])
def test_a_listing_is_one_metric_over_many_periods_not_one_periods_results(text, listing):
    from summarizer.roles import is_listing

    assert is_listing(text) is listing


@pytest.mark.parametrize("text, count", [
    ("公司预计上半年净利润为38—43亿元，同比增长104.60%—131.52%。", 2),
    ("预计每年贡献税后净利润约3.6~4.0亿元。", 1),
    ("预计归母净利润增长0-30%，达到2.06-2.68亿元。", 2),
    ("营业收入3.19亿元，同比-5.65%。", 2),
])
def test_a_range_is_one_figure(text, count):
    from summarizer.roles import figure_count, is_listing

    assert figure_count(text) == count
    assert not is_listing(text)  # a forecast band is one point, not a listing


def test_an_english_lead_sharing_the_headline_letters_is_not_the_headline():
    # Every letter of the lead is in the headline, but most of its words are not.
    title = "Harbourview port to buy twelve quick electric ferries, doubling its fleet by mid-decade"
    text = ("The port authority of Harbourview said on Monday that it will buy twelve electric ferries, "
            "doubling its fleet within five years.\n\n"
            "Officials said the new boats would cut fuel costs by a third.\n\n"
            "Local residents have complained about crowded ferries for years.")
    indices = [s.index for s in analyze(text, title=title, max_sentences=2).sentences]
    assert 0 in indices
    # The headline repeated in the body is still recognised, by its words.
    repeated = analyze(title + "\n\n" + text, title=title, max_sentences=3)
    assert all(s.text != title for s in repeated.sentences)


def test_a_results_statement_with_revenue_and_profit_is_not_taken_for_a_listing():
    from summarizer.roles import news_value

    statement = "公司前三季度实现营业收入20.9亿元，同比增长6%，归母净利润1.2亿元，同比增长54.9%。"
    detail = "其中第三季度出货量为7.6万台，同比上升0.6%。"  # (a cost line is no result: expenses_zh)
    many = "公司在华东、华南、华北和西南的门店数量分别增长3%、5%、8%和11%。"
    assert news_value(statement, "zh") == news_value(detail, "zh")
    assert news_value(many, "zh") < news_value(statement, "zh")


@pytest.mark.parametrize(("text", "disclaimer"), [
    ("青石能源股份有限公司及董事会全体成员保证公告内容的真实、准确和完整，对公告的虚假记载、误导性陈述或者重大遗漏负连带责任。", True),
    ("文中观点仅供参考，不构成投资建议。", True),
    ("投资有风险，入市需谨慎。", True),
    ("This newsletter is for informational purposes only.", True),
    ("证监会认定，该所出具的审计报告存在虚假记载。", False),
    ("The regulator said the fund's marketing material contained misleading statements.", False),
])
def test_a_standard_disclaimer_is_never_a_key_sentence(text, disclaimer):
    from summarizer.roles import is_disclaimer

    assert is_disclaimer(text) is disclaimer
    if disclaimer:
        article = ("青石能源前三季度净利润同比增长31%，达到12.4亿元。" + text +
                   "公司表示，储能系统出货量同比翻番。海外收入占比升至35%。")
        shown = [s.text for s in analyze(article, max_sentences=4).sentences]
        assert text not in shown


def test_a_day_of_the_month_is_a_date_not_a_figure():
    from summarizer.roles import figure_count

    assert figure_count("专家19日在北京介绍项目进展。") == 0
    assert figure_count("日元兑美元汇率跌至150日元。") == 1


def test_a_line_cut_mid_sentence_is_shown_only_when_nothing_better_is_left():
    # A page that sets a name in bold on its own line cuts the sentence around it.
    text = ("华川银行\n\n即将迎来上市十周年。\n\n十年前带领华川银行成功上市并成为行业最年轻董事长的\n\n王某\n\n"
            "，在业绩会上谈到了未来三年的规划。\n\n上半年，华川银行实现营业收入385.7亿元，同比增长12.2%。\n\n"
            "不良贷款率下降至1.21%，拨备覆盖率升至245%。\n\n该行表示，下半年将继续压降房地产贷款。")
    shown = [s.text for s in analyze(text, max_sentences=4).sentences]
    assert not any(s.endswith("的") or s.startswith("，") for s in shown)
    assert any("385.7亿元" in s for s in shown)
    from summarizer.normalize import normalize
    from summarizer.roles import FULL, sentence_roles
    from summarizer.split import split_sentences

    spans = split_sentences(normalize(text), "zh")
    found = sentence_roles([s.text for s in spans], [s.paragraph for s in spans], "zh")
    broken = [i for i, s in enumerate(spans) if s.text.endswith("的") or s.text.startswith("，")]
    assert len(broken) == 2 and all(found.tier[i] != FULL for i in broken)


def test_an_intention_is_news_with_its_figure_and_a_decision_without_one():
    from summarizer.roles import figure_count, news_value

    plain = "该行今年继续服务实体经济。"
    assert news_value("华川银行宣布收购两家城商行。", "zh") > news_value(plain, "zh")
    assert news_value("该行将进一步优化服务，持续提升客户体验。", "zh") == news_value(plain, "zh")
    assert news_value("该行将投放58亿元支持小微企业。", "zh") > news_value(plain, "zh")
    assert news_value("The city will keep working with its partners.", "en") == news_value(
        "The city keeps working with its partners.", "en")
    assert news_value("The city announced a new ferry line.", "en") > news_value(
        "The city keeps working with its partners.", "en")
    # A multiple or share in words is a figure.
    assert figure_count("明年将把储能产能扩大一倍。") == 1 and figure_count("销量下降三成。") == 1
    assert figure_count("三成员国签署协议，格局一成不变。") == 0


def test_a_short_english_line_gives_way_to_one_that_states_the_news():
    text = ("Ferries are changing in Harbourview.\n\n"
            "The port authority of Harbourview said on Monday that it had signed a contract with a Norwegian "
            "yard for twelve electric ferries.\n\n"
            "The new ferries will replace diesel boats that have served the harbour since the 1990s.\n\n"
            "Residents have long complained that the old ferries are loud and often late.")
    best = analyze(text, max_sentences=1).sentences[0].text
    assert "twelve electric ferries" in best


def test_an_english_date_is_a_date_not_a_figure():
    from summarizer.roles import figure_count

    assert figure_count("On October 3, a second ferry was taken out of service.") == 0
    assert figure_count("From 12 March 2021 the line runs every hour.") == 0
    assert figure_count("The fare rose on Sept. 9, 2020.") == 0
    assert figure_count("The fare rose 5% to $3 on October 3.") == 2


def test_a_piece_of_a_quotation_is_shown_only_when_nothing_better_is_left():
    from summarizer.roles import FULL, quote_pieces, sentence_roles

    texts = ["\u201cWe are proud of the boats.", "They are quiet and they are never late,\u201d Ms Berg said.",
             "\u201cIt is a good day,\u201d she said.", "The yard will deliver twelve ferries by 2026."]
    paragraphs = [0, 0, 1, 2]
    assert quote_pieces(texts, paragraphs) == [True, True, False, False]
    # Straight quote marks turn the state over; a new paragraph starts outside any quotation.
    assert quote_pieces(['"We are proud.', 'It works," she said.', 'Next year, more boats.'],
                        [0, 0, 1]) == [True, True, False]
    found = sentence_roles(texts, paragraphs, "en")
    assert [found.tier[i] == FULL for i in range(4)] == [False, False, True, True]
    # Chinese quotations are left alone: their pieces do state the news.
    assert (sentence_roles(["\u201c今年营收增长20%。", "明年还将扩产。\u201d他说。"], [0, 0], "zh").tier == FULL).all()

    text = ("The port authority of Harbourview signed a contract for twelve electric ferries on Monday.\n\n"
            "\u201cWe waited a long time for this day. The twelve electric ferries will make the crossing to "
            "Harbourview quiet, clean and on time for every passenger. We could not be happier,\u201d "
            "said Ms Berg, who chairs the port authority.\n\n"
            "The ferries will be built by a Norwegian yard and delivered from 2026 onwards.\n\n"
            "Residents have long complained that the old diesel ferries are loud and often late.")
    shown = [s.text for s in analyze(text, max_sentences=3).sentences]
    assert not any(s.startswith(("\u201cWe waited", "The twelve electric")) for s in shown)
    assert any(s.startswith("The ferries will be built") for s in shown)


def test_an_english_line_ending_with_a_colon_introduces_what_follows():
    from summarizer.roles import FULL, sentence_roles

    texts = ["The harbour authority listed the changes it plans for the ferry service next year:",
             "The port authority of Harbourview signed a contract for twelve electric ferries."]
    found = sentence_roles(texts, [0, 1], "en")
    assert found.tier[0] != FULL and found.tier[1] == FULL


def test_english_contractions_and_possessives_fold_into_their_words():
    from summarizer.textrank import english_base

    assert english_base("you\u2019ll") == "you" and english_base("it's") == "it"
    assert english_base("harbourview\u2019s") == "harbourview" and english_base("ferries\u2019") == "ferries"
    assert english_base("don\u2019t") == "" and english_base("can't") == ""
    assert english_base("rock'n'roll") == "rock'n'roll"


@pytest.mark.parametrize("opening, shown", [
    ("OSLO \u2014 ", ""),
    ("BERGEN, Norway (Reuters) - ", ""),
    ("Bergen, Norway (AP) \u2014 ", ""),
    ("OSLO, Dec 5 (Reuters) - ", ""),
    # After a place in capitals, any source in brackets: a wire's own or a small agency's.
    ("OSLO, March 3 (Nordwire) - ", ""),
    ("BERGEN (dpa-AFX) - ", ""),
    # A name in ordinary case with an unknown bracket stays: "Harbourview (HVW) — …" may be a subject.
    ("Harbourview (HVW) \u2014 ", "Harbourview (HVW) \u2014 "),
    # A name in ordinary case is the subject, not a dateline.
    ("Harbourview \u2014 ", "Harbourview \u2014 "),
])
def test_the_wire_dateline_is_not_shown(opening, shown):
    text = (opening + "The port authority of Harbourview signed a contract for twelve electric ferries on Monday.\n\n"
            "The ferries will be built by a Norwegian yard and delivered from 2026 onwards.")
    first = analyze(text, max_sentences=1).sentences[0].text
    assert first == shown + "The port authority of Harbourview signed a contract for twelve electric ferries on Monday."


def test_a_photo_caption_is_not_taken_for_the_news():
    from summarizer.roles import captions

    text = ("Photo\n\n"
            "Ferry crews at the Harbourview terminal on Monday. The port authority said the new boats "
            "would be quieter than the old ones.\n\n"
            "Credit Jane Roe/Getty Images\n\n"
            "The port authority of Harbourview signed a contract for twelve electric ferries on Monday, "
            "ending years of delays.\n\n"
            "The ferries will be built by a Norwegian yard and delivered from 2026 onwards.")
    shown = [s.text for s in analyze(text, max_sentences=2).sentences]
    assert not any("terminal on Monday" in s or "quieter" in s for s in shown)
    # Either neighbour marks a caption: the credit line after it, or the marker before it.
    assert captions(["Crews at the terminal.", "Photograph: Jane Roe/Reuters", "The authority signed."],
                    [0, 1, 2]) == [True, False, False]
    assert captions(["Image", "Crews at the terminal.", "The authority signed."], [0, 1, 2]) == [False, True, False]
    assert captions(["The authority signed.", "It said so on Monday."], [0, 1]) == [False, False]


def test_a_made_up_word_glued_to_a_quarter_is_no_keyword():
    # Taiwan's papers write the quarter right before the metric (第3季营收) and the basis right
    # after it (营收季增): jieba's HMM glues 季 to the metric, in every sentence alike.
    text = ("鸿海第3季营收为1850亿元，年增20%。鸿海前3季营收年增10%。"
            "鸿海第3季营收创新高，营收季增11%。分析师看好鸿海的伺服器业务。"
            "台湾第3季经济成长率为3.3%，前3季经济成长2.9%。")
    words = [k.word for k in analyze(text).keywords]
    assert not [w for w in words if w[0] in "年月季" or w[-1] in "年月季"], words


def test_a_new_high_is_no_innovation():
    # jieba cuts 创新高 as 创新 (innovation) + 高: a text about prices hitting highs is not
    # about innovation. 创新 written as a word stays a keyword.
    highs = "星河科技股价今日创新高，收盘上涨5%。星河科技市值创新高。指数也创新高，成交额放大。"
    assert "创新" not in [k.word for k in analyze(highs).keywords]
    innovation = "星河科技坚持创新，研发投入持续增加。创新是星河科技发展的动力。公司创新成果丰硕。"
    assert "创新" in [k.word for k in analyze(innovation).keywords]


def test_a_noun_and_the_verb_after_it_are_no_key_phrase():
    text = ("分地区看，华南地区完成软件业务收入8,620亿元，同比增长9.1%。华北地区完成软件业务收入4,315亿元，同比增长7.2%。"
            "西南地区完成软件业务收入2,940亿元，同比增长8.8%。软件业务收入增长主要来自云服务。")
    words = [k.word for k in analyze(text).keywords]
    assert "软件业务收入" in words
    assert not [w for w in words if w.endswith("完成") and w != "完成"], words


def test_a_verb_and_the_name_after_it_are_no_key_phrase():
    text = ("中金维持远帆股份评级，维持远帆股份目标价45元。报告称，维持远帆股份盈利预测，远帆股份海外订单增长较快。"
            "远帆股份三季度营收21.3亿元。")
    words = [k.word for k in analyze(text).keywords]
    assert "维持远帆" not in words, words


def test_an_english_key_phrase_is_shown_as_written():
    text = ("Harlow Group said on Monday it would buy Brightline Foods. Harlow Group expects savings of $180 million. "
            "Brightline Foods shares rose. Analysts said Harlow Group paid a fair price for Brightline Foods.")
    words = [k.word for k in analyze(text).keywords]
    assert "harlow group" not in words and "brightline foods" not in words, words
    assert "Harlow Group" in words or "Brightline Foods" in words, words
