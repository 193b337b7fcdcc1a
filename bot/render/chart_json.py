"""A chart as JSON, so a chart held by Telegram's flood wait is kept with its reply.

A reply held past the rate limiter's retries is stored one Telegram message per row
(`storage.held`); a chart is drawn from its `BarChart` or `LineChart` only when sent, so
the row keeps the chart's data, not a PNG (tens of kilobytes, and the drawing belongs to
the analysis worker). Charts used to be left out of a held reply: `/numbers` sent during a
flood came back without its chart.
"""

from __future__ import annotations

import json

from bot.render.charts import Bar, BarChart, LineChart


def chart_to_json(chart: BarChart | LineChart) -> str:
    if isinstance(chart, BarChart):
        return json.dumps({"kind": "bar", "title": chart.title, "footer": chart.footer, "note": chart.note,
                           "bars": [[b.label, b.value, b.text, b.vague, b.down] for b in chart.bars]},
                          ensure_ascii=False)
    return json.dumps({"kind": "line", "title": chart.title, "footer": chart.footer, "labels": list(chart.labels),
                       "values": list(chart.values), "texts": list(chart.texts)}, ensure_ascii=False)


def chart_from_json(text: str) -> BarChart | LineChart:
    data = json.loads(text)
    if data["kind"] == "bar":
        return BarChart(data["title"], data["footer"], tuple(Bar(*bar) for bar in data["bars"]), data["note"])
    return LineChart(data["title"], data["footer"], tuple(data["labels"]), tuple(data["values"]),
                     tuple(data["texts"]))
