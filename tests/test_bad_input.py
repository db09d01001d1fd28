"""Bad rows become records with errors; the run goes on; nothing is dropped."""
import json

from typer.testing import CliRunner

from mcclassify.cli import EXIT_ROW_ERRORS, app
from mcclassify.io import read_items, to_pipeline_item
from mcclassify.record import validate_record

runner = CliRunner()


def run_classify(tmp_path, name, content, *args):
    src = tmp_path / name
    src.write_text(content, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["classify", str(src), "-o", str(out), "--no-progress", *args])
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    return res, recs


def test_jsonl_bad_lines(tmp_path):
    big = "Excel course, 2 days. " * 50_000  # about 1.1 MB
    lines = [
        json.dumps({"id": "ok", "title": "Python basics", "description": "3 days"}),
        "{not json",
        json.dumps({"id": "empty", "title": "", "description": "   "}),
        json.dumps({"id": "nonstr", "title": 12345, "description": "Welding, 40 hours"}),
        json.dumps([1, 2, 3]),
        json.dumps({"id": "big", "title": "Huge", "description": big}),
        json.dumps({"id": "last", "title": "Last one", "description": "5 ECTS"}),
    ]
    res, recs = run_classify(tmp_path, "in.jsonl", "\n".join(lines) + "\n")
    assert res.exit_code == EXIT_ROW_ERRORS, res.output
    assert [r["id"] for r in recs] == ["ok", "line:2", "empty", "nonstr", "line:5", "big", "last"]
    by = {r["id"]: r for r in recs}
    assert by["ok"]["errors"] == [] and by["last"]["errors"] == []
    assert "not valid JSON" in by["line:2"]["errors"][0]
    assert "no text" in by["empty"]["errors"][0]
    assert "not a string" in by["nonstr"]["errors"][0] and by["nonstr"]["workload"]["hours"] == 40
    assert "not an object" in by["line:5"]["errors"][0]
    assert "characters" in by["big"]["errors"][0] and by["big"]["sector"] is not None
    assert all(validate_record(r) == [] for r in recs)
    assert "7 records" in res.output and "5 with errors" in res.output


def test_csv_broken_quote(tmp_path):
    content = ('id,title,description\n'
               '1,Forklift course,"2 days, practical test"\n'
               '2,"Broken,"quote "here\n'
               '3,Cooking,"3 days, attendance certificate"\n'
               '4,"Never closed,unterminated\n'
               '5,Last,"5 ECTS online"\n')
    res, recs = run_classify(tmp_path, "in.csv", content)
    assert res.exit_code == EXIT_ROW_ERRORS
    ids = [r["id"] for r in recs]
    assert ids[0] == "1" and ids[-1] == "5" and "3" in ids
    assert len(recs) == 5
    bad = [r for r in recs if r["errors"]]
    assert {r["id"] for r in bad} == {"line:3", "line:5"}
    assert all("line" in r["errors"][0] for r in bad)


