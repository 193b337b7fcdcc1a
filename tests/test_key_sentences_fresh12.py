"""Key-sentence classes found in the twelfth real-text round (fresh12); sentences written for the test."""

from __future__ import annotations

from summarizer import analyze
from summarizer.roles import numbers


def test_a_drug_or_model_code_glued_to_chinese_words_is_no_figure() -> None:
    assert numbers("监管机构已批准KLX-208用于治疗晚期实体瘤的II期临床试验。") == frozenset()
    assert numbers("公司新一代CR-950型客机完成首飞。") == frozenset()
    # A figure with its unit stays one.
    assert numbers("公司研发投入3.26亿元，同比增长18.5%。") == frozenset({"3.26", "18.5%"})


def test_two_lines_naming_the_same_drug_code_are_two_facts() -> None:
    text = ("南海生物2月9日宣布，监管机构已批准KLX-208用于治疗晚期实体瘤的II期临床试验。"
            "KLX-208是一款口服小分子抑制剂，也是国内首个进入临床阶段的同类口服药物。"
            "该靶点广泛存在于多种肿瘤细胞表面。"
            "在临床前研究中，KLX-208单药显示了良好的抗肿瘤活性。")
    shown = [s.text for s in analyze(text, max_sentences=3).sentences]
    assert any("国内首个进入临床阶段" in s for s in shown)
    assert any("良好的抗肿瘤活性" in s for s in shown)


def test_a_long_line_cut_after_the_verb_of_its_report_shows_what_was_reported() -> None:
    from summarizer.trim_figures import readable_with_figures

    sentence = ("开年第一天，滨江科技园传来好消息：专注于研发、生产和销售同类首创及/或同类最优的新一代自身免疫疾病与代谢疾病疗法的创新生物医药企业"
                "–南海生物科技有限公司2月9日宣布，新加坡国家药品审评机构已正式批准KLX-208用于治疗中重度类风湿关节炎患者的"
                "II期临床试验。")
    shown = readable_with_figures(sentence, "zh")
    assert "已正式批准KLX-208用于治疗中重度类风湿关节炎患者" in shown
    assert len(sentence) > 120 and not shown.rstrip("…").endswith("宣布")
    # A head that keeps what was reported is shown as before.
    short = "南海生物2月9日宣布，新加坡药品审评机构已批准KLX-208的II期临床试验，" + "该试验将在新加坡、马来西亚和泰国的多家医院开展" * 3 + "。"
    assert readable_with_figures(short, "zh").startswith("南海生物2月9日宣布，新加坡药品审评机构已批准")


def test_the_heading_of_a_measure_in_a_policys_list_states_no_fact() -> None:
    from summarizer.roles import states_no_fact

    assert states_no_fact("内容如下：加大外贸企业奖励力度。", "zh")
    assert states_no_fact("加大住宿餐饮业的支持力度。", "zh")
    assert states_no_fact("一是强化企业融资服务。", "zh")
    # The measure with who gets what is the news.
    assert not states_no_fact("对一季度出口额增长10%以上的外贸企业，每增加500万元奖励1万元。", "zh")
    assert not states_no_fact("加大对小微企业的信贷支持，新增贷款贴息1个百分点。", "zh")


def test_a_policys_scope_outranks_the_heading_of_its_first_measure() -> None:
    text = ("南江市于日前印发《关于做好一季度稳外贸稳就业有关工作的通知》。"
            "本次推出的“南江八条”涉及对外贸企业的奖励、员工返岗补贴和稳岗补助等八条政策，助力企业一季度稳定生产。"
            "内容如下：加大外贸企业奖励力度。"
            "对2023年一季度出口额达到500万元以上且同比增长10%及以上的外贸企业，出口额每增加500万元奖励1万元。"
            "加大住宿餐饮业的支持力度。"
            "对一季度营业额增量达200万元以上的住宿餐饮企业，单月奖励5万元。")
    shown = [s.text for s in analyze(text, max_sentences=3).sentences]
    assert not any(s.startswith("内容如下") for s in shown)
    assert any("南江八条" in s for s in shown)


def test_a_periods_results_metric_by_metric_with_changes_and_amounts_is_no_listing() -> None:
    from summarizer.roles import is_listing

    assert not is_listing("公司公布2023年年报，23年营收/营业利润/归母净利润/扣非净利润YOY+8.6%/-12.1%/-9.4%/-7.7%"
                          "至21.35/3.02/2.44/2.31亿元。")
    # The same metric over several years is one.
    assert is_listing("预计公司2024-2026年营收/归母净利润分别为25.1/28.9/33.2亿元和2.8/3.3/3.9亿元。")


