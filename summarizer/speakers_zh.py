"""Chinese speakers: X表示/称/说…, 据X介绍, “……”X说, pronouns (他/她/该人士) and unnamed roles.

jieba's POS tags (nr) find names; they run only on what analyze already tokenized.
"""

from __future__ import annotations

import re

from summarizer.speakers import Context, Person, last_visible
from summarizer.speakers_zh_foreign import undotted_after_title
from summarizer.speakers_zh_names import person_names, plausible_name
from summarizer.speakers_zh_orgs import named_org, unnamed_org
from summarizer.speakers_zh_presented import presented_speaker
from summarizer.speakers_zh_pronouns import pronoun_person
from summarizer.speakers_zh_titles import _own_titles, _title_before, titled_names
from summarizer.speakers_zh_words import (
    _TRANSLITERATION,
    _ZH_ACCORDING_RE,
    _ZH_DOTTED_NAME_RE,
    _ZH_INDIRECT_RE,
    _ZH_ORG_AFTER_NAME,
    _ZH_ORG_SUFFIX,
    _ZH_POLITE_RE,
    _ZH_PRONOUNS,
    _ZH_ROLE_RE,
    _ZH_SURNAMES,
    _ZH_TIME_WORDS,
    _ZH_TITLE_END_RE,
    _ZH_TITLE_WORDS,
    ZH_SPEECH_RE,
)

__all__ = ["is_byline", "mention_people", "person_names", "titled_names", "zh_direct_speaker", "zh_indirect"]


def _without_time_words(clause: str) -> str:
    """The clause without when, where and to whom it was said. Words of that kind may stand one
    after another ("马骁又发文称": 又 before 发文), so they go until none is left at the end."""
    for _ in range(4):
        shorter = _ZH_TIME_WORDS.sub("", clause).strip()
        if shorter == clause:
            break
        clause = shorter
    return clause


