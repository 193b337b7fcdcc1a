"""Metrics a question may ask for, and every spelling of each: 营收 = 营业收入 = revenue
= sales, 归母净利润 = 归属于母公司股东的净利润 = net profit, 毛利率 = gross margin…

Found by the longest spelling first, so "营业利润" is never 利润 and "每股盈利" is
never 盈利; English spellings match whole words only.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["COMPATIBLE", "METRICS", "METRIC_LABEL", "METRIC_OF", "METRIC_RE", "metric_spans"]

# Metric groups: every spelling that names the same measure, folded. Longest
# spellings win ("营业利润" is never 利润, "每股盈利" is never 盈利).
METRICS: dict[str, tuple[str, ...]] = {
    "revenue": ("营业总收入", "营业收入", "销售收入", "总收入", "营收", "收入", "营业额", "销售额",
                # Hong Kong reports call revenue 收益 (期内收益为248.6亿港元); 投资收益 and 收益率 are other measures.
                "收益", "revenues", "revenue",
                "sales", "turnover", "top line"),
    # An insurer's premiums (原保险保费收入1,562.3亿元) are written as 收入 but are not its revenue.
    "premiums": ("原保险保费收入", "原保费收入", "保费收入", "保险业务收入", "保费", "premium income", "written premiums",
                 "gross premiums", "premiums"),
    "net_profit": ("归属于上市公司股东的净利润", "归属于母公司股东的净利润", "归属于母公司的净利润", "归属母公司净利润",
                   "归母净利润", "归母净利", "净利润", "净利", "税后纯益", "纯益", "纯利", "盈利", "溢利", "赚了", "赚到", "赚钱", "赚",
                   "net profit", "net income", "bottom line", "profits", "profit", "earnings", "earned", "earns", "earn"),
    # Excluding one-off items, or "adjusted": another measure than the reported net profit.
    "adjusted_profit": ("扣除非经常性损益后的净利润", "扣除非经常性损益后归属于上市公司股东的净利润", "扣非归母净利润",
                        "扣非后归母净利润", "扣非净利润", "扣非归母", "扣非后净利润", "扣非净利", "扣非后净利",
                        "经调整净利润", "经调整后净利润",
                        "调整后净利润", "核心溢利", "核心净利润", "核心归母净利润",  # a developer's core profit
                        "adjusted net income", "adjusted net profit", "non-gaap net income",
                        # "core earnings of £268 million" is no net income: a measure before one-offs (or before more).
                        "core earnings", "core profit", "underlying profit",  # ("underlying earnings before interest…" is EBITDA)
                        # The same measure below zero: "扣除非经常性损益后的净亏损为439亿元" is no plain 净亏损.
                        "扣除非经常性损益后的净亏损", "扣除非经常性损益后归属于上市公司股东的净亏损", "扣非归母净亏损",
                        "扣非后归母净亏损", "扣非净亏损", "扣非后净亏损"),
    "loss": ("净亏损", "亏损", "亏了", "亏钱", "net loss", "losses", "loss", "lose", "lost"),
    "ebitda": ("息税折旧摊销前利润", "ebitda", "earnings before interest"),
    # An operating loss is an operating result, not the net loss ("GAAP operating loss was $18.3 million").
    # 经营净利润 (净现比's base, "远超经营净利润的29.8亿元") is the profit from operations, not 归母净利润.
    "operating_profit": ("营业利润", "经营利润", "经营净利润", "营业亏损", "经营亏损", "operating profit", "operating income", "operating losses",
                         "operating loss"),
    # A balance-sheet total (a bank's 总资产达到9.86万亿元), not its quality or a ratio.
    "total_assets": ("总资产规模", "资产总额", "总资产", "资产规模", "total assets"),
    # A subscription business's run rate and how much of it customers keep: neither is revenue
    # ("Annual recurring revenue (ARR) reached $1.74 billion", "Net revenue retention rate was 118%").
    "arr": ("年度经常性收入", "年化经常性收入", "年度经常性营收", "annual recurring revenue", "arr"),
    "retention": ("净收入留存率", "净收入留存", "净收入保留率", "收入留存率", "留存率", "net revenue retention rate",
                  "net revenue retention", "net dollar retention rate", "net dollar retention", "revenue retention",
                  "retention rate", "nrr"),
    # A developer's contracted sales (合同销售金额152.3亿元): sales, but not the revenue it books.
    "contract_sales": ("合同销售金额", "合同销售额", "签约销售金额", "签约销售额", "contracted sales"),
    # A bank's ratios, each under its short name too (不良率 = 不良贷款率).
    "npl_ratio": ("不良贷款率", "不良率", "npl ratio", "non-performing loan ratio", "nonperforming loan ratio",
                  "bad-loan ratio", "bad loan ratio"),
    "provision_coverage": ("拨备覆盖率", "provision coverage ratio", "provision coverage"),
    # What a bank sets aside against bad loans: "loan-loss provisions" are provisions, not a loss of the bank's.
    "loan_provisions": ("loan-loss provisions", "loan loss provisions", "loan-loss provision", "loan loss provision",
                        "credit-loss provisions", "provisions for loan losses", "provisions for credit losses",
                        "provision for credit losses", "provision for loan losses", "loan-loss reserves"),
    "nim": ("净息差", "net interest margin"),
    "cet1": ("核心一级资本充足率", "common equity tier 1 ratio", "common equity tier one ratio", "cet1 ratio", "cet1"),
    # The wider capital ratios, each its own measure (a bank reports all three in one line).
    "tier1_ratio": ("一级资本充足率", "tier 1 capital ratio", "tier one capital ratio", "tier 1 ratio"),
    "capital_ratio": ("资本充足率", "capital adequacy ratio", "total capital ratio"),
    "nii": ("利息净收入", "净利息收入", "net interest income"),
    # Fees and other income than interest: 非利息净收入 is not 利息净收入 with a stray 非.
    "non_interest_income": ("非利息净收入", "非利息收入", "non-interest income", "noninterest income"),
    # The loan prime rate, a benchmark rate (1年期LPR为2.85%).
    "lpr": ("贷款市场报价利率", "lpr", "loan prime rate"),
    # Before tax: "税前纯益" is no 纯益, "税前利润" no 利润 (the net profit asked is after tax).
    "total_profit": ("利润总额", "税前纯益", "税前净利", "税前利润", "税前盈利", "税前盈余", "税前溢利",
                     "pretax profit", "pre-tax profit"),
    "gross_margin": ("综合毛利率", "毛利率", "gross margin"),
    "operating_margin": ("营业利润率", "经营利润率", "operating margin"),
    "investment_income": ("投资收益", "投资净收益", "investment income"),
    "yield": ("到期收益率", "收益率", "yield"),
    "other_gains": ("非经常性收益", "非经常性损益", "公允价值变动收益", "资产处置收益", "其他收益", "营业外收入",
                    "non-recurring gains", "one-off gains"),
    "gross_profit": ("毛利", "gross profit"),
    "net_margin": ("净利率", "归母净利率", "归属于母公司股东的净利率", "净利润率", "net margin"),
    # Profit as a share of revenue (规模以上工业企业营业收入利润率为5.41%): a rate, never the revenue it names.
    "profit_margin": ("营业收入利润率", "营收利润率", "销售利润率", "profit margin"),
    "eps": ("摊薄每股收益", "每股收益", "每股盈利", "每股盈余", "每股基本盈利", "每股摊薄盈利", "每股基本收益", "每股摊薄收益",
            "基本每股收益", "稀释每股收益", "基本每股盈利", "摊薄每股盈利", "adjusted earnings per share", "adjusted eps", "earnings per share",
            "eps"),
    "roe": ("加权平均净资产收益率", "净资产收益率", "return on equity", "roe"),
    "cash_flow": ("经营性现金流", "经营现金流", "现金流", "cash flow"),
    "gdp": ("国内生产总值", "地区生产总值", "生产总值", "gross domestic product", "gdp"),
    # Research spending, however it is called (研发费用 = 研发投入 = R&D expenses).
    # Research spending as a share of revenue (研发费用率7.0%): a rate, never the amount 研发费用3.18亿.
    "rd_ratio": ("研发费用率", "研发投入占比", "研发费用占比", "研发投入占营收比例", "r&d expense ratio"),
    "rd_expense": ("研发费用", "研发投入", "研发支出", "研发开支", "r&d expenses", "r&d spending", "r&d"),
    "market_share": ("市场份额", "市场占有率", "市占率", "占有率", "份额", "market share"),
    "market_value": ("总市值", "市值", "market value", "market cap", "market capitalization"),
    "target_price": ("目标价", "target price", "price target"),
    "price": ("售价", "价格", "股价", "均价", "报价", "单价", "成交价", "现货价", "price", "prices", "cost", "costs"),
    # A company's stock: "How much did Veltrix shares rise?" is never answered by its revenue's rise.
    "share_price": ("share price", "stock price", "shares", "stock"),
    "debt_ratio": ("资产负债率", "debt ratio"),
    "pe": ("市盈率", "p/e"),
    "dividend": ("现金红利", "分红", "股息", "dividends", "dividend"),
    # Consumer prices, and the core measure apart from the headline.
    "core_cpi": ("核心cpi", "核心居民消费价格", "core cpi", "core consumer prices", "core inflation"),
    "cpi": ("居民消费价格指数", "居民消费价格", "消费者价格指数", "cpi", "consumer price index", "consumer prices"),
    # Electricity generated is a product of its own: "总发电量是多少" is not answered by 商品煤产量 (an output question
    # in general takes it: see COMPATIBLE).
    "power_output": ("总发电量", "发电量", "上网电量"),
    "output": ("产量", "output", "production", "generation"),
    # The verbs count too: "交付新车3.5万辆", "delivered 84,500 vehicles".
    "volume": ("出货量", "交付量", "产销量", "销量", "销售量", "交付", "出货", "卖了", "卖出", "售出", "shipments", "shipment", "shipped", "ship", "deliveries",
               "delivery", "delivered", "deliver", "units sold", "vehicles sold"),
    "orders": ("新签订单", "新签合同额", "新签合同", "订单金额", "订单额", "订单量", "订单", "合同金额", "合同额", "中标金额",
               "中标总金额", "中标总额", "中标额", "中标",
               "签约金额", "签约额", "采购金额", "合同", "new orders", "order intake", "bookings", "orders", "order", "contracts", "contract"),
    "backlog": ("在手订单", "在手合同", "未完成订单", "order backlog", "backlog"),
    # Per user is another measure than the total: "average revenue per user" is not revenue.
    "arpu": ("每用户平均收入", "单用户平均收入", "用户平均收入", "average revenue per user", "revenue per user", "arpu"),
    # What a buyer pays for a company or an asset, or a payment made: "How much is Hollis paying
    # for Cortex?" is answered by "agreed to buy Cortex for $4.7 billion", "以30亿元收购" by
    # "收购价", "How much were farmers paid?" by "payments to farmers … $28 billion".
    "deal_value": ("交易对价", "收购对价", "收购价格", "收购金额", "收购价", "交易金额", "交易作价", "作价", "对价", "收购",
                   "deal value", "purchase price", "transaction value", "takeover", "acquisition", "acquiring",
                   "acquired", "acquires", "acquire", "purchased", "purchases", "purchase", "buying", "bought",
                   "buys", "buy", "payments", "payment", "payouts", "payout", "paying", "paid", "pays", "pay"),
    # The premium a bidder pays over the market price ("a 38% premium to Fennor's closing price"): not the
    # price paid, though a question asks it with "paying" ("What premium is Greywick paying?").
    "deal_premium": ("premium",),
    "users": ("活跃用户数", "活跃用户", "用户数", "用户规模", "用户", "subscribers", "subscriber",
              "active users", "paying users", "users"),
    # Daily and monthly active users are two counts: "How many daily active users" is not answered by the
    # monthly count. A question on users in general takes either (see COMPATIBLE).
    # How much a plan or a project invests ("总投资规模约1560亿元", "计划完成投资480亿元"): not the value
    # added or the output it names beside it.
    "investment": ("总投资规模", "总投资额", "投资总额", "投资规模", "总投资", "投资额", "完成投资", "计划投资",
                   "total investment"),
    # What a company spends to run its business (营业支出, 营业成本): never its revenue.
    "operating_expense": ("营业支出", "营业开支", "营业成本", "operating expenses"),
    "dau": ("日活跃用户数", "日活跃用户", "日活", "daily active users"),
    "mau": ("月活跃用户数", "月活跃用户", "月活", "monthly active users"),
}
# A question about profit is answered by a loss, and the other way round.
# English "sales" is money or units: 销售额 and 销量 both answer it.
COMPATIBLE = {"net_profit": frozenset({"net_profit", "loss"}), "loss": frozenset({"loss", "net_profit", "loan_provisions"}),
               # ("set aside for credit losses" asks the "provisions for credit losses" a bank states)
               "loan_provisions": frozenset({"loan_provisions", "loss"}),
               "output": frozenset({"output", "power_output"}),
               "sales": frozenset({"revenue", "volume"}),
               "users": frozenset({"users", "dau", "mau"}),
               # Chinese 销售额 is money: revenue or a developer's contracted sales, never units.
               "sales_zh": frozenset({"revenue", "contract_sales"})}
METRIC_LABEL = {
    "zh": {"revenue": "营收", "net_profit": "净利润", "loss": "亏损", "operating_profit": "营业利润",
           "total_profit": "利润总额", "gross_margin": "毛利率", "gross_profit": "毛利", "net_margin": "净利率",
           "eps": "每股收益", "roe": "净资产收益率", "cash_flow": "现金流", "gdp": "GDP", "market_value": "市值",
           "target_price": "目标价", "price": "价格", "ebitda": "EBITDA", "debt_ratio": "资产负债率", "pe": "市盈率", "dividend": "分红",
           "output": "产量", "power_output": "发电量", "volume": "销量", "orders": "订单", "backlog": "在手订单", "users": "用户数", "investment": "投资额", "dau": "日活跃用户数", "mau": "月活跃用户数",
           "arpu": "ARPU", "operating_margin": "营业利润率", "rd_expense": "研发费用",
           "market_share": "市场份额", "investment_income": "投资收益", "yield": "收益率", "other_gains": "非经常性损益", "adjusted_profit": "扣非（经调整）净利润", "cpi": "CPI", "core_cpi": "核心CPI", "deal_value": "交易金额", "deal_premium": "溢价", "lpr": "LPR", "total_assets": "总资产", "arr": "ARR", "retention": "净收入留存率", "contract_sales": "合同销售金额", "sales_zh": "销售额", "npl_ratio": "不良贷款率", "provision_coverage": "拨备覆盖率", "loan_provisions": "贷款损失准备", "nim": "净息差", "nii": "利息净收入", "non_interest_income": "非利息净收入", "cet1": "核心一级资本充足率", "tier1_ratio": "一级资本充足率", "capital_ratio": "资本充足率", "premiums": "保费收入", "operating_expense": "营业支出", "profit_margin": "营业收入利润率", "rd_ratio": "研发费用率"},
    # The first English spelling, but a mass noun in the singular: "do not state revenue", not "revenues".
    "en": {**{k: next((s for s in v if s.isascii()), k) for k, v in METRICS.items()}, "power_output": "power generation",
           "revenue": "revenue", "dividend": "dividend",
           # Acronyms as a reader writes them: "no figure for EBITDA", never "for ebitda".
           "ebitda": "EBITDA", "npl_ratio": "NPL ratio", "lpr": "loan prime rate (LPR)", "rd_ratio": "R&D expense ratio",
           "rd_expense": "R&D expenses", "pe": "P/E", "core_cpi": "core CPI", "cpi": "CPI", "eps": "earnings per share"},
}


# Spellings that name the measure only when a number follows: "卖了多少钱" asks money, not units sold; "对价格战" is about prices, not a
# deal's consideration; "中标7.6亿元" is an amount won, "中标结果" is not.
_SOLD_MONEY = r"(?!了?\s*(?:多少钱|多少[万亿]?(?:美|港|欧)?元|[\d.,]+\s*[万亿]?(?:美|港|欧)?元))"
_NOT_AFTER = {"卖了": _SOLD_MONEY, "卖出": _SOLD_MONEY, "售出": _SOLD_MONEY, "对价": "(?!格)", "中标": r"(?=\s*(?:了|约|近|超|逾|达|为|金额)?\s*\d)",
              # "premium" as a noun, not an adjective ("premium phones"): what follows is no noun it qualifies.
              "premium": r"(?=\s*(?:$|[?.,;:)]|(?:is|was|does|did|do|of|to|over|above|on|for|paid|offered|represents?"
              r"|that|which|will|would|it|the|implied|at|in)\b))"}


def _metric_regex() -> re.Pattern[str]:
    spellings = sorted(((s, k) for k, v in METRICS.items() for s in v), key=lambda p: -len(p[0]))
    # "对价格战怎么看" is about prices, not a deal's consideration (对价).
    parts = [rf"(?<![a-z0-9]){re.escape(s)}(?![a-z0-9])" + _NOT_AFTER.get(s, "") if s.isascii() else re.escape(s) + _NOT_AFTER.get(s, "")
             for s, _ in spellings]
    return re.compile("|".join(parts))


METRIC_RE = _metric_regex()
METRIC_OF = {s: k for k, v in METRICS.items() for s in v}


@lru_cache(maxsize=16384)
def metric_spans(folded: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, metric group) of every metric named in `folded`, in order."""
    return tuple((m.start(), m.end(), METRIC_OF[m.group()]) for m in METRIC_RE.finditer(folded))

