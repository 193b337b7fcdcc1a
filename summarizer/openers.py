"""Lines that open or frame a story without stating its news.

A key sentence states the result, the decision or the change. These lines come before
it or beside it and state none of that, so they give way (summarizer.roles):

- openers that only set the time or the source: "就在五一假期前，…", "近日，…", "据悉，"
  with nothing after, and a sourcing line whose news is all in the next sentence
  ("近日，记者从南江省医疗保障局获悉。", "记者近日从多家银行了解到。");
- the opening scene of a feature: an hour of the day ("早上七点半，…"), a visit
  ("走进位于临港的中试车间，几十台设备正在运转…"), and in English a look back before the
  news ("For most of the last century, the mill defined the town.", "Three years after
  landlords declared workers were coming back, the numbers tell a different story.");
- the market's reaction in a line of its own ("Shares of Harborview rose 3.4% in morning trading.");
- the frame around a company's news: how the whole sector did ("从行业看，…百强房企销售额
  下降28.9%") and, in a research note, how the sector's shares did against the index
  ("本周光伏板块上涨3.2%，跑赢沪深300指数2.4个百分点"): context for the point, not the point.

An English line that says "here is my point" ("The argument here is simple: …", "That is
the clearest sign yet that …") is the opposite: the thesis of an analysis (`states_thesis`).

Every rule reads the line's own words, never a particular document.
"""

from __future__ import annotations

import re

from summarizer.asides_en import about_rival

__all__ = ["analyst_expects", "approval_granted", "attended", "breaks_down", "company_profile", "frames_sector", "generic_frame", "hypothetical", "looks_back", "opener_only", "share_reaction", "states_thesis", "units"]

_UNITS_RE = re.compile(r"[\W_]+")

# Openers that set the scene rather than state the news.
_OPENER_ZH = re.compile(
    r"^(?:就在[^，。]{0,30}(?:前|后|之际|当天)|近日|日前|据悉|据了解|据介绍|近期|此前|目前|昨日|昨天|今日|今天|"
    r"本周|上周|近年来|近年|随着[^，。]{0,40}|当地时间[^，。]{0,20}|众所周知|事实上)[，,]?"
)
# "早上七点半，一家咖啡店门口已经排起了队。": a feature opens on a scene at an hour of the day;
# "走进位于临港的中试车间，…": or on the reporter's visit ("来到" is left out: "他来到…考察调研"
# is the news of a leader's visit; "步入5G时代，…" enters an era, not a place).
_SCENE_ZH = re.compile(
    r"^(?:每天|一大早)?(?:清晨|早上|早晨|中午|午后|傍晚|晚上|夜晚|深夜|凌晨|夜里|黄昏)[^，。]{0,8}[，,]"
    r"|^(?:记者)?(?:走进|步入|推开|踏进|踏入)(?![^，。]{0,30}(?:时代|阶段|年代|周期|常态|元年|新纪元)[，,])[^，。]{2,30}[，,]"
)
# What happened at that hour is news all the same ("凌晨，地震造成…死亡", "晚上，…被警方带走调查").
_HAPPENED_ZH = re.compile(r"发生|爆发|造成|死亡|遇难|身亡|受伤|伤亡|失踪|烧毁|坍塌|倒塌|起火|爆炸|袭击|空袭|地震|逮捕|拘留|带走|"
                          r"去世|逝世|辞职|被捕|相撞|撞上|撞击|坠毁|失事")