def _zh_person(area: str, area_start: int, context: Context) -> Person | None:
    """The person in the words before a speech verb: a name (with its title), a pronoun, or an org.

    `area_start` is where `area` starts in the joined text, to look up jieba's names.
    """
    clause_start = max(area.rfind(mark) for mark in "，,；;。：:！？!?\x00") + 1
    if re.fullmatch(r"\s*(?:并且|并|並|随即|随后|当即|遂|又|还)+\s*", area[clause_start:]):
        return _sentence_subject(area, area_start, context)
    # "司法部长梅里克·加兰（Merrick Garland）三月份": glosses in brackets and times go.
    clause = re.sub(r"[（(][^）)]*[）)]", "", area[clause_start:])
    clause = _without_time_words(clause)
    clause = re.sub(r"^像?(.+?)(?:这样|一样)的[\u4e00-\u9fff]{1,6}$", r"\1", clause)  # "像汉森这样的专家"
    clause = re.sub(r"(?<=[\u4e00-\u9fff])等人?$", "", clause)  # "马强等人": et al.
    clause = re.sub(r"^[“”\"'‘’「」\s]+|^(?:但是?|而且?|并且?|且|不过|同时|此外|另外|其中|随着|在)(?=.)", "", clause)
    # "数码博主“老周测评”在微博上写道": a blogger or account by its handle in quote marks.
    handle = re.search(r"(?P<title>[\u4e00-\u9fff]{0,6}(?:博主|网友|網友|网民|網民|网名|網名|账号|帳號|用户|用戶|主播|公众号|UP主|up主))"
                       r"[“\"「『](?P<handle>[^”\"」』，,。]{2,16})[”\"」』]$", clause)
    if handle:
        return context.remember(handle.group("handle"), handle.group("title").split("的")[-1], "role")
    # "青柚科技官方账号发文称", "某品牌官微回应": the company speaks through its own account.
    clause = re.sub(r"(?<=[\u4e00-\u9fffA-Za-z]{2})(?:官方(?:微博|账号|帐号|公众号|网站)?|官微|官网)$", "", clause)
    if not clause:
        return None
    demonstrative = re.fullmatch(r"(?:这位|这名|该|此)([\u4e00-\u9fff]{1,8})", clause)
    if demonstrative:
        presented = _presented_as(demonstrative.group(1), area_start + clause_start, context)
        if presented is not None:
            return presented
    key = _ZH_TITLE_END_RE.search(demonstrative.group(1)) if demonstrative else None
    if demonstrative and len(demonstrative.group(1)) > 1 and (key is None or len(key.group()) == 1):
        # "这位厂长坦言" after "厂长周海燕" and her son 周凯: the one presented with that whole title.
        holders = [p for p in context.people + context.mentioned
                   if p.kind == "person" and demonstrative.group(1) in (p.title or "")]
        if len({p.name for p in holders}) == 1:
            return max(holders, key=lambda p: p.seen)
    if key and len(key.group()) > 1:
        # "这位负责人说" after "公司董事长王建国也出席了会议": the one presented with that title,
        # not whoever was named last; no one when the one named last has another title.
        holders = [p for p in context.people + context.mentioned if p.kind != "org" and (
            key.group() in (p.title or "") or p.kind == "role" and key.group() in p.name)]
        holders = [p for p in holders if not any(p.name != q.name and p.name in q.name for q in holders)]  # 塔尼, 塔尼瓦勋爵
        if holders:
            return max(holders, key=lambda p: p.seen)
        last = context.last()
        return last if last is not None and not last.title else None
    for pronoun in _ZH_PRONOUNS:
        # "她的同事李强表示": a possessive pronoun describes the speaker named after it.
        if clause.endswith(pronoun) or clause.startswith(pronoun) and not clause.startswith(pronoun + "的"):
            unnamed, role = _role_subject(context, area_start + clause_start)
            return role if unnamed else pronoun_person(clause, pronoun, area_start + clause_start, context)
    if demonstrative and _ZH_TITLE_END_RE.search(clause):
        return context.last()  # "这位前国会议员表示": the person just presented with that title
    name = None
    candidates = [(start, word, previous) for start, word, previous
                  in context.names_in(area_start + clause_start, area_start + len(area))
                  if word in clause and plausible_name(word, previous, clause)]
    for _, word, previous in candidates:  # the name right after a title: "…总裁李强"
        if previous and _ZH_TITLE_END_RE.search(previous):
            name = word
            break
    if name is None and candidates:
        name = candidates[-1][1]
    pattern = _zh_name_pattern(clause)
    if pattern and (name is None or (clause.endswith(pattern) and (name not in pattern or len(pattern) > len(name)))):
        name = pattern  # "发言官谭咏诗", "基金经理崔宸龙": the name after the title, not jieba's "官谭" or "崔宸"
    dotted = _ZH_DOTTED_NAME_RE.search(clause)
    if dotted and (name is None or name in dotted.group()):
        # "雅各布·卢", "朱利安·X·尼尔斯": a transliterated name whole, without the title in front.
        full = dotted.group()
        head = full.split("·")[0]
        cut = max((head.rfind(t) + len(t) for t in _ZH_TITLE_WORDS if t in head[:-1]), default=0)
        cut = len(head) - 4 if len(head) - cut > 5 else cut  # no title in front: the given name's last few characters
        whole = [w for _, w, _ in candidates if "·" in w and full.endswith(w) and len(w) < len(full) - cut]
        name = max(whole, key=len) if whole else full[cut:]  # "特斯拉埃隆·马斯克": the name its sounds found
    known = context.known_in(clause)
    if known is not None and known.kind == "person" and (name is None or name in known.name or known.name in name):
        name = known.name if name is None or len(known.name) >= len(name) else name
    if name is not None:
        name = undotted_after_title(clause, name, _ZH_TITLE_WORDS)  # "总统托卡耶夫", not "卡耶夫"
    tail = clause[clause.rfind(name) + len(name):] if name is not None else ""
    if name is not None and len(name) == 2 and 0 < len(tail) <= 2 and re.fullmatch(f"[{_TRANSLITERATION}]+", tail) and (
            _ZH_TITLE_END_RE.search(clause[:clause.rfind(name)]) and not _ZH_TITLE_END_RE.search(clause)):
        name += tail  # "主席鲁斯沃姆": jieba's "鲁斯" runs on to the end of the clause after the title
        tail = ""
    if name is not None and (re.match(r"[的之和与及、等或]", tail) or _ZH_ORG_AFTER_NAME.match(tail) or any(
            tail.find(word) > 0 for word in _ZH_TITLE_WORDS if len(word) > 1) or (
            len(tail) >= 2 and (_ZH_ROLE_RE.search(tail) or _ZH_ORG_SUFFIX.search(tail)))):
        # "李明的公司", "李明和王强", "北京青少年中心相关负责人", "多米尼加现任总统…": the name is
        # not the subject that speaks ("习近平主席" is: the title comes right after the name).
        if _ZH_ORG_AFTER_NAME.fullmatch(tail) and clause.endswith(name + tail) and len(clause) <= 12:
            return context.remember(clause, None, "org")  # "宁德时代表示": a company named like a person
        name = None
    if name is None and re.fullmatch(r"[A-Z][a-z]+", clause):
        # "Mike说" after "MikeIsraetel是…营养师": a Latin first or family name of someone the text
        # presented; a Latin word no one was named by ("Windows说法") is not a speaker.
        for person in reversed(context.people + context.mentioned):
            parts = re.findall(r"[A-Z][a-z]+", person.name)
            if person.kind == "person" and len(parts) > 1 and clause in parts:
                return context.remember(person.name, person.title)
        return None
    if name is None:
        role = _ZH_ROLE_RE.search(clause)
        if role:
            return context.remember(role.group("role"), None, "role")  # an unnamed villager, a sales manager
        titled = re.fullmatch(r"(?:但|而|并)?(?:一位|这位|该|某)?([\u4e00-\u9fffA-Za-z]{0,12}?(?:副总裁|总裁|董事长|总经理|副总经理|首席执行官"
                              r"|发言人|副主席|主席|副行长|行长|副部长|部长|副总理|总理|总统|大使|局长|主任))", clause)
        if titled and len(titled.group(1)) >= 4:
            return context.remember(titled.group(1), None, "role")  # "IMF第一副总裁称": titled, but unnamed
        letter = re.fullmatch(r"(?:该|这封|此|其)?(内部信|公开信|致歉信|联名信|声明|信)(?:中|里)?", clause)
        if letter:  # "内部信还称，…" after "周子昂向全体员工发出一封内部信": its sender says it
            return _sender(letter.group(1), area_start, context)
        if (unnamed := unnamed_org(clause) or named_org(clause, context.text[:area_start])) is not None:  # "一家车企回应称", "中消协表示"
            return context.remember(unnamed, None, "org")
        org = re.sub(r"(?:的|有关|相关)$", "", clause)
        if 2 <= len(org) <= 12 and _ZH_ORG_SUFFIX.search(org):
            return context.remember(org, None, "org")
        if 2 <= len(org) <= 6 and re.fullmatch(r"[\u4e00-\u9fffA-Za-z]+", org) and re.search(
                re.escape(org) + r"(?:集团|公司|股份|控股|科技|银行|证券)", context.text):
            return context.remember(org, None, "org")  # "小米称" in a text about 小米集团: the company by its short name
        if 2 <= len(org) <= 8 and re.fullmatch(r"[\u4e00-\u9fffA-Za-z]+", org) and re.search(
                re.escape(org) + r"(?:董事|执行|行政|常务|副)?(?:创始人|董事长|总裁|总经理|首席执行官|CEO|董事会|控股股东)"
                r"[\u4e00-\u9fff]{2,3}", context.text):
            return context.remember(org, None, "org")  # "飞跃文旅发布声明称" after "飞跃文旅创始人贺一鸣": the company
        return None
    title = clause[:clause.rfind(name)].strip("、，, ")
    title = _own_titles(re.sub(r"^(?:据|对此|其中|而|但|并|另外|此外)", "", title).strip())
    if not title or not any(word in title for word in _ZH_TITLE_WORDS) or len(title) > 30 and re.search(r"\d", title):
        title = None  # ("2018年中国集成电路设计业销售收入全球占比再次提高中国半导体行业协会副理事长…": a heading run in)
    return context.remember(name, title)


