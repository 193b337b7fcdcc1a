"""What a figure measures: its subject, found in the clause before it (or after it).

Chinese subjects are cut at jieba word boundaries, so single-character predicate
words count only where jieba made them words of their own; English subjects
(noun phrases before the verb, or after "of") are in `summarizer.figure_subjects_en`.
Lists and words after a figure are in `summarizer.figure_lists`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.clauses import clause_of  # noqa: F401 (re-exported)
from summarizer.figure_counted_zh import counted_after, predicate_not_noun
from summarizer.figure_lexicon import (
    CHANGE_ZH, EN_ADVERBIAL_CLAUSE, EN_ATTRIBUTION_CLAUSE, EN_WHOLE_EVENT_CLAUSE, METRIC_END,
    ZH_ANALYST_VERBS,
    ZH_CHANGE_NOUNS,
    ZH_CLASSIFIERS,
    ZH_GENERIC_FOLLOWERS,
    ZH_LEADING,
    ZH_LEADING_CHARS,
    ZH_OBJECT_VERBS,
    ZH_PREDICATE,
    ZH_PREDICATE_CHARS,
    ZH_REPORTING_END,
    ZH_REPORTING_RE,
    ZH_TRIM,
    ZH_TOTAL_OF_VERB,
)
from summarizer.figure_numbers import NumberMatch
from summarizer.figure_price_moves import session_words_only, without_session, without_session_tail
from summarizer.figure_subject_clean import clean_subject, metric_subject, quoted_in_brackets  # noqa: F401 (re-exported)
from summarizer.figure_subjects_en import DATELINE_RE, en_clause_subject, en_subject, possessive
from summarizer.figure_subjects_en_np import en_bare_subject, en_clause_np, en_owner, en_possessed
from summarizer.figure_subjects_zh import (
    counted_members,
    in_name,
    object_after_each,
    ordinal_group,
    past_kind_modifier,
    titled_work,
    without_closing_aside,
    without_degree,
    zh_noun_before,
)
from summarizer.model import Figure


@dataclass(frozen=True, slots=True)
class Words:
    starts: dict[int, tuple[str, str]]  # offset -> (word, POS flag)

    @classmethod
    def build(cls, sentence: str, tokens: Sequence[tuple[str, str]]) -> Words:
        starts = {}
        cursor = 0
        for token in tokens:
            word = token[0]
            # Tokens are the sentence's characters in order, whitespace dropped.
            while cursor < len(sentence) and sentence[cursor].isspace():
                cursor += 1
            starts[cursor] = token  # the (word, flag) pair itself, not a copy
            cursor += len(word)
        return cls(starts)

    def is_single_word(self, offset: int) -> bool:
        word = self.starts.get(offset)
        return word is not None and len(word[0]) == 1

    def ending_at(self, end: int, start_limit: int) -> list[tuple[int, str, str]]:
        """Words that end at `end` and before it, nearest first, not before `start_limit`."""
        by_end = {start + len(word): (start, word, flag) for start, (word, flag) in self.starts.items()}
        result = []
        while end in by_end and by_end[end][0] >= start_limit:
            item = by_end[end]
            result.append(item)
            end = item[0]
        return result

    def following(self, offset: int, limit: int) -> list[tuple[str, str]]:
        """Up to `limit` words from `offset` on, in order (empty when no word starts there)."""
        result = []
        while offset in self.starts and len(result) < limit:
            word, flag = self.starts[offset]
            result.append((word, flag))
            offset += len(word)
        return result


def replace_figure(fig: Figure, **changes: object) -> Figure:
    from dataclasses import replace

    return replace(fig, **changes)


# ---------------------------------------------------------------- subject resolution


def subject_of(sentence: str, match: NumberMatch, clause_start: int, blanks: list[tuple[int, int, str]],
             words: Words, is_zh: bool, previous_end: int) -> str | None:
    start = max(clause_start, previous_end) if previous_end > clause_start else clause_start
    # "营收超五百亿的车企有7家": the number in the relative clause is part of the set's name.
    if is_zh and match.unit in ZH_CLASSIFIERS and (
            members := counted_members(_compact(sentence, clause_start, match.start, blanks)[0])):
        return members
    if is_zh:
        return _zh_subject(sentence, match, start, blanks, words)
    return en_subject(sentence, match, start, blanks)


def earlier_clause_subject(sentence: str, clause_start: int, blanks: list[tuple[int, int, str]],
                            words: Words, is_zh: bool) -> str | None:
    """The subject of the nearest earlier clause of the sentence that has one (a wire dateline is none)."""
    end = clause_start - 1 if is_zh or not (d := DATELINE_RE.match(sentence)) or clause_start > d.end() else 0
    if not is_zh and EN_WHOLE_EVENT_CLAUSE.match(sentence, clause_start):
        end = 0  # "…its plant in Reading, Pennsylvania, …, affecting about 420 workers": the closure's
    while end > 0:
        _, start = clause_of(sentence, end - 1, end - 1)
        if is_zh:
            chunk = without_closing_aside(sentence[start:end]).rstrip()  # "…214.6万片（折合8英寸标准逻辑）"
            # "考虑到集采影响，…", "受需求拉动，…": a clause of reason or condition names no subject.
            if _ZH_ADVERBIAL_CLAUSE.match(chunk.strip()):
                end = start - 1
                continue
            text, offsets = _compact(sentence, start, start + len(chunk), blanks)
            subject = None if ZH_REPORTING_END.search(chunk) else (counted_members(text) or _zh_cut(text, offsets, words))
            if subject and (at := text.find(subject)) >= 0:  # "比特币短线下挫，一度跌破…": the price
                subject = without_session_tail(subject, _word_flags(offsets[at:at + len(subject)], words), carried=True)
        else:
            chunk = sentence[start:end].strip()
            # ("Besides having more oomph, …": a clause of manner or time names no subject either.)
            if EN_ADVERBIAL_CLAUSE.match(chunk) or EN_ATTRIBUTION_CLAUSE.fullmatch(chunk) or (
                    chunk := en_clause_np(chunk, sentence[end:end + 24])) is None:
                end = start - 1  # "Sales, the company said, rose 4%": who said it; ", which it watches,": an aside
                continue
            subject = en_clause_subject(chunk) or en_bare_subject(chunk)
            owned = en_possessed(re.split(r"[\d$€£¥]", sentence[clause_start:clause_start + 80])[0]) if subject else None
            if subject and owned and not subject.lower().startswith(("it", "they", "the company")):
                # "Rival Keystone Micro, by contrast, said its revenue slipped 3%"
                subject = f"{possessive(en_owner(subject))} {owned}"
        if subject and re.fullmatch(r"[万亿千百]*(?:元|美元|港元|欧元|日元)?|扭亏(?:为盈)?|减亏|转亏|盈亏平衡", subject):
            # ("有望实现扭亏，今年前三季度亏损2亿元": turning a profit is an event, not what lost.)
            return None  # "EBITDA961亿元，同比增2.3%": with the code gone only the unit is left, which measures nothing
        if subject:
            return subject
        end = start - 1
    return None


_ZH_ADVERBIAL_CLAUSE = re.compile(r"(?:据[\u4e00-\u9fff]{1,3}$|据[\u4e00-\u9fff]{0,10}(?:统计|测算|估算|调查|监测)$|考虑到|考虑|鉴于|由于|因为|随着|受益于|得益于|受|基于|为了|尽管|虽然|如果|若)")


def _compact(sentence: str, start: int, end: int,
             blanks: list[tuple[int, int, str]]) -> tuple[str, list[int]]:
    """sentence[start:end] without blanked spans and spaces, with each kept character's offset."""
    hidden = set()
    for s, e, _ in blanks:
        hidden.update(range(max(s, start), min(e, end)))
    offsets = [i for i in range(start, end) if i not in hidden and not sentence[i].isspace()]
    return "".join(sentence[i] for i in offsets), offsets


