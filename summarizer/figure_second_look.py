"""A second look at each figure against its sentence, for classes of wrong key figure that an
audit of news written for the purpose found once every other rule had run.

A wrong figure shown is worse than one left out, so each rule here either sets a subject,
direction or period right where the sentence says it plainly, or takes away the doubtful part
(the subject, the direction, the period), or makes the number an id that is never ranked:

- no key figure: a person's age ("his granddaughter, 19, has…", "70岁的陈德顺" outside 年龄), a number
  joined to its unit as a modifier ("38-foot ferry", "20-day average"), a match's statistics (games,
  shots, yards, possession), the whole a part is counted from ("three of its 14 hubs"), a count that
  only qualifies another figure's subject ("31个大城市城镇调查失业率为5.0%"), a list of small
  administrative counts ("下辖9个镇、4个乡和3个街道"), an old forecast (前值), a share of "二者";
- value: a slash list's unit, written once after the last value ("21.5/27.8/34.2亿元"), belongs to each, and a
  range written "between 9% and 11%" keeps its "between" (`shown_text`, used where the bot shows the figure);
- subject: a count named by the noun right after it ("counted 9,400 crossings"), a subject carried
  over an action verb of the clause's own ("would save about $210 million"), a subject before an
  aside ("Shelter costs, which account for…, rose 0.4%"; "The Russell 2000 bucked the trend,
  adding 0.4%"), a price per share in a takeover, an adjusted result after "Excluding items", the
  prior year's "or 64 cents" of a per-share result, a share "or about 6.5% of X" (a share of X, not
  X), counts of limit-up stocks ("68股涨停"), 城乡 pairs after 分别为, a growth's speed-up
  ("比上月加快0.4个百分点"), a figure in a quotation given to someone outside it;
- direction: the base of a change ("up 5.2% from this year's $4.56 billion") and a cause ("weighed
  down by a $96 million charge") take none;
- period: a founding year ("founded in 1998") dates nothing else, and "the month before" right after a
  figure is its period.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.model import Figure

# A number written without a unit or a sign ("19", "9,400").
_BARE = re.compile(r"[\d.,]+")
_EN_AGE = re.compile(r"(?:\b[A-Za-z][a-z]+,\s+$)")
_EN_AGE_AFTER = re.compile(r"^,\s+[a-z]")
_SPORT_WORDS = frozenset((
    "game", "games", "match", "matches", "shot", "shots", "yard", "yards", "goal", "goals", "possession",
    "assist", "assists", "rebound", "rebounds", "appearance", "appearances", "inning", "innings", "wicket",
    "wickets", "lap", "laps", "save", "saves", "tackle", "tackles", "foul", "fouls", "corner", "corners",
    "league games", "league matches"))
_PARTITIVE_BEFORE = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                               r"a\s+few|several|some|many|most|half)\s+of\s+(?:its|the|their|our|his|her)\s+$",
                               re.IGNORECASE)
_FOLLOWING_NOUN = re.compile(r"^\s+(?!(?:dozens|hundreds|thousands|millions|billions|tons|tonnes|barrels|pieces|kinds|types)\b)"
                             r"([a-z][a-z\-]{3,}s)\b(?!\s+per\b)")  # ("received 87 reports of …": "of" may follow)
# "The county counted 9,400 crossings": the one who counts is not what is counted ("orders rose to 4,860 homes" is).
_COUNTING_VERB = re.compile(r"\b(?:counted|logged|recorded|registered|tallied|handled|welcomed|saw|reported|received)\s+"
                            r"(?:about\s+|roughly\s+|some\s+|nearly\s+|more\s+than\s+|almost\s+)?$", re.IGNORECASE)
_NOT_COUNTED_NOUNS = frozenset(("years", "months", "weeks", "days", "hours", "minutes", "seconds", "percent",
                                "times", "points", "dollars", "cents", "euros", "pounds", "yuan", "others",
                                "shares", "basis"))
_ACTION_VERBS = (r"(?:save|saves|saving|saved|cost|costs|costing|draw|draws|drawing|drew|pay|pays|paying|spend|spends|"
                 r"spending|borrow|borrowing|invest|investing|lend|lending)")
# The clause's own subject before its verb ("the moves would save", "which … will cost the owner") or a
# participle opening it ("drawing $95 million from …"); "Gas will cost 6.18p" names its subject itself.
_ACTION_VERB_BEFORE = re.compile(r"(?:\b(?:the|its|their|it|they|this|these|which|he|she|we)\b[^,;]*\b" + _ACTION_VERBS
                                 + r"|^\s*(?:drawing|saving|costing|paying|spending|borrowing))\b[^,;]{0,60}$", re.IGNORECASE)
_ASIDE_SUBJECT = re.compile(
    r"^\W*((?:The\s+|A\s+|An\s+)?[A-Z][\w'\-&]*(?:\s+[\w'\-&]+){0,4}?),\s+(?:which|who|first|once|one\s+of|"
    r"[a-z]+ed\b)[^,]*,\s+(?:[a-z]+\s+){1,3}(?:about\s+|an\s+estimated\s+|roughly\s+|nearly\s+|some\s+)?$")
_TRAILING_VERB_SUBJECT = re.compile(
    r"^\W*((?:The\s+)?[A-Z][\w'\-&]*(?:\s+[\w'\-&]+){0,3}?)\s+[a-z]+ed\b[^,]*,\s+(?:adding|gaining|rising|"
    r"falling|losing|slipping|shedding|climbing|dropping|easing|jumping|sliding|advancing|declining)\s+$")
_TAKEOVER_FOR = re.compile(r"\b(?:acquire|buy|purchase|take\s+over)\s+(.{3,80}?)\s+for\s+$")
_ADJUSTED_LEAD = re.compile(r"^\s*(?:Excluding|Excluding\s+one-time|Before|Stripping\s+out)\s+(?:special\s+|one-time\s+|"
                            r"some\s+|certain\s+)?(?:items|charges|costs)|^\s*On\s+an\s+adjusted\s+basis", re.IGNORECASE)
_SHARE_OF = re.compile(r",\s+or\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|around\s+|some\s+)?$")
_BASE_FROM = re.compile(r"\bfrom\s+(?:(?:this|last|the\s+previous|the\s+prior|a\s+year\s+earlier's)\s+)?"
                        r"(?:(?:year|quarter|month|week)'s\s+)?(?:about\s+|roughly\s+|nearly\s+|some\s+)?$",
                        re.IGNORECASE)
_CAUSE_BEFORE = re.compile(r"\b(?:weighed\s+down|hurt|hit|dragged\s+down|helped|boosted|lifted|offset)\s+by\s+(?:a|an|the)?\s*$",
                           re.IGNORECASE)
_FOUNDED = re.compile(r"\b(?:founded|established|incorporated|formed|created|set\s+up|started|opened|built)\s+(in\s+(?:19|20)\d{2})\b",
                      re.IGNORECASE)
_NEXT_PERIOD = re.compile(r"^\s+(the\s+month\s+before|the\s+previous\s+month|the\s+prior\s+month|a\s+month\s+earlier|"
                          r"the\s+quarter\s+before|the\s+previous\s+quarter|a\s+quarter\s+earlier)\b", re.IGNORECASE)
_PREVIOUSLY = re.compile(r"^\s+(previously|earlier)\b(?!\s+(?:this|that|in)\b)", re.IGNORECASE)
_WHICH_GREW = re.compile(r"\b(?:its|the|their)\s+([\w\- ]{3,40}?),\s+which\s+(?:grew|increased|raised|boosted|lifted|lowered|cut)\s+"
                         r"(revenue|sales|profit|earnings|income)\s+(?:by\s+)?$")
_EN_ADVERB_TAIL = re.compile(r"\s+(?:mostly|largely|mainly|partly|chiefly|primarily)$", re.IGNORECASE)
_ZH_FOUNDED = re.compile(r"(?:始建于|建于|成立于|创立于|创办于|建成于|落成于)")
_ZH_CLASSIFIERS = "本个条座家只名位次件项台辆块宗幅"
_PRESENT_VERB = re.compile(r"\b(?:employs|operates|runs|owns|serves|counts|has\s+about|has\s+roughly|has\s+some)\b", re.IGNORECASE)
_ZH_DISTANCE_UNITS = ("公里", "千米", "米", "里")
_ZH_PAID_FOR = re.compile(r"^\s*(收购|购买|受让|认购)([^\d，,；;。（(]{2,30})")
# "Halvorsen, which already owns a 9.8% stake in Pinecrest, said…": the name the which-clause is about.
_WHICH_OWNER = re.compile(r"^\W*([A-Z][\w'&.\-]*(?:\s+[A-Z][\w'&.\-]*){0,4}),\s+which\b")
_ZH_DIMENSIONS = ("全长", "长度", "总长", "宽度", "高度", "深度", "长", "宽", "高", "深", "厚", "面积", "直径")
# "He was 88", "I'm 74 and", "my neighbour, who is 82,": a person's age.
_EN_AGE_PHRASE = re.compile(r"(?:\b(?:He|She|he|she|I)\s+(?:was|is|am)|\b(?:He|She|he|she|I)[’'](?:s|m)|\bwho\s+(?:is|was)"
                            r"|\bturn(?:s|ed)|\bdied\s+(?:at|aged)|\baged|\bat\s+the\s+age\s+of)\s+$")
_EN_CONVERTED_BEFORE = re.compile(r"\d[\d,.]*(?:\s?(?:[A-Za-z]+\.?|[$€£¥%])){0,3}\s*\(\s*(?:about|around|roughly|approximately"
                                  r"|nearly|some|almost|over|more\s+than)?\s*$")
_EN_OLD_ONE_BEFORE = re.compile(r"\b(?:replac(?:es|ed|ing)|succeed(?:s|ed|ing)|supersed(?:es|ed|ing)|swap(?:s|ped)\s+out)\s+"
                                r"(?:the|its|their)\s+(?:previous|former|old|older|outgoing|prior|existing)\s+$", re.IGNORECASE)
_EN_WHERE_AFTER = re.compile(r"^\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west|inland|offshore|upstream|downstream"
                             r"|outside|away)\s+(?:of|from)\b", re.IGNORECASE)
# "100% sure", "suits you 100%", "give 110%": a way of speaking, not a share of anything.
_EN_WHOLEHEARTED_AFTER = re.compile(r"^\s+(?:sure|certain|committed|confident|convinced|behind|honest|serious|focused|dedicated"
                                    r"|happy|satisfied|on\s+board|in\s+agreement)\b", re.IGNORECASE)
_EN_WHOLEHEARTED_BEFORE = re.compile(r"(?:\b(?:you|me|him|her|us|them)|\bgive(?:s|n)?(?:\s+it)?|\bgave(?:\s+it)?)\s+$",
                                     re.IGNORECASE)
_KIN = frozenset(("children", "grandchildren", "great-grandchildren", "sons", "daughters", "siblings", "brothers", "sisters"))
_EN_DOWN_WORD = re.compile(r"\b(?:fell|fall|falls|dropped|drop|declined|decline|down|lower|lowered|cut|cuts|slipped|slid|"
                           r"sank|eased|shrank|decreased|reduced|narrowed)\b", re.IGNORECASE)
_ZH_OWN_METRIC = re.compile(r"^([\u4e00-\u9fff]{2,10}?(?:降雨量|降水量|雨量|风速|风力|水位|流量|温度|气温|人数|金额|总额|数量|面积|产量|销量))"
                            r"(?:出现|位于|发生|在|为|达)")
_LAID_OFF = re.compile(r"\blaid\s+off\s+(?:about\s+|roughly\s+|some\s+|nearly\s+|more\s+than\s+)?$", re.IGNORECASE)
_PEOPLE = frozenset(("people", "workers", "employees", "staff"))
_EN_DANGLING = re.compile(r"\s(?:and|or|of|from|to|with|by|in|on|at|for)$", re.IGNORECASE)

_ZH_AGE_KEPT = re.compile(r"年龄|岁数|平均|以上|以下|退休|寿命")
_ZH_OLD_FORECAST = frozenset(("前值", "原值", "原预测", "前次预测", "此前预测"))
_ZH_PRONOUNS = frozenset(("二者", "两者", "三者", "前者", "后者", "其", "该", "此", "这", "那"))
_ZH_SMALL_COUNT_UNITS = ("个", "条", "座", "所", "处", "家")
_ZH_LIMIT_MOVE = re.compile(r"^(?:个股|只个股|家)?(涨停|跌停|上涨|下跌|平盘|收涨|收跌)")
_ZH_SPEED = re.compile(r"^(?:比|较)?(?:上月|上年|去年|上季度?|同期|前值|上期|年初)(加快|提高|上升|扩大|回落|放缓|下降|收窄|回升)$")
# "增速比8月份加快1.1个百分点", "比上月放缓0.3个百分点": only a growth rate speeds up or slows down.
_ZH_PACE = re.compile(r"^(?:增速|增幅)?(?:比|较)?(?:上月|上年|去年|上季度?|同期|前值|上期|年初|\d{1,2}月份?)(加快|放缓)$")
_ZH_SPEED_UP = ("加快", "提高", "上升", "扩大", "回升")


def figure_place(figure: Figure, sentences: Sequence[str]) -> tuple[str, str, str] | None:
    """A key figure's sentence, and the sentence's text before and after the figure; None for an id or
    date, or when the figure's clause is not found in its sentence (the rules then leave it alone)."""
    if figure.kind != "figure" or not 0 <= figure.sentence_index < len(sentences) or not figure.context:
        return None
    sentence = sentences[figure.sentence_index]
    clause_at = sentence.find(figure.context)
    at = figure.context.find(figure.text)
    if clause_at < 0 or at < 0:
        return None
    start = clause_at + at
    return sentence, sentence[:start], sentence[start + len(figure.text):]


