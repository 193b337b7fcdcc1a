"""Key figures: every number an article states, with what it is about.

Regex first, on purpose: a news article has a few dozen numbers, and finding them
with patterns costs far less than the tokenization `analyze` already pays for.
jieba is only run on the short clause prefixes of Chinese figures, to cut the
subject at a word boundary (markers like 则/为 are single characters that also
occur inside words).

Each sentence is matched on a *shadow* copy in which full-width digits and signs
are replaced by their ASCII forms one character for one character, so every
offset found on the shadow is also an offset into the original text and `text`
always quotes the article as written.

Conventions:
- `value` is the number in the stated unit with scale words applied
  ("3.61万亿港元" -> 3.61e12, unit "港元"; "14%" -> 14.0, unit "%").
- Vague amounts become half-open ranges: 十几 -> (10, 20), 一百多 -> (100, 200),
  三位数 -> (100, 1000); explicit ranges "20%-30%" -> (20, 30).
- Dates, durations, times, years, ordinals, phone numbers, stock codes, product
  codes and anything inside a URL are kept with kind "date" or "id" and never ranked.
- Chinese numerals below ten without a vague marker ("两家", "三个") are ordinary
  prose, not figures, and are skipped.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from summarizer.figure_announcer import with_announcer
from summarizer.figure_blanks import subject_blanks
from summarizer.figure_change import basis_of, change_of, estimate_of, is_loss, period_of
from summarizer.figure_change_en import EN_BASE_DATED_RE, EN_PAST_VALUE_RE, EN_VERSUS_NAMED_RE, better_is_lower
from summarizer.figure_counted_zh import share_of_owner, without_limit_move
from summarizer.figure_last_look import last_look
from summarizer.figure_frames_en import framed_subjects
from summarizer.figure_groups_en import group_subjects
from summarizer.figure_named_zh import named_owners_zh
from summarizer.figure_levels_en import level_period, with_container
from summarizer.figure_lexicon import (
    ANY_NUMBER_RE,
    EN_CHANGE_NOUNS,
    PERIOD_RE,
    ZH_CHANGE_NOUNS,
)
from summarizer.figure_lists import distribute_list_subjects, subjects_named_after
from summarizer.figure_loss_change import loss_change
from summarizer.figure_notice_rows import notice_rows
from summarizer.figure_notices import notice_subjects
from summarizer.figure_numbers import (
    EN_FROM_ESTIMATE_RE,
    NumberMatch,
    find_numbers,
    shadow_of,
)
from summarizer.figure_price_moves import EN_LEVEL_NOUNS, carried_price
from summarizer.figure_pronouns_en import carry_it_subject, last_sentence_figures
from summarizer.figure_companies import company_owners
from summarizer.figure_fines_zh import fines_of_people
from summarizer.figure_forecasters import analysts_estimates
from summarizer.figure_reset_zh import reset_subjects
from summarizer.figure_verbs_en import respective_subjects, verb_subjects
from summarizer.figure_outlooks_en import outlook_subjects
from summarizer.figure_object_moves_en import object_moves
from summarizer.figure_carry import carry_forecast, carry_head_period, carry_period
from summarizer.figure_forecast_rows import carried_estimate, estimates_go_on
from summarizer.figure_owners_zh import owners_go_on
from summarizer.figure_rank import lead_of, opens_with_headline, rank_figures
from summarizer.figure_second_look import second_look, two_periods_before
from summarizer.figure_subject_frames import frame_subjects
from summarizer.figure_third_look import third_look
from summarizer.figure_beats_zh import beat_subjects
from summarizer.figure_now_zh import undate_now_figures
from summarizer.figure_subject_gaps import mend_gapped_subjects
from summarizer.figure_subject_guard import guard_subjects
from summarizer.figure_subject_shapes import revise_subjects
from summarizer.figure_subjects import (Words, clause_of, clean_subject, crossed_level, earlier_clause_subject, metric_subject,
                                        replace_figure, subject_of)
from summarizer.figure_subjects_en import en_clause_subject, possessive
from summarizer.figure_subjects_en_elided import expected_count
from summarizer.figure_subjects_en_np import en_after_aside, en_possessed
from summarizer.figure_subjects_en_taking import segment_subject, taking_subject
from summarizer.figure_subjects_en_titles import quoted_title
from summarizer.figure_subjects_zh import in_aside, named_in_aside
from summarizer.figure_targets import RELATIVE_UNITS as _RELATIVE_UNITS
from summarizer.figure_targets import part_subject, set_by_year
from summarizer.figure_year_lists import distribute_years, undate_single_figures
from summarizer.lang import sentence_lang
from summarizer.figure_clauses_en import clause_subjects_en
from summarizer.figure_elliptic_en import elliptic_possessives
from summarizer.figure_report_time_en import undate_report_times
from summarizer.model import Figure


def extract_figures(
    sentences: Sequence[str], *, lang: str, key_indices: frozenset[int], title: str | None = None
) -> tuple[Figure, ...]:
    """Every number in `sentences`; key figures ranked 1..n (best first), dates and ids unranked.
    The headline (`title`, else a headline line opening the text) says which of the lead's figures
    is the news."""
    found: list[Figure] = []
    words = _SentenceWords(sentences, lang)
    dated_by_carry = False  # the sentence before took its period from the one before it
    before: list[Figure] = []  # the figures of the sentence before (kept, not searched for: a long text has thousands)
    for index, sentence in enumerate(sentences):
        own = sentence_lang(sentence, lang)
        figures = with_announcer(sentence, _sentence_figures(sentence, index, own, words), own)
        if lang == "en" and index and found and found[-1].sentence_index == index - 1:
            figures = carry_it_subject(sentence, figures, last_sentence_figures(found))
        carried = figures
        if lang != "en" and index and found and found[-1].sentence_index == index - 1:
            carried = carry_forecast(sentences[index - 1], sentence, found[-1], figures, before)
            if carried is figures and not two_periods_before(sentences, index, found):
                carried = carry_period(sentences[index - 1], sentence, found[-1], figures, dated_by_carry)
            elif carried is figures:  # "…，其中Q2单季度…；实现归母净利润…": the head's period
                carried = carry_head_period(sentences[index - 1], sentence, before, figures)
        dated_by_carry = carried != figures
        found.extend(carried)
        before = list(carried)
    found = second_look(frame_subjects(guard_subjects(notice_rows(notice_subjects(found, sentences), sentences)
                                                      if lang != "en" else found, sentences, lang), sentences, lang),
                        sentences, lang)
    found = third_look(found, sentences, lang)
    if lang != "en":
        found = fines_of_people(undate_now_figures(beat_subjects(mend_gapped_subjects(owners_go_on(found, sentences),
                                                                                      sentences))), sentences)
        found = named_owners_zh(reset_subjects(found, sentences), sentences)
    if lang == "en":
        found = undate_report_times(elliptic_possessives(object_moves(outlook_subjects(found, sentences), sentences),
                                                         sentences), sentences)
        found = framed_subjects(group_subjects(clause_subjects_en(respective_subjects(verb_subjects(found, sentences), sentences),
                                                                  sentences), sentences), sentences)
    found = last_look(analysts_estimates(company_owners(found, sentences, lang), sentences, lang), sentences, lang)
    headline_at = 0 if opens_with_headline(sentences) else None
    return rank_figures(found, key_indices, lead_of(sentences),
                        headline=title or (sentences[0] if headline_at == 0 else None), headline_at=headline_at)


class _SentenceWords:
    """jieba's words of each sentence, with their offsets.

    The tokens come from `summarizer.tokenize`, whose cache already holds the POS
    pass `analyze` made over these very sentences, so reading them costs nothing.
    Only the last sentence's words are kept: figures are read a sentence at a time, and
    the word maps of every sentence of a 150,000-character text would hold ~10 MB.
    """

    def __init__(self, sentences: Sequence[str], lang: str) -> None:
        self._sentences = tuple(sentences)
        self._lang = lang
        self._tokens: tuple | None = None
        self._last: tuple[int, Words] | None = None

    def __getitem__(self, index: int) -> Words:
        if self._last is None or self._last[0] != index:
            if self._tokens is None:
                from summarizer.tokenize import tokenize_sentences

                self._tokens = tokenize_sentences(self._sentences, "zh")
            self._last = (index, Words.build(self._sentences[index], self._tokens[index]))
        return self._last[1]


def _sentence_figures(sentence: str, index: int, lang: str, all_words: _SentenceWords) -> list[Figure]:
    shadow = shadow_of(sentence)
    if not ANY_NUMBER_RE.search(shadow):
        return []
    is_zh = lang != "en"
    matches = find_numbers(shadow, is_zh) if is_zh else with_container(find_numbers(shadow, is_zh), shadow)
    if not matches:
        return []
    periods = [(m.start(), m.end(), sentence[m.start():m.end()]) for m in PERIOD_RE.finditer(shadow)]
    # "与2021年春节7天相比增长21.7%": the base a change is compared with dates no figure.
    dating = [p for p in periods if not (lang == "zh" and _ZH_BASE_OPEN_RE.search(shadow, 0, p[0])
                                         and _ZH_BASE_CLOSE_RE.match(shadow, p[1]))] if periods else periods
    # Dates and ids are blanked out of subjects like periods ("预计2019-2021年公司营收").
    # A bond's tenor ("10年期国债") and a ranking's size ("500强企业", "TOP100房企") stay part of the subject.
    # So does a code that is part of a name ("5G套餐用户", "启明S7", "沪深300市盈率", "tier 1 ratio").
    blanks = periods + subject_blanks(shadow, matches)
    words = all_words[index] if is_zh else Words({})
    figures: list[Figure] = []
    linked: list[bool] = []  # joined to the previous figure by 、/and/or/to only
    baselines: set[int] = set()  # "from X to Y": X
    matches_by_figure: list[NumberMatch] = []
    previous: NumberMatch | None = None
    last_subject: str | None = None
    outer_subject: str | None = None  # the last subject named outside brackets
    metric_names: dict[str, str] = {}
    for match in matches:
        if not _finite(match.value):
            continue  # "1" and 500 zeros overflows a float: not a number we can show or compare
        text = sentence[match.start:match.end]
        context, clause_start = clause_of(sentence, match.start, match.end)
        if match.kind != "figure":
            figures.append(Figure(text=text, value=match.value, unit=match.unit, approx=None,
                                  change=None, period=None, subject=None, context=context,
                                  sentence_index=index, kind=match.kind))
            linked.append(False)
            matches_by_figure.append(match)
            continue
        is_linked = previous is not None and _only_connectors(shadow[previous.end:match.start], is_zh) and not (
            # "rose to 3.1% and 40% of firms expect more": a share of something named after it stands alone.
            not is_zh and match.unit == "%" and re.match(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?[a-z]", shadow[match.end:]))
        subject = last_subject if is_linked else None
        if subject is None:
            subject = subject_of(sentence, match, clause_start, blanks, words, is_zh,
                               previous.end if previous else -1)
        if not is_zh and (taken := taking_subject(shadow[max(clause_start - 80, 0):match.start])):
            subject = taken  # "added 3,412 employees, taking its headcount to 318,000": the headcount
        elif not is_zh and (segment := segment_subject(shadow[clause_start:match.start], subject)):
            subject = segment  # "its Irish business posted sales of €3.2 billion"
        elif (not is_zh and subject and subject.lower() in EN_CHANGE_NOUNS - {"loss", "hit"} and last_subject
                and not is_linked):
            subject = last_subject  # "fell 0.9%, after a 0.4% gain in December": the gain is of the same sales
        elif not is_zh and subject and subject.lower() in EN_LEVEL_NOUNS and not is_linked and (
                owner := last_subject or en_clause_subject(shadow[clause_start:match.start])) and (
                owner.lower() not in EN_LEVEL_NOUNS):
            # "after hitting a record high of $2,790", "Gold hit a record of $2,790": gold's
            subject = f"{possessive(owner)} {subject}"
        elif is_zh and last_subject and (subject is None or subject in ZH_CHANGE_NOUNS) and (
                rate := _RATE_NOUN_RE.match(shadow, clause_start)) and (match.unit in ("个百分点", "百分点", "pct") or re.match(
                r"个\s*(?:和|及|、)\s*[\d.]+\s*个百分点", shadow[match.end - 1:])):
            # "降幅收窄1.2个百分点", "增速分别比上月末和上年同期低0.2个和0.4个百分点": the rate's change keeps the word.
            subject = last_subject if last_subject.endswith(rate.group(1)) else f"{last_subject}{rate.group(1)}"
        elif subject in ZH_CHANGE_NOUNS and (last_subject or (is_zh and (last_subject := without_limit_move(earlier_clause_subject(
                sentence, clause_start, blanks, words, is_zh))))):
            subject = last_subject  # "军工领域销售额3.32亿元，增幅达37%", "碳酸锂主力合约封涨停，涨幅9%"
        elif is_zh and not is_linked and (share := share_of_owner(subject, last_subject)):
            subject = share  # "青岚汽车零售38.2万辆，同比增长22%，市场份额31.8%"
        elif (is_zh and subject is None and last_subject and not last_subject.endswith(("占比", "比重"))
              # ("发行份额612.3亿份，占比近六成": units of a fund issued are a quantity, not a share)
              and not re.search(r"(?<!发行|认购|申购|赎回|募集)份额$", last_subject)
              and re.match(r"\s*(?:占比|比重|份额)", shadow[clause_start:match.start])):
            # "海外收入约合73亿美元，占比由34.5%提升至40.2%"
            subject = f"{clean_subject(last_subject) or last_subject}占比"
        elif is_zh and subject and last_subject and not is_linked and re.match(r"约?占(?!比|地|用)", subject) and re.fullmatch(
                r"(?!约?占)[^（(]+(?<![对向将把给于在拟])", last_subject):
            # "海外市场交付5,216辆，占总交付量的12.3%": the share is of the thing the clause before counted.
            subject = f"{clean_subject(last_subject) or last_subject}{subject}"
        elif is_zh and last_subject and not subject and re.search(
                r"[（(]\s*(?:原|原为|原值|原预测为?|前值为?)\s*$", shadow[clause_start:match.start]):
            subject = f"原{last_subject}"  # "上调EPS预测至1.00元（原为0.81元）": the earlier forecast
        elif not is_zh and last_subject and (subject is None or re.fullmatch(r"[a-z][\w\- ]*", subject)):
            # "Acme cut its workforce by 10%, and its shares fell 4%": "its" names a new noun, so
            # the earlier subject is not carried over; only its owner is (a bare "shares" gets it).
            owned = en_possessed(shadow[clause_start:match.start])
            if owned and owned.lower() not in last_subject.lower() and (
                    subject is None or subject.lower() == owned.lower()):
                named = re.match(r"(.+?)(?:['’]s|(?<=s)['’])\s", last_subject)  # "Harlow Chips' workforce"
                subject = f"{possessive(named.group(1))} {owned}" if named else f"its {owned}"
        base = re.match(r"\s*(比|较|相比|相较于?)", shadow[clause_start:previous.start]) if (
            subject is None and previous is not None and is_zh and previous.start >= clause_start) else None
        if base and not previous.is_baseline and (
                len(base.group(1)) > 1 or words.is_single_word(clause_start + base.start(1))):
            # ("较上年的5亿元增长60%": a base that is only a time is the same metric's, kept.)
            # "增长72.71%，比全球营收增幅30.90%高出41.81个百分点": the base's subject is not this one's.
            last_subject = None
        if is_zh and subject is None and previous is not None and _ZH_NEW_HOLDER_RE.search(shadow, previous.end, clause_start):
            # "张清华以1357.60亿元…，另两位基金经理胡剑和林森，分别以1205.93亿元…": another holder named
            # in between owns what follows; "…“贝盈A股一期”风险评级…，24.64亿元的募资金额…" likewise.
            last_subject = None
        carried = is_linked or (subject is None and last_subject is not None) or (
            subject in ZH_CHANGE_NOUNS and last_subject is not None)
        counted = _EN_COUNTED_AND_RE.match(shadow, previous.end) if (
            not is_zh and previous is not None and figures and figures[-1].subject) else None
        if counted and counted.group(1).lower() == figures[-1].subject.lower() and (
                subject is None or subject.lower().startswith(counted.group(1).lower())):
            # "The fund holds 300 stocks and manages $5 billion": what the first number counted does
            # not manage the money (it was the subject of $5 billion); whose it is stays unsaid.
            subject, last_subject, carried = None, None, False
            own_subject = ""
        else:
            own_subject = subject
        if subject is None and own_subject is None and (is_zh or previous is None or not _EN_NEW_PREDICATE_RE.search(
                shadow, previous.end, match.start)):
            # Carried over from an earlier clause of the same sentence ("cut 1,200 jobs, or 8% of its
            # workforce, and close two plants as it tries to save $300 million": a new predicate, no carry).
            if not is_zh and en_after_aside(shadow, clause_start, previous, match.start):
                last_subject = None  # the aside's subject ends with it
            if is_zh and previous is not None and not in_aside(shadow, match.start) and named_in_aside(
                    shadow, previous.start, last_subject):
                last_subject = outer_subject  # "出货量为214.6万片（折合8英寸标准逻辑），环比增长4.9%": not the aside's
            if is_zh and last_subject and crossed_level(sentence[clause_start:match.start]):
                last_subject = re.sub(r"(?:跌幅|涨幅|增幅|降幅|增速)$", "", last_subject) or None  # "跌幅已达10%，并跌破了3000点"
            subject = (carried_price(last_subject) if is_zh and last_subject else last_subject) or (
                None if is_zh else quoted_title(shadow[:clause_start])) or \
                earlier_clause_subject(sentence, clause_start, blanks, words, is_zh)
        if not is_zh and match.unit is None and figures and (counted := expected_count(shadow[match.end:], figures[-1].unit)):
            subject = counted
        last_subject = subject or last_subject
        outer_subject = last_subject if not in_aside(shadow, match.start) else outer_subject
        if (not is_zh and previous is not None and previous.is_baseline
                and re.fullmatch(r"\s*(?:to|-|–|and)\s*", shadow[previous.end:match.start])
                and (EN_FROM_ESTIMATE_RE.search(shadow[max(0, previous.start - 60):previous.start])
                     or re.search(r",\s*(?:down|up)\s+from\s*$", shadow[:previous.start]))):
            match.is_baseline = True  # the far end of the old range
        # A base moved nowhere, but a base that was a loss stays one ("compared with a loss of $35.6 million").
        change = ("loss" if not is_zh and is_loss(shadow, match, clause_start, is_zh) else None) if match.is_baseline \
            else None if not is_zh and _EN_OF_ITS_RE.search(shadow, 0, match.start) else change_of(shadow, match, clause_start, is_zh)
        if (not is_zh and match.unit == "%" and _EN_CUT_SHARE_RE.search(shadow, clause_start, match.start)
                and (whole := _EN_SHARE_OF_RE.match(shadow, match.end))):
            subject = whole.group(1)  # "cut 8% of its 900 employees": the employees, 8% of them
        if not is_zh and match.unit == "%" and (target := _EN_TARGET_SHARE_RE.match(shadow, match.end)):
            subject = f"share of {target.group(1)} reached"  # "reached 81% of its full-year target": not the target
        if change is None and previous is not None and figures and re.fullmatch(
                r"\s*(?:至|到|to)\s*", shadow[previous.end:match.start]):
            change = figures[-1].change  # "同增37.21%至14.47亿元", "rose 5% to $2 billion"
        period = period_of(dating, match, clause_start, shadow) or (None if is_zh or previous is None or not figures else
                                                                     level_period(sentence[previous.end:match.start], figures[-1].period))
        if not is_zh and not match.is_baseline and not any(
                max(clause_start, match.start - 40) <= p[0] < match.start for p in periods) and (near := next((
                p for p in periods if _EN_PERIOD_NEXT_RE.fullmatch(shadow, match.end, p[0]) and not p[2].startswith(
                    ("since", "a year", "last"))), None)):
            period = near[2]  # "plans to double production to 400 machines next year" (not "in 2025" before it)
        if not is_zh and period and "-" in period and _EN_SHARES_RE.search(shadow, clause_start, match.start) and not any(
                clause_start <= p[0] < match.end for p in periods):
            period = None  # "…forecast first-quarter revenue…, and its shares jumped 11%": the day's move, not the quarter's
        if not is_zh and (match.is_baseline or (is_linked and previous is not None and previous.is_baseline)):
            # "up from $365 million, or 95 cents a share, a year earlier": the base is dated after it.
            dated = EN_BASE_DATED_RE.match(shadow, match.end)
            period = dated.group(1) if dated else period
        elif not is_zh and ((dated := EN_PAST_VALUE_RE.match(shadow, match.end)) or (  # "versus a profit of $112
                (dated := EN_BASE_DATED_RE.match(shadow, match.end)) and EN_VERSUS_NAMED_RE.search(shadow[:match.start]))):
            period = dated.group(1)  # million, or 91 cents, a year earlier"
        shown_subject = clean_subject(subject)
        quarter_basis = None
        if not is_zh and period in (None, "year on year") and not match.is_baseline and (
                named := _EN_QUARTER_NOUN_RE.match(shown_subject or "")):
            # "Third-quarter net sales increased 6%"; ("Third-quarter revenue rose 31% from a year earlier": the
            # quarter is the period, the year before what it is compared with.)
            quarter_basis, period = period, f"the {named.group(1).lower()} quarter"
        level = _EN_CHANGE_IN_RE.match(shown_subject or "") if not is_zh and match.unit not in _RELATIVE_UNITS else None
        if level:
            shown_subject = level.group(1)  # "a 14% drop in pre-tax profit to £1.12 billion": the profit's level
        if not is_zh:
            change = better_is_lower(shadow[clause_start:match.start], shown_subject, change)  # "churn improved"
        loss = loss_change(shadow[clause_start:match.start], shown_subject) if (
            is_zh and (match.unit in _RELATIVE_UNITS or (match.unit or "").endswith("元"))) else None
        if loss:
            # "亏损同比收窄56.6%", "同比减亏52.9%": the loss narrowed, not the profit; a metric carried
            # over from the clause before ("营收同比增长20%，亏损同比收窄20%") is not what lost.
            shown_subject, change = loss
        elif (is_zh and own_subject is None and not is_linked and match.unit in _RELATIVE_UNITS
              and change in ("up", "down") and shadow[match.start] not in "-−+" and figures and figures[-1].change == "loss"
              and not (change == "down" and abs(match.value or 0) >= 100)
              and figures[-1].sentence_index == index and shown_subject and shown_subject == figures[-1].subject):
            # "公司净亏损3亿元，同比收窄20%": the rate carried over from a loss measures the loss, not the company
            # (a signed rate, "yoy-129%", or a fall of 100% or more is the profit's, which fell into the loss).
            shown_subject = shown_subject if "亏" in shown_subject else f"{shown_subject}亏损额"
        if is_zh and shown_subject:
            # "启明汽车交付3.2万辆，同比增长15%": the change takes the noun its amount was given;
            # a change alone does not say whether it is of the count or of the value.
            if match.unit not in _RELATIVE_UNITS:
                metric_names[shown_subject] = metric_subject(shown_subject, match.unit) or shown_subject
            shown_subject = metric_names.get(shown_subject, shown_subject)
            plan = re.match(r"(?:的)?(?:年度|全年)?(目标|计划)(?=[的，,。；;已将仍有中、]|$)", shadow[match.end:])
            if plan and "目标" not in shown_subject and "计划" not in shown_subject:
                # "完成全年40万辆目标的88%": the target, not what was delivered
                shown_subject = re.sub(r"^累计", "", shown_subject) + plan.group(1)
        if is_zh:
            shown_subject = part_subject(shadow, match, clause_start, shown_subject, own_subject, figures)
        if (not is_zh and shown_subject and re.match(r"[a-z][\w\-]*\sand\s", shown_subject)
                and (listed := re.search(r"\b(?:while|whereas|but)\s+([a-z][\w\-]*),\s*$", shadow[:clause_start]))):
            shown_subject = f"{listed.group(1)}, {shown_subject}"  # "while food, alcohol and tobacco prices rose 2.5%"
        if (not is_zh and match.unit == "%" and shown_subject and previous is not None and figures
                and figures[-1].unit in _EN_COUNT_UNITS and figures[-1].subject == shown_subject
                and re.fullmatch(r"[^,;]{0,30}?,\s*(?:up|down)?\s*", shadow[previous.end:match.start])):
            # "The airline carried 4.21 million passengers in the month, up 6.2%": the passengers rose,
            # not the airline ("…, 5.7% more than in the same period").
            shown_subject = f"{possessive(shown_subject)} {figures[-1].unit}"
        if (not is_zh and shown_subject and not re.search(r"\bshares?\b", shown_subject, re.IGNORECASE)
                and _EN_PER_SHARE_RE.match(shadow, match.end)):
            # "net income of $410 million, or 98 cents a share": the 98 cents is per share,
            # not the net income.
            shown_subject = f"{shown_subject} per share"
        # "增速分别比上月末和上年同期低0.3个和2.5个百分点": each base goes with one figure; show neither.
        each_base = is_zh and bool(_ZH_EACH_BASE_RE.search(shadow, clause_start, match.start))
        figures.append(Figure(
            text=text, value=match.value, unit=match.unit, approx=match.approx, change=change,
            period=None if each_base else period, subject=shown_subject,
            context=context, sentence_index=index, kind="figure",
            basis=None if each_base else basis_of(shadow, match, max(clause_start, previous.end if previous else 0),
                                                  is_zh, change, period) or quarter_basis,
            estimate=estimate_of(shadow, match, max(clause_start, previous.end if previous else 0), is_zh) or (
                # "若22Q3收入以-5%计算，则当季归母净利率为3.9%~4.2%": what follows from a supposition is no result.
                # "2023年公司目标实现营收同比增长12.0%至143.9亿元": a target is no result either.
                "forecast" if is_zh and (_ZH_SUPPOSED_RE.search(shadow, 0, match.start)
                                         or _ZH_TARGET_RE.search(shadow, clause_start, match.start)
                                         or set_by_year(shadow, match.start)) else None) or (
                # "预计2027年营收将达120亿元，同比增长20%": the change of a forecast is a forecast too.
                # ("…, up from $1.9 billion a year earlier", "去年为100亿元": a past base is a result.)
                # ("较2024年增长20%": a date in between does not break the chain.)
                carried_estimate(shadow, match, figures, matches_by_figure, period) if carried else None),
        ))
        linked.append(is_linked)
        matches_by_figure.append(match)
        if match.is_baseline:
            baselines.add(len(figures) - 1)
        previous = match
    distribute_years(shadow, figures, matches_by_figure)
    undate_single_figures(shadow, figures, matches_by_figure)
    if is_zh:
        distribute_list_subjects(sentence, shadow, figures, matches_by_figure)
    subjects_named_after(shadow, figures, matches_by_figure, linked)
    # "同比+50%/24%/153%": a slash list shares the direction before its first item (but "-41.7%/22.6%": not a minus).
    for i in range(1, len(figures)):
        if (figures[i].change is None and figures[i - 1].change is not None and figures[i].kind == "figure"
                and figures[i - 1].kind == "figure" and shadow[matches_by_figure[i - 1].start] not in "-−"
                and shadow[matches_by_figure[i - 1].end:matches_by_figure[i].start] == "/"):
            figures[i] = replace_figure(figures[i], change=figures[i - 1].change,
                                        basis=figures[i].basis or figures[i - 1].basis)
    # "下跌232.79点，或0.68%": a figure joined by 或/、/and says the same as the one before.
    for i in range(1, len(figures)):
        if (linked[i] and figures[i - 1].change == "loss" and figures[i].change == "down" and not is_zh
                and isinstance(figures[i].value, float) and figures[i].value < 0):
            figures[i] = replace_figure(figures[i], change="loss")  # "Net loss of $(36.4) million, or $(0.21) a share"
        if (linked[i] and figures[i].change is None and figures[i - 1].change is not None  # (not a minus: "-0.57、0.07")
                and not re.search(r"(?:至|到|\bto)\s*$", shadow[:matches_by_figure[i].start]) and shadow[matches_by_figure[i - 1].start] not in "-−"):
            figures[i] = replace_figure(figures[i], change=figures[i - 1].change)
    # "grew 0.3% from the previous three months and 1.1% from a year earlier": the second figure of
    # a pair of bases changed the same way.
    for i in range(1, len(figures)):
        if (not is_zh and figures[i].change is None and figures[i - 1].change in ("up", "down")
                and figures[i].kind == figures[i - 1].kind == "figure" and figures[i].unit == figures[i - 1].unit
                and _EN_SECOND_BASE_RE.fullmatch(shadow[matches_by_figure[i - 1].end:matches_by_figure[i].start])
                and _EN_COMPARED_AFTER_RE.match(shadow, matches_by_figure[i].end)):
            change = figures[i - 1].change
            figures[i] = replace_figure(figures[i], change=change, basis=figures[i].basis or basis_of(
                shadow, matches_by_figure[i], matches_by_figure[i - 1].end, is_zh, change, figures[i].period))
    estimates_go_on(shadow, figures, matches_by_figure, linked)  # "…，对应EPS为…", a forecast table's rows
    # "同比分别增长11.2%、-4.6%": a list of changes shares the basis written before its first item.
    for i in range(1, len(figures)):
        if (linked[i] and figures[i].basis is None and figures[i - 1].basis is not None
                and figures[i].change in ("up", "down") and figures[i - 1].change in ("up", "down")
                and not re.search(r"至|到|\bto\b", shadow[matches_by_figure[i - 1].end:matches_by_figure[i].start])):
            figures[i] = replace_figure(figures[i], basis=figures[i - 1].basis)
    # "a 20% and 16% improvement": the first of linked figures takes the subject named after the last.
    for i in range(len(figures) - 2, -1, -1):
        if linked[i + 1] and figures[i].subject is None and figures[i + 1].subject is not None:
            figures[i] = replace_figure(figures[i], subject=figures[i + 1].subject)
        elif (linked[i + 1] and figures[i].subject and figures[i + 1].subject == f"{figures[i].subject} per share"
              and figures[i].unit == figures[i + 1].unit
              and re.fullmatch(r"\s*(?:to|-|–|and|or)\s*", shadow[matches_by_figure[i].end:matches_by_figure[i + 1].start])):
            figures[i] = replace_figure(figures[i], subject=figures[i + 1].subject)  # "$1.10 to $1.20 a share"
        if (linked[i + 1] and figures[i].change is None and figures[i + 1].change is not None
                and i not in baselines):
            figures[i] = replace_figure(figures[i], change=figures[i + 1].change)
    return revise_subjects(sentence, shadow, figures, matches_by_figure, is_zh)


_EN_PERIOD_NEXT_RE = re.compile(r"(?:\s*\([A-Z]{2,8}s?\))?(?:\s+(?!(?:from|than|versus|vs|over|against|compared|since|after|before|until|to|on)\b)"
                                r"[a-z]+)?\s+")
_EN_COUNT_UNITS = frozenset(("passengers", "vehicles", "units", "TEU"))
_EN_NEW_PREDICATE_RE = re.compile(r",?\s+(?:and|as|while|but)\s+(?:(?:it|they|he|she|we)\s+)?(?:\w+\s+){0,8}?"
                                  r"(?:tries|tried|trying|plans?|planned|aims?|aimed|seeks?|sought|wants?|hopes?)\s+to\s+\w+")
_EN_COUNTED_AND_RE = re.compile(r"\s+([A-Za-z][\w\-]*(?:\s[A-Za-z][\w\-]*)?)\s+and\s+(?!(?:a|an|the|its|their)\b)(?:[a-z]+(?:s|ed)\b"
                                r"|[a-z]+(?=\s+(?:about\s+|around\s+|nearly\s+|some\s+|up\s+to\s+)?[$€£]?\d))")  # "close 45 stores and cut 2,400"
_ZH_BASE_OPEN_RE = re.compile(r"(?:^|[，,；;：:\s])(?:[\u4e00-\u9fffA-Za-z]{0,8}?)(?:与|和|同|跟)\s*$")
# ("与6月末持平": what stayed level was compared with 6月末, which dates nothing after it.)
_ZH_BASE_CLOSE_RE = re.compile(r"[^，,。；;\d]{0,8}(?:\d{1,2}天)?[^，,。；;\d]{0,4}(?:相比|持平)")
_ZH_TARGET_RE = re.compile(r"(?<!完成)(?<!达成)(?<!实现)(?<!超过)(?<!对应)(?:目标(?:是|为)?(?:实现|达到|达成)[^，,。；;！？\d]{0,12}"
                           r"(?:[\d.]+\s?%?\s?至)?|目标(?:是|为))\s?$")
_ZH_SUPPOSED_RE = re.compile(r"(?:若|如果|假设|假如|倘若)[^。；;！？]{1,40}[，,]\s*则[^。；;！？]*$")
_ZH_NEW_HOLDER_RE = re.compile(r"[，,；;]\s*(?:(?:另(?!外[，,])|其余|其他|其它)[^，,。；;\d]{2,30}[，,]\s*$|“[^”\d]{2,20}”[^，,。；;]{2,30}[，,])")
_ZH_EACH_BASE_RE = re.compile(r"分别(?:比|较|与|相比)[^，,。；;\d]{1,20}?(?:和|及|与|、)")
_EN_SECOND_BASE_RE = re.compile(
    r"\s+(?:in\s+[^,;.\d]{1,30}?\s+)?(?:from|versus|compared\s+with)\s+[^,;.\d]{1,40}?\s+and\s+", re.IGNORECASE)
_EN_COMPARED_AFTER_RE = re.compile(r"\s+(?:from|versus|compared\s+with)\s+(?:a|the)\s", re.IGNORECASE)
_EN_CHANGE_IN_RE = re.compile(r"(?:an?\s)?(?:drop|fall|decline|rise|increase|jump|gain|decrease|slump|surge)\s+in\s+(.+)$",
                              re.IGNORECASE)
_RATE_NOUN_RE = re.compile(r"\s*(增幅|增速|降幅|跌幅|涨幅)(?!\s*[\d.]+\s*%)")
# "8% of its 900 employees": the 900 is how many there are, not how many were cut.
_EN_OF_ITS_RE = re.compile(r"\bof\s+(?:its|their|the|his|her|our)\s+$", re.IGNORECASE)
_EN_CUT_SHARE_RE = re.compile(r"\b(?:cut|cuts|cutting|sell|sells|sold|selling|shed|sheds|eliminat(?:e|es|ed|ing)|trim(?:s|med)?"
                              r"|reduc(?:e|es|ed|ing)|lay(?:s|ing)?\s+off|laid\s+off|fir(?:e|es|ed|ing)|buy|buys|bought"
                              r"|acquir(?:e|es|ed|ing))\s+(?:(?:about|nearly|some|roughly|up\s+to|more\s+than)\s+)?$",
                              re.IGNORECASE)
_EN_SHARE_OF_RE = re.compile(r"\s+of\s+(?:its|their|his|her|our)\s+(?:[\d,.]+\s+)?([a-z][a-z\-]+"
                             r"(?:\s(?!(?:as|in|to|of|and|or|for|at|on|with|by|from|after|while|since)\b)[a-z][a-z\-]+)?)\b")
_EN_QUARTER_NOUN_RE = re.compile(r"(?:(?:its|their|the)\s)?(first|second|third|fourth)-quarter\s", re.IGNORECASE)
_EN_SHARES_RE = re.compile(r"\b(?:shares|stock)\b", re.IGNORECASE)
_EN_TARGET_SHARE_RE = re.compile(r"\s+of\s+(?:its|their|our|the)\s+((?:[\w'’\-]+\s){0,2}(?:target|goal|guidance|plan))\b")
_EN_PER_SHARE_RE = re.compile(r"\s+(?:a|per|each)\s+(?:diluted\s+|basic\s+)?share\b", re.IGNORECASE)
def _only_connectors(between: str, is_zh: bool) -> bool:
    """Two figures joined by 、/和/or/to share one subject ("50分、60分", "0.25 percent or $63.1 billion")."""
    stripped = between.strip()
    if is_zh:
        return bool(re.fullmatch(r"[、和或及与至到]?(?:再到)?|[，,]\s*或", stripped))
    # "fell 62 cents, or 0.8%": the second says the same as the first.
    # "cut rates by 25 basis points on Wednesday to a range of 4.25%-4.5%": where the rate ended.
    return bool(re.fullmatch(r"(?:,|and|or|to|-|–|,\s*or)?|(?:(?:on|in)\s+[A-Z][a-z]+\s+)?to\s+an?\s+(?:target\s+)?range\s+of",
                             stripped, re.IGNORECASE))


def _finite(value: float | tuple[float, float] | None) -> bool:
    """A value that is a real number (or range of them), or no value at all."""
    if value is None:
        return True
    return all(math.isfinite(v) for v in (value if isinstance(value, tuple) else (value,)))
