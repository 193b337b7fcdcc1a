"""A figure's subject made fit to show: what is left once codes, bounds, copulas and
predicate words are gone ("回购金额不低于" -> "回购金额", "营收为" -> "营收"), and a verb
left at its end named as the metric ("启明汽车交付" -> "启明汽车交付量").
"""

from __future__ import annotations

import re


def clean_subject(subject: str | None) -> str | None:
    """What is left of a subject once codes and templates are gone: no "卓胜微()", no "{AddTime}"."""
    if not subject:
        return subject
    if len(re.findall(r"(?<![A-Za-z\d])/|/(?![A-Za-z\d])", re.sub(r"/[\s/]*/", "/", subject).strip("/"))) >= 2:
        # "哈弗/WEY/皮卡/欧拉", "销售/管理/研发费用率": a list of three or more run together is no one thing;
        # a list handed out item by item names each figure by the sentence, not by this subject.
        return None
    # A slash left by a blanked number goes ("营收/"); one between two words stays: "经营性现金流量净额/净利润" is
    # a ratio and "美元/人民币" a pair, and run together ("净额净利润", "美元人民币") they read as one garbled name.
    cleaned = re.sub(r"\{[A-Za-z_]\w*\}|[(（\[【]\s*(?:截至|截止)?\s*[)）\]】]|(?<![A-Za-z\d\u4e00-\u9fff）)])/|/(?![A-Za-z\d\u4e00-\u9fff（(])",
                     "", subject)
    # "（完）营收", "（一）营收", "（记者6日电话采访）公司营收": an aside in brackets opening the
    # clause (a list number, an end mark, a note that is no dateline) is no part of what is measured.
    cleaned = re.sub(r"^[（(][^（）()]{1,30}[）)]\s*(?=\S)", "", cleaned)
    # Half of an aside ("（注：本文…电讯稿）营收", "（图为…"): what stands outside the bracket.
    cleaned = re.sub(r"^[^（(]*[）)]", "", cleaned)
    cleaned = re.sub(r"[（(][^）)]*$", "", cleaned)
    cleaned = re.sub(r"^[【\[](?=[^】\]]*$)", "", cleaned)  # "【10月非制造业PMI为51.2%】": the flash's bracket
    # "云业务收入首次突破…", "股价一度跌破…", "创业板指单边下行跌超4%": how it moved is no part of what moved.
    cleaned = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:首次|首度|第一次|再次|一举|成功|一度|单边|震荡|大幅|小幅|全线|集体|纷纷|盘中|早盘|尾盘|午后|目前|当前)$",
                     "", cleaned)
    # "现在能做到8%", "目前已降至18%": a time word of now and its modal name nothing measured.
    cleaned = re.sub(r"^(?:现在|目前|当前|如今|现阶段)(?:已经|已|能|可以|可|还|仍|则|也|就)?$", "", cleaned)
    # "该基金今年以来收益率" with the span taken out as the period: 以来 is left of it, no part of the name.
    cleaned = re.sub(r"(?<=[\u4e00-\u9fffA-Za-z])(?:自|从)?以来(?=[\u4e00-\u9fff]|$)", "", cleaned)
    cleaned = re.sub(r"^单(?=[营收净毛归利])", "", cleaned)
    # "另一家新势力品牌澄川汽车交付量": the words that introduce the company are no part of its name.
    cleaned = re.sub(r"^(?:另一家|另外一家|又一家|另一|这家)[\u4e00-\u9fff]{0,8}?(?:品牌|企业|公司|车企|厂商|机构|银行|券商)"
                     r"(?=[\u4e00-\u9fffA-Za-z]{4,})", "", cleaned)
    # "…, reflecting net proceeds of $175 million": the participle that tied the clause to the one before is no
    # part of what is measured.
    cleaned = re.sub(r"^(?:reflecting|including|excluding|representing|driven by|thanks to|due to)\s+(?:(?:a|an|the)\s+)?"
                     r"(?=[A-Za-z])", "", cleaned)
    # "降低金融机构资金成本每年约50亿元": how often is the figure's rate, no part of what is measured.
    if "每" not in cleaned[:-2]:  # ("每个婴幼儿每月2000元": per child per month, one rate)
        cleaned = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:每年|每月|每季度?|每周|每天|每日|年均)$", "", cleaned)
    # ("期间费用率" is the period's expense ratio, a name of its own.)
    cleaned = re.sub(r"^(?:届(?:时|毕业的)?|期间(?![费四三]|[^，,。；;]{0,4}费率)|期内|则(?![例是]))(?=[\u4e00-\u9fff]{2})", "", cleaned)  # "届时…产能", "2021届毕业生" without its year
    # "600美元以上高端机型出货量占比" with the bound's number blanked: 以上 only sorted the products.
    cleaned = re.sub(r"^及?以[上下]的?(?=[\u4e00-\u9fff]{2})", "", cleaned)
    # "以集中竞价或大宗交易方式减持本公司股份": how it is done is no part of what is measured.
    cleaned = re.sub(r"以?[\u4e00-\u9fff、或和及]{2,16}?方式(?=[\u4e00-\u9fff]{2})", "", cleaned)  # "单三季度营收" with the quarter taken out
    # "归母净亏损3858.65万元": with the loss taken out as the direction, 归母/扣非 alone name nothing; the
    # loss is one of net profit, so the profit is named.
    cleaned = re.sub(r"(归母|扣非后?)净?(?:亏损|亏)$", r"\1净利润", cleaned)
    # the loss is the direction (but "减亏", "扭亏" name a change: "公司减" would be no word)
    cleaned = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?<![减扭])(?:亏损|亏)$", "", cleaned)
    # The approximation or bound is no subject ("回购金额不低于"), nor the rule's modal before it ("减持总数不得超过").
    cleaned = re.sub(r"(?:多达|高达|不超过|不高于|不多于|不少于|不低于|超过|将近|接近|大约|约为)(?:人民币|美元|港元|港币)?$",
                     "", cleaned)
    cleaned = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:不得|不应|不能|不可|必须|应当|须)$", "", cleaned)
    cleaned = re.sub(r"持股(?:比例)?及?以上的?(?=股东)", "", cleaned)  # "持股5%以上股东" with its class's bound taken out
    if re.fullmatch(r"[一二两三四五六七八九十\d]{1,3}个?(?:月|年|日|天|周|季度?|交易日)内", cleaned):
        return None  # "三个月内不得超过2%": the window of a rule names nothing that is measured
    cleaned = re.sub(r"^(?:将|要)?(?:确保|力争|争取)(?=[\u4e00-\u9fff]{2})", "", cleaned)  # "将确保固定资产投资增长6%": a goal's verb
    # "深证成指跌2.01%", "以太坊报3350美元", "出游人次恢复至…的95%", "三星以5770万部", "公司净亏损…", "银河通用宣布完成…":
    # a verb or particle left at the end belongs to the predicate, not to what is measured.
    cleaned = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:宣布|跌|涨|以|净|(?:普遍|均|都)?翻|(?:快速|逐步|逐渐|基本|全面|持续|已经?)?恢复|(?<![日晚早周月年快简情公研画海电汇季财通预学])报)$",
                     "", cleaned)
    # "京华集团以营收1.35万亿元蝉联榜首": 以 brings in what the figure measures; whose it is comes first.
    cleaned = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?<![所可予难得加用足借赖据])以(?![上下来及后前外内便免致为至东南西北旧往期此色太])"
                     r"(?=[\u4e00-\u9fffA-Za-z]{2})", "", cleaned)
    # "续航最高可达720公里": the bound with its "can" is the predicate's ("盘中最高" is a high).
    cleaned = re.sub(r"(?<=[\u4e00-\u9fffA-Za-z0-9]{2})(?:最高|最多|最低|最少|最快|最长|最大|最小)(?:可以|可|能)(?:达到|达)?$", "", cleaned)
    # "公司股东大会审议通过每10股派5元", "公司拟向全体股东每10股派发现金红利3元": the dividend, not who decided it.
    # "鼎硕同时董事会通过资本支出预算": who approved a budget is no part of it.
    cleaned = re.sub(r"^[\u4e00-\u9fff]{0,8}?董事[会會](?:审议|審議)?(?:通过|通過|批准|核准)了?(?=[\u4e00-\u9fff]{2})", "", cleaned)
    # ("董事會並核准每股配發現金股利3.5元": the board's approval likewise.)
    cleaned = re.sub(r"^.*?(?:审议通过|向全体股东|建议派发|建议|拟|核准|批准)(?=每\d*股|派|现金红利|现金股利|中期|末期|特别股息)", "",
                     cleaned)
    cleaned = re.sub(r"^将(?![军来领士帅])(?=[\u4e00-\u9fff]{2})", "", cleaned)  # "将家电以旧换新补贴范围扩大至…"
    # "营收为人民币85.3亿元", "營收為新台幣85.3億元": the currency is the figure's, not the subject's
    # (but "离岸人民币报7.1": there the currency is what is priced).
    cleaned = re.sub(r"(?<=[为达约是额入润收量价值数费本益率算])(?:人民币|美元|港元|港币|新台币|台币|欧元|日元|英镑)$",
                     "", cleaned)
    # "营收为8920亿元" (jieba reads 营/收为): the copula before the figure is no part of the subject.
    # (华为, 有为 are names; "归母净利润应为", "电价暂为": the adverb goes with the copula.)
    cleaned = re.sub(r"(?<=[\u4e00-\u9fffA-Za-z0-9]{2})(?<![作成因认称行视更较最极列分华有])(?:应|暂定|暂|均|仍|则|亦|也|将)?为$",
                     "", cleaned)
    cleaned = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?<!自)(?:由|从)$", "", cleaned)  # "毛利率由15.2%降至…": the start
    cleaned = re.sub(r"(?<=[\u4e00-\u9fffA-Za-z)）]{2})(?:周|星期)[一二三四五六日天]$", "", cleaned)  # "比特币价格周三": a day, not the thing
    # "海外收入约合73亿美元", "私募产品数量或超过2000只": a conversion or a "may" is no part of it.
    cleaned = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:约合|折合|合计约|或将|或|(?<![签合预履公条契节制])约|(?<![接最附临将邻贴逼])近"
                     r"|(?<![赶高])超|逾)$", "", cleaned)
    cleaned = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?<!自)(?:由|从)$", "", cleaned)  # "营收由约60亿元增至…"
    cleaned = re.sub(r"(?<=[\u4e00-\u9fffA-Za-z]{2})(?:存在|可能(?:会|将)?)$", "", cleaned)  # "LPR存在下调…的可能": a possibility
    cleaned = re.sub(r"(?<=[\u4e00-\u9fff]{2})各$", "", cleaned)  # "两项利率各下调0.25个百分点": each of them
    cleaned = re.sub(r"[（(]\s*(?:含|不含)\s*[)）]", "", cleaned)
    cleaned = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?<![到送抵直传表通发雷腾畅豁高长])(?:可|已|将|或)?达$", "", cleaned)  # "新签合同额达…"
    # "集团于9月末的现金" with the date taken out; not 所在的 ("他所在的企业"), 现在的, 存在的: words of their own.
    cleaned = re.sub(r"(?<=[\u4e00-\u9fff])(?<![所存现正实内潜外])(?:于|在)的", "的", cleaned)
    # "海外装机我们预计41.6GWh": who estimates is no part of what is measured.
    cleaned = re.sub(r"(?<=[\u4e00-\u9fffA-Za-z]{2})(?:我们|我司|本所|笔者)$", "", cleaned)
    cleaned = cleaned.strip(" \t,，、:：;；-/")
    # "而华东区域销售金额", "结合公司存货", "根据我们测算单瓦盈利", "伴随着公司分红率": a connective or the
    # ground of a statement opening the clause is no part of what is measured. (Not 随着: a clause of
    # circumstance "随着…产能投产" names no figure's subject, and later guards look for it.)
    cleaned = _FRAME_OPENING.sub("", cleaned)
    if _FRAME_ONLY.fullmatch(cleaned):
        return None  # "年初至今分别变动-7%/-2%" with the period taken out: 至今 is when, not what
    # "各社区书记代表辖区内退役军人集中领取了补贴标准": a long clause whose last act is done (了) names what
    # is measured after it; who did what before it is the story, not the subject.
    cleaned = re.sub(r"^[\u4e00-\u9fff、，,]{8,}了(?=[\u4e00-\u9fff]{2,8}$)", "", cleaned)
    if re.fullmatch(r"(?:将|拟|或|已|可|再)[\u4e00-\u9fff]|翻了?[一两二三]?番|翻倍|翻一倍|(?:将|拟)?(?:控制|保持|维持|压降|压缩)", cleaned):
        return None  # "明年将压降至12亿元" (jieba: 将压/降至), "较今年的10GWh翻一番": a verb, not what
    if _TIME_ONLY.fullmatch(cleaned):
        return None  # "同年增长5%", "本季增长8%", "每年增长10%": when, not what
    if _SINCE_LAUNCH.fullmatch(cleaned):
        return None  # "上市首月即突破8000辆", "开售当天就售出": how soon, not what (the clause before names it)
    # "该款手机开售当天即售出12万台": how soon it sold is no part of what sold.
    cleaned = _HOW_SOON.sub("", cleaned)
    # "据GVR预测23-30年CAGR高达近60%" (jieba: 高/达近): the 高 of 高达 is the bound, not the name.
    # (Only a short name: a long clause ending in 高 states a quality, "…溢价接受度高".)
    if len(cleaned) <= 12:
        cleaned = re.sub(r"(?<=[A-Za-z\u4e00-\u9fff]{2})(?<![最提身升拔增登崇较拉抬调推])高$", "", cleaned)
    # "到2025年光伏装机量将达800GW" with the year taken out: 到 was the year's ("到期收益率" is a name).
    cleaned = re.sub(r"^到(?![岸账期货达位场店家手])(?=[\u4e00-\u9fffA-Za-z]{2})", "", cleaned)
    # "利润端受益于费用投放效率的提升，有望取得…增长": why it grew is no part of what grew.
    cleaned = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:受益于|得益于|受制于)[\u4e00-\u9fff、]{2,}$", "", cleaned)
    # "组件扩产量保底看250GW", "整体批发销量保守预估为6万辆": the hedge is the estimate's, not the name's.
    cleaned = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:保守|保底|乐观|悲观)(?:看|估计|预估|测算|来看)?$", "", cleaned)
    # "取中值2.72亿元": taking the midpoint names how the figure was got, not what it is; "超出同期归母净利润4.85亿元":
    # what the figure exceeds is the base of the comparison, not the subject.
    if re.fullmatch(r"(?:取|按)(?:中值|中位数|中枢|均值)", cleaned) or re.match(r"(?:超出|超过|高于|低于|少于|多于)(?=[\u4e00-\u9fff]{2})", cleaned):
        return None
    if re.search(r"(?:认为|表示|指出|透露|介绍)$", cleaned) or re.fullmatch(r"集.{2,}于一体", cleaned):
        return None  # "投资长Greg Jensen认为是20%": who thinks it, not what; "集…功能于一体": what it does
    if re.search(r"[及和与、]的", cleaned):
        return None  # "对公司第一季及第二季的晶圆产出" with its periods taken out: "对公司及的…" is no text
    if _MOVE_ONLY.fullmatch(cleaned) or cleaned in _BARE_VERBS:
        return None  # "盘中交投于1.79%-1.73%区间", "本周累跌6.275个基点": how it moved, not what moved
    return cleaned if len(cleaned) >= 2 else None


