"""No import cycle among the modules of `summarizer.answer`, read from the code's own imports: every
import statement counts, at the top of a module, inside a function or under `if TYPE_CHECKING:`, so a
cycle cannot come back hidden in a function.

The modules stand in layers: small low ones (`text`, `periods`, `names`, `context`, `requirements`,
`last_year`, ...) below the checks that read them (`days`, `prior`, `period_checks`, `sides`, ...), the
checks below `asked` (the question's constraints) and `constraints` (`check`), and those below `results`,
`question`, `ranking` and the package itself. A piece two modules both need goes to a lower module
(as `Context` went to `context`, `Constraints` to `requirements` and `asks_last_year_zh` to `last_year`),
never into an import inside a function.
"""

from __future__ import annotations

from tests.import_graph import ROOT, import_statements, module_name

PACKAGE = "summarizer.answer"


def import_graph(sources: dict[str, tuple[str, bool]]) -> dict[str, set[str]]:
    """Module -> the modules of `sources` it imports. `sources` maps each module of a package (dotted)
    to its source text and whether it is a package's `__init__`. `from p import x` counts as an import
    of the module p.x when there is one, else of p itself; imports of other packages are left out."""
    graph: dict[str, set[str]] = {}
    for module, (source, is_package) in sources.items():
        targets: set[str] = set()
        for prefix, names in import_statements(source, module, is_package):
            targets.update([prefix] if not names else
                           (f"{prefix}.{name}" if f"{prefix}.{name}" in sources else prefix for name in names))
        graph[module] = {t for t in targets if t in sources and t != module}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted, in name order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def package_sources(package: str) -> dict[str, tuple[str, bool]]:
    return {module_name(path): (path.read_text(encoding="utf-8"), path.name == "__init__.py")
            for path in sorted((ROOT / package.replace(".", "/")).rglob("*.py"))}


def _describe(graph: dict[str, set[str]], group: list[str]) -> str:
    return "; ".join(f"{m} -> {', '.join(sorted(graph[m] & set(group)))}" for m in group)


def test_the_reader_sees_every_import() -> None:
    """A cycle closed by an import inside a function, under TYPE_CHECKING or through a relative
    import is found; imports of other packages and of a name (not a module) are not edges."""
    sources = {
        "pkg": ("from pkg.a import run\n", True),
        "pkg.a": ("import re\nfrom pkg.b import helper\ndef run():\n    return helper()\n", False),
        "pkg.b": ("def helper():\n    from pkg.c import deep\n    return deep()\n", False),
        "pkg.c": ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import run\n"
                  "def deep():\n    return 1\n", False),
        "pkg.d": ("from pkg import c\nfrom pkg.text import fold\n", False),
    }
    graph = import_graph(sources)
    assert graph == {"pkg": {"pkg.a"}, "pkg.a": {"pkg.b"}, "pkg.b": {"pkg.c"}, "pkg.c": {"pkg.a"},
                     "pkg.d": {"pkg.c"}}
    assert cycles(graph) == [["pkg.a", "pkg.b", "pkg.c"]]
    assert cycles({**graph, "pkg.c": set()}) == []


def test_the_graph_is_the_packages() -> None:
    graph = import_graph(package_sources(PACKAGE))
    assert {"summarizer.answer", "summarizer.answer.constraints", "summarizer.answer.context"} <= set(graph)
    assert "summarizer.answer.asked" in graph["summarizer.answer.constraints"]
    # An import inside a function is an edge: `classifiers` reads `text.pos_cut` only in one.
    assert "summarizer.answer.text" in graph["summarizer.answer.classifiers"]


def test_no_import_cycle_in_answer() -> None:
    graph = import_graph(package_sources(PACKAGE))
    found = cycles(graph)
    assert found == [], ("import cycles (move what both sides need to a lower module): "
                         + " | ".join(_describe(graph, group) for group in found))
