"""The words and patterns key figures are found with: numbers, units, dates, ids, periods,
qualifiers, change words and the words that bound a subject.

Kept apart from the code that applies them so that a new unit, marker or change word
is one line here. Every pattern that runs over whole sentences opens with a lookahead
listing the characters it can start with: without it, Python's regex engine tries
every alternative at every character of a Chinese sentence, which costs ten times as much.
"""

from __future__ import annotations

import re

from summarizer.dates import MONTH_EN

# One character for one character, so offsets on the shadow string hold in the original.
SHADOW = str.maketrans("０１２３４５６７８９％．＋－～＄", "0123456789%.+-~$")
# "2，826亿元": a full-width comma between digit groups is a thousands separator.
FULL_WIDTH_GROUPS_RE = re.compile(r"(?<![\d.])\d{1,3}(?:，\d{3})+(?![\d])")

# ---------------------------------------------------------------- number patterns

ARABIC = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"
_CN_DIGITS = "零〇一二两三四五六七八九十百千"
_CN_NUM = rf"[{_CN_DIGITS}]+"
# 兆 is a trillion in Taiwan's and Japan's money ("营收为2.6兆元", "1.85兆新台币"); before
# anything else it is mega (兆瓦, 兆赫), so it counts as a scale only before a currency.
ZH_SCALE = r"(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千(?![瓦克米帕卡焦伏赫])|兆(?=\s?(?:元|美元|日元|日圆|韩元|新台币|台币|港元|港币|欧元)))"
# A headline writes its scale in Title Case or capitals ("Raises $85 Million", "$1.2B"): still the scale,
# never a figure of $85 (capital letters count only after a currency, see figure_numbers).
EN_SCALE = (r"(?:\s?(?:thousand|million|billion|trillion|Thousand|Million|Billion|Trillion"
            r"|THOUSAND|MILLION|BILLION|TRILLION|lakh\scrore|crores?|lakhs?)\b"
            r"|(?:bn|mn|m|k|b|Bn|Mn|BN|MN|M|B|K)\b)")
_CURRENCY_PREFIX = r"(?:US\$|HK\$|A\$|C\$|S\$|RMB\s?|Rs\.?\s?|₹\s?|INR\s|\$|€|£|¥|￥)"
_VAGUE_SUFFIX = r"(?:多|余|几)"

SCALE_VALUES = {
    "万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "亿": 1e8, "千万": 1e7,
    "百万": 1e6, "十万": 1e5, "万": 1e4, "千": 1e3, "兆": 1e12,
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    # Indian numbering ("Rs 4,215 crore", "3.18 lakh"): a crore is ten million, a lakh a hundred thousand.
    "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5, "lakh crore": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9,
}

# Units after a number, longest first. Chinese units attach directly; English ones
# may follow a space or a hyphen ("8-inch", "2.0-liter").
_ZH_UNITS = sorted(
    """个百分点 百分点 個百分點 百分點 个千分点 千分点 个点 个基点 基点 点子 點子 点 點 个月 个小时 个交易日 个工作日 位数 倍 成
    亿元 万元 千元 元人民币 人民币 美金 美元 港元 港币 新台币 台币 欧元 日元 日圆 英镑 韩元 卢布 美分 欧分 便士 元 块钱 块 角 分钱
    万辆 辆 台 部门 部委 部 架 艘 列 个 家 人次 人 名 位 户 只 头 条 件 款 项 次 场 所 座 套 张 份 篇 批 支 枚 颗 根 股 手
    吨 千克 公斤 克拉 毫克 克 斤 公里 千米 英里 英尺 平方英尺 英亩 加仑 米 厘米 毫米 纳米 平方公里 平方米 平米 亩 公顷 立方米 千升 升 毫升
    千瓦时 度电 小时 分钟 千瓦 兆瓦 吉瓦 瓦 GW MW kW kWh GWh 帧 英寸 寸 吋 奈米 核 级 分 岁 倍速 标准箱 箱 桶 盎司
    种 班 剂 磅 道 栋 辆次 架次 例 单 笔 片 粒 瓶 盒 袋 包 双 票
    千兆赫 兆赫 吉赫 赫兹 GHz MHz TOPS Tops TFLOPS PFLOPS EFLOPS 海里 节 港仙 仙
    """.split(),
    key=len,
    reverse=True,
)
ZH_UNIT_RE = re.compile("|".join(re.escape(u) for u in _ZH_UNITS))
# 方 after 万 or 亿 is a cubic metre ("820.7万方" of concrete, "235亿方" of gas), unless it starts a word
# (方面, 方案, 方便面, 方可…).
CUBIC_FANG_RE = re.compile(r"方(?![面案式向法针位便可能才为是圆块格形舟正])")
_EN_UNITS = [
    ("percentage points", "percentage points"), ("percentage point", "percentage points"),
    ("basis points", "basis points"), ("basis point", "basis points"), ("basis-point", "basis points"),
    ("percentage-point", "percentage points"), ("bps", "basis points"),
    ("BPs", "basis points"), ("BPS", "basis points"), ("bp", "basis points"), ("BP", "basis points"),
    ("per cent", "%"), ("percent", "%"), ("points", "points"),
    ("pcts", "pct"), ("Pcts", "pct"), ("PCTs", "pct"), ("ppts", "pct"), ("pct", "pct"), ("Pct", "pct"), ("PCT", "pct"),
    ("ppt", "pct"), ("pt", "pct"), ("fold", "fold"), ("times", "times"), ("X", "times"),
    ("MWh", "MWh"), ("Mwh", "MWh"), ("GWh", "GWh"), ("TWh", "TWh"), ("Gbps", "Gbps"), ("Mbps", "Mbps"), ("GHz", "GHz"), ("MHz", "MHz"), ("mAh", "mAh"), ("Gb", "Gb"),
    ("liters", "liter"), ("liter", "liter"), ("litres", "liter"), ("litre", "liter"),
    ("inches", "inch"), ("inch", "inch"), ("PS", "PS"), ("hp", "hp"), ("Nm", "Nm"),
    ("kilometers", "km"), ("km", "km"), ("miles", "miles"), ("mph", "mph"),
    ("kg", "kg"), ("metric tons", "tons"), ("metric tonnes", "tons"), ("tons", "tons"), ("tonnes", "tons"), ("pounds", "pounds"),
    # Power and energy written out ("reached 65 gigawatts", "1,000 gigawatt hours of capacity").
    ("gigawatt hours", "GWh"), ("gigawatt-hours", "GWh"), ("megawatt hours", "MWh"), ("megawatt-hours", "MWh"),
    ("terawatt hours", "TWh"), ("terawatt-hours", "TWh"), ("kilowatt hours", "kWh"), ("kilowatt-hours", "kWh"),
    ("gigawatts", "GW"), ("gigawatt", "GW"), ("megawatts", "MW"), ("megawatt", "MW"),
    ("GW", "GW"), ("MW", "MW"), ("kWh", "kWh"), ("GB", "GB"), ("TB", "TB"), ("nm", "nm"),
    ("meters", "m"), ("metres", "m"), ("meter", "m"), ("metre", "m"), ("grams", "g"), ("gram", "g"),
    ("kilograms", "kg"), ("gigabytes", "GB"), ("terabytes", "TB"), ("megabytes", "MB"), ("hertz", "Hz"),
    ("megapixels", "megapixels"), ("watts", "W"), ("kilowatts", "kW"), ("milliamp-hours", "mAh"),
    ("feet", "feet"), ("square feet", "square feet"), ("acres", "acres"), ("hectares", "hectares"),
    ("Hong Kong dollars", "HK$"), ("Singapore dollars", "S$"), ("Australian dollars", "A$"), ("Canadian dollars", "C$"),
    ("Taiwan dollars", "NT$"), ("U.S. dollars", "$"), ("US dollars", "$"),
    # Currencies written as words ("61 billion Danish crowns", "2.3 billion Swiss francs"): the money's unit,
    # never what is measured ("won" is left out: "won 3 seats" is a verb).
    ("Danish crowns", "DKK"), ("Swedish crowns", "SEK"), ("Norwegian crowns", "NOK"), ("Swiss francs", "CHF"),
    ("Mexican pesos", "MXN"), ("Brazilian reais", "BRL"), ("South African rand", "ZAR"), ("crowns", "crowns"),
    ("kronor", "SEK"), ("kroner", "kroner"), ("francs", "francs"), ("reais", "BRL"), ("pesos", "pesos"),
    ("rand", "ZAR"), ("ringgit", "MYR"), ("baht", "THB"), ("rupiah", "IDR"), ("lira", "lira"), ("zlotys", "PLN"),
    ("dirhams", "AED"), ("riyals", "riyals"), ("roubles", "RUB"), ("rubles", "RUB"), ("shekels", "ILS"),
    ("mm", "mm"), ("cm", "cm"), ("dollars", "$"), ("dollar", "$"), ("yuan", "yuan"),
    ("euros", "€"), ("HK cents", "HK cents"), ("US cents", "cents"), ("U.S. cents", "cents"), ("euro cents", "cents"),
    ("Australian cents", "cents"), ("Canadian cents", "cents"), ("NZ cents", "cents"), ("Singapore cents", "cents"), ("cents", "cents"), ("yen", "yen"),
    ("pence", "pence"), ("troy ounces", "ounces"), ("ounces", "ounces"),
    ("barrels of oil equivalent per day", "boe/d"), ("barrels of oil equivalent a day", "boe/d"), ("boe/d", "boe/d"),
    ("barrels per day", "barrels per day"), ("barrels a day", "barrels per day"), ("bpd", "barrels per day"),
    ("barrels", "barrels"), ("x", "times"),
    # Counts whose noun is the unit of a delivery, a traffic or a customer base ("delivered 38,420 vehicles",
    # "carried 4.21 million passengers", "handled 3.12 million TEU"): what was counted is the clause's subject.
    ("twenty-foot equivalent units", "TEU"), ("TEUs", "TEU"), ("TEU", "TEU"), ("vehicles", "vehicles"),
    ("passengers", "passengers"), ("units", "units"), ("jobs", "jobs"),
    # Headcounts ("added 3,412 employees", "hired 800 workers") keep what they count.
    ("employees", "employees"), ("workers", "workers"),
]
EN_UNIT_RE = re.compile(
    r"(?:\s|-)?(" + "|".join(re.escape(u) for u, _ in _EN_UNITS)
    + r")(?:(?![A-Za-z0-9_])|(?=P/?[EBS])|(?=YoY|YOY|yoy|QoQ|qoq)|(?<=[xX])(?=\d{2}年))"
)
EN_UNIT_CANON = dict(_EN_UNITS)
EN_CURRENCY_WORDS = frozenset({"DKK", "SEK", "NOK", "CHF", "MXN", "BRL", "crowns", "kroner", "francs", "pesos", "ZAR",
                               "MYR", "THB", "IDR", "lira", "PLN", "AED", "riyals", "RUB", "ILS"})
