"""A Chinese count asked with its measure word: the number must carry that measure word.

"新增了几幅土地", "机队有多少架飞机", "有多少家门店" count things by 幅, 架, 家. A number that is not written
with the measure word (or the counted noun) is a count of something else, or no count at all: the
12.7% of the sales sentence does not say how many plots were bought. 名, 人 and 位 count people alike.
"""

from __future__ import annotations

import re

from summarizer.answer.brackets import bracket_parent

__all__ = ["asks_money", "asks_points", "classifier_ok", "counted_by", "counted_noun_ok", "unit_asked", "unit_ok"]

_MEASURE_WORDS = "个家座台辆架艘名位幅块宗条款只头张部套户间所项笔次批本"
# Not a measure word where it starts another word: "多少头部厂商", "多少项目", "多少所得税", "多少部门".
_ASKED = re.compile(rf"(?:多少|几)(?!头部|项目|所得|部门|部分|条件|位置|本金|本钱|本科|本地|本土|本身)([{_MEASURE_WORDS}])(?P<noun>[\u4e00-\u9fff]{{0,4}})")
_CJK = re.compile(r"[\u3400-\u9fff]")
_SHARES_ASKED = re.compile(r"股数(?:量)?(?:是|为|有|共)?(?:多少|几)|多少股(?!东|价|票|权|份|息|利)")
_PEOPLE = "名人位"
_POINTS_ASKED = re.compile(r"(?:多少|几)分(?![钟之])")
# What may stand between the digits and the measure word: a magnitude, "余", "多".
_BETWEEN = r"\s*(?:[万千百亿])?(?:余|多)?"


def classifier_ok(question: str, sentence: str, span: tuple[int, int]) -> bool:
    """Is the number at `span` of a Chinese sentence written with the measure word the question counts by
    (or followed by the counted noun)? Questions without one, and English sentences, are not judged."""
    if _SHARES_ASKED.search(question) and _CJK.search(sentence):
        # "授予股数是多少" counts shares: "有效期为5年" in the same sentence is no number of shares.
        return re.match(rf"[\d.,，]+{_BETWEEN}股", sentence[span[0]:span[1] + 6]) is not None
    if _POINTS_ASKED.search(question) and _CJK.search(sentence):
        # "得了多少分" asks a score: "出战29分钟" is minutes played, "17中6" shots made, "得到17分" the score.
        return re.match(r"[\d.,]+\s*分(?![钟之])", sentence[span[0]:span[1] + 4]) is not None
    asked = _ASKED.search(question)
    if asked is None or not _CJK.search(sentence):
        return True
    word = asked.group(1)
    words = _PEOPLE if word in _PEOPLE else word
    digits = re.match(r"[\d.,，]+", sentence[span[0]:span[1]])
    end = span[0] + digits.end() if digits else span[1]
    after = sentence[end:end + 8]
    if re.match(rf"{_BETWEEN}[{words}]", after):
        return True
    noun = asked.group("noun")
    return bool(noun) and len(noun) >= 2 and re.match(rf"{_BETWEEN}{re.escape(noun[:2])}", after) is not None


