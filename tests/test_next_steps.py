"""What happens next to the news (summarizer.next_steps): an appeal, a deal's closing, trading
halted or resumed. Sentences written for the test: a court ruling, a penalty, a deal."""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.next_steps import states_next_step
from summarizer.roles import news_value


@pytest.mark.parametrize("text, lang, expected", [
    ("东岭科技当日发布声明称，对判决结果不服，将在法定期限内提起上诉。", "zh", True),
    ("公司股票将于12月12日开市起复牌。", "zh", True),
    ("经公司申请，公司股票自12月7日开市起停牌，预计停牌时间不超过10个交易日。", "zh", True),
    ("法院驳回了原告的上诉请求。", "zh", False),  # the appeal decided is the news itself, not its next step
    ("公司已决定在上诉期届满后执行判决，并向股东说明情况。", "zh", False),  # the appeal's period: none to come
    ("交易所已决定于1月21日开市起暂停公司股票交易。", "zh", True),
    # the date from which a decision applies, and the step the writer marks as next
    ("受此影响，公司股票将于3月2日起被实施其他风险警示，股票简称变更为“ST远帆”。", "zh", True),
    ("市商务局宣布，将于下月初起分两批发放总额2亿元的家电消费券。", "zh", True),
    ("下一步，市妇联将在各区建立一支专职的家庭教育指导队伍。", "zh", True),
    ("公司自2015年起连续八年入选行业百强。", "zh", False),  # a look back, nothing to come
    ("该中心已于去年起步，目前运转良好。", "zh", False),  # 起步: a start made, not a date it applies from
    ("The company said it would appeal the ruling.", "en", True),
    ("The deal, approved by both boards, is expected to close in the second quarter of 2027.", "en", True),
    ("The deal closed on Monday.", "en", False),
    ("Marlin said it would ask the court to overturn the verdict.", "en", True),
    ("Tessel said it was disappointed and would consider an appeal to the tribunal.", "en", True),
    ("The company will move to set aside the jury's award and, if necessary, appeal.", "en", True),
    ("The judge set aside the verdict on Tuesday.", "en", False),  # the decision itself
    ("Velmara plans to submit a Biologics License Application to the FDA in the first half of 2027.", "en", True),
    ("The company expects to file for approval in Europe next year.", "en", True),
    ("The FDA approved the drug's application in March.", "en", False),  # the decision itself
    ("Sales are expected to rise 4% this year.", "en", False),
    ("The new hatchback is set to go on sale in Europe in early March.", "en", True),
    ("The headset will begin shipping in April.", "en", True),
    ("The phone went on sale in Japan last year.", "en", False),  # a past sale: background
])
def test_a_next_step(text: str, lang: str, expected: bool) -> None:
    assert states_next_step(text, lang) is expected


def test_a_next_step_ranks_above_background() -> None:
    assert news_value("公司股票将于12月12日开市起复牌。", "zh") > news_value("公司成立于2009年，总部位于杭州。", "zh")
    assert news_value("The company said it would appeal the ruling.", "en") > \
        news_value("The company was founded in 1998 in Leeds.", "en")


def test_the_appeal_is_shown_with_the_ruling() -> None:
    text = ("12月3日，北川市中级人民法院对东岭科技诉安远电子侵害商业秘密纠纷案作出一审判决，判令安远电子赔偿经济损失8600万元。\n"
            "法院同时判令被告立即停止使用涉案技术资料。\n"
            "据了解，2020年，东岭科技的四名工程师先后离职，随后加入成立不久的安远电子。\n"
            "东岭科技发现，安远电子半年后推出的一款传感器与自家产品高度相似，遂于2021年提起诉讼，索赔1.5亿元。\n"
            "法院审理查明，被告离职前曾向外发送技术文件共计1500余份。\n"
            "审判长在宣判后表示，本案体现了加大知识产权保护力度的司法导向。\n"
            "安远电子当日发布声明称，对判决结果不服，将在法定期限内提起上诉。\n"
            "业内人士指出，近年来传感器行业人才流动频繁，类似纠纷呈上升趋势。")
    shown = [s.text for s in analyze(text, title="东岭科技诉安远电子案一审宣判 获赔8600万元", max_sentences=3).sentences]
    assert any("8600万元" in line for line in shown)
    assert any("上诉" in line for line in shown)


def test_a_launch_shows_when_the_product_reaches_buyers() -> None:
    text = ("Harwell Motors has unveiled the fifth generation of its Corra compact sedan.\n"
            "Carmakers have been cutting sedans from their ranges as buyers switch to SUVs.\n"
            "In fact, Harwell still sees sedans as central to its line-up, citing their space and comfort.\n"
            "With a lower roofline, the new Corra gets a wider grille and slim LED headlights.\n"
            "Inside, the dashboard has been redesigned around a 12-inch touchscreen.\n"
            "The cabin is quieter, Harwell says, thanks to thicker glass and more insulation.\n"
            "Rear passengers get two extra centimetres of legroom.\n"
            "Safety features include automatic emergency braking and lane keeping as standard.\n"
            "A new 1.6-liter engine replaces the old 1.8-liter unit and uses 12% less fuel.\n"
            "Prices have not yet been announced.\n"
            "Harwell sold about 90,000 Corras in Europe last year.\n"
            "The new sedan is set to go on sale in Europe in early March.")
    shown = " ".join(s.text for s in analyze(text, max_sentences=3).sentences)
    assert "fifth generation" in shown
    assert "go on sale" in shown


def test_the_step_marked_next_is_shown() -> None:
    """A launch story whose closing line says what the organisers do next ("下一步，…将…"): the plain
    lines about the launch ceremony had taken all three places."""
    text = ("近日，“暖心驿站”新就业形态劳动者服务项目在东湖区正式启动。\n"
            "据了解，该项目将以快递员、外卖骑手、网约车司机为主要服务对象，在商圈、社区和交通枢纽设置服务站点，提供饮水、休息、充电等服务。\n"
            "启动仪式上，区总工会负责人介绍了项目的筹备情况，与会代表共同为首批站点揭牌。\n"
            "区总工会相关负责人介绍，“暖心驿站”是关爱新就业形态劳动者的重要一环，也是推动基层工会服务向外延伸的具体举措。\n"
            "来自各街道的工会干部和劳动者代表参加了启动仪式。\n"
            "下一步，区总工会将在全区建设一支专职的驿站服务队伍，共同为劳动者提供法律咨询和心理疏导服务；\n"
            "同时，还将根据使用情况逐步扩大站点覆盖范围。")
    shown = [s.text for s in analyze(text, max_sentences=3).sentences]
    assert any("下一步" in line for line in shown)
