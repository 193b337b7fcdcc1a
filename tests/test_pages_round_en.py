"""English news pages written for the pages round (issue #13), served on 127.0.0.1 and read
through the fetcher: a page's time stamp, a paywall's or a donation box's appeal, a live page's
greeting and a disclaimer are no lines of the story; a dateline with the source alone is no part
of the lead; the second aim of an outlook verb is a forecast."""

from __future__ import annotations

import pytest

from bot.web.fetch import FetchConfig, fetch_article
from summarizer import analyze
from summarizer.datelines import without_dateline
from summarizer.extract_stamps import is_reader_appeal, is_stamp_line
from tests.page_server import serve_pages

LAYOFFS_TITLE = "Brackwater Rail to cut 1,400 jobs as freight volumes slide"
LAYOFFS = [
    "Brackwater Rail will cut about 1,400 jobs, or 9% of its staff, under a plan meant to save £120 million a year by "
    "2028, the freight operator said on Wednesday.",
    "The company reported a 6% fall in first-half revenue to £1.2bn, and its operating profit dropped 31% to £84m.",
    "Chief executive Moira Tennant said the cuts would fall mostly on maintenance depots in the north of England.",
    "Shares in Brackwater fell 3.9% in early trading in London.",
]
LAYOFFS_PAGE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{LAYOFFS_TITLE} | The Northern Post</title></head>
<body><nav><a href="/">The Northern Post</a> <a href="/business">Business</a></nav><article><h1>{LAYOFFS_TITLE}</h1>
<p class="standfirst">Freight group says weak steel and coal traffic leaves it no choice but to shrink</p>
<p class="time">Wed 11 Nov 2026 06.40 GMT Last modified on Wed 11 Nov 2026 09.12 GMT</p>
<p>{LAYOFFS[0]}</p><p>{LAYOFFS[1]}</p>
<div class="ask"><p>… we have a small favour to ask. Millions of readers rely on our independent journalism. Support us from just £2.</p></div>
<p>{LAYOFFS[2]}</p><p>{LAYOFFS[3]}</p>
<div class="wall">You have read 4 of 5 free articles this month. <a href="/s">Subscribe now</a> for unlimited access.</div>
</article><footer>© 2026 The Northern Post</footer></body></html>"""

COURT_TITLE = "Judge orders Ferrow Chemicals to pay $620 million over plant leak"
COURT = [
    "A federal judge in Baton Rouge on Monday ordered Ferrow Chemicals to pay $620 million to residents harmed by a "
    "2024 chlorine leak at its plant on the Mississippi River.",
    "Ferrow said it would appeal the ruling, which it called unsupported by the evidence.",
    "Ferrow shares fell 5.2% to $33.80 on the New York Stock Exchange.",
]
COURT_PAGE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{COURT_TITLE} - Legal Wire</title></head>
<body><article><h1>{COURT_TITLE}</h1><p class="date">March 9, 2026 | 4 min read</p>
<p>(Legal Wire) - {COURT[0]}</p><p>{COURT[1]}</p><div class="box">Get our daily briefing. <a>Subscribe</a></div>
<p>{COURT[2]}</p><p class="note">Prices are indicative and delayed. Not investment advice.</p></article></body></html>"""


@pytest.fixture
async def server():
    async with serve_pages({"/layoffs": LAYOFFS_PAGE.encode(), "/court": COURT_PAGE.encode()}) as url:
        yield url


CONFIG = FetchConfig(timeout=5.0, allowed_networks=("127.0.0.1/32",))


async def test_a_pages_time_stamp_and_appeals_to_the_reader_are_left_out(server):
    # The stamp's clock times were read as figures ("GMT: 09.12"), the appeals kept as lines.
    article = await fetch_article(f"{server}/layoffs", config=CONFIG)
    lines = article.text.splitlines()
    assert lines[1:] == LAYOFFS, lines
    figures = analyze(article.text, title=article.title).figures
    assert not any("GMT" in (figure.subject or "") or "£2" in figure.text for figure in figures)


async def test_a_date_with_its_reading_time_a_subscribe_button_and_a_disclaimer_are_left_out(server):
    article = await fetch_article(f"{server}/court", config=CONFIG)
    lines = article.text.splitlines()
    assert lines[-3:] == ["(Legal Wire) - " + COURT[0], *COURT[1:]], lines
    assert not any("min read" in line or "investment advice" in line for line in lines)
    lead = analyze(article.text, title=article.title).sentences[0].text
    assert lead.startswith("A federal judge in Baton Rouge"), lead


