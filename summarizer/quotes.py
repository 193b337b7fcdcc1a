"""Quotes: who said what, in quotation marks (direct) or reported speech (indirect).

The sentences are joined into one text so a quote can run across sentences, and
quote marks are paired on that text (summarizer.quote_marks, which also tells
speech from scare quotes, names, slogans and markup).

Speakers are found with patterns around a speech verb (X表示/称/说…, "…," X said,
said X, X said (that) …, according to X): summarizer.speakers_zh (its words in speakers_zh_words,
titles in speakers_zh_titles),
speakers_en and speakers_en_said (reported speech).
Pronouns and roles (他/她/该人士, he/she, the CEO) go to the person presented most
recently, else the speaker of the quote just before (summarizer.speakers), never to
an organisation. A wrong speaker is worse than none: when the speaker is unsure,
the quote is left out.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence

from summarizer.interviews import UNNAMED, Answer, interview_answers
from summarizer.model import Quote
from summarizer.quote_marks import Span, SpanIndex, is_speech, mask_spans, pair_quotes
from summarizer.quote_named_after import between_halves, named_after
from summarizer.speakers import Context, Person, last_visible
from summarizer.speakers_en import (
    EN_SPEECH_VERB_RE,
    en_direct_speaker,
    en_person,
    mention_people_en,
)
from summarizer.speakers_en_said import en_indirect
from summarizer.speakers_zh import (
    is_byline,
    mention_people,
    person_names,
    titled_names,
    zh_direct_speaker,
    zh_indirect,
)
from summarizer.speakers_zh_company import GENERIC_COMPANY, subject_company
from summarizer.speakers_zh_pronouns import pronoun_subject
from summarizer.speakers_zh_words import _ZH_INDIRECT_RE, ZH_SPEECH_RE, ZH_SURNAMES


def extract_quotes(sentences: Sequence[str], *, lang: str,
                   paragraphs: Sequence[int] | None = None) -> tuple[Quote, ...]:
    """Direct and indirect quotes in document order, with speakers resolved where possible.

    `paragraphs` (each sentence's paragraph number) puts a line break between paragraphs: a
    quote closed at the end of one paragraph is not attributed by the first words of the next."""
    if not sentences:
        return ()
    sep = " " if lang == "en" else ""
    starts: list[int] = []
    pieces: list[str] = []
    position = 0
    for i, sentence in enumerate(sentences):
        if i:
            between = "\n" if paragraphs is not None and paragraphs[i] != paragraphs[i - 1] else sep
            pieces.append(between)
            position += len(between)
        starts.append(position)
        pieces.append(sentence)
        position += len(sentence)
    text = "".join(pieces)
    spans = [s for s in pair_quotes(text) if is_speech(text, s, lang)]
    span_index_of = SpanIndex(spans)
    context = Context(text=text)
    if lang != "en":
        context.names = person_names(sentences, starts)
    found: list[tuple[int, Quote]] = []
    span_index = 0
    answers = interview_answers(sentences, paragraphs, lang)
    answering = -1  # the last sentence of the interview answer being read
    for index, sentence in enumerate(sentences):
        s_start = starts[index]
        s_end = s_start + len(sentence)
        context.previous_position = context.position if index else 0
        context.position = s_start
        context.sentence = index
        quotes_before = len(found)
        # Reported speech in the parts of this sentence outside quote marks.
        outside = mask_spans(text, s_start, s_end, span_index_of)
        if lang == "en":
            mention_people_en(sentence, s_start, context)
        else:
            mention_people(sentence, s_start, context)
            pronoun_subject(sentence, s_start, context)
        if lang == "en" or not is_byline(sentence):
            context.touch(outside, s_start, lang == "en")  # names inside quotes are not who speaks
        if index in answers:
            answering = _answer(answers[index], sentences, starts, sep, lang, context, found,
                                starts[min(a.asked for a in answers.values())],
                                frozenset(a.who for a in answers.values() if a.who not in UNNAMED))
        if index <= answering:
            while span_index < len(spans) and spans[span_index].start < s_end:
                span_index += 1  # quoted inside an answer: theirs or someone they quote, unsure
            continue
        if lang == "en":
            # "Trump tweeted before Election Day." right after a quote attributes that quote.
            # Not after a quote its own sentence attributed ("…said in a statement that its offer was “final.”").
            after_quote = last_visible(text, s_start) in ("”", '"') and not (
                index and EN_SPEECH_VERB_RE.search(mask_spans(text, starts[index - 1], s_start, span_index_of)))
            short = len(sentence.split()) <= 10
            indirect = en_indirect(outside, context, sentence)
            if after_quote and short:
                # What it reports must follow its verb ("Adler said the offer had never been put in
                # writing."); words before it ("Trump tweeted before Election Day.") attribute the quote.
                head = sentence.lstrip()[:20]
                indirect = [(p, said) for p, said in indirect if not head.startswith(said.strip()[:len(head)])]
        else:
            indirect = [(p, _enumeration(said, index, sentences, paragraphs, span_index_of, text, starts))
                        for p, said in zh_indirect(outside, s_start, context)]
        for person, said in indirect:
            said = said.lstrip(" ,;:，；：")
            if lang != "en" and person.kind == "org" and said.startswith("决定"):
                continue  # "人民银行宣布，决定于…下调…": an organisation's decision announced, an act, not words it said
            if said:
                found.append((s_start, Quote(person.name, person.title, said, "indirect", index)))
                context.spoke(person, index, s_end)
        while span_index < len(spans) and spans[span_index].start < s_end:
            span = spans[span_index]
            span_index += 1
            if span.start < s_start:
                continue
            person = _direct_speaker(text, span, starts, lang, context)
            words = _clean(text[span.start + 1:span.end], lang)
            first = _sentence_of(starts, span.start)
            # "…, saying in a statement that it “will not break …”": a clause that is only a pronoun and a
            # quote the attribution around it does not name a speaker for is that quote, in the words of the
            # one the clause was reported of ("said only that it “keeps …”" stays a clause: its speaker is found).
            bare = next((k for k in range(quotes_before, len(found)) if found[k][1].kind == "indirect"
                         and found[k][1].sentence_index == first and _ends_with(found[k][1].text, words)
                         and re.fullmatch(r"(?:it|they)\s[“\"].*", found[k][1].text)), None) if lang == "en" else None
            if bare is not None and person is None:
                found[bare] = (span.start, dataclasses.replace(found[bare][1], text=words, kind="direct"))
                continue
            if person is None:
                continue  # precision first: a quote whose speaker is unsure is left out
            last = _sentence_of(starts, span.end)
            context.spoke(person, last, starts[last] + len(sentences[last]))
            if any(q.kind == "indirect" and q.sentence_index == first and q.speaker == person.name
                   and _ends_with(q.text, words) for _, q in found[quotes_before:]):
                continue  # "… would go ahead “within weeks.”": the end of what they were reported to say
            found.append((span.start, Quote(person.name, person.title, words, "direct", first)))
        if len(found) == quotes_before and not _attribution_only(outside, lang):
            context.narrated()
    found.sort(key=lambda item: item[0])
    if lang != "en":
        found = [(at, _named_company(q, text, at)) for at, q in found]
    return tuple(q for _, q in found)


# "我想强调三点：第一，…；第二，…；第三，…。": the points after the first, each a sentence of its own
# (sentences end at ；), are still what was said.
_NEXT_POINT_RE = re.compile(r"\s*(?:第[二三四五六七八九十]|[二三四五六七八九十]是|其[二三四五六]|其次|再次|最后)[，,、：:]?")


_NARRATION_RE = re.compile(r"\s*(?:此外|另外|另悉|同时|与此同时|据悉|据了解|据介绍|记者|数据显示|资料显示|公告显示|值得一提的是"
                           r"|截至|截止|对此|随后|当天|当日|目前公司|公司还|该公司|[\u4e00-\u9fff]{0,8}?(?:公告|数据)(?:称|显示))")


def _enumeration(said: str, index: int, sentences: Sequence[str], paragraphs: Sequence[int] | None,
                 spans: SpanIndex, text: str, starts: list[int]) -> str:
    """Reported words that run on past their sentence: after ； the next points of a numbered list,
    in the same paragraph; after a line that ends in 的 (a page that put a link's words on a line of
    their own: "…作为精装交付项目的\n开发商\n具有…责任。") the lines that finish the sentence.
    Only sentences with no quote marks and no speech verb of their own are taken."""
    k, lines = index, said.endswith("的")
    while k + 1 < len(sentences) and k - index < 8:
        broken = lines and not re.search(r"[。！？!?…”；;]$", said)
        # (after ； the same 。-sentence goes on: "X表示，A；B。" reports B too, in the same paragraph, unless B opens
        # as the writer's own narration: "…；此外，公司还公布了新品。")
        if not broken and (not said.rstrip().endswith(("；", ";")) or not _NEXT_POINT_RE.match(sentences[k + 1])
                           and _NARRATION_RE.match(sentences[k + 1])):
            break
        if broken and (k - index >= 3 or len(sentences[k + 1]) > 200):
            return said
        k += 1
        following = sentences[k]
        if not broken and paragraphs is not None and paragraphs[k] != paragraphs[index] \
                or "\x00" in mask_spans(text, starts[k], starts[k] + len(following), spans) and not _only_terms(following) \
                or _ZH_INDIRECT_RE.search(following):  # (a point may hold 承认和拥护; not 他表示，…)
            break
        said += following
    return said


def _only_terms(sentence: str) -> bool:
    """Quotation marks around terms only (“报行合一”政策…): short, with no clause or sentence mark inside."""
    quoted = re.findall(r"[“「『‘\"]([^”」』’\"]*)[”」』’\"]", sentence)
    return bool(quoted) and all(len(q) <= 10 and not re.search(r"[，,。！？!?；;：:]", q) for q in quoted)


def _named_company(quote: Quote, text: str, at: int) -> Quote:
    """"公司表示" in a text about one company: that company speaks (summarizer.speakers_zh_company)."""
    if quote.speaker not in GENERIC_COMPANY:
        return quote
    company = subject_company(text, at)
    return quote if company is None else dataclasses.replace(quote, speaker=company)


# An answer that opens by naming its speaker: "答：许静称，…", "A: Hale said the mine …".
_OWN_SPEAKER = (re.compile(r"\s*[\u4e00-\u9fff·]{2,12}?(?:表示|称|指出|说|介绍|透露|认为|回应|坦言|强调|补充道?)[，,：:]"),
                re.compile(r"\s*[A-Z][\w.’'\-]*(?:\s[A-Z][\w.’'\-]*){0,3}\s(?:said|says|noted|notes|added|adds|told)\b"))


def _answer(answer: Answer, sentences: Sequence[str], starts: list[int], sep: str, lang: str,
            context: Context, found: list[tuple[int, Quote]], asking_from: int = 0,
            labels: frozenset[str] = frozenset()) -> int:
    """An interview answer as a direct quote of the one answering; returns its last sentence.
    A bare 答/A is the one the text presented before its first question (`asking_from`) or one
    answering by name (`labels`): one named inside an earlier answer ("答：…负责人陶然表示，…")
    may not be the one answering the next."""
    if answer.who in UNNAMED and _OWN_SPEAKER[lang == "en"].match(sentences[answer.first][answer.marker:]):
        return -1  # "答：高明表示，…": the answer names who speaks; its sentences are read as any other
    if answer.who in UNNAMED:
        person = context.last()  # "答：" — the one the text presented as interviewed
        if person is not None and (_presented_with_another(person, sentences, starts, context)
                                   or (person.introduced >= asking_from
                                       and not any(label in person.name for label in labels))):
            person = None  # "副部长程立新、副署长谭慧出席并答记者问" then "答：": which of them, unsure
    elif lang == "en" and " " in answer.who:
        person = context.remember(answer.who, None)
    elif lang == "en" and (context.full_name(answer.who) or context.named_in_full(answer.who) or any(
            answer.who in person.name.split() for person in context.people + context.mentioned)):
        # "Chen: …" after "Chen Li, the founder, …": a surname the text named in full. A lone
        # capitalised word it never named ("Background: …", "Summary: …") is a label, not a person.
        person = context.remember(context.full_name(answer.who) or answer.who, None)
    elif answer.who[0] in ZH_SURNAMES or "·" in answer.who or context.known_in(answer.who) is not None:
        person = context.remember(answer.who, None)
    else:
        person = None
    if person is None or person.kind == "org":
        return -1
    words = sep.join(sentences[answer.first:answer.last + 1])[answer.marker:]
    asked = sep.join(sentences[answer.asked:answer.first]).strip() or None
    found.append((starts[answer.first], Quote(person.name, person.title, _clean(words, lang), "direct", answer.first,
                                              question=asked)))
    context.spoke(person, answer.last, starts[answer.last] + len(sentences[answer.last]))
    return answer.last


def _presented_with_another(person: Person, sentences: Sequence[str], starts: list[int], context: Context) -> bool:
    """Whether the sentence that presented `person` presented another person too."""
    if person.introduced < 0:
        return False
    index = _sentence_of(starts, person.introduced)
    start, end = starts[index], starts[index] + len(sentences[index])
    return titled_names(sentences[index]) > 1 or any(
        other.kind == "person" and other.name != person.name and start <= other.introduced < end
        for other in context.people + context.mentioned)


def _attribution_only(outside: str, lang: str) -> bool:
    """"Trump tweeted before Election Day." / "他说。": a short line with a speech verb that
    attributes the quote around it, or a line about the speaker as he/she, so the quote after
    it may continue the same speaker."""
    rest = outside.replace("\x00", "")
    if not rest.strip(" \t\n,.;:!?，。；：！？"):
        return True  # all of it is inside a quote
    if re.match(r"\s*(?:(?:However|But|And|Still|Yet|Later|Then),?\s+)?(?:He|She|he|she)\s|\s*(?:但|而|不过|随后)?[他她](?!们)", rest):
        return True  # "However, he defended his decision.": still about the one who spoke
    if lang == "en":
        return len(rest.split()) <= 12 and bool(EN_SPEECH_VERB_RE.search(rest))
    return len(rest) <= 25 and bool(ZH_SPEECH_RE.search(rest))


def _ends_with(reported: str, words: str) -> bool:
    """Whether the quoted words close the reported clause, with only punctuation after them."""
    def bare(text: str) -> str:
        return text.rstrip(" .,;:!?…”’\"'。，；：！？")
    return bool(bare(words)) and bare(reported).endswith(bare(words))


def _sentence_of(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


def _clean(content: str, lang: str) -> str:
    """The quoted words on one line; a comma the attribution cut off ("…growth," he said) is
    punctuation of the sentence around the quote, not part of what was said. A quote that goes
    on into a new paragraph repeats its opening mark there: that mark is not what was said."""
    content = re.sub(r"\n\s*[“\"]", "\n", content)
    if lang != "en":
        content = re.sub(r"\s*\n\s*", "", content)
    return re.sub(r"\s+", " ", content).strip().rstrip(",，、").rstrip()



def _direct_speaker(text: str, span: Span, starts: list[int], lang: str,
                    context: Context) -> Person | None:
    sentence_start = starts[_sentence_of(starts, span.start)]
    after = text[span.end + 1:span.end + 160].split("\n", 1)[0]  # the next paragraph attributes nothing
    before = text[sentence_start:span.start]
    if lang == "en":
        content = text[span.start + 1:span.end]
        named = named_after(text, span.end + 1) if not before.strip(" \x00") else between_halves(before)
        if named is not None:  # “…” / That is how Carl Haddad, chief executive of …, describes the year.
            return en_person(named[0], named[1], context)
        person = en_direct_speaker(content, after, before, context)
        if person is not None and person.kind == "person" and " " in person.name and person.name in content:
            return None  # “…for Mary Steenburgen to just put her name on it…,” she said: not hers
        return person
    return zh_direct_speaker(text[span.start + 1:span.end], after, before, span.end + 1, sentence_start, context)
