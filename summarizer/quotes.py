"""Quotes: who said what, in quotation marks (direct) or reported speech (indirect).

The sentences are joined into one text so a quote can run across sentences, and
quote marks are paired on that text. Real articles are sloppy: a closing quote
typed as an opening one, ASCII quotes in Chinese text, a quote left open at the
end of a paragraph that goes on in the next. The pairing below takes “ ” " as
one family and decides what each mark is from what comes next.

Speakers are found with patterns around a speech verb (X表示/称/说…, "…," X said,
said X, according to X) and resolved to the last named person for pronouns
(他/她/该人士, he/she, the CEO). jieba's POS tags (nr) find Chinese names, run only
on the few short stretches in front of a speech verb, so the cost stays small.

Short quoted terms without punctuation ("百模大战", "狂热", "vilified") are scare
quotes, not speech, and are dropped.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from summarizer.model import Quote

_DOUBLE = "“”\"＂"
_DOUBLE_RE = re.compile("[“”\"＂]")
_SINGLE_RE = re.compile("[‘’']")
_OPEN_SINGLE = "‘'"
_CLOSE_SINGLE = "’'"

_ZH_SPEECH = (
    r"(?=[如同也还则进随接更曾亦对坦明表称说指认强透解补介告回直提谈分感写呼承证宣警预相看])"
    r"(?:如此|如是|同时|也|还|则|进一步|随后|接着|更是|曾|亦|对此|坦率地|明确)?"
    r"(?<![了的出个种])(?P<verb>表示|称|说道|说|指出|认为|强调|坦言|透露|解释|补充道|补充|介绍|告诉[^，,。：:“”]{0,12}?|回应|直言|提到|谈到"
    r"|提醒|分析|坦承|感叹|写道|说明|呼吁|承认|证实|宣布|警告|提出|预计|相信|看来)(?![师员家者士人])"
)
_ZH_SPEECH_RE = re.compile(_ZH_SPEECH)
_ZH_INDIRECT_RE = re.compile(_ZH_SPEECH + r"\s*[：:，,]")
_ZH_ACCORDING_RE = re.compile(r"(?:据|根据)(?P<who>[^，,。；;“”]{2,20}?)(?:介绍|透露|表示|称|说|分析|指出)[，,：:]")
_ZH_TIME_WORDS = re.compile(
    r"(?:近日|日前|今天|今日|昨天|昨日|此前|随后|当天|当日|周[一二三四五六日末]|星期[一二三四五六日天]"
    r"|\d{1,2}月\d{1,2}日|\d{1,2}日|[一二三四五六七八九十\d]{1,2}月份?|在[^，,]{0,30}(?:中|上|时|后)"
    r"|对此|就此|会上|同时|也|还|则|更|又|曾)"
)
_ZH_PRONOUNS = ("他们", "她们", "他", "她", "其", "该人士", "对方", "该负责人", "这位负责人", "该高管", "这位高管")
_ZH_TITLE_WORDS = (
    "总裁", "CEO", "CFO", "CTO", "COO", "董事长", "总经理", "经理", "主任", "院长", "教授", "分析师", "官",
    "负责人", "创始人", "部长", "总监", "合伙人", "研究员", "主席", "秘书长", "发言人", "专家", "行长",
    "局长", "书记", "工程师", "执行官", "高管", "董事", "总编", "主编", "市长", "省长", "校长", "会长",
    "理事长", "所长", "处长", "科长", "队长", "主管", "顾问", "律师", "医生", "博士", "老师", "委员",
    "代表", "导演", "演员", "总师", "首席", "副总", "总", "创始人兼", "学者", "作者", "记者", "员",
    "财长", "外长", "防长", "总统", "总理", "首相", "议员", "大使", "法官", "长",
)
# The hundred commonest surnames: enough to spot a name jieba did not tag.
_ZH_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤饶桑"
)
_ZH_DOTTED_NAME_RE = re.compile(r"[\u4e00-\u9fff]{1,5}(?:·[\u4e00-\u9fffA-Z]{1,6})+$")
_ZH_POLITE_RE = re.compile(rf"[{_ZH_SURNAMES}](?:先生|女士|小姐|老师|师傅|阿姨|大爷|大妈|教授|博士|律师|医生)")
# Unnamed but real speakers: "有村民如是说", "这位村民补充道", "业内人士表示".
_ZH_ROLE_RE = re.compile(
    r"(?:有|一位|另一位|这位|该|一名|多位|不少)?(村民|居民|市民|网友|业内人士|知情人士|分析人士|交易员|分析师|经济学家|投资者"
    r"|专家|消费者|车主|租户|工作人员|负责人|家长|学生|员工)$"
)
_ZH_TITLE_END_RE = re.compile("(?:" + "|".join(map(re.escape, _ZH_TITLE_WORDS)) + ")$")
_ZH_ORG_SUFFIX = re.compile(
    r"(?:公司|集团|银行|部|局|委员会|委|协会|学会|机构|研究院|研究所|中心|大学|学院|政府|办公室|办|法院|检察院"
    r"|媒体|报|社|网|台|署|厅|院|组织|联盟|基金|证券|资本|科技|汽车|平台)$"
)

_EN_VERBS = (
    r"said|says|say|added|adds|told|tells|wrote|writes|has\s+written|noted|notes|explained|asked|recalled"
    r"|insisted|warned|continued|argued|stated|declared|replied|responded|acknowledged|admitted|chanted"
    r"|tweeted|posted|claimed|claims|believes|thinks|predicted|estimated|reported|announced|cautioned"
    r"|emphasized|stressed|observed|remarked|concluded|suggested|added"
)
_NAME = r"(?:[A-Z][\w’'\-]*\.?|de|van|von|da|del|la|le|bin|al)(?:\s(?:[A-Z][\w’'\-]*\.?|de|van|von|da|del|la|le|bin|al|&)){0,6}"
_EN_PRONOUN = r"(?:he|she|they|He|She|They)"
_EN_ROLE = r"(?:[Tt]he\s(?:[a-z]+\s){0,2}(?:CEO|chief|governor|president|minister|spokesman|spokeswoman|spokesperson|official|executive|senator|mayor|chairman|director|professor|economist|analyst|founder|company|report|study))"
_EN_WHO = rf"(?:{_EN_PRONOUN}|{_EN_ROLE}|{_NAME})"
_EN_AFTER_RE = re.compile(
    rf"^\s*[,.]?\s*(?:(?:(?P<verb1>{_EN_VERBS})\s+(?P<who1>{_EN_WHO}))|(?:(?P<who2>{_EN_WHO})(?P<appos>,\s[^,.“”\"]{{3,120}},)?\s+(?:also\s|later\s|then\s)?(?P<verb2>{_EN_VERBS})))\b"
)
_EN_BEFORE_RE = re.compile(
    rf"(?P<who>{_EN_WHO})(?P<appos>,\s[^,.“”\"]{{3,120}},)?\s+(?:also\s|later\s|then\s)?(?:{_EN_VERBS})(?:\s(?:[a-z]+\s){{0,3}}[a-z]+)?\s*[:,]?\s*$"
)
_EN_ACCORDING_RE = re.compile(rf"\b[Aa]ccording to (?P<who>{_EN_ROLE}|(?:the\s)?{_NAME}|(?:the\s)?[a-z]+(?:\s[a-z]+){{0,2}})")
_EN_TITLE_WORDS = frozenset(
    """president vice ceo cfo cto coo chief executive officer chairman chairwoman chair director manager
    governor gov. gov senator sen. sen rep. representative speaker superintendent minister secretary
    spokesman spokeswoman spokesperson professor prof. dr. economist analyst teacher founder co-founder
    head leader mayor commissioner chancellor principal fellow partner editor reporter official
    strategist researcher scientist coach captain general judge attorney lawyer""".split()
)
_EN_MENTION_RE = re.compile(
    r"(?P<title>(?:[A-Z][a-z]+\s)?(?:Gov\.|Governor|Sen\.|Senator|Rep\.|President|Speaker|Superintendent|Mayor"
    r"|Minister|Secretary|CEO|Chairman|Chairwoman|Dr\.|Prof\.))\s(?P<name>[A-Z][a-z]+(?:\s[A-Z]\.)?(?:\s[A-Z][a-z\-]+){1,2})"
)
_EN_FUNCTION_WORDS = frozenset(
    "and or of the a an to in on at for with by from as but that this which who".split()
)
_EN_NOT_NAMES = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow
    January February March April May June July August September October November December
    The A An This That These Those It In On At For But And Or If When While As So Yet Then
    There Here What Who Why How We I You They He She His Her Our Their Its""".split()
)