def _sentence_subject(area: str, area_start: int, context: Context) -> Person | None:
    """"公诉人随即出示了一份会议记录，并问邓立群：": a clause opened by 并/随即 has the subject of the
    clause before it, a name (alone or after its title) or a role that opens it; None when it opens
    with neither ("网传张小斐喊贾玲去逛街，贾玲拒绝了，并称": 贾玲, not 张小斐)."""
    cut = max(area.rfind(mark) for mark in "，,；;")
    start = max(area.rfind(mark, 0, max(cut, 0)) for mark in "，,；;。！？!?：:\x00\n") + 1
    head = area[start:max(cut, 0)]
    for at, word, _ in context.names_in(area_start + start, area_start + start + len(head)):
        lead = head[:at - area_start - start]
        if not lead or _ZH_TITLE_END_RE.search(lead) and len(lead) <= 12:
            return _zh_person(head[:len(lead) + len(word)], area_start + start, context)
        break
    role = next((end for end in range(2, min(len(head), 12) + 1) if _ZH_ROLE_RE.match(head[:end])), None)
    return _zh_person(head[:role], area_start + start, context) if role else None


def _sender(letter: str, before: int, context: Context) -> Person | None:
    """Who sent the letter or statement the text told of last ("美联储在…例会后发表声明",
    "松下在其发布的一则声明中称"); None when no sentence before says who sent it."""
    sent = list(re.finditer(r"(?P<who>[^，,。；;！？!?\n“”]{2,30}?)(?:(?:向|对|在)[^，,。；;！？!?\n]{1,20}?)?(?:发出|发布|发表|签署)"
                            r"(?:了)?(?:的)?(?:一封|一则|一份)?[\u4e00-\u9fff]{0,5}?" + letter, context.text[:before]))
    if not sent:
        return None
    who = sent[-1]
    return _zh_person(who.group("who"), who.start("who"), context)


