"""How much surface changes move what the model says a listing is.

    python bench/surface.py [--model DIR] [--n 200] [--listings bench/data/probe_listings.jsonl]

Takes n fresh-topic listings (title and description; a fixed sample) and, for each change below, counts
the listings whose sector, field, first skill area, EQF level, workload hours (predicted where none are
stated, so they move with the text) or mode changes: a year after the title, a "Next start" line, a
provider field, the title in capitals, "NEW: " before the title, "Online course: " before it, a site's
name after it, a job ad's gender marker, a price, a copy mark and a running number after it, emoji
around it, bullets before the description's lines, the description as HTML, a breadcrumb before the
description ("Home > Courses > "), a line on public funding, a contact line, a rating with learner
counts, the course's language and subtitles, a course code, a site's menu, a footer, a venue, shop
buttons and badges, an instructor's name, letters as HTML character references, mojibake (UTF-8 read as
Windows-1252), the title and description fields named in another language, the listing wrapped in an
object (JSON:API's "attributes"), other courses the page links to, a newsletter box, a cancellation
line, a group discount, lunch and parking, a brochure link, an accessibility line, an about-us block (on its own lines, run into the text's
last line, or before a section's label on the next line), a teacher's own profession, a provider's slogan, another run's dates, an approval by a
ministry, what other learners viewed, the provider's job ads and partners, a
venue without steps (German), a sentence saying where the course is held ("The course is held at St Thomas'
Hospital"), an app or a catalogue to download, opening hours, an invitation to ask, a gift voucher, a review,
places left, "Read more" and print links, a session's schedule,
the date the page was updated, a deadline to register, the time of day, section labels alone, legal links, a
FAQ line, a VAT note, a minimum of participants, hygiene rules, Wi-Fi, a contact line with a phone number,
a laptop to bring, "Certificate: Yes", "Prerequisites: none", a delivery-format line ("Format: Präsenz",
whose mode changes, as it should), a "Stand:" date, a photo credit, a link to all dates, an offer of advice, a
call to ask for a quote, dates on request, payment by invoice, a star rating, an organiser label, the
provider's certification, free entry for members, course materials included, an in-house option and a line that only names the credential
("Teilnahmebescheinigung"), a room and floor; and in the title: quotes around it, "[Online] " before
it, a module's or part's number after it, "Crash course: ", "2-tägiges Seminar: ", "Copy of ", "Webinaire –
" before it, a registered mark, dates and a bracketed price after it, and course words of more languages
before it ("Ausbildung: ", "Koulutus: ", "Курс: ", "Programme: ") or a mode ("E-Learning: "); credential words
before it ("Certificate in ", "Level 3 Award in ", "Zertifikatslehrgang ", "Microcredential: "), which may move
the level (a stated "Level 3" does) but not the subject; how hard the course is (" for beginners", " für Anfänger",
"Advanced ", "Introduction to "), which may move the level but not the subject; and harvest formats: the title again
as the description's first line or markdown heading, markdown bold, spaces doubled or no-break, line breaks escaped
as "\\n", zero-width spaces; fields a harvester keeps (a location, a price, a start date, a trainer, a contact, the
harvest's source and time, a field of furniture alone, "none", or "anyone"); the title as JSON escapes, the text as a
Python bytes' repr, the description twice or beside a summary that says it again, its line breaks closed up, no title
field, all fields as labelled lines of one text, a site's or organisation's name before the title, a site's address, a
course number, a bracketed code and a city with dates around it, a breadcrumb to a generic crumb, a details table
without colons, the title and text as lists of strings, the record as JSON text, HTML escaped once more, and a
language field of English on listings in other languages; letters and their accents as separate characters
(NFD), " - SOLD OUT" after the title, an about-us sentence before the description, a review signed with an initial,
a form's consent, a group's minimum and maximum, a breadcrumb or a city before the title, the title said twice, as its
slug, in lower case, or only as the page's address; the title and the description swapped, a summary "nan",
wrapped at 45 characters, a whole page's HTML, a markdown details table, page builders' shortcodes, numbered lines, a
calendar week or an ISO date after the title, a catalogue's heading, a tag manager's script kept as text, a catalogue's
code before the title, an organisation after it, non-breaking hyphens.
None of these says anything about what a course is, so a
robust model changes few. `--listings` takes another file instead: `bench/data/probe_listings.jsonl` holds 76
listings the project wrote in the style of real pages (VET, company and university offers in 27 languages),
whose descriptions name their subject in their own words, as real ones do (the fresh-topic descriptions are
generic).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import textwrap
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from mcclassify.model import Classifier  # noqa: E402

def _mojibake(text: str) -> str:
    """UTF-8 read as Windows-1252 ("Prüfung" -> "PrÃ¼fung")."""
    return "".join(bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
                   for b in text.encode("utf-8"))


def with_title(before: str = "", after: str = ""):
    """A change that writes something before or after the title."""
    return lambda it: {**it, "title": before + it["title"] + after}


def with_line(text: str):
    """A change that adds a line (or lines) after the description."""
    return lambda it: {**it, "description": it["description"] + "\n" + text}


CHANGES = {
    "year after the title": lambda it: {**it, "title": it["title"] + " 2027"},
    "'Next start' line": with_line("Next start: 14 March"),
    "provider field": lambda it: {**it, "provider": "Training Solutions Ltd"},
    "title in capitals": lambda it: {**it, "title": it["title"].upper()},
    "'NEW: ' before the title": lambda it: {**it, "title": "NEW: " + it["title"]},
    "site name after the title": lambda it: {**it, "title": it["title"] + " | Training Solutions Ltd"},
    "'Online course: ' before": lambda it: {**it, "title": "Online course: " + it["title"]},
    "' - Berlin' after the title": lambda it: {**it, "title": it["title"] + " - Berlin"},
    "a gender marker (m/w/d)": lambda it: {**it, "title": it["title"] + " (m/w/d)"},
    "a price after the title": lambda it: {**it, "title": it["title"] + " ab 490 €"},
    "a copy mark, a number": lambda it: {**it, "title": it["title"] + " (Kopie) #3"},
    "emoji around the title": lambda it: {**it, "title": "\U0001F525 " + it["title"] + " \U0001F525"},
    "bullets before the lines": lambda it: {**it, "description": "\u2022 " + it["description"].replace("\n", "\n\u2022 ")},
    "description as HTML": lambda it: {**it, "description": "<div><p>" + it["description"].replace("\n", "</p><p>") + "</p></div>"},
    "breadcrumb before the text": lambda it: {**it, "description": "Home > Courses > " + it["description"]},
    "a funding line": with_line("Funding available: eligible for the training voucher."),
    "a contact line": with_line("Contact: info@training-solutions.eu, +49 30 1234567"),
    "ratings and learners": lambda it: {**it, "description": "4.7 (1,284 ratings) 12,345 students\n" + it["description"]},
    "a course-language line": with_line("Language: English. Subtitles: English, French"),
    "a course code": lambda it: {**it, "description": "Course code: TR-2041\n" + it["description"]},
    "a site's menu": lambda it: {**it, "description": "Home | About us | Courses | Blog | Contact | Login\n" + it["description"]},
    "a footer": with_line("\u00a9 2026 ACME Training. All rights reserved."),
    "a venue line": with_line("Venue: Hamburg, Germany"),
    "shop buttons": with_line("Add to cart | Add to wishlist"),
    "a shop's badges": lambda it: {**it, "description": "Bestseller | Most popular\n" + it["description"]},
    "an instructor line": with_line("Instructor: Dr. Maria Rossi"),
    # letters as character references (an older site's HTML), and UTF-8 decoded as Windows-1252 on the way
    "letters as HTML references": lambda it: {k: v.encode("ascii", "xmlcharrefreplace").decode() for k, v in it.items()},
    "mojibake": lambda it: {k: _mojibake(v) for k, v in it.items()},
    # field names a harvester kept from a site in another language
    "fields named in German": lambda it: {"Bezeichnung": it["title"], "Kursbeschreibung": it["description"]},
    "fields named in Polish": lambda it: {"nazwa szkolenia": it["title"], "opis": it["description"]},
    "fields named in Czech": lambda it: {"název kurzu": it["title"], "popis": it["description"]},
    "fields named in French": lambda it: {"intitulé": it["title"], "descriptif": it["description"]},
    "listing wrapped in an object": lambda it: {"id": 1, "attributes": dict(it)},
    # other courses the page links to, a newsletter box, a review
    "related courses": with_line("Related courses: Excel for beginners | Forklift "
                                 "truck training | First aid at work"),
    "'you may also like' (de)": with_line("Das könnte Sie auch interessieren:\n"
                                          "Buchhaltung Grundkurs\nSchweißen MAG\nErste Hilfe"),
    "a newsletter box": with_line("Subscribe to our newsletter and get 10% off "
                                  "your first course!"),
    # lines on how the course is run or sold (found by a probe on 2026-12-01)
    "a cancellation line": with_line("Cancellation policy: free of charge up to "
                                     "14 days before the start."),
    "a group discount": with_line("Group discount: 10% for 3 or more participants."),
    "lunch and parking": with_line("Lunch and coffee breaks included. Free parking."),
    "a brochure link": with_line("Download brochure (PDF, 1.2 MB)"),
    "an accessibility line": with_line("The venue is wheelchair accessible."),
    "an about-us block": with_line("About us\nACME Training has trained over "
                                   "50,000 professionals since 1990. Our certified trainers bring years of practical experience."),
    # ... and run into the text, as harvesters that drop line breaks leave it
    "about us run in after": lambda it: {**it, "description": it["description"] + " About us: ACME Training has "
                                         "trained over 50,000 professionals since 1990 in IT, health care, finance "
                                         "and languages."},
    "about us before a label": lambda it: {**it, "description": "About us: ACME Training has trained over 50,000 "
                                           "professionals since 1990 in IT, health care, finance and languages.\n"
                                           "Description:\n" + it["description"]},
    "a teacher's profession": with_line("Your trainer: Dr Anna Miller is a psychologist and has 20 years of "
                                        "experience in hospital management and nursing."),
    # (2026-12-05) a provider's slogan, another run's dates, an approval by a ministry, what other learners viewed
    "a provider's slogan": with_line("ACME Akademie – Ihr Partner für Weiterbildung in IT, Pflege, Finanzen und Sprachen."),
    "other dates": with_line("Further dates: 12.05.2027 in Hamburg, 18.09.2027 in München."),
    "an approval": with_line("Approved by the Ministry of Labour and Social Affairs."),
    "learners also viewed": with_line("Learners who viewed this course also viewed: Nursing basics, Python for "
                                      "beginners, Bookkeeping."),
    "a job ad": with_line("Stellenangebote: Wir suchen Trainer (m/w/d) für IT, Pflege und Buchhaltung."),
    "the provider's partners": with_line("Unsere Partner: Microsoft, Cisco, SAP, AOK, Deutsche Bahn"),
    "a venue without steps (de)": with_line("Der Schulungsraum ist barrierefrei erreichbar."),
    # (2026-12-06) where the course is held, in a sentence
    "a venue sentence (en)": with_line("The course is held at St Thomas' Hospital, London."),
    "a venue sentence (de)": with_line("Die Schulung findet in den Räumen des Universitätsklinikums Freiburg statt."),
    "an app to download": with_line("Laden Sie unsere App herunter: App Store | Google Play"),
    "a catalogue to download (fr)": with_line("Télécharger notre catalogue de formations 2027 (PDF)"),
    "opening hours": with_line("Öffnungszeiten: Mo-Fr 8-18 Uhr, Sa 9-13 Uhr"),
    "'Questions? Call us'": with_line("Questions? Call us or write to us, we are "
                                      "happy to help."),
    "a gift voucher": with_line("Also available as a gift voucher."),
    "a review": with_line("\u201cGreat trainer, very practical!\u201d \u2013 Anna, "
                          "nurse"),
    "places left": with_line("Only 3 places left!"),
    "'Read more' links": with_line("Read more\nPrint this page | Download PDF"),
    "a schedule line": with_line("Mo, 12.03.2027, 09:00–16:00 Uhr"),
    "a last-updated line": with_line("Last updated: 12/03/2026"),
    "a byline": with_line("Published by Training Academy Ltd on 12 March 2026"),
    "a price after its amount": with_line("1.890 € zzgl. MwSt."),
    "instalments": with_line("Payment in instalments possible."),
    "a class size": with_line("Teilnehmerzahl: max. 12"),
    "public transport": with_line("Easy to reach by public transport."),
    "a generic category": with_line("Category: Professional development"),
    "generic hashtags": with_line("#training #career #skills"),
    # more page furniture (ninth session, gloss rule 12)
    "a deadline to register": with_line("Anmeldeschluss: 01.03.2027"),
    "the time of day": with_line("Zeit: 9:00-16:00 Uhr"),
    "section labels alone": with_line("Inhalte:\nLernziele:\nZielgruppe:"),
    "legal links": with_line("Impressum | Datenschutz | AGB"),
    "a FAQ line": with_line("FAQ: How do I register? What happens if I cancel?"),
    "a VAT note": with_line("Alle Preise zzgl. 19 % MwSt."),
    "a minimum of participants": with_line("Der Kurs findet ab 6 Teilnehmenden statt."),
    "hygiene rules": with_line("Es gelten die aktuellen Hygieneregeln."),
    "Wi-Fi and coffee": with_line("Free Wi-Fi and coffee included."),
    "a contact line with a phone": with_line("Kontakt: tel. 22 123 45 67, biuro@example.pl"),
    "bring a laptop": with_line("Please bring your own laptop."),
    "'Certificate: Yes'": with_line("Certificate: Yes"),
    "'Prerequisites: none'": with_line("Prerequisites: none"),
    "a delivery-format line": with_line("Format: Präsenz"),
    "a 'Stand:' date": with_line("Stand: 03/2027"),
    "a photo credit": with_line("Photo: Shutterstock"),
    "a link to all dates": with_line("Alle Termine anzeigen"),
    "an offer of advice": with_line("Sie haben Fragen? Wir beraten Sie gern."),
    "a call to ask for a quote": with_line("Demandez un devis"),
    "dates on request": with_line("Termine auf Anfrage"),
    "payment by invoice": with_line("Zahlung per Rechnung"),
    "a star rating": with_line("4,8 von 5 Sternen (36 Bewertungen)"),
    "an organiser label": with_line("Veranstalter: ACME Akademie GmbH"),
    "the provider's certification": with_line("Unser Bildungsinstitut ist nach ISO 9001 zertifiziert."),
    "free for members": with_line("Die Teilnahme ist für Mitglieder kostenlos."),
    "course materials included": with_line("Seminarunterlagen sind im Preis enthalten."),
    "also as an in-house course": with_line("Auch als Inhouse-Seminar buchbar."),
    "a credential line alone": with_line("Teilnahmebescheinigung"),
    "a room and floor": with_line("Raum 2.14, 2. OG"),
    # a title's own furniture (ninth session): each changed the sector of 7 to 25 of the 76 probe listings
    "quotes around the title": with_title("„", "“"),
    "'[Online] ' before the title": with_title("[Online] "),
    "' – Modul 1 von 3' after it": with_title(after=" – Modul 1 von 3"),
    "', Teil 2' after it": with_title(after=", Teil 2"),
    "'Crash course: ' before it": with_title("Crash course: "),
    "'2-tägiges Seminar: ' before": with_title("2-tägiges Seminar: "),
    "'Copy of ' before it": with_title("Copy of "),
    "'Webinaire – ' before it": with_title("Webinaire – "),
    "a registered mark": with_title(after="®"),
    "dates after the title": with_title(after=" (12.03.–14.03.2027)"),
    "a price in brackets after it": with_title(after=" (490 €)"),
    "'Ausbildung: ' before it": with_title("Ausbildung: "),
    "'Koulutus: ' before it": with_title("Koulutus: "),
    "'Курс: ' before it": with_title("Курс: "),
    "'E-Learning: ' before it": with_title("E-Learning: "),
    "'Programme: ' before it": with_title("Programme: "),
    # credential words before the subject (tenth session): the title's embedding goes without them, the whole
    # text keeps them, so the level may move (a stated "Level 3" does) and the rest should not
    "'Certificate in ' before it": with_title("Certificate in "),
    "'Diploma in ' before it": with_title("Diploma in "),
    "'Level 3 Award in ' before it": with_title("Level 3 Award in "),
    "'Professional Certificate in '": with_title("Professional Certificate in "),
    "'Zertifikatslehrgang ' before it": with_title("Zertifikatslehrgang "),
    "'Microcredential: ' before it": with_title("Microcredential: "),
    "'Certificat universitaire en '": with_title("Certificat universitaire en "),
    "'Certificado: ' before it": with_title("Certificado: "),
    "'Mikrocertifikát: ' before it": with_title("Mikrocertifikát: "),
    # how hard the course is (fourteenth session, gloss rule 18): the title's embedding goes without it, the rules
    # still read it as the provider's level, so only the EQF level may move
    "' for beginners' after it": with_title(after=" for beginners"),
    "' für Anfänger' after it": with_title(after=" für Anfänger"),
    "' pour débutants' after it": with_title(after=" pour débutants"),
    "' – Grundkurs' after it": with_title(after=" – Grundkurs"),
    "' (intermediate)' after it": with_title(after=" (intermediate)"),
    "'Advanced ' before it": with_title("Advanced "),
    "'Introduction to ' before it": with_title("Introduction to "),
    # harvest formats (2026-12-06: on all 1,152 fresh-topic listings these had moved 13-39 sectors, and the doubled
    # or no-break spaces the workload of 137)
    "the title again before the text": lambda it: {**it, "description": it["title"] + "\n" + it["description"]},
    "the title as a markdown heading": lambda it: {**it, "description": "## " + it["title"] + "\n\n" + it["description"]},
    "markdown bold": lambda it: {**it, "description": "**" + it["description"].replace(". ", ".** ", 1)},
    "spaces doubled": lambda it: {k: v.replace(" ", "  ") for k, v in it.items()},
    "no-break spaces": lambda it: {k: v.replace(" ", "\u00a0") for k, v in it.items()},
    "line breaks escaped": lambda it: {**it, "description": it["description"].replace("\n", "\\n")},
    "zero-width spaces": lambda it: {**it, "description": it["description"].replace(". ", ".\u200b ")},
    # fields a harvester keeps beside the title and description (2026-12-06: on all 1,152 fresh-topic listings each
    # had moved the sector of 27-40, when every field but an id, a URL and the provider was embedded)
    "a location field": lambda it: {**it, "location": "Hamburg"},
    "a price field": lambda it: {**it, "price": "490,00 EUR"},
    "a start-date field": lambda it: {**it, "start_date": "2027-03-12"},
    "a trainer field": lambda it: {**it, "trainer": "Dr. Maria Huber"},
    "a contact field": lambda it: {**it, "contact": "info@acme.de, +49 40 123456"},
    "the harvest's fields": lambda it: {**it, "source": "acme-akademie.de", "scraped_at": "2026-11-02T10:00:00Z"},
    "a notes field of furniture": lambda it: {**it, "notes": "Bitte Laptop mitbringen"},
    "'prerequisites': 'none'": lambda it: {**it, "prerequisites": "none"},
    "'target_group': anyone": lambda it: {**it, "target_group": "Alle Interessierten"},
    # more harvest formats (2026-12-06, on all 1,152 fresh-topic listings, sectors moved before: titles as JSON escapes
    # 271, as a bytes' repr 42, the description twice 38, closed up to one line 30, a site's name before the title 83)
    "the title as JSON escapes": lambda it: {**it, "title": json.dumps(it["title"])[1:-1]},
    "the text as a bytes' repr": lambda it: {**it, "description": str(it["description"].encode("utf-8"))},
    "the description twice": lambda it: {**it, "description": it["description"] + "\n" + it["description"]},
    "a summary as the description": lambda it: {**it, "summary": it["description"]},
    "line breaks closed up": lambda it: {**it, "description": " ".join(it["description"].split())},
    "no title field": lambda it: {"description": it["title"] + "\n" + it["description"]},
    "fields as labels in one text": lambda it: {"text": "Titel: " + it["title"] + "\nBeschreibung: " + it["description"]},
    "'ACME Akademie: ' before it": with_title("ACME Akademie: "),
    "' - acme-training.eu' after it": with_title(after=" - acme-training.eu"),
    "' (Nr. 27-0412)' after it": with_title(after=" (Nr. 27-0412)"),
    "'[KS-2041] ' before it": with_title("[KS-2041] "),
    "' – Hamburg, 12.–14.03.2027' after": with_title(after=" – Hamburg, 12.–14.03.2027"),
    "'Start / Angebote / ...' line": lambda it: {**it, "description": "Start / Angebote / Weiterbildung\n" + it["description"]},
    "a details table": lambda it: {**it, "description": it["description"] + "<table><tr><td>Ort</td><td>Hamburg</td></tr>"
                                   "<tr><td>Preis</td><td>490 €</td></tr><tr><td>Referent</td><td>Dr. Maria Huber</td></tr></table>"},
    "title and text as lists": lambda it: {"title": [it["title"]], "description": it["description"].split("\n")},
    "the record as JSON text": lambda it: {"data": json.dumps(it, ensure_ascii=False)},
    "HTML escaped once more": lambda it: {**it, "description": "&lt;p&gt;" + it["description"].replace("\n", "&lt;br&gt;")
                                          + "&lt;/p&gt;"},
    "'language': 'en'": lambda it: {**it, "language": "en"},
    # (2026-12-06) letters and their accents apart, a booking's state, a page's additions, titles as harvests write them
    "letters decomposed (NFD)": lambda it: {k: unicodedata.normalize("NFD", v) for k, v in it.items()},
    "' - SOLD OUT' after it": with_title(after=" - SOLD OUT"),
    "an about-us line first": lambda it: {**it, "description": "Über uns: Die ACME Akademie bietet seit 1995 berufliche "
                                          "Weiterbildung für Unternehmen an.\n" + it["description"]},
    "a review signed 'Maria K.'": lambda it: {**it, "description": it["description"]
                                              + "\n„Sehr praxisnaher Kurs, ich habe viel gelernt!“ – Maria K."},
    "a form's consent": lambda it: {**it, "description": it["description"] + "\nMit dem Absenden des Formulars akzeptieren "
                                    "Sie unsere AGB und Datenschutzbestimmungen."},
    "a group's minimum and maximum": lambda it: {**it, "description": it["description"]
                                                 + "\nMindestens 6, höchstens 12 Teilnehmende."},
    "'Kurse > Weiterbildung > ' before": with_title("Kurse > Weiterbildung > "),
    "'Hamburg: ' before it": with_title("Hamburg: "),
    "the title said twice": lambda it: {**it, "title": it["title"] + " - " + it["title"]},
    "the title as its slug": lambda it: {**it, "title": re.sub(r"[^\w]+", "-", it["title"].lower()).strip("-")},
    "no title, its page's address": lambda it: {"description": it["description"], "url": "https://acme.eu/kurse/"
                                                + re.sub(r"[^\w]+", "-", it["title"].lower()).strip("-")},
    "the title in lower case": lambda it: {**it, "title": it["title"].lower()},
    "title and description swapped": lambda it: {"title": it["description"], "description": it["title"]},
    "'summary': 'nan', 'subtitle': 'null'": lambda it: {**it, "summary": "nan", "subtitle": "null"},
    "wrapped at 45 characters": lambda it: {**it, "description": wrapped(it["description"], 45)},
    "a whole page's HTML": lambda it: {**it, "description": "<html><head><title>" + it["title"] + " | ACME</title></head>"
                                       "<body><nav><a>Home</a> <a>Kurse</a></nav><p>" + it["description"].replace("\n", "</p><p>")
                                       + "</p><footer>© 2026 ACME · <a>Impressum</a></footer></body></html>"},
    "a markdown details table": lambda it: {**it, "description": it["description"] + "\n| | |\n|---|---|\n| Ort | Hamburg |"
                                            "\n| Preis | 490 € |\n| Referent | Dr. Maria Huber |"},
    "page builder shortcodes": lambda it: {**it, "description": "[vc_row][vc_column]" + it["description"] + "[/vc_column][/vc_row]"},
    "numbered lines": lambda it: {**it, "description": "\n".join(f"{i + 1}. " + line for i, line
                                                                  in enumerate(it["description"].split("\n")))},
    "' – KW 12/2027' after it": with_title(after=" – KW 12/2027"),
    "' (2027-03-12)' after it": with_title(after=" (2027-03-12)"),
    "a catalogue's heading first": lambda it: {**it, "description": "ACME Akademie – Programm 2027\n" + it["description"]},
    "a tag manager's script first": lambda it: {**it, "description": "window.dataLayer = window.dataLayer || []; function "
                                                "gtag(){dataLayer.push(arguments);} gtag('js', new Date());\n" + it["description"]},
    "'KS-2041 ' before it": with_title("KS-2041 "),
    "' bei der ACME Akademie' after": with_title(after=" bei der ACME Akademie"),
    "non-breaking hyphens": lambda it: {k: v.replace("-", "\u2011") for k, v in it.items()},
}


def wrapped(text: str, width: int) -> str:
    """``text`` with its lines broken at ``width`` characters, as a PDF's text breaks them (words whole)."""
    return "\n".join("\n".join(textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False))
                     for para in text.split("\n"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="default")
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--listings", help="a JSONL file of listings (title, description) to change instead of the "
                                       "fresh-topic sample, e.g. bench/data/probe_listings.jsonl")
    a = ap.parse_args()
    if a.listings:
        rows = [json.loads(line) for line in open(a.listings, encoding="utf-8") if line.strip()]
        base, what = [{"title": r["title"], "description": r["description"]} for r in rows], f"listings of {a.listings}"
    else:
        rows = [json.loads(line) for f in sorted((ROOT / "training_data/fresh_topics").glob("*.jsonl"))
                for line in open(f, encoding="utf-8")]
        random.seed(1)
        base, what = [{"title": r["title"], "description": r["description"]} for r in random.sample(rows, a.n)], "fresh-topic listings"
    clf = Classifier(model=a.model)
    before = clf.predict(base)
    print(f"{len(base)} {what}; listings whose answer changes (sector / field / first skill area / EQF / "
          "workload hours / mode)")
    for name, change in CHANGES.items():
        after = clf.predict([change(it) for it in base])
        n = [sum(x[k]["code"] != y[k]["code"] for x, y in zip(before, after)) for k in ("sector", "field")]
        n.append(sum(x["skill_areas"][0]["code"] != y["skill_areas"][0]["code"] for x, y in zip(before, after)))
        n.append(sum(x["level"]["eqf"] != y["level"]["eqf"] for x, y in zip(before, after)))
        n.append(sum(x["workload"]["hours"] != y["workload"]["hours"] for x, y in zip(before, after)))
        n.append(sum(x["mode"] != y["mode"] for x, y in zip(before, after)))
        print(f"  {name:26s} " + " / ".join(f"{v:3d}" for v in n))


if __name__ == "__main__":
    main()