def second_look(figures: Sequence[Figure], sentences: Sequence[str], lang: str) -> list[Figure]:
    """`figures` with the classes above set right, made ids, or stripped of a doubtful part."""
    out: list[Figure] = []
    # The figures already looked at, by sentence: searching `out` for them at each figure was
    # quadratic in a long text's figures.
    seen: dict[int, list[Figure]] = {}
    for figure in figures:
        if place := figure_place(figure, sentences):
            sentence, before, after = place
            same = seen.get(figure.sentence_index, ())  # read only, before this figure joins it
            if lang == "en" and _restated(figure, before, out):
                figure = _not_key(figure)  # "… for $5 billion. The $5 billion deal is expected to close": said once
            elif lang == "en":
                figure = _english(figure, sentence, before, after, same)
            else:
                figure = _chinese(figure, sentence, before, after, same)
        out.append(figure)
        if figure.kind == "figure":
            seen.setdefault(figure.sentence_index, []).append(figure)
    return out


def shown_text(figure: Figure) -> str:
    """The figure's text as a line shows it: with a slash list's unit (`written_unit`) and with the "between" of
    a range written "between 9% and 11%" ("9% and 11%" alone reads as two figures). The figure keeps its text."""
    text = figure.text + written_unit(figure)
    if isinstance(figure.value, tuple) and " and " in text and not text.lower().startswith("between") \
            and re.search(r"\bbetween\s+" + re.escape(figure.text), figure.context or "", re.IGNORECASE):
        return f"between {text}"
    return text


