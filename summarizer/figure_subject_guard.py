"""A last look at each key figure's subject and at numbers that are no figure, once all are found.

The subject rules upstream read one clause at a time. Read against the whole sentence, some of
their subjects say nothing or something wrong, and a wrong subject shown is worse than none:

- Chinese: a subject carried from an earlier clause over a clause that says something else
  ("救援队先后到场，家人反复排查监控，十万悬赏…发出已半个月": the reward is not the teams');
  a carried "subject" that is the place after 在 ("在溪流中穿行，走在前面十几米"); the comparison
  marker glued to a subject ("增速比上年的26.1%回落" -> 增速比); the comparator itself
  ("与上代产品相比提升81.8%" -> 上代产品相比); a bare 价值/金额 whose owner is the clause before
  ("出口集成电路2171亿块，价值846亿美元": the exports' value).
- English: a pronoun or quantifier ("one of which: $16.99", "all: 500 pounds", "best ones: 12");
  the tail of a coordination ("food and beverage retail sales" -> "Beverage retail sales"); a bare
  "people" that counts another clause's people ("46 people … but only 16 had come from …").
- No figure at all: an idiom (一成不变) and a person's age in front of the person ("8岁儿子"),
  which describes someone rather than stating a result. They are kept as kind "id", never ranked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.literal import literal_starts
from summarizer.model import Figure

_ZH_CLAUSE_SEP = re.compile(r"[，,；;]")
# Between a subject and a figure of it may stand clauses with a number, clauses that go on about the
# same subject ("同环比双升", "与追溯口径相比", "达到历史最高水平") and asides in brackets; a clause led by
# a noun of its own ("家人和警方反复排查监控", "管理和研发费用率均略有上升") is about something else.
_ZH_NUMBER = re.compile(r"[0-9０-９一二两三四五六七八九十百千万亿%％]")
_ZH_ASIDE = re.compile(r"（[^（）]*）|\([^()]*\)")
_ZH_CONNECTIVE = re.compile(r"^(?:由此|因此|从而|而且|而|但是|但|并且|并|且|同时)")
_ZH_CONNECTIVE_LEAD = re.compile(r"^\s*(?:此后|随后|之后|然后|后来|同时|而且|而|但是|但|并且|并|且|其后)?\s*")
_ZH_TOPIC_TAIL = re.compile(r"(.{2,}?)(?:方面|来看|而言|最多|最高|最快|最大|最低|最少|最慢)")
# "创历史新高", "再创新高", "位居行业首位": a predicate with the subject left out goes on about it.
_ZH_PREDICATE_LEAD = re.compile(r"(?:再|又|均|也|仍|已|连续|一举)?(?:创|刷新|达|位居|位列|居|保持|维持|超|突破|录得|实现|领先|排名)")
_ZH_LIST_AFTER_VERB = re.compile(r"(对应|为|是|达|占)、")
# "该公司营业收入占本公司营业收入不足 5%": how near the figure comes is the figure's, not the subject's.
_ZH_HEDGE_TAIL = re.compile(r"(?<=.{2})(?:不足|不到|超过|约为|达到|高达)$|(?<=[润入额量率值数价])(?:约|近|逾)$")
_ZH_NOUN_FLAGS = ("n", "vn", "l", "j", "r", "s", "t", "an")
_ZH_GOING_ON = frozenset(("其中", "其", "其余", "此外", "另外", "同比", "环比", "同环比"))
# A noun that is an amount of whatever the clause before counted ("4176亿块，价值3121亿美元").
_ZH_OWNED_AMOUNTS = frozenset(("价值", "金额", "总额", "货值"))
# The period or base a comparison marker points at ("增速比上年…", "客户数较年初…").
_ZH_BASE_AFTER = re.compile(r"(?:上年|去年|前年|上月|上季|同期|年初|年末|年底|上一|前一|此前|(?:19|20)?\d{2}年|\d{1,2}月"
                            r"|[一二三四五六七八九十]+月)")
_ZH_AGE_OF_PERSON = re.compile(r"(?:的)?(?:儿子|女儿|孩子|小孩|男孩|女孩|男童|女童|儿童|婴儿|幼儿|少年|少女|母亲|父亲|"
                               r"老人|老太太?|老汉|男子|女子|丈夫|妻子|学生)")
_ZH_IDIOM_AFTER = {"一成": re.compile(r"不变")}
# A clause glued to a subject: "培育钻石保持高景气", "五批救援队先后到场", "装机达约份额" say what
# happened, not what the figure after them measures. A record ("贸易逆差创下历史新高，达到…") is its owner's.
_ZH_GLUED_PREDICATE = re.compile(r"(?:创下|创出|达到|达约|突破|录得|保持|维持|先后|发布|迎来|抓住|实现(?![率额量]))")
_ZH_RECORD = re.compile(r"(.{2,}?)(?:连续)?创(?:下|出)?(?:了)?(?:历史|年内|上市以来|单月|同期)?(?:新高|新低|纪录|记录)")
# With no subject, a clause that is only a verb and the number ("达到2275亿美元") says nothing of what.
_ZH_BARE_AMOUNT = re.compile(r"(?:并|且|也|又|还|已|均|则)?(?:达到|达|为|约为|约|超过|超|突破|至|录得|实现|共计|合计|总计|报)?\s?")

_EN_PRONOUN_SUBJECT = re.compile(
    r"(?:one|ones|all|some|many|most|each|both|these|those|this|that|which|who|whom|it|its|they|them|"
    r"another|none|several|few|any|either|neither)(?:\s+(?:of\s+)?(?:these|those|which|them|us|it))?"
    r"|(?:\w+\s+)?ones",
    re.IGNORECASE,
)
_EN_RELATIVE_AMOUNT = re.compile(r"(?:which|who|that)\s+(?:\w+\s+){0,2}?\w+(?:\s+(?:to|at|of|about|around|nearly|almost|more\s+than|"
                                 r"less\s+than|over|under))*", re.IGNORECASE)
# A clause with a subject of its own before its figure: "the company hired", "the plant has added".
_EN_OWN_SUBJECT = re.compile(r"(?:(?:the|its|their|his|her|our)\s+|(?:and|but|while|whereas)\s+(?:the\s+|its\s+|their\s+)?"
                             r"(?!(?:it|they|he|she|we|which|who)\s))(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*\s+"
                             r"(?:has\s+|have\s+|had\s+)?(?:\w+ed|hired|cut|added|sold|built|bought|lost|won|paid|spent|made)\s+"
                             r"(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+)?")
_EN_SHARE_VERB_BEFORE = re.compile(r"\b(?:accounting\s+for|making\s+up|representing|comprising|contributing|for)\s+"
                                   r"(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|almost\s+|more\s+than\s+)?$")
_EN_COUNTED_PEOPLE = frozenset(("people", "persons", "members", "individuals", "others"))


def guard_subjects(figures: Sequence[Figure], sentences: Sequence[str], lang: str) -> list[Figure]:
    """`figures` with the subjects above dropped or set right, and the non-figures made ids."""
    guarded: list[Figure] = []
    for figure in figures:
        if figure.kind == "figure" and 0 <= figure.sentence_index < len(sentences):
            sentence = sentences[figure.sentence_index]
            if lang == "en":
                figure = _english(figure, sentence)
            else:
                figure = _chinese(figure, sentence, guarded)
        guarded.append(figure)
    return guarded


def _english(figure: Figure, sentence: str) -> Figure:
    figure = _english_subject(figure, sentence)
    at = figure.context.find(figure.text)
    # "which totaled $726 billion in 2017", "accounting for 15% of GDP": shown alone, such a clause names nothing.
    head = figure.context[:at].strip()
    if not figure.subject and 0 < at <= 40 and (_EN_RELATIVE_AMOUNT.fullmatch(head) or (
            figure.unit == "%" and _EN_SHARE_VERB_BEFORE.fullmatch(head + " "))):
        return replace(figure, kind="id", rank=None)
    return figure


def _english_subject(figure: Figure, sentence: str) -> Figure:
    subject = (figure.subject or "").strip()
    if not subject:
        return figure
    if _EN_PRONOUN_SUBJECT.fullmatch(subject):
        return replace(figure, subject=None)
    if (bare := re.match(r"(?:of\s+)?(?:them|those|these|whom|which)\s+(?=\S)", subject, re.IGNORECASE)):
        # "21 Christians — 20 of them Egyptian Copts": the pronoun is the count's whole, the rest what it counts.
        figure = replace(figure, subject=subject[bare.end():])
        subject = figure.subject or ""
    at = figure.context.find(figure.text)
    if at > 0 and subject.lower() not in figure.context.lower() and _EN_OWN_SUBJECT.fullmatch(figure.context[:at]) \
            and not re.search(r"(?:^|[.;:,(—–]\s*)" + re.escape(subject) + r"\s*,", sentence):
        # "Backed by federal loans, the company hired 1,150 workers" (but "Overseas, the film collected …": where)
        return replace(figure, subject=None)
    # "accounting for 15 percent of gross domestic product": the whole is not what the share measures.
    if at > 0 and figure.unit == "%" and _EN_SHARE_VERB_BEFORE.search(figure.context[:at]) and re.match(
            r"\s+of\s+(?:its\s+|their\s+|the\s+)?" + re.escape(subject.lower()) + r"\b",
            figure.context[at + len(figure.text):].lower()):
        return replace(figure, subject=None)
    lowered, text = subject.lower(), sentence.lower()
    found = list(literal_starts(lowered, text))
    # "U.S. food and beverage retail sales": "beverage retail sales" alone are not what was counted.
    if found and all(_coordinated_modifier(sentence, at) for at in found):
        return replace(figure, subject=None)
    # "46 people visited my profile … but only 16 had come from the picture": not "people: 16".
    if lowered.split()[0] in _EN_COUNTED_PEOPLE and not re.search(
            re.escape(figure.text.lower()) + r"\s+(?:[\w\-]+\s+){0,2}?" + re.escape(lowered.split()[0]),
            figure.context.lower()) and (lowered == lowered.split()[0] or lowered not in figure.context.lower()):
        return replace(figure, subject=None)
    return figure


def _coordinated_modifier(sentence: str, at: int) -> bool:
    """Whether the words at `at` follow "X and" inside one noun phrase ("food and beverage retail sales"),
    not a clause joined after another figure ("… to $7.9 billion and operating profit slumped 46%")."""
    before = sentence[:at]
    phrase = re.split(r"[,;:()—–]", before)[-1]
    return (sentence[at:at + 1].islower() and not re.search(r"\d", phrase)
            and re.search(r"\b[a-z][a-z\-]*\s+(?:and|or|&)\s+$", before) is not None)


def _chinese(figure: Figure, sentence: str, before: Sequence[Figure]) -> Figure:
    clause_at = sentence.find(figure.context) if figure.context else -1
    if clause_at < 0:
        return figure
    at = figure.context.find(figure.text)
    if at >= 0:
        after = sentence[clause_at + at + len(figure.text):]
        idiom = _ZH_IDIOM_AFTER.get(figure.text)
        if (idiom and idiom.match(after)) or (figure.unit == "岁" and _ZH_AGE_OF_PERSON.match(after)):
            return replace(figure, kind="id", rank=None)
    figure = _chinese_subject(figure, sentence, clause_at, before)
    if not figure.subject and at >= 0 and _ZH_BARE_AMOUNT.fullmatch(figure.context[:at]) \
            and not figure.context[at + len(figure.text):].strip():
        return replace(figure, kind="id", rank=None)
    return figure


def _chinese_subject(figure: Figure, sentence: str, clause_at: int, before: Sequence[Figure]) -> Figure:
    subject = (figure.subject or "").strip()
    if not subject:
        return figure
    # "目前股价对应2020年、2021年PE" with its years taken out: "对应、PE" lists nothing.
    tidy = _ZH_HEDGE_TAIL.sub("", _ZH_LIST_AFTER_VERB.sub(r"\1", subject))
    if tidy != subject:
        figure, subject = replace(figure, subject=tidy or None), tidy
        if not tidy:
            return figure
    # "销售费用率、管理费用率和财务费用率分别为11.75%（1.20pctYoY）、3.18%（0.56pctYoY）和-1.19%（-1.03pctYoY）": a list
    # whose values come each with a change in brackets was not handed out over them; run together, it names none
    # of its six figures (each line read as all three, "-1.19%" as their change). ("CPI中居住、交通通信价格分别
    #上涨0.2%、0.1%", one value an item, may keep the list.)
    if "、" in subject and re.search(r"分别[^，,。；;]*?\d[^，,。；;（(]*[（(][^（）()]*\d", figure.context or ""):
        return replace(figure, subject=None)
    # "建设90万吨PBS/PBAT新产能": PB (a valuation ratio) cut out of a longer name is not what was built.
    if re.fullmatch(r"[A-Za-z]+", subject) and re.search(re.escape(subject) + r"[A-Za-z]", figure.context) \
            and not re.search(re.escape(subject) + r"(?![A-Za-z])", figure.context):
        return replace(figure, subject=None)
    if subject in _ZH_OWNED_AMOUNTS and figure.context.startswith(subject):
        return _owned_amount(figure, sentence, clause_at, before)
    if (stem := _without_comparison(subject, sentence)) != subject:
        return replace(figure, subject=stem or None)
    if subject in figure.context or (subject[:2] in figure.context and subject[-2:] in figure.context):
        return figure  # its own clause's ("省内/省外营收分别为…" -> 省内营收)
    if record := _ZH_RECORD.fullmatch(subject):
        return replace(figure, subject=record.group(1))
    if _ZH_GLUED_PREDICATE.search(subject, 1):
        return replace(figure, subject=None)
    source = sentence.rfind(subject, 0, clause_at)
    if source < 0:
        return figure  # from another sentence or put together: nothing to check it against here
    opening = sentence[source - 2] if source >= 2 else ""
    if sentence[:source].endswith("在") and (source == 1 or opening in "，,；;。！？：:") \
            and not subject.endswith(tuple("中里上内下外间")):  # "在…销售统计中，近乎100%…": a scope
        return replace(figure, subject=None)  # "在溪流中穿行": a place, not who
    if topic := _ZH_TOPIC_TAIL.fullmatch(subject):  # "研发费用率方面，…", "华中、华南增速最快，分别为…"
        return replace(figure, subject=topic.group(1))
    # "家属和民警反复查看录像，五万元悬赏…": a whole clause of its own taken for a subject says what happened.
    clause_start = max(sentence.rfind(sep, 0, source) for sep in "，,；;：:。") + 1
    if len(subject) >= 6 and _ZH_CONNECTIVE_LEAD.sub("", sentence[clause_start:source]) == "" \
            and _ZH_CLAUSE_SEP.match(sentence[source + len(subject):clause_at].strip() or "，"):
        return replace(figure, subject=None)
    between = _ZH_CLAUSE_SEP.split(_ZH_ASIDE.sub("", sentence[source + len(subject):clause_at]))[1:]
    if any(subject[-2:] in clause and _ZH_NUMBER.search(clause) for clause in between):
        return figure  # "销售/管理/研发费用率分别为…": named again nearer, in a list it was dealt from
    if any(_another_subject(clause.strip(), subject) for clause in between):
        return replace(figure, subject=None)
    return figure


def _another_subject(clause: str, subject: str) -> bool:
    """Whether a clause without a number, between a subject and its figure, is led by a noun of its own."""
    clause = _ZH_CONNECTIVE.sub("", clause)
    if not clause or _ZH_NUMBER.search(clause) or subject in clause or _ZH_PREDICATE_LEAD.match(clause):
        return False
    from summarizer.postag import pos_tokenizer

    first = next(iter(pos_tokenizer().cut(clause)), None)
    return first is not None and first.word not in _ZH_GOING_ON and first.flag.startswith(_ZH_NOUN_FLAGS)


def _owned_amount(figure: Figure, sentence: str, clause_at: int, before: Sequence[Figure]) -> Figure:
    """"出口集成电路2171亿块，价值846亿美元": 出口集成电路价值; with no such clause before, no subject."""
    for previous in reversed(before):
        if previous.sentence_index != figure.sentence_index or not previous.subject or not previous.context:
            continue
        end = sentence.find(previous.context)
        if end < 0:
            break
        end += len(previous.context)
        if _ZH_CLAUSE_SEP.fullmatch(sentence[end:clause_at].strip()) and previous.subject not in _ZH_OWNED_AMOUNTS \
                and previous.subject in previous.context and previous.context.endswith(previous.text):
            # "…集成电路4176亿块，价值…": the clause before names what it counted, then its value
            return replace(figure, subject=previous.subject + figure.subject)
        break
    return replace(figure, subject=None)


def _without_comparison(subject: str, sentence: str) -> str:
    """"增速比" -> "增速" where the sentence goes on "增速比上年…"; "上代产品相比" -> "" (the comparator)."""
    # "公司11月的到访量比10月少了近三成": the periods blanked, the subject came out "…到访量比少了".
    subject = re.sub(r"(?<=.[比较])(?:少|多|高|低|增加|减少|下降|上升|增长|降低|提高)了?[近约超逾]?$", "", subject)
    found = re.fullmatch(r"(.+?)(相比|比|较)\1?", subject) or re.fullmatch(r"(.+?)(相比|比|较)", subject)
    if not found or found.group(1).endswith("占"):
        return subject  # "营收占比"
    stem, marker = found.group(1), found.group(2)
    at = sentence.find(stem + marker)
    if at < 0 and marker != "相比" and len(stem) >= 2 and (tail := sentence.find(stem[-2:] + marker)) >= 0:
        at = tail + 2 - len(stem)  # "公司11月的到访量比": a period inside the stem was left out of the subject
    if at < 0 and marker == "相比" and (spread := re.search(re.escape(stem) + r"[^，,。；;]{1,8}?相比", sentence)):
        at = spread.start()  # "与2021年春节7天相比": the days left out of the subject "春节相比"
    if at < 0:
        return subject
    if marker == "相比":
        # "续航与上一代机型相比提升35.5%" -> 续航; "与2021年春节7天相比增长21.7%": what it is compared with, not what grew.
        joined = max(stem.rfind(word) for word in "与同跟")
        if joined >= 0:
            return stem[:joined] if joined >= 2 else ""
        return "" if re.search(r"(?:与|和|同|跟)\S*$", sentence[max(0, at - 12):at + 1]) else stem
    if not _ZH_BASE_AFTER.match(sentence[at + len(stem) + len(marker):]):
        return subject  # "收现比", "权益比": a ratio's name, not a comparison
    return stem