def _role_subject(context: Context, end: int) -> tuple[bool, Person | None]:
    """他/她 in a later clause of a sentence that opens with an unnamed person as its subject
    ("另一家外资投行的香港区负责人则较为审慎，他认为，…"): that role, not the person named before.

    Returns (True, the role) when the opening clause presents someone unnamed; (True, None) when it
    does so with words that name no role we know ("一位接近麦野餐饮的投资人则…"): 他 is that one,
    and the quote has no speaker we can give. (False, None) leaves 他 to the usual rules."""
    if end - context.position > 200:
        return False, None  # far into a long sentence: its opening clause is not what 他 goes back to
    head = context.text[context.position:end]
    parts = re.split(r"[，,；;：:]", head, maxsplit=1)
    if len(parts) < 2 or re.search(r"[。！？!?“”\"\x00]", head):
        return False, None
    first = parts[0].strip()
    if re.match(r"(?:但|而|并|且|不过)?(?:这位|这名|该|此|其)", first):
        return False, None  # "该负责人则…": someone presented before
    # "一位…的投资人": someone new and unnamed, whatever names describe them.
    indefinite = re.match(r"(?:但|而|不过)?(?:有|另)?(?:一位|一名|一个|某位|有位)", first) is not None
    if not indefinite and (context.names_in(context.position, context.position + len(first))
                           or _ZH_POLITE_RE.search(first)):
        return False, None  # a named person in the clause: the usual rules
    for k in range(2, min(len(first), 24) + 1):
        if k == len(first) or not re.match(r"[则也却还就并仍更较都亦对认表坦直称说]", first[k]):
            continue
        m = _ZH_ROLE_RE.search(first[:k])
        if m:
            return True, context.remember(m.group("role"), None, "role")
        title = _ZH_TITLE_END_RE.search(first[:k])
        if title and len(title.group()) > 1:
            # "一家头部券商的首席策略师则看法相反": titled but unnamed; not when someone known holds that title.
            if any(p.kind != "org" and title.group() in (p.title or "") for p in context.people + context.mentioned):
                return False, None
            role = re.sub(r"^(?:但|而|并|且|不过)?(?:有|一位|另一位|一名|某)?", "", first[:k])
            return True, context.remember(role, None, "role")
    return indefinite, None


