"""Plain dataclasses and pure functions about a pain diary: no Qt, no SQL."""
