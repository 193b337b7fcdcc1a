"""SQLite storage for newsbrief, through sqlite-utils: the embedded default, no server."""