_OPENER_EN = re.compile(r"^(?:Recently|Earlier|Last (?:week|month|year)|This (?:week|month)|On [A-Z][a-z]+day)\b")
# A look back before the news: "For most of the last century, …", "For decades, …", "Three years
# after …, …", "A year ago, …", "Until recently, …".
_BACKSTORY_EN = re.compile(
    r"^(?:For (?:most|much) of the (?:last|past) (?:\w+ )?(?:century|centuries|decades?|years)"
    r"|For (?:decades|generations|centuries|years|many years|a long time|so long)"
    r"|(?:\w+|\d+) (?:months|years|decades|generations) ago|(?:\w+|\d+) (?:years|decades) after [^,;:]{8,}"
    r"|A (?:year|decade|generation) ago|Until recently|Not long ago)\s*,"
)
# "1月16日，全球财富管理论坛2022年“…”峰会举行。", "…第六次会议召开。": the event took place, with no place
# named (roles._EVENT_HELD_RE takes "…于/在…举行。"); what was said or decided there follows.
_EVENT_TOOK_PLACE_ZH = re.compile(r"(?:会议|论坛|峰会|大会|年会|研讨会|博览会|交易会|座谈会|发布会|仪式|典礼)[”」』]?"
                                  r"(?:正式|隆重|顺利|如期)?(?:举行|召开|开幕|举办|闭幕|落幕)[。！]?$")
# "该计划还详细说明了国际空间站的终结规划。": it says that a plan is set out, not what the plan is; the plan follows.
# "内容如下：加大制造业企业奖励力度。", "加大企业融资服务。": the heading of a measure in a policy's list, its
# substance (who gets what) in the line after it.
_LIST_HEADING_ZH = re.compile(
    r"^(?:(?:具体)?内容如下|具体如下|主要(?:内容|措施)(?:如下|包括)?)?[：:]?\s*"
    r"(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)])?\s*"
    r"(?:加大|加强|强化|优化|提升|做好|推动|推进|完善|落实|扩大|深化|促进|加快)[^，,。；;：:\d]{2,14}[。！]?$")
_OUTLINES_ZH = re.compile(r"(?:说明|阐明|阐述|介绍|详述)了[^。；，]{0,40}(?:规划|计划|安排|细节)[。！]?$")
# "不少上市公司…", "多家机构…": nobody in particular did something in general.
_VAGUE_SUBJECT_RE = re.compile(r"^(?:不少|多家|一些|部分|许多|众多|各地|各方|业内|市场上)")
# and its look back by years ("三年前，…把第一批货柜发往德国。", "十多年前，", "彼时，"), the twin of "A year ago, …"
_LOOK_BACK_ZH = re.compile(r"^(?:曾几何时|昔日|往昔|早年间?|从前|彼时|当年|"
                           r"[一二两三四五六七八九十几数]+十?多?年(?:以)?前)[，,]")
_PERSPECTIVE_ZH = re.compile(r"^(?:[^，。；]{0,12}[，,])?对(?:于)?[^，。；]{2,30}(?:来说|而言)[，,]")
# Its English twin, a person's or a company's frame with no figure: "For Moore, the night shift is worth the drive."
# (a feature's kicker). "For now," "For example," and a period ("For 2027, …") are not a frame.
_PERSPECTIVE_EN = re.compile(r"^For (?!(?:Now|Example|Instance|Years|Decades|Months|Weeks|Generations|Centuries)\b)"
                             r"(?:[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?|him|her|them|us|me)[,:] ")