def test_the_years_results_are_shown_beside_the_quarters() -> None:
    text = ("事项：公司公布2023年年报，23年营收/营业利润/归母净利润/扣非净利润YOY+8.6%/-12.1%/-9.4%/-7.7%"
            "至21.35/3.02/2.44/2.31亿元。"
            "单Q4营收/营业利润/归母净利润/扣非净利润YOY+21.5%/+26.3%/+10%/+14%至6.12/0.91/0.77/0.72亿元。"
            "23年纸巾/湿巾/ODM分别实现收入15.62/2.41/1.88亿元，YOY+11.2%/-6%/+1.3%。"
            "23H2纸巾实现营收8.36亿元，YOY+25.4%，下半年营收快速增长。"
            "电商渠道毛利率同增6.2pcts至41.5%，24年预计毛利率有望持续向好。"
            "单Q4毛利率/归母净利率环比+0.8/+0.5pct，随原材料价格下行，24年盈利能力有望持续向好。")
    shown = [s.text for s in analyze(text, max_sentences=3).sentences]
    assert any("23年营收/营业利润" in s for s in shown)


def test_the_analysts_claim_about_a_company_named_by_its_standing_is_no_profile() -> None:
    from summarizer.roles import news_value

    claim = "我们认为车载激光雷达未来几年趋势向好，公司作为国内车载激光雷达出货量最高的公司，将充分受益于渗透率提升。"
    profile = "北辰光电作为国内激光雷达领域的龙头企业，长期专注于光电芯片设计，拥有车载、工业和消费三大产品线。"
    assert news_value(claim, "zh") > news_value(profile, "zh")
    assert news_value(profile, "zh") < 0.5


def test_labelled_items_of_one_numbered_list_are_one_point() -> None:
    from summarizer.restated import list_siblings

    lines = ["我们认为盈利低谷已过，未来盈利能力将持续修复。", "（1）原材料成本：钢材价格已回落。", "（2）汇率波动：汇率已产生正向影响。",
             "1）公司发布2022年报，营收增长12%；", "2）公司发布2023一季报，营收增长8%。"]
    sibling = list_siblings(lines)
    assert sibling(1, 2)
    assert not sibling(0, 1)
    assert not sibling(3, 4)  # items without a label are facts of their own


def test_a_notes_second_point_outranks_a_second_reason_of_its_first() -> None:
    text = ("我们认为公司盈利低谷已过，2023Q1出现了历史最大的收入增速与利润增速剪刀差，未来盈利能力将持续修复。"
            "（1）原材料成本：公司生产用的原材料主要包括钢、铝、塑料等，钢材价格均已回落至2021年的水平，预计明年将带来正向贡献。"
            "（2）汇率波动：公司的部分收入以美元结算，三季度以来汇率对公司经营已经产生正向影响，预计全年贡献约2.1亿元。"
            "（3）海运费：海运费对公司盈利能力影响较大，近期海运费有所回落，预计明年将对盈利带来正向贡献约1.5亿元。"
            "公司需求企稳，美国新屋销量与成屋销量保持在相对高值，2023年三季度美国建材销售额同比增长10.2%。"
            "公司2022年开始布局户用储能业务，目前已有移动储能和家用储能两类产品。")
    shown = [s.text for s in analyze(text, max_sentences=3).sentences]
    assert sum(s.startswith(("原材料成本", "汇率波动", "海运费")) for s in shown) <= 1
    assert any("需求企稳" in s for s in shown)


def test_a_persons_view_is_never_shown_without_the_clause_that_names_the_speaker() -> None:
    from summarizer.trim_figures import readable_with_figures

    sentence = ("在昨日举行的年度宏观经济展望论坛暨区域资本市场高质量发展研讨会上，长期关注区域产业升级、资本市场改革与地方金融风险化解等多个领域研究的"
                "南江证券研究所首席经济学家兼总裁助理王明远在主题演讲中表示，明年南江市的房地产投资将会出现明显反弹并带动"
                "整体经济与居民消费在上半年加快增长且全年出口也将保持平稳增长的良好态势。")
    shown = readable_with_figures(sentence, "zh")
    assert len(sentence) > 120
    assert not shown.startswith("…明年南江市的房地产投资")  # the view, without who holds it