def _presented_as(role: str, end: int, context: Context) -> Person | None:
    """这位负责人 / 这位村民: someone the sentence before (or this one) presented by that role
    without a name ("同一园区的另一家企业负责人则没有那么乐观。" then "“……”这位负责人说。"),
    not the person quoted last. None when no such role was presented just before."""
    window = context.text[context.previous_position:end]
    at = window.rfind(role)
    if at < 0 or re.match(rf"[{_ZH_SURNAMES}]", window[at + len(role):at + len(role) + 1]):
        return None  # not presented, or presented with a name ("总经理孙丽华")
    head = re.split(r"[，,；;。：:！？!?“”\"\n]", window[:at])[-1]
    # "得到了村口一位老年村民的赞同": the role with the words that describe it, from the last verb or count on.
    head = re.sub(r".*(?:了|是|对|向|给|被|把|请|让|和|与|及|由|一位|一名|一个|一家|这位|那位|某位)", "", head)
    presented = _ZH_ROLE_RE.search(re.sub(r"^(?:同时|此外|另外|其中)", "", head) + role)
    if presented is None or any(p.kind != "org" and p.name in window[at:at + len(role) + 6]
                                for p in context.people + context.mentioned):
        return None
    return context.remember(presented.group("role"), None, "role")


def _zh_name_pattern(clause: str) -> str | None:
    """A name jieba missed: "王先生", "村民徐女士", or a surname-led name after a title ("副院长张锦华")."""
    polite = None
    for polite in _ZH_POLITE_RE.finditer(clause):
        pass
    if polite and polite.end() >= len(clause) - 1 and (
            polite.start() == 0 or re.search(r"[的、，,]$", clause[:polite.start()])
            or _ZH_TITLE_END_RE.search(clause[:polite.start()]) or _ZH_ROLE_RE.search(clause[:polite.start()])):
        return polite.group()  # "村民徐女士", not "基金经理" read as 金经理
    titled = re.search(rf"(?:{'|'.join(_ZH_TITLE_WORDS)})([{_ZH_SURNAMES}][\u4e00-\u9fff]{{1,2}}"
                       r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})$", clause)
    if titled:
        return titled.group(1)  # "副院长张锦华", "分析师David Lu"
    honoured = re.search(rf"(?:{'|'.join(t for t in _ZH_TITLE_WORDS if len(t) > 1)})([\u4e00-\u9fff]{{2,6}}?(?:勋爵|爵士))$",
                         clause)
    if honoured:
        return honoured.group(1)  # "前国会议员福西图亚勋爵"
    latin = re.search(r"(?:^|[\u4e00-\u9fff])([A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2})$", clause)
    if latin:
        return latin.group(1)  # "首席投资策略师Sam Stovall"
    alone = re.fullmatch(rf"[{_ZH_SURNAMES}][\u4e00-\u9fff]{{1,2}}", clause)
    return alone.group() if alone else None


def mention_people(sentence: str, sentence_start: int, context: Context) -> None:
    """Remember people a sentence is about ("王先生租住在…", "总裁李强", "英国剑桥大学的李博灏也有着…"),
    so a later 他/她 finds them. A byline ("文丨特约评论员韩涵") names no one in the story."""
    if _BYLINE_RE.match(sentence):
        return
    for m in _ZH_POLITE_RE.finditer(sentence):
        context.mention(m.group(), None, sentence_start + m.start())
    for start, word, previous in context.names_in(sentence_start, sentence_start + len(sentence)):
        # Only names that read as people: after a title ("总裁李强") or as the subject of a clause,
        # not any word jieba tagged nr.
        if not plausible_name(word, previous, ""):
            continue
        at = start - sentence_start
        if previous and _ZH_TITLE_END_RE.search(previous):
            context.mention(word, _title_before(sentence[:at]), start)
        elif word[0] in _ZH_SURNAMES and len(word) <= 3 and _subject_here(sentence, at, word):
            context.mention(word, None, start)


_BYLINE_RE = re.compile(
    r"\s*(?:[【\[（(]?\s*(?:文|图|记者|作者|编辑|撰文|来源|责编|通讯员)\s*[丨|/／:：]|图注|图片|图为|图：|资料图|摄影)")


def is_byline(sentence: str) -> bool:
    """A byline or a photo caption: the names in it are not people of the story."""
    return _BYLINE_RE.match(sentence) is not None