def _zh_subject(sentence: str, match: NumberMatch, start: int,
                blanks: list[tuple[int, int, str]], words: Words) -> str | None:
    text, offsets = _compact(sentence, start, match.start, blanks)
    if money := _CURRENCY_END.search(text):  # "达新台币3,287.6亿元": the currency is the amount's, no subject
        text, offsets = text[:money.start()], offsets[:money.start()]
    # "连续加息十次": a count of times counts the action in front of it.
    if match.unit in ("次", "轮", "回") and offsets:
        before = words.ending_at(match.start, start)[:2]
        if before and before[0][2].startswith("v"):
            action = [w for _, w, f in reversed(before) if f.startswith(("v", "d", "ad"))]
            return "".join(action) if len("".join(action)) >= 2 else None
    # "按照15%缴纳所得税": the rate is of the noun after the verb that follows.
    if re.search(r"(?:按照|按|依照|依|以)$", text):
        after = words.following(match.end, 4)
        if after and after[0][1].startswith("v"):
            noun = "".join(w for w, f in after[1:3] if f[:1] in "nj")
            if len(noun) >= 2:
                return noun
    # "…高速增长助力公司税前利润增速在Q1/Q2分别达到…": the noun phrase right before 分别.
    each = text.find("分别")
    if each > 0 and (achieved := object_after_each(text[each + 2:])):
        return achieved  # "公司21和22Q1分别实现单票收入2.26元/2.61元": what is achieved, each time
    predicates = list(ZH_PREDICATE.finditer(text, 0, each)) if each > 0 else []
    if predicates:
        tail = text[predicates[-1].end():each].strip(ZH_TRIM).rstrip("在均都也还")
        if len(tail) >= 2:
            return tail
    elif each > 0:
        # "我们维持公司营业收入预测分别为…": what the analyst keeps or changes, not who does.
        head = re.split(ZH_ANALYST_VERBS, text[:each])[-1].strip(ZH_TRIM).rstrip("在均都也还")
        if len(head) >= 2 and not ZH_REPORTING_END.search(head):
            return head
    # A parenthesis opened just before the figure: "营收100亿元（同比+20%）".
    paren = max(text.rfind("（"), text.rfind("("))
    if paren >= 0 and ")" not in text[paren:] and "）" not in text[paren:]:
        if paren == len(text) - 1 and offsets:
            # "核心技术人才（777人）": the figure alone in brackets counts the noun before them.
            named = zh_noun_before(words, offsets[paren], start)
            if named:
                return named
        inner = (text[paren + 1:], offsets[paren + 1:])
        text, offsets = inner if _zh_cut(*inner, words) else ("", [])
    # "兖州20万吨特种纸项目": a noun right after the figure names what it measures, unless a predicate tied it already.
    # "3000亿元7天期逆回购操作": a tenor between the amount and its noun is part of the name.
    tenor = re.match(r"\d{1,3}(?:天|个月|年)期", sentence[match.end:match.end + 8])
    following = predicate_not_noun(_zh_following_noun(words, match.end, classifier=match.unit in ZH_CLASSIFIERS))
    following = past_kind_modifier(following, sentence[match.end:])  # "800多家不同类型的会员企业": the firms
    if counted := counted_after(text, sentence, match.end, match.unit, following, words.following):
        return counted
    after = words.following(match.end, 2)
    if titled := titled_work(text, following):
        return titled  # "《山海奇谭》以27.9亿元票房"
    if (not following and match.unit in ZH_CLASSIFIERS and re.search(r"[向对给]$", text) and len(after) == 2
            and after[1][1].startswith("n")):
        following = after[0][0] + after[1][0]  # "拟向128名激励对象授予": who receives, not "拟向"
    if tenor:
        instrument = re.match(r"[\u4e00-\u9fff]{2,6}?(?=[，,。；;（(]|$)", sentence[match.end + tenor.end():match.end + tenor.end() + 7])
        following = tenor.group() + instrument.group() if instrument else following
    if following and ((not ZH_PREDICATE.search(text) and not re.search(r"[为是达占]$", text))
                      or following.startswith(tuple(_ZH_STOCK_MOVES))):  # "全市场超过4200只个股下跌": 下跌个股
        return following
    # "摄入大约150克的蛋白质", "给予1个百分点的贴息补助", "当前0.6倍2022年市净率": a figure that
    # modifies a noun after a verb with no subject of its own measures that noun.
    # (Not after a figure joined to this one: "EPS0.55/0.69/0.79元的预测".)
    opens = not text.strip(ZH_TRIM) and start > 0 and sentence[start - 1] not in "，,；;。：:（( "
    modified = None if opens else _zh_modified_noun(sentence, words, match.end)
    if modified and not ZH_PREDICATE.search(text) and _verb_phrase(text, offsets, words):
        return modified
    if crossed_level(text):
        return None  # "跌破6万元/吨关口", "首次突破10亿元": the level crossed is the subject's before it, carried
    subject = _zh_cut(text, offsets, words)
    if subject and text.endswith(subject) and (group := ordinal_group(subject, sentence[match.end:], following)) is not None:
        return group or None  # "首届58名本科毕业生中": the graduates counted, not 首届
    if following and subject and following.endswith(METRIC_END) and not subject.endswith(METRIC_END) and (
            len(subject) <= 4 and not ZH_PREDICATE.search(text[text.find(subject) + len(subject):])):
        return following  # "预计公司19年10.4亿净利润": the company is whose, the noun after is what
    if subject or ZH_PREDICATE.search(text):
        return subject  # "跃升至238亿元": an elided subject is carried over, not guessed from what follows
    return following


