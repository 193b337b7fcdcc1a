"""From a question to folded content terms and a kind (`parse_question`); pure.

Names come from the alias table (Baidu/百度…), general business words in English
are mapped to Chinese (revenue → 营收/收入), numbers are kept, and the rest is cut
by jieba, all folded to simplified Chinese. The question's constraints (the
entity, period and metric it states) are read by `constraints.parse_constraints`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from summarizer.answer.constraints import parse_constraints
from summarizer.answer.durations import asks_age
from summarizer.answer.en_words import what_measure
from summarizer.answer.forms import strip_noise
from summarizer.answer.lead_investor import LEAD_WORDS, asks_lead, lead_term
from summarizer.answer.metric_terms import eps_term
from summarizer.answer.metrics import METRIC_OF, METRICS, metric_spans
from summarizer.answer.results import Question, Term
from summarizer.answer.text import EN_WORD as _EN_WORD
from summarizer.answer.text import (
    _aliases,
    _contains_name,
    _jieba,
    _mask,
    _stem,
    fold,
    pos_cut,
)

# ---------------------------------------------------------------------------
# Questions

_ZH_STOP = frozenset(
    """的 地 得 了 着 过 吗 呢 吧 啊 呀 么 是 为 在 有 和 与 及 或 对 把 被 给 于 以 从 到 向 将 就 都 也 还 又 而
    多少 几 几个 几家 几年 什么 啥 哪 哪些 哪个 哪家 哪里 哪儿 哪年 哪一年 谁 如何 怎么 怎样 怎么样 为什么 为何 是否 能否 可否
    可以 请问 请 一下 这 那 这个 那个 这些 那些 其 该 个 些 吗 何时 什么时候 时候 多 多大 多高 多长 多久 多远 情况 方面 关于
    说 说了 表示 认为 称 讲 提到 谈到 看法 观点 评价 怎么看 如何看待 目前 现在 我 你 他 她 它 我们 你们 他们 告诉 知道 家 位
    具体 大约 大概 左右 约 分别 一共 总共 共 到底 究竟 呢 之 其中 中 上 下 内 里 时 后 前 达到 达 为了 公司 这家 那家 文章 报道 新闻
    变化 变动 增减""".split()
)
_EN_STOP = frozenset(
    """a an the of to in on at by for from with about as into over under and or but if than then so
    is are was were be been being do does did done has have had having will would shall should can could may might must
    what which who whom whose when where why how much many big large fast long far
    this that these those it its it's they them their there here he she his her we our you your i me my
    say says said tell told according article news report reported reports please any some all
    also just only very more most less least up down out not no yes there's what's who's
    doing going trending performing looking units number numbers""".split()
)

_NUMBER_ZH = re.compile(r"多少|几[个家年月天次倍成点名位亿万千百十]?|百分之几|多大|多高|多长|多久|比例|占比|增速|幅度|规模")
_NUMBER_ZH_STRICT = re.compile(r"多少|几|百分之几|多大|多高|多长|多重")
_NUMBER_EN = re.compile(
    r"\bhow (much|many|big|large|fast|long|high)\b|\bwhat (percentage|percent|share|proportion)\b"
    r"|\bby how much\b|\bwhat (was|is|were|are)\b"
    r"|\bwhat (?:did|does|do) .+ (?:return|earn|gain|yield)\b",  # "What did Kepler's credit fund return?": a figure
    re.I,
)
# "What is the U.S. unemployment rate?" asks a figure: a sentence with no number in it does not answer it. So does
# "What is the average teacher salary in Indiana?" (an amount), which a study's "lowest salary increases since 2002"
# (a year only) does not answer.
_NUMBER_EN_STRICT = re.compile(r"\bhow (much|many|long|old)\b|\bwhat ages?\b|\bat what age\b|\bwhat (percentage|percent)\b|\bby how much\b|\bwhat price\b"
                               r"|\bwhat (?:is|was|are|were)\b[^?]{0,40}?\b(?:rate|ratio|yield|salary|salaries|wages?|pay"
                               r"|price|cost|budget|revenue|sales|profit|income|worth|fee|fees)s?\b", re.I)
_QUOTE_ZH = re.compile(r"说了?什么|表示了?什么|怎么说|如何评价|怎么看|如何看待|看法|观点|认为|谈到|提到")
_QUOTE_EN = re.compile(r"\bwhat did .+ (say|think)\b|\bsay about\b|\bsaid about\b|\bview on\b|\bopinion\b", re.I)
_WHICH_ONE = re.compile(r"\bwhich (?:company|companies|firm|firms|brand|brands|carmaker|automaker|maker|bank|banks)\b"
                        r"|哪(?:一)?家(?:公司|企业|车企|银行|品牌|券商|厂商)?|哪(?:一)?个(?:公司|品牌|企业)")
_WHO = re.compile(r"谁|哪位|\bwho\b", re.I)
_WHEN = re.compile(r"何时|什么时候|哪一?年|哪一?天|哪个月|\bwhen\b|\bwhat year\b|\bwhich year\b", re.I)
# Measure words a count is asked by ("多少架飞机").
_MEASURE_WORDS = "个家座台辆架艘名位幅块宗条款只头张部套户间所项笔批"
# Words that ask for a role or title: the answer holds the title, not these words.
_ROLE_CUE = re.compile(r"职位|职务|头衔|身份|\b(position|title|role|job)\b", re.I)

_NUM_TOKEN = re.compile(r"(?<![a-z0-9.])\d+(?:[.,]\d+)*\s*%?(?![a-z0-9])")
_DATE_AFTER = re.compile(r"\s*(年|月|日|号|季度)")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")


# "How much did Northgate make?" asks its profit, as "腾讯赚了多少钱" does, and so does the question
# with a period after it ("… make in the third quarter?", "… make last year?"). Anything else after
# "make" names what was made: "in revenue", "in fees", "per share", "on the sale" ask another figure.
_PERIOD_AFTER = (r"(?:in|during|for|over)\s+(?:the\s+)?(?:(?:first|second|third|fourth|last|latest|past|most recent|"
                 r"fiscal|full|whole|same|june|september|december|march)\b|(?:q[1-4]|[1-4]q|h[12]|fy)\w*\b|"
                 r"(?:19|20)\d\d\b|(?:quarter|year|half|period)\b)[^?]*|(?:last|this)\s+\w+")
_MAKE_MONEY = re.compile(rf"\bhow much (?:money )?(did|does|do|will) (.+?) (?:make|earn)\b(?=\s*(?:{_PERIOD_AFTER})?\s*\??\s*$)",
                         re.IGNORECASE)


# "How much money/cash" before a deed that moves money: the deed already asks a sum, and "money" is no word the
# answer's sentence writes ("raised $1.15 billion in its IPO").
# A bond's short name in a question, and the name stories write (a question is read as the full name, so its words
# are the stories' words): 中票 中期票据, 短融 短期融资券, 超短融 超短期融资券.
_SHORT_FORMS = {"中票": "中期票据", "超短融": "超短期融资券", "短融": "短期融资券"}
_SHORT_FORM = re.compile("|".join(sorted(_SHORT_FORMS, key=len, reverse=True)))
_MONEY_MOVED = re.compile(r"\b(how much) (?:money|cash) (?=(?:did|does|do|will|would|has|have|had)\b[^?]*?\b(?:rais|pa(?:y|id)|spen[dt]"
                          r"|invest|borrow|earn|cost|fetch|lend|lent|charg|owe))", re.IGNORECASE)


def parse_question(question: str) -> Question:
    """Turn a question into folded content terms and a kind; pure and deterministic."""
    raw = _MAKE_MONEY.sub(r"how much net income \1 \2 report", strip_noise(question.strip()))
    raw = _MONEY_MOVED.sub(r"\1 ", raw)  # "How much money did X raise in its IPO?" asks what "How much did X raise" does
    raw = _SHORT_FORM.sub(lambda m: _SHORT_FORMS[m.group()], raw)  # "中票" is how a reader says what stories write 中期票据
    folded = fold(raw)
    cjk = len(_CJK_RUN.findall(folded))
    lang = "zh" if cjk else "en"

    strict_number = bool(_NUMBER_ZH_STRICT.search(folded) or _NUMBER_EN_STRICT.search(raw) or what_measure(raw))
    if _QUOTE_ZH.search(folded) or _QUOTE_EN.search(raw):
        kind = "quote"
    elif strict_number or _NUMBER_ZH.search(folded) or _NUMBER_EN.search(raw):
        kind = "number"
    elif _ROLE_CUE.search(folded):
        kind = "role"
    elif _WHO.search(folded):
        kind = "who"
    elif _WHEN.search(folded):
        kind = "when"
    elif asks_lead(raw):
        kind = "who"  # "领投方是哪家", "Which firm led the round?"
    elif cjk and (spans := metric_spans(folded)) and spans[-1][1] == len(folded.rstrip("?？。. ")):
        kind = "number"  # "远航汽车11月交付量", "腾讯第三季度营收": a metric named last, alone, asks its number
    else:
        kind = "fact"

    aliases = _aliases()
    terms: list[Term] = []
    seen: set[str] = set()

    def add(term: Term) -> None:
        if term.text and term.text not in seen:
            seen.add(term.text)
            terms.append(term)

    # The words that told us the kind are cues, not content; cutting them out first
    # also keeps jieba from gluing them to a name ("张明说了什么" -> 张/明说).
    rest = _QUOTE_ZH.sub(" ", folded)
    rest = re.sub(r"说|表示|谈|讲|称", " ", rest) if kind == "quote" else rest
    # A duration asked is checked on the number ("为期150天"); "这次" points at the story, it is no word of it.
    rest = re.sub(r"多长时间|多長時間|多久|这次|此次|本次", " ", rest)
    rest = _NUMBER_ZH_STRICT.sub(" ", _WHO.sub(" ", _WHEN.sub(" ", _ROLE_CUE.sub(" ", rest))))
    # "Which company ranked first?", "哪家公司排名第一": the kind of answer asked is a cue, not a word to find.
    rest = _WHICH_ONE.sub(" ", rest)
    capitalized = {
        w.lower() for w in re.findall(r"(?<![.?!]\s)(?<!^)\b[A-Z][A-Za-z0-9+&]*", raw)
    }

    # 1. Names from the alias table, longest first, masked out of the rest.
    for name in aliases.names_longest_first:
        if _contains_name(rest, name):
            group = aliases.entity_groups[name]
            add(Term(name, group, entity=True))
            rest = _mask(rest, name)

    # 2. Domain words jieba tends to split; EPS in any spelling is one word, and so is a round's lead.
    if kind == "who" and asks_lead(raw):
        add(lead_term())
        # "领投方是谁": the noun asks the lead too, and is no name (the verb stays: cut out, 谁领投了星岚 would glue 了星岚).
        rest = re.sub(r"领投方|领投机构|牵头方", " ", LEAD_WORDS.sub(" ", rest))
    eps, rest = eps_term(rest)
    if eps is not None:
        add(eps)
    for word in aliases.vocabulary_longest_first:
        if word in rest and not _inside_measure(word, rest):
            add(Term(word, tuple(dict.fromkeys((word, *aliases.synonyms.get(word, ())))),
                     modifier=_is_modifier(_word_flag(word), word)))
            rest = rest.replace(word, " ")

    # 3. Numbers ("14%", "2024", "3.5").
    for match in _NUM_TOKEN.finditer(rest):
        value = match.group().replace(" ", "")
        is_date = bool(_DATE_AFTER.match(rest, match.end()) or re.fullmatch(r"(19|20)\d\d", value))
        add(Term(value, (value,), number=True, weight=0.5 if is_date else 1.0))
    rest = _NUM_TOKEN.sub(" ", rest)

    # 4. English words and phrases: glossary first (longest phrase), then the word itself.
    words = _EN_WORD.findall(rest)
    i = 0
    while i < len(words):
        matched = False
        for n in range(min(aliases.max_phrase_words, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + n])
            if phrase in aliases.terms:
                period = _PERIOD_SPELLINGS.get(phrase, ())  # "Q3": a period, checked on its own, never the focus
                add(Term(phrase, tuple(dict.fromkeys((phrase, *aliases.terms[phrase], *period))), modifier=bool(period)))
                i += n
                matched = True
                break
        if matched:
            continue
        word = words[i]
        i += 1
        if word in _EN_STOP or len(word) < 2:
            continue
        stem = _stem(word)
        # ("the RBA's inflation forecast", "Corvane's sales": the name without its possessive.)
        written = word.removesuffix("'s").removesuffix("’s").removesuffix("'")
        is_acronym = bool(re.fullmatch(r"[a-z]{2,6}\d*", written)) and written.upper() in question
        # "5G", "A13", "Q4": letters and digits read the same in every language.
        neutral = is_acronym or bool(re.search(r"\d", word))
        # A period code (H1, Q3, FY24, 3Q) is capitalised but names no one: the period is checked on its own.
        period_code = re.fullmatch(r"[qh][1-4]|fy\d{2,4}|[1-4]q\d{0,4}|[12]h\d{0,4}", word) is not None
        spelled = re.fullmatch(r"(?:first|second|third|fourth)-(?:quarter|half)|full-year", word) is not None
        if period_code or spelled:  # checked as a period; here only its other spellings help find the sentence
            # (never the focus: "McClatchy's Q3 sales", "third-quarter revenue" ask the sales, the revenue)
            add(Term(stem, (stem, *_PERIOD_SPELLINGS.get(word, (word.replace("-", " "),))), weight=0.5, modifier=True))
            continue
        # The word as written goes along: the index holds "corvane", never the stem "corvan".
        add(Term(stem, tuple(dict.fromkeys((stem, written))), entity=is_acronym or written in capitalized,
                 english_only=not neutral))

    # 5. Chinese words (jieba), with part-of-speech to spot names.
    jieba = _jieba()
    for run in _CJK_RUN.findall(rest):
        for pair in pos_cut(run):
            word, flag = pair.word, pair.flag
            if word in _ZH_STOP or len(word) < 2 and flag not in ("nr", "ns", "nt", "nz"):
                continue
            if _NUMBER_ZH.fullmatch(word):
                continue
            alternatives = (word, *aliases.synonyms.get(word, ()))
            if re.search(rf"(?:多少|几){re.escape(word)}", folded) and word[0] in _MEASURE_WORDS and len(word) >= 3 \
                    and not re.match(r"头部|项目|所得|部门|部分|条件|位置", word):
                # "多少架飞机": jieba keeps the measure word with the noun; "机队规模达到386架" writes only the
                # measure word, and the number after it is checked (answer/classifiers.py).
                word, alternatives = word[1:], (word[1:], word[0])
            parts = ()
            if len(word) >= 3:
                parts = tuple(
                    dict.fromkeys(p for p in jieba.cut_for_search(word) if p != word and len(p) >= 2)
                )
            entity = flag.startswith("nr") or flag in ("nt", "ns")
            add(Term(word, tuple(dict.fromkeys(alternatives)), entity=entity, parts=parts,
                     modifier=_is_modifier(flag, word)))
    constraints = parse_constraints(raw)
    terms = [_with_metric_spellings(t) for t in terms]
    if constraints.change:
        # "grow", "year on year": the change and its basis are checked on the number itself
        # ("up 8.3% from a year earlier"), so their words weigh little in the coverage.
        terms = [replace(t, weight=t.weight * 0.3, modifier=True) if _CHANGE_WORD.fullmatch(t.text) else t
                 for t in terms]
    # "the new quarterly dividend": what it was raised to, whether or not the sentence says "new".
    terms = [replace(t, weight=t.weight * 0.3) if t.text in _EN_MODIFIERS else t for t in terms]
    if asks_age(raw):
        # "Heather Morgan多大年纪", "今年几岁": how old is asked by these words, and "31岁的Heather Morgan" answers
        # with none of them (as "old" weighs little in English).
        # Nor is "old" what the question is about ("How old was Lena Ortiz when she retired?" asks about her).
        terms = [replace(t, weight=t.weight * 0.3, alternatives=(*t.alternatives, "岁"), modifier=True)
                 if t.text in _AGE_WORDS else replace(t, modifier=True) if t.text == "old" else t for t in terms]
    terms = _mark_focus(terms, folded)
    return Question(raw, lang, kind, tuple(terms), strict_number=strict_number and kind == "number",
                    constraints=constraints)


_CUE = re.compile(r"是多少|多少|几|是什么|什么|哪|谁|如何|怎么|是否|吗|\bhow (?:many|much)\b|\bwhat\b|\bwhich\b|\bwho\b|\bwhen\b")
_CUE_BEFORE = re.compile(r"\bhow (?:many|much)\b")
# "多少个州起诉了苹果": the thing counted is the counter word after 多少, not a content word.
_CUE_FIRST = re.compile(r"^(?:多少|几)")


def _mark_focus(terms: list[Term], folded: str) -> list[Term]:
    """Mark the question's focus: the word next to the question word.

    "腾讯的净利润是多少" asks about 净利润 (the word before 是多少); "how many
    employees…" about employees (the word after). Without a question word, the last
    word is the focus. Names and numbers are never the focus: the names are checked
    on their own.
    """
    candidates = [
        (folded.find(t.text), i) for i, t in enumerate(terms)
        if not t.entity and not t.number and not t.modifier and t.text in folded
    ]
    if not candidates:
        return terms
    candidates.sort()
    if _CUE_FIRST.match(folded):
        return terms
    cue = _CUE_BEFORE.search(folded) or _CUE.search(folded)
    terms = list(terms)
    if cue is not None:
        placed = [(folded.find(t.text), i) for i, t in enumerate(terms) if not t.number and t.text in folded]
        before = sorted(p for p in placed if p[0] < cue.start())
        if before:
            terms[before[-1][1]] = replace(terms[before[-1][1]], anchor=True)
    chosen = None
    # "星河科技有多少员工", "有几家门店": the noun right after 多少/几 (a measure word between) is asked.
    counted = [c for c in candidates if cue is not None and cue.group() in ("多少", "几")
               and c[0] >= cue.end() and re.fullmatch(r"[个名家辆台位只条项款座所架艘部人次]?", folded[cue.end():c[0]])]
    if counted:
        chosen = counted[0]
    elif cue is not None and _CUE_BEFORE.fullmatch(cue.group()):
        after = [c for c in candidates if c[0] >= cue.end()]
        chosen = after[0] if after else None
    elif cue is not None:
        before = [c for c in candidates if c[0] < cue.start()]
        after = [c for c in candidates if c[0] >= cue.end()]
        chosen = before[-1] if before else (after[0] if after else None)
    if chosen is None:
        chosen = candidates[-1]
    index = chosen[1]
    terms[index] = replace(terms[index], focus=True)
    return terms


def _with_metric_spellings(term: Term) -> Term:
    """A metric word matches every spelling of its metric ("sales" finds "revenue",
    营业收入 finds 营收), in both languages."""
    group = METRIC_OF.get(term.text) or next((METRIC_OF[a] for a in term.alternatives if a in METRIC_OF), None)
    if group is None:
        return term
    return replace(term, alternatives=tuple(dict.fromkeys((*term.alternatives, *METRICS[group]))))


def _is_modifier(flag: str, word: str = "") -> bool:
    """Verbs, adjectives, adverbs, measure words, comparisons (同比/环比): never the focus."""
    return word in _COMPARISONS or word in _EN_MODIFIERS or (
        flag[:1] in ("a", "d", "v", "m", "q", "r", "p", "c", "u") and flag != "vn")


# English adjectives of time a question puts before what it asks ("Orion's new CEO"): never the focus.
# Measures a domain word would leave one character of ("目标价" cut as 目标 + 价 gave the term "价是").
_ONE_MORE = tuple(sorted({s for spellings in METRICS.values() for s in spellings
                          if re.fullmatch(r"[\u4e00-\u9fff]{3,}", s)}, key=len, reverse=True))


def _inside_measure(word: str, rest: str) -> bool:
    """Is `word` the whole of a measure's spelling but one character, where the rest writes that measure?"""
    return any(len(spelling) == len(word) + 1 and word in spelling and spelling in rest for spelling in _ONE_MORE)