@dataclass(slots=True)
class _Person:
    name: str
    title: str | None


def _same_person(known: str, name: str) -> bool:
    """"Cooper" is "Angela Cooper"; "梅里" is "梅里克·加兰"; "李强" is not "李强生"."""
    if known == name:
        return True
    if " " in known or " " in name:
        return name in known.split() or known in name.split()
    shorter, longer = sorted((known, name), key=len)
    return len(shorter) >= 2 and "·" in longer and longer.startswith(shorter)


@dataclass(slots=True)
class _Context:
    """People seen so far, so pronouns and surnames resolve to a named speaker."""

    people: list[_Person] = field(default_factory=list)
    mentioned: list[_Person] = field(default_factory=list)
    # Person names jieba tagged (nr) in the joined text: (start, word, previous word).
    names: list[tuple[int, str, str]] = field(default_factory=list)
    text: str = ""
    position: int = 0  # where the sentence being read starts in `text`

    def names_in(self, start: int, end: int) -> list[tuple[int, str, str]]:
        first = bisect.bisect_left(self.names, (start, "", ""))
        result = []
        for item in self.names[first:]:
            if item[0] + len(item[1]) > end:
                break
            result.append(item)
        return result

    def remember(self, name: str, title: str | None) -> _Person:
        for person in self.people:
            if _same_person(person.name, name):
                if len(name) > len(person.name):
                    person.name = name  # "梅里" then "梅里克·加兰": keep the full name
                if title and not person.title:
                    person.title = title
                self.people.remove(person)
                self.people.append(person)
                return person
        for known in reversed(self.mentioned):
            if known.name.split()[-1] == name or known.name == name:
                name, title = known.name, title or known.title
                break
        person = _Person(name, title)
        self.people.append(person)
        return person

    def last(self) -> _Person | None:
        return self.people[-1] if self.people else None

    def by_role(self, role: str) -> _Person | None:
        """"the governor": the person with that title mentioned most often so far (latest on a tie)."""
        role = role.lower()
        seen = self.text[:self.position]
        best, best_score = None, (-1, -1)
        for order, person in enumerate(self.people + self.mentioned):
            if person.title and role[:3] in person.title.lower():
                score = (seen.count(person.name.split()[-1]), order)
                if score > best_score:
                    best, best_score = person, score
        return best or self.last()

    def mention(self, name: str, title: str) -> None:
        """Someone named with a title but not (yet) speaking: "Gov. Eric Holcomb"."""
        self.mentioned.append(_Person(name, title))

    def known_in(self, text: str) -> _Person | None:
        best = None
        best_pos = -1
        for person in self.people:
            pos = text.rfind(person.name)
            if pos > best_pos:
                best, best_pos = person, pos
        return best