_ZH_CROSSING_RE = re.compile(r"(?:并|且|而|但)?(?:首次|再次|再度|一举|已经?|又|重新|上次|此前|曾经?)?"
                             r"(?:跌破|跌穿|突破|升穿|站上|站稳|升破|涨破|失守|重回|逼近)了?")


def crossed_level(text: str) -> bool:
    """Does a clause's text before its figure only cross a level ("跌破", "并跌破了", "首次突破")?"""
    return _ZH_CROSSING_RE.fullmatch(text.strip(ZH_TRIM)) is not None


def _word_flags(offsets: list[int], words: Words) -> list[tuple[str, str]]:
    """jieba's (word, flag) pairs that start at the given offsets, in order."""
    return [words.starts[i] for i in offsets if i in words.starts]


def _verb_phrase(text: str, offsets: list[int], words: Words) -> bool:
    """No subject before the figure: nothing, or a clause that opens or ends with a verb
    ("给予家庭每人每年", "那么每天摄入大约")."""
    if not text.strip(ZH_TRIM):
        return True
    # "销售额超千亿元的房企": an approximation in front is no verb of the clause.
    bound = re.search(r"(?:超过|超|逾|近|约|达|大约|将近|接近)$", text)
    if bound:
        offsets = offsets[:bound.start()]
    tokens = _word_flags(offsets, words)
    flags = [(w, f) for w, f in tokens if not f.startswith(("d", "r", "c", "x", "t", "m"))]
    if not flags:
        return bool(tokens)  # "当前0.6倍2022年市净率": only a time word before the figure
    return (flags[0][1] in _VERB_FLAGS or flags[-1][1] in _VERB_FLAGS or flags[0][0] in _COMPARE_VERBS
            or flags[-1][0] in _COMPARE_VERBS)