def two_periods_before(sentences: Sequence[str], index: int, found: list[Figure]) -> bool:
    """"11月零售226.3万辆；今年以来累计2078.5万辆。其中，新能源…": the statement before 其中 names two
    periods (its parts split at the semicolon), so which one goes on is not said; none is carried. Nor when
    the part just before opened with one period and ended with another."""
    last = found[-1].period
    # "1-11月，累计销量42.6万辆，…，完成全年50万辆销量目标的85.2%；其中…": the part before opened with one
    # period and ended with another (its target's); which one goes on is not said.
    part = [f for f in found[-12:] if f.sentence_index == index - 1 and f.kind == "figure"]
    if part and part[0].period and last and part[0].period not in last and last not in part[0].period:
        return True
    if index < 2 or not re.search(r"[；;]\s*$", sentences[index - 2]) or not re.match(r"\s*其中", sentences[index]):
        return False
    # `found` is in sentence order: only its tail is read (reading it all at each 其中 was quadratic).
    for figure in reversed(found):
        if figure.sentence_index < index - 2:
            return False
        if figure.sentence_index == index - 2 and figure.kind == "figure" and figure.period and figure.period != last:
            return True
    return False


_EN_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:(?:new|same|latest|current|proposed|planned|agreed|smaller|larger|bigger)\s+)?$")


