"""Whose figure a sentence states: the company the question asks about, or the market, another
company or a generic subject its words name first; a release's place-and-date dateline is
no subject."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.answer.requirements import Constraints
from summarizer.answer.lead_investor import asks_lead, refers_to_round
from summarizer.answer.names import _ORG_SUFFIX_TUPLE, _is_place
from summarizer.answer.clause_owners import claimers as _claimers_cached  # and the unknown names opening a clause
from summarizer.answer.names import entity_in
from summarizer.answer.names import has_name as _has_name
from summarizer.answer.names import occurrences as _occurrences
from summarizer.answer.en_people import asset_named, not_subject_en, person_or_quote
from summarizer.answer.officers import officer_speaks_for_company
from summarizer.answer.peers import foreign_subjects
from summarizer.answer.periods import mentions
from summarizer.answer.text import _aliases, fold
from summarizer.datelines import dateline_length

if TYPE_CHECKING:
    from summarizer.answer.context import Context

__all__ = ["ATTRIBUTION", "GENERIC_SUBJECT", "LISTED_IN", "SHARES_OF", "SOURCE_OF_ESTIMATES", "about_someone_else", "asked_at", "context_subject_is_asked", "is_asked",
           "market_clause", "named_within", "release_dateline", "role_named", "weak"]


MARKET_CLAUSE = re.compile(r"^(?:据[^，,]{0,16}(?:数据|统计|显示)[，,]?)?(?:其中|同期|此外|另外|而)?[，,]?")


def market_clause(constraints: Constraints, ctx: Context, at: int) -> bool:
    """Is the number in a clause about a market or an industry as a whole, with none of
    the question's entities named in it? Then it is not the company's, whatever the title."""
    clause = re.split(r"[，,；;。]", ctx.sentence[:at])[-1]
    if any(_occurrences(e, clause) for e in constraints.entities):
        return False
    return opens_on_market(clause)


def opens_on_market(clause: str) -> bool:
    """Does the clause open on a market or an industry as a whole ("11月全国粗钢产量", "据…数据，国内…"), after a
    source and a period?"""
    clause = MARKET_CLAUSE.sub("", clause)
    leading = [m for m in mentions(clause) if m.start == 0]
    if leading:
        clause = clause[leading[0].end:]
    return MARKET_SUBJECT.match(clause) is not None


MARKET_SUBJECT = re.compile(r"(?:国内|全国|全球|全市场|整个市场|行业|全行业|海内外|境内外|中国市场|国内市场|全球市场)")


# "公司"/"该公司"/"the company" stand for the article's subject; "子公司"/"有限公司" do not.
# "Aster shares jumped 24%", "Shares of Aster": whose stock it is, though the name opens the sentence.
# ("Its London-listed shares rose 2.7%": where shares are listed is no owner of them.)
SHARES_OF = re.compile(r"\b(?!(?:Its|Their|The|Our|His|Her|Your|These|Those|This|That)\b)(?![A-Z][\w&.]*-(?:listed|based|traded|quoted)\b)([A-Z][\w&.\-]*(?: [A-Z][\w&.\-]*)*)(?:'s|’s)? (?:shares|stock)\b|\b[Ss]hares of ([A-Z][\w&.\-]*)")
# "above Wall Street estimates", "according to LSEG data": a yardstick's source, no owner of a figure.
SOURCE_OF_ESTIMATES = re.compile(r"\s+(?:estimates?|expectations?|forecasts?|consensus|data)\b")
# "the bank", "the lender", "the carmaker": the story's company called by its kind (a Northgate CFO's "the bank now expects
# its full-year margin…" is Northgate's, not the officer's).
GENERIC_SUBJECT = re.compile(r"(?<![限子分母股总团市])(?:该|本)?公司|它|\bthe (?:company|firm|group|bank|lender|insurer|airline"
                             r"|carrier|retailer|automaker|carmaker|chipmaker|miner|brewer|developer|operator)\b")
# "The maker of Brava bars and Nutwell spreads now expects…": the story's company named by what it makes, as the
# sentence's subject; the brands in the description own no figure (the question's "Corvane" is the context's
# subject). After a name ("Cobalt AI, the San Francisco maker of the Quill chatbot, …") the name owns.
_DESCRIBED_BY_PRODUCTS = re.compile(
    r"^\s*the (?:[\w-]+ ){0,2}?(?:maker|makers|owner|parent|operator|producer|developer|publisher|manufacturer|brewer"
    r"|retailer|seller|distributor) of ((?:[\w'’&.-]+ ?){1,8}?)(?=,| (?:now|on|said|says|has|have|had|is|was|will|would"
    r"|expects|reported|posted|cut|raised|lowered|plans|also)\b)")


def described_by_products(sentence: str, at: int) -> list[tuple[int, int]]:
    """The descriptions before `at` that name the company by its products, as (start, end of the products)."""
    return [(m.start(), m.end(1)) for m in _DESCRIBED_BY_PRODUCTS.finditer(sentence[:at])]


def is_asked(name: str, constraints: Constraints) -> bool:
    return bool(any(entity_in(e, name) for e in constraints.entities) or _has_name(constraints.question, name))


def asked_at(name: str, start: int, sentence: str, constraints: Constraints) -> bool:
    """Is the name found at `start` the asked one? jieba reads 中国 out of 中国平安: by its letters
    part of the asked 中国人寿, yet the sentence writes another company the alias table knows there.
    (A short form written alone, 南岭 for 南岭电网, is still the asked company.)"""
    if not is_asked(name, constraints):
        return False
    spellings = {s for e in constraints.entities for s in e.spellings()}
    if name in spellings or not any(name in s for s in spellings):
        return True
    return not any(len(known) > len(name) and known not in spellings and sentence.startswith(known, start)
                   for known in _aliases().entity_groups)


def weak(start: int, end: int, name: str, raw: str) -> bool:
    """A single capitalised word opening an English sentence ("Passenger numbers rose 4%"):
    maybe a name, maybe a word; it does not decide whom the sentence is about. A possessive
    ("Orion's gross margin") is a name that owns what follows."""
    return start == 0 and " " not in name and name.isascii() and name not in _aliases().entity_groups \
        and not re.search(r"[a-z][A-Z]", raw[start:end]) and not re.match(r"\s*['’]s\b", raw[end:])


def named_within(word: str, ctx: Context) -> bool:
    """Is a capitalised word that opens the sentence ("Helix reported revenue…") written as a
    name in the middle of a sentence around it ("…agreed to acquire Helix Biologics…")? Then
    it is a name, and owns the number after it like any other."""
    if not word[:1].isupper():
        return False
    pattern = re.compile(r"[a-z0-9,;:]\s+" + re.escape(word) + r"\b")
    # Not the title: a headline capitalises every word.
    texts = [text for text in ctx.raw or ctx.around if fold(text) != ctx.title]
    return any(pattern.search(text) for text in texts) or bool(pattern.search(ctx.original))


def context_subject_is_asked(constraints: Constraints, ctx: Context, *, skip_preceding: bool = False) -> bool:
    """Is one of the question's entities what the context is about? The nearest
    earlier sentence naming anyone decides by the first name it gives (the subject
    comes first: "…营业收入为52亿元，增速超过同行蓝海科技" is not about 蓝海科技), then the
    title, then the article's opening. A leading attribution ("中信证券研报指出，…")
    names the source, not the subject; "公司" defers to what came before."""
    texts = (*ctx.preceding[:3], ctx.title, *ctx.opening)
    company = any(s.endswith(_ORG_SUFFIX_TUPLE) for e in constraints.entities if e.subject for s in e.spellings())
    raws = ctx.raw if len(ctx.raw) == len(texts) else texts
    spellings = tuple(s for e in constraints.entities for s in e.spellings())
    for index, (text, raw) in enumerate(zip(texts, raws, strict=True)):
        if not text or skip_preceding and index < len(ctx.preceding[:3]):
            continue
        cut = ATTRIBUTION.match(text) or LISTED_IN.match(text)
        if cut and len(raw) == len(text):
            text, raw = text[cut.end():], raw[cut.end():]
        # "本报讯（记者王明）星河电子…": the reporter of the dateline is not who the article is about.
        dateline = dateline_length(raw, "zh") or dateline_length(raw, "en") or release_dateline(raw)
        if dateline and len(raw) == len(text):
            text, raw = text[dateline:], raw[dateline:]
        names: list[tuple[int, bool | None]] = [
            (s, True) for entity in constraints.entities for s, _, _ in _occurrences(entity, text)]
        if not names and index < len(ctx.preceding[:3]) and _title_cased_heading(raw):
            continue  # "Fiscal Second Quarter 2027 Highlights": a release's section heading names no one
        names += [(s, is_asked(n, constraints) or (None if weak(s, e, n, raw) or company and _place_of_a_part(text, e, n)
                                                   or person_or_quote(text, s, e, n) or asset_named(n, ctx.around)
                                                   or not_subject_en(text, s) else False))
                  for s, e, n in _claimers_cached(text, raw, True)]
        names += [(m.start(), None) for m in GENERIC_SUBJECT.finditer(text)]
        if company and index == 0 and text.rstrip().endswith(("；", ";")):
            # "国家统计局数据显示，11月全国粗钢产量为…；1-11月累计粗钢产量9.38亿吨": the part after ；goes on about the
            # nation (the market, the industry) the part before names, not the company of the title.
            names += [(0, False)] if opens_on_market(re.split(r"[，,；;]", text)[0]) else []
        # "Brightmoor shares rose 5%": the company whose shares moved is the sentence's subject for what follows.
        names += [(m.start(), is_asked((m.group(1) or m.group(2)).lower(), constraints)) for m in SHARES_OF.finditer(raw)
                  if len(raw) == len(text) and (m.group(1) or m.group(2)) != "Shares"]
        names += [(s, is_asked(n, constraints)) for s, e, n in foreign_subjects(text, spellings)
                  if not any(s <= t < e for t, _ in names)]
        if names:
            first = min(names, key=lambda n: n[0])[1]
            if first is not None:
                return first
    return False


_HEADING_SMALL_WORDS = frozenset("a an and for in of on the to vs".split())


def _title_cased_heading(raw: str) -> bool:
    """An English line of a few capitalised words with no sentence end ("Fiscal Second Quarter 2027 Highlights",
    "Outlook", "Segment Results"): a heading, whose capitalised words are no names."""
    words = raw.split()
    return (0 < len(words) <= 8 and not re.search(r"[\u3400-\u9fff.!?;:\"”,]", raw)
            and all(w[0].isupper() or w[0].isdigit() or w.lower() in _HEADING_SMALL_WORDS for w in words))


def _place_of_a_part(text: str, end: int, name: str) -> bool:
    """"香港零售物业组合出租率为96.5%": a place written before the noun it narrows is where a company's
    part is, not a subject of its own; a company's article is still about the company."""
    return _is_place(name) and bool(re.match(r"[\u4e00-\u9fff]", text[end:end + 1])) \
        and not re.match(r"[的是在将对为与和称表及等、]", text[end:end + 1])