CURRENCY_UNITS = {
    "$": "$", "US$": "$", "HK$": "HK$", "A$": "A$", "C$": "C$", "S$": "S$",
    "RMB": "RMB", "Rs": "Rs", "Rs.": "Rs", "₹": "Rs", "INR": "Rs", "€": "€", "£": "£", "¥": "¥", "￥": "¥",
}

# A minus right after a change marker ("（YOY-3.21%）", "yoy-72.16") is the change's sign, as after 同比.# "$100 Australian to take passengers", "$50 Canadian per person": the dollar's country after the amount is its
# currency, not what is measured ("a $5 million Australian startup": there it heads the noun after it).
DOLLAR_DENOMINATION_RE = re.compile(
    r"\s(Australian|Canadian|Singapore|New\sZealand|Hong\sKong)(?:\s+dollars?\b|(?=[,.;:)]|\s+(?:to|per|for|each|a|an|in|on"
    r"|at|from|and|or|apiece)\b))")
DOLLAR_DENOMINATIONS = {"Australian": "A$", "Canadian": "C$", "Singapore": "S$", "New Zealand": "NZ$", "Hong Kong": "HK$"}

# Every pattern below opens with a lookahead listing the characters it can start
# with: without it, Python's regex engine tries every alternative at every
# character of a Chinese sentence, which costs ten times as much.
NUMBER_RE = re.compile(
    rf"""
    (?=[-−UHACSRI$€£¥￥₹0-9{_CN_DIGITS}])
    (?P<neg>(?:(?<![0-9A-Za-z.%])|(?<=YoY|yoy|YOY|QoQ|qoq|QOQ|MoM|mom|MOM|HoH))[-−](?=\d))?
    (?P<cur>{_CURRENCY_PREFIX})?
    (?P<paren>(?<=[$€£¥])\((?=\d))?
    (?:
        (?P<arabic>{ARABIC})
        |(?P<cn>{_CN_NUM})
    )
    (?(paren)\))
    (?P<vague>{_VAGUE_SUFFIX})?
    (?P<scale>\s?{ZH_SCALE}|{EN_SCALE})?
    (?P<vague2>{_VAGUE_SUFFIX})?
    """,
    re.VERBOSE,
)
# "三位数增长", "百分比个位数": a count of digits, a vague magnitude.
DIGIT_COUNT_RE = re.compile(r"(?=[百一两二三四五六七八九十个])(?:百分比)?([一两二三四五六七八九十个])位数")
CN_PERCENT_RE = re.compile(rf"百分之({_CN_NUM}(?:点[{_CN_DIGITS}]+)?)")
# ("395公斤/亩", "3.2元/斤", "1,580元/头": a farm yield and prices per catty or per head.)
PER_UNIT_RE = re.compile(r"/(?:辆|小时|月|年|天|日|次|人|户|吨|桶|股|件|台|平方米|平米|千瓦时|兆瓦时|吉瓦时|度|公斤|千克|克|个|瓦|秒|片|公里(?:·日)?|张|盒|瓶|盎司|磅|蒲式耳|亩|斤|头"
                          r"|标准?箱|(?:[kKMGT]?Wh|[kKMG]?W|kg|t|[GT]B|sqm|TEU|FEU|teu|feu|bbl|MMBtu)(?![A-Za-z]))")
