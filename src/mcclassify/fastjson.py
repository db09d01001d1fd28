"""JSON for the project's own data on the hot path (output lines, cached rule results): orjson, which
is several times faster than the standard library, with the standard library as the fallback for the
values orjson refuses (strings with lone surrogates, e.g. an id read from a JSON escape; integers
beyond 64 bits). The fallback escapes non-ASCII characters, so its line is valid UTF-8 and reads back
to the same value.

Input files are still parsed with the standard library: orjson reads integers beyond 64 bits as
floats, which would silently change an id.
"""
from __future__ import annotations

import json

import orjson


def dumps(obj) -> str:
    """Compact JSON text (non-ASCII characters as they are, unless the fallback is needed)."""
    try:
        return orjson.dumps(obj).decode("utf-8")
    except TypeError:
        return json.dumps(obj, separators=(",", ":"))


def loads(text: str | bytes):
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:  # what only the standard library reads (escaped lone surrogates)
        return json.loads(text)