@pytest.mark.parametrize("line", [
    "Tue 10 Nov 2026 07.15 GMT Last modified on Tue 10 Nov 2026 11.02 GMT",
    "Updated Sept 24, 2026 11:58 p.m. ET",
    "Updated: 8 Dec 2026, 18:30 GMT",
    "March 18, 2026 | 5 min read",
    "News provided by Harlow Foods, Inc. Nov 19, 2026, 06:30 ET",
    "Published November 5, 2026 4:10 PM EST · Updated November 5, 2026 6:42 PM EST",
])
def test_a_time_stamp_line_is_a_stamp(line):
    assert is_stamp_line(line)


@pytest.mark.parametrize("line", [
    "On March 18, 2026 the company said it would appeal.",
    "At 9:30 a.m. shares rose 4%.",
    "Sales rose 3% in the quarter ended Nov 5, 2026.",
    "The plant opened on Tue 10 Nov 2026 after a delay.",
])
def test_a_story_line_with_a_date_is_no_stamp(line):
    assert not is_stamp_line(line)


@pytest.mark.parametrize("line", [
    "You have read 3 of 5 free articles this month.",
    "Subscribe nowfor unlimited access.",
    "… we have a small favour to ask. Millions of readers rely on our independent journalism.",
    "Support us from just £2.",
    "Subscribe",
    "Get our daily briefing. Subscribe",
    "Welcome to our live coverage of markets. Keep refreshing this page for updates.",
    "The views expressed here are the author's own.",
    "Prices are indicative and delayed. Not investment advice.",
])
def test_an_appeal_to_the_reader_is_no_story_line(line):
    assert is_reader_appeal(line)


@pytest.mark.parametrize("line", [
    "Investors who subscribe to the view that rates will fall were disappointed.",
    "The bank said its advice to clients was not investment advice but a market view, and it stood by it.",
    "Readers of the report will find the views expressed by the board unchanged.",
    "The bank's newsletter business grew 12% as more clients chose to subscribe.",
])
def test_a_story_line_using_those_words_stays(line):
    assert not is_reader_appeal(line)


@pytest.mark.parametrize("lead", [
    "Nov 5 (The Harbour Ledger) - Tolland Robotics on Thursday raised its forecast.",
    "(Legal Wire) - A federal judge in Houston on Tuesday ordered Ferrow to pay.",
])
def test_a_dateline_with_a_source_of_any_name_is_no_part_of_the_lead(lead):
    assert without_dateline(lead, "en") == lead.split(" - ", 1)[1]


def test_a_bracket_opening_a_sentence_without_a_dash_stays():
    assert without_dateline("(Updated) Tolland Robotics raised its forecast.", "en").startswith("(Updated)")


def test_the_second_aim_of_an_outlook_verb_is_a_forecast_of_what_is_done():
    # "new opened: 50 (up)": a plan read as a result, under a subject cut from "new stores".
    text = ("Harlow Foods now expects earnings per share of $3.10 to $3.20 for the year. It continues to expect "
            "comparable sales growth of 2.0% to 2.5% and to open 40 new stores.")
    stores = next(f for f in analyze(text, title="Harlow Foods raises outlook").figures if f.text == "40")
    assert (stores.subject, stores.estimate) == ("new stores opened", "forecast")
    past = next(f for f in analyze("Harlow Foods opened 12 new stores and its sales rose 4%.",
                                   title="Harlow Foods sales rise").figures if f.text == "12")
    assert past.estimate is None


@pytest.mark.parametrize("said", ["said the union's national officer, Gareth Lyle.",
                                  "said the company's finance chief, Gareth Lyle."])
def test_a_quote_said_by_a_title_then_a_name_is_the_names(said):
    # The union's quote was lost; the company's was given to "the company".
    text = ("The Transport Workers Union said it would ballot members on strikes. "
            f'"This is a betrayal of staff who kept the network running through the floods," {said}')
    quotes = analyze(text, title="Brackwater Rail to cut 1,400 jobs").quotes
    betrayal = [q for q in quotes if q.text.startswith("This is a betrayal")]
    assert [q.speaker for q in betrayal] == ["Gareth Lyle"], quotes



def test_a_court_docket_number_is_no_figure():
    # "No: 4:23-cv-01876." was shown as a key figure (subject "No", value 01876).
    text = ("A federal judge ordered Ferrow Chemicals to pay $620 million to residents. The case is Dunmore et al v. "
            "Ferrow Chemicals Inc, U.S. District Court for the Middle District of Louisiana, No. 3:24-cv-00417.")
    figures = [f.text for f in analyze(text, title="Ferrow ordered to pay $620 million").figures if f.kind == "figure"]
    assert figures == ["$620 million"], figures
