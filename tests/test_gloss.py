"""Glossaries: English words for domain stems of languages the encoder was not trained on."""
import numpy as np
import pytest

from mcclassify.errors import ConfigError
from mcclassify.gloss import Glossary, embed_texts, gloss, glossary, glossary_hashes, glossary_languages
from mcclassify.text import to_listing


def test_every_shipped_glossary_loads_and_glosses_something():
    langs = glossary_languages()
    # the EU official languages the default encoder does not cover all have one
    assert {"bg", "cs", "da", "el", "et", "fi", "ga", "hr", "hu", "lt", "lv", "mt", "ro", "sk", "sl", "sv"} <= set(langs)
    for lang in langs:
        g = glossary(lang)
        assert len(g.to_en) >= 100, lang
    assert set(glossary_hashes()) == set(langs)


@pytest.mark.parametrize("lang,text,expected", [
    ("fi", "Trukinkuljettajan koulutus", ["forklift", "driver"]),          # two parts of one compound
    ("sv", "Svetsning MIG/MAG för nybörjare", ["welding"]),
    ("da", "Lagerstyring og logistik", ["warehouse", "logistics"]),
    ("hu", "Targoncavezető és gépjárművezető képzés", ["forklift", "driver"]),
    ("el", "Εκπαίδευση χειριστή κλαρκ", ["forklift"]),
    ("el", "ΕΚΠΑΙΔΕΥΣΗ ΧΕΙΡΙΣΤΗ ΚΛΑΡΚ", ["forklift"]),                      # case and accents ignored
    ("cs", "Kurz obsluhy vysokozdvižného vozíku", ["forklift"]),
    ("hr", "Tečaj prve pomoći i zaštite na radu", ["first aid", "safety"]),  # words of several-word stems
    ("sr", "Обука за возаче виљушкара", ["driver", "forklift"]),            # Cyrillic read as Latin
    ("sr", "Obuka za vozače viljuškara", ["driver", "forklift"]),
    ("bs", "Kurs za kuhare i vozače viljuškara", ["kitchen", "chef", "driver", "forklift"]),  # hr and sr included
    ("is", "Lyftaranámskeið", ["forklift"]),                               # longest stem wins ("lyf" = pharmacy)
    ("lv", "Pienākumi un galvenais", []),                                  # short stems are whole words
])
def test_glossary_words(lang, text, expected):
    assert glossary(lang).words(text) == expected


def test_gloss_appends_english_and_leaves_covered_languages_alone():
    assert gloss("Hitsauskurssi", "fi") == "Hitsauskurssi (welding)"
    assert gloss("Schweißkurs für Anfänger", "de") == "Schweißkurs für Anfänger"   # the encoder reads German
    assert gloss("Hitsauskurssi", None) == "Hitsauskurssi"
    assert gloss("Sivusto käyttää evästeitä. Hyväksy kaikki", "fi") == "Sivusto käyttää evästeitä. Hyväksy kaikki"


def test_glossary_rules():
    g = Glossary("xx", {"welding": ["hitsa"], "driver": ["kuljettaja"], "car": ["=auto"], "first aid": ["ensi apu"]},
                 compounds=True)
    assert g.words("hitsaaja") == ["welding"]                     # word start
    assert g.words("rekankuljettajat") == ["driver"]             # inside a compound (5+ letters)
    assert g.words("autokoulu, automaatio") == []                # whole word only
    assert g.words("auto") == ["car"]
    assert g.words("ensi apuun") == ["first aid"]
    flat = Glossary("xx", {"welding": ["hitsa"], "driver": ["kuljettaja"]}, compounds=False)
    assert flat.words("rekankuljettajat") == []                  # no compounds: word starts only
    many = Glossary("xx", {f"w{i}": [f"stem{i:03d}"] for i in range(40)})
    assert len(many.words(" ".join(f"stem{i:03d}" for i in range(40)))) == 16   # capped
    with pytest.raises(ConfigError, match="too short"):
        Glossary("xx", {"car": ["au"]})
    assert Glossary("xx", {"car": ["=au"]}).words("au pair") == ["car"]


def test_bad_glossary_files_fail_clearly(tmp_path, monkeypatch):
    import shutil

    from mcclassify import config, gloss as gl

    cfg = tmp_path / "configs"
    shutil.copytree(config.config_dir(), cfg)
    (cfg / "glossary" / "qq.toml").write_text('language = "qq"\ninclude = ["zz"]\n[gloss]\nx = ["abcd"]\n')
    (cfg / "glossary" / "qr.toml").write_text('language = "qr"\nscript = "klingon"\n[gloss]\nx = ["abcd"]\n')
    monkeypatch.setenv("MCCLASSIFY_CONFIG_DIR", str(cfg))
    gl.glossary.cache_clear()
    gl.glossary_languages.cache_clear()
    try:
        with pytest.raises(ConfigError, match="includes 'zz'"):
            gl.glossary("qq")
        with pytest.raises(ConfigError, match="unknown script"):
            gl.glossary("qr")
    finally:
        gl.glossary.cache_clear()
        gl.glossary_languages.cache_clear()


def test_pipeline_embeds_glossed_text_for_uncovered_languages(clf):
    """The listing vector of a Finnish listing is that of its glossed texts, in prediction as in
    training (train.embed_examples glosses the same way)."""
    from mcclassify.encode import listing_vectors
    from mcclassify.gloss import embed_texts as et

    item = {"title": "Hitsauskurssi aloittelijoille", "description": "Kolmen päivän kurssi hitsaajille.", "language": "fi"}
    lst = to_listing(item)
    text, title = et(lst, "fi")
    assert title == "Hitsauskurssi aloittelijoille (welding)"
    assert text.endswith("(welding)")
    X = clf.embed([lst], ["fi"])
    E = clf.encoder.encode([text, title])
    assert np.allclose(X, listing_vectors(E[:1], E[1:]), atol=1e-6)
    rec = clf.predict([item])[0]
    assert rec["language"] == "fi"
    # an English listing is embedded as it is
    en = to_listing({"title": "Welding course", "description": "Three days."})
    assert embed_texts(en, "en") == (en.embed_text(), en.embed_title())


def test_harvested_language_codes_reach_the_glossary():
    """A locale or a Norwegian written-standard code in the harvested field selects the glossary."""
    for field, lang in (("fi-FI", "fi"), ("sv_SE", "sv"), ("nb", "no"), ("nn-NO", "no"), ("NO", "no")):
        lst = to_listing({"title": "x", "language": field})
        assert lst.language == lang
    lst = to_listing({"title": "Sveisekurs for nybegynnere", "language": "nb-NO"})
    assert embed_texts(lst, lst.language)[1] == "Sveisekurs for nybegynnere (welding)"


def test_page_furniture_glosses_nothing():
    """Cookie banners, prices, dates, 'online course', 'certificate', 'contact us' in every glossary
    language: words that occur in nearly every listing must not be glossed (they would pull every
    listing toward the same sector)."""
    import json
    from pathlib import Path

    furniture = json.loads((Path(__file__).parent / "fixtures" / "page_furniture.json").read_text(encoding="utf-8"))
    assert set(furniture) == set(glossary_languages())
    for lang, text in furniture.items():
        assert glossary(lang).words(text) == [], lang