@dataclass(frozen=True, slots=True)
class _Span:
    start: int  # index of the opening mark
    end: int  # index of the closing mark (exclusive end of content)


def extract_quotes(sentences: Sequence[str], *, lang: str) -> tuple[Quote, ...]:
    """Direct and indirect quotes in document order, with speakers resolved where possible."""
    if not sentences:
        return ()
    sep = " " if lang == "en" else ""
    starts: list[int] = []
    position = 0
    for sentence in sentences:
        starts.append(position)
        position += len(sentence) + len(sep)
    text = sep.join(sentences)
    spans = [s for s in _pair_quotes(text) if _is_speech(text, s, lang)]
    context = _Context(text=text)
    if lang != "en":
        context.names = _person_names(sentences, starts)
    found: list[tuple[int, Quote]] = []
    span_index = 0
    for index, sentence in enumerate(sentences):
        s_start = starts[index]
        s_end = s_start + len(sentence)
        context.position = s_start
        # Reported speech in the parts of this sentence outside quote marks.
        outside = _mask_spans(text, s_start, s_end, spans)
        if lang == "en":
            for m in _EN_MENTION_RE.finditer(sentence):
                context.mention(m.group("name"), m.group("title"))
        if lang != "en":
            _mention_people(sentence, s_start, context)
        if lang == "en":
            # "Trump tweeted before Election Day." right after a quote attributes that quote.
            after_quote = text[:s_start].rstrip().endswith(("”", '"'))
            short = len(sentence.split()) <= 10
            indirect = [] if after_quote and short else _en_indirect(outside, context)
        else:
            indirect = _zh_indirect(outside, s_start, context)
        for speaker, title, said in indirect:
            said = said.lstrip(" ,;:，；：")
            if said:
                found.append((s_start, Quote(speaker, title, said, "indirect", index)))
        while span_index < len(spans) and spans[span_index].start < s_end:
            span = spans[span_index]
            span_index += 1
            if span.start < s_start:
                continue
            person = _direct_speaker(text, span, starts, lang, context)
            content = _clean(text[span.start + 1:span.end])
            if person is None and len(content) < (40 if lang == "en" else 20):
                continue  # a short unattributed fragment is more likely a title than speech
            found.append((span.start, Quote(
                person.name if person else None, person.title if person else None, content,
                "direct", _sentence_of(starts, span.start),
            )))
    found.sort(key=lambda item: item[0])
    return tuple(q for _, q in found)


