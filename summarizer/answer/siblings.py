"""Another member of the asked one's family, named where the asked one is not: "麒麟980芯片" for 麒麟990, "同集团的
台光电子" for 台光精密. Its number is not the asked one's. Kept apart from `constraints` so each stays small."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.answer.metrics import metric_spans
from summarizer.answer.names import entity_in

if TYPE_CHECKING:
    from summarizer.answer.requirements import Constraints
    from summarizer.answer.context import Context

__all__ = ["other_opening_name", "sibling_before"]


def sibling_before(constraints: Constraints, ctx: Context, at: int) -> bool:
    """"麒麟980芯片…装下69亿个晶体管" for 麒麟990: the same series with another number, in a sentence that does
    not write the asked model (the series alone, 麒麟, is an alias of it and does not name it)."""
    clause = ctx.sentence[max(0, max(ctx.sentence.rfind(c, 0, at) for c in "。；;")):at]
    for entity in (e for e in constraints.entities if e.subject and e.text not in ctx.sentence):
        for series, number in re.findall(r"^([\u4e00-\u9fff]{2,})(\d{2,4})$", entity.text):
            if any(m.group(1) != number for m in re.finditer(rf"{series}(\d{{2,4}})", clause)):
                return True
        # "同集团的台光电子10月营收为41.2亿元" for 台光精密: the same first two characters, another company.
        if re.fullmatch(r"[\u4e00-\u9fff]{4,8}", entity.text) and not any(
                s in ctx.sentence for s in entity.spellings() if len(s) >= 4):  # (a short form 台光 is also in 台光电子)
            starts = {start for start, _, _ in metric_spans(clause)}
            for m in re.finditer(re.escape(entity.text[:2]) + r"([\u4e00-\u9fff]{2})", clause):
                if m.start(1) not in starts and _FAMILY_WORD.match(m.group(1)) and m.group(1) != entity.text[2:4]:
                    return True
    return False


# The second half of a company's name that makes it another member of a group ("台光电子" beside 台光精密); anything
# else after the first two characters (a quarter, a verb, 集团, 股份) may still be the company itself.
_FAMILY_WORD = re.compile(r"电子|科技|精密|光电|电气|电器|材料|新材|化工|化学|能源|汽车|银行|证券|保险|医药|生物|制药|通信|网络"
                          r"|软件|电力|智能|机械|重工|钢铁|水泥|食品|地产|置业|物流|航空|传媒|文化|信息|技术|数码|光学|电池"
                          r"|半导|微电|国际|实业|环保|矿业|纺织|家电|电机|建设|建材|农业|乳业|酒业|航运|港口|租赁|资本|基金|信托")


def other_opening_name(constraints: Constraints, ctx: Context) -> bool:
    """An English sentence that opens with another name ("Kentucky Democrats beat … in a state Trump won by 30 points")
    is about that name: the question's other entity (Virginia, in "How much did Trump win Virginia by?"), named only in
    the sentences before, does not own its number."""
    if re.search(r"[\u3400-\u9fff]", ctx.sentence):
        return False
    others = [e for e in constraints.entities if not e.subject]
    if not others or any(entity_in(e, ctx.sentence) for e in others):
        return False
    opening = next(((start, end, name) for start, end, name in ctx.claimers()
                    if re.fullmatch(r"(?:(?:and|but|meanwhile|also|still|yet|so)\b[\s,]*)?", ctx.sentence[:start])), None)
    if opening is None or " " not in opening[2]:  # a single capitalised opening word may be no name at all
        return False
    return not any(entity_in(e, opening[2]) for e in constraints.entities)
