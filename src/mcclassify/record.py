"""The record contract: field names, duration bands, and the shape of one output record."""
from __future__ import annotations

BANDS = ("nano", "very_short", "short", "standard_micro", "large_micro", "extended", "beyond_micro", "unknown")
SOURCES = ("stated", "predicted", "none")
MODES = ("online", "onsite", "blended")
PROVIDER_LEVELS = ("beginner", "intermediate", "advanced", "mixed")
CEFR_LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")  # level.cefr: one, or a range of two ("B1-B2")
TOP_LEVEL_FIELDS = ("id", "title", "provider", "language", "workload", "level", "sector", "field",
                    "skill_areas", "transversal", "mode", "assessed", "credential_type", "esco_skills", "model", "errors")
WORKLOAD_FIELDS = ("hours", "hours_min", "hours_max", "ects", "band", "source", "evidence", "assumptions", "confidence")
# level.audience: whom a listing names as its audience (or the adult basic education its title names), where the EQF
# prior reads it
LEVEL_AUDIENCES = ("graduates", "adult_basic")
# level.institution: the kind of institution a listing's provider field or text names, where the EQF prior reads it
LEVEL_INSTITUTIONS = ("higher_education",)
LEVEL_FIELDS = ("eqf", "source", "scores", "framework", "provider_level", "cefr", "audience", "institution", "evidence")


def band_for_hours(hours: float | None) -> str:
    """Duration band of a notional workload (../shared/domain/labels.md, 2b)."""
    if hours is None:
        return "unknown"
    if hours < 10:
        return "nano"
    if hours < 25:
        return "very_short"
    if hours < 100:
        return "short"
    if hours <= 150:
        return "standard_micro"
    if hours <= 450:
        return "large_micro"
    if hours <= 900:
        return "extended"
    return "beyond_micro"


def empty_workload() -> dict:
    return {"hours": None, "hours_min": None, "hours_max": None, "ects": None, "band": "unknown",
            "source": "none", "evidence": [], "assumptions": [], "confidence": 0.0}


def empty_level() -> dict:
    return {"eqf": None, "source": "none", "scores": {str(i): 0.0 for i in range(1, 9)}, "framework": None,
            "provider_level": None, "cefr": None, "audience": None, "institution": None, "evidence": []}


def empty_record(rid: str, model: dict, errors: list[str] | None = None) -> dict:
    """A record with every field present and nothing classified (used for rows that cannot be read)."""
    return {
        "id": rid, "title": None, "provider": None, "language": None,
        "workload": empty_workload(), "level": empty_level(),
        "sector": None, "field": None, "skill_areas": [], "transversal": [],
        "mode": None, "assessed": None, "credential_type": None, "esco_skills": [],
        "model": dict(model), "errors": list(errors or []),
    }


def validate_record(rec: dict) -> list[str]:
    """Problems with a record's shape (empty list when it follows the contract)."""
    problems = [f"missing field {k!r}" for k in TOP_LEVEL_FIELDS if k not in rec]
    w = rec.get("workload") or {}
    problems += [f"missing workload.{k}" for k in WORKLOAD_FIELDS if k not in w]
    if w.get("band") not in BANDS:
        problems.append(f"bad band {w.get('band')!r}")
    if w.get("source") not in SOURCES:
        problems.append(f"bad workload.source {w.get('source')!r}")
    lv = rec.get("level") or {}
    problems += [f"missing level.{k}" for k in LEVEL_FIELDS if k not in lv]
    if lv.get("eqf") is not None and lv["eqf"] not in range(1, 9):
        problems.append(f"bad eqf {lv.get('eqf')!r}")
    if lv.get("provider_level") not in (None, *PROVIDER_LEVELS):
        problems.append(f"bad level.provider_level {lv.get('provider_level')!r}")
    if lv.get("audience") not in (None, *LEVEL_AUDIENCES):
        problems.append(f"bad level.audience {lv.get('audience')!r}")
    if lv.get("institution") not in (None, *LEVEL_INSTITUTIONS):
        problems.append(f"bad level.institution {lv.get('institution')!r}")
    cefr = lv.get("cefr")
    if cefr is not None and not (isinstance(cefr, str) and 1 <= len(cefr.split("-")) <= 2
                                 and all(c in CEFR_LEVELS for c in cefr.split("-"))):
        problems.append(f"bad level.cefr {cefr!r}")
    if rec.get("mode") not in (None, *MODES):
        problems.append(f"bad mode {rec.get('mode')!r}")
    if rec.get("assessed") not in (None, True, False):
        problems.append("bad assessed")
    for key in ("sector", "field"):
        v = rec.get(key)
        if v is not None and not {"code", "label", "score", "alternatives"} <= set(v):
            problems.append(f"{key} lacks code/label/score/alternatives")
    if not isinstance(rec.get("errors"), list):
        problems.append("errors is not a list")
    return problems
