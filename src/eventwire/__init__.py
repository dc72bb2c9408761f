"""eventwire: raw news in, deduplicated PLOVER events with evidence out."""

__version__ = "0.1.0"