_VERB_FLAGS = frozenset({"v", "vd", "vi", "vg"})
_ZH_YEAR_AFTER_RE = re.compile(r"\s?(?:(?:19|20)?\d{2}\s?(?:年度?|[EA]))")


def _zh_modified_noun(sentence: str, words: Words, end: int) -> str | None:
    """The noun a figure modifies through 的 or across a year: "150克的蛋白质", "0.6倍2022年市净率"."""
    after = sentence[end:end + 8]
    year = _ZH_YEAR_AFTER_RE.match(after)
    if after.startswith("的"):
        start = end + 1
    elif year:
        start = end + year.end()
    else:
        return None
    nouns: list[str] = []
    # After 的 a verb is read as a noun ("的贴息补助"); after a year it starts a predicate.
    for word, flag in words.following(start, 4):
        if (flag[:1] in "pcudrmxyefzt" or word in "和与及等或的" or not "\u4e00" <= word[0] <= "\u9fff"
                or (flag in _VERB_FLAGS and (not after.startswith("的") or len(word) == 1 or ZH_PREDICATE.match(word)))):
            break  # "超千亿元的房企有6家": 有 is the predicate
        nouns.append(word)
    noun = "".join(nouns)
    if noun in ZH_GENERIC_FOLLOWERS or noun in _PLAN_NOUNS or len(noun) < 2 or ZH_PREDICATE.match(noun):
        return None
    return noun