# "记者从南江省医疗保障局获悉。": where the news comes from; the news is in the next sentence.
_SOURCING_ZH = re.compile(r"(?:获悉|了解到|得知|获知)[。！]?$")
# "从行业看，…", "放眼全行业，…": the sector around the company's news. Not "从全国看，…" nor
# "从整个市场看，…": in a national statistics release or a market report that is the news itself.
_SECTOR_ZH = re.compile(r"^(?:从|就)全?行业(?:层面|整体|角度)?(?:来)?看[，,]|^(?:放眼|纵观)全?行业[，,]")
# "本周光伏板块上涨3.2%，跑赢沪深300指数2.4个百分点": the sector's shares against the index.
_SECTOR_SHARES_ZH = re.compile(r"(?:板块|指数)[^，。；]{0,12}(?:上涨|下跌|涨|跌)[^，。；]{0,12}[，,]\s*(?:跑赢|跑输|强于|弱于)")
# "Shares of Harborview rose 3.4% in morning trading.", "Kaito shares fell 2.3% in Tokyo.": how the
# stock took the news, in a line of its own. A market share or a "share of revenue" that rose is a
# result, not the stock's move: only the plural, the share price or the stock.
_SHARE_REACTION_EN = re.compile(
    r"^(?:[\w'’.&-]+\s){0,4}?(?<!market )(?:shares|share price|stock price|stock(?! (?:markets?|index|indexes|indices|exchanges?)\b))\b[^.;]{0,40}?\b(?:rose|fell|jumped|slid|gained|dropped|climbed|slipped|"
    r"tumbled|surged|soared|sank|plunged|rallied|were (?:up|down)|was (?:up|down))\b",
    re.IGNORECASE,
)
# "The Norland crown weakened 0.4% against the euro after the data.": a currency's or a yield's move on a release,
# the market's reaction to the news, not the news; so is a commodity's ("Copper prices eased 0.8% after the news.").
_MARKET_REACTION_EN = re.compile(
    r"^(?:[\w'’.&-]+\s){0,4}?(?:currency|crown|krona|krone|dollar|euro|yen|pound|sterling|yuan|renminbi|rupee|won|franc|"
    r"peso|real|rand|lira|bond yields?|yields?|(?:copper|oil|crude|gold|silver|aluminium|aluminum|nickel|zinc|lithium|"
    r"iron ore|wheat|corn|soybean|coffee|cocoa|sugar) (?:prices?|futures))\b(?:[^.;]|\.(?=\d)){0,50}?\b(?:rose|fell|weakened|strengthened|gained|slipped|"
    r"dropped|climbed|jumped|slid|firmed|eased|edged (?:up|down|higher|lower))\b(?:[^.;]|\.(?=\d)){0,60}\b(?:after|following|on)\s"
    r"(?:the\s)?(?:data|figures|release|report|decision|announcement|news|numbers)\b",
    re.IGNORECASE,
)
# "截至11月18日收盘，云岭药业股价报27.82元，下跌1.35%。": the same, in a Chinese story.
# "受此消息影响，公司股价一度大涨8%", "东岭科技股价收涨3.2%": the price's move in any of its usual words.
# "聯瀚股價今日收在新台幣1,085元，上漲2.4%。" (a Taiwan page, its day named before the close) is one too.
_SHARE_REACTION_ZH = re.compile(r"^(?:截至[^，。；]{0,12}收盘[，,])?(?:受此(?:消息)?影响[，,])?[^，。；]{0,16}股[价價]"
                                r"(?:(?:今日|今天|当日|當日|昨日|昨天)?(?:报|報|收于|收於|收报|收報|收在|收盘价为|收盤價為)"
                                r"[^，。；]{0,12}[，,]?\s*|一度|盘中|盤中|当日|當日|今日|收盘|收盤)?"
                                r"(?:上涨|上漲|下跌|涨|漲|跌|收涨|收漲|收跌|大涨|大漲|大跌|走高|走低|涨停|漲停|跌停)")
# The writer's thesis: "The argument here is simple: …", "That is the clearest sign yet that …",
# "The likely result is …", "The bottom line: …".
_THESIS_EN = re.compile(
    r"\bthe (?:argument|point|lesson|takeaway|upshot|conclusion)(?: here)? is\b"
    r"|\bthe (?:clearest|strongest) sign (?:yet )?that\b|\bthe (?:likely|probable) (?:result|outcome) is\b"
    r"|^(?:The )?bottom line(?: is)?[:,]|^In short,"
    # "The problem with housing is no longer the cost of money.", "the bigger obstacle is a shortage
    # of engineers": the writer names what really matters.
    r"|\bthe (?:real |bigger |biggest |deeper |main |underlying )?(?:problem|obstacle|culprit)"
    r"(?: with [^,.;]{1,40})? (?:is|was)\b"
    # "the slump is not a passing phase but a lasting reset": a claim against the common reading.
    r"|\b(?:is|are) not (?:a|an|just|merely|simply) [^,.;]{1,40}?,? but (?:a|an|the)\b",
    re.IGNORECASE,
)


