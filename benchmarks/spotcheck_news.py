"""Spot check on news the extractors were not developed on: print every key figure and quote
of each text in benchmarks/data/news_spotcheck.json, and the /ask answer to its questions.

    python benchmarks/spotcheck_news.py              # figures, quotes and /ask answers, to read
    python benchmarks/spotcheck_news.py --ask-only   # only the /ask answers and their score
    python benchmarks/spotcheck_news.py --facts-only # only figures and quotes
    python benchmarks/spotcheck_news.py --set holdout # the holdout texts, read once after the fixes
    python benchmarks/spotcheck_news.py --facts-only --set figures2   # second round, figures only
    python benchmarks/spotcheck_news.py --facts-only --set figures3   # third round, English wire news
    python benchmarks/spotcheck_news.py --facts-only --set figures4   # fourth round, scored against its gold
    python benchmarks/spotcheck_news.py --facts-only --set figures5   # fifth round (industry, HK, prices, hant)
    python benchmarks/spotcheck_news.py --facts-only --set figures6   # sixth round (bonds, trade, users, traffic)
    python benchmarks/spotcheck_news.py --facts-only --set figures7   # seventh round (banks, power, freight, flashes)
    python benchmarks/spotcheck_news.py --facts-only --set english8   # eighth round, English news with gold
    python benchmarks/spotcheck_news.py --facts-only --set english9   # ninth round, English news with gold
    python benchmarks/spotcheck_news.py --facts-only --set english10  # tenth round, English news with gold
    python benchmarks/spotcheck_news.py --facts-only --set figures8   # eighth round (segments, futures, FX, yen, crore)
    python benchmarks/spotcheck_news.py --facts-only --set figures9   # ninth round (calls, IPO, budget, sports, A$, previews)
    python benchmarks/spotcheck_news.py --facts-only --set written11  # eleventh round, en and zh, scored per language
    python benchmarks/spotcheck_news.py --facts-only --set written12  # twelfth round, figures and quotes gold
    python benchmarks/spotcheck_news.py --facts-only --set written13  # thirteenth round (roundups, rulings, calls,
                                                                      # 发布会, 专访, 晨会纪要), gold marks forecasts
    python benchmarks/spotcheck_news.py --facts-only --set written14  # fourteenth round (freight, games, jobs, copper,
                                                                      # price war, 保费, ETF, 航司, 矿企, 碳酸锂)
    python benchmarks/spotcheck_news.py --facts-only --set written15  # fifteenth round (a poll, an election, a drug
                                                                      # trial, a courier, a reinsurer; 资金流向, 公开市场
                                                                      # 操作, 快递业务量, 假期旅游, 发电量)
    python benchmarks/spotcheck_news.py --ask-only --set ask2          # the second /ask round (14 texts, 94 questions)
    python benchmarks/spotcheck_news.py --ask-only --set ask2-holdout  # its holdouts (and ask2-holdout-b)
    python benchmarks/spotcheck_news.py --ask-only --set ask3          # the third round (14 texts, 131 questions)
    python benchmarks/spotcheck_news.py --ask-only --set ask4          # the fourth round (8 texts, 92 questions)
    python benchmarks/spotcheck_news.py --ask-only --set ask4-holdout  # its holdout (3 texts, 30 questions)
    python benchmarks/spotcheck_news.py --ask-only --set ask5          # the fifth round (6 texts, 78 questions)
    python benchmarks/spotcheck_news.py --ask-only --set ask6          # the sixth round (8 texts, 87 questions)
    python benchmarks/spotcheck_news.py --ask-only --set ask6-holdout  # its holdout, written after the fixes
    python benchmarks/spotcheck_news.py --ask-only --set ask7          # the seventh round (6 texts, 84 questions)
    python benchmarks/spotcheck_news.py --ask-only --set ask9          # question forms (6 texts, 91 questions)
    python benchmarks/spotcheck_news.py --ask-only --set ask10         # English round (5 texts, 75 questions)
    python benchmarks/spotcheck_news.py --ask-only --set ask8          # the eighth round (8 texts, 128 questions)
    python benchmarks/spotcheck_news.py --ask-only --set ask8-holdout  # its holdout (3 texts, 44 questions)
    python benchmarks/spotcheck_news.py --ask-only --set ask11         # the eleventh round (8 texts, 131 questions)
    python benchmarks/spotcheck_news.py --ask-only --set ask11-holdout # its holdout (3 texts, 39 questions)
    python benchmarks/spotcheck_news.py --ask-only --set ask12         # the twelfth round (6 texts, 85 questions)
    python benchmarks/spotcheck_news.py --ask-only --set ask13         # the thirteenth, on 8 real corpus articles
    python benchmarks/spotcheck_news.py --ask-only --set ask14         # the fourteenth, on 8 more real corpus articles
    python benchmarks/spotcheck_news.py --ask-only --set ask14-holdout # its holdout (4 articles, run once)
    python benchmarks/spotcheck_news.py --ask-only --set ask15         # the fifteenth, on 10 texts of our own
    python benchmarks/spotcheck_news.py --ask-only --set ask15-holdout # its holdout (3 texts, run once)
    python benchmarks/spotcheck_news.py --ask-only --set ask17         # the seventeenth, 10 seeded real articles
    python benchmarks/spotcheck_news.py --ask-only --set ask17-holdout # its holdout (4 articles)
    python benchmarks/spotcheck_news.py --ask-only --set ask18         # the eighteenth, 13 seeded real articles
    python benchmarks/spotcheck_news.py --ask-only --set ask18-holdout # its holdout (6 articles)
    python benchmarks/spotcheck_news.py --ask-only --set ask19         # the nineteenth, 14 seeded real articles
    python benchmarks/spotcheck_news.py --ask-only --set ask19-holdout # its holdout (7 articles)
    python benchmarks/spotcheck_news.py --ask-only --set ask20         # the twentieth, 14 seeded real articles
    python benchmarks/spotcheck_news.py --ask-only --set ask20-holdout # its holdout (7 articles)
    python benchmarks/spotcheck_news.py --ask-only --set ask21         # a Chinese reader round (12 stories)
    python benchmarks/spotcheck_news.py --ask-only --set ask22         # round 22 (6 stories, 127 questions)
    python benchmarks/spotcheck_news.py --ask-only --set ask22-holdout # its holdout (2 stories, 43 questions)
    python benchmarks/spotcheck_news.py --ask-only --set ask23         # round 23 (6 stories, 159 questions)
    python benchmarks/spotcheck_news.py --ask-only --set ask23-holdout # its holdout (2 stories, 49 questions)
    python benchmarks/spotcheck_news.py --ask-only --set ask24         # round 24 (8 stories, 233 questions)
    python benchmarks/spotcheck_news.py --ask-only --set ask24-holdout # its holdout (2 stories, 53 questions)
    python benchmarks/spotcheck_news.py --ask-only --set ask25         # round 25 (8 stories, 249 questions)
    python benchmarks/spotcheck_news.py --ask-only --set ask25-holdout # its holdout (2 stories, 52 questions)

The texts are ours (fictional companies and numbers), written for this check. Figures and
quotes have no gold annotation: they are read line by line (every figure's value, subject,
direction and period; every quote's speaker and extent). The /ask questions carry the
substring the answer must contain, or null when the right answer is a refusal; all the
articles of a set go into one chat, so an answer about the wrong company is possible and counted.
The holdout set (12 texts) was written after the fixes made on the main set (32 texts).
The ask2 sets carry a kind per question (answerable, paraphrase, trap), counted separately.
The figures4 sets carry their gold (written with the texts, before any run) and are scored by
benchmarks/spotcheck_score.py. Their first runs: figures4 (21 texts, 170 gold figures) 7 wrong
lines, 16 wrong subjects, 2 without subject, 0 wrong directions, 0 wrong periods, 2 missed
(precision 0.960, recall with subject 0.882); its holdout (7 texts, 48 gold figures, written after
the fixes) 0 wrong lines, 4 wrong subjects, 1 without subject, 1 wrong direction, 0 missed
(precision 0.979, recall with subject 0.875).
The figures5 sets are scored the same way. First run of figures5 (22 texts, 244 gold figures): 7 wrong
lines, 12 wrong subjects, 2 without subject, 2 wrong directions, 1 wrong period, 1 missed (precision
0.964, recall with subject 0.926); after its fixes 0 wrong lines, 4 wrong subjects, 2 wrong directions
(two changes shown without one), 0 missed (precision 0.992, recall with subject 0.975). Its holdout
(6 texts, 54 gold figures, written after the fixes) on its one run: 1 wrong line, 1 wrong subject,
0 wrong directions, 0 missed (precision 0.982, recall with subject 0.981).
The figures6 sets are scored the same way. First run of figures6 (22 texts, 234 gold figures, against the
gold as first written): 20 wrong lines, 27 wrong subjects, 2 without subject, 1 wrong direction, 1 wrong
period, 13 missed (precision 0.913, recall with subject 0.812); after its fixes, same gold: 5 wrong lines,
6 wrong subjects, 0 wrong directions or periods, 4 missed (0.979 / 0.957); with the gold's four amendments
(noted in the file: two more ways of writing a wanted figure, two true figures allowed) 1 wrong line, 6 wrong
subjects, 2 missed (0.996 / 0.966). Its holdout (6 texts, 56 gold figures, written after the fixes) on its
one run: 2 wrong lines (an old range "up from 1.9% to 2.3%" after "next year" split in two), 2 wrong
subjects, 0 wrong directions or periods, 0 missed (precision 0.966, recall with subject 0.964); that range
was fixed afterwards (1.000 / 0.964, no longer unseen).
The figures7 sets are scored the same way. First run of figures7 (21 texts, 243 gold figures, gold as first written
and never amended): 7 wrong lines (three freight rates per TEU/FEU shown without "/TEU", a PMI restated with its
abbreviation listed twice, a Hong Kong stock code "(1862)", two counts of jobs shown without "jobs"), 13 wrong
subjects, 1 without subject, 0 wrong directions, 0 wrong periods (5 without one), 5 missed (precision 0.971,
recall with subject 0.922); after its fixes 0 wrong lines, 0 wrong subjects, 0 missed (1.000 / 1.000, 5 still
without a period: a period stated in the sentence before is not carried across a full stop). Its holdout (7 texts,
84 gold figures, written after the fixes) on its one run: 1 wrong line ("912.6 metric tons" shown as 912.6), 1 wrong
subject (按固定匯率計算 as what grew), 1 wrong direction ("aluminium added 0.6%" shown with none), 3 missed (the
two utilization hours 3,142小时/126小时 read as lengths of time, and the tons) (precision 0.976, recall with subject
0.940); those classes were fixed afterwards (1.000 / 1.000, no longer unseen).

The english8 sets (English only) are scored the same way, and their quotes by spotcheck_quotes.py --set english8.
First run of english8 (16 texts, 150 gold figures, gold as first written): 8 wrong lines, 16 wrong subjects,
4 without subject, 8 wrong directions, 2 wrong periods, 6 missed (precision 0.895, recall with subject 0.793);
quotes: 21 of 23 right, 0 wrong speakers, 2 missed, 10 non-quotes (8 of them an organisation's own statement
or "according to" a department, which the gold left unmarked; 2 were "added 54,000 jobs/285.77 points" read as
speech). After its fixes, same gold: 4 wrong lines, 8 wrong subjects, 1 without subject, 1 wrong direction,
1 wrong period, 5 missed (0.966 / 0.900); quotes 23 of 23 right, 8 non-quotes (the unmarked statements). With
the gold's three amendments (noted in the file: counts written with their noun) the first run is 0.914 / 0.800
and after the fixes 0.987 / 0.907. Its holdout (5 texts, 54 gold figures, written after the fixes) on its one
run: 0 wrong lines, 4 wrong subjects, 1 wrong direction ("firmed 0.2%"), 0 missed (precision 0.981, recall with
subject 0.907); quotes 3 of 4 right, 1 missed ("said President and Chief Executive Officer Daniel Okoro"),
2 non-quotes (an organisation's own statement). More fixes followed (shares of something, plans, quoted ranges,
lists, counts of passengers, periods right after a figure); english8 then: 1 wrong line, 4 wrong subjects, 1
without subject, 0 wrong directions or periods, 2 missed (0.993 / 0.953 with the amended gold; 0.973 / 0.947 against
the gold as first written). A second holdout
(english8-holdout-b: 4 texts, 37 gold figures, written after those) on its one run: 2 wrong lines (96,000 ounces
read without its unit; "the 0.3% decline economists had forecast" shown as the volumes' own fall), 1 wrong
subject (ounces: 14%), 1 without subject (the CET1 ratio's 60 basis points), 0 wrong directions or periods, 1
missed (precision 0.947, recall with subject 0.919); quotes 5 of 5 right, 3 non-quotes (statements of an
organisation or office). After the merge with figures7 (jobs became a count's unit) four job counts in its gold
also accept the count written with its noun: 0.993 / 0.947.
The english9 set (English only: deliveries by region, a drug trial and sales, telecom adds and ARPU, a REIT, a
container line, a Treasury auction, existing-home sales, a fintech) is scored the same way. First run (8 texts, 111
gold figures, gold as first written and never amended): 3 wrong lines (an old per-share range "from $2.55 to $2.62"
split in two, "$1,412 per TEU" shown as $1,412), 12 wrong subjects (the whole of a share, "First-time buyers
accounted for 29% of sales" read as the sales'; a measure with a bracketed abbreviation or an appositive before its
verb, "operating profit (EBIT) slumped 46%", "Funds from operations, a key measure…, came to 68 cents"; "three
months earlier" and "worldwide" as subjects; "more than doubled"; an annual rate as its own subject), 2 without
subject, 0 wrong directions, 0 wrong periods (7 without one), 7 missed (four analysts' estimates, which are not
key figures by design; the per-TEU rate; the old range; "4.2 months of supply") (precision 0.972, recall with
subject 0.811). After its fixes, same gold: 0 wrong lines, 0 wrong subjects, 0 without subject, 5 missed (the
four estimates and the months of supply) (1.000 / 0.955; no longer unseen).
The english10 set (English only: a bank's margin, provisions and charge-offs, SaaS ARR, net retention and guidance
ranges, EV deliveries and margin, same-store sales by region, an airline's capacity, load factor and fuel, GDP with
payrolls and revisions, a gold miner's ounces and AISC, the Fed in basis points and a deficit in trillions) is scored
the same way. First run (8 texts, 145 gold figures, gold as first written and never amended): 2 wrong lines (an old
range "from $1.27 billion to $1.28 billion previously" after a comma split in two), 9 wrong subjects (spans of time
as subjects: "in the fiscal year that ended", "$100,000 a year grew to 2,140"; "grew at a 2.4% annualized rate";
"its balance sheet, which stands at"; "reached 99% of gross domestic product"; "shows the federal funds rate at
3.9%"; "forecast comparable sales growth" shown as "sales growth"), 4 without subject ("said capacity, measured in…,
grew", "All-in sustaining cost, the industry's broadest measure…, rose" twice, "closed 11"), 1 wrong direction
("24% above last year"), 0 wrong periods (1 without one; not counted: "the 3.1% pace in the second quarter" dated
the third), 0 missed (precision 0.980, recall with subject 0.903). After its fixes, same gold: 0 wrong lines,
0 wrong subjects, 0 without subject, 0 missed (1.000 / 1.000; no longer unseen; 1 still without a period:
"in the fiscal year that ended Sept. 30"). Its holdout (english10-holdout:
3 texts, 61 gold figures, written after the fixes) on its one run: 0 wrong lines, 7 wrong subjects ("Backlog stood
at 6,720 homes valued at $3.61 billion, up 9%" read as the homes' three times, "61% of them through options",
"expects to deliver 4,600 to 4,900 homes", "contributed 2.9 million of the new subscribers", "The company said it
would spend about $17 billion on content"), 0 wrong directions or periods, 0 missed (precision 1.000, recall with
subject 0.885); those classes were fixed afterwards (1.000 / 1.000, no longer unseen).
The figures8 sets are scored the same way. First run of figures8 (14 texts, 185 gold figures, gold as first written
and never amended): 12 wrong lines (drug counts in 种, pence, rupees in crore and lakh, "3,412 employees" shown as bare
numbers, "双11" as a figure), 16 wrong subjects (涨幅/跌幅 and the price after a limit move, 市场份额 with no owner,
"还有"/"据悉" before a count, "for the 52 weeks" as a subject, a segment's sales, "for the coming year"), 1 without
subject, 0 wrong directions, 0 wrong periods, 16 missed (precision 0.934, recall with subject 0.822); after its fixes
0 wrong lines, 2 wrong subjects, 3 without subject, 0 missed (1.000 / 0.973). Its holdout (4 texts, 47 gold figures,
written after the fixes) on its one run: 1 wrong line ("7,856元/千克" shown as 7,856元), 1 wrong subject and 1 wrong
direction (调贬37个基点 read as neither a move nor the fixing's), 1 missed (the per-kilogram price) (precision 0.957,
recall with subject 0.957); those classes were fixed afterwards (1.000 / 1.000, no longer unseen).
The figures9 sets are scored the same way (kinds not tried before: a Taiwan earnings call and a Hong Kong IPO in
traditional Chinese, an investor Q&A transcript, iron ore and steel, a province's budget, smartphone and DRAM shares by
maker, grain output, a basketball league's and a football club's business, an Australian grocer in A$ and cents, a euro
bank's earnings preview, a hotel group, the UK energy price cap). First run of figures9 (14 texts, 262 gold figures, gold
as first written): 17 wrong lines (a range "between A$1.6 billion and A$1.8 billion" split in two, tariffs "24.62p per
kilowatt hour"/"53.81p a day" and a yield "395.0公斤/亩" cut at their unit, "48 Australian cents" read as 48, an ore grade
in an index name "普氏62%铁矿石价格指数", a bar's "20mm", a price band "600美元以上高端机型"; seven were the gold's own
writing), 25 wrong subjects (a list of places "Scotland and Wales", "with average daily rate up 2.9%" given to RevPAR, a
region leading its clause, "which is up 29%", 发行专项债券/回购股份 amounts given to 全省/公司, "其中10%作香港公開發售",
场均, 把, 随着, a topic with 方面), 4 without subject, 1 wrong direction (the base of a widened loss), 0 wrong periods,
11 missed (precision 0.933, recall with subject 0.844); against the gold amended in six places (noted in the file: bound
words as written, bare counts with their noun, EBIT written out) 10 wrong lines, 24 wrong subjects, 7 missed (0.958 /
0.863). After its fixes, amended gold: 0 wrong lines, 1 wrong subject ("rooms: 512,000" for the pipeline), 0 without
subject, 0 wrong directions, 2 missed (analysts' estimates, kept out of the key figures by design) (1.000 / 0.989; 0.973 /
0.966 against the gold as first written). Its holdout (figures9-holdout: 5 texts, 79 gold figures, written after the
fixes) on its one run: 1 wrong line ("每磅68.45美分" read without its unit), 4 wrong subjects (a count after 共有 given to
公司, "forecast for full-year completions to between 10,200 and 10,600 homes" given to the homes, "which now makes up 22%
of revenue" given to revenue, "capital spending" cut to "spending"), 0 wrong directions or periods, 2 missed (the cents,
and an analysts' forecast by design) (precision 0.987, recall with subject 0.924); those classes were fixed afterwards
(1.000 / 0.987, no longer unseen).
The notices sets (listed-company announcements and their news rewrites) are scored the same way. First run
of notices (16 texts, 118 gold figures): 29 wrong lines (announcement numbers and stock codes, the same figure
restated under another name, flattened table cells read as a range), 14 wrong subjects, 4 wrong directions,
4 wrong periods, 2 missed (precision 0.772, recall with subject 0.822); after its fixes, same gold: 6 wrong
lines, 3 wrong subjects, 3 wrong directions (two forecast ranges the gold marks up), 0 wrong periods, 1 missed
(0.927 / 0.941). Its holdout (5 texts, 30 gold figures, written after the fixes) on its one run: 1 wrong line
(a share restated with two significant digits), 0 wrong subjects, 2 wrong directions (a premium and a gain
the gold marks up), 0 missed (precision 0.903, recall with subject 0.933).
The ask6 set's first run (87 questions): answerable 30/38, paraphrases 17/24, traps refused 18/25,
13 wrong answers; after its fixes 33/38, 18/24, 25/25, 0 wrong. Its holdout (35 questions, written
after the fixes) on its one run: 11/15, 6/8, 8/12, 6 wrong.
The ask7 set's first run (84 questions): answerable 34/38, paraphrases 11/19, traps refused 23/27,
4 wrong answers; after its fixes 36/38, 13/19, 27/27, 0 wrong (not unseen any more).
The ask9 set's first run (91 questions on question forms): answerable 41/52, paraphrases 8/11, traps refused
20/28, 11 wrong answers (why-questions answered by a figure with no cause, one person's view given for another's,
an interviewer's question shown as the answer, comparisons answered from one figure); after its fixes 47/52, 8/11,
28/28, 0 wrong (not unseen any more). Its holdout (31 questions, written after the fixes) on its one run: 17/18,
1/1, 11/12, 1 wrong (a cause stated for the profit given for "Why did revenue rise?"); after fixing that class and
a quote's first word read as a name: 18/18, 1/1, 12/12, 0 wrong.
The ask10 set's first run (75 questions, English: two food companies' quarters, a central bank, a merger, a
retail sales release): answerable 32/41, paraphrases 7/15, traps refused 19/19, 4 wrong answers (a unit's revenue
asked, the company's given from a sentence naming the unit in its cause; online sales asked, all sales given; a
year-on-year change asked, a month's change given from a sentence of month-on-month changes, then an ex-fuel
figure; an unqualified EPS answered by the adjusted one); after its fixes 34/41, 10/15, 19/19, 0 wrong (not unseen
any more).
The ask8 set's first run (128 questions): answerable 51/66, paraphrases 20/27, traps refused 33/35,
6 wrong answers, and 11 more hits that highlighted another number (a date, the year-ago or prior-quarter
figure, a change against October); after its fixes 61/66, 23/27, 35/35, 0 wrong, 1 such highlight ("哪个季度"
shows the quarter's 12.4%). Its holdout (44 questions, written after the fixes) on its one run: 19/21, 9/11,
12/12, 0 wrong, 0 wrong highlights; one class it showed (a half after 较 in the question read as the period
asked) was fixed afterwards: 20/21.
The ask11 set's first run (131 questions: one company in three articles of different periods, three solar makers
in one flash, a Taiwanese foundry in traditional Chinese, one English company's two quarters, a phone market-share
report): answerable 68/80, paraphrases 15/21, traps refused 27/30, 6 wrong answers (another listed company's profit
from the clause continuing its statement, one maker's shipments given for the market's total, a high-end market's
share given for the company's share; brokers' forecast given for the full year, a full-year target given for the
fourth quarter, the market's foldable phones given for one brand's); after its fixes 71/80, 20/21, 30/30, 0 wrong.
Its holdout (39 questions, written after the first fixes: clause-listed companies, sub-markets, targets, forecasts,
sub-periods) on its one run: 21/21, 4/5, 13/13, 0 wrong; its one miss ("How much did X make?") was a class fixed
afterwards (5/5, no longer unseen).
The ask12 set's first run (85 questions: a bank's nine months, an English retailer's quarter, an EV deliveries flash,
a drug licensing deal, a Chinese and an English asset sale): answerable 36/50, paraphrases 8/11, traps refused 19/24,
6 wrong answers (two amounts asked in euros or yuan answered in dollars, a parent's profit given for its subsidiary's
and the reverse (鼎泰物流/鼎泰实业), "How much were digital sales?" answered by their growth, the sale price given for
the net proceeds); after its fixes 38/50, 8/11, 24/24, 0 wrong. Still abstained: a sale's expected gain stated with
预计 (a forecast), deal sums asked as "worth"/"get for", a brand's deliveries after "其中" that may be of the year to
date, a weight loss, "Who is buying X?".
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.cli.summarize import format_figure  # noqa: E402
from bot.core.analyzer import Analyzer  # noqa: E402
from bot.core.service import Service  # noqa: E402
from bot.web.fetch import FetchConfig  # noqa: E402
from storage import AsyncStore  # noqa: E402
from summarizer import analyze  # noqa: E402
from summarizer.answer import Answer  # noqa: E402
from summarizer.figure_second_look import shown_text  # noqa: E402
from summarizer.model import Article  # noqa: E402

from benchmarks.eval_facts import load_record  # noqa: E402
from benchmarks.spotcheck_score import Tally, score_article  # noqa: E402

SETS = {"main": REPO / "benchmarks" / "data" / "news_spotcheck.json",
        "holdout": REPO / "benchmarks" / "data" / "news_spotcheck_holdout.json",
        # A second round on figures only (no /ask questions): 20 texts, then 8 written after its fixes.
        "figures2": REPO / "benchmarks" / "data" / "news_spotcheck2.json",
        "figures2-holdout": REPO / "benchmarks" / "data" / "news_spotcheck2_holdout.json",
        # The second /ask round: 14 texts and their questions written before its fixes,
        # and a holdout of questions (over new texts) written after them.
        "ask2": REPO / "benchmarks" / "data" / "ask_spotcheck2.json",
        "ask2-holdout": REPO / "benchmarks" / "data" / "ask_spotcheck2_holdout.json",
        "ask2-holdout-b": REPO / "benchmarks" / "data" / "ask_spotcheck2_holdout_b.json",
        "ask2-holdout-c": REPO / "benchmarks" / "data" / "ask_spotcheck2_holdout_c.json",
        "ask2-holdout-d": REPO / "benchmarks" / "data" / "ask_spotcheck2_holdout_d.json",
        "ask2-holdout-e": REPO / "benchmarks" / "data" / "ask_spotcheck2_holdout_e.json",
        "ask2-holdout-f": REPO / "benchmarks" / "data" / "ask_spotcheck2_holdout_f.json",
        # The third /ask round: 14 texts (two in traditional Chinese, questions across scripts) and
        # 131 questions written before its fixes, and a holdout written after them.
        "ask3": REPO / "benchmarks" / "data" / "ask_spotcheck3.json",
        "ask3-holdout": REPO / "benchmarks" / "data" / "ask_spotcheck3_holdout.json",
        "ask3-holdout-b": REPO / "benchmarks" / "data" / "ask_spotcheck3_holdout_b.json",
        # The fourth /ask round: 8 texts of kinds not used before (a Hong Kong interim, a bank's quarter, a
        # developer's monthly sales, an English SaaS release, a central bank, a market wrap, an English deal,
        # an interview) in one chat, and their questions, written before any run.
        "ask4": REPO / "benchmarks" / "data" / "ask_spotcheck4.json",
        "ask4-holdout": REPO / "benchmarks" / "data" / "ask_spotcheck4_holdout.json",
        # The fifth /ask round: 6 texts of kinds not used before (a product launch, an AI start-up's funding, a
        # city's plan, an airline's monthly traffic, an earnings call with two executives, a brokerage note with
        # forecasts) in one chat, and their questions, written before any run.
        "ask5": REPO / "benchmarks" / "data" / "ask_spotcheck5.json",
        # The sixth /ask round: 8 texts (segments of Chinese results asked about in English, several carmakers'
        # deliveries in one flash, where/when/who questions, traditional Chinese, an English CEO change) in one
        # chat and their questions, written before any run; its holdout was written after the fixes.
        "ask6": REPO / "benchmarks" / "data" / "ask_spotcheck6.json",
        "ask6-holdout": REPO / "benchmarks" / "data" / "ask_spotcheck6_holdout.json",
        # The seventh /ask round: 6 texts (English results with guidance and prior-year figures, a central bank,
        # layoffs, an acquisition; a Chinese battery flash naming several makers, a brokerage note with
        # forecasts) in one chat and their questions, written before any run.
        "ask7": REPO / "benchmarks" / "data" / "ask_spotcheck7.json",
        # The ninth /ask round, on question forms (yes/no, why, who, what X said about Y, comparisons of two
        # stored companies, superlatives, how many, when, noise, bare keywords, traps of each form): 6 texts in
        # one chat and their questions, written before any run; its holdout was written after the fixes.
        "ask9": REPO / "benchmarks" / "data" / "ask_spotcheck9.json",
        "ask9-holdout": REPO / "benchmarks" / "data" / "ask_spotcheck9_holdout.json",
        # The tenth /ask round, in English: two food companies' quarters with prior-year figures and guidance, a
        # central bank, a merger, a retail sales release naming several months; written before any run.
        "ask10": REPO / "benchmarks" / "data" / "ask_spotcheck10.json",
        # The eighth /ask round: 8 texts (two banks of one region, an insurer, a developer's monthly sales with a
        # ranking, an English tech release with prior-quarter figures, a price-index flash naming several months,
        # a grid tender with a provincial plan, a Hong Kong interim in traditional Chinese) in one chat and their
        # questions, written before any run; its holdout was written after the fixes.
        "ask8": REPO / "benchmarks" / "data" / "ask_spotcheck8.json",
        "ask8-holdout": REPO / "benchmarks" / "data" / "ask_spotcheck8_holdout.json",
        # The eleventh /ask round: one company in three articles of different periods, three makers of one
        # industry, traditional Chinese asked in both scripts, one English company's two quarters, market shares
        # and rankings; questions across languages, colloquial, with units, comparisons and traps (a segment only,
        # a forecast or target only, another currency or region); written before any run.
        "ask11": REPO / "benchmarks" / "data" / "ask_spotcheck11.json",
        "ask11-holdout": REPO / "benchmarks" / "data" / "ask_spotcheck11_holdout.json",
        # The twelfth /ask round: a bank's nine months, an English retailer's quarter, an EV deliveries flash, a drug
        # licensing deal, two asset sales (price, gain, net proceeds); written before any run.
        "ask12": REPO / "benchmarks" / "data" / "ask_spotcheck12.json",
        # The thirteenth /ask round, on real corpus articles (seeded: 3 brokerage notes, 3 flashes, 2 English web
        # pages; their text is read from ../shared): figures, forecasts, a debt repayment, a statement, and traps of
        # another period or a metric not stated; written before any run. Its holdout came after the fixes.
        "ask13": REPO / "benchmarks" / "data" / "ask_spotcheck13.json",
        "ask13-holdout": REPO / "benchmarks" / "data" / "ask_spotcheck13_holdout.json",
        # The fourteenth, on 8 more real corpus articles no earlier set used (seeded: 3 brokerage notes, 2 flashes, a
        # Chinese and 2 English web pages): figures, paraphrased metrics, a quote, and traps of another period,
        # another company, a metric not stated or a subject not in the chat; written before any run.
        "ask14": REPO / "benchmarks" / "data" / "ask_spotcheck14.json",
        "ask14-holdout": REPO / "benchmarks" / "data" / "ask_spotcheck14_holdout.json",
        # The fifteenth, on 10 texts of our own (a bank's NIM and impairments, airline traffic, a developer's monthly
        # sales, a city's GDP by quarter, EV deliveries in traditional Chinese; a chip maker's guidance range, an
        # insurer's combined ratio by line, an acquisition's price and premium, same-store sales by region, a fund's
        # returns): figures, paraphrases and traps (another period, company, region or line, a metric not stated, an
        # actual where only a forecast is stated, things not counted); written before any run.
        "ask15": REPO / "benchmarks" / "data" / "ask_spotcheck15.json",
        # Its holdout (a life insurer's premiums by channel, an English bank's margin and provisions, a Taiwan
        # foundry's monthly revenue and guidance in traditional Chinese), written after the fixes and run once.
        "ask15-holdout": REPO / "benchmarks" / "data" / "ask_spotcheck15_holdout.json",
        # The sixteenth, on 10 more real corpus articles no earlier ask set used (seed 20261216: 3 brokerage notes, 3
        # flashes, a Taiwanese blog in traditional characters, 3 English pages): figures, paraphrases and traps (another
        # period, another company's metric in the chat, a metric not stated, a subject not in the chat); written before any run.
        "ask16": REPO / "benchmarks" / "data" / "ask_spotcheck16.json",
        # Its holdout (the next note, flash, Chinese and English page of the same seeded draw), written after the
        # fixes and run once.
        "ask16-holdout": REPO / "benchmarks" / "data" / "ask_spotcheck16_holdout.json",
        # The seventeenth, on 10 more real corpus articles no earlier ask set used (seed 20261217, drawn by
        # draw_ask_round.py: 2 brokerage notes, 2 flashes, a novel's chapter and a feature on trams, 4 English pages):
        # figures, ages, paraphrases and traps (another period or company, a forecast year or metric not stated, a
        # near-miss product or metric, a nonsense subject); its holdout (the next note, flash, Chinese and English
        # page) was written with it. Both were written before any run.
        "ask17": REPO / "benchmarks" / "data" / "ask_spotcheck17.json",
        "ask17-holdout": REPO / "benchmarks" / "data" / "ask_spotcheck17_holdout.json",
        # The eighteenth, on 13 more real corpus articles no earlier ask set used (seed 20261218, drawn by
        # draw_ask_round.py: 3 brokerage notes, 4 flashes, a game result, an earthquake report and a column on a city's
        # trade, 3 English pages): figures, paraphrases and traps (another period or company, a forecast year or metric
        # not stated, a segment or product given no figure); its holdout (the next 2 notes, 2 flashes, a Chinese and an
        # English page) was written with it. Both were written before any run.
        "ask18": REPO / "benchmarks" / "data" / "ask_spotcheck18.json",
        "ask18-holdout": REPO / "benchmarks" / "data" / "ask_spotcheck18_holdout.json",
        # The nineteenth, on 14 more real corpus articles no earlier ask set used (seed 20261219, drawn by
        # draw_ask_round.py --en-min-digits 5: 4 brokerage notes, 4 flashes, a missing child, a high-tech zone and a
        # bribery trial, 3 English pages): figures, paraphrases and traps (another period or company, a forecast asked
        # as a result, a metric given only as a rate or growth, a segment given no figure, a person's age, follow-ups
        # with nothing to follow); its holdout (the next 2 notes, 3 flashes, a Chinese and an English page) was
        # written with it. Both were written before any run.
        "ask19": REPO / "benchmarks" / "data" / "ask_spotcheck19.json",
        "ask19-holdout": REPO / "benchmarks" / "data" / "ask_spotcheck19_holdout.json",
        # The twentieth, on 14 more real corpus articles no earlier ask set used (seed 20261220, drawn by
        # draw_ask_round.py --en-min-digits 5: 4 brokerage notes, 4 flashes, 4 Chinese pages (an essay, graduates, a
        # tennis final in traditional script, a leak denied), the 2 English pages left): figures, paraphrases and traps
        # (another period or company, a forecast asked as a result, a level where only its change is stated, a segment
        # or place given no figure, a person's age, follow-ups with nothing to follow); its holdout (the next 3 notes,
        # the last 2 flashes, 2 Chinese pages) was written with it. Both were written before any run.
        "ask20": REPO / "benchmarks" / "data" / "ask_spotcheck20.json",
        "ask20-holdout": REPO / "benchmarks" / "data" / "ask_spotcheck20_holdout.json",
        # A Chinese reader round on our own texts (12 stories: a 证监会 penalty, an IPO approval, a merger with 业绩承诺,
        # customs data, a bank's change of president, a court's award, a province's bonds and budget, a shipping weekly,
        # EV makers' deliveries, a fund liquidation and dividend, wealth-product NAVs, brokers' monthly results),
        # questions written with the texts before any run.
        "ask21": REPO / "benchmarks" / "data" / "ask_spotcheck21.json",
        # Round 22 (issue #13 part 3), our own texts: a bank's quarter with capital ratios, a car-market flash, a merger
        # paid in cash and shares, an English bank's quarter, an airline's traffic by region, an oil inventory report;
        # its holdout (a central bank's decision, an EU court's fines) was written with it, both before any run.
        "ask22": REPO / "benchmarks" / "data" / "ask_spotcheck22.json",
        "ask22-holdout": REPO / "benchmarks" / "data" / "ask_spotcheck22_holdout.json",
        # Round 23 (issue #13 part 3), our own texts: a port group's monthly throughput beside a rival's, a convertible
        # bond issue beside another's 下修转股价, a coal group's monthly operating data, a hotel group's quarter, a
        # miner's quarterly production, a jobs report; its holdout (monthly credit data, a cruise line's quarter) was
        # written with it, both before any run.
        "ask23": REPO / "benchmarks" / "data" / "ask_spotcheck23.json",
        "ask23-holdout": REPO / "benchmarks" / "data" / "ask_spotcheck23_holdout.json",
        # Round 24 (issue #13 part 3), our own texts: a battery maker's 三季报 with a broker's EPS forecasts, a 城投 bond
        # and a province's 地方债, a developer's monthly sales, an IPO prospectus, an English bank's quarter with NIM and
        # bad-loan ratio, a retailer's Christmas trading in pence, a central bank's vote, a chipmaker's guidance; its
        # holdout (a Chinese bank's 三季报, a London IPO) was written with it, both before any run.
        "ask24": REPO / "benchmarks" / "data" / "ask_spotcheck24.json",
        "ask24-holdout": REPO / "benchmarks" / "data" / "ask_spotcheck24_holdout.json",
        # Round 25 (issue #13 part 3), our own texts: an insurer's 三季报 with 偿付能力 and 综合成本率, a CPI/PPI release
        # with several months, a chip designer's 业绩预告 in ranges, a telecom operator's ARPU and 中期票据, an English
        # bank's half with its NPL ratio, a retailer's same-store sales by region, an asset manager's quarter, a
        # wireless carrier's quarter; its holdout (a steel maker's monthly output, a homebuilder's quarter) was
        # written with it, both before any run.
        "ask25": REPO / "benchmarks" / "data" / "ask_spotcheck25.json",
        "ask25-holdout": REPO / "benchmarks" / "data" / "ask_spotcheck25_holdout.json",
        # A third round, English wire news only (provisions, charges, rates, deals): 20 texts, then 8 after its fixes.
        "figures3": REPO / "benchmarks" / "data" / "news_spotcheck3.json",
        "figures3-holdout": REPO / "benchmarks" / "data" / "news_spotcheck3_holdout.json",
        # A fourth round with gold (Chinese macro, rates, 公告, market closes, monthly sales; English macro
        # and guidance): 21 texts, then a holdout written after its fixes. Scored by spotcheck_score.
        "figures4": REPO / "benchmarks" / "data" / "news_spotcheck4.json",
        "figures4-holdout": REPO / "benchmarks" / "data" / "news_spotcheck4_holdout.json",
        # A fifth round with gold (industry news in GW/GWh/万片, Hong Kong closes, gold/oil/crypto prices, English
        # press releases, a flattened table, bank ratios, funds, property, traditional Chinese from Taiwan and
        # Hong Kong): 22 texts, then a holdout written after its fixes. Scored by spotcheck_score.
        "figures5": REPO / "benchmarks" / "data" / "news_spotcheck5.json",
        "figures5-holdout": REPO / "benchmarks" / "data" / "news_spotcheck5_holdout.json",
        # A sixth round with gold (bonds, funds, insurance, an IPO prospectus, farm and metal prices, customs
        # trade, telecom and internet users, several carmakers' deliveries in one text, an English earnings call
        # and central bank, airline and port traffic, guidance ranges, leading period clauses, shares of a
        # target, capacities with 最多可/up to): 22 texts, then a holdout written after its fixes.
        "figures6": REPO / "benchmarks" / "data" / "news_spotcheck6.json",
        "figures6-holdout": REPO / "benchmarks" / "data" / "news_spotcheck6_holdout.json",
        # A seventh round with gold (bank and insurer quarters, developers' monthly sales and the top 100, holiday
        # travel and box office, SCFI/BDI and ports, power, a foundry, hogs, PMI/CPI/PPI/M2 flashes; English jobs,
        # retail, oil, box office and bank; a Hong Kong interim in traditional Chinese): 21 texts, then a holdout
        # written after its fixes.
        "figures7": REPO / "benchmarks" / "data" / "news_spotcheck7.json",
        "figures7-holdout": REPO / "benchmarks" / "data" / "news_spotcheck7_holdout.json",
        # An eighth round, English only (bank, retailer, chipmaker, airline, central bank, jobs, inflation, oil,
        # IPO, merger, layoffs, fine, feature, earnings call, market close, release with losses in parentheses):
        # 16 texts with figures and quotes gold written before any run, then a holdout written after the fixes.
        "english8": REPO / "benchmarks" / "data" / "news_spotcheck8_en.json",
        "english8-holdout": REPO / "benchmarks" / "data" / "news_spotcheck8_en_holdout.json",
        "english8-holdout-b": REPO / "benchmarks" / "data" / "news_spotcheck8_en_holdout_b.json",
        # A ninth round, English only (deliveries by region, a drug trial and sales, telecom adds and ARPU, a REIT,
        # a container line, a Treasury auction, existing-home sales, a fintech): 8 texts with figures gold written
        # before any run.
        "english9": REPO / "benchmarks" / "data" / "news_spotcheck9_en.json",
        # A tenth round, English only (a bank's margin and provisions, SaaS ARR and retention, EV deliveries, same-store
        # sales by region, an airline's capacity and fuel, GDP and payrolls, a gold miner's ounces and AISC, the Fed in
        # basis points and a deficit in trillions): 8 texts with figures gold written before any run.
        "english10": REPO / "benchmarks" / "data" / "news_spotcheck10_en.json",
        # Its holdout (an insurer's combined ratio, a homebuilder's orders and backlog, a streamer's subscribers by
        # region), written after its fixes.
        "english10-holdout": REPO / "benchmarks" / "data" / "news_spotcheck10_en_holdout.json",
        # The eighth round (internet segments, car retail, futures, FX/bonds, GMV, drug list, pounds/yen/crore/euros),
        # and its holdout written after its fixes.
        "figures8": REPO / "benchmarks" / "data" / "news_spotcheck8.json",
        "figures8-holdout": REPO / "benchmarks" / "data" / "news_spotcheck8_holdout.json",
        # Listed-company announcements (公告: 减持, 回购, 业绩预告/快报, 中标, 股权激励, 分红, 担保, 诉讼, 收购, 定增,
        # Hong Kong 盈利警告/須予披露交易) and their news rewrites: 16 texts, then a holdout written after the fixes.
        "notices": REPO / "benchmarks" / "data" / "news_spotcheck_notices.json",
        "notices-holdout": REPO / "benchmarks" / "data" / "news_spotcheck_notices_holdout.json",
        # A ninth round with gold on kinds not tried before (a Taiwan earnings call and a Hong Kong IPO in traditional
        # Chinese, an investor Q&A transcript, iron ore and steel, a province's budget, smartphone and DRAM shares by
        # maker, grain output, a basketball league's and a football club's business, an Australian grocer, a euro
        # bank's earnings preview, a hotel group, the UK energy price cap): 14 texts written before any run.
        "figures9": REPO / "benchmarks" / "data" / "news_spotcheck9.json",
        # Its holdout (a Taiwan maker's monthly revenue, a drug maker's Q&A, a British housebuilder, cotton, an Australian
        # racing company), written after the fixes and run once.
        "figures9-holdout": REPO / "benchmarks" / "data" / "news_spotcheck9_holdout.json",
        # An eleventh round, 8 English and 8 Chinese texts in layouts varied on purpose (bulleted series, ranges,
        # fractions, a feature and a football report whose numbers are mostly not key figures), gold written before
        # any run; its holdout (3 + 3 texts) was written after the fixes and run once.
        "written11": REPO / "benchmarks" / "data" / "figures_written11.json",
        "written11-holdout": REPO / "benchmarks" / "data" / "figures_written11_holdout.json",
        # A twelfth round (8 English, 8 Chinese texts in genres not in the eleventh: a bank's table of highlights, a
        # rate decision, an IPO, a fine, a panel, a miner, a retailer, an insurer; 港股业绩, 基金周报, 车企快报, 访谈,
        # 政府工作报告, 回购/减持, 房企排行, 电话会纪要), figures and quotes gold written before any run; its holdout
        # (3 + 3 texts) was written after the fixes and run once. spotcheck_quotes.py scores their quotes.
        "written12": REPO / "benchmarks" / "data" / "figures_written12.json",
        "written12-holdout": REPO / "benchmarks" / "data" / "figures_written12_holdout.json",
        # A thirteenth round (5 English, 5 Chinese texts of kinds the gold sets lack: several companies in one story, a
        # court ruling with fines, an earnings call, a sports business story with scores, a central bank; 房企销售汇总,
        # 部委发布会, 专访, 券商晨会纪要, 财务造假判决), figures gold that also marks forecasts (`estimate`), and quotes
        # gold, written before any run; its holdout (1 + 2 texts) was written at the same time and run once at the end.
        "written13": REPO / "benchmarks" / "data" / "figures_written13.json",
        "written13-holdout": REPO / "benchmarks" / "data" / "figures_written13_holdout.json",
        # A fourteenth round (5 English, 5 Chinese texts of kinds not in written11-13: freight rates, a game publisher, a
        # jobs report, copper, a car price war; 险企保费, ETF资金流向, 航司运输数据, 矿企经营数据, 碳酸锂期货), gold
        # written before any run; its holdout (3 + 2 texts) was written at the same time and run once at the end.
        "written14": REPO / "benchmarks" / "data" / "figures_written14.json",
        "written14-holdout": REPO / "benchmarks" / "data" / "figures_written14_holdout.json",
        # A fifteenth round (5 English, 5 Chinese texts of kinds not in written11-14: an opinion poll by group, an
        # election's turnout, a drug trial, a courier's parcels, a reinsurer's combined ratio; 主力资金流向, 央行公开市场
        # 操作, 快递业务量, 假期旅游, 发电量), gold written before any run; its holdout (3 + 2 texts) was written at the
        # same time and run once at the end.
        "written15": REPO / "benchmarks" / "data" / "figures_written15.json",
        "written15-holdout": REPO / "benchmarks" / "data" / "figures_written15_holdout.json"}
CHAT = 1


def load(name: str = "main") -> list[dict]:
    """The items of a set; an item that names a corpus `source` instead of a text gets its text (and title) from
    ../shared, so that sets over real corpus articles copy no corpus text into the repository."""
    items = json.loads(SETS[name].read_text(encoding="utf-8"))["articles"]
    for item in items:
        if "text" not in item and "source" in item:
            item["text"], title = _corpus_text(item["source"])
            item.setdefault("title", title)
    return items


def _corpus_text(source: str) -> tuple[str, str | None]:
    """Text and title of a corpus article: an html record (`corpus/html/<id>.json`) or a jsonl row (`path#id`)."""
    return load_record(source, Path(os.environ.get("NEWSBRIEF_SHARED") or REPO.parent / "shared"))


def show_facts(items: list[dict]) -> None:
    figures = quotes = 0
    tally = Tally() if all("gold" in item for item in items) else None
    by_lang: dict[str, Tally] = {}
    for item in items:
        analysis = analyze(item["text"], title=item["title"])
        print(f"=== {item['id']}")
        # Scored as shown: a slash list's value with the unit written after the list's last value, "between".
        shown = [replace(f, text=shown_text(f)) for f in analysis.key_figures]
        verdicts = score_article(item, shown, tally) if tally is not None else [""] * len(shown)
        if tally is not None and "lang" in item:
            score_article(item, shown, by_lang.setdefault(item["lang"], Tally()))
        for figure, verdict in zip(shown, verdicts):
            figures += 1
            print(f"  F {format_figure(figure, analysis.lang)}   [{figure.text} = {figure.value} {figure.unit}]"
                  + (f"  <{verdict}>" if verdict else ""))
        for quote in analysis.quotes:
            quotes += 1
            title = f" ({quote.speaker_title})" if quote.speaker_title else ""
            print(f"  Q {quote.kind[:3]} {quote.speaker}{title}: {quote.text}")
    print(f"figures shown: {figures}, quotes: {quotes}")
    if tally is not None:
        for note in tally.notes:
            print("  " + note)
        for lang, part in sorted(by_lang.items()):
            print(f"  {lang}: {part.summary()}")
        print("figures against the gold:", tally.summary())


def _hit(answer: Answer, expected: str) -> bool:
    return not answer.abstained and bool(answer.sentences) and expected in answer.sentences[0].text


async def ask_all(items: list[dict]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        store = await AsyncStore.open(Path(tmp) / "spot.db")
        service = Service(store, analyzer=Analyzer(workers=0), fetch_config=FetchConfig(),
                          rate_limit_per_minute=0)
        try:
            await service.chat(CHAT, type="private", title="spot check")
            for item in items:
                if not item["text"]:
                    continue  # questions about nobody in the chat
                article = Article(text=item["text"], title=item["title"], url=f"https://eval.invalid/{item['id']}",
                                  published="2026-11-20", source_type="text")
                stored, _ = await store.put_article(article)
                await service.brief_of(stored)
                await store.add_history(CHAT, stored.id)
            counts = {"answerable": 0, "hit": 0, "refusable": 0, "refused": 0, "wrong": 0}
            by_kind: dict[str, list[int]] = {}
            for item in items:
                for question in item["questions"]:
                    answer = await service.ask(CHAT, question["q"])
                    expected = question["expect"]
                    first = answer.sentences[0].text if answer.sentences else ""
                    if expected is None:
                        counts["refusable"] += 1
                        ok = answer.abstained
                        counts["refused"] += ok
                        tag = "ok-refused" if ok else "FALSE ANSWER"
                    else:
                        counts["answerable"] += 1
                        ok = _hit(answer, expected)
                        counts["hit"] += ok
                        tag = "ok" if ok else ("ABSTAINED" if answer.abstained else "WRONG")
                    counts["wrong"] += (not answer.abstained) and not ok
                    if "kind" in question:
                        tally = by_kind.setdefault(question["kind"], [0, 0])
                        tally[0] += ok
                        tally[1] += 1
                    print(f"  {tag:12} {question['q']}  (expect {expected!r})")
                    if not ok or not answer.abstained:
                        # The highlight is shown so that a right sentence with a wrong highlighted value is seen.
                        shown = answer.sentences[0].highlighted if answer.sentences else None
                        print(f"               -> {first[:100]}" + (f"  [{answer.reason}]" if answer.reason else "")
                              + (f"  <{shown}>" if shown else ""))
            for kind, (good, total) in sorted(by_kind.items()):
                counts[kind] = f"{good}/{total}"
            return counts
        finally:
            await service.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ask-only", action="store_true")
    parser.add_argument("--facts-only", action="store_true")
    parser.add_argument("--set", choices=sorted(SETS), default="main", help="which texts (default: main)")
    args = parser.parse_args(argv)
    items = load(args.set)
    if not args.ask_only:
        show_facts(items)
    if not args.facts_only:
        counts = asyncio.run(ask_all(items))
        print("ask:", json.dumps(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