def _subject_here(sentence: str, at: int, word: str) -> bool:
    """The name at `at` starts its clause (or follows words that describe it) and something follows it."""
    after = sentence[at + len(word):at + len(word) + 1]
    if not after or re.match(r"[的之和与及、等，,。）)]", after):
        return False
    clause = re.split(r"[，,；;。：:！？]", sentence[:at])[-1].strip()
    return not clause or clause.endswith("的") or clause in ("而", "但", "则", "对此", "随后", "同时", "其中") or (
        len(clause) <= 8 and _ZH_ROLE_RE.search(clause) is not None)  # "老顾客王桂兰对新口味并不买账"


def zh_indirect(sentence: str, sentence_start: int, context: Context) -> list[tuple[Person, str]]:
    """李强表示，…: the speaker and the reported words up to the sentence end."""
    results = []
    for m in _ZH_ACCORDING_RE.finditer(sentence):
        person = _zh_person(m.group("who"), sentence_start + m.start("who"), context)
        said = _reported(sentence[m.end():])
        if person and said:
            results.append((person, said))
    if results:
        return results
    pending, context.pending = context.pending, None
    if pending is not None and sentence.lstrip().startswith("\x00"):
        context.pending = pending  # "钱思远在发布会上说：" then “……” as its own paragraph: the quote's speaker
    elif pending is not None:
        said = _reported(sentence)
        if said:
            return [(pending, said)]  # "马强等人在文中分析：" then what they found, as its own sentence
    for m in _ZH_INDIRECT_RE.finditer(sentence):
        if m.group().startswith(("如是", "如此")) or re.search(r"\x00[^，,。；;：:]*$", sentence[:m.start()]):
            continue  # "有村民如是说，…": the verb attributes the quote before it, not what follows
        if m.group("verb") == "称" and re.match(r"[^，,。；;：:“”\x00]{1,15}?为[“\"「‘\x00]", sentence[m.end():]):
            continue  # "网友称这家店为“最会整活的老字号”": a name given to it, not words said
        said = _run_into_quote(sentence[m.end():], sentence_start + m.end(), context) or _reported(sentence[m.end():])
        person = _zh_person(sentence[:m.start()], sentence_start, context)
        if person is None:
            continue
        if said:
            results.append((person, said))
        elif re.fullmatch(r"\s*[：:]\s*", sentence[m.end() - 1:]):
            context.pending = person
        break
    if not results and "\x00" not in sentence:
        # "星瀚汽车正在洽谈入股事宜，两位知情人士透露。": the speaker named after what they said.
        m = _SAID_AFTER_RE.search(sentence)
        person = _zh_person(sentence[:m.end("who")], sentence_start, context) if m else None
        said = sentence[:m.start()].strip() if m else ""
        # ("在上海举行的一场行业论坛间隙，方立对记者说": where and when they spoke, not what they said)
        if person is not None and len(said) >= 8 and not _ZH_WHEN_WHERE_RE.fullmatch(said):
            results.append((person, said))
    return results


_ZH_WHEN_WHERE_RE = re.compile(r"(?:在|于|当|趁)[^，,。；;]*?(?:间隙|期间|之际|时|现场|会上|会后|上|后|前|中|里|之余)")
_SAID_AFTER_RE = re.compile(r"[，,](?P<who>[^，,。；;：:！？]{2,24}?)(?:透露|表示|称|说|指出|介绍|认为|坦言|直言|强调)[。！]?\s*$")


def _run_into_quote(rest: str, rest_start: int, context: Context) -> str:
    """邵一帆直言，储能行业“不能只拼价格，要拼…”。: reported words that run straight into a quote
    closing the sentence are one clause with it (the quote says what of the words before it), so
    both are what was reported; "" when a mark or a comma stands between them."""
    m = re.match(r"\s*([^，,。；;：:！？!?\x00“”—]{2,30})\x00+\s*[。！？!?]?\s*$", rest)  # (a dash leads in, as a colon)
    if m is None:
        return ""
    return context.text[rest_start + m.start(1):rest_start + m.end()].strip()