# A verb alone where the subject goes: "有望带来千万平米以上的需求" -> 带来.
_BARE_VERBS = frozenset("带来 带动 实现 达到 完成 录得 获得 贡献 拉动 推动 创造 产生".split())
_MOVE_ONLY = re.compile(r"(?:交投|位|处|介|徘徊|波动|运行|震荡|游走)于|(?:累计|累)(?:跌|涨|升|降|下跌|上涨|下降|上升|增长|减少)")
_FRAME_OPENING = re.compile(
    r"^(?:而且?|并且|结合|伴随着?|根据(?:[\u4e00-\u9fff]{0,8}?测算|(?:公司)?公告(?![\u4e00-\u9fff]{0,2}(?:信息|数据)))?"
    r"|截[止至](?=公司|集团))"
    r"(?=[\u4e00-\u9fffA-Za-z]{2})")
_FRAME_ONLY = re.compile(r"至今|迄今|按照?(?:最新)?|根据|结合|(?:公司|集团)?(?:此次|这次)|(?:公司|集团)本次|[\u4e00-\u9fff]{0,3}(?:披露|显示)")  # "而2019年报披露…" (本次 alone gives way later)

# A launch, and how soon after it: "上市首月即", "开售当天就" (the verbs are two characters each, for the lookbehind).
_LAUNCHED = "上市|开售|发售|发布|推出|开业|开盘|上线|首发|开播|上映"
_SINCE_LAUNCH = re.compile(rf"(?:{_LAUNCHED}|投产|交付)?(?:首|当|次)(?:日|天|周|月|年|季)内?(?:即|就|便)?")
# The same phrase inside a longer subject, before its verb ("该款手机开售当天即售出") or at its end ("新款耳机开售当天").
_HOW_SOON = re.compile(rf"(?<=[\u4e00-\u9fffA-Za-z0-9]{{2}})(?<!{_LAUNCHED}|投产|交付)(?:{_LAUNCHED}|投产)?(?:首|当|次)"
                       rf"(?:日|天|周|月|年|季)内?(?:即|就|便)(?=[\u4e00-\u9fff]{{0,3}}$)"
                       rf"|(?<=[\u4e00-\u9fffA-Za-z0-9]{{2}})(?:{_LAUNCHED})(?:首|当|次)(?:日|天|周|月)内?$")
