"""Key-sentence classes found in the tenth real-text round (fresh10); sentences written for the test."""

from __future__ import annotations

from summarizer import analyze
from summarizer.roles import news_value


def _shown(text: str, count: int = 3) -> list[str]:
    return [s.text for s in analyze(text, max_sentences=count).sentences]


BIRTHS = "2023年，全省出生人口41.2万人，人口出生率为6.35‰；"
DEATHS = "死亡人口47.8万人，人口死亡率为7.37‰；"


def test_the_years_births_are_a_result_like_its_deaths() -> None:
    assert news_value(BIRTHS, "zh") == news_value(DEATHS, "zh") > 2.0
    # a birth without its figure is none
    assert news_value("出生人口的变化受多方面因素影响。", "zh") == 1.0


def test_a_population_flash_shows_its_births_beside_the_change() -> None:
    text = ("统计公报显示，2023年全省常住人口减少6.6万人。" + BIRTHS + DEATHS + "人口自然增长率为-1.02‰。"
            "从人口自然增长率来看，全省人口已连续两年负增长。"
            "省人口学会副会长表示，2023年全省人口减少6.6万人，老龄化程度进一步加深，未来几年人口或将继续减少。"
            "“育龄妇女人数下降是出生人口减少的主要原因。”他说。")
    assert any("出生人口41.2万人" in s for s in _shown(text))