def _restated(figure: Figure, before: str, earlier: Sequence[Figure]) -> bool:
    """"Acme agreed to buy Beta for $5 billion. … The $5 billion deal…", "a new 2.0-liter engine. … the
    new 2.0-liter will": an amount with its unit named again with "the" in a later sentence is the fact
    stated before, not a second one."""
    return (figure.unit not in (None, "%") and figure.change is None and bool(_EN_THE_BEFORE.search(before))
            and any(f.kind == "figure" and f.value == figure.value and f.unit == figure.unit
                    and f.sentence_index < figure.sentence_index for f in earlier))


def _not_key(figure: Figure) -> Figure:
    """The number made an id, as other rules make codes and dates: an id is never ranked or shown
    as a key figure, so a doubtful number states nothing."""
    return replace(figure, kind="id", rank=None)


def written_unit(figure: Figure) -> str:
    """The unit a slash list writes once after its last value ("21.5/27.8/34.2亿元" -> "亿元" for 21.5
    and 27.8), so that each value is shown with it; "" for any other figure. The figure's text stays as
    written in the sentence."""
    if not _BARE.fullmatch(figure.text) or not figure.context:
        return ""
    # ("506、1085、1400辆", "2.4、0.5和1.0亿元": a list joined by 、 writes its unit once too.)
    found = re.search(r"(?<![\d.,])" + re.escape(figure.text) + r"(?=(?:\s*(?:/|、|和|及)\s*[-−+]?[\d.,]+)+\s*"
                      r"((?:个百分点|百分点|pcts?|ppts?|亿美元|万美元|亿港元|亿元|万元|元|亿|万|倍|%|％|x|X|万辆|辆|台|万吨|吨|家"
                      r"|万人|人|件|个)(?:/(?:吨|股|辆|台|件|桶|盎司|平方米|平米|千瓦时|kWh|Wh|W)(?![A-Za-z]))?)(?![A-Za-z]))",
                      figure.context)
    return found.group(1) if found else ""