_TIME_ONLY = re.compile(r"(?:同|当|本|上|下|每|近|今|去|明|前|次|该|全|整|半|几|多|数|[一二三四五六七八九十两\d]+个?)"
                        r"(?:年度|季度|年|月|季|周|个月)")


# "启明汽车交付3.2万辆": the verb left at the end of the subject names the metric; shown as a
# noun ("启明汽车交付量"), in its amount form when the figure is money ("出口额").
_VERB_METRICS = {
    "交付": ("交付量", "交付金额"), "销售": ("销量", "销售额"), "售出": ("销量", "销售额"),
    "卖出": ("销量", "销售额"), "出货": ("出货量", "出货金额"), "生产": ("产量", "产值"),
    "产出": ("产量", "产值"), "出口": ("出口量", "出口额"), "进口": ("进口量", "进口额"),
    "出售": ("销量", "销售额"),
    "签约": ("签约量", "签约额"), "成交": ("成交量", "成交额"), "募资": ("募资额", "募资额"),
    "融资": ("融资额", "融资额"), "投资": ("投资额", "投资额"), "回购": ("回购数量", "回购金额"),
    "减持": ("减持数量", "减持金额"), "增持": ("增持数量", "增持金额"), "上缴": ("上缴量", "上缴金额"),
}
_VERB_METRIC_RE = re.compile(
    r"^(?P<owner>.{2,}?)(?P<all>累计|合计|一共|共|共计|总共|已|再次|首次|此前)?(?P<verb>" + "|".join(_VERB_METRICS)
    + r")(?P<goods>新车|汽车|整车|新能源汽车|新能源车|电动车|车辆|乘用车|产品|手机|电池|芯片|股份|股票)?$")


