"""Chinese numbers that name a rule or a class, not a result, and are no figures: the share base
of a payout ("每10股派3元"), a wait in trading days, a class of holder or of users ("持股5%以上股东",
"1000Mbps及以上接入速率的用户"), what an exclusion leaves out and an amount assumed for an example;
and in either language the size of the sample a statistic was drawn from, and in English an age,
a street address or the whole a part is taken from. Kept apart from `summarizer.figure_numbers`, which finds the numbers, so each stays readable.
"""

from __future__ import annotations

import re

__all__ = ["is_sample_size", "not_a_quantity_en", "zh_not_a_quantity"]

# The label of an announcement's number or a stock's code, with what of the code comes before the number.
_CODE_LABEL_RE = re.compile(
    r"(?:公告编号|公告編號|证券代码|證券代碼|股票代码|股票代碼|股份代号|股份代號|债券代码|債券代碼|转债代码|轉債代碼"
    r"|申购代码|申購代碼|配售代码|配售代碼|申购简称)"
    r"\s*(?:[：:]|为|為|是)\s*[临臨]?[\dA-Za-z\-－—]*$")


def zh_not_a_quantity(shadow: str, start: int, unit: str | None, tail: str) -> bool:
    """Numbers in Chinese filings that name a rule, not a result: the share base of a payout
    ("每10股派3元": 3元 is the payout, 10股 only what it is per), a wait counted in trading days
    ("自公告之日起15个交易日后"), a class of holder ("持股5%以上股东", "1000Mbps及以上…的用户"), what an exclusion leaves
    out, and an amount assumed for an example ("以100万元房贷计算")."""
    # "公告编号：2026-058", "临2027-009", "（股份代號：1386）": which announcement or which stock, not a figure.
    if unit is None and _CODE_LABEL_RE.search(shadow[max(0, start - 24):start]):
        return True
    # "教育部等7部门联合发文": how many ministries issued a document names its issuers, not a result.
    if unit in ("部门", "部委") and (shadow[max(0, start - 1):start] == "等" or re.match(r"\s?联合", tail)):
        return True
    # ("每10份基金份额派发红利0.21元", "每40英尺箱2,010美元", "每100公里": any number right after 每 is what a value is per.)
    if shadow[max(0, start - 1):start] == "每":
        return True
    # "双11购物节", "双12", "618大促": a shopping festival's name, not a number of anything.
    if unit is None and (re.match(r"1[12](?!\d)", shadow[start:start + 3]) if start and shadow[start - 1] == "双"
                         else re.match(r"618(?=大促|购物节|年中|期间|活动|当天|全周期)", shadow[start:start + 7])):
        return True
    if unit in ("个交易日", "个工作日", "交易日", "工作日"):
        return True
    # "“9.9元”价格战", "“99元”套餐": a number quoted alone before a noun is that thing's name, not a figure.
    if shadow[max(0, start - 1):start] in ("“", "「", '"') and re.match(r"[”」\"](?![涨跌降增升到至的和及与或为是以左上下起附])[\u4e00-\u9fff]", tail):
        return True
    # "（1TB=1024GB）": a unit's definition, not a figure of the story.
    if re.search(r"[（(]\s*$", shadow[max(0, start - 2):start]) and re.match(r"\s?[=＝]\s?[\d.]+\s?[A-Za-z\u4e00-\u9fff]{1,4}\s?[）)]", tail) \
            or re.search(r"[（(]\s?1\s?[A-Za-z\u4e00-\u9fff]{1,4}\s?[=＝]\s?$", shadow[max(0, start - 12):start]) and re.match(r"\s?[）)]", tail):
        return True
    # "税后非经损益 .0 亿元": a number whose digits before the decimal point were lost is no value.
    if shadow[max(0, start - 1):start] in (".", "．") and not shadow[max(0, start - 2):start - 1].isdigit():
        return True
    # ("华中达.4亿（同比+42%）": the change in brackets after it is of that lost value, its owner unsure.)
    if re.search(r"(?<![\d.．])[.．]\d+\s?[^\d\s（(，,。；;]{0,4}[（(][^（）()]*$", shadow[max(0, start - 30):start]):
        return True
    # "0.8300本交易日美元整体走强": 本 before a time is "this", not a count of books.
    if (unit == "本" and _THIS_TIME_RE.match(tail)) or (unit is None and tail[:1] == "本" and _THIS_TIME_RE.match(tail, 1)):
        return True
    # "ROE不低于行业80分位水平": a percentile names a rank among peers, and 80分 would read as a score or cents.
    # ("不低于对标企业75%分位点", "已达到近七年以来90%分位水平": written as a percentage, the same rank.)
    if (unit == "分" and tail.startswith("位")) or (unit == "%" and tail.startswith("分位")):
        return True
    # "九院十所", "二院23所": a research institute's name, numbered within its academy, not a count.
    if unit == "所" and re.search(r"[一二三四五六七八九十\d]{1,3}院$", shadow[max(0, start - 4):start]):
        return True
    # "在任意连续90个自然日内": a span of calendar days a rule counts in, not a count of anything.
    if unit in ("个", None) and re.match(r"个?(?:自然|交易|工作)日", tail):
        return True
    if unit == "%" and re.match(r"(?:及)?以上(?:的)?(?:大)?股东", tail):
        return True
    # "1000Mbps及以上接入速率的用户为2.15亿户", "60岁及以上的人口": a bound that names a class of
    # things (a noun phrase closed by 的 follows it), not an amount stated.
    # (Only where it opens its clause: "营收增长30%以上的企业有120家" states the growth.)
    if re.match(r"及?(?:以上|以下)[^，,。；;、：:“”（）()0-9]{0,10}的", tail) and re.search(
            r"(?:^|[，,。；;：:])\s*(?:其中|包括|以及|而)?\s*$", shadow[max(0, start - 12):start]):
        return True
    # "价格段方面，600美元以上高端机型出货量占比升至27.4%": a bound written right before the noun it sorts
    # (no 的 between) names a class of products, not an amount; it opens its clause like the case above.
    if re.match(r"及?(?:以上|以下)(?!的|[，,。；;、：:）)]|$)[\u4e00-\u9fff]{2}", tail) and re.search(
            r"(?:^|[，,。；;：:])\s*$", shadow[max(0, start - 12):start]):
        return True
    # "普氏62%铁矿石价格指数报101.35美元/吨": an ore grade inside an index's name, not a share of anything.
    if unit == "%" and re.match(r"(?:品位)?[\u4e00-\u9fffA-Za-z]{0,6}?(?:价格指数|指数|粉矿|块矿|精粉)", tail) and re.search(
            r"(?:普氏|Platts|MySteel|我的钢铁|[\u4e00-\u9fff]{2}港)\s*$", shadow[max(0, start - 8):start]):
        return True
    # "培育5家销售收入超过100亿元的芯片企业", "向员工少于250人的酒店提供帮助": a bound inside a noun's
    # modifier sorts what is counted or helped; shown alone ("销售收入：超过100亿元") it reads as a result.
    # (Not "向两家公司提供不超过13.5亿元的贷款", "向长安汽车供应不少于150GWh的电池": what is given is the amount.)
    if re.match(r"(?:及)?(?:以上|以下)?的", tail) and (sorted_by := re.search(
            r"(?:(?<![\d.])\d+\s?(?:家|个|名|所|只|户)|[向对给为])([\u4e00-\u9fff]{2,8}?)"
            r"(?:超过|不少于|不低于|少于|低于|高于|不超过|多于|达到|在)\s?$", shadow[max(0, start - 24):start])) \
            and not re.search(r"提供|发放|给予|授予|支付|投入|借出|出借|供应|供货|交付|出售|采购|购买", sorted_by.group(1)):
        return True
    # "累计分红低于同期年均净利润30%的，不得减持": the condition of a rule (closed by "的，"), not a result.
    if re.match(r"(?:及)?(?:以上|以下)?的[，,]", tail) and re.search(
            r"(?:低于|高于|超过|不足|少于|多于|达到)[^，,。；;\d]{0,16}$", shadow[max(0, start - 24):start]):
        return True
    # "（不含已执行5%存款准备金率的金融机构）": what an exclusion leaves out is not the news.
    if re.search(r"[（(](?:不含|不包括|除)[^）)]{0,30}$", shadow[max(0, start - 32):start]):
        return True
    # "以100万元、30年期的房贷计算，月供减少约55元", "若收入以-5%计算": the amount assumed, not a result.
    return bool(unit and re.search(r"(?:以|按)-?$", shadow[max(0, start - 2):start])
                and re.match(r"[^，,。；;]{0,16}?(?:计算|测算|为例)", tail))


