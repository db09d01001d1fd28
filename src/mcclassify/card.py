"""The model card (README.md of a model directory), written from the model's metadata and metrics."""
from __future__ import annotations

import json

from .gloss import NAMES_FILE
from .modeldir import head_type

HEAD_KINDS = {"multiclass": "multi-class", "multilabel": "multi-label",
              "ordinal": "ordinal (one logistic model per cut between levels)"}
FEATURE_WORDS = {"embedding+zeroshot": "the listing embedding and the zero-shot similarities of every head",
                 "embedding": "the listing embedding only", None: "the listing embedding"}
FIGURES = [("sector_top1", "sector top-1"), ("isced_broad_top1", "ISCED-F broad top-1"),
           ("isced_narrow_top1", "ISCED-F narrow top-1"), ("isced_detailed_top1", "ISCED-F detailed top-1"),
           ("skill_area_top1", "skill-area top-1"),
           ("skill_area_micro_f1", "skill-area micro-F1"), ("eqf_within_acceptable", "EQF within acceptable"),
           ("eqf_mae_to_acceptable", "EQF MAE to acceptable"),
           ("sector_ece", "sector calibration error (ECE)"), ("isced_narrow_ece", "ISCED-F narrow calibration error (ECE)")]


def comparison_keys(metrics: dict) -> list[str]:
    """The metrics entries that compare trained and zero-shot heads, in report order."""
    pooled = "cross_source:platforms_pooled"
    return (["heldout_seed_topics"] * ("heldout_seed_topics" in metrics)
            + sorted(k for k in metrics if k.startswith("cross_source") and k != pooled)
            + [pooled] * (pooled in metrics)
            + [k for k in metrics if k.startswith("test_set:")]
            + ["validation"] * ("validation" in metrics))


def _fmt(v):
    return "-" if v is None else f"{v:.3f}"


def comparison_table(block: dict) -> str:
    lines = ["| figure | group | n | zero-shot | trained | gain (points) |", "|---|---|---|---|---|---|"]
    for key, name in FIGURES:
        for g in ("all", "non_english", "english"):
            z, t = block["zero_shot"].get(g, {}), block["trained"].get(g, {})
            if t.get(key) is None and z.get(key) is None:
                continue
            gain = block.get("gain_points", {}).get(g, {}).get(key)
            lines.append(f"| {name} | {g} | {t.get('n', '-')} | {_fmt(z.get(key))} | {_fmt(t.get(key))} | "
                         f"{'-' if gain is None else gain} |")
    return "\n".join(lines)


PER_LABEL_TITLES = {"sector": "Sector (NACE section)", "field_broad": "Field (ISCED-F broad)",
                    "skill_areas": "Skill areas (multi-label)"}


def per_label_table(rep: dict) -> str:
    lines = ["| label | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    lines += [f"| {lb} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} | {v['support']} |" for lb, v in rep.items()]
    return "\n".join(lines)


def _own_weights(meta: dict, head: str) -> str:
    """The head's own source weights (``heads.<name>.weights``), as the card's Heads list says them."""
    own = (meta.get("config") or {}).get("heads", {}).get(head, {}).get("weights")
    return f"; its own source weights: {', '.join(f'{k} {v}' for k, v in own.items())}" if own else ""


def _field_given_sector_line(fgs: dict) -> str:
    return (f"The field probabilities are multiplied by P(field | sector) to the power {fgs['weight']:g}, averaged over "
            f"the sector probabilities and softened by a temperature of {fgs.get('temperature', 1.0):g} "
            f"(`[field_given_sector]`): {len(fgs['pairs'])} sector-field pairs from "
            f"{sum(fgs['pairs'].values())} labelled topics, add-{fgs['alpha']:g} smoothed per sector "
            "(`model.json`). The sector answer is unchanged.")


