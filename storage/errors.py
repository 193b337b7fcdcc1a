"""Named exceptions of the storage layer.

    StorageError
     ├── NotFound          a row asked for by id/number/message does not exist
     │                     (or is not visible to the chat that asked)
     ├── InvalidValue      a setting or argument that can never be stored
     └── SchemaTooNew      the file was written by a newer newsbrief

User-facing wording belongs to `bot/`; these only carry a short English detail.
"""

from __future__ import annotations


class StorageError(Exception):
    """Base class for every error raised by `storage`."""


class NotFound(StorageError, LookupError):
    """The row does not exist, or the asking chat may not see it."""


class InvalidValue(StorageError, ValueError):
    """A value that violates the schema (unknown setting, bad period key, …)."""


class SchemaTooNew(StorageError):
    """The database holds migrations this version of newsbrief does not know."""
