"""Search: text to index terms (``text``), the BM25 arrays (``arrays``), the pruned BM25Okapi index
(``bm25``) and the scorer interface with the reference engine (``scorer``)."""

from retrieval.search.arrays import Forward, ForwardBuilder, IndexArrays, build_arrays, merge_arrays
from retrieval.search.bm25 import BM25Index
from retrieval.search.scorer import Hit, RankBM25Scorer, Scorer
from retrieval.search.text import Aliases, Tokenizer, fold

__all__ = [
    "Aliases",
    "BM25Index",
    "Forward",
    "ForwardBuilder",
    "Hit",
    "IndexArrays",
    "RankBM25Scorer",
    "Scorer",
    "Tokenizer",
    "build_arrays",
    "fold",
    "merge_arrays",
]
