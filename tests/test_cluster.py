"""Near-duplicate merging and story ranking for digests."""

from __future__ import annotations

from summarizer.cluster import (
    NearDuplicateIndex,
    StoryItem,
    group_stories,
    rank_stories,
    similarity,
    text_signature,
)
from tests.feed_samples import BATTERY, BATTERY_REWRITE, STEEL

NOW = 1_800_000_000.0
CHIPS_EN = ("Chip exports from the region fell 3% in October as demand for consumer electronics "
            "weakened, while orders for data-centre processors kept rising, the trade ministry said.")


def item(key, text, *, url=None, source="s", published=NOW, terms=()):
    return StoryItem(key=key, url_key=url, title=text[:20], source=source, published=published,
                     signature=text_signature(text), terms=terms)


def test_signature_is_deterministic_and_fixed_size():
    assert text_signature(BATTERY) == text_signature(BATTERY)
    assert len(text_signature(BATTERY)) == 64 * 4
    assert text_signature("") == text_signature("")


def test_rewritten_story_is_similar_and_a_different_story_is_not():
    assert similarity(text_signature(BATTERY), text_signature(BATTERY_REWRITE)) >= 0.5
    assert similarity(text_signature(BATTERY), text_signature(STEEL)) < 0.2
    assert similarity(text_signature(BATTERY), text_signature(CHIPS_EN)) < 0.1


def test_same_story_from_two_feeds_is_merged_and_counts_two_sources():
    items = [item("a", BATTERY, url="https://a.example/1", source="A"),
             item("b", STEEL, url="https://b.example/2", source="B"),
             item("c", BATTERY_REWRITE, url="https://c.example/3", source="C")]
    stories = rank_stories(items, now=NOW)
    assert [s.source_count for s in stories] == [2, 1]
    assert {i.key for i in stories[0].items} == {"a", "c"}


def test_equal_normalized_urls_merge_even_with_different_text():
    items = [item("a", STEEL, url="https://x.example/p"), item("b", CHIPS_EN, url="https://x.example/p")]
    assert [len(g) for g in group_stories(items)] == [2]


def test_same_source_twice_counts_once():
    items = [item("a", BATTERY, source="A"), item("b", BATTERY_REWRITE, source="A")]
    assert rank_stories(items, now=NOW)[0].source_count == 1


def test_recency_breaks_a_tie_in_sources():
    items = [item("old", STEEL, published=NOW - 48 * 3600), item("new", CHIPS_EN, published=NOW - 600)]
    assert [s.lead.key for s in rank_stories(items, now=NOW)] == ["new", "old"]


def test_central_story_outranks_an_isolated_one_of_the_same_age():
    items = [item("odd", CHIPS_EN, terms=("芯片",)),
             item("hub", STEEL, terms=("产能", "需求")),
             item("x", BATTERY, terms=("产能", "电池")),
             item("y", "完全不同的第四条新闻，关于需求和港口吞吐量的变化。", terms=("需求", "港口"))]
    ranked = rank_stories(items, now=NOW)
    assert ranked[0].lead.key == "hub"
    assert ranked[-1].lead.key == "odd" and ranked[-1].centrality == 0.0


def test_ties_keep_input_order_and_limit_applies():
    items = [item(str(i), f"第{i}条完全独立的新闻内容，编号{i * 7919}，没有重复。" * 3) for i in range(5)]
    ranked = rank_stories(items, now=NOW, limit=3)
    assert [s.lead.key for s in ranked] == ["0", "1", "2"]


def test_shared_index_reuses_neighbours_across_chats_and_forgets_items():
    index = NearDuplicateIndex()
    chat_one = [item("a", BATTERY), item("c", BATTERY_REWRITE)]
    chat_two = [item("c", BATTERY_REWRITE), item("b", STEEL)]
    assert len(group_stories(chat_one, index=index)) == 1
    assert len(group_stories(chat_two, index=index)) == 2
    assert index.neighbours("c") == {"a"}
    index.discard(["a"])
    assert index.neighbours("c") == frozenset() and len(index) == 2


def test_empty_input_gives_no_stories():
    assert rank_stories([], now=NOW) == []


def test_signature_estimates_agree_with_datasketch_minhash():
    # datasketch is the reference implementation of MinHash; ours must estimate alike.
    from datasketch import MinHash

    from summarizer.cluster import _shingle_hashes

    for a, b in [(BATTERY, BATTERY_REWRITE), (BATTERY, STEEL), (STEEL, STEEL + "另有补充。")]:
        ha, hb = set(_shingle_hashes(a).tolist()), set(_shingle_hashes(b).tolist())
        exact = len(ha & hb) / len(ha | hb)
        reference = MinHash(num_perm=256)
        other = MinHash(num_perm=256)
        reference.update_batch([str(h).encode() for h in ha])
        other.update_batch([str(h).encode() for h in hb])
        ours = similarity(text_signature(a), text_signature(b))
        assert abs(ours - exact) < 0.2 and abs(reference.jaccard(other) - exact) < 0.2