def units(text: str, lang: str) -> int:
    """How long a line is, in one measure for both languages: a Chinese character, or a third
    of an English word, is one unit (an English word carries about as much as three characters)."""
    if lang == "zh":
        return len(_UNITS_RE.sub("", text))
    return 3 * len(text.split())


# A claim about nobody in particular: "There's a strange disconnect in the online business world.",
# "Crossovers may have become the choice of most buyers, but that doesn't mean the sedan is dead.":
# an existential or a straw-man frame, with no name (no capital after the first word) and no figure.
# A signpost to what follows ("Here is what the rules require and why they matter.", "Here's how it works.") points
# at the facts without stating one.
_GENERIC_FRAME_EN = re.compile(r"^There(?:'s|’s| is| are| was| were)\b|\b(?:doesn't|doesn’t|does not|don't|don’t|do not)"
                               r" (?:necessarily )?mean\b|^Here(?:'s|’s| is| are) (?:what|why|how|where|who|when|"
                               r"a (?:look|guide|breakdown|timeline|recap)|everything|the (?:key|main|details|latest))\b")
_NAME_EN = re.compile(r"(?<=\s)[\"“‘']?[A-Z]|\d")


def generic_frame(text: str) -> bool:
    """An English line that frames the story in general terms and names nobody (see above)."""
    return bool(_GENERIC_FRAME_EN.search(text)) and not _NAME_EN.search(text)


def looks_back(text: str) -> bool:
    """An English line that opens by looking back before the news ("For decades, …",
    "Three years after landlords declared …, …", "A year ago, …")."""
    return bool(_BACKSTORY_EN.match(text.strip()))


def opener_only(stripped: str, lang: str, *, result: bool, decision: bool, scene_en: bool) -> bool:
    """A line without a figure that only opens the story: scene, time, source or look back.

    `result` and `decision` say whether the line states one (then a scene is news all the
    same); `scene_en` whether an English line opens on a scene (roles_en.opens_on_scene).
    "近日，A公司宣布收购B公司" keeps its decision; "据悉，" and "近日，记者走访了多家门店。"
    state nothing after the opener. A feature's look back ("曾几何时，…企业有上百家；", the "then" of
    a then-and-now whose "如今" is the news), a person's frame ("今年春节，对X来说，肩上的压力不小。"), an event that
    took place ("…峰会举行。"), a plan said to be set out ("该计划还详细说明了…规划。") and the heading of a measure in a
    policy's list ("内容如下：加大制造业企业奖励力度。") state no fact either, nor an English person's frame with no
    figure ("For Moore, the night shift is worth the drive.").
    """
    if lang == "en" and (scene_en or looks_back(stripped) or generic_frame(stripped)) and not result and not decision:
        return True
    if lang == "zh" and _SCENE_ZH.match(stripped) and not result and not decision \
            and not _HAPPENED_ZH.search(stripped):
        return True
    if lang == "zh" and (_SOURCING_ZH.search(stripped) or _EVENT_TOOK_PLACE_ZH.search(stripped)
                         or _OUTLINES_ZH.search(stripped) or _LIST_HEADING_ZH.match(stripped)):
        return True
    if lang == "zh" and _LOOK_BACK_ZH.match(stripped) and not decision:
        return True
    if (_PERSPECTIVE_ZH if lang == "zh" else _PERSPECTIVE_EN).match(stripped) and not result and not decision:
        return True
    opener = _OPENER_ZH.match(stripped) if lang == "zh" else _OPENER_EN.match(stripped)
    if not opener:
        return False
    # "当地时间11月21日，松下敲定了撤出液晶面板业务的方针。" states the news after it.
    rest = stripped[opener.end():]
    return units(rest, lang) < 10 or bool(_VAGUE_SUBJECT_RE.match(rest))


def frames_sector(text: str, lang: str) -> bool:
    """A line about the sector around the news: how the whole industry did, how its shares did
    against the index, or (in English) what a rival reported. Context, so it gives way to the
    company's own result."""
    if lang == "en":
        return about_rival(text, lang)  # "Rival Haltek Networks … cut its annual forecast": another company's news
    return lang == "zh" and bool(_SECTOR_ZH.match(text) or _SECTOR_SHARES_ZH.search(text))