def counted_by(question: str, text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The count at `span` when the measure word the question counts by follows its digits ("储备4幅",
    "14家AI应用公司" for "几家…"), or in English the noun it counts ("opened 9 stores" for "How many
    stores…"): the digits and the measure word, else None."""
    digits = re.match(r"\d[\d.,]*", text[span[0]:span[1]])
    if digits is None:
        return None
    end = span[0] + digits.end()
    if not _CJK.search(text):
        noun = re.search(r"\bhow many ([a-z][a-z\-]+)", question.lower())
        stem = noun and re.escape(noun.group(1)[:max(3, len(noun.group(1)) - 2)])
        found = bool(stem) and re.match(rf"\s+(?:[a-z\-]+\s+)?{stem}", text[end:end + 40].lower()) is not None
        return (span[0], end) if found else None
    asked = _ASKED.search(question)
    if asked is None:
        return None
    words = _PEOPLE if asked.group(1) in _PEOPLE else asked.group(1)
    return (span[0], end + 1) if re.match(rf"[{words}]", text[end:end + 1]) else None


# "新增无症状感染者多少例", "境外输入病例有多少": the thing counted named right before 多少 (with its measure word after).
_NOUN_BEFORE = re.compile(r"([\u4e00-\u9fff0-9a-z]{2,16}?)(?:有|共有|一共有)?(?:多少|几)([例个家座台辆架艘名位人起次])?[?？]?$")
_COUNT_AFTER = re.compile(r"\s*(?:[万千百亿])?(?:余|多)?([例个家座台辆架艘名位人起次])(?!百分点|基点|点)")
_CUT = re.compile(r"[，,。；;：:（(）)、]|\d")
_NOT_NARROWING = frozenset("公司 集团 全部 总共 一共 合计 累计 全场 本场".split())


def _counted_words(noun: str) -> tuple[str, ...]:
    """The head noun of what is counted and the word right before it ("确诊" + "病例"), or () when the words
    before 多少 end in no noun ("洗地机卖了多少台")."""
    from summarizer.answer.text import pos_cut  # jieba is loaded lazily, where the question was parsed
    tokens = [(p.word, p.flag) for p in pos_cut(noun)]
    if not tokens or not tokens[-1][1].startswith("n") or len(tokens[-1][0]) < 2 or tokens[-1][1] == "nr":
        return ()
    words = [tokens[-1][0]]
    if len(tokens) >= 2:
        word, flag = tokens[-2]
        if len(word) >= 2 and not re.match(r"[mtpcurq]|ul|uj|ns", flag) and word not in _NOT_NARROWING:
            words.insert(0, word)
    return tuple(words)


def counted_noun_ok(question: str, sentence: str, span: tuple[int, int]) -> bool:
    """Is a Chinese count ("境外输入病例27例") a count of the thing the question names before 多少? The words
    written before the number, back to the clause's start, must name it: "其中境外输入病例27例，含2例由无症状
    感染者转为确诊病例" counts imported cases, not the 新增无症状感染者 asked; "报告新增确诊病例63例" counts what
    "新增确诊病例多少例" asks. Only counts written with a measure word are judged."""
    asked = _NOUN_BEFORE.search(question)
    if asked is None or not _CJK.search(sentence):
        return True
    digits = re.match(r"[\d.,]+", sentence[span[0]:span[1]])
    end = span[0] + digits.end() if digits else span[1]
    count = _COUNT_AFTER.match(sentence, end)
    if count is None or asked.group(2) and count.group(1) != asked.group(2) and not (
            asked.group(2) in _PEOPLE and count.group(1) in _PEOPLE):
        return True
    words = _counted_words(asked.group(1))
    if not words:
        return True
    cuts = [m.end() for m in _CUT.finditer(sentence, 0, span[0])]
    window = sentence[cuts[-1] if cuts else 0:span[0]]
    if all(w in window for w in words):
        return True
    # "本土病例12例（广东5例，其中深圳市4例…）": a count inside the bracket after a count breaks that count down.
    parent = bracket_parent(sentence, span[0])
    return parent is not None and all(w in parent for w in words)


def asks_points(question: str) -> bool:
    """"得了多少分": a score is asked, and its number must be checked (not minutes played)."""
    return _POINTS_ASKED.search(question) is not None


_MONEY_ASKED = re.compile(r"多少钱")


def asks_money(question: str) -> bool:
    """"这些账号卖了多少钱": a sum of money asked in words. With nothing else asked, its number is still checked
    (a count of rows or shares is no sum of money)."""
    return _MONEY_ASKED.search(question) is not None


# A unit of measure asked ("体重多少斤", "多少公里"): the number must be written with a unit of the same kind.
_UNIT_KINDS = (("斤", "公斤", "千克", "克", "吨", "两"), ("米", "公里", "千米", "厘米", "毫米"),
               ("平方米", "平方公里", "亩", "公顷"), ("升", "毫升", "立方米"))
_UNIT_WORDS = sorted((u for kind in _UNIT_KINDS for u in kind), key=len, reverse=True)
_UNIT_ASKED = re.compile(rf"(?:多少|几)({'|'.join(_UNIT_WORDS)})")
_UNIT_AFTER = re.compile(rf"\s*(?:[十百千万亿]+)?\s*(?:多|余)?\s*({'|'.join(_UNIT_WORDS)})")


def unit_ok(asked: str, sentence: str, span: tuple[int, int]) -> bool:
    """"贾玲现在体重多少斤" is not answered by "BMI…结果值在18.5-24之间": a number written with no unit of the kind
    asked measures something else."""
    wanted = _UNIT_ASKED.search(asked)
    if wanted is None:
        return True
    digits = re.match(r"[\d.,\-~～—]+", sentence[span[0]:span[1]])
    written = _UNIT_AFTER.match(sentence, span[0] + digits.end() if digits else span[1])
    kind = next(k for k in _UNIT_KINDS if wanted.group(1) in k)
    return written is not None and written.group(1) in kind


def unit_asked(question: str) -> str | None:
    """The unit of measure a question asks in ("斤" of "体重多少斤"), for the refusal to name."""
    wanted = _UNIT_ASKED.search(question)
    return wanted.group(1) if wanted else None



# A count asked by its measure word ("多少名投资者获赔", "几家公司"), and a sum asked by its deed ("判赔多少", "罚款多少").
# "发行多少股", "发行多少张": shares and bonds counted, never a price per share ("发行价为32.50元/股").
_COUNT_ASKED = re.compile(r"(?:多少|几)(?:[个家座台辆架艘名位只户例起件套张]|人(?!次)|股(?![份东价权本息利]))")
_SUM_ASKED = re.compile(r"多少钱|(?:赔|赔偿|判赔|获赔|罚|罚款|罚没|处罚|募资|募集资金?)了?(?:金额)?(?:是|为|共|合计)?多少(?![个家座台辆架艘名位人只户例起次件套])")
_MONEY_OR_RATE = re.compile(r"\s*[万千百亿]*(?:元|美元|港元|欧元|英镑|日元|%|％|个百分点|百分点)")
_HEADCOUNT = re.compile(r"\s*[万千百亿]*(?:余|多)?[名人户家位只]")


def wrong_kind_of_number(question: str, sentence: str, span: tuple[int, int]) -> bool:
    """Is the number at `span` a sum or a rate where the question counts heads ("多少名投资者获赔" is not answered by
    "一名投资者获赔412万元"), or a head count where it asks a sum ("判赔多少" is not answered by "12,386名")?"""
    written = sentence[span[0]:span[1]]
    after = sentence[span[1]:span[1] + 6]
    if _COUNT_ASKED.search(question):
        return bool(re.search(r"元|%|％", written) or _MONEY_OR_RATE.match(after))
    if _SUM_ASKED.search(question):
        return bool(re.search(r"[名人户家位只]$", written) or _HEADCOUNT.match(after))
    return False


def asks_kind_of_number(question: str) -> bool:
    """Does the question count heads or ask a sum by its deed, so that its number must be checked?"""
    return bool(_COUNT_ASKED.search(question) or _SUM_ASKED.search(question))