def model_card(meta: dict, metrics: dict, heads: dict) -> str:
    enc = meta["encoder"]
    feats = meta.get("head_features") or {}
    parts = [
        f"# {meta['name']} {meta['version']}",
        "",
        "Trained heads of **mcclassify** over sentence embeddings: NACE Rev. 2 section, ISCED-F 2013 narrow "
        "field" + (" and the detailed 4-digit field under it" if "field_detailed" in heads else
                  " (the detailed 4-digit field is then chosen by zero-shot similarity)") + ", ESCO skill areas S1-S8 and "
        "transversal groups T1-T6 (multi-label, per-label thresholds), EQF level (when no level is stated) and "
        "duration band (when no workload is stated). Rules, not these heads, extract stated workload and levels.",
        "",
        "## Intended use",
        "Classifying harvested course, certificate and microcredential listings in EU languages into "
        "microcredential records for labour-market research and registries. Not for decisions about "
        "individual learners. Scores are probabilities of a linear model, usable for ranking and thresholds.",
        "",
        "## Encoder",
        f"`{enc['name']}` ({enc['version']}). The model must be used with this encoder.",
        "",
        *([f"Trained with the glossaries (`configs/glossary/`) of {', '.join(sorted(k for k in meta['glossaries'] if k != NAMES_FILE))}: text in "
           "these languages is embedded with English glosses of its domain words appended"
           + (", and a title with glosses as those English words alone" if meta.get("gloss_rule", 1) >= 2 else "")
           + (", as is the whole text in the languages the encoder does not read" if meta.get("gloss_rule", 1) >= 26 else "")
           + (f" ({', '.join(meta['glossary_titles_kept'])}, which the encoder reads: the title keeps its words and "
              "the English words follow it)" if meta.get("glossary_titles_kept") else "")
           + (f" (in {', '.join(meta['glossary_texts_kept'])}, which the encoder reads, the whole text keeps its "
              "words and the English words follow them)" if meta.get("glossary_texts_kept") else "")
           + (f"; names of certifications and standards written alike in every language (`configs/{NAMES_FILE}`) are "
              "glossed in every language, English included" if NAMES_FILE in meta["glossaries"] else "")
           + f" (gloss rule {meta.get('gloss_rule', 1)}, `gloss.GLOSS_RULE`); the glossaries' hashes are in "
           "`model.json`, and loading warns if one or the rule has changed.", ""] if meta.get("glossaries") else []),
        "## ESCO",
        (f"Used with the ESCO release {meta['esco']['version']} ({meta['esco']['path']}). "
         if meta.get("esco") else "No ESCO release was configured when this model was trained. ")
        + "The heads do not depend on ESCO; when linking is on, every record names the ESCO release it "
        "linked to in `model.esco_version`. `skill_areas` come from the trained head, not from the linked "
        "skills' groups, which name the right top area less often (`bench/esco_areas.py`).",
        "",
        "## Training data",
        "| source | examples |", "|---|---|",
        *[f"| {k} | {v} |" for k, v in meta["data"]["counts"].items()],
        "",
        "- `labelled`: the project's seed listings (`training_data/seed`, 15 languages, template-composed from "
        "hand-translated topic titles; see `training_data/GUIDE.md`).",
        "- `public:*`: course listings from public datasets with weak labels through `configs/crosswalks/` "
        "(mostly English: a course counts as another language only where language identification is at least "
        "0.9 sure; platform categories are coarse, so these labels are noisy).",
        "- `taxonomy:*`: ESCO v1.1.1 skills and knowledge concepts (label + description) under their groups and "
        "ISCED-F fields, NACE Rev. 2 explanatory notes, EQF-labelled qualification names"
        + (", ESCO occupations with the EQF level of a course for their workers through their ISCO-08 skill level "
           "(`configs/crosswalks/isco_eqf.toml`, EQF head only)" if meta["data"].get("counts", {}).get(
               "taxonomy:esco_occupation_levels") else "")
        + (", and the project's table of qualification types with their usual EQF level "
           "(`training_data/qualification_types.tsv`, EQF head only)" if meta["data"].get("counts", {}).get(
               "taxonomy:qualification_types") else "") + ".",
        "- `validation`: hand-written listings used only to fit skill thresholds and to report figures.",
        *(["- Test sets (`evaluation.test_sets`): labelled listings never trained on and never used to fit "
           "thresholds or blend weights; no topic of theirs is a training topic."] if meta["data"].get("test_sets") else []),
        "",
        "SHA-256 of every data file:", "", "```json",
        json.dumps({k: meta["data"][k] for k in ("labelled", "validation", "public", "taxonomy", "test_sets") if k in meta["data"]},
                   indent=1), "```",
        "",
        "## Heads",
        *[f"- `{n}`: {HEAD_KINDS[head_type(h)]}, {len(h.classes_)} classes: "
          f"{', '.join(map(str, h.classes_))}; features: {FEATURE_WORDS[feats.get(n, meta.get('features'))]}"
          + _own_weights(meta, n) for n, h in heads.items()],
        *(["", _field_given_sector_line(meta["field_given_sector"])] if meta.get("field_given_sector") else []),
        "",
        "## Measured (trained vs zero-shot on the same listings)",
    ]
    titles = {"heldout_seed_topics": "Held-out seed topics (cross-validation over whole topics: every topic held out once, "
                                     "no topic or template on both sides)",
              "cross_source:platforms_pooled": "Cross-source, the held-out platforms pooled (each course predicted "
                                               "by the heads trained without its own platform)",
              "validation": "Hand-written validation listings (skill thresholds fitted here: skill F1 optimistic)"}
    for key in comparison_keys(metrics):
        test = metrics[key].get("test", [])
        if key in titles:
            title = titles[key]
        elif key.startswith("test_set:"):
            title = f"Test set {key.split(':', 1)[1]} (never trained on; scored with the final model)"
        elif not any(":" in t for t in test):
            title = f"Cross-source: {', '.join(test)} held out, trained on the other platforms (weak labels; mostly English)"
        else:
            title = f"Cross-source: {', '.join(test)} held out, trained on the other sources"
        parts += ["", f"### {title}", "", comparison_table(metrics[key])]
    per = metrics.get("heldout_seed_topics", {}).get("per_label") or {}
    if per:
        parts += ["", "## Per label (trained heads, held-out seed topics pooled over the folds)"]
        for head, name in PER_LABEL_TITLES.items():
            if per.get(head):
                parts += ["", f"### {name}", "", per_label_table(per[head])]
    parts += [
        "",
        "Per label on other labelled listings: `mcclassify evaluate MODEL DATA` (`eval-metrics.json` and "
        "confusion matrices).",
        "",
        "## Known limits",
        "- The seed listings are composed from templates; real pages are messier and figures on them will be lower.",
        "- Public training data is English but for a few hundred courses; other languages rely on the multilingual "
        "encoder's alignment. "
        "Languages the encoder was not trained on are read through glossaries (`configs/glossary/`): domain "
        "words are glossed in English before embedding; words missing from a glossary are not understood.",
        "- Sector labels of generic courses (languages, soft skills, office software) are ambiguous by nature.",
        "- Sector is the hardest head on topics unlike the training topics: compare its gain over zero-shot on "
        "held-out topics and test sets with the other heads' (the project's default model gains far less there "
        "on sector than on field, skill areas and level; see the project README).",
        "- EQF for courses without a stated level is a judgement; the figure counts a prediction inside the "
        "annotators' acceptable range as right. The level given is the median of the level posterior (levels are "
        "ordered; the median is the level nearest on average), so a posterior split between two far levels gives "
        "one between them" + (f"; this model gives the first level whose cumulative posterior reaches "
        f"{meta['eqf_quantile']:g} instead of one half (`model.eqf_quantile`, chosen on the validation listings)"
        if meta.get("eqf_quantile", 0.5) != 0.5 else "") + ".",
        "- Probabilities: the calibration error (ECE, 10 bins) of the sector and narrow-field top-1 probabilities is "
        "in the tables above (0 = a probability of p is right p of the time). The EQF level probabilities are not "
        "measured this way: a level is scored against a range of acceptable levels.",
        "",
        "## Reproduce",
        f"`mcclassify train --config configs/default.toml` (took {meta['training_seconds']:.0f} s on this machine; "
        "embeddings are cached in `~/.cache/mcclassify/embeddings.sqlite`).",
        "",
        f"Versions: {json.dumps(meta['versions'])}. Created {meta['created']}.",
    ]
    return "\n".join(parts) + "\n"