def _sentence_of(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


def _clean(content: str) -> str:
    return re.sub(r"\s+", " ", content).strip()


# ---------------------------------------------------------------- pairing quote marks


def _pair_quotes(text: str) -> list[_Span]:
    """Pair quote marks into spans: “ ” " as one family, then 「」, then ‘’ outside those."""
    spans = _pair_double(text)
    spans += _pair_brackets(text, "「", "」", spans)
    spans += _pair_single(text, spans)
    spans.sort(key=lambda s: s.start)
    return spans


def _pair_double(text: str) -> list[_Span]:
    marks = [m.start() for m in _DOUBLE_RE.finditer(text)]
    spans: list[_Span] = []
    open_at: int | None = None
    for k, i in enumerate(marks):
        ch = text[i]
        following = text[marks[k + 1]] if k + 1 < len(marks) else None
        if open_at is None:
            if ch == "”" and following not in ("”", '"', "＂"):
                continue  # a stray closing mark
            open_at = i
            continue
        if ch == "“" and following in ("”", '"', "＂") and _sentence_end_before(text, i):
            # An opening mark inside an open quote, closed later: the quote went on
            # into a new paragraph (English style) — keep it open.
            continue
        spans.append(_Span(open_at, i))
        open_at = None
    if open_at is not None:
        # Never closed: end the quote at the end of its sentence run (the next line break or text end).
        end = text.find("\n", open_at)
        spans.append(_Span(open_at, end if end > 0 else len(text)))
    return spans


def _sentence_end_before(text: str, i: int) -> bool:
    before = text[:i].rstrip()
    return bool(before) and before[-1] in "。！？.!?…"


def _pair_brackets(text: str, opener: str, closer: str, taken: list[_Span]) -> list[_Span]:
    spans = []
    stack: list[int] = []
    for mark in re.finditer(f"[{opener}{closer}]", text):
        i, ch = mark.start(), mark.group()
        if ch == opener:
            stack.append(i)
        elif ch == closer and stack:
            start = stack.pop()
            if not stack and not _inside(start, taken):
                spans.append(_Span(start, i))
    return spans


def _pair_single(text: str, taken: list[_Span]) -> list[_Span]:
    """‘…’ and '…' at the top level; an apostrophe (letter on both sides) is never a mark."""
    spans = []
    open_at: int | None = None
    for mark in _SINGLE_RE.finditer(text):
        i, ch = mark.start(), mark.group()
        if _inside(i, taken):
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue  # don’t, Trump’s
        if open_at is None:
            if ch in _OPEN_SINGLE and not before.isalnum() and not after.isspace():
                open_at = i
        elif ch in _CLOSE_SINGLE and not before.isspace() and not after.isalnum():
            spans.append(_Span(open_at, i))
            open_at = None
    return spans


def _inside(i: int, spans: list[_Span]) -> bool:
    return any(s.start <= i <= s.end for s in spans)


def _is_speech(text: str, span: _Span, lang: str) -> bool:
    """Scare quotes ("百模大战", “vilified”) are short and unpunctuated; speech is not."""
    content = text[span.start + 1:span.end].strip()
    if not content:
        return False
    after = text[span.end + 1:span.end + 80]
    if lang == "en":
        words = len(content.split())
        if words >= 8:
            return True
        if words >= 2 and re.search(r"[.!?,;:]$|[.!?;]\s", content):
            return True
        # “The people of this country aren’t buying” impeachment, Trump said.
        return words >= 4 and bool(_EN_ATTRIBUTION_AFTER_RE.match(after))
    if len(content) >= 16 and re.search(r"[，,。！？!?；;]", content):
        return True
    if len(content) >= 25:
        return True
    if len(content) >= 6 and re.search(r"[，,。！？!?；;…]", content):
        return True
    # 鲍威尔说，……，“它并没有真正下降”: a short quote right after a speech verb's comma.
    if len(content) >= 6:
        sentence_start = max(text.rfind(mark, 0, span.start) for mark in "。！？\n") + 1
        before = text[sentence_start:span.start]
        if before[-1:] in "：:，," and _ZH_SPEECH_RE.search(before):
            return True
        return bool(re.match(r"[^。“”]{0,12}?(?:表示|称|说)", after))
    return False


def _mask_spans(text: str, start: int, end: int, spans: list[_Span]) -> str:
    """text[start:end] with every quoted stretch replaced by NULs (same length)."""
    overlapping = [span for span in spans if span.start < end and span.end >= start]
    if not overlapping:
        return text[start:end]
    chunk = list(text[start:end])
    for span in overlapping:
        for i in range(max(span.start, start), min(span.end + 1, end)):
            chunk[i - start] = "\x00"
    return "".join(chunk)


# ---------------------------------------------------------------- speakers, Chinese


def _person_names(sentences: Sequence[str], starts: list[int]) -> list[tuple[int, str, str]]:
    """Names jieba tagged nr, from the POS pass `analyze` already made (cached in summarizer.tokenize)."""
    from summarizer.tokenize import tokenize_sentences

    names = []
    for sentence, start, tokens in zip(sentences, starts, tokenize_sentences(tuple(sentences), "zh")):
        if not any(flag.startswith("nr") for _, flag in tokens):
            continue
        cursor = 0
        previous = ""
        spaced = any(ch.isspace() for ch in sentence)
        for word, flag in tokens:
            # Tokens are the sentence's characters in order, whitespace dropped.
            while spaced and cursor < len(sentence) and sentence[cursor].isspace():
                cursor += 1
            if flag.startswith("nr") and 2 <= len(word) <= 4 and sentence.startswith(word, cursor):
                names.append((start + cursor, word, previous))
            cursor += len(word)
            previous = word
    return names


def _zh_person(area: str, area_start: int, context: _Context) -> _Person | None:
    """The person in the words before a speech verb: a name (with its title), a pronoun, or an org.

    `area_start` is where `area` starts in the joined text, to look up jieba's names.
    """
    clause_start = max(area.rfind(mark) for mark in "，,；;。：:！？!?\x00") + 1
    # "司法部长梅里克·加兰（Merrick Garland）三月份": glosses in brackets and times go.
    clause = re.sub(r"[（(][^）)]*[）)]", "", area[clause_start:])
    clause = _ZH_TIME_WORDS.sub("", clause).strip()
    if not clause:
        return None
    for pronoun in _ZH_PRONOUNS:
        if clause.endswith(pronoun) or clause.startswith(pronoun):
            return context.last()
    name = None
    candidates = context.names_in(area_start + clause_start, area_start + len(area))
    for _, word, previous in candidates:  # the name right after a title: "…总裁李强"
        if previous and _ZH_TITLE_END_RE.search(previous) and word in clause:
            name = word
            break
    if name is None and candidates and candidates[-1][1] in clause:
        name = candidates[-1][1]
    if name is None:
        name = _zh_name_pattern(clause)
    dotted = _ZH_DOTTED_NAME_RE.search(clause)
    if dotted and (name is None or name in dotted.group()):
        # "雅各布·卢", "朱利安·X·尼尔斯": a transliterated name whole, without the title in front.
        full = dotted.group()
        head = full.split("·")[0]
        cut = max((head.rfind(t) + len(t) for t in _ZH_TITLE_WORDS if t in head[:-1]), default=0)
        name = full[cut:]
    known = context.known_in(clause)
    if known is not None and (name is None or name in known.name or known.name in name):
        name = known.name if name is None or len(known.name) >= len(name) else name
    if name is None:
        role = _ZH_ROLE_RE.search(clause)
        if role:
            return _Person(role.group(1), None)  # "有村民如是说": an unnamed villager
        org = re.sub(r"(?:的|有关|相关)$", "", clause)
        if 2 <= len(org) <= 12 and _ZH_ORG_SUFFIX.search(org):
            return context.remember(org, None)
        return None
    title = clause[:clause.rfind(name)].strip("、，, ")
    title = re.sub(r"^(?:据|对此|其中|而|但|并|另外|此外)", "", title).strip()
    if not title or not any(word in title for word in _ZH_TITLE_WORDS):
        title = None
    return context.remember(name, title)


def _zh_name_pattern(clause: str) -> str | None:
    """A name jieba missed: "王先生", "村民徐女士", or a surname-led name after a title ("副院长张锦华")."""
    polite = _ZH_POLITE_RE.search(clause)
    if polite:
        return polite.group()
    titled = re.search(rf"(?:{'|'.join(_ZH_TITLE_WORDS)})([{_ZH_SURNAMES}][\u4e00-\u9fff]{{1,2}}"
                       r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})$", clause)
    if titled:
        return titled.group(1)  # "副院长张锦华", "分析师David Lu"
    alone = re.fullmatch(rf"[{_ZH_SURNAMES}][\u4e00-\u9fff]{{1,2}}", clause)
    return alone.group() if alone else None