# "100亿元的目标", "0.79元的预测": a plan or a forecast says what kind of number it is, not what it measures.
_PLAN_NOUNS = frozenset("预测 预期 目标 计划 规划 估计 预估 承诺 要求 标准 门槛".split())


_ZH_STOCK_MOVES = frozenset("涨停 跌停 上涨 下跌 收涨 收跌 翻红 翻绿 飘红 创新高 创新低".split())


def _zh_following_noun(words: Words, end: int, classifier: bool = False) -> str | None:
    """Nouns directly after a figure ("…万吨高档箱板纸和…" -> "高档箱板纸")."""
    nouns: list[str] = []
    following = words.following(end, 4)
    for position, (word, flag) in enumerate(following):
        if (nouns and flag in ("v", "vn") and word in ("相关", "有关", "配套", "专用")
                and following[position + 1:position + 2] and following[position + 1][1].startswith("n")):
            nouns.append(word)  # "影院相关企业": a verb inside a noun phrase
            continue
        if nouns and flag in ("v", "vn") and len(word) > 1 and all(f[:1] in "ab" for _, f in following[:position]) and (
                not following[position + 1:] or not "\u4e00" <= following[position + 1][0][:1] <= "\u9fff"):
            nouns.append(word)  # "20条具体举措": jieba's verb after an adjective is the noun it qualifies
            break
        if (flag[:1] in "vpcudrmxyefzt" or (flag[:1] == "q" and not nouns) or word in "和与及等或的"
                or not "\u4e00" <= word[0] <= "\u9fff"):
            break
        nouns.append(word)
        if len(nouns) == 3:
            break
    noun = "".join(nouns)
    if noun in ZH_GENERIC_FOLLOWERS:
        return None
    moved = following[len(nouns)][0] if classifier and nouns and len(following) > len(nouns) else ""
    if moved in _ZH_STOCK_MOVES:
        return moved + noun  # "约60只个股涨停": 涨停个股, the stocks that hit the limit, not all stocks
    if len(noun) == 1 and classifier:
        return noun  # "15个州"
    return noun if len(noun) >= 2 and not ZH_PREDICATE.match(noun) else None