def _reported(rest: str) -> str:
    """Reported words: up to the first quote mark or the sentence end."""
    said = rest.split("\x00", 1)[0]
    lead = said.strip().rstrip("：:")
    if "\x00" in rest and re.search(r"[：:]\s*$", said) and len(lead) <= 10 and not re.search(r"[，,；;。]", lead) \
            and re.search(r"说|道|语|问|笑|叹|补充|强调|表示|回应|解释|坦言|直言", lead):
        return ""  # "温先生说，又像在喃喃自语：“……”": words that lead into the quote, not what was said
    # "公司相关人士称内部正对该传闻核查，截至1月18日发稿时公司尚未回应": the reporter's words go on.
    said = re.split(r"[，,](?=截[至止][^，,。；;]{0,15}?发稿)", said)[0]
    said = said.strip().rstrip("，,：:")
    if _ZH_WHEN_WHERE_RE.fullmatch(said):
        return ""  # "托卡耶夫说，在不久前举行的…峰会上，“……”": where they said it, not what
    return said if len(said) >= 6 else ""


def zh_direct_speaker(content: str, after: str, before: str, after_start: int, before_start: int,
                      context: Context) -> Person | None:
    """The speaker of a Chinese direct quote: 李强说：“……”, “……”李强表示, or the one before's if it stands alone."""
    verbs = list(ZH_SPEECH_RE.finditer(before))
    # 贾玲说：“……” — the verb right in front of the quote attributes it; "Smith解释说": two verbs in a row are one.
    if verbs and re.fullmatch(r"\s*[：:，,]?\s*", before[verbs[-1].end():]):
        start = verbs[-2].start() if len(verbs) > 1 and verbs[-2].end() == verbs[-1].start() else verbs[-1].start()
        return _zh_person(before[:start], before_start, context)
    # “……”李强表示 / “……”汤道生称 / “……”，在会上李强说 — unless that verb opens the next quote.
    head = re.split(r"[。！？!?\n“”\"]", after, maxsplit=1)[0]
    m = ZH_SPEECH_RE.search(head)
    # “A。”艾伟说，“B。” attributes both; but in 卢宇有着自己的看法，“A。”马素湘表示，“B。” the
    # verb after A opens B, since A was already introduced.
    opens_next = re.match(r"\s*[：:，,]?\s*[“\"「]", after[m.end():]) if m else None
    if m and m.start() <= 40 and not (opens_next and re.search(r"[，,：:]\s*$", before)):
        lead = head[:m.start()]
        ends_sentence = re.match(r"[^，,。！？；;]{0,8}[。！!]", after[m.end():])
        if not re.search(r"[，,；;：:]", lead) or (
                ends_sentence and re.match(r"(?:在|于|当)[^，,]{0,20}[，,][^，,]+$", lead)):
            return _zh_person(lead, after_start, context)
    # 他同时表示，……，“……”
    for verb in reversed(verbs):
        person = _zh_person(before[:verb.start()], before_start, context)
        if person is not None:
            return person
    presented = presented_speaker(content, before, before_start, context)
    if presented is not None:
        return presented
    if not before.strip(" \x00") and context.pending is not None:
        person, context.pending = context.pending, None
        return person
    if not before.strip(" \x00"):
        named = _named_after(after_start, context)
        if named is not None:
            return named
    if before.strip(" \x00") or last_visible(context.text, context.position) in ("：", ":"):
        # "众人批评“太尴尬了”", "经常有学生给陈校长写信：“……”": quoted, but not by anyone we can name.
        return None
    return context.continuing(content)


# "“……”\n说这番话的是晶屹能源副总裁孙浩。": a feature opens with the words, then says whose they are.
_SAID_BY_RE = re.compile(r"\s*(?:[说讲](?:出)?(?:这番话|这句话|这话|这些话)的|发出(?:这番|这样的)感慨的)(?:，)?(?:正)?是(?P<who>[^，,。；;：:“”\n]{2,30})[，,。；;]")


def _named_after(after_start: int, context: Context) -> Person | None:
    """The speaker a quote that stands alone is given right after it (说这番话的是X); None otherwise."""
    m = _SAID_BY_RE.match(context.text, after_start)
    if m is None:
        return None
    person = _zh_person(m.group("who"), m.start("who"), context)
    return person if person is not None and person.kind != "org" else None
