"""/ask: what kind of number answers. The texts are made up.

- "What is the average teacher salary in Dorland?" asks an amount: a sentence whose only number is a year ("the
  lowest teacher salary increases since 2004") does not answer it, nor does a percentage ("a 7% funding increase
  was needed to boost average teacher pay"). Both were given as answers before.
- "How many Club members does Norvane have?" counts members: "$14.99 a pound" is no count (it was the answer).
- "2030年全球EDA市场规模" is not "全球AI市场规模": a Latin name in the measure's qualifier is part of it.
"""

from __future__ import annotations

from tests.ask_helpers import analyzed, ask, first

RALLY = analyzed("rally", "Teachers rally at the Dorland capitol",
                 "Several thousand teachers rallied at the Dorland capitol on Tuesday to call for better pay.\n\n"
                 "The state superintendent has cited a study showing Dorland as the state with the lowest teacher "
                 "salary increases since 2004.\n\n"
                 "Advocacy groups estimated that a 7% funding increase was needed to boost average teacher pay to the "
                 "midpoint of neighboring states.\n\n"
                 "The union said more than 12,000 people registered for the rally.")

GROCER = analyzed("grocer", "Norvane's grocery push",
                  "Norvane bought Fresh Lane in 2019 for $9.2 billion, its largest acquisition.\n\n"
                  "Then came Club, Norvane's $99-a-year shipping and membership program.\n\n"
                  "Fresh Lane stores are covered with signs pointing out Club member benefits, one of which was cod "
                  "fillets priced at $14.99 a pound.")

MARKET = analyzed("eda", "",
                  "到2030年，全球AI市场规模将达到7.1万亿美元，约是现阶段的两倍以上。"
                  "截至2025年，国内EDA市场规模已达88.5亿元，到2030年，国产EDA行业市场规模有望超过120亿元。")


def test_a_salary_is_no_year_and_no_percentage() -> None:
    assert ask("What is the average teacher salary in Dorland?", RALLY).abstained
    assert "12,000" in first(ask("How many people registered for the rally?", RALLY))


def test_a_count_of_members_is_no_price() -> None:
    found = ask("How many Club members does Norvane have?", GROCER)
    assert found.abstained, found.sentences[0].highlighted


def test_another_markets_size_does_not_answer() -> None:
    assert ask("2030年全球EDA市场规模是多少？", MARKET).abstained
    assert ask("2030年全球AI市场规模是多少？", MARKET).sentences[0].highlighted == "7.1万亿美元"
