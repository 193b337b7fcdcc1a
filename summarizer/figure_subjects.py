"""What a figure measures: its subject, found in the clause before it (or after it).

Chinese subjects are cut at jieba word boundaries, so single-character predicate
words count only where jieba made them words of their own; English subjects are
noun phrases before the verb, or after "of". Lists and words after a figure are in
`summarizer.figure_lists`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.figure_lexicon import (
    APPROX_BEFORE_EN,
    CHANGE_ZH,
    EN_BASIS_RE,
    EN_CHANGE_NOUNS,
    EN_LEADING,
    EN_OBJECT_VERBS,
    EN_PRONOUN_SUBJECTS,
    EN_REPORTING,
    EN_STOP_NP,
    EN_VERBS,
    PERIOD_RE,
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
)
from summarizer.figure_numbers import NumberMatch
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


def clean_subject(subject: str | None) -> str | None:
    """What is left of a subject once codes and templates are gone: no "卓胜微()", no "{AddTime}"."""
    if not subject:
        return subject
    cleaned = re.sub(r"\{[A-Za-z_]\w*\}|[(（\[【]\s*(?:截至|截止)?\s*[)）\]】]|(?<![A-Za-z])/|/(?![A-Za-z])", "", subject)
    cleaned = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:首次|首度|再次|一举|成功)$", "", cleaned)  # "云业务收入首次突破…"
    cleaned = re.sub(r"^单(?=[营收净毛归利])", "", cleaned)  # "单三季度营收" with the quarter taken out
    cleaned = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:亏损|亏)$", "", cleaned)  # the loss is the direction
    # The approximation or bound is no subject ("回购金额不低于").
    cleaned = re.sub(r"(?:多达|高达|不超过|不高于|不多于|不少于|不低于|超过|将近|接近|大约|约为)$", "", cleaned)
    # "深证成指跌2.01%", "以太坊报3350美元", "三星以5770万部", "公司净亏损…", "银河通用宣布完成…":
    # a verb or particle left at the end belongs to the predicate, not to what is measured.
    cleaned = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:宣布|跌|涨|以|净|(?<![日晚早周月年快简情公研画海电汇季财通预学])报)$",
                     "", cleaned)
    # "京华集团以营收1.35万亿元蝉联榜首": 以 brings in what the figure measures; whose it is comes first.
    cleaned = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?<![所可予难得加用足借赖据])以(?![上下来及后前外内便免致为至东南西北])"
                     r"(?=[\u4e00-\u9fffA-Za-z]{2})", "", cleaned)
    # "营收为8920亿元" (jieba reads 营/收为): the copula before the figure is no part of the subject.
    # (华为, 有为 are names; "归母净利润应为", "电价暂为": the adverb goes with the copula.)
    cleaned = re.sub(r"(?<=[\u4e00-\u9fffA-Za-z0-9]{2})(?<![作成因认称行视更较最极列分华有])(?:应|暂|均|仍|则|亦|也|将)?为$",
                     "", cleaned)
    cleaned = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?<!自)(?:由|从)$", "", cleaned)  # "毛利率由15.2%降至…": the start
    cleaned = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:周|星期)[一二三四五六日天]$", "", cleaned)  # "比特币价格周三": a day, not the thing
    cleaned = cleaned.strip(" \t,，、:：;；-")
    return cleaned if len(cleaned) >= 2 else None


def clause_of(sentence: str, start: int, end: int) -> tuple[str, int]:
    """The clause around a span, and where it starts; parentheses do not end a clause."""
    left = start
    while left > 0 and not _is_break(sentence, left - 1):
        left -= 1
    right = end
    while right < len(sentence) and not _is_break(sentence, right):
        right += 1
    return sentence[left:right].strip(), left


def _is_break(sentence: str, i: int) -> bool:
    ch = sentence[i]
    if ch == "，" and sentence[i - 1:i].isdigit() and re.match(r"\d{3}(?!\d)", sentence[i + 1:i + 5]):
        return False  # "2，826亿元": a thousands separator
    if ch in "，；;。！？!?\n“”\"「」":
        return True
    if ch in ",.":  # "1,200" and "3.5" are not clause breaks; "U.S." is not either
        before = sentence[i - 1] if i else ""
        after = sentence[i + 1] if i + 1 < len(sentence) else ""
        if ch == ".":
            return after in (" ", "") and not before.isupper() and not before.isdigit()
        return not (before.isdigit() and after.isdigit())
    if ch in "：:":
        return not (sentence[i - 1:i].isdigit() and sentence[i + 1:i + 2].isdigit())
    return False


# ---------------------------------------------------------------- subject resolution


def subject_of(sentence: str, match: NumberMatch, clause_start: int, blanks: list[tuple[int, int, str]],
             words: Words, is_zh: bool, previous_end: int) -> str | None:
    start = max(clause_start, previous_end) if previous_end > clause_start else clause_start
    if is_zh:
        return _zh_subject(sentence, match, start, blanks, words)
    return _en_subject(sentence, match, start, blanks)


def earlier_clause_subject(sentence: str, clause_start: int, blanks: list[tuple[int, int, str]],
                            words: Words, is_zh: bool) -> str | None:
    """The subject of the nearest earlier clause of the sentence that has one."""
    end = clause_start - 1
    while end > 0:
        _, start = clause_of(sentence, end - 1, end - 1)
        if is_zh:
            chunk = sentence[start:end].rstrip()
            # "考虑到集采影响，…", "受需求拉动，…": a clause of reason or condition names no subject.
            if _ZH_ADVERBIAL_CLAUSE.match(chunk.strip()):
                end = start - 1
                continue
            subject = None if ZH_REPORTING_END.search(chunk) else _zh_cut(
                *_compact(sentence, start, end, blanks), words)
        else:
            subject = _en_clause_subject(sentence[start:end])
        if subject:
            return subject
        end = start - 1
    return None


_ZH_ADVERBIAL_CLAUSE = re.compile(r"(?:考虑到|考虑|鉴于|由于|因为|随着|受益于|得益于|受|基于|为了|尽管|虽然|如果|若)")


def _blank_spans(text: str, offset: int, spans: list[tuple[int, int, str]]) -> str:
    chars = list(text)
    for s, e, _ in spans:
        for i in range(max(s, offset), min(e, offset + len(text))):
            chars[i - offset] = " "
    return "".join(chars)


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
            named = _zh_noun_before(words, offsets[paren], start)
            if named:
                return named
        inner = (text[paren + 1:], offsets[paren + 1:])
        text, offsets = inner if _zh_cut(*inner, words) else ("", [])
    # "兖州20万吨特种纸项目": a noun right after the figure names what it measures,
    # unless a predicate in front already tied the figure to its subject.
    following = _zh_following_noun(words, match.end, classifier=match.unit in ZH_CLASSIFIERS)
    if following and not ZH_PREDICATE.search(text) and not re.search(r"[为是达占]$", text):
        return following
    subject = _zh_cut(text, offsets, words)
    if subject or ZH_PREDICATE.search(text):
        return subject  # "跃升至238亿元": an elided subject is carried over, not guessed from what follows
    return following


def _zh_noun_before(words: Words, end: int, start: int) -> str | None:
    """The noun phrase (up to three words) that ends at `end`: "管理骨干", "首次授予"."""
    kept: list[str] = []
    for _, word, flag in words.ending_at(end, start)[:3]:
        if not "\u4e00" <= word[0] <= "\u9fff" or flag[:1] in "pcudryefzxq" or (
                len(word) == 1 and word in ZH_PREDICATE_CHARS):
            break
        kept.insert(0, word)
    noun = "".join(kept)
    return noun if len(noun) >= 2 and not ZH_PREDICATE.match(noun) else None


def _zh_following_noun(words: Words, end: int, classifier: bool = False) -> str | None:
    """Nouns directly after a figure ("…万吨高档箱板纸和…" -> "高档箱板纸")."""
    nouns = []
    for word, flag in words.following(end, 4):
        if (flag[:1] in "vpcudrmxyefzt" or (flag[:1] == "q" and not nouns) or word in "和与及等或的"
                or not "\u4e00" <= word[0] <= "\u9fff"):
            break
        nouns.append(word)
        if len(nouns) == 3:
            break
    noun = "".join(nouns)
    if noun in ZH_GENERIC_FOLLOWERS:
        return None
    if len(noun) == 1 and classifier:
        return noun  # "15个州"
    return noun if len(noun) >= 2 and not ZH_PREDICATE.match(noun) else None


def _zh_cut(text: str, offsets: list[int], words: Words) -> str | None:
    """The noun phrase a Chinese clause prefix starts with, cut where the predicate begins.

    `offsets` maps each character of `text` back to the sentence, so single-character
    predicate words (为, 则, 在…) count only where jieba made them a word of their own.
    """
    # "较历史高点下跌近九成", "比上年同期少1200亿元": what follows 较/比 is the base of the
    # comparison, not what changed (that is carried over from the clause before).
    # A number right after the base is the base's own value ("比全球营收增幅30.9%高出…").
    compared = re.match(r"相比|相较于?|较|比", text) if text else None
    if compared and (compared.group() != "较" or not re.match(r"较(?:大|高|好|为|多|少|低|快|慢|强|弱|小|长|短)", text)) \
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
    # "ING预测人民币将达到6.54": what is forecast, not who forecasts.
    # ("盈利预测下调8%": a forecast that is adjusted is the subject, not a reporting verb.)
    said = [m for m in ZH_REPORTING_RE.finditer(text) if not ZH_PREDICATE.match(text, m.end())]
    if said and len(text) - said[-1].end() >= 2:
        text, offsets = text[said[-1].end():], offsets[said[-1].end():]
    # 把/将 move the object in front of the verb: "把照片放大一百多倍" (but 将 is also "will").
    ba = re.search(r"[把将](?=[\u4e00-\u9fff])", text)
    if ba and ba.start() > 0:
        obj = _zh_cut(text[ba.end():], offsets[ba.end():], words)
        if obj:
            return obj
    for verb in ZH_OBJECT_VERBS:
        pos = text.find(verb)
        if pos >= 0 and len(text) - pos - len(verb) >= 2:
            obj = _zh_cut(text[pos + len(verb):], offsets[pos + len(verb):], words)
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
        if text[i] in ZH_PREDICATE_CHARS and words.is_single_word(offsets[i]):
            cut = i
            break
    subject = text[:cut].strip(ZH_TRIM)
    subject = re.sub(r"[/|]+", "", subject)
    subject = re.sub(r"[则也都均还又仍已将不未]$", "", subject)
    if len(subject) < 2 or subject in ("其", "这", "该", "此", "我们", "他们", "公司的"):
        return None
    return subject


def _en_subject(sentence: str, match: NumberMatch, start: int,
                periods: list[tuple[int, int, str]]) -> str | None:
    after = sentence[match.end:]
    # "36% of imports from China", "$2 billion in cash reserves": the thing measured follows.
    of_m = re.match(r"\s+(?:of|in|for|toward|towards)\s+((?:the\s)?[A-Za-z][\w’'.\-]*(?:\s[\w’'\-]+){0,5})", after)
    if of_m and not PERIOD_RE.match(of_m.group(0).strip()) and not PERIOD_RE.match(of_m.group(1)) and not re.match(
            r"(?:the\s)?(?:\d|past|next|last|first|second|third|fourth|previous|same|year|month|week|quarter|time|total|all"
            r"|cash|stock|shares|equity|debt|trading|extended|early|late|premarket|after-hours|afternoon|morning"
            r"|January|February|March|April|May|June|July|August|September|October|November|December"
            r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
            of_m.group(1)):
        np = _en_np(of_m.group(1), phrase=True)
        if np:
            return np
    # "300 school districts closed", "a 9% funding increase": what the number counts follows it.
    # "2.0-liter, naturally-aspirated four-cylinder engine": a compound adjective may be
    # followed by more adjectives after a comma; "$6.99-a-month service": a rate.
    if "-" in sentence[match.start:match.end] and after.startswith(", "):
        after = after[1:]
    after = re.sub(r"^-(?:a|an|per)-\w+", "", after)
    # "$72.39 a barrel", "$100 million a day", "$2 per share": a rate names its unit, not what is measured.
    after = re.sub(r"^\s+(?:a|an|per|each)\s+[a-z]+\b(?!\s+(?:ago|earlier|before|later))", "", after)
    determined = bool(re.search(r"\b(?:a|an|the)\s+$", sentence[:match.start]))
    # "fewer than the 175,000 economists had expected": who expected it is not what is counted.
    expected = re.match(r"\s+(?:[\w\-]+\s+){1,2}(?:had\s+|have\s+|has\s+)?(?:expected|forecast|predicted|estimated"
                        r"|projected|anticipated)\b", after)
    if not after.startswith((",", ".", ";", ":")) and not expected:
        np = _en_np(re.sub(r"^\s*dollars?\b", "", after).strip(), nominal=determined)
        if np and not PERIOD_RE.match(np) and not EN_BASIS_RE.match(np) and not re.match(
                r"(?:previous|prior|last|next|this|same|year|month|week|quarter)\b", np, re.IGNORECASE):
            return np
    prefix = _blank_spans(sentence[start:match.start], start, periods)
    prefix = re.sub(r"[(（]\s*$", "", prefix).strip()
    # The prefix was stripped: give the approximation pattern its trailing space back ("of up to").
    prefix = re.sub(APPROX_BEFORE_EN.pattern, "", prefix + " ", flags=re.IGNORECASE).strip()
    prefix = re.sub(r"\b(?:a|an|the)$", "", prefix).strip()
    obj = EN_OBJECT_VERBS.search(prefix)
    if obj:
        return _en_np(obj.group(1)) or obj.group(1)
    # "Google Cloud revenue of $9.19 billion", "a margin of 20 points".
    of_m = re.search(r"((?:[\w’'\-]+\s){0,3}[\w’'\-]+)\s+of$", prefix)
    if of_m and of_m.group(1).split()[-1].lower() not in EN_STOP_NP | {"tune", "total", "sum", "amount"}:
        # "posted a net loss of": the noun phrase in front of "of", without the verb and article.
        # Descriptive adjectives ("a still substantial margin of") are not part of the name.
        kept: list[str] = []
        for word in reversed(of_m.group(1).split()):
            lowered = word.lower()
            # "Norvik Systems forecast revenue growth of": a verb of forecasting in front of
            # the noun phrase belongs to whoever forecasts (it is a noun only at the end).
            if lowered == "per" and kept:
                kept.insert(0, word)  # "earnings per share of $2.10"
                continue
            if lowered in EN_STOP_NP or lowered in EN_VERBS or (kept and lowered in _EN_FORECAST_VERBS) or (
                    kept and word.islower() and lowered.endswith(("al", "ous", "ive", "ful", "able", "ly"))):
                break
            kept.insert(0, word)
        if kept:
            return " ".join(kept)
    # "a state Trump won by 30 points".
    won = re.search(r"([A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*)?)\s+(?:won|lost|led|trailed|leads|wins)\s+by$", prefix)
    if won:
        return won.group(1)
    return _en_clause_subject(prefix)


_EN_FORECAST_VERBS = EN_REPORTING | frozenset(
    "forecast forecasts predicted predicts projects sees saw guided guides targets targeted reported reports".split())
_EN_CHANGE_OBJECT_VERBS = frozenset(
    "lowered lowers raised raises cut cuts increased increases reduced reduces boosted boosts lifted lifts "
    "trimmed trims expanded expands narrowed narrows widened widens".split())


def _en_clause_subject(prefix: str) -> str | None:
    """The noun phrase before the first verb of an English clause (after a last "that")."""
    if re.search(r"\b(?:that|because|if|when|as)\s", prefix):
        prefix = re.split(r"\b(?:that|because|if|when|as)\s", prefix)[-1]
    prefix = EN_LEADING.sub("", prefix.strip())
    prefix = re.sub(r"^(?:with|which|who|where)\s+", "", prefix, flags=re.IGNORECASE)
    subject_words: list[str] = []
    words = prefix.split()
    for position, word in enumerate(words):
        following = words[position + 1].lower() if position + 1 < len(words) else ""
        if word.lower() in ("cost", "costs") and subject_words and not re.match(
                r"[$€£¥\d]|about|around|nearly|more|less|over|up|an?$|the$", following):
            subject_words.append(word)  # "Unit costs excluding fuel fell": a noun, not the verb
            continue
        if (subject_words and word.lower() in _EN_CHANGE_OBJECT_VERBS and word.lower() not in EN_VERBS
                and following in ("its", "their", "his", "her", "our")):
            # "Dunmore cut its annual profit forecast to $1.10": "cut" is no noun before "its".
            return _en_np(" ".join(words[position + 2:]))
        if word.lower().strip(",.;:’'\"") in EN_VERBS:
            following = words[position + 1].lower() if position + 1 < len(words) else ""
            if word.lower() in EN_REPORTING and following in EN_VERBS:
                return None  # "which Nissan claims is a 20% improvement": the subject is elided
            if word.lower() in _EN_CHANGE_OBJECT_VERBS and following in ("its", "their", "his", "her", "our", "the"):
                # "The ECB lowered its deposit rate by a quarter point to 3.25%": the object is measured.
                return _en_np(" ".join(words[position + 2:]))
            if word.lower() in EN_REPORTING and following:
                # "Analysts estimated the strike cost about $100 million", "The company expects
                # fourth-quarter revenue of $37.5 billion": who estimates is not what is measured.
                return _en_clause_subject(" ".join(words[position + 1:]))
            break
        subject_words.append(word)
    else:
        # No verb before the number: "revenue of $5 billion" or nothing useful.
        of_m = re.search(r"([\w’'\-]+(?:\s[\w’'\-]+){0,3})\s+of\s*$", prefix)
        return _en_np(of_m.group(1)) if of_m else None
    subject = " ".join(subject_words).strip(" ,")
    subject = re.sub(r"(?:’s|'s)$", "", subject)
    subject = re.sub(r"(?:\s+(?:in|on|at|of|for|to|by|from|with|the|a|an))+$", "", subject)
    if not subject or subject.lower() in EN_PRONOUN_SUBJECTS or len(subject.split()) > 10:
        return None
    if subject.split()[0].lower() in ("that", "this", "these", "those", "it", "its") and len(subject.split()) <= 2:
        return None
    if subject.split()[0].lower() in ("to", "of", "for", "with", "in", "on", "at", "by", "never", "not"):
        return None
    return subject


def _en_np(text: str, *, nominal: bool = False, phrase: bool = False) -> str | None:
    """Leading noun phrase: words up to the first preposition, verb or punctuation (max 5).

    `nominal` (the number follows a/an/the) means the words after it are nouns even when
    they could be verbs ("a $75.3 billion hit on economic growth"); a change noun then
    keeps its "on/of/to" complement.
    """
    words: list[str] = []
    raw_words = text.split()
    for position, raw in enumerate(raw_words):
        word = raw.strip("“”\"")
        bare = word.lower().rstrip(",.;:")
        if phrase and words and bare in ("from", "in", "at", "for") and len(raw_words) > position + 1:
            # "36% of imports from China": keep one prepositional phrase.
            tail = _en_np(" ".join(raw_words[position + 1:position + 4]))
            if tail:
                words += [bare, tail]
            break
        if nominal and words and bare in ("on", "of", "to", "in") and words[-1].lower() in EN_CHANGE_NOUNS:
            tail = _en_np(" ".join(raw_words[position + 1:position + 4]))
            if tail:
                words += [bare, tail]
            break
        if (bare in EN_VERBS and not nominal) or (bare in EN_STOP_NP and words) or not re.match(r"[\w$]", word):
            break
        if bare in EN_STOP_NP:
            if bare in ("the", "a", "an"):
                continue
            break
        words.append(word.rstrip(",.;:"))
        if word != word.rstrip(",.;:") or len(words) == 5:
            break
    if not words:
        return None
    return " ".join(words)