# A release's place and full date before a dash, without a wire service ("SAN MATEO, Calif., Dec. 3,
# 2026 -- Lumora Software…"): where it was filed, not whom it is about.
PLACE_DATE_EN = re.compile(r"^[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)*,(?:\s*[A-Z][a-z]+\.?,)?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},"
                            r"\s*(?:19|20)\d{2}\s*(?:—|–|--|-)\s+(?=[A-Z])")


def release_dateline(raw: str) -> int:
    match = PLACE_DATE_EN.match(raw)
    return match.end() if match else 0


# "港股公司耀华控股…": where a company is listed is not who the article is about.


LISTED_IN = re.compile(r"^(?:港股|美股|a股|中概股|科创板|创业板|上市)(?:公司|企业)?")
ATTRIBUTION = re.compile(r"^[^,，。;；]{0,24}?(?:研报|报告|报道|数据|分析师)?(?:指出|指|表示|称|认为|显示|介绍|透露)[,，:：]")


def about_someone_else(constraints: Constraints, ctx: Context, holder: tuple[str, ...] = ()) -> bool:
    """A sentence that names others and not the entity asked about is theirs, even when
    the entity is named nearby ("中国联通的宽带客户" is not answered by 中国移动's). Asked who holds
    a role, the name right next to the role is its holder, not someone else ("its chief financial
    officer, Raj Patel")."""
    named = [bool(_occurrences(entity, ctx.sentence)) for entity in constraints.entities]
    if any(named) and not all(named) and (rival := _RIVAL_OPENS.match(ctx.sentence)) and not any(
            _occurrences(entity, rival.group(1)) for entity in constraints.entities):
        # A sentence that opens on a rival is the rival's, though it names one party asked: "What rating does
        # Oakridge give Fennick?" is not answered by "Rival Pintura, which Oakridge rates "buy", …".
        return True
    if any(named):
        return False
    if asks_lead(constraints.question) and refers_to_round(ctx.sentence) and any(
            _occurrences(entity, text) for entity in constraints.entities for text in (*ctx.preceding[:1], ctx.title)):
        return False  # "本轮融资由红杉中国领投" after the company's round: the investors lead its round
    claimed = ctx.claimers()
    generic = GENERIC_SUBJECT.search(ctx.sentence)
    if generic and generic.start() < 12 and all(generic.start() < start for start, _, _ in claimed):
        return False  # "The company, based in San Diego, named Priya Rao…": the context's company is the subject
    if officer_speaks_for_company(ctx.sentence, claimed):
        return False  # ""We are adding capacity…," Chief Executive Officer Laura Brenner said"
    roles = [m.span() for w in holder for m in re.finditer(
        rf"(?<![a-z]){re.escape(w)}(?![a-z])" if w.isascii() else re.escape(w), ctx.sentence)]
    quoted = [m.span() for m in re.finditer(r'"[^"]*"|“[^”]*”', ctx.sentence)]
    names = [is_asked(name, constraints) for start, end, name in claimed
             if not any(qs <= start and end <= qe for qs, qe in quoted)  # a word opening a quote names no one
             and not any(e <= start and _ROLE_GAP.fullmatch(ctx.sentence[e:start])
                        or end <= s and _ROLE_GAP.fullmatch(ctx.sentence[end:s])
                        or start <= s < end for s, e in roles)]  # "Chief Financial Officer Daniel Okafor"
    return bool(names) and not any(names)


_RIVAL_OPENS = re.compile(r"\W*(?:(?:smaller|larger|bigger)\s+)?(?:rival|competitor|peer)\s+([^,;.]{2,40})")
_ROLE_GAP = re.compile(r"[\s,，:：、]*(?:为|是|is|was|the|as|兼)?[\s,，:：、]*")


def role_named(role: tuple[str, ...], ctx: Context, here: bool = False) -> bool:
    """Does the sentence, or the one just before (who speaks on), name the role asked for?
    `here`: the sentence itself (a role's holder is named where the role is)."""
    texts = (ctx.sentence,) if here else (ctx.sentence, *ctx.preceding[:1])
    return any(re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", t) if w.isascii() else w in t
               for w in role for t in texts)