_THIS_TIME_RE = re.compile(r"交易日|周|月|年|季|次|轮|届|期|日|场")
_EN_STREET_RE = re.compile(
    r"\s(?:[NSEW]\.?\s)?(?:[A-Z][\w.’']*\s){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Pl|Place|Dr|Drive|Blvd|Boulevard"
    r"|Ln|Lane|Way|Ct|Court|Pkwy|Parkway|Hwy|Highway|Terrace|Circle)\b")
_EN_BASE_OF_RE = re.compile(r"\b(?:out\s+of|of\s+(?:my|his|her|their|our|your))\s+(?:about\s|around\s|roughly\s|some\s|nearly\s)?$",
                            re.IGNORECASE)
_EN_VERSION_BEFORE_RE = re.compile(r"(?:\b[Vv]ersion|\b[Vv]er\.|(?<![A-Za-z])v)\s?$")
_EN_AGE_BEFORE_RE = re.compile(r"\bage[sd]?\s(?:of\s)?(?:between\s)?(?:\d+\s(?:and|to|-)\s)?$", re.IGNORECASE)


_EN_SAMPLE_BEFORE_RE = re.compile(
    r"\b(?:survey|poll|sample|panel|study|questionnaire|canvass)\s+of\s+(?:about\s+|some\s+|more\s+than\s+|over\s+|nearly\s+)?$"
    r"|\b(?:surveyed|polled|interviewed|questioned|asked)\s+(?:about\s+|some\s+|more\s+than\s+|over\s+|nearly\s+)?$",
    re.IGNORECASE)
