"""The sample articles that ship in the package (written for newsbrief, not copied)."""

from importlib import resources

SAMPLE_ZH = resources.files("summarizer").joinpath("data", "sample_zh.txt").read_text("utf-8")
SAMPLE_EN = resources.files("summarizer").joinpath("data", "sample_en.txt").read_text("utf-8")
