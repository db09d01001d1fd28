"""mcclassify: harvested course and microcredential listings -> structured microcredential records.

    >>> import mcclassify
    >>> mcclassify.predict(["Excel für Einsteiger, 2 Tage, Präsenz in Wien"])[0]["workload"]["hours"]
    15.0

Importing the package loads no model and no torch; the encoder loads on first prediction.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["predict", "load", "Classifier", "__version__"]

_default = None


def load(path: str | None = None, encoder: str | None = None, **kwargs):
    """A Classifier. ``path`` (or ``model=``, as the command line calls it): a model directory written
    by ``mcclassify train``; None = the shipped default model (models/default, or MCCLASSIFY_MODEL);
    "zero-shot" = label-description similarity only."""
    from .model import Classifier

    if "model" in kwargs:
        if path is not None:
            raise TypeError("load() takes the model as path or as model=, not both")
        path = kwargs.pop("model")
    return Classifier(encoder=encoder, model="default" if path is None else path, **kwargs)


def predict(items, **kwargs) -> list[dict]:
    """Records for ``items`` (strings or dicts, a pandas DataFrame's rows; one string or dict alone is
    one listing), one per item, in order. ``kwargs`` go to ``load`` (``model="zero-shot"``...)."""
    global _default
    if kwargs:
        return load(**kwargs).predict(items)
    if _default is None:
        _default = load()
    return _default.predict(items)


def __getattr__(name):
    if name == "Classifier":
        from .model import Classifier

        return Classifier
    raise AttributeError(name)