_ZH_SAMPLE_BEFORE_RE = re.compile(r"(?:监测的?|样本|调查的?|统计的?|重点监测)(?:全国)?$")
_ZH_SAMPLE_AFTER_RE = re.compile(
    r"(?:个)?(?:重点|主要|样本|大中|典型|监测)?城市(?:的|中|里|之中)?(?:新建|二手|商品|住宅|平均|土地|写字楼)")


def is_sample_size(shadow: str, start: int, end: int, unit: str | None, is_zh: bool) -> bool:
    """The size of the sample a statistic was drawn from ("a survey of 2,500 lenders", "a Reuters
    poll of 45 economists", "全国100个城市新建住宅平均价格", "监测的50城"): it says who was
    asked or counted, not what the news is. An amount or a share is never a sample size."""
    if unit is not None and unit not in ("个", "家", "城"):
        return False
    if is_zh:
        return bool(_ZH_SAMPLE_BEFORE_RE.search(shadow[max(0, start - 8):start])
                    and re.match(r"个?(?:重点|主要|样本|大中)?城", shadow[end - 1 if unit else end:])) or bool(
            _ZH_SAMPLE_AFTER_RE.match(shadow, end - (1 if unit == "个" else 0)) and unit in (None, "个")
            # "其中有32个城市新建住宅价格上涨": a count of the cities that moved is the news.
            and not re.search(r"(?:有|其中|共|达|仅|只)$", shadow[max(0, start - 2):start]))
    return bool(_EN_SAMPLE_BEFORE_RE.search(shadow[max(0, start - 40):start])) and bool(
        re.match(r"\s+(?:[a-z\-]+\s+){0,2}(?:lenders|economists|analysts|respondents|people|adults|households|companies"
                 r"|firms|businesses|investors|consumers|voters|executives|managers|banks|fund\s+managers|traders"
                 r"|strategists|members|participants|Americans|Britons|employers|workers|cities|retailers|CEOs)\b",
                 shadow[end:]))


def not_a_quantity_en(shadow: str, start: int, tail: str, value: float) -> bool:
    """A bare English number that is an age ("Burton, 57,"), an address ("1119 Eighth St."),
    an age bound ("ages of 25 and 54") or a version ("Version 9.0"): no figure."""
    before = shadow[:start]
    if _EN_VERSION_BEFORE_RE.search(before[-12:]):
        return True  # "Version 9.0 of your competitors' sites", "v2.1": which release, not how much
    if re.search(r"\b\d{1,2}:\d{2}-[a-z]{2,4}-$|\b(?:Case|Docket)\s+No\.?\s*$", before[-30:]):
        return True  # a court's docket number: "No. 4:23-cv-01876", "Case No. 2026-118": which case, not how much
    if _EN_STREET_RE.match(tail) or _EN_AGE_BEFORE_RE.search(before) or _EN_BASE_OF_RE.search(before[-40:]):
        return True  # ("five of my 1,000 followers", "out of around 1,500": the whole a part is taken from)
    return (value <= 120 and bool(re.search(r"[A-Z][\w.’'\-]+,?\s$", before))
            and bool(re.match(r",|\s[–—-]\s|\)", tail)))
