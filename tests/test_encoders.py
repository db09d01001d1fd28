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


def test_onnx_int8_path_on_the_packaged_model(tmp_path, monkeypatch):
    pytest.importorskip("onnxruntime")
    from mcclassify.encode import OnnxInt8Encoder

    monkeypatch.setenv("MCCLASSIFY_CACHE_DIR", str(tmp_path))
    texts = ["welding course for beginners", "a beginners' class in welding", "pastry baking workshop", "x"]
    enc = OnnxInt8Encoder("packaged")
    assert enc.name == "st:packaged@onnx-int8" and "onnx-int8" in enc.version
    X = enc.encode(texts, batch_size=3)  # exports and quantises once, into the cache folder
    exported = list(tmp_path.glob("onnx/*/model-int8.onnx"))
    assert len(exported) == 1
    ref = get_encoder("minilm").encode(texts)
    assert X.shape == (4, 384) and np.allclose(np.linalg.norm(X, axis=1), 1, atol=1e-4)
    assert np.min(np.sum(X * ref, axis=1)) > 0.9  # int8 weights: close to fp32, not equal
    assert X[0] @ X[1] > X[0] @ X[2]
    mtime = exported[0].stat().st_mtime
    again = OnnxInt8Encoder("packaged")
    assert np.allclose(again.encode(texts, batch_size=3), X, atol=1e-6) and exported[0].stat().st_mtime == mtime
    # activations are quantised per batch, so batch neighbours shift a vector (most for very short texts)
    assert np.min(np.sum(again.encode(texts, batch_size=64) * X, axis=1)) > 0.9


def test_usem3_embeds_a_text_the_same_in_any_batch():
    """A text's vector does not depend on how many texts are embedded with it nor where it stands (USEEncoder._forward):
    numpy's products of a few rows took other paths, and a resumed batch run printed another last digit."""
    from mcclassify.encode import USEEncoder

    enc = USEEncoder(threads=1)
    alone = enc.encode(["Forklift operator course"])[0]
    others = [f"Course number {i} on another subject" for i in range(30)]
    for n, at in ((2, 1), (5, 0), (8, 7), (20, 11), (31, 30)):
        batch = others[:n - 1]
        batch.insert(at, "Forklift operator course")
        assert np.array_equal(enc.encode(batch)[at], alone), (n, at)
