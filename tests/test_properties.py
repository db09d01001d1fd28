"""Property tests: the workload parser never crashes, and stated numbers round-trip."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mcclassify.extract.level import extract_level
from mcclassify.extract.workload import extract_workload
from mcclassify.record import BANDS

LANGS = st.sampled_from(["en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv", "fi", "cs", "el", "hu", "xx", None])
NOISY = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300)
FRAGMENTS = st.lists(st.sampled_from(["3", "-", "5", " h", "/week", "days", "Tage", "ECTS", "1,5", "x", " ", "per",
                                      "Woche", "hours", "total", "9h", "à", "17h", "UE", "half-day", "zwei", "op"]), max_size=25)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(NOISY, FRAGMENTS.map("".join)), lang=LANGS)
def test_parser_never_crashes(text, lang):
    w = extract_workload([("description", text)], lang)
    assert w["band"] in BANDS and w["source"] in ("stated", "predicted", "none")
    if w["hours"] is not None:
        assert w["hours"] > 0
        if w["hours_min"] is not None:
            assert w["hours_min"] <= w["hours"] <= w["hours_max"]
    for ev in w["evidence"]:
        assert text[ev["start"]:ev["end"]] == ev["text"]
    extract_level([("description", text)], lang)


UNITS = {  # (lang, template, hours per unit, ects per unit)
    "hours_en": ("en", "Duration: {n} hours", 1.0, None),
    "hours_de": ("de", "Dauer: {n} Stunden", 1.0, None),
    "hours_fr": ("fr", "Durée : {n} heures", 1.0, None),
    "hours_pl": ("pl", "Czas trwania: {n} godzin", 1.0, None),
    "hours_fi": ("fi", "Kesto {n} tuntia", 1.0, None),
    "days_es": ("es", "Curso de {n} días", 7.5, None),
    "days_it": ("it", "Corso di {n} giorni", 7.5, None),
    "ects_en": ("en", "{n} ECTS", 27.5, 1.0),
    "ects_nl": ("nl", "Studielast {n} EC", 27.5, 1.0),
}


@settings(max_examples=200, deadline=None)
@given(key=st.sampled_from(sorted(UNITS)), n=st.integers(min_value=1, max_value=600),
       decimal=st.booleans(), prefix=st.sampled_from(["", "Registration open. ", "Price 490 EUR. "]))
def test_stated_numbers_round_trip(key, n, decimal, prefix):
    lang, template, per, ects_per = UNITS[key]
    value = n + 0.5 if decimal and lang not in ("en",) else float(n)
    shown = f"{value:g}".replace(".", ",") if lang != "en" else f"{value:g}"
    w = extract_workload([("description", prefix + template.format(n=shown))], lang)
    assert w["source"] == "stated"
    assert abs(w["hours"] - value * per) < 0.01 * max(1, value * per)
    if ects_per:
        assert abs(w["ects"] - value * ects_per) < 1e-6
