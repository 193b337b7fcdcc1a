"""/ask: a when-question that names a year as part of what it asks about ("…召开2024年年报监管工作会") is answered
by the other date of the sentence. Before, "于2025年1月22日召开“…2024年年报监管工作会”" was highlighted at 2024年.
The text is made up."""

from __future__ import annotations

from tests.ask_helpers import analyzed, ask

MEETING = analyzed("meeting", "",
                   "南江证监局落实证监会关于上市公司2024年年报监管工作的部署，督促辖区上市公司重视年报披露工作，"
                   "于2025年1月22日召开“辖区上市公司2024年年报监管工作会”。下一步，南江证监局将严格落实统一部署。")


def test_the_year_asked_about_is_not_the_date_asked() -> None:
    found = ask("南江证监局哪天召开辖区上市公司2024年年报监管工作会？", MEETING)
    assert not found.abstained and found.sentences[0].highlighted == "2025年1月22日"