_AGE_WORDS = frozenset("年纪 年龄 岁数 今年 多大".split())
_EN_MODIFIERS = frozenset("new old current former latest previous next last first recent incoming outgoing interim".split())


# Comparisons and forecast words qualify what is asked ("净利润预测是多少" asks for 净利润).
_CHANGE_WORD = re.compile(r"grow|grew|growth|ris|rose|fall|fell|increas|decreas|declin|drop|jump|climb|gain|chang|add"
                          r"|year (?:on|over) year|quarter (?:on|over) quarter|month (?:on|over) month|sequential(?:ly)?"
                          r"|yoy|qoq|y/y|q/q|同比|环比|比去年|较去年|跟去年比|比上年|较上年|按年|年增|月增|季增|按月|按季")
_PERIOD_SPELLINGS = {
    "q1": ("first quarter", "first-quarter", "一季度"), "q2": ("second quarter", "second-quarter", "二季度"),
    "q3": ("third quarter", "third-quarter", "三季度"), "q4": ("fourth quarter", "fourth-quarter", "四季度"),
    "h1": ("first half", "first-half", "six months", "上半年"), "h2": ("second half", "second-half", "下半年"),
}
_COMPARISONS = frozenset("同比 环比 比去年同期 比去年 较去年 跟去年比 比上年 较上年 按年 年增 月增 季增 按月 按季 年同比 季环比 "
                         "预测 预计 预期 指引 展望".split())


@lru_cache(maxsize=4096)
def _word_flag(word: str) -> str:
    _jieba()
    pairs = list(pos_cut(word))
    return pairs[0].flag if len(pairs) == 1 else "n"

