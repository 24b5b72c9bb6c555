"""A made-up port dispute shared by the tests of confirming outlets: each outlet's article is one
document, and the Beacon's names the harbour commissioner in a short sentence of its own."""

from __future__ import annotations


def port_doc(doc_id: str, source: str, text: str) -> dict[str, str]:
    return {"id": doc_id, "title": f"Port dispute, {source}", "source": source, "text": text}


BEACON = port_doc(
    "beacon",
    "Beacon",
    "Harbour Commissioner Talia Voss warned on Monday that the dredging contract would run late. "
    "Crews were idle for a week.",
)
