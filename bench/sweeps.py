"""Sweeps of one kind of course title across the languages: how many does the model get wrong?

    python bench/sweeps.py [--model DIR] [--data bench/data/title_sweeps.jsonl] [--sweep NAME ...] [--show]

Each line of the data file is a listing written for a check of the glossaries (2026-12-03), with the answer written
before the model was run on it: `sweep` (which check), `id`, `language`, `title`, `description` (mostly empty: a title
alone, as the glossary sees it), `sector` (NACE section), `field` (ISCED-F detailed field, or a broad field's two digits), and for the listings of
`probe_unread_languages` (30 listings with a description, in 21 languages the encoder does not read) `eqf` and
`hours`. Ski instructors, guitar and piano lessons, stock trading, programming in a language, language courses, 25
common trades in 19 languages, professions, tools and arts, common topics in Maltese, Irish, Welsh and Basque; then
(the 27th session) 14 health and care titles in 10 languages (sk sl hr lt lv et bg no is ca) and 14 ICT titles in 10
(cs fi hu ro el sv da uk sr mk), 12 agriculture, food and environment titles in 12 languages, 12 public, education and
social titles in 10 (el sv da is ca uk sr mk sq gl), 12 business and hospitality titles in 10 (cs da el fi hu ro sv no
uk sq), 12 transport, services and media titles in 10 (sk sl hr lt lv et bg is uk ca), 12 common topics in 10 (ga cy
mt eu gl bs tr sq mk sr), 12 health and ICT titles in 8 (ga cy mt eu gl bs tr sq), 12 manufacturing and engineering
titles in 10 (sk sl hr lt lv et bg is no uk), 12 safety and compliance titles in the same 10, then (the 28th
session) 12 finance, law and utilities titles in 12 (de fr es it pl pt nl sk hr lt lv bg) and 12 leisure and personal
services titles in 10 (de fr es it nl pl pt sl et hu), 13 common courses in the trained languages (de fr es it nl
pl pt cs sv), 12 leisure and common courses in 10 the encoder does not read (lt lv hr sk bg is no uk sl et) and 12
finance and public-service titles in 11 (mk sr sq bs tr ca gl eu cy mt ga), the 13 common courses again in 5 more
trained languages the encoder does not read (hu ro el fi da), and
`probe_rules_24_languages` (24 listings with a description that states the workload in the language's own way: lesson
units, days of given hours, sessions a week for some weeks, months; and for some a framework level), and (the 30th
session) `aspects`: 40 titles in 33 languages that name a subject and the spirit it is taught in ("Устойчив
туризъм", sustainable tourism; "Digitalno računovodstvo", "Etika v ošetrovateľstve"), written with gloss rule 30, and (the
31st session) `job_search`: 30 titles of job-search workshops in 30 languages, S 0031 (GUIDE.md), and
`workplace_trainers`: 36 titles of courses for trainers of apprentices and new staff ("Ausbildung der Ausbilder",
"praktijkopleider", "tutor de empresa") in 33 languages, P 0111; the seed topic `job_search` was written after that
sweep and shares words with several of its titles; `communication_skills`: 30 titles of communication-skills
courses in 30 languages, S 0031; and (the 35th session) `digital_skills`: 30 titles of basic digital-skills courses in
30 languages, S 0611 (a course for everyday life, no workforce named), and `green_digital`: 24 university
microcredentials on green and digital topics in 24 languages, with a description naming the learners (one, an
energy audit of buildings, answered with a sector alone), and `ai_courses`: 30 titles of courses on artificial
intelligence in 28 languages, most for a named workforce (teachers P 0114, accountants M 0411), generic ones for office
staff N 0611, and `subjectless_titles`: 22 listings in 22 languages whose title names no subject ("Weiterbildung
2027/04", "Kurz", "Course 2027-04") and whose description does (gloss rule 33), and `quoted_titles`: 12 titles whose
subject is quoted after a course word ("Formation «Excel avancé»"; gloss rule 34); and (the 36th session) four sets of
30 listings with a description, one language each but for a few: `university_cpd` (universities' continuing education
for professionals), `science_pharma_transport` (drug plants, laboratories, aircraft maintenance, ships, fish farms,
photography), `repairs_personal_services` (repairs of phones, shoes, watches, bicycles and appliances, NACE 95, S;
funeral services, grooming, nails) and `events_travel_leisure` (event technicians and organisers, guides, referees,
croupiers), where an answer that named a broad field alone has its two digits as `field` (`None` where it named
none), and a Romanian children's leisure animator, answered R first, is Q 0922 by the guide's youth-work rule; and
`customs_freight`, 30 courses for customs declarants, freight forwarders and dangerous-goods advisers in 30 languages,
H (NACE 52.29) with no field, as the field was answered 1041 but the languages test labels a customs course 0413 and
the import-export seed topic is 0416 (4 sectors wrong with the shipped model; a phrase for "customs" that made it 1 was
not kept, see docs/measurements.md); and (the 37th session) `analytics_credit_modelling`, 31 listings with a
description in 30 languages: credit analysis, credit risk and mortgage lending (K 0412), financial modelling (K 0412),
3D modelling (J 0211) and data modelling (J 0612), written when a gloss of "modelling" alone was seen to read as
building (F 0732). And (the 38th session) `biotech_games_growth`, 30 listings with a description in 14
languages: biotechnology (M 0512), game development (J 0613), personal development and CV writing (S 0031),
meteorology for pilots (H 0532) and music and art therapy (Q 0915), written after a probe found these subjects
glossed as nothing. And (the 46th session) `difficulty_titles`, 32 listings in 23 languages whose title names only how
hard the course is or for which learners ("Kurs podstawowy", "Grundkurs", "Nivel avanzado", "Tečaj za početnike") and
whose description names the subject: welding, bookkeeping, Python, hairdressing (gloss rules 38 and 39). And (the 47th
session) twenty sets of titles alone, one per family of trades, written with their answers before a probe of the
glossaries, most in 16 languages (cs sk pl hu ro el bg hr sl lt lv et fi sv da tr): `garden_care` (24 titles in 24
languages, N 0812: NACE 81.30, landscape service activities), `plasterers` (23, F 0732), `market_research` (28, M
0414), `food_production` (128: butchers, bakers, cheese, beer, chocolate, sausages, fish processing, food technology;
C 0721, where a butcher's shop is G 47.22 as much), `crafts` (112: sewing, tailoring, shoemaking, goldsmiths,
furniture, weaving, upholstery; C with 0723, 0214 or 0722, shoemakers S 0723, NACE 95.23), `automotive` (96, G 0716),
`farming` (128, A 0811, fish farming 0831), `building_trades` (128: roofers, scaffolders, floor layers, insulation,
drywall, formwork, glaziers, stonemasons; F 0732, a stonemason C 23.70 as much), `utilities` (128: waste, water and
wastewater E 0712, power lines and gas networks D 0713), `business_services` (128: estate agents L, property managers
L, insurance brokers K, bank clerks K, tax advisers and payroll M, debt collection N 82.91, call centres N 0415, as
ISCED-F puts switchboard operating in secretarial and office work), `health_support` (128: pharmacy technicians,
dental hygienists, sterile services, blood sampling, ambulance drivers, clinical coding, hearing aids Q, opticians G
47.78; all 09), `hospitality` (112: room attendants, tour guides N 79.90, sommeliers, bartenders, pizza makers, hotel
managers, catering; I with 1013 or 1015; the probe's leisure animators left out, a children's leisure animator being Q
0922 by the guide and a hotel's R), `manufacturing_operations` (128: machine operators, injection moulding, printers
0211, packaging lines, assemblers, quality inspectors, maintenance, automation; C 07), `transport_jobs` (128: taxi and
train drivers, deckhands, cabin crew 1015, couriers, dispatchers, ADR, ground handling; H 1041), `security_services`
(96: guards, bodyguards, CCTV operators, private detectives, fire wardens, cash in transit; N 1032, a fire warden M or
O as much and a title of camera surveillance alone its installers', F), `beauty_spa` (96, S 1012, NACE 96.02 and
96.04), `energy_trades` (112: solar, heat pumps, wind turbines, charging stations, energy storage, hydrogen, biomass
boilers; installers F, plant and grid work D, all 0713; the probe's energy auditors left out, the seed's energy
management being D where NACE 71.12 would say M) and `instructors` (128: driving instructors P 1041, NACE 85.53;
fitness, swimming, yoga, football, ski and dance teachers and mountain guides R with 1014, dance 0215, guides 1015,
where P 85.51 can be argued for all, as the older sweeps say), and `culture_public_service` (112: librarians and
archivists R 0322, stage technicians R 0215, firefighters O 1032, court staff O 0421, paralegals M 0421, municipal
clerks O 0413; the probe's furniture restorers left out, NACE 95.24 being S), and `social_care` (128: personal
assistance for disabled people, home help and dementia care Q 0921 as the seed's elderly care, nannies T 0922 as the
seed's, foster parents, work with migrants and the homeless Q 0923, palliative care Q 0913). And (the 48th session)
seven more, written the same way: `cpd_topics` (110 titles in 22 languages, the 16 and de fr es it pt nl: mediation M
0421, drone pilots H 1041, acupuncture Q 0917, boat licences H 1041, event organisation N 1015; the probe's coaching,
GIS and e-learning design left out, each being argued several ways: coaching reads P 0111 in every language, GIS J
0612), `health_professions` (132 in the same 22: podiatry, osteopathy, occupational therapy, medical massage Q 0915,
ultrasound Q 0914, psychotherapy Q 0313; the probe's dental and orthopaedic technicians left out, C by NACE 32.50 and
Q by the model), `trades_small_languages` and `services_small_languages` (160 each, sixteen of the 47th session's
trades in no is ca gl sq mk sr bs uk eu; answers as in those sweeps), and `retail` (176 in the 22: shop assistants,
visual merchandising, store managers, butchers' counters, drugstores, car sales, pet shops, booksellers; G 0416, a
butcher's counter's 0721 as much; visual merchandising is a fresh-topics test topic and was not glossed, though it
read M in three languages), and `building_services` (176 in the 22: air-conditioning installers F 0713, lift
technicians F 0714, sprinkler installers F 0713, building automation F 0714, energy-performance assessors M 0713,
building inspectors M 0732, site managers F 0732, land surveyors M 0732; the assessors read D, as the seed's energy
management, and the inspectors F, both arguable and left), and `trades_read_languages` (144: the food-production,
farming and building-trades titles of the 47th session's sweeps in de fr es it pt nl, the languages those sweeps had
left out; answers as there). And (the 49th session) `small_glossaries_health_retail` (59 titles in is sq eu ca mt ga cy,
the glossaries that lacked the medical specialties and the 47th and 48th sessions' concepts: cardiology and
paediatrics Q 0912, ultrasound and phlebotomy Q 0914, pharmacy technicians Q 0916, teaching assistants P 0114, shop
assistants G 0416, brewing C 0721, driving instructors P 1041; a repair of household appliances or of watches S with
no field), and `described_listings` (30 listings with a description of 13-38 words in 17 languages, as harvested:
price, hours, certificate, a call to enrol; accounting M 0411, care of the elderly Q 0921, project management M 0413,
chain-saw work A 0821, a computer course for pensioners S 0611, a fire-safety course for firms M 1032). And (the 50th
session) `described_listings_more` (38 listings with a description and page furniture, a cookie banner, a breadcrumb,
a price, in 38 languages, one each; `eqf` is the middle of the levels the guide accepts, within one level, and
`hours` the stated workload: "200 UE", "3 dana", "16 akadeemilist tundi", "15 studiepoeng") and
`digital_seniors_languages` (29 computer or smartphone courses for older people in 29 languages, S 0611 at EQF 1-2,
`eqf` 1.5; the guide's adult basic education) and `administrative_workers` (33 courses for administrative and office
workers in 33 languages, N 0415, the seed's `office_admin`; the model reads N 04 as right) and
`trades_unrecorded_glossaries` (75 titles of six common trades, beekeeping A 0811, plumbing F 0732, graphic design M
0211, estate agents L 0416, make-up S 1012 and bakery C 0721, in the 13 glossaries no trained model records: uk no is sq
mk sr ca gl eu mt ga cy bs), and `services_unrecorded_glossaries` (56 titles: cybersecurity J 0612, tour guides N 1015,
photography M 0211, manicure S 1012, translators M 0231, hotel receptionists I 1015, in ten of them) and
`health_education_unrecorded_glossaries` (58 titles: nursing assistants Q 0913, kindergarten assistants P 0112, social
work Q 0923, pharmacy assistants Q 0916, dental assistants Q 0911, in 13 of them) and
`trades_transport_unrecorded_glossaries` (59 titles: CNC operators C 0715, truck drivers H 1041, car mechanics G 0716,
solar-panel installers F 0713, chain-saw work A 0821, in 13 of them) and `business_hospitality_unrecorded_glossaries`
(62 titles: accounting, project management, digital marketing, baristas, cooks, web development, in 11 of them; all
right when written), and `services_agri_unrecorded_glossaries` (60 titles: florists G 0416, as the glossaries' phrase
"floristry, retail flower shop" reads (first answered 0214, then set to the project's reading), gardeners N 0812 as in
`garden_care`, security guards N 1032, first aid Q 0912, welders C 0715, tailors C 0723, in 12 of them), and
`described_unrecorded_glossaries` (15 listings with descriptions and page furniture in 14 of them) and
`digital_unrecorded_glossaries` (42 titles: artificial intelligence J 0619, data analysis J 0613, social media for
firms M 0414, Excel N 0611, in 11 of them). And (the 51st session) five sets written with their answers before the
model ran on them: `described_read_languages` (61 listings with a description in 13 languages, most in those the
encoder reads, de fr es it nl pl pt, and English: university microcredentials, chamber and licence courses, trades;
`eqf` and `hours` as in `described_listings_more`), `described_english` (80 English listings with a description:
trades, services, health, transport, university CPD), `described_glossary_languages` (42 listings with a description
in 14 glossary languages: estate agents L 0413, waiters I 1013, bookkeeping M 0411), `language_courses_read` (42
titles of language courses in the seven read languages, 0231 in the sector of the workforce named, P where none is, as in
`language_courses`) and `trades_read_languages_more` (42 trade titles in the seven: pavers F 0732, forklift
drivers H 1041, cleaners N 1012, occupational safety M 1022), and `described_unrecorded_more` (38 listings with a
description in the 13 glossaries no trained model records and ru, lb, tr: bookkeeping, welding, care workers; a
childcare course Q 0922), `common_read_languages` (42 common course titles in the seven read languages: payroll M
0411, project management M 0413, wound care Q 0913, Excel N 0611) and `services_read_languages` (42 titles of care,
education, safety and service jobs in the seven: care workers Q 0922, trainers of trainers P 0111, first aid Q 0912,
dental assistants Q 0911; lifeguards R 1014, a fire-safety helper M 1032, a nursery manager Q 0922, each arguable), and
`luxembourgish_titles` (20 common course titles in Luxembourgish, whose glossary no trained model records; a
Luxembourgish course for beginners P 0231). And (the 60th session) three sets written with their answers before the
model ran on them: `read_languages_subjects` (96 titles in the eight languages the encoder reads, de fr es it nl pl pt
tr, of twelve subjects whose words those eight glossaries lacked: health-care management Q 0413, advertising M 0414,
film and video editing J 0211, travel agents N 1015, database administration J 0612; finance for non-financial
managers M 0412 and digital marketing for hotels I 0414 are answered by GUIDE.md's audience rule and the model
disagrees), `described_sectors_more` (40 listings with a description in 33 languages, of the sectors the earlier
probes had least of: C D E G I J K L R) and `described_university_more` (30 universities' microcredentials and
continuing education in 30 languages, ECTS and cycles stated), and `occupational_safety` (38 titles: 28 generic
occupational-safety courses in 27 languages, M 1022 as GUIDE.md says, and ten others: construction site safety F,
security guards N 1032, electrical safety for installers F 0713, HACCP for cooks I 1022), and, written after the
health concept to find its other side, `subject_in_a_sector_read_languages` (27 titles in the read languages naming
a subject and the sector of its learners: project and quality management, data protection and accounting in health
care or hotels, Q or I by GUIDE.md's audience rule, the field the subject's). A medical
secretary's course is answered ISCED 0415 (what is taught), a computer course for seniors S (the seed's
`digital_seniors`), sign-language interpreting M (NACE 74.30), youth work Q 0922 (ISCED-F's "youth services"; the
model says P), HR management M (the model says N, as the seed's recruitment topic is), photography M (NACE 74.20; the
model says R), bicycle mechanics S (95.29; the model says G), teaching English as a foreign language 0114 (the model
says 0231), lean manufacturing C 0413 (the seed's `lean` topic; the model says 0722), metrology and quality control C
0715 (the model says M 0417), a boiler-room operator D (the model says F, as for boiler installers), occupational and
fire safety M (the guide's; the model says N), yoga, swimming and dance teachers R (NACE 93.13, 90.01; P 85.51 and
85.52 can be argued, and ISCED 0114 for a teacher's course), a wedding planner N 1015 (or S 96.09), a pottery workshop
R 0214 (or S, as a hobby), museum education R 0322 (or P 0111), veterinary assistants M 0841 (NACE 75; the model says
A or Q), payroll courses M 0411 (with "social security" the model says O), aircraft maintenance C 0716 in the 28th
session's sweeps
(NACE 33.16, as a validation listing is labelled) but H 0716 in the professions sweep, written earlier: each can be
argued.

Prints, per sweep, the listings whose sector is wrong, whose broad field (the ISCED-F's first two digits) is wrong,
and whose either is; for the probe also EQF (within one level) and hours (within 20 %). `--show` lists the misses
with what the glossary made of each title. Some answers can be argued (a ski school is P 85.51 as much as R; a
joiner's course C 0722 as much as F 0732): the figures are for comparing models and glossaries, not a test set.
The language is given to the model, as a harvester that kept it would.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import mcclassify  # noqa: E402
from mcclassify.gloss import gloss_pair  # noqa: E402


SWEEPS = ROOT / "bench" / "data" / "title_sweeps.jsonl"


def load_sweeps(path: Path | str = SWEEPS) -> list[dict]:
    """The sweeps' titles, one dict per line of ``path`` (sweep, id, language, title, description, answers)."""
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None, help="model directory (default: the shipped model)")
    ap.add_argument("--data", default=str(SWEEPS))
    ap.add_argument("--sweep", nargs="*", default=None, help="only these sweeps")
    ap.add_argument("--show", action="store_true", help="list the misses")
    args = ap.parse_args()

    rows = load_sweeps(args.data)
    if args.sweep:
        wanted = set(args.sweep)
        rows = [r for r in rows if r["sweep"] in wanted]
    kw = {"model": args.model} if args.model else {}
    recs = mcclassify.predict([{"title": r["title"], "description": r["description"], "language": r["language"]}
                               for r in rows], **kw)
    tally: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r, rec in zip(rows, recs):
        t = tally[r["sweep"]]
        sector_ok = rec["sector"]["code"] == r["sector"]
        # (a listing answered with a sector alone counts its field as right)
        broad_ok = r["field"] is None or (rec["field"]["code"] or "")[:2] == r["field"][:2]
        t["n"] += 1
        t["sector"] += not sector_ok
        t["broad"] += not broad_ok
        t["either"] += not (sector_ok and broad_ok)
        if r.get("eqf") is not None:
            q = rec["level"]["eqf"]
            t["eqf"] += not (q is not None and abs(q - r["eqf"]) <= 1)
            t["eqf_n"] += 1
        if r.get("hours") is not None:
            h = rec["workload"]["hours"]
            t["hours"] += not (h is not None and abs(h - r["hours"]) <= 0.2 * r["hours"])
            t["hours_n"] += 1
        if args.show and not (sector_ok and broad_ok):
            glossed = gloss_pair(r["title"], r["title"], r["language"])[1]
            print(f"  {r['id']:40} {r['language']:3} {rec['sector']['code']} {rec['field']['code']} "
                  f"(answer {r['sector']} {r['field']}) | {r['title'][:50]} | {glossed[:60]}")
    print(f"{'sweep':32} {'n':>4}  wrong: sector / broad / either   (probe: EQF, hours)")
    total = defaultdict(int)
    for name, t in tally.items():
        extra = f"   EQF {t['eqf']} of {t['eqf_n']}, hours {t['hours']} of {t['hours_n']}" if t["eqf_n"] else ""
        print(f"{name:32} {t['n']:4}  {t['sector']:4} / {t['broad']:4} / {t['either']:4}{extra}")
        for k in ("n", "sector", "broad", "either"):
            total[k] += t[k]
    print(f"{'all':32} {total['n']:4}  {total['sector']:4} / {total['broad']:4} / {total['either']:4}")


if __name__ == "__main__":
    main()