def _english(figure: Figure, sentence: str, before: str, after: str, same: Sequence[Figure]) -> Figure:
    """The English rules of the module docstring, in its order (no key figure, subject, direction,
    period); `before`/`after`: the sentence around the figure, `same`: the sentence's earlier figures."""
    bare = _BARE.fullmatch(figure.text) is not None and figure.unit is None
    subject = (figure.subject or "").strip()
    words = subject.lower().split()
    if bare and re.match(r"^-[a-z]", after):
        return _not_key(figure)  # "38-foot ferry", "20-day average"
    if bare and isinstance(figure.value, float) and figure.value < 120 and (
            _EN_AGE.search(before) and _EN_AGE_AFTER.match(after)):
        return _not_key(figure)  # "Bascombe's granddaughter, 19, has started"
    if bare and isinstance(figure.value, float) and figure.value < 120 and (
            _EN_AGE_PHRASE.search(before) and re.match(r"^\s*(?:[.,;]|$|years?\s+old|and\b)", after)):
        return _not_key(figure)  # "He was 88.", "died at 88", "aged 59"
    if figure.unit not in (None, "%") and _EN_CONVERTED_BEFORE.search(before) and re.match(r"\s*\)", after):
        return _not_key(figure)  # "1,200 miles (1,931 kilometers)", "$5 billion (€4.6 billion)": the same amount again
    if subject and _EN_OLD_ONE_BEFORE.search(before):
        figure, subject = replace(figure, subject=None), ""  # "the new engine replaces the previous 1.8-liter": not the new one's
    if figure.unit in ("miles", "km", "m", "feet") and _EN_WHERE_AFTER.match(after):
        return _not_key(figure)  # "a hospital 185 miles northwest of Beijing": where a place lies, not a result
    if figure.unit == "%" and isinstance(figure.value, float) and figure.value >= 100 and (
            _EN_WHOLEHEARTED_AFTER.match(after) or _EN_WHOLEHEARTED_BEFORE.search(before)):
        return _not_key(figure)  # "I am 100% sure", "a business that suits you 100%", "give it 110%": a manner
    if (words and words[-1] in _KIN) or (bare and re.match(r"^\s+(?:great-)?(?:grand)?(?:children|sons|daughters|"
                                                          r"grandchildren|siblings|brothers|sisters)\b", after)):
        return _not_key(figure)  # "three children and 11 grandchildren"
    if (words and (words[-1] in _SPORT_WORDS or subject.lower() in _SPORT_WORDS)) or (
            (figure.unit or "").lower() in _SPORT_WORDS):
        return _not_key(figure)
    if bare and _PARTITIVE_BEFORE.search(before):
        return _not_key(figure)  # "close three of its 14 regional hubs"
    if subject and _EN_ADVERB_TAIL.search(subject):
        figure = replace(figure, subject=_EN_ADVERB_TAIL.sub("", subject))  # "a projected $212 million shortfall mostly"
        subject = figure.subject or ""
    if (grew := _WHICH_GREW.search(before)) and grew.group(2) not in subject.lower():
        figure = replace(figure, subject=f"{grew.group(1)} {grew.group(2)}")  # "its brokerage unit, which grew revenue 12%"
        subject = figure.subject or ""
    if subject and re.match(r"^(?:today|now|currently|still)\b", subject, re.IGNORECASE) or re.search(
            r"\b(?:it|they|he|she|we)$", subject, re.IGNORECASE):
        figure, subject = replace(figure, subject=None), ""  # "today it has about 9,200"
    if subject and _EN_DANGLING.search(subject):
        figure, subject = replace(figure, subject=None), ""  # "matches and"
    # Subject.
    if bare and (noun := _FOLLOWING_NOUN.match(after)) and noun.group(1) not in _NOT_COUNTED_NOUNS \
            and noun.group(1) not in subject.lower() and _COUNTING_VERB.search(before):
        figure = replace(figure, subject=noun.group(1))  # "counted 9,400 crossings"
    elif bare and re.search(r"\bfrom\s+(?:about\s+|roughly\s+|some\s+|nearly\s+)?$", before) and same \
            and same[-1].subject and _BARE.fullmatch(same[-1].text) and same[-1].subject != subject \
            and re.search(re.escape(same[-1].text) + r"\s+" + re.escape(same[-1].subject) + r"\b", sentence):
        figure = replace(figure, subject=same[-1].subject)  # "9,400 crossings …, down from about 31,000"
    elif subject and _ACTION_VERB_BEFORE.search(re.split(r"[,;]\s", before)[-1]) and not any(
            word.removesuffix("s") in figure.context.lower() for word in re.findall(r"[a-z][a-z\-]{3,}", subject.lower())):
        figure = replace(figure, subject=None)  # "…charges…, and said the moves would save about $210 million"
    elif subject and _quoted(before) and subject not in _quotation(before, after):
        # A speaker's number given to what stands outside the quote: with nothing named, their claim.
        return _not_key(figure)
    elif subject.lower() in _PEOPLE and _LAID_OFF.search(before):
        figure = replace(figure, subject=f"{subject} laid off")
    if (figure.unit or "").lower() in ("cents", "cent") and "share" not in (figure.subject or "").lower() \
            and re.search(r"\bor\s+$", before) and re.search(r"cents?\s+a\s+share|per\s+share", before):
        figure = replace(figure, subject=f"{figure.subject or 'earnings'} per share")  # "from $455 million, or 64 cents"
    if figure.change == "down" and re.search(r"\bcutting[\s\-]+(?:equipment|tools?|machines?|edge|blades?)\b", figure.context) \
            and not _EN_DOWN_WORD.search(re.sub(r"\bcutting[\s\-]+\w+", "", figure.context)):
        figure = replace(figure, change=None)  # "a maker of cutting equipment with annual sales of $2.1 billion"
    if not figure.subject:
        if found := (_ASIDE_SUBJECT.match(before) or _TRAILING_VERB_SUBJECT.match(before)):
            figure = replace(figure, subject=found.group(1).strip())
        elif (takeover := _TAKEOVER_FOR.search(before)) and re.match(r"^\s+(?:a|per)\s+share", after):
            figure = replace(figure, subject=f"price per share for {takeover.group(1)}")
        elif _ADJUSTED_LEAD.match(sentence) and re.search(r"\bearned\s+$", before) and re.match(r"^\s+(?:a|per)\s+share", after):
            figure = replace(figure, subject="adjusted earnings per share")
    if figure.subject and (modifier := re.search(r"(\d+-[a-z]+)\s+" + re.escape(figure.subject) + r"\b", sentence)) \
            and len(figure.subject.split()) == 1:
        figure = replace(figure, subject=f"{modifier.group(1)} {figure.subject}")  # "20-day average"
    if figure.unit == "%" and figure.subject and _SHARE_OF.search(before) and re.match(
            r"^\s+of\s+(?:its\s+|their\s+|the\s+)?" + re.escape(figure.subject), after, re.IGNORECASE):
        # ", or about 6.5% of general fund spending" restates the amount just before it: shown with that
        # amount it is its share of X; with the amount not found, it names nothing.
        if not (same and same[-1].subject and same[-1].text in before[-len(same[-1].text) - 40:]):
            return _not_key(figure)
        figure = replace(figure, subject=f"share of {figure.subject}")
    if (figure.subject or "stake").lower() == "stake" and figure.context.startswith("which ") and (
            owner := _WHICH_OWNER.match(sentence)) and len(before) > owner.end():
        stake = re.match(r"^\s+stake\b", after)
        figure = replace(figure, subject=f"{owner.group(1)}'s stake" if stake else owner.group(1))
    if bare and not figure.subject and re.match(r"^\s*(?:[.;]|$)", after) and not re.search(
            r"\b(?:to|at|of|from|by)\s+(?:about\s+|roughly\s+|some\s+|nearly\s+)?$", before):
        return _not_key(figure)  # "today it has about 9,200.": a count of nothing named
    # Direction.
    if figure.change in ("up", "down") and figure.unit != "%" and _BASE_FROM.search(before):
        figure = replace(figure, change=None)  # "up 5.2% from this year's $4.56 billion"
    if _CAUSE_BEFORE.search(before) and figure.unit != "%" and not re.match(
            r"^\s+(?:increase|rise|gain|jump|climb|decline|drop|fall|decrease|slide)s?\b", after):
        figure = replace(figure, change=None, period=None)  # "weighed down by a $96 million restructuring charge"
    # Period.
    if figure.period and (founded := _FOUNDED.search(sentence)) and founded.group(1).lower() == figure.period.lower() \
            and not before.rstrip().lower().endswith(founded.group(0).lower()):
        figure = replace(figure, period=None)  # "Corvell, founded in 1998 and employing roughly 14,500 people"
    if (next_period := _NEXT_PERIOD.match(after)) and (figure.period or "").lower() != next_period.group(1).lower():
        figure = replace(figure, period=next_period.group(1))  # "down from 3.0% the month before"
    if figure.period and (verb := _PRESENT_VERB.search(figure.context[:figure.context.find(figure.text)])) \
            and figure.period.lower() not in figure.context[verb.start():].lower():
        figure = replace(figure, period=None)  # "had sales of $3.9 billion last year and employs about 7,200 people"
    if (previously := _PREVIOUSLY.match(after)) and re.search(r"\bfrom\s+$", before) and not figure.period:
        figure = replace(figure, period=previously.group(1))  # "to between 9% and 11%, from 7% to 9% previously"
    return figure


