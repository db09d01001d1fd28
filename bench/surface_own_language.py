"""How much a page's sentences in the listing's own language move what the model says.

    python bench/surface_own_language.py [--model DIR]

`bench/surface.py` appends lines in English (and a few in German or French) to a sample of fresh-topic listings
in every language; an English line after a Hungarian text moves the detected language, so for most languages it
measures something else. This bench appends each line below, written in one language, to every fresh-topic listing
of that language (70-82 listings each) and counts the listings whose sector, field, first skill area, EQF level or
workload hours change. Each line says where a course is held, who runs it with whom, who pays for it, how it is
taught, who teaches it, what a past learner thought of it, what the provider is and where it is, what it has won
or what else it offers, what a learner's computer needs, what cancelling costs, how the learner's data are kept:
nothing of what the course is, so a robust model changes none.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from mcclassify.model import Classifier  # noqa: E402

LINES = [
    # where the course is held (2026-12-06: before the venue sentences were furniture, 1-14 sectors, 3-18 fields and
    # up to 38 EQF levels of a language's listings moved)
    ("de", "Der Kurs findet im Hotel Maritim in Köln statt."),
    ("de", "Die Schulung findet in den Räumen des Universitätsklinikums Freiburg statt."),
    ("fr", "La formation a lieu au CHU de Nantes."),
    ("es", "El curso se celebra en el Hospital Universitario La Paz."),
    ("it", "Il corso si terrà presso l'Università di Bologna."),
    ("nl", "De cursus wordt gegeven in het UMC Utrecht."),
    ("pl", "Zajęcia odbywają się w Szpitalu Uniwersyteckim w Krakowie."),
    ("pt", "A formação decorre no Hotel Tivoli, em Lisboa."),
    ("sv", "Kursen hålls på Karolinska sjukhuset."),
    ("fi", "Koulutus järjestetään Tampereen yliopistollisen sairaalan tiloissa."),
    ("cs", "Kurz se koná v učebně Fakultní nemocnice Brno."),
    ("el", "Το πρόγραμμα υλοποιείται στο Πανεπιστήμιο Πειραιά."),
    ("hu", "A képzés a budapesti Hotel Hungariaban zajlik."),
    ("ro", "Cursul se desfășoară la Hotel Intercontinental București."),
    ("da", "Kurset afholdes på Hotel Comwell i Kolding."),
    ("en", "The course is held at St Thomas' Hospital, London."),
    # who runs it, and with whom
    ("de", "Veranstalter ist die IHK München und Oberbayern."),
    ("pt", "Curso organizado pela Ordem dos Enfermeiros em parceria com a Câmara Municipal de Lisboa."),
    ("cs", "Kurz pořádá Hospodářská komora ČR ve spolupráci s Českou lékařskou komorou."),
    ("ro", "Cursul este organizat în parteneriat cu Colegiul Medicilor din România."),
    ("it", "Il corso è organizzato da Confartigianato in collaborazione con l'ASL di Bergamo."),
    ("fi", "Koulutuksen järjestää Helsingin kauppakamari yhteistyössä Sairaanhoitajaliiton kanssa."),
    # who pays, and the provider's standing
    ("de", "Dieses Seminar ist in Rheinland-Pfalz als Bildungsfreistellung anerkannt."),
    ("da", "Du kan søge SVU (Statens Voksenuddannelsesstøtte) til kurset."),
    ("pl", "Szkolenie można sfinansować z Krajowego Funduszu Szkoleniowego (KFS)."),
    ("nl", "Deze opleiding is geaccrediteerd door het CRKBO en vrijgesteld van btw."),
    ("fi", "Koulutus on osallistujille maksuton ja sen rahoittaa Euroopan sosiaalirahasto."),
    ("es", "Formación 100% bonificable a través de FUNDAE para trabajadores del Régimen General."),
    ("hu", "A képzés az Európai Szociális Alap támogatásával valósul meg."),
    # a past learner's review after its label
    ("fr", "Avis des participants : « Formation très concrète, formateur passionnant. » – Julie, infirmière"),
    ("es", "Opiniones: «Muy recomendable, el profesor explica muy bien.» – Carlos, electricista"),
    ("it", "Dicono di noi: «Corso utilissimo, docente preparatissimo.» – Marco, avvocato"),
    ("pl", "Opinie uczestników: „Świetne szkolenie, polecam!” – Anna, księgowa"),
    # how it is taught, a call to follow, companies only, tax, an ID to bring, the exam's fee, an entitlement
    ("de", "Methoden: Vortrag, Gruppenarbeit, Rollenspiele und Fallbeispiele aus der Praxis."),
    ("es", "Metodología: exposiciones teóricas, dinámicas de grupo y estudio de casos."),
    ("nl", "Werkvormen: presentaties, groepsopdrachten, rollenspellen en casuïstiek."),
    ("fr", "Suivez-nous sur Facebook et LinkedIn."),
    ("de", "Dieses Angebot richtet sich ausschließlich an Unternehmen (B2B)."),
    ("fr", "Les frais de formation sont déductibles des impôts."),
    ("en", "Please bring photo ID on the day."),
    ("it", "La quota di iscrizione all'esame non è inclusa."),
    ("fi", "Koulutus on tarkoitettu työttömille työnhakijoille ja se on osallistujille maksuton."),
    ("da", "Kurset er gratis for ledige med ret til 6 ugers jobrettet uddannelse."),
    # the provider describing itself, and its other courses
    ("de", "Die ACME Akademie ist seit 1990 ein führender Anbieter von Weiterbildungen in Pflege, IT, Handwerk und Management."),
    ("fr", "ACME Formation est un organisme spécialisé dans la formation en santé, informatique, BTP et management depuis 1995."),
    ("pl", "ACME Szkolenia to wiodąca firma szkoleniowa w obszarach medycyny, IT, budownictwa i zarządzania."),
    ("fi", "ACME Koulutus on johtava koulutusyritys, joka järjestää koulutuksia terveydenhuollon, IT:n, rakentamisen ja johtamisen aloilla."),
    ("hu", "Az ACME Képzési Központ vezető felnőttképzési intézmény az egészségügy, az informatika, az építőipar és a menedzsment területén."),
    ("el", "Η ACME Κατάρτιση είναι κορυφαίος πάροχος εκπαίδευσης στους τομείς υγείας, πληροφορικής, κατασκευών και διοίκησης."),
    ("en", "See also our courses in first aid, fire safety and manual handling."),
    ("fr", "Découvrez aussi nos formations en bureautique, comptabilité et langues."),
    # a teacher's biography without a label, an award, the learners trained
    ("de", "Anna Müller ist Diplom-Psychologin und arbeitet seit 20 Jahren als Coach für Führungskräfte im Krankenhaus."),
    ("fr", "Marie Dupont est infirmière et formatrice en soins palliatifs depuis 15 ans."),
    ("it", "Marco Rossi è avvocato e docente universitario di diritto commerciale."),
    ("cs", "Jan Novák je certifikovaný účetní a daňový poradce."),
    ("es", "Premio a la mejor empresa de formación 2024."),
    ("en", "Join over 50,000 professionals who have trained with us."),
    ("pl", "Przeszkoliliśmy już ponad 10 000 osób z całej Polski."),
    # a postal address, a certification body, a partner label
    ("de", "ACME Akademie GmbH, Musterstraße 12, 80331 München"),
    ("it", "ACME Formazione, Via Roma 10, 20121 Milano"),
    ("nl", "ACME Opleidingen, Stationsplein 1, 3511 ED Utrecht"),
    ("it", "Al termine viene rilasciato un certificato di Bureau Veritas."),
    ("cs", "Partner kurzu: Všeobecná zdravotní pojišťovna"),
    ("de", "Kooperationspartner: Deutsche Rentenversicherung Bund"),
    # rooms at a hotel, parking, changes reserved
    ("de", "Ein Zimmerkontingent ist im Tagungshotel reserviert."),
    ("fr", "Possibilité d'hébergement à l'hôtel partenaire à tarif préférentiel."),
    ("it", "Possibilità di pernottamento presso hotel convenzionati."),
    ("pl", "Istnieje możliwość rezerwacji noclegu w hotelu."),
    ("de", "Parkplätze sind ausreichend vorhanden."),
    # what a learner's computer needs, cancelling, a recording, a discount, paying in instalments, a minimum of learners
    # (2026-12-06: before, 6-13 sectors and 10-16 fields per line moved)
    ("cs", "Pro účast potřebujete počítač s webkamerou a stabilní připojení k internetu."),
    ("fi", "Osallistuminen edellyttää tietokonetta, jossa on kamera, mikrofoni ja vakaa internetyhteys."),
    ("el", "Απαιτείται υπολογιστής με κάμερα, μικρόφωνο και σταθερή σύνδεση στο διαδίκτυο."),
    ("sv", "Du behöver en dator med kamera, mikrofon och stabil internetuppkoppling."),
    ("da", "Du skal medbringe din egen bærbare computer."),
    ("de", "Stornierung: Bis 14 Tage vor Kursbeginn kostenfrei, danach 50 % der Gebühr."),
    ("it", "Politica di cancellazione: rimborso totale fino a 10 giorni prima dell'inizio del corso."),
    ("en", "The recording will be available for 30 days after the live session."),
    ("fr", "Le replay est disponible pendant 30 jours."),
    ("es", "Descuento del 10% para grupos de 3 o más personas."),
    ("hu", "A képzés díja részletekben is fizethető."),
    ("it", "Il corso verrà attivato al raggiungimento di 8 iscritti."),
    # how to register, the certificate by e-mail, the language taught in, the learner's data, open to all, early booking
    # (2026-12-06: before, 2-16 sectors and 4-23 fields per line moved)
    ("de", "Die Anmeldung erfolgt online über unser Buchungsportal."),
    ("pt", "As inscrições são feitas através do formulário online."),
    ("fr", "L'attestation de formation vous sera envoyée par e-mail."),
    ("pl", "Szkolenie prowadzone jest w języku polskim."),
    ("cs", "Vaše osobní údaje zpracováváme v souladu s GDPR."),
    ("da", "Dine oplysninger behandles i henhold til GDPR."),
    ("nl", "Je gegevens worden verwerkt volgens de AVG."),
    ("de", "Offen für alle Interessierten."),
    ("it", "Sconto early booking fino al 31 gennaio."),
    ("es", "Añadir al calendario | Imprimir"),
    # the platform, small groups, a teacher's experience, the materials (2026-12-06: before, 1-8 sectors, 3-12 fields)
    ("nl", "De training vindt online plaats via Zoom."),
    ("it", "Le lezioni si svolgono in piccoli gruppi."),
    ("es", "Docentes con amplia experiencia profesional."),
    ("pl", "Materiały szkoleniowe w formie elektronicznej."),
    # childcare, slides afterwards, carbon offsetting, a welcome, another format (2026-12-06: before, 2-8 sectors and
    # 4-12 fields per line moved)
    ("de", "Kinderbetreuung während des Kurses möglich."),
    ("fr", "Nous compensons les émissions de CO2 de toutes nos formations."),
    ("es", "Las diapositivas se enviarán a los participantes tras la sesión."),
    ("de", "Wir freuen uns auf Ihre Teilnahme!"),
    ("de", "Auch als Online-Seminar buchbar."),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="default")
    a = ap.parse_args()
    by_lang = defaultdict(list)
    for f in sorted((ROOT / "training_data/fresh_topics").glob("*.jsonl")):
        for line in open(f, encoding="utf-8"):
            r = json.loads(line)
            by_lang[r["language"]].append({"title": r["title"], "description": r["description"], "language": r["language"]})
    clf = Classifier(model=a.model)
    before = {lang: clf.predict(by_lang[lang]) for lang in sorted({lang for lang, _ in LINES})}
    print("fresh-topic listings of the line's language whose answer changes (sector / field / first skill area / EQF / "
          "workload hours)")
    for lang, text in LINES:
        base = by_lang[lang]
        after = clf.predict([{**it, "description": it["description"] + "\n" + text} for it in base])
        n = [sum(x[k]["code"] != y[k]["code"] for x, y in zip(before[lang], after)) for k in ("sector", "field")]
        n.append(sum(x["skill_areas"][0]["code"] != y["skill_areas"][0]["code"] for x, y in zip(before[lang], after)))
        n.append(sum(x["level"]["eqf"] != y["level"]["eqf"] for x, y in zip(before[lang], after)))
        n.append(sum(x["workload"]["hours"] != y["workload"]["hours"] for x, y in zip(before[lang], after)))
        print(f"  {lang} {len(base):3d} {text[:62]:62s} " + " / ".join(f"{v:3d}" for v in n), flush=True)


if __name__ == "__main__":
    main()
