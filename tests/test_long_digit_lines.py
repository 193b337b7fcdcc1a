"""A line of one long run of digits is analysed in linear time.

Two patterns once read such a run again from each of its digits (the clause trimmer's figure
count and the same-fact check's year filter): 20,000 digits took 16 s and 200,000 over two
minutes, past the analysis worker's budget, so the reader got a timeout instead of a summary.
Run apart, with a limit far above a correct run (a few seconds), so a return of that reading
fails here instead of hanging the suite.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("line", ["'公司拟收购股权' + '1' * 100_000", "'营收增长' + '1,' * 50_000 + '元'"])
def test_a_long_run_of_digits_is_analysed_at_once(line: str) -> None:
    code = (f"from summarizer import analyze\n"
            f"analysis = analyze({line})\n"
            f"print(len(analysis.sentences))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=90, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout) >= 1


def test_the_clause_trimmer_counts_figures_from_their_start_only() -> None:
    from summarizer.trim_figures import _figures

    assert _figures("增长5%，12%，营收1,234.5亿元，另有3 万元") == 4
    assert _figures("1" * 50_000) == 0