def _mention_people(sentence: str, sentence_start: int, context: _Context) -> None:
    """Remember people a sentence is about ("王先生租住在…"), so a later 他/她 finds them."""
    for m in _ZH_POLITE_RE.finditer(sentence):
        context.remember(m.group(), None)
    for start, word, previous in context.names_in(sentence_start, sentence_start + len(sentence)):
        # Only names that read as people: after a title ("总裁李强"), not any word jieba tagged nr.
        if previous and _ZH_TITLE_END_RE.search(previous):
            context.remember(word, None)


def _zh_indirect(sentence: str, sentence_start: int,
                 context: _Context) -> list[tuple[str | None, str | None, str]]:
    """李强表示，…: the speaker, title and the reported words up to the sentence end."""
    results = []
    for m in _ZH_ACCORDING_RE.finditer(sentence):
        person = _zh_person(m.group("who"), sentence_start + m.start("who"), context)
        said = _reported(sentence[m.end():])
        if person and said:
            results.append((person.name, person.title, said))
    if results:
        return results
    for m in _ZH_INDIRECT_RE.finditer(sentence):
        if m.group().startswith(("如是", "如此")) or re.search(r"\x00[^，,。；;：:]*$", sentence[:m.start()]):
            continue  # "有村民如是说，…": the verb attributes the quote before it, not what follows
        said = _reported(sentence[m.end():])
        person = _zh_person(sentence[:m.start()], sentence_start, context)
        if person is None:
            continue
        if said:
            results.append((person.name, person.title, said))
        break
    return results