# "分产业看，第一产业增加值186.4亿元，增长3.1%；", "分区域来看，华中、华南增速最快", "按消费类型统计，餐饮收入…":
# the headline figure broken down by part, announced so by its opener.
_BREAKDOWN_ZH = re.compile(
    r"^(?:[^，。；]{0,8}[，,])?(?:分(?:产业|地区|行业|门类|区域|经济类型|类别|季度|品种|板块|项目|领域|城乡|用途|环节|渠道|"
    r"企业类型|产品)|按(?:经营[^，。；]{0,4}|消费类型|地区|行业|产业|区域|城乡)[^，。；]{0,6})(?:来)?(?:看|统计|分)[，,]"
)


def breaks_down(text: str, lang: str) -> bool:
    """A line that breaks a figure already given down by part ("分产业看，…", "分区域来看，…"): the detail
    of a result, not another result. On the key-point sets 1 of the 8 such lines carries a main point
    (a fifth of all lines do); a statistics release's reader wants its next indicator first."""
    return lang == "zh" and bool(_BREAKDOWN_ZH.match(text.strip()))


# "如果美国经济陷入衰退，收益率可能会跌破1%", "If the tariffs stay, that would work out to a $75 billion hit":
# a line that opens on a condition states what may happen, not what did.
# The condition may follow a short subject ("我们测算，该订单若按期交付，将贡献净利润约1.5亿元"); 若干 is "several".
_HYPOTHETICAL_ZH = re.compile(r"^(?:[^，。；]{0,6}[，,])?[^，。；“”\d]{0,6}?(?:如果|假如|倘若|假若|如若|若(?!干)|一旦)")
_HYPOTHETICAL_EN = re.compile(r"^[\"“‘']?(?:If|Unless|Should (?!I\b|we\b|you\b)\w+ \w+)\b")


def hypothetical(text: str, lang: str) -> bool:
    """A line that opens on a condition ("如果…，…可能…", "If …, … would …"): a scenario, so its figure is no
    result (on the key-point sets 6 of the 46 such lines carry a main point, half the rate of other lines)."""
    return bool((_HYPOTHETICAL_ZH if lang == "zh" else _HYPOTHETICAL_EN).match(text.strip()))


# "X成立于2009年，总部位于杭州，目前在全国拥有超过1.2万个网点": a company's profile, its founding year first.
_PROFILE_ZH = re.compile(r"(?:成立|创立|创办|组建)于\s?(?:19|20)\d{2}\s?年")
# What happened now ("成立于2019年，今年完成了5亿元C轮融资"), or a company going public ("招股书显示，X成立于2006年，…").
_CURRENT_ZH = re.compile(r"今年|本年|近日|日前|本月|此次|本次|目前已|刚刚|招股书|招股说明书")


def company_profile(text: str, lang: str) -> bool:
    """A line that profiles the company in the news (founded in…, based in…, so many outlets): its size, figures
    and all, is background, not news; unless it tells what happened now, or the company is going public (there the
    profile is the story). On the key-point sets these are the 2 of the 11 lines naming a founding year that carry
    a main point."""
    return lang == "zh" and bool(_PROFILE_ZH.search(text)) and not _CURRENT_ZH.search(text)


def share_reaction(text: str, lang: str) -> bool:
    """A line that tells how a company's shares moved on the news: the market's reaction, not
    the news (on the labelled English sets 1 of 17 such lines carries a main point, a third of
    the rate of other lines; the one Chinese line, "…股价报27.82元，下跌1.35%", none). A market
    report's index moves are no such line."""
    return bool((_SHARE_REACTION_EN if lang == "en" else _SHARE_REACTION_ZH).match(text.strip())) or (
        lang == "en" and bool(_MARKET_REACTION_EN.match(text.strip())))


def states_thesis(text: str, lang: str) -> bool:
    """An English line that marks itself as the writer's thesis or conclusion."""
    return lang == "en" and bool(_THESIS_EN.search(text))


