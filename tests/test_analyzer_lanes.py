"""The analysis worker's time budget and its two lanes, on a real worker process."""

from __future__ import annotations

import asyncio
import os
import time

import pytest

from bot.core.analyzer import LONG, SHORT, Analyzer
from bot.errors import AnalysisTimeout, error_text
from summarizer.terms import search_terms
from tests.samples import SAMPLE_ZH


def _busy(seconds: float) -> int:
    """CPU work holding the GIL (a stand-in for an analysis that does not end)."""
    deadline = time.monotonic() + seconds
    n = 0
    while time.monotonic() < deadline:
        n += 1
    return n


def test_a_job_past_its_budget_is_stopped_and_the_worker_replaced():
    async def scenario():
        # The worker's start-up (imports, dictionary load) is outside what this test checks: under
        # load it can take longer than the 1 s budget, so the budget is set once the worker is up.
        analyzer = Analyzer(workers=1, timeout=30.0)
        try:
            await analyzer.run(os.getpid)
            before = await analyzer.run(os.getpid)
            analyzer.timeout = 1.0
            started = time.monotonic()
            with pytest.raises(AnalysisTimeout) as raised:
                await analyzer.run(_busy, 60.0, lane=LONG)
            waited = time.monotonic() - started
            analyzer.timeout = 30.0  # the follow-ups check the bot goes on, not the budget: no flake under load
            after = await analyzer.run(os.getpid)
            analyzed = await analyzer.analyze(SAMPLE_ZH)
            return before, after, waited, raised.value, analyzed
        finally:
            analyzer.close()

    before, after, waited, error, analyzed = asyncio.run(scenario())
    assert waited < 20  # stopped at its 1 s budget, far before its 60 s of work (slack for a loaded machine)
    assert before != after  # a new worker
    assert analyzed.analysis.sentences  # and the bot goes on
    assert "1" in error_text(error, "en") and "秒" in error_text(error, "zh")


def test_a_short_job_displaced_by_another_jobs_timeout_is_run_again():
    async def scenario():
        analyzer = Analyzer(workers=1, timeout=3.0)
        try:
            await analyzer.run(os.getpid)
            long_job = asyncio.ensure_future(analyzer.run(_busy, 60.0, lane=LONG))
            await asyncio.sleep(2.5)
            # Still running when the long one is stopped at 3 s (or not yet started: displaced
            # all the same), and 2 s inside its own budget when run again on a loaded machine.
            short = await analyzer.run(_busy, 1.0, lane=SHORT)
            with pytest.raises(AnalysisTimeout):
                await long_job
            return short
        finally:
            analyzer.close()

    assert asyncio.run(scenario()) > 0


def test_short_jobs_do_not_wait_behind_a_long_analysis():
    async def scenario():
        analyzer = Analyzer(workers=1, timeout=60)
        try:
            await analyzer.warm_up()
            long_job = asyncio.ensure_future(analyzer.run(_busy, 6.0, lane=LONG))
            await asyncio.sleep(0.5)
            waits = []
            for query in ("储能电芯 价格", "营收 增长", "云计算"):
                started = time.monotonic()
                assert await analyzer.run(search_terms, query)
                waits.append(time.monotonic() - started)
            assert not long_job.done()
            await long_job
            return waits
        finally:
            analyzer.close()

    waits = asyncio.run(scenario())
    assert max(waits) < 1.0, waits
