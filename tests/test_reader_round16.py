"""What a reader saw of stories written for these tests (a statistics release, a developers' sales
ranking, a carmaker's recall, a retailer's holiday sales). Each wrong line is a class."""

from __future__ import annotations

from summarizer import analyze

PRICES = (
    "新华社北京12月9日电 国家统计局9日发布数据显示，11月份，全国居民消费价格指数同比上涨0.4%。\n\n"
    "国家统计局城市司首席统计师鲁静娴解读称，11月份消费市场总体平稳，食品价格仍低于上年同期。\n\n"
    "华泰证券首席经济学家明远表示：“PPI环比转正是一个积极信号。”他预计，明年一季度PPI同比降幅有望收窄。"
)


def test_a_name_jieba_cut_before_its_last_character_is_whole() -> None:
    # jieba: 鲁静/娴/解读/称. After a title, one character then a verb ends the name.
    speakers = {q.speaker for q in analyze(PRICES).quotes}
    assert "鲁静娴" in speakers
    assert "鲁静" not in speakers


def test_he_is_not_the_speaker_before_an_unrecognised_titled_speaker() -> None:
    # 明远 is no name to jieba, so his quote has no speaker; 他 is him, never 鲁静娴.
    quotes = analyze(PRICES).quotes
    assert not any("一季度" in q.text and q.speaker.startswith("鲁静") for q in quotes)