def _quotation(before: str, after: str) -> str:
    """The words of the open quotation around a figure."""
    opened = max(before.rfind('"'), before.rfind("“"))
    closed = [at for at in (after.find('"'), after.find("”")) if at >= 0]
    return before[opened + 1:] + " " + after[:min(closed) if closed else len(after)]


def _quoted(before: str) -> bool:
    """Whether the text before a figure leaves a quotation open."""
    return (before.count('"') % 2 == 1) or before.count("“") > before.count("”")


def _chinese(figure: Figure, sentence: str, before: str, after: str, same: Sequence[Figure]) -> Figure:
    """The Chinese rules of the module docstring; the arguments as for `_english`."""
    subject = (figure.subject or "").strip()
    if figure.unit == "岁" and not _ZH_AGE_KEPT.search(subject + figure.context):
        return _not_key(figure)  # "70岁的陈德顺", "陈德顺的儿子今年45岁": who someone is, not a result
    if subject in _ZH_OLD_FORECAST or re.search(r"(?:前值|原预测)[为:：]?\s*$", before):
        # "上调…预测至21.5/27.8/34.2亿元（前值19.8/25.6/31.0亿元）": the same forecast as it stood before;
        # with nothing named before it in the sentence it says nothing shown alone.
        named = next((f.subject for f in reversed(same) if f.subject and f.subject not in _ZH_OLD_FORECAST), None)
        if named is None:
            return _not_key(figure)
        return replace(figure, subject=f"{named.removesuffix('（前值）')}（前值）")  # once for the whole list
    if subject in _ZH_PRONOUNS or re.fullmatch(r"(?:二|两|三)者(?:合计|共|合共)?", subject):
        return _not_key(figure)  # "二者合计占比约52%": shown alone it names nothing
    if figure.unit in _ZH_SMALL_COUNT_UNITS:
        rest = re.split(r"[，,；;。]", after, maxsplit=1)[0]
        if re.match(r"[\u4e00-\u9fff（）()A-Za-z]{2,}?(?:为|达|约为|是)\s*[\d-]", rest):
            return _not_key(figure)  # "31个大城市城镇调查失业率为5.0%": the count qualifies another figure's subject
        if isinstance(figure.value, float) and figure.value < 10 and (
                re.match(r"^[^，,；;。\d]{1,6}[、和及]\s*\d", after) or re.search(r"\d[^，,；;。\d]{0,6}[、和及]\s*$", before)):
            return _not_key(figure)  # "下辖9个镇、4个乡和3个街道"
    if figure.unit in _ZH_DISTANCE_UNITS and re.search(r"距(?!离)", re.split(r"[，,；;。]", before)[-1]):
        return _not_key(figure)  # "青禾距省会约180公里": where a place lies, not a result
    if re.search(r"以(?:现金|自有资金|自筹资金)?\s*$", before) and (paid := _ZH_PAID_FOR.match(after)) \
            and figure.unit == "元":
        figure = replace(figure, subject=f"{paid.group(1)}{paid.group(2)}对价")  # "拟以现金12.8亿元收购X公司67%的股权"
    if _BARE.fullmatch(figure.text) and after[:1] and after[0] in _ZH_CLASSIFIERS and figure.unit is None:
        # "11本护桥日记": a count of 本, not a bare 11
        noun = re.match(r"[\u4e00-\u9fff]{2,8}", after[1:])
        kept = noun.group() if noun else (subject[1:] if subject[:1] == after[0] and len(subject) > 1 else None)
        figure = replace(figure, text=figure.text + after[0], subject=kept)
    if figure.period and (founded := _ZH_FOUNDED.search(before)) and figure.period in before[founded.end():founded.end() + 16]:
        figure = replace(figure, period=None)  # "这座建于1886年的石桥全长46米": when it was built dates nothing else
    clauses = re.split(r"[，,；;。]", before)
    head = clauses[-1]
    if len(clauses) >= 2 and re.fullmatch(r"(?:达|达到|为|约)?", head) and (own := _ZH_OWN_METRIC.match(clauses[-2])) \
            and own.group(1) != subject and subject not in clauses[-2]:
        figure = replace(figure, subject=own.group(1))  # "最大累计降雨量出现在石门站，达412毫米": not the average's
    if head in _ZH_DIMENSIONS and subject.endswith(_ZH_DIMENSIONS) and not subject.endswith(head):
        # "全长46米，宽4.2米": the width is not the length
        dimension = next(d for d in _ZH_DIMENSIONS if subject.endswith(d))
        figure = replace(figure, subject=subject[:-len(dimension)] + head)
    if figure.unit in ("股", "只", "家") and (move := _ZH_LIMIT_MOVE.match(after)):
        figure = replace(figure, subject=f"{move.group(1)}个股")  # "68股涨停，5股跌停"
    if "城乡" in subject and "分别" in re.split(r"[，；;。]|,(?!\d)", before)[-1]:
        # "城乡居民人均可支配收入分别为48,960元和26,310元": the town's first, the country's second.
        pair = [f for f in same if (f.subject or "") in (subject.replace("城乡", "城镇", 1), subject.replace("城乡", "农村", 1))]
        if len(pair) < 2:
            figure = replace(figure, subject=subject.replace("城乡", "农村" if pair else "城镇", 1))
    if (speed := _ZH_SPEED.fullmatch(subject) or _ZH_PACE.fullmatch(head)) and figure.unit == "个百分点":
        previous = next((f for f in reversed(same) if f.unit == "%" and f.subject), None)
        if previous is None:
            return _not_key(figure)
        figure = replace(figure, subject=f"{previous.subject}增速", change="up" if speed.group(1) in _ZH_SPEED_UP else "down")
    return figure