def _reported(rest: str) -> str:
    """Reported words: up to the first quote mark or the sentence end."""
    said = rest.split("\x00", 1)[0]
    said = said.strip().rstrip("，,：:")
    return said if len(said) >= 6 else ""


def _direct_speaker(text: str, span: _Span, starts: list[int], lang: str,
                    context: _Context) -> _Person | None:
    sentence_index = _sentence_of(starts, span.start)
    after = text[span.end + 1:span.end + 160]
    sentence_start = starts[sentence_index]
    before = text[sentence_start:span.start]
    if lang == "en":
        content = text[span.start + 1:span.end].rstrip()
        ended = content.endswith(".") or (content.endswith(("?", "!")) and not re.match(
            rf"\s*(?:he|she|they|[A-Z][\w.’'@\-]*(?:\s[A-Z][\w.’'\-]*){{0,3}})\s+(?:also\s)?(?:{_EN_VERBS})\b|\s*[a-z]",
            after))
        if ended:
            after = ""  # the sentence ended inside the quote: what follows is a new sentence
        return _en_direct_speaker(after, before, context)
    # “……”李强表示 / “……”汤道生称。
    head = re.split(r"[。！？!?\n“”\"]", after, maxsplit=1)[0]
    m = _ZH_SPEECH_RE.search(head)
    if m and m.start() <= 40 and not re.search(r"[，,；;：:]", head[:m.start()]):
        person = _zh_person(head[:m.start()], span.end + 1, context)
        if person is not None:
            return person
    # 汤道生说：“……” / 他同时表示，……，“……”
    verbs = list(_ZH_SPEECH_RE.finditer(before))
    for verb in reversed(verbs):
        person = _zh_person(before[:verb.start()], sentence_start, context)
        if person is not None:
            return person
    # A quote on its own after someone spoke: the last named speaker.
    return context.last()