def _zh_cut(text: str, offsets: list[int], words: Words) -> str | None:
    """The noun phrase a Chinese clause prefix starts with, cut where the predicate begins.

    `offsets` maps each character of `text` back to the sentence, so single-character
    predicate words (为, 则, 在…) count only where jieba made them a word of their own.
    """
    # "较历史高点下跌近九成", "比上年同期少1200亿元": what follows 较/比 is the base of the comparison, not what
    # changed (carried over from the clause before); a number right after the base is the base's ("比…增幅30.9%高出").
    # 较高/较低 is "rather high" unless a 点/位 makes it the base: "较高点下跌38%" falls from the high.
    compared = re.match(r"相比|相较于?|较|比", text) if text else None
    if compared and (compared.group() != "较" or not re.match(r"较(?:大|高|好|为|多|少|低|快|慢|强|弱|小|长|短)(?![点位峰谷])", text)) \
            and (compared.group() != "比" or words.is_single_word(offsets[0]) or re.match(r"比(?:上|去|前|同|此)", text)):
        changed = [m for m in CHANGE_ZH.finditer(text, compared.end()) if m.group() not in ZH_CHANGE_NOUNS]
        if ZH_PREDICATE.search(text) or changed or re.search(r"[多少高低]", text[compared.end():]):
            return None
        text, offsets = text[compared.end():], offsets[compared.end():]
    while text:
        lead = ZH_LEADING.match(text)
        if lead and lead.end():
            text, offsets = text[lead.end():], offsets[lead.end():]
        elif text[0] in ZH_LEADING_CHARS and words.is_single_word(offsets[0]):
            text, offsets = text[1:], offsets[1:]  # 在/从/据 as words, not "在岸人民币"
        else:
            break
    if not text:
        return None
    # "我们将盈利预测下调8%": 将 moves the object in front of its verb.
    if text[0] == "将" and re.search(r"上调|下调|调整|提升|提高|降低", text[1:]):
        obj = _zh_cut(text[1:], offsets[1:], words)
        if obj:
            return obj
    # "ING预测人民币将达到6.54": what is forecast, not who forecasts ("盈利预测下调8%", "GDP增速预期中值": nouns).
    said = [m for m in ZH_REPORTING_RE.finditer(text) if not ZH_PREDICATE.match(text, m.end())
            and not re.match(r"中值|值|均值|中枢|目标|区间|范围|差|收益|达|为|将|可望|有望|会", text[m.end():])]
    if said and len(text) - said[-1].end() >= 2:
        # "晶阳能源预计全年归母净利润亏损…": a company forecasting its own result owns it (one of several).
        owner = text[:said[-1].start()] if said[-1].group() in ("预计", *_PLANNING) else ""
        keep = len(owner) if _ZH_NAMED_OWNER_RE.fullmatch(owner) else 0
        rest = said[-1].end() + int(said[-1].group() in _PLANNING)  # "计划到2028年…": 到 heads the date
        text, offsets = text[:keep] + text[rest:], offsets[:keep] + offsets[rest:]
    # 把/将 move the object in front of the verb: "把照片放大一百多倍" (but 将 is also "will").
    ba = re.search(r"[把将](?=[\u4e00-\u9fff])", text)
    if ba and ba.start() > 0:
        obj = _zh_cut(text[ba.end():], offsets[ba.end():], words)
        if obj:
            return obj
    for verb in ZH_OBJECT_VERBS:
        pos = text.find(verb)
        if verb == "拥有" and text[pos + 2:pos + 3] in ("人", "者") or verb in _BUILT and re.match(r"后|前|以来|时", text[pos + len(verb):]):
            continue  # "公司拥有人应占溢利": the owners, a noun; "项目建成后…": when, not what was built
        if pos >= 0 and len(text) - pos - len(verb) >= 2:
            obj = _zh_cut(text[pos + len(verb):], offsets[pos + len(verb):], words)
            owner = re.sub(r"[（(][^（()）]*[)）]", "", text[:pos]).strip(ZH_TRIM)  # "DICT（政企信息化解决方案）业务"
            owner = re.sub(r"(?<=..)(?:已经|已|累计|共|合计)+$", "", owner)  # "全国已建成…", "公司累计建成…"
            if obj and _ZH_NAMED_OWNER_RE.fullmatch(owner) and not obj.startswith(owner):
                return owner + obj  # "中瀚地产11月实现签约销售金额256.1亿元": whose amount it is
            if obj:
                return obj
    # "X的比例为9%": everything before a final copula is the subject.
    copula = re.search(r"(?:为|是|达|达到|约为|高达|仅为|只有)$", text)
    if copula and "的" in text[:copula.start()] and not ZH_PREDICATE.search(text[:copula.start()]):
        subject = text[:copula.start()].strip(ZH_TRIM)
        if len(subject) >= 2:
            return subject
    cut = len(text)
    m = ZH_PREDICATE.search(text)
    if m:
        cut = m.start()
        # "海外收入占比提升至35%": the share is what is measured, not the revenue.
        if m.group() == "占比" and m.start() >= 2:
            cut = m.end()
    for i in range(1, cut):
        if text[i] in ZH_PREDICATE_CHARS and words.is_single_word(offsets[i]) and not in_name(text, i) and not (
                text[i] == "共" and ZH_TOTAL_OF_VERB.match(text, i + 1)):  # "星河汽车共交付新车": 共 only adds up
            cut = i
            break
    subject = text[:cut].strip(ZH_TRIM)
    subject = re.sub(r"\|+", "", re.sub(r"/{2,}", "/", subject)).strip("/")  # "A/B" kept: see figure_lists
    subject = re.sub(r"(?<=..)(?:基本|目前|常年|连续|持续|继续|一直|长期|总体|整体|大致|仍将|将会|将|仍|会|有望|可以|可|能|已|均)*(?:保持|维持|稳定|控制)$", "", subject)  # "年产量将保持在…": the verb's
    subject = re.sub(r"(?:[则也都还又仍已将不未]|(?<!平)均|(?<![主重需只想纲摘概])要)$", "", subject)  # 平均, 主要 are words
    subject = re.sub(r"(?<=[率额入润量价值数费本益比])(?:将会|应会|可能会|会|将|可能)?(?:(?<=会)$|(?:因|受|随着?|由于)[^，,]{1,20}$)",
                     "", subject)  # "毛利率会维持在五成以上", "毛利率会因原材料涨价下滑至30%": the cause is no part of it
    subject = without_degree(subject, text[cut:])
    # "工业增加值比上月增长0.46%", "降幅比上月扩大": the base of the comparison is no part of what changed;
    # nor is 比 left before a change once the base's period is taken out ("居民消费价格比上年同期上涨").
    subject = re.sub(r"(?<=..)(?:比|较)(?:上月|上季度?|上半年|上周|年初|上年末|上一交易日)末?$", "", subject)
    if subject[-1:] in "比较" and subject[-2:-1] not in "占相对之环同" and CHANGE_ZH.match(text, cut):
        subject = subject[:-1]
    if len(subject) < 2 or subject in ("其", "这", "该", "此", "我们", "他们", "公司的"):
        return None
    if re.match(r"(?:因|由于)(?![素子果])", subject):
        return None  # "毛利率将因原材料涨价下滑至30%" read after 将: a cause names nothing measured
    at = text.find(subject)
    if _names_nothing(subject, offsets[at:at + len(subject)] if at >= 0 else [], words):
        return None
    if at >= 0:
        subject = without_session_tail(subject, _word_flags(offsets[at:at + len(subject)], words), carried=False)
    if without_session(subject) in ZH_CHANGE_NOUNS:
        return without_session(subject)  # "日内跌幅达7.3%": the move of the price carried over
    return subject


