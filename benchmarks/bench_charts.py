"""Chart benchmark: how long one figure chart takes to draw, cold and warm.

    python benchmarks/bench_charts.py            # 50 warm charts of each kind
    python benchmarks/bench_charts.py -n 10

A chart is drawn in the analysis worker, which imports matplotlib and registers the CJK
font at its first chart ("cold"); every later chart only draws ("warm"). The target is
≤ 300 ms for a warm chart. The chart data come from analysing a small article written
here (a bar chart of five growth rates, one vague and one negative) and a line chart
of four quarters. Memory: what the first chart adds to this process's RSS (measured
as the worker holds it: loading garbage collected and freed heap returned first), and
the process's peak RSS, to compare with the worker's budget.
"""

from __future__ import annotations

import argparse
import gc
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psutil

from bot.core.analyzer import release_free_memory
from bot.render.charts import bar_chart, line_chart, render_png
from summarizer import analyze

ARTICLE = ("云厂商季度成绩单出炉。腾讯云第三季度营收同比增长15%。百度智能云营收同比增长14%，达到49亿元。"
           "阿里云收入增长三位数。华为云营收同比下降5%。金山云营收同比增长8%。")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=50, help="warm charts of each kind")
    args = parser.parse_args()
    bars = bar_chart(analyze(ARTICLE), title="云厂商季度成绩单", source="example.com", lang="zh")
    line = line_chart("腾讯云 营收增速", "4 篇文章", [("2024年第一季度", 12.0, "12%"), ("2024年第二季度", 15.0, "15%"),
                                                 ("2024年第三季度", 18.0, "18%"), ("2024年第四季度", 11.0, "11%")])
    assert bars is not None and line is not None
    gc.collect()
    release_free_memory()
    process = psutil.Process()
    rss_before = process.memory_info().rss / 2**20
    started = time.perf_counter()
    render_png(bars)
    cold = time.perf_counter() - started
    release_free_memory()
    rss_cold = process.memory_info().rss / 2**20
    print(f"cold (import matplotlib, register the font, draw): {cold * 1000:.0f} ms, "
          f"RSS {rss_before:.0f} -> {rss_cold:.0f} MB ({rss_cold - rss_before:+.0f} MB)")
    for name, chart in (("bar chart, 5 bars", bars), ("line chart, 4 periods", line)):
        times, cpu = [], []
        for _ in range(args.n):
            started, started_cpu = time.perf_counter(), time.process_time()
            png = render_png(chart)
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        times.sort()
        p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
        # The CPU time is what the chart costs; the wall time also counts the machine's other load.
        print(f"{name}: median {statistics.median(times) * 1000:.0f} ms wall (CPU {statistics.median(cpu) * 1000:.0f} ms), "
              f"p95 {p95 * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms, {len(png) // 1024} KB PNG (target ≤ 300 ms)")
    release_free_memory()
    rss_after = process.memory_info().rss / 2**20
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"RSS after {2 * args.n} more charts {rss_after:.0f} MB ({rss_after - rss_before:+.0f} MB for matplotlib, "
          f"the font and drawing); peak RSS of the process {peak:.0f} MB")


if __name__ == "__main__":
    main()