# ---------------------------------------------------------------- speakers, English

_EN_ATTRIBUTION_AFTER_RE = re.compile(
    rf"[^.“”\"]{{0,30}}?,?\s*(?:(?:he|she|[A-Z][\w.’'@\-]*(?:\s[A-Z][\w.’'\-]*){{0,3}})\s+(?:also\s)?(?:{_EN_VERBS})\b"
    rf"|(?:said|says)\s+[A-Z])"
)
_EN_VERB_RE = re.compile(rf"\b(?:{_EN_VERBS})\b")
_EN_CAP = r"(?:[A-Z][\w’'\-&]*\.?|[A-Z]\.)"
_EN_RUN_RE = re.compile(rf"{_EN_CAP}(?:\s(?:(?:de|van|von|da|del|la|le|bin|al|of|for|and|the|&)\s)?{_EN_CAP})*$")
_EN_ORG_WORDS = frozenset(
    """police association institute federation office department bureau union unions agency ministry
    company corporation inc. inc corp. ltd. group bank reuters bloomberg ap afp times post news
    research centre center council committee commission university school foundation government
    partnership board court""".split()
)


def _en_who(before_verb: str, context: _Context) -> _Person | None:
    """The speaker named in the words in front of a speech verb ("…, a professor at X," included)."""
    clauses = [c.strip() for c in re.split(r",\s|\s[—–-]\s", before_verb.replace("\x00", " "))]
    clauses = [c for c in clauses if c]
    if not clauses:
        return None
    appositive = None
    who = clauses[-1]
    appositive_like = re.match(r"(?:a|an|the)\s|who\s|which\s", who) or (
        who[:1].islower() and any(w.lower() in _EN_TITLE_WORDS for w in who.split()))
    if len(clauses) >= 2 and appositive_like and _EN_RUN_RE.search(clauses[-2]):
        appositive = who if not who.startswith(("who ", "which ")) else None
        who = clauses[-2]
    return _en_person(who, appositive, context)


def _en_person(who: str, appositive: str | None, context: _Context) -> _Person | None:
    who = re.sub(r"\s+(?:also|later|then|previously|has|had|have)$", "", who.strip())
    if re.search(r"(?:^|\s)(?:they|They)$", who):
        return None  # a group, not the last person named
    if re.search(rf"(?:^|\s){_EN_PRONOUN}$", who):
        return context.last()
    role = re.search(r"(?:^|,\s*)([Tt]he\s(?:[a-z\-]+\s){0,2}([a-z]+))$", who)
    if role and not any(w in _EN_FUNCTION_WORDS for w in role.group(1).lower().split()[1:]):
        if role.group(2) in _EN_TITLE_WORDS:
            return context.by_role(role.group(2))
        return _Person(role.group(1), None)  # "the unions", "the company": not a person
    run = _EN_RUN_RE.search(who)
    if not run:
        return None
    words = run.group().split()
    while words and words[0] in _EN_NOT_NAMES:
        words = words[1:]
    if not words:
        return None
    lead = who[:run.start()].split()
    title_end = 0
    for i, word in enumerate(words):
        if word.lower() in _EN_TITLE_WORDS:
            title_end = i + 1
    name_words = words[title_end:]
    if not name_words:
        return context.by_role(words[-1])
    title_words = words[:title_end]
    # "High school math teacher Angela Cooper": lower-case title words in front of the name.
    lead_title = []
    for word in reversed(lead):
        if word.lower() in _EN_NOT_NAMES or not re.match(r"[\w.\-’']+$", word) or word.lower() in ("while", "and", "some"):
            break
        lead_title.insert(0, word)
    if lead_title and any(w.lower() in _EN_TITLE_WORDS for w in lead_title):
        title_words = lead_title + title_words
    title = " ".join(title_words) or None
    name = " ".join(name_words)
    if appositive:
        title = re.sub(r"^(?:a|an|the)\s", "", appositive.strip(" ,"))
        title = re.split(r",?\s(?:who|which|where)\s", title)[0].strip() or None
    name = name.rstrip(".") if not re.search(r"\b[A-Z]\.$", name) else name
    is_org = (len(name_words) == 1 and name.endswith("s")) or any(
        w.lower().strip(".") in _EN_ORG_WORDS for w in name_words) or len(name_words) > 4
    if is_org:
        return _Person(name, title)
    return context.remember(name, title)