# "公司拟投资50亿元": a verb after a word of intent is a plan; as a noun (拟投资额) it would read as done.
_PLANNED_RE = re.compile(r"(?:拟|计划|将|准备|打算|欲|要|预计|力争|争取|有望|目标|或将|有意)$")


def metric_subject(subject: str | None, unit: str | None) -> str | None:
    """"启明汽车交付" -> "启明汽车交付量", "海港集团出口" (亿元) -> "海港集团出口额"."""
    if not subject or not unit:
        return subject  # "境外销售5.19亿": no unit says whether it counts goods or money (销量 or 销售额)
    m = _VERB_METRIC_RE.match(subject)
    if not m or m.group("owner").endswith(("的", "和", "与", "及", "、", "净")) or _PLANNED_RE.search(m.group("owner")) or (
            m.group("verb") == "出口" and m.group("owner").endswith("进")):
        return subject  # "进出口" is a noun already
    money = bool(unit) and (unit.endswith("元") or unit in ("美金", "港币", "欧元", "日元", "英镑", "$", "HK$", "€", "£", "¥"))
    noun = _VERB_METRICS[m.group("verb")][1 if money else 0]
    goods = m.group("goods") or ""
    if goods in ("股份", "股票"):
        goods = ""
    total = m.group("all") if m.group("all") == "累计" else ""  # 共, 合计: the metric is the same sum
    return f"{m.group('owner')}{goods}{total}{noun}"


def quoted_in_brackets(sentence: str, i: int) -> bool:
    """Is the quote mark at `i` inside a short bracket ("（以下简称“泰山玻纤”）70%股权")? A name quoted there is no
    end of a clause: the figure after the bracket belongs to the clause before it."""
    return bool(re.search(r"[（(][^（）()]{0,20}$", sentence[max(0, i - 21):i])
                and re.match(r"[^（）()]{0,20}[）)]", sentence[i + 1:i + 22]))