_CURRENCY_END = re.compile(r"(?:新台币|新台幣|人民币|人民幣|美元|港币|港幣|港元|日元|日圓|欧元|歐元|英镑|英鎊)$")
_PLANNING = ("计划", "力争", "争取")  # ZH_REPORTING_RE's planning verbs, read only before 到 and a date
_BUILT = frozenset(("建成投运", "建成", "投运", "开通"))
# A company by its own name, or a region, before 实现/完成…: "中瀚地产", "东部地区" (not "公司", "我们").
_ZH_NAMED_OWNER_RE = re.compile(r"[\u4e00-\u9fff]{2,6}(?:集团|地产|置业|控股|汽车|银行|证券|保险|科技|电子|医药|股份|能源"
                                r"|新材|材料|硅业|光电|电气|生物|药业|制药|化工|矿业|物流|航空|食品|乳业|酒业|传媒|通信|智能|电池|锂业|光伏)"
                                r"|[\u4e00-\u9fff]{1,6}(?:地区|自治区|省|市|区域)|全(?:国|省|市|区|行业|社会)"
                                r"|(?:其中)?[\u4e00-\u9fffA-Za-z]{1,8}(?:业务|板块|分部|事业部|产品|市场)")


# Verbs of comparison or change that jieba keeps as one word ("高出41.81个百分点").
_COMPARE_VERBS = frozenset("高出 低出 超出 多出 少出 对应 相当于 相当 加长 缩短 锐减 骤降 猛增 激增".split())


def _names_nothing(subject: str, offsets: list[int], words: Words) -> bool:
    """"原为0.81元", "逐年提升至30.8%", "比…高出41.81个百分点": a copula, an adverb or a bare
    verb is no subject; the figure's subject is then carried over from before."""
    if re.fullmatch(r"[\u4e00-\u9fff](?:为|是)|亏损|亏", subject):
        return True  # "上年同期亏损9.85亿元": the loss is the direction; what lost is carried over
    if re.fullmatch(r"(?:折合|约合|合)(?:人民币|美元|港元|港币|欧元)?约?", subject):
        return True  # "合同金额约5.8亿美元，折合人民币约42亿元": the same amount, converted
    tokens = _word_flags(offsets, words)
    if not tokens or sum(len(w) for w, _ in tokens) != len(subject):
        return False
    if session_words_only(tokens):
        return True  # "一度跌破9万美元", "最低下探至": when and how far, the price is carried over
    rest = [(w, f) for w, f in tokens if not (f.startswith("d") or f == "ad")]
    return not rest or (len(rest) == 1 and (rest[0][0] in _COMPARE_VERBS or (
        bool(CHANGE_ZH.fullmatch(rest[0][0])) and rest[0][1] in _VERB_FLAGS)))