def _en_direct_speaker(after: str, before: str, context: _Context) -> _Person | None:
    content_end = before  # unused; kept symmetrical with the Chinese resolver
    del content_end
    m = re.match(rf"^\s*[,.!?]?\s*(?P<verb>{_EN_VERBS})\s+(?P<who>{_EN_PRONOUN}|{_EN_ROLE}|(?:{_EN_CAP}\s?)+)(?P<appos>,\s[^“”\"]{{3,160}}?(?=[.;]\s|[.;]?$|,\s(?:who|which)\s))?", after)
    if m:
        return _en_person(m.group("who"), m.group("appos"), context)
    m = re.match(rf"^\s*[,.!?]?\s*(?P<who>[^.“”\"]{{1,160}}?)\s+(?:{_EN_VERBS})\b", after)
    if m and not re.search(r"[.!?]\s", m.group("who")):
        person = _en_who(m.group("who"), context)
        if person is not None:
            return person
    verbs = list(_EN_VERB_RE.finditer(before))
    if verbs:
        person = _en_who(before[:verbs[-1].start()], context)
        if person is not None:
            return person
    a = _EN_ACCORDING_RE.search(before)
    if a:
        return _en_person(a.group("who"), None, context)
    if before.strip(" \x00") == "":
        return context.last()  # a quote on its own continues the last speaker
    return None


def _en_indirect(sentence: str, context: _Context) -> list[tuple[str | None, str | None, str]]:
    """X said (that) …, …, said X, … according to X."""
    if "\x00" in sentence:
        return []  # the sentence carries a direct quote; its attribution is handled there
    # "…, said Scott Paul, who heads …" / "…, Reuters reported."
    m = re.search(rf",\s(?:(?P<verb1>{_EN_VERBS})\s(?P<who1>[^,.]+?(?:\s[A-Z]\.\s[^,.]+?)?)|(?P<who2>[^,]+?)\s(?P<verb2>{_EN_VERBS}))(?P<rest>,\s.*|\.)?$",
                  sentence.rstrip())
    if m and len(sentence[:m.start()].split()) >= 4:
        who = m.group("who1") or m.group("who2")
        rest = (m.group("rest") or "").rstrip(".")
        person = _en_person(who, rest if rest.startswith(", a") or rest.startswith(", the") else None, context)
        if person:
            return [(person.name, person.title, sentence[:m.start()].strip())]
    verb = _EN_VERB_RE.search(sentence)
    if verb and verb.start() > 0:
        person = _en_who(sentence[:verb.start()], context)
        said = sentence[verb.end():]
        if verb.group().startswith("tel") or verb.group() == "told":
            said = re.sub(r"^\s*(?:[\w’'\-]+\s){1,10}?that\s", "", said)  # told reporters that …
        said = re.sub(r"^\s*(?:(?:reporters|him|her|them|us|me|[a-z]+\s[a-z]+)\s(?=that\s))?(?:that\s)?", "", said)
        if person and len(said.split()) >= 3:
            return [(person.name, person.title, said.strip())]
    m = _EN_ACCORDING_RE.search(sentence)
    if m:
        person = _en_person(m.group("who"), None, context)
        if person:
            return [(person.name, person.title, sentence[:m.start()].strip(" ,"))]
    return []