# "9.4p a share", "287.5p": pence glued to the number (video resolutions such as 1080p are no money).
PENCE_RE = re.compile(r"p(?![A-Za-z0-9_])")
VIDEO_LINES = frozenset({"480", "576", "720", "1080", "1440", "2160", "4320"})
FULL_WIDTH_RE = re.compile("[０-９％．＋－～＄]")
ANY_NUMBER_RE = re.compile(rf"[0-9{_CN_DIGITS}位万亿]")
# A dash right after a number (and its unit) joins a range: "3万-4万" has no minus sign.
# ("5.5万元/吨-6.2万元/吨": a unit per something ends the range's first end too.)
RANGE_BEFORE_SIGN_RE = re.compile(
    r"\d(?:\.\d+)?\s?(?:%|[万亿千百十]{1,2}|[A-Za-z]{1,4}|[\u4e00-\u9fff]{1,3}/[\u4e00-\u9fffA-Za-z]{1,3}|[\u4e00-\u9fff]{1,2})?\s?$")
# "8.5%YoY": a change marker glued to the number is no code.
CHANGE_MARKER_RE = re.compile(r"(?:YoY|YOY|yoy|QoQ|QOQ|qoq|MoM|HoH|P/?[EBS](?![a-z]))")
# Page-view, like and comment counts ("阅读 12345", "1.2万人浏览") are not news.
VIEW_COUNT_BEFORE_RE = re.compile(r"(?:阅读|浏览|点击|播放|评论|点赞|转发|收藏|分享|围观)(?:量|数|次数|人数)?\s?[:：]?\s?$")
VIEW_COUNT_AFTER_RE = re.compile(r"\s?(?:人|次)?(?:阅读|浏览|观看|播放|围观)(?![\u4e00-\u9fff]{0,1}(?:量|率))|\s(?:views|reads)\b")
# "几十块", "数十万亿", "好几百人", "上百家", "上万人": the vague word belongs to the number.
VAGUE_LEAD_RE = re.compile(r"(?P<lead>好几|几|数|上)(?P<digit>[十百千]?)(?P<scale>万亿|亿|万)?")
VAGUE_DIGITS = {"十": 10.0, "百": 100.0, "千": 1000.0}
RANGE_SEP_RE = re.compile(r"\s?(?:-|–|—|~|至|到)\s?")
# ("between A$1.6 billion and A$1.8 billion": a currency written with its country letters again.)
EN_RANGE_TO_RE = re.compile(r"\s(to|and)\s(?=(?:[A-Z]{1,2}\$|[$€£¥])?\d)")
# "from 15% to 20%", "rose 0.2% to 4.1%": a change and where it ended, not a range.
EN_CHANGE_BEFORE_RE = re.compile(
    r"\b(?:from|by|rose|rise|rises|rising|fell|fall|falls|falling|climbed|climbs|jumped|jumps|gained|gains"
    r"|grew|grows|increased|increases|decreased|decreases|declined|declines|dropped|drops|slipped|slips"
    r"|eased|eases|surged|surges|soared|soars|sank|sinks|slid|slides|cut|cuts|raised|raises|lowered|lowers"
    r"|lifted|lifts|trimmed|trims|added|adds|lost|loses|up|down|higher|lower|narrowed|narrows|widened|widens"
    r"|tightened|tightens|shrank|shrinks|expanded|expands)\s*$",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- dates, ids, periods

_MONTHS = MONTH_EN + r"\.?"
# Quarters and halves as brokerage notes write them: 2019Q1, 19Q3, 4Q19, 2021Q1-3, Q1~Q4, 2020H1.
_QUARTER = (r"(?:(?:19|20)?\d{2}\s?)?(?:Q[1-4](?:\s?[-~～—至]\s?Q?[1-4])?|H[12])(?![0-9A-Za-z])"
            r"|(?:[1-3]\s?[-~～—至]\s?)?[1-4]Q(?:20)?\d{2}(?!\d)")
# A quarter with its year is a period; a bare "Q4" in "Q1/Q2/Q3/Q4…分别" is not.
_QUARTER_DATED = (r"(?:19|20)?\d{2}\s?(?:Q[1-4](?:\s?[-~～—至]\s?Q?[1-4])?|H[12])(?![0-9A-Za-z])"
                  r"|(?:[1-3]\s?[-~～—至]\s?)?[1-4]Q(?:20)?\d{2}(?!\d)")
DATE_RE = re.compile(
    rf"""
    (?=[0-9JFMASONDQH])(?:
    \d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?:\s?[-~～至]\s?(?:\d{{4}}[-/.])?\d{{1,2}}[-/.]\d{{1,2}}(?![\d%]))?
    |(?<=[(（])\d{{4}}-\d{{1,4}}(?=[)）])
    |(?:Q[1-4]|H[12])\s?(?:FY)?\d{{2,4}}(?![\d%.,])|{_QUARTER}
    |\d{{4}}\s?[-—–~至/]\s?\d{{2,4}}\s?年(?:度)?|(?<![\d.])\d{{2}}\s?[-—–~/]\s?\d{{2}}\s?年(?!期)
    |(?<![\d.])(?:19|20)\d{{2}}\s?[-—–~/]\s?(?:(?:19|20)\d{{2}}|\d{{2}})(?![\d%.,])(?!\s?(?:%|亿|万|元|美元|人|家|个|辆|台))
    |\d{{1,2}}\xad*[-—–~至]\xad*\d{{1,2}}月(?:份)?
    |\d{{1,2}}[·•]\d{{1,2}}(?!\d)
    |\d{{2,4}}\s?年(?!期)(?:\d{{1,2}}月(?:\d{{1,2}}[日号])?)?(?:[初底末]|中(?![\u4e00-\u9fff])|中(?=期|旬|以来|之前|以后|前|后|时|的|开始|起|至|到|左右)|上旬|中旬|下旬)?
    |\d{{1,2}}\s?月(?:\d{{1,2}}[日号])?(?:份|[初底末中]|上旬|中旬|下旬)?
    |\d{{1,2}}[日号](?![元])|[1-4]\s?季度|\d{{1,2}}\s?世纪
    |\d{{1,2}}[:：]\d{{2}}(?:\s?[ap]\.?m\.?)?
    |\d{{1,2}}\s?[ap]\.m\.
    |\d{{1,2}}时(?:\d{{1,2}}分)?
    |{_MONTHS}\s\d{{1,2}}(?!\d)(?:st|nd|rd|th)?(?:,\s\d{{4}})?
    |(?<!\d)\d{{1,2}}\s{_MONTHS}(?:\s\d{{4}})?
    |{_MONTHS}\s\d{{4}}
    |(?<![\d$])(?:19|20)\d{{2}}(?:s|'s)?(?![\d%.,]\d|\s?(?:%|percent|million|billion|亿|万|元|美元|人|家|个|辆|台
       |只(?!是|有|要|能|会)|件|套|款|项|吨|部|架|艘|名|户|座|所|场|股|张|篇|批|枚|颗|箱|桶|亩|平方米|公里|千克|公斤|例|笔))
    |(?:Q[1-4]|H[12])\s?(?:FY)?\d{{2,4}}|\d{{4}}\s?(?:Q[1-4]|H[12])|FY\s?\d{{2,4}}
    )""",
    re.VERBOSE,
)
DURATION_RE = re.compile(
    rf"""(?=[0-9{_CN_DIGITS}])(?:{ARABIC}|[{_CN_DIGITS}]+)(?:多|余|几)?\s?(?:-|\s)?
    (?:个多?月|个多?小时|个多?(?:季度|财季)|个?星期|周年|周|天|日|年|小时|分钟|秒钟|秒
      |(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|decades?)\b)""",
    re.VERBOSE,
)
# A time metric's value ("日均使用时长为98.6分钟", "平均通勤时间为38分钟") is a figure, not a length of time.
# ("去化周期约为14.2个月": the months a stock of homes takes to sell is a measure too.)
TIME_METRIC_RE = re.compile(r"(?:时长|时间|时数|去化周期|消化周期)(?:为|达到?|约为?|是|仅为?|超过)?\s?$")
# Letters that may stand right before a figure: valuation multiples, change markers, currencies.
_LETTER_PREFIXES = r"(?:PE|PB|PS|EPS|ROE|ROA|ROIC|CAGR|TTM|YoY|YOY|yoy|QoQ|QOQ|qoq|MoM|GDP|CPI|PPI|PMI|RMB|USD|HKD|CNY|EUR|JPY)"
ID_RE = re.compile(
    rf"""
    (?=[A-Za-z0-9(（+\#第_.%\-:：\s\[［【{{])(?:
    https?://\S+|www\.\S+|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.]+
    |\{{[A-Za-z_]\w*\}}
    |[\[［【]\s?\d{{1,6}}\s?[\]］】]
    |(?<![0-9A-Za-z.\u4e00-\u9fff$€£¥])[(（]\d{{1,2}}[)）]|(?<=[\u4e00-\u9fff])[(（]\d{{1,2}}[)）](?=[\u4e00-\u9fff])
    |(?:(?<=^)|(?<=[：:；;，,。\s]))(?<![a-z]\s)\d{{1,2}}(?:[)）]|、(?!\d)|\.(?![\d%]))
    |(?<=[(（])\d{{4}}-\d{{1,4}}(?=[)）])|\d+(?:\.\d+)?\s?年期
    |(?<![\d.])\d+(?:\.\d+)?\s?(?:比|[:：])\s?\d+(?:\.\d+)?(?:\s?(?:比|[:：])\s?\d+(?:\.\d+)?)*(?![\d.%])(?!\s?(?:[万亿千]|个百分点|倍))
    |(?<![\d.])\d+(?:\.\d+)?%?(?:-\d+(?:\.\d+)?%?){{2,}}(?![\d.])|(?<![\d.])\d+(?:\.\d+)?-to-\d+(?:\.\d+)?(?![\d.])
    |(?:\+?86[-\s]?)?(?<!\d)1[3-9]\d{{9}}(?!\d)
    |(?<!\d)\d{{3,4}}-\d{{7,8}}(?:-\d{{1,5}})?(?!\d)|\(\d{{3}}\)\s?\d{{3}}-\d{{4}}|(?<!\d)\d{{3}}-\d{{3}}-\d{{4}}(?!\d)
    |(?<!\d)0\d{{1,3}}-\d{{3,4}}-\d{{4}}(?!\d)|(?<!\d)09\d{{2}}-\d{{6}}(?!\d)
    |(?<!\d)[0368]\d{{5}}(?:\.(?:SH|SZ|SS|BJ|sh|sz|bj))(?!\w)|(?<!\d)\d{{4,5}}\.HK
    |(?<=[(（])[0368]\d{{5}}(?=[)）])|(?<=代码)[:：]?\s?\d{{6}}
    |(?<=[\u4e00-\u9fff][(（])(?!(?:19|20)\d{{2}}[)）])\d{{4,5}}(?=[)）](?!\s?[万亿千百元%个家人台辆吨]))|(?<=代[號号码])[:：]?\s?\d{{4,5}}(?![\d.])
    |第\s?\d+|(?<![A-Za-z])(?:No|NO|no|Nos|nos|Nr|nr|pp?|hal|[Vv]ol|[Aa]rt)\.\s?\d+(?:[-–]\d+)?|\#\d+|(?<!\w)\d+(?:st|nd|rd|th)\b
    |\d{{3,6}}(?=(?:市民)?(?:服务)?(?:热线|专线|电话))
    |(?:(?<=热线)|(?<=热线为)|(?<=热线是)|(?<=热线:)|(?<=电话)|(?<=电话为)|(?<=电话是)|(?<=电话:)|(?<=专线)
       |(?<=热线：)|(?<=电话：)|(?<=专线为)|(?<=客服)|(?<=拨打))\s?\d{{3,6}}(?![\d.]|\s?(?:[万亿千百]|个|人|名|条|次|起|家|元|%))
    |(?<![\d.])\d{{1,4}}(?=强)
    |(?<![\d.])123\d{{2}}(?![\d.,%])(?!\s?(?:[万亿千百]|元|个|家|人|台|辆|吨|美元))
    |(?<![\d/])(?:911|9/11)(?![\d/])|(?<=Fortune\s)\d{{2,4}}
    |(?:(?<=北纬)|(?<=南纬)|(?<=东经)|(?<=西经))\s?\d{{1,3}}(?:\.\d+)?(?:\s?(?:度|°)(?:\d{{1,2}}分)?)?
    |(?:(?<=标普)|(?<=沪深)|(?<=中证)|(?<=上证)|(?<=深证)|(?<=恒生)|(?<=富时)|(?<=日经)|(?<=MSCI)|(?<=FTSE)|(?<=标准普尔)|(?<=S&P\s))\d{{2,4}}
    |\d+(?:\.\d+){{2,}}
    |(?<![A-Za-z])(?!{_LETTER_PREFIXES}[\d.+\-])[A-Za-z]+(?:\.|-)?\d+[A-Za-z\d]*(?:[-/]\d+[A-Za-z\d]*)*
    |\d+[A-Za-z]+\d[A-Za-z\d]*|(?<![\w.])\d[Gg](?![a-zA-Z])|\d+[DK]\b
    |(?<![A-Za-z0-9.])\d+(?!(?:[kKMGT]?Wh|[kKMGT]?W|Mwh|[kKMG]?[Bb]|kg|km|[mM]|cm|mm|mAh|[GM]bps|[GM]Hz
       |[Pp]cts?|PCTs?|ppts?|pt|bps?|BPs?|BP|[xX])(?![A-Za-z])|[xX]P/?[EBS])[A-Za-z]{{1,3}}
     (?=[\u4e00-\u9fff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]|$)
    )""",
    re.VERBOSE,
)
URL_RE = re.compile(r"(?=[hw])(?:https?://\S+|www\.\S+)")
LIST_ORDINAL_RE = re.compile(r"^\s*(?:\d{1,2}[.、)）]|[(（]\d{1,2}[)）])(?!\d)")

_CN_ORD = "一二三四1-4"
PERIOD_RE = re.compile(
    rf"""
    (?=[截今去明前本当同第一二三四后上下全年最报半首0-9QHFfitsflpbdnayqmJMASOND])(?:
    (?:(?<![\d/.])(?:19|20)?\d{{2}}(?:\s?/\s?(?:19|20)?\d{{2}}){{2,}}\s?年(?:度)?|(?:19|20)\d{{2}}\s?年(?:\s?(?:、|和|及|与)\s?(?:19|20)\d{{2}}\s?年)+)
      (?!\s?(?:第|[一二三四1-4]\s?季|[QH][1-4]|[上下]半|前|\d|[末底初中]))
    |\d{{4}}\s?年\s?[-—–~至到]\s?\d{{4}}\s?年(?:度)?|(?<![\d/])\d{{4}}\s?[-—–~至/]\s?\d{{2,4}}\s?年(?:度)?|(?<![\d./])\d{{2}}\s?[-—–~/]\s?\d{{2}}\s?年(?!期)
    |截至[^，,。；;]{{1,20}}?的(?:季度|财年|年度|半年|财季)|截至[^，,。；;]{{1,20}}?(?:止(?:[一二三四五六七八九十]{{1,3}}|\d{{1,2}})[個个]月|止|末|底)
    |截(?:至|止至?)\d{{4}}年\d{{1,2}}月\d{{1,2}}日|截(?:至|止至?)\d{{1,2}}月\d{{1,2}}日|\d{{4}}\s?[-—–~至]\s?\d{{4}}\s?年?\s?[上下]半年|\d{{2,4}}\s?财年(?:度)?(?:\s?(?:第?[{_CN_ORD}]财?季度?|[上下]半(?:财)?年?))?
    |(?:(?:今年|去年|明年|前年|本年|当年|同年|(?<![\d.])(?:\d{{4}}|\d{{2}})\s?年|(?<![\d.])\d{{4}}\s?(?=[上下全]))(?:全年|度)?\s?)?
      (?:[一三]季报|[一三]季度报告|半年报|半年度报告|(?<=年)中报|(?<=年\s)中报|第?[{_CN_ORD}]季度末?|[前后][{_CN_ORD}]季度|第?[{_CN_ORD}]财季|[上下]半财年|第[{_CN_ORD}]季末?(?![度报节])|[前首][{_CN_ORD}]季(?![度报节])|首季度?(?![报节])|首半年|[上下]半年|前\d{{1,2}}个?月|前[一二三四五六七八九十]{{1,3}}个月|\d{{1,2}}\s?[-—至~]\s?\d{{1,2}}\s?月|\d{{1,2}}\s?月\s?[-—至~到]\s?\d{{1,2}}\s?月份?(?![末底初])|\d{{1,2}}月(?:末|底)|\d{{1,2}}月\d{{1,2}}日?\s?[至到—–~-]\s?(?:\d{{1,2}}月)?\d{{1,2}}日|\d{{1,2}}月份?(?:[上中下]旬末?)?(?!\s?\d{{1,2}}\s?[日号])|全年|年内|年末|年底|(?<!大)年初(?![一二三四五六七八九十]))
    |去年同期|上年同期|(?:上一?|前一|去|今|明|本|当)年(?:末|底|初)|(?:今年|去年|明年|本年|当年|上年(?![同度]))
    |(?<![\d.])(?:19|20)\d{{2}}\s?年至今|(?<![\d.A-Za-z])(?:19|20)?\d{{2}}\s?Q[1-4]\s?(?:到|至|[-~—–])\s?(?:19|20)?\d{{2}}\s?年
    |\d{{2,4}}\s?年(?!期)(?:全年|度|末|底|初|[QH][1-4](?![0-9A-Za-z]))?|报告期内|报告期末|报告期
    |最新(?:一个)?(?:季度|财季|财年)|上一?季度|本季度|同期
    |(?:Q[1-4]|H[12])\s?(?:FY)?\d{{2,4}}|{_QUARTER_DATED}|(?<![0-9A-Za-z/、~～-])Q[1-4](?:\s?[-~～—至]\s?Q?[1-4])?(?![0-9A-Za-z/、~～-])|(?<![0-9A-Za-z])[12]H(?:20)?\d{{2}}(?![0-9A-Za-z])末?|FY\s?\d{{2,4}}|fiscal(?:\syear)?\s\d{{4}}
    |(?:the\s)?(?:(?:three|six|nine|twelve|\d{{1,2}})[\s-](?:months?|weeks?)|quarter|half|year)\s(?:to|ended|ending|through)\s(?:in\s)?(?:{_MONTHS}(?:\s\d{{1,2}})?(?:,?\s\d{{4}})?|(?:the\s)?end\sof\s{_MONTHS})
      (?<!ary\.)(?<!rch\.)(?<!ril\.)(?<!May\.)(?<!une\.)(?<!uly\.)(?<!ust\.)(?<!ber\.)
    |(?:the\s)?first\s(?:three|six|nine|eleven|ten|eight|seven|five|four|two|3|6|9|1[01]|[2-8])[\s-]months(?:\sof\s(?:\d{{4}}|the\syear|this\syear|last\syear))?
    |(?:the\s)?(?:fiscal\s)?(?:first|second|third|fourth|latest|last|previous|past)[\s-](?:fiscal\s)?(?:quarter|half)(?:\sof\s(?:\d{{4}}|the\syear|this\syear|last\syear|fiscal(?:\syear)?\s\d{{4}}))?
    |(?:in|by|through|since|during|for)\s(?:{_MONTHS}\s)?(?:\d{{1,2}},\s)?(?:19|20)\d{{2}}(?!\d)|by\s(?:the\s)?end\sof\s(?:19|20)\d{{2}}(?!\d)
    |(?:[Ff]or|[Oo]ver)\s(?:the\s)?full[\s-]year
    |(?:last|this|next|the\sprevious|the\sprior)\s(?:year|quarter|month|week(?:end)?)\b|the\scurrent\s(?:fiscal\s)?(?:quarter|half|year)\b
    |a\syear\s(?:earlier|ago)
    |(?<=\bin\s)(?:January|February|March|April|May|June|July|August|September|October|November|December)
      (?!\s?\d)(?!,?\s(?:19|20)\d{{2}})
    )""",
    re.VERBOSE,
)

# What an English change is measured against ("rose 3% y/y", "fell 2% sequentially").
EN_BASIS_RE = re.compile(
    r"\b(year[-\s](?:on|over)[-\s]year|y/y|yoy|quarter[-\s](?:on|over)[-\s]quarter|q/q|qoq|sequentially"
    r"|month[-\s](?:on|over)[-\s]month|m/m|mom)\b", re.IGNORECASE)

# ---------------------------------------------------------------- qualifiers

# A bound written with 不 ("不超过10亿元", "不低于5亿元") is the opposite of its bare word: it is
# listed first so the search never stops at the "超过" inside "不超过". 出超/入超 (a trade surplus or
# deficit, in Taiwan's statistics) is a noun, not "over".
APPROX_BEFORE_ZH = re.compile(
    r"((?:不得|不能|不应|不可)(?:超过|高于|低于|少于)|不超过|不高于|不多于|不少于|不低于|突破|超过|(?<![出入])超|将近|接近|近|大约|约为|(?<![节制预签违履邀婚契])约|逾|不到|不足|至少|多达|高达|达近|达约)(?:要|将|可|能)?(?:达到|达|为|有)?(?:每股|每吨|每桶)?(?:人民币|美元|港元|港币|新台币)?\s?$"
)
APPROX_AFTER_ZH = re.compile(r"^(左右|上下|及以上|及以下|以上|以下|多|余)")
APPROX_BEFORE_EN = re.compile(
    r"\b(no more than|not more than|no less than|not less than|no fewer than|more than|less than|fewer than|at least|up to|close to|upwards of|as many as"
    r"|as much as|about|around|approximately|roughly|nearly|almost|over|under|some|an estimated|an average of)\s+$",
    re.IGNORECASE,
)
APPROX_AFTER_EN = re.compile(r"^(?:\s?or more|-plus|\+)")

# Taiwan's change words. 成长/衰退 are a change only with the amount right after them
# ("营收成长15%", "年衰退8%"), not as nouns (成长型基金, 高成长带来…, 经济衰退概率为30%).
# (The text read may end where the amount starts.)
_TW_AMOUNT_AHEAD = r"(?=(?:了|至|到|达|逾|近|约|超过?|幅度?|率|为|\s)*(?:[\d一二三四五六七八九十两几半]|$))"
_TW_CHANGE = rf"成长(?![性股型]){_TW_AMOUNT_AHEAD}|衰退{_TW_AMOUNT_AHEAD}"
# 年增/月减/季增 (on the year, month, quarter) only right after what changed or a comma
# ("营收年增20%", "，月增5%"): 新年增加, 十年增长, 3月增长, 旺季增长 measure against nothing said.
# (A subject still ends before any 年增 (ZH_PREDICATE): 青年增收 is cut, not shown whole.)
# (本年/本季 and 数年 are times: 成本, 指数 and counts only as whole words.)
_TW_BASIS_BEFORE = r"(?:(?<![^，,；;：:\s（(A-Za-z收利润额量价值率益单口货售入出费息绩求款资格模])|(?<=成本|指数|人数|户数|件数))"
TW_BASIS = (rf"{_TW_BASIS_BEFORE}年(?=增|减|成长|衰退)|{_TW_BASIS_BEFORE}月(?=增|减|成长|衰退)"
            rf"|{_TW_BASIS_BEFORE}季(?=增|减|成长|衰退)")

# 新增 ("新增装机16.8GW", "新增贷款") counts what was added in the period: a flow, not a rise; so do
# 新增加 ("新增加的用户") and 新增长 ("新增长点收入", "新增长引擎"), a new source of growth, not a rise.
CHANGE_ZH = re.compile(
    r"(负增长|少增|同比(?:增长|增加|提升|上升|上涨|下降|下滑|减少|回落|下跌)|环比(?:增长|下降)"
    r"|上调|下调|上修|下修|上浮|下浮|加息|(?<!新)增长|(?<!新)增加(?!值)|提升|提高|上升|上涨|上扬|上行|扩张|攀升|跃升|回升|翻倍|翻番|(?<!推)翻了?(?=\s?$|\s?[\d一两二三四五六七八九十几]+\s?[倍番])|扩大|增速|增幅|涨幅|大增|增至|升至|涨至|" + _TW_CHANGE + r"|(?<!新)增(?!加值)|涨|升"
    r"|放量|调贬|贬值|(?:放缓|放慢)(?=$|至|到|了)|下滑|下降|减少|回落|下跌|下挫|下行|缩减|缩水|缩量|萎缩|收窄|降幅|跌幅|降至|跌至|降低|减至|低于|跌|降|减|低|挫|泻)"
)
ZH_DOWN = ("放缓", "放慢", "下调", "下修", "下浮", "调贬", "贬值", "低于", "低", "负增长", "少增", "下滑", "下降", "减少", "回落", "下跌", "下挫", "下行", "缩减", "缩水", "缩量", "萎缩",
            "收窄", "降幅", "跌幅", "降至", "跌至", "降低", "减至", "衰退", "跌", "降", "减", "挫", "泻")
CHANGE_EN = re.compile(
    r"\b(rose|rise[ns]?|rising|up|increase[sd]?|increasing|grew|grow(?:s|n|ing)?|growth|gain(?:ed|s)?"
    r"|jump(?:ed|s|ing)?|climb(?:ed|s|ing)?|surg(?:e[ds]?|ing)|soar(?:ed|s|ing)?|boost(?:ed|s|ing)?|higher|raise[ds]?|raising"
    r"|fell|fall(?:s|en|ing)?|down|decline[ds]?|declining|drop(?:ped|s|ping)?|decrease[sd]?|sank|sink(?:s|ing)?"
    r"|slid|sliding|slump(?:ed|s|ing)?|plung(?:e[ds]?|ing)|lower(?:ed|ing)?|reduc(?:e[sd]?|ing|tion)|cut(?:s|ting)?|shr[ai]nk(?:s|ing)?|slash(?:ed|es)?|trimm?(?:ed|s)?"
    r"|eliminat(?:e[sd]?|ing)|lost|lose[s]?|losing|slip(?:ped|s)?|dip(?:ped|s)?|tumble[ds]?|retreat(?:ed|s)?"
    r"|narrow(?:ed|s)?|contract(?:ed|s|ing)?|eased|eases|expand(?:ed|s)?|widen(?:ed|s)?|improv(?:ed|es|ements?)|deteriorat(?:ed|es|ions?)"
    r"|slow(?:ed|s)|cool(?:ed|s)|accelerat(?:ed|es)|weaken(?:ed|s)?|strengthen(?:ed|s)?|shed(?:s|ding)?"
    r"|add(?:ed|s)(?!\s+(?:that|to\s+(?:the|its|their)\s+(?:concern|worr|pressure|uncertaint)))|firmed(?!\s+up)|softened)\b",
    re.IGNORECASE,
)
EN_DOWN_PREFIXES = ("fel", "fal", "dow", "dec", "dro", "san", "sin", "sli", "slu", "plu",
                     "low", "red", "cut", "shr", "eli", "los", "dip", "tum", "ret", "nar", "con", "eas",
                     "slo", "coo", "wea", "she", "det", "sof", "sla", "tri")

# ---------------------------------------------------------------- subjects

_CLAUSE_BREAK = re.compile(r"[，,；;：:。！？!?\n“”\"「」（）()]")
ZH_LEADING = re.compile(
    r"^(?:[+＋&＆]|报(?=每|$)|每(?:桶|吨|盎司|克|磅)|按(?:可比|同|不变)?(?:口径|价格)(?:计算|计)?|按(?:美元|人民币|本币|(?:固定|不变)汇率)计(?:算)?|当月|当季|当周|当日|单日|单周|(?:当周)?周?累计(?=上涨|下跌|涨|跌|上升|下降|增长|下滑)|盘中|早盘|午后|午盘|尾盘|盘初|本月|本周|力争|争取|确保|单季度|单季|自以来|自起|以来|我们(?:维持|调整|上调|下调|预计|预测|认为|判断|估计)?|维持|重申|已经?(?=累计)|累计(?!零售|批发|交付|销售|销量|出口|进口|新签|签约|成交|发电|装机|出货|回购|合同)|合计|共计|总计|近年来|近年|近期|近来|近日|日前|迄今|今年以来|年初以来|其中|或者|预计到|预期到|预计(?!负债)|预期|预估|有望|可望|来看|较(?:此前|上年|去年|上月|前一[年月日]|上一交易日)?"
    r"|比(?:此前|上年|去年|上月)|看来|而言|来说|而且|但是|同时|此外|另外|另一方面|不过|例如|比如|譬如|对于|截至|目前|当前"
    r"|并且|以及|总体来看|整体来看|具体来看|具体而言|相比之下|相对而言"
    # "主要得益于高端耗材占比提升至46%": the cause is named, the share is the subject.
    r"|(?:主要)?(?:得益于|受益于|是由于|由于|系(?![统列数谱]))|主要系"
    r"|低于|高于|不及|好于|优于)+"  # "低于行业平均的40%": the figure is the industry's average
)
ZH_CLASSIFIERS = frozenset("个家名位只条项款座所")
ZH_LEADING_CHARS = frozenset("在从据其并且与和及而或但为")
ZH_REPORTING_RE = re.compile(r"预测|预计(?!负债)|预估|预期|认为|表示|指出|显示|表明|称|(?:计划|力争|争取)(?=到(?!期|访|位|场|岗|达))")  # "计划到2028年…" (the period is taken out)
# Multi-character words that end a subject: the predicate starts here.
ZH_PREDICATE = re.compile(
    r"同比|环比|按年|按季|按月|上调|下调|同增|同降|同减|净增|净减|YoY|yoy|YOY|QoQ|qoq|QOQ|MoM|\+|较上年|较去年|比上年|比去年|(?<!新)增长(?!率)|(?<!新)增加(?!值)|提升|提高|上升|上涨|上行|下行|下滑|下降|缩量|放量|减少|回落|下跌|(?!成长率|衰退率)(?:" + _TW_CHANGE + r")|(?<![全今去明当同上本每近半整])年(?=增|减|成长|衰退)|(?<![本上当每同个])月(?=增|减|成长|衰退)|(?<![一二三四1-4本上当每该同第单])季(?=增|减|成长|衰退)|达到|实现|录得|维持在|维持于|維持於|維持在"
    r"|大涨|大跌|暴涨|暴跌|猛涨|微涨|微跌|小涨|小跌|飙涨|齐涨|调贬|调升|贬值|升值"
    # Sharp moves of market reports ("股价急挫12%", "恒指全日大升3%"): the verb starts the predicate.
    # (Not 比重升至 "the share rose to", nor 扩大升级.)
    r"|急(?:挫|泻|升|跌|涨)|(?<![扩放加增庞巨强])大(?:挫|泻|升)|(?<!比)重挫|暴挫|狂泻|飙升|猛升|跳升|弹升|下挫"
    # "去年同期则赚18.4亿港元": a contrast clause's "then earned" is the predicate; the metric is carried over.
    r"|则赚(?:了|取|得)?"
    r"|取得|获得|完成(?!率)|占比|超过|接近|约为|分别|包括|包含|做到|达成|突破|放大|缩小|扩大|扩张|收窄|降低|翻倍|增至|降至|(?:回|攀|跃|飙|拉|爬|上|提)?升至|跌至"
    r"|只有|仅有|共有|拥有(?![人者])|(?:合计|总计|共计)(?!销售|交付|出货|出口|进口|生产|成交|签约)|累计(?!销售|营收|收入|交付|销量|零售|批发|出口|进口|产量|利润|净利|投资|装机|发电|回购|成交|签约|出货|生产|减持|增持|新签|新增|中标|合同|流量|旅客|客运|货运|运输|吞吐|保费|用户)|预计(?!负债)|预估|有望|可望|将达|将会|将要|预将|收于|收报|报收|收涨|收跌|收高|收低|收平|将近|或许|可能|已经|依然|仍然|始终|需要|已达"
    r"|介于|在(?=[^，,。；;]{0,12}之间)"  # "毛利率介于18%至20%之间": a range stated, not part of the name
)
# "星河汽车共交付新车15.2万辆": 共 (合计, 共计) before a verb of volume only adds up; the verb names the metric.
ZH_TOTAL_OF_VERB = re.compile(r"销售|交付|出货|出口|进口|生产|成交|签约")
# Single-character predicate words count only when jieba keeps them as a word.
ZH_PREDICATE_CHARS = frozenset("为达约近超逾是有至到则也将已仍只仅共均都还又再才就被在较从报涨跌升降增减")
# "国际能源署的报告显示，…": a clause that only introduces a source is no subject.
ZH_REPORTING_END = re.compile(r"(?:显示|表明|表示|称|指出|认为|介绍|透露|说|看|来看|而言|来说)$")
# Verbs whose object, not their subject, is what the number measures ("公司实现营收100亿元").
ZH_OBJECT_VERBS = ("实现", "公布", "披露", "拥有", "录得", "取得", "获得", "完成", "达成", "导致", "造成", "使得", "确认",
                    "意味着", "带动", "拉动", "促使", "上调", "下调", "降低", "减少", "节约", "节省", "减轻", "压降",
                    # "全国已建成投运新型储能装机规模达1.12亿千瓦": what was built is measured, not the country
                    "建成投运", "建成", "投运", "开通")
# Nouns after a figure that name no subject ("1.8-1.9元/瓦区间", "3%左右的水平").
# ("跌破6万元/吨关口", "站上3000点大关": a threshold crossed names no measure.)
ZH_GENERIC_FOLLOWERS = frozenset("区间 水平 范围 附近 高位 低位 之间 上下 左右 以上 以下 关口 大关 整数关口 心理关口".split())
ZH_TRIM = "的之了着和与及、 \t"
# Verbs of an analyst's own view: what follows them is the measured thing.
ZH_ANALYST_VERBS = r"(?:维持|调整|上调|下调|预计|预测|认为|给予|我们|显示|表明|其中)(?=..)"
# "增幅达37%": a word that names only the change; the subject is the thing that changed.
ZH_CHANGE_NOUNS = frozenset("增幅 增速 涨幅 升幅 降幅 跌幅 增长率 同比 环比 同比增速 同比增幅".split())

EN_LEADING = re.compile(
    r"^(?:(?:however|moreover|meanwhile|separately|overall|in addition|in fact|for context|for example"
    r"|still|also|and|but|so|yet|while|whereas|although|though|by contrast|in total|in all"
    r"|now|currently|already|then|after|before)\b[\s,]*)+",
    re.IGNORECASE,
)
EN_VERBS = frozenset(
    """is are was were be been being has have had will would could can may might should must did does do
    gained gains averaged averages worsened settled settles closes ended finished opened traded
    totaled totalled totals reached reaches rose rises fell falls grew grows increased increases decreased
    decreases declined declines dropped drops jumped jumps climbed climbs surged surges soared soars sank
    slid hit hits topped tops exceeded exceeds stood stands came comes reported reports posted posts
    generated generates earned earns made makes paid pays cost costs spent spends raised raises received
    receives saw sees said says projects projected estimated estimates expects expected accounts accounted
    represents represented includes included puts put gives gave gets got sold sells left registered
    entered closed boosted boosts reduce reduces reduced shows showed found finds amounted amounts
    remained remains sits sat held holds marks marked plans planned announced delivered delivers
    added adds lost loses won wins needs needed takes took brought brings claims claimed
    replaces replaced delivers delivered offers offered features featured
    sinking rising falling growing dropping climbing reaching totaling totalling jumping declining
    narrowed narrows widened widens expanded expands contracted contracts shrank shrinks plunged plunges
    lowered lowers improved improves eased eases slipped slips dipped dips tumbled tumbles
    expect predict predicts predicted estimate beat beats missed misses topped
    slowed slows accelerated accelerates cooled cools
    edged inched ticked shed sheds weakened weakens strengthened strengthens firmed
    handled handles moved carried carries shipped transported deteriorated deteriorates
    doubled doubles tripled triples halved halves softened softens
    slumped slumps plummeted plummets rebounded rebounds retreated retreats""".split()
)
EN_REPORTING = frozenset(
    "claims claimed says said estimates estimated estimate projects projected expects expected expect believes believe"
    " forecast forecasts predict predicts predicted".split())
EN_OBJECT_VERBS = re.compile(
    r"\b(?:reduce[sd]?|reducing|increase[sd]?|increasing|boost(?:ed|s|ing)?|raise[sd]?|raising|cut(?:s|ting)?"
    r"|lower(?:ed|s|ing)?|lift(?:ed|s|ing)?|grow(?:s|ing)?|grew|expand(?:ed|s|ing)?|shrink(?:s|ing)?|trim(?:med|s)?"
    r"|push(?:ed|es)?|drive[sn]?|drove|hurt(?:s|ing)?|writ(?:e|es|ing)\s+down|wrote\s+down|written\s+down"
    r"|mark(?:ed|s|ing)?\s+down)\s+(.+?)\s+by\s*$",
    re.IGNORECASE,
)
EN_STOP_NP = frozenset(
    """along toward towards across against among under within without via per amid including like such
    because while when where if unless whether although though until about around between each respectively in on at for to from by with of as than that which who and or but through over since during
    into after before per a an another the is are was were has have had will would this that these those it
    its their his her our your they we he she you i""".split()
)
EN_CHANGE_NOUNS = frozenset("hit increase rise hike cut drop gain loss boost reduction decline improvement deterioration".split())
EN_PRONOUN_SUBJECTS = frozenset("it that this they he she we there which who what".split())

# "23xPE", "15.4/12.6x市盈率", "有33%上行空间": the word after the figure names what it is.
# "0.58倍2026年PB": a year may stand between the multiple and its name.
NAMED_AFTER_RE = re.compile(
    r"\s?(?:(?:19|20)?\d{2}\s?年度?|\d{2}[EA])?\s?(?:的)?(P/?E|P/?B|P/?S|PEG|EV/EBITDA|市盈率|市净率|市销率"
    r"|(?:上行|下行|上涨|下跌)空间)")

# Lists of subjects ("火锅调料/中式复调/鸡精分别…"): joiners and the endings of a metric
# that the items share ("销售/管理/研发费用率").
LIST_JOINERS = frozenset({"/", "、", "和", "及", "与"})
METRIC_END = tuple("率额入润量价值数费本益比")

# "Besides having more oomph, Nissan said that the new 2.0-liter…": an opening clause of manner, time or
# concession names no subject a later figure could take.
EN_ADVERBIAL_CLAUSE = re.compile(
    r"(?:Besides|Beyond|Despite|Although|Though|Because|Unless|Whenever|Unlike|Once|Until|Instead|Apart|Aside|Like"
    r"|Having|Being|Taking|Adding|Looking|Turning|Speaking|Compared|Given)\b")

# ", affecting about 420 workers": a clause told of the whole event before it, whose figure counts its own
# noun; the nearest noun before it ("…its plant in Reading, Pennsylvania,") is not what it measures.
EN_WHOLE_EVENT_CLAUSE = re.compile(r"\s*(?:affecting|impacting|involving|employing|covering)\b")

# "Sales in the third quarter, the company said, rose 4%": an attribution between commas names
# who said it, not what the figure measures.
EN_ATTRIBUTION_CLAUSE = re.compile(
    r"(?:(?:the|a|its)\s+[a-z][\w\-]*(?:\s[a-z][\w\-]*)?|he|she|they|it|we|analysts|officials"
    r"|[A-Z][\w.’'\-]*(?:\s[A-Z][\w.’'\-]*){0,3})\s+(?:said|says|added|noted|estimated|reported|told\s+[A-Za-z]+)")

# A verb right after what a count counts ("10 candidates meet for the debate", "40 workers walked out on Monday",
# "70 percent of Americans say", "44% of voters want", "100 people view", "the top 10 face off"): no part of the noun phrase. (An -ed word opening the
# phrase only before a particle: "armed soldiers" stays; no verb that also ends a compound noun: "sales support".)
EN_AFTER_COUNT_VERB = re.compile(r"(?:^(?=[a-z]+ed\s+(?:out|off|up|down|away|in|on|at|to|for|after|over)\b|face\s+off\b)"
                                 r"|(?:(?<=s)|(?<=people)|(?<=children))\s+)"
                                 r"(?:[a-z]+ed|meet|face(?:\s+off)?|vote|gather|compete|debate|attend|remain|say|join|stay"
                                 r"|walk|march|protest|sign|wait|work|live|die|want|think|believe|expect|oppose|favou?r|prefer|agree|disagree"
                                 r"|approve|disapprove|hope|feel|fear|worry|lack|consider|know|view|visit|watch)\b.*$")


# "预计2027年营收将达120亿元", "有望实现净利润5亿元", and a possibility ("LPR存在下调…的可能", "或将进一步下降"): to come.
ZH_FORECAST_RE = re.compile(r"预计(?!负债)|预测|预估|有望|可望|预期(?!的)|将达|将超过?|将突破|将增至|将升至|将降至|力争|确保|指引|展望"
                            r"|或将|或(?=(?:同比|环比)?(?:进一步|继续|再度|再次|[下上]调|下降|上升|下滑|回落|增长|突破))|(?<!不)可能(?:会|将)?(?=[^，,。；;]{0,6}?"
                            r"(?:[下上]调|下降|上升|下滑|回落|增长|突破|达到|超过))|存在(?=[^，,。；;]{0,4}?(?:[下上]调|下降|上升|回落))")
