"""What the layering tests share: every import statement of a module, read with `ast` (at the top, inside
functions, under `if TYPE_CHECKING:`), its relative imports made absolute."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def import_statements(source: str, module: str, is_package: bool) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(what is imported from, the names imported) for each import in `source`, the source of `module`:
    `import a.b` gives ("a.b", ()), `from .c import d, e` in module p.q gives ("p.c", ("d", "e"))."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, ()
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            yield prefix, tuple(alias.name for alias in node.names)
