"""painlog — a private daily pain diary and visit summary."""

__version__ = "0.1.0"
