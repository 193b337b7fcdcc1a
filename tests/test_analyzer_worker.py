"""The bot's analysis worker does the jieba work: analysis, search-index terms and
/ask parsing, so the bot's own process holds no copy of the dictionary."""

from __future__ import annotations

import asyncio
import subprocess
import sys

from bot.core.analyzer import Analyzer
from summarizer.terms import index_text
from summarizer.answer import parse_question
from tests.conftest import REPO_ROOT, cli_env
from tests.samples import SAMPLE_ZH

# Runs in a fresh interpreter, as the bot does: a forked worker analyses, indexes and
# parses a question; the parent then reports whether it ever loaded the dictionary.
PROBE = """
import asyncio, sys
from bot.core.analyzer import Analyzer
from summarizer.terms import search_terms
from summarizer.answer import parse_question

async def main():
    analyzer = Analyzer(workers=1)
    try:
        analyzed = await analyzer.analyze(sys.stdin.read())
        terms = analyzed.index_terms
        question = await analyzer.run(parse_question, "储能电芯的价格是多少？")
        query = await analyzer.run(search_terms, "储能电芯 价格")
    finally:
        analyzer.close()
    assert terms and question.terms and query
    jieba = sys.modules.get("jieba")
    print("dictionary loaded" if jieba is not None and jieba.dt.initialized else "no dictionary")

asyncio.run(main())
"""


def test_worker_returns_the_index_terms_with_the_analysis():
    async def scenario():
        analyzer = Analyzer(workers=1)
        try:
            return await analyzer.analyze(SAMPLE_ZH)
        finally:
            analyzer.close()

    analyzed = asyncio.run(scenario())
    assert len(analyzed.index_terms) == len(analyzed.sentences) > 5
    assert analyzed.index_terms == tuple(index_text(s) for s in analyzed.sentences)


def test_bot_process_never_loads_the_dictionary_for_analysis_indexing_or_queries():
    result = subprocess.run([sys.executable, "-c", PROBE], input=SAMPLE_ZH, capture_output=True,
                            text=True, env=cli_env(), cwd=REPO_ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "no dictionary"


def test_question_parsed_in_a_worker_equals_one_parsed_here():
    async def scenario():
        analyzer = Analyzer(workers=1)
        try:
            return await analyzer.run(parse_question, "腾讯云营收增长了多少？")
        finally:
            analyzer.close()

    assert asyncio.run(scenario()) == parse_question("腾讯云营收增长了多少？")


def test_the_bot_and_console_modules_leave_the_pipeline_to_the_worker():
    # The bot's memory counts with its worker's: the pipeline (scipy, cn2an, textrank) is
    # imported only in the worker, and the page extractor on the first link.
    probe = ("import sys, bot.telegram.app, bot.cli.chat, bot.core.commands; "
             "print(sorted(m for m in ('summarizer.pipeline', 'scipy', 'cn2an', 'jieba', 'trafilatura')"
             " if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=cli_env(),
                            cwd=REPO_ROOT, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_jieba_cache_directory_is_made_without_loading_jieba_in_the_bot(tmp_path):
    # The bot forks its worker after this: jieba imported here would be in both processes.
    cache = tmp_path / "jieba-cache"
    probe = ("import sys; from bot.settings import load_settings; from bot.core.analyzer import use_jieba_cache; "
             "use_jieba_cache(load_settings(None)); print('jieba' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            env=cli_env({"NEWSBRIEF_JIEBA_CACHE": str(cache)}), cwd=REPO_ROOT, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False" and cache.is_dir()


def test_the_bot_keeps_no_analysis_once_its_caller_is_done_with_it():
    # The reader thread used to hold the last answer (analysis and pickle, ~8 MB for a
    # 200,000-character text) until the next one arrived.
    import gc

    from bot.core.analyzer import Analyzed

    async def scenario():
        analyzer = Analyzer(workers=1)
        try:
            analyzed = await analyzer.analyze(SAMPLE_ZH)
            assert analyzed.index_terms
            del analyzed
            await asyncio.sleep(0.2)  # the reader thread is back waiting for the next answer
            gc.collect()
            return [o for o in gc.get_objects() if isinstance(o, Analyzed)]
        finally:
            analyzer.close()

    assert asyncio.run(scenario()) == []