# "收到国家药品监督管理局核准签发的《药品注册证书》", "取得…《医疗器械注册证》", "获得《临床试验批准通知书》".
_APPROVAL_DOC_ZH = re.compile(r"(?:收到|接到|获得|取得|获颁)[^，。；]{0,40}《[^》]{0,30}(?:注册证书?|批准证明文件|批件|许可证|"
                              r"批准通知书)[^》]{0,6}》")


# "…有关负责同志出席会议并分别介绍各领域重点工作安排。", "全市32家中资银行分管信贷业务负责人参加会议，5家银行作交流发言。":
# who attended a meeting and spoke at it, not what it decided (that follows: "会议要求，…").
_ATTENDED_ZH = re.compile(
    r"(?:出席|参加|列席)了?(?:会议|座谈会|发布会|仪式|开幕式|大会|论坛|活动)"
    r"(?:并(?:分别)?(?:讲话|致辞|发言|介绍[^，。；]{0,16}(?:安排|情况|进展)))?"
    r"(?:[，,][^，。；]{0,12}?(?:作|进行)(?:交流)?(?:发言|讲话|致辞))?[。！]?$"
)


def attended(text: str) -> bool:
    """A Chinese line that only says who attended a meeting (and spoke), its head count included."""
    return bool(_ATTENDED_ZH.search(text.strip()))


def approval_granted(text: str) -> bool:
    """A Chinese line that tells a regulator's approval was received: a drug's registration certificate, a device's
    registration, a licence. The document is the approval, so the line states the news (a decision), unlike a document
    whose decision follows ("公司收到中国证监会下发的《行政处罚决定书》。": roles._REPORT_ONLY_RE). On fresh11 the note
    written for a new drug's approval showed its forecasts instead of the approval."""
    return bool(_APPROVAL_DOC_ZH.search(text))


# "我们预计心脑血管系列产品有望维持15-20%的销售增长。": the analyst's expectation of a growth rate, not a result.
_EXPECTS_ZH = re.compile(r"^(?:[^，。；]{0,8}[，,])?我们(?:预计|预期|判断)[^。；]{0,40}(?:有望|将|会)[^。；]{0,30}(?:增长|增速|增幅)")
_HEADLINE_METRIC_ZH = re.compile(r"营业总收入|营业收入|营收|归母净利|归属[^，。；]{0,12}净利|净利润|EPS|每股收益")
# A story's report of what unnamed analysts expect ("法人指出，…预期明年下半年开始贡献营收，明年全年营收有望再成长两成以上"):
# their view, of whatever metric; the company's own guidance ("公司预估第四季营收将季增8%至12%") is not this line.
_OTHERS_EXPECT_ZH = re.compile(
    r"^(?:[^，。；]{0,8}[，,])?(?:法人|分析师|分析師|业内人士|業內人士|市场人士|市場人士|市场分析人士|市場分析人士)(?:普遍)?"
    r"(?:指出|认为|認為|预估|預估|预期|預期|预计|預計|估计|估計)[^。；]{0,60}(?:有望|预期|預期|预计|預計|将|將)"
    r"[^。；]{0,40}(?:增长|增長|成长|成長|增速|增幅|回升|改善)")


def analyst_expects(text: str, lang: str) -> bool:
    """A note's line in which the analyst expects a growth rate of a product or business ("我们预计…有望维持15-20%的
    销售增长"): a view, so its figure is no result (a scenario's weight, like `hypothetical`). The forecast of the
    company's revenue or profit is left alone. On the key-point sets 1 of the 4 such lines carries a main point (the
    one of a company's whole income, "收入端有望实现约28%-30%的增速", whose text keeps its summary)."""
    if lang != "zh":
        return False
    stripped = text.strip()
    # Unnamed analysts' expectation, reported by a news story, is a view whatever its metric (`_OTHERS_EXPECT_ZH`).
    return (bool(_EXPECTS_ZH.match(stripped)) and not _HEADLINE_METRIC_ZH.search(text)) or bool(
        _OTHERS_EXPECT_ZH.match(stripped))