def test_csv_wrong_field_count_is_kept_with_error(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("id,title\n1,Welding,40 hours,extra\n", encoding="utf-8")
    items = [to_pipeline_item(x) for x in read_items(str(p))]
    assert len(items) == 1 and "fields where the header has" in items[0].errors[0]
    assert any("40 hours" in t for _, t in items[0].segments)


def test_all_good_exit_zero(tmp_path):
    res, recs = run_classify(tmp_path, "ok.jsonl", json.dumps({"title": "Course", "description": "2 days"}) + "\n")
    assert res.exit_code == 0 and len(recs) == 1


def test_unknown_extension_is_refused(tmp_path):
    res, _ = run_classify(tmp_path, "in.xml", "<a/>")
    assert res.exit_code == 1 and "format" in res.output


def test_nested_fields_are_read_not_dropped():
    """Harvested JSON nests what a page shows ("details": {"duration": ...}, "tags": [...]): those
    values are read under dotted names, without ids and links; nothing nested is dropped silently."""
    from mcclassify.text import MAX_NESTED, to_listing

    lst = to_listing({"name": "Curso de carretillero",
                      "details": {"duración": "8 horas", "precio": "120 €", "id": "x1", "url": "https://a.es/c"},
                      "tags": ["seguridad", "almacén"],
                      "sessions": [{"fecha": "12/03", "horas": 4}, {"fecha": "13/03", "horas": 4}],
                      "deep": {"a": {"b": {"c": {"d": "too deep"}}}}})
    seg = dict(lst.segments)
    assert seg["details.duración"] == "8 horas" and seg["details.precio"] == "120 €"
    assert "details.id" not in seg and "details.url" not in seg
    assert seg["tags"] == "seguridad; almacén"
    assert seg["sessions.0.horas"] == "4" and seg["sessions.1.fecha"] == "13/03"
    assert not any(k.startswith("deep") for k in seg) and lst.errors == []
    many = to_listing({"title": "Catalogue", "modules": [f"Module {i}" for i in range(3)] + [{"n": str(i)} for i in range(80)]})
    assert sum(k.startswith("modules") for k, _ in many.segments) == MAX_NESTED
    assert "field 'modules' holds 83 values; only the first 50 were read" in many.errors
    ld = to_listing({"@context": "https://schema.org", "@type": "Course", "name": "Excel",
                     "hasCourseInstance": [{"@type": "CourseInstance", "type": "CourseInstance", "courseMode": "online"}],
                     "offers": {"type": "Offer", "category": "Paid"}})
    assert ld.segments == [("name", "Excel"), ("hasCourseInstance.0.courseMode", "online"), ("offers.category", "Paid")]
    assert to_listing({"name": "Excel", "provider": {"@type": "Organization", "name": "ACME Training"}}).provider == "ACME Training"
    assert to_listing({"name": "Excel", "issuer": {"legalName": {"de": "TÜV Süd", "en": "TUV Sud"}}, "lang": "de"}).provider == "TÜV Süd"
    chosen = to_listing({"title": "x", "info": {"dauer": "2 Tage"}}, text_fields=["info"])
    assert chosen.segments == [("info.dauer", "2 Tage")]
    # chosen fields as the others: the listing's language from a language map, at most MAX_NESTED values
    chosen = to_listing({"name": {"en": "Welding", "de": "Schweißen"}, "lang": "de", "tags": [{"n": str(i)} for i in range(60)]},
                        text_fields=["name", "tags"])
    assert chosen.segments[0] == ("name", "Schweißen") and len(chosen.segments) == 1 + MAX_NESTED
    assert "field 'tags' holds 60 values; only the first 50 were read" in chosen.errors


def test_a_workload_in_a_nested_field_is_stated():
    from mcclassify.model import Classifier

    rec = Classifier().predict([{"name": "Curso de carretillero", "details": {"duración": "8 horas"}}])[0]
    w = rec["workload"]
    assert (w["hours"], w["source"]) == (8.0, "stated") and w["evidence"][0]["field"] == "details.duración"


def test_a_provider_name_alone_is_no_text_to_classify():
    """The provider's name is not embedded: a listing with nothing else gets no predictions from an
    empty text, but the error that says so (as a listing without any text does)."""
    from mcclassify.model import Classifier

    rec = Classifier().predict([{"title": "", "description": " ", "provider": "TÜV Rheinland Akademie"}])[0]
    assert rec["sector"] is None and rec["level"]["eqf"] is None and rec["workload"]["hours"] is None
    assert rec["errors"] == ["no text to classify: the listing has no non-empty text field besides the provider's name"]
    assert rec["provider"] == "TÜV Rheinland Akademie" and validate_record(rec) == []


def test_language_maps_give_one_languages_text():
    """JSON-LD titles and descriptions as ELM and Open Badges write them: a language map or value
    objects. The listing's own language is read if the map has it, else English, else the first."""
    from mcclassify.text import localised_text, to_listing

    both = {"en": "Welding course", "de": "Schweißkurs"}
    assert to_listing({"title": both}).title == "Welding course"
    assert to_listing({"title": both, "language": "de-AT"}).title == "Schweißkurs"
    assert to_listing({"title": {"fi": "Hitsauskurssi", "sv": "Svetskurs"}}).title == "Hitsauskurssi"
    assert localised_text([{"@value": "Kurs", "@language": "pl"}, {"@value": "Course", "@language": "en"}]) == "Course"
    assert localised_text({"@value": "Kurs"}) == "Kurs" and localised_text({"en": ["Part 1", "Part 2"]}) == "Part 1\nPart 2"
    lst = to_listing({"title": {"en": "EDC course"}, "description": {"en": "Online, 60 hours."},
                      "details": {"fee": "120 €", "day": "Monday"}, "issuer": {"name": {"en": "DG EMPL"}}})
    assert lst.segments == [("title", "EDC course"), ("description", "Online, 60 hours."), ("details.fee", "120 €"),
                            ("details.day", "Monday"), ("issuer.name", "DG EMPL")] and lst.errors == []
    assert localised_text({"en": 5}) is None and "not a string (dict)" in to_listing({"title": {"x": 1}}).errors[0]
    issuer_only = to_listing({"title": "", "issuer": {"name": {"en": "DG EMPL"}}})  # a nested provider name is not text
    assert not issuer_only.has_text and "no text to classify" in issuer_only.errors[0]


def test_json_documents_are_read_whole(tmp_path):
    """.json and .jsonld: an array, one (pretty-printed) listing, a JSON-LD @graph; JSON Lines under a
    .json name; a broken document is one record with the error, not one per line."""
    array = json.dumps([{"id": "a", "title": "Forklift course, 2 days"}, 7,
                        {"id": "c", "title": {"en": "Welding course"}, "timeRequired": "PT40H"}], indent=2)
    res, recs = run_classify(tmp_path, "in.json", array)
    assert [r["id"] for r in recs][0::2] == ["a", "c"] and "item 2: a JSON int" in recs[1]["errors"][0]
    assert recs[2]["title"] == "Welding course" and recs[2]["workload"]["hours"] == 40
    one = json.dumps({"@context": "https://schema.org", "@type": "Course", "name": "Excel basics",
                      "timeRequired": "PT6H", "description": "Formulas and charts."}, indent=2)
    res, recs = run_classify(tmp_path, "one.jsonld", one, "--force")
    assert len(recs) == 1 and recs[0]["workload"]["hours"] == 6 and recs[0]["errors"] == []
    graph = json.dumps({"@context": {}, "@graph": [{"name": "Python basics"}, {"name": "Excel basics"}]})
    res, recs = run_classify(tmp_path, "graph.jsonld", graph, "--force")
    assert [r["title"] for r in recs] == ["Python basics", "Excel basics"]
    lines = json.dumps({"id": "x", "title": "Python"}) + "\n" + json.dumps({"id": "y", "title": "Excel"}) + "\n"
    res, recs = run_classify(tmp_path, "lines.json", lines, "--force")
    assert [r["id"] for r in recs] == ["x", "y"]
    res, recs = run_classify(tmp_path, "broken.json", array[:-5], "--force")
    assert len(recs) == 1 and "not a valid JSON document" in recs[0]["errors"][0]
