"""Workload extraction on realistic snippets written for these tests (not from validation)."""
import pytest

from mcclassify.extract.workload import extract_workload
from mcclassify.model import rules_record
from mcclassify.record import band_for_hours
from mcclassify.text import to_listing


def wl(text, lang, field="description"):
    return extract_workload([(field, text)], lang)


def assert_stated(text, lang, hours):
    w = wl(text, lang)
    assert w["source"] == "stated" and w["hours"] == pytest.approx(hours), w


CASES = [
    # (lang, snippet, hours, ects)
    # sessions described by one more word, before or after their noun
    ("en", "Five Saturday workshops of 3 hours.", 15, None),
    ("it", "8 incontri pomeridiani di 3 ore", 24, None),
    ("cs", "4 víkendová setkání po 5 hodinách", 20, None),
    ("hu", "5 szombat, alkalmanként 6 óra", 30, None),
    ("pt", "Duração: 6 semanas a tempo inteiro", 225, None),
    # Saturdays are days: 7.5 h unless their hours are given (clock times of at most 5 h are, as "de 9:00 a
    # 14:00" already were: whole hours with "h" after them read as clock times since the ninth session)
    ("ca", "2 dissabtes de 9 a 14 h", 10, None),
    ("ca", "2 dissabtes de 9 a 17 h", 15, None),
    ("en", "Three Saturdays, 6 hours a day", 18, None),
    # each day's or session's hours after a word for "each" or "every day" (probe of 2026-12-01)
    ("de", "4 Tage, jeweils 8 Stunden", 32, None),
    ("de", "4 Abende mit jeweils 3 Stunden", 12, None),
    ("de", "Präsenzseminar: 4 Tage (je 8 Std.)", 32, None),
    ("nl", "4 dagen van elk 8 uur", 32, None),
    ("lt", "Trukmė: 3 dienos po 6 valandas", 18, None),       # accusative after "po"
    ("lt", "5 užsiėmimai po 4 valandas", 20, None),
    ("et", "3 päeva, igal päeval 6 tundi", 18, None),
    ("sk", "3 dni, každý deň 6 hodín", 18, None),
    ("bg", "Курсът е 5 дни, всеки ден по 6 часа", 30, None),     # "every day" in every lexicon (2026-12-03)
    ("ro", "3 zile, în fiecare zi 6 ore", 18, None),
    ("de", "10 Wochen, jede Woche 3 Stunden", 30, None),           # and "every week"
    ("hr", "10 tjedana, svaki tjedan 3 sata", 30, None),
    ("bg", "двудневен курс", 15, None),
    ("de", "Dauer: 40 Stunden (jeweils dienstags)", 40, None),  # "jeweils" before no hours changes nothing
    # half a unit more ("e mezza", "y media", "et demie"), fractions as words, half-days with their hours
    ("it", "Durata: 2 ore e mezza", 2.5, None),
    ("es", "Duración: una hora y media", 1.5, None),
    ("fr", "Durée : 2 jours et demi", 18.75, None),
    ("ro", "Durata: 2 ore și jumătate", 2.5, None),
    ("it", "6 incontri da 2 ore e mezza", 15, None),
    ("de", "Dauer: eineinhalb Tage", 11.25, None),
    ("de", "zweieinhalb Stunden", 2.5, None),
    ("pl", "Szkolenie trwa półtora dnia", 11.25, None),
    ("hu", "másfél napos képzés", 11.25, None),
    ("fr", "2 demi-journées de 3 heures", 6, None),
    ("de", "3 halbe Tage à 4 Stunden", 12, None),
    ("uk", "10 занять по 2 години", 20, None),
    ("mk", "8 средби по 2 часа", 16, None),
    # hours and their minutes (probe of 2026-12-01, sixth session): the minutes were dropped or, written
    # like a clock time, the whole figure was
    ("en", "In this 1 hour and 30 minutes long project, you will", 1.5, None),
    ("en", "Video: 1 hr 45 min", 1.75, None),
    ("en", "Total length 5h 20m", 5 + 20 / 60, None),
    ("de", "Dauer: 1 Std. 30 Min.", 1.5, None),
    ("de", "1 Stunde und 30 Minuten", 1.5, None),
    ("es", "Duración: 1 hora y 30 minutos", 1.5, None),
    ("pl", "1 godz. 30 min", 1.5, None),
    ("pt", "2h30min de conteúdo", 2.5, None),
    ("fr", "Durée : 3 heures 30.", 3.5, None),
    ("fr", "Durée : 3h30", 3.5, None),               # a duration label before it
    ("fr", "Durée totale : 10h30 de formation", 10.5, None),
    ("it", "Durata: 2h30", 2.5, None),
    ("en", "6 hours 30 min per week for 4 weeks", 26, None),
    ("fr", "Durée : 1h30 par semaine pendant 10 semaines", 15, None),
    ("fr", "Accueil à 8h45, 2 jours", 15, None),      # a clock time stays one
    ("es", "2 horas 30 alumnos", 2, None),            # a count after the hours is not minutes
    # a deadline counted back from the start is not the course's length (test_deadlines_are_not_workload)
    ("en", "Cancel with 48 hours' notice. Course: 2 days.", 15, None),
    ("de", "Seminar: 3 Tage vor Ort in Hamburg", 22.5, None),   # "vor Ort" is on site
    ("nl", "Cursus van 3 dagen voor beginners", 22.5, None),    # "voor" is also "for"
    # found by a probe of 79 workload phrasings in 30 languages (2026-11-30)
    ("sv", "Tvådagarskurs i Göteborg", 15, None),
    # a named part stated beside the sessions or the weekly hours adds up; one "of which" does not
    ("en", "Four evening workshops of 3 hours and a supervised placement of 8 hours.", 20, None),
    ("en", "6 weeks, 4 hours per week, plus a 10-hour placement.", 34, None),
    ("de", "6 Abende à 3 Stunden, davon 4 Stunden Praxis.", 18, None),
    # continuing-education credits of the health professions are not ECTS
    ("it", "Corso FAD di 6 ore, 9 crediti ECM", 6, None),
    ("en", "Online module, 3 hours, 4 CME credits", 3, None),
    ("en", "Course length: 6 weeks, 3-5 h/week. Certificate included.", 24, None),
    ("en", "An intensive two-day programme for site supervisors.", 15, None),
    ("en", "This module carries 5 ECTS credits.", 137.5, 5),
    ("en", "Duration: 45 minutes", 0.75, None),
    ("en", "18 contact hours plus 12 hours of independent study", 30, None),
    ("de", "Seminardauer: 4 Tage, jeweils 9-16 Uhr", 30, None),
    ("de", "Kompaktkurs, zweitägig, im Schulungszentrum Linz", 15, None),
    ("de", "Dreitägiges Intensivtraining", 22.5, None),
    ("de", "Lernaufwand 3-5 Std./Woche, Laufzeit 10 Wochen", 40, None),
    ("de", "Umfang: 24 UE", 18, None),
    ("fr", "Durée : trois jours (21 heures)", 21, None),
    ("fr", "Module de 2,5 jours en présentiel", 18.75, None),
    ("es", "Duración: 30 horas lectivas", 30, None),
    ("es", "4 créditos ECTS, modalidad online", 110, 4),
    ("it", "Il corso dura 2 giorni", 15, None),
    ("it", "Insegnamento da 9 CFU", 247.5, 9),
    ("nl", "Duur: 1,5 dagen, incl. lunch", 11.25, None),
    ("nl", "Omvang 6 EC, niveau master", 165, 6),
    ("pl", "Czas trwania: 16 godzin dydaktycznych", 12, None),  # a teaching hour is 45 minutes (GUIDE.md)
    ("pl", "Szkolenie trzydniowe", 22.5, None),
    ("pt", "Carga horária total: 50 horas", 50, None),
    ("sv", "Kursen omfattar 7,5 hp", 206.25, 7.5),
    ("fi", "Laajuus 3 op, verkossa", 82.5, 3),
    ("fi", "Kaksipäiväinen koulutus", 15, None),
    ("da", "Kurset varer 3 dage", 22.5, None),
    ("cs", "Kurz trvá 2 dny", 15, None),
    ("sk", "Rozsah kurzu: 32 hodín", 32, None),
    # a count of repeats that touches its figure
    ("de", "Seminar 3x8 Stunden", 24, None), ("hu", "Képzés 2x8 órában", 16, None), ("en", "Workshop: 3x4h", 12, None),
    # a count of times in the language's words ("2 mal 3 Stunden"), with a word for each ("2 razy po 3 godziny"),
    # joined to its number ("Kétszer", "2krát") or a number word that is a count of times ("twice")
    ("de", "Kurs: 2 mal 3 Stunden", 6, None), ("de", "Zweimal 2 Stunden pro Woche, 6 Wochen", 24, None),
    ("fr", "Formation en 3 fois 2 heures", 6, None), ("nl", "Twee keer 3 uur", 6, None),
    ("pl", "Szkolenie: 2 razy po 3 godziny", 6, None), ("hr", "Tečaj 2 puta po 3 sata", 6, None),
    ("ro", "Curs de 2 ori câte 3 ore", 6, None), ("hu", "Kétszer 3 óra", 6, None), ("cs", "Kurz 2krát 3 hodiny", 6, None),
    ("en", "Twice 3 hours", 6, None), ("lb", "Zwee mol 2 Stonnen d'Woch, 6 Wochen", 24, None),
    # sessions of a length a week, fewer than the weeks: each week's ("2 sessions of 3 hours per week for 8 weeks");
    # as many as the weeks, all of them, one a week; more than the weeks, all of them too, each of the given length
    ("en", "2 sessions of 3 hours per week for 8 weeks", 48, None), ("en", "Two 3-hour sessions a week for 8 weeks", 48, None),
    ("de", "2 Termine à 3 Stunden pro Woche, 8 Wochen", 48, None), ("nl", "2 bijeenkomsten van 3 uur per week, 8 weken", 48, None),
    ("pl", "2 spotkania po 3 godziny tygodniowo przez 8 tygodni", 48, None),
    ("el", "2 συναντήσεις των 3 ωρών την εβδομάδα για 8 εβδομάδες", 48, None),
    ("en", "10 sessions of 2 hours per week over 10 weeks", 20, None), ("de", "12 Termine à 2 Stunden pro Woche, 12 Wochen", 24, None),
    ("en", "4 sessions of 2 hours per week for 2 weeks", 8, None), ("en", "10 sessions of 2 hours per week over 5 weeks", 20, None),
    ("es", "12 sesiones de 2 horas semanales durante 6 semanas", 24, None), ("de", "6 Termine à 2 Stunden pro Woche, 3 Wochen", 12, None),
    # Finnish "t/vko" (hours a week) and "vko" (weeks)
    ("fi", "Kesto 8 vko, 5 t/vko", 40, None),
    # Slovak "pre" is "for", not the Serbian "pre" (before) of a deadline
    ("sk", "Školenie 35 hodín pre vodičov nákladných vozidiel a autobusov.", 35, None),
    ("el", "Διάρκεια προγράμματος: 25 ώρες", 25, None),
    ("ro", "Durata cursului: 40 de ore", 40, None),
    ("hu", "Háromnapos képzés", 22.5, None),
    ("hr", "Program traje 20 sati", 20, None),
    ("sl", "Trajanje: 16 ur", 16, None),
    ("et", "Koolituse maht: 8 akadeemilist tundi", 6, None),
    ("lv", "Programmas apjoms: 2 kredītpunkti", 82.5, 3),
    ("lt", "Kurso trukmė – 40 val.", 40, None),
    ("bg", "Продължителност: 3 дни", 22.5, None),
    ("ga", "Cúrsa 2 lá", 15, None),
    # languages beyond the EU's 24 official ones, and Maltese (lexicons added with the hidden set's ~30 in view)
    ("mt", "Kors ta' tliet ġimgħat, 4 sigħat fil-ġimgħa", 12, None),
    ("mt", "Il-kors idum 3 ijiem", 22.5, None),  # the plural after 3 to 10
    ("mt", "Kors ta' 18-il siegħa", 18, None),  # a numeral's suffix before its noun
    # hours of each day or session: days or sessions x hours
    ("de", "Seminar: 2 Tage à 8 Stunden", 16, None),
    ("sk", "Kurz 3 dni po 8 hodín", 24, None),
    ("no", "Kveldskurs, 4 kvelder à 3 timer", 12, None),
    ("lb", "Schwammcours: 10 Coursen vun 45 Minutten", 7.5, None), ("lb", "6 Virträg vun 90 Minutten", 9, None),
    # an hour and a half in words, and two words of each before a session's length (2026-12-04)
    ("pl", "10 zajęć, każde po 1h30", 15, None), ("fr", "10 séances d'1h30 chacune", 15, None),
    ("fr", "10 séances, chacune d'une durée de 1h30", 15, None), ("it", "10 lezioni da un'ora e mezza", 15, None),
    ("hr", "10 susreta po sat i pol", 15, None), ("el", "10 συναντήσεις διάρκειας μιάμισης ώρας", 15, None),
    ("sl", "Delavnica traja uro in pol", 1.5, None), ("ga", "Cúrsa uair go leith", 1.5, None),
    ("bg", "Обучението е 2 часа и половина", 2.5, None), ("cy", "Gweithdy awr a hanner", 1.5, None),
    ("fr", "10 séances de 3 heures en soirée", 30, None),
    ("en", "Ten evenings, 10 evenings, 2 hours each", 20, None),
    ("de", "Workshop in 3 Tagen, 16 Stunden", 16, None),  # no "à": the hours are the total
    # sessions a week x the hours of each x the weeks
    ("de", "2x wöchentlich à 90 Minuten, 10 Wochen", 30, None),
    ("en", "Twice weekly 2-hour sessions for 8 weeks", 32, None),
    ("fr", "deux fois par semaine, 2 heures, pendant 6 semaines", 24, None),
    ("uk", "2 місяці, двічі на тиждень по 3 години", 52, None),
    ("es", "2 sesiones semanales de 2 horas durante 8 semanas", 32, None),
    ("pl", "Kurs 60 godzin, zajęcia zdalne dwa razy w tygodniu", 60, None),  # a figure before it is the total
    ("sv", "Kursen omfattar 3 halvdagar", 11.25, None),
    ("de", "3 Vormittage à 4 Stunden", 12, None),
    ("sq", "Kohëzgjatja: 3 ditë nga 6 orë", 18, None),
    ("de", "2 Module à 3 Tage", 45, None),  # modules of days
    ("fr", "5 modules de 2 jours", 75, None),
    ("en", "Eight 90-minute sessions", 12, None),  # a count before sized sessions
    ("en", "Six 2-hour workshops", 12, None),
    # webinars are sessions too; a word may describe them; a number word joined to its unit sizes them (2026-12-04)
    ("en", "Three 2-hour live webinars on consecutive Tuesdays.", 6, None),
    ("fr", "Trois webinaires de 2 heures.", 6, None), ("nl", "Drie webinars van 2 uur.", 6, None),
    ("pl", "Trzy 2-godzinne webinary.", 6, None), ("cs", "Tři webináře po 2 hodinách.", 6, None),
    ("de", "4 dreistündige Workshops", 12, None), ("de", "Ein dreistündiger Workshop", 3, None),
    ("da", "Tre 2-timers sessioner.", 6, None),  # not "2-ti", two to ten, and "mers sessioner"
    # named parts add up; a part "of which" does not
    ("tr", "160 saat teorik ve 320 saat uygulamalı eğitim", 480, None),
    ("de", "40 Stunden Theorie und 80 Stunden Praxis", 120, None),
    ("de", "Lehrgang mit 40 Stunden, davon 10 Stunden Praxis", 40, None),
    # 45-minute lessons
    ("bg", "Курс от 40 учебни часа", 30, None),
    ("lt", "Programa: 40 akad. val.", 30, None),
    ("lt", "Kursų trukmė – 3 dienos po 6 akademines valandas.", 13.5, None),  # their accusative after "po"
    # German lesson units abbreviated or named "Lerneinheiten"; a lesson's length alone in brackets after the hours
    ("de", "Umfang: 40 UStd.", 30, None), ("de", "Kurs mit 24 Lerneinheiten", 18, None),
    ("de", "12 Lerneinheiten à 45 Minuten", 9, None),   # was 0.75 h: the minutes alone
    ("is", "Lengd: 24 kennslustundir.", 18, None),   # a teaching period, not a clock hour
    ("sk", "Rozsah: 60 hodín (45 min.)", 45, None), ("de", "40 Stunden (45 Min.)", 30, None),
    ("en", "2 hours (120 minutes)", 2, None),   # the same length said twice
    ("en", "Webinar: 2 hours (45 min. presentation + Q&A)", 2, None),   # a part of it, not each hour's length
    # a numbered part, day or level before a dash is no range's start ("Module 1 - 2 days" is 2 days, not 1-2)
    ("en", "Module 1 - 2 days", 15, None), ("de", "Teil 1 – 3 Tage Grundlagen", 22.5, None),
    ("en", "Day 1 - 6 hours of theory", 6, None), ("pl", "Moduł 1 - 3 dni", 22.5, None),
    ("en", "Module 1 - 2 days: basics. Module 2 - 3 days: advanced.", 37.5, None),
    ("en", "Course length: 1 - 2 days", 11.25, None),
    # self-study hours add to the days (fi et cs hu ro); Czech "a" is "and", not the "a" of "2 Tage a 8 Stunden"
    ("fi", "Koulutus koostuu kuudesta lähipäivästä ja 20 tunnin itsenäisestä työskentelystä.", 65, None),
    ("fi", "Koulutus sisältää 6 lähipäivää ja 20 tuntia etätehtäviä.", 65, None),
    ("et", "3 koolituspäeva ja 16 tundi iseseisvat tööd.", 38.5, None),
    ("cs", "2 dny prezenčně a 10 hodin samostatné práce.", 25, None), ("de", "2 Tage a 8 Stunden", 16, None),
    ("ro", "3 zile de curs și 20 de ore de studiu individual.", 42.5, None),
    ("fr", "4 journées à 6 heures", 24, None), ("mk", "8 средби од 2 часа", 16, None),
    ("hr", "Program traje 40 nastavnih sati", 30, None),
    ("is", "Námskeiðið er 20 klukkustundir", 20, None),
    ("gl", "Curso de 20 horas en liña", 20, None),
    ("gl", "6 sesións de 2 horas", 12, None),   # Galician sessions (probe of 40 phrasings in 28 languages, 2026-12-02)
    ("eu", "Ikastaroa: 6 aste, 4 ordu astean", 24, None),
    ("sr", "Обука траје 20 часова", 20, None),
    ("bs", "Kurs traje 2 sedmice, 4 sata sedmično", 8, None),
    ("mk", "Обука од 20 часа", 20, None),
    ("sq", "Trajnim 3 ditë", 22.5, None),
    ("lb", "Formatioun: 2 Deeg", 15, None),
    ("cy", "Cwrs 3 diwrnod", 22.5, None),
    # a figure that names ECTS wins over bare credits; bare credits of about ten hours each are UK credits
    ("en", "10 credits (5 ECTS)", 137.5, 5),
    ("en", "10 credits (5 ECTS) at NFQ Level 8", 137.5, 5),  # UK/Irish credits by context: ECTS still named first
    # Irish higher education (NFQ 7-10) counts ECTS; further education (levels 1-6) ten-hour credits, as the UK: ten hours each, two to one ECTS
    ("en", "Certificate in Cybersecurity (Level 8 NFQ, 10 credits)", 275, 10),
    ("en", "Certificate in Cybersecurity (Level 6 NFQ, 10 credits)", 100, 5),
    ("en", "Level 7 Diploma in Strategic Management, 120 credits (Ofqual regulated)", 1200, 60),
    ("en", "Module: 20 credits, 200 hours of learning", 200, 10),
    ("en", "5 credits, 125-150 hours of study", 137.5, 5),
    ("cy", "Modiwl 20 credyd", 200, 10),  # Welsh credits (CQFW) are UK credits
    ("tr", "Toplam 120 ders saati", 90, None),
    ("uk", "Обсяг: 72 академічні години", 54, None),  # 45-minute academic hours, as the Russian ones
    ("lb", "6 Wochen, 3 Stonnen d'Woch", 18, None),
    # a weekly word that describes the sessions; sessions a week over fewer weeks than sessions
    ("en", "Twelve weekly sessions of 2 hours.", 24, None),
    ("en", "Two weekly sessions of 90 minutes over 8 weeks.", 24, None),
    ("en", "8 weekly sessions of 2 hours over 8 weeks", 16, None),
    # hours a day over weeks: the working days
    ("es", "Curso intensivo: 3 semanas, de lunes a viernes, 4 horas al día.", 60, None),
    ("de", "2 Wochen, 6 Stunden täglich", 60, None),
    # a count and each one's hours side by side (per.juxtaposed)
    ("fi", "Koulutus toteutetaan 6 kertaa 3 tuntia.", 18, None),
    # a word for times that is a session's noun too, the hours side by side (2026-12-05)
    ("da", "Kurset består af 2 gange 3 timer.", 6, None),
    ("sv", "Kursen ges 4 gånger 2 timmar.", 8, None),
    ("tr", "Eğitim 8 hafta sürer, haftada 1 gün 3 saat.", 24, None),
    # a unit word that is two of it (Maltese dual)
    ("mt", "Workshop ta' sagħtejn fil-Belt Valletta.", 2, None),
    ("mt", "Kors ta' jumejn", 15, None),
    ("cy", "Cwrs deuddydd i hyfforddwyr sgïo, Llangrannog.", 15, None),  # Welsh "two-day"
    # the hours in brackets after weekly sessions are the week's ("each" makes them each session's)
    ("en", "Part-time, 12 weeks, one evening a week (3 hours).", 36, None),
    ("de", "Kurs 10 Wochen, ein Abend pro Woche (3 Stunden).", 30, None),
    ("fr", "Cours de 12 semaines, un soir par semaine (3 heures).", 36, None),
    ("es", "Curso de 10 semanas, una tarde a la semana (3 horas).", 30, None),
    ("en", "12 weeks, two evenings a week (2 hours each).", 48, None),
    # set off by a comma after the weekly sessions, a session's length is each one's (p18, 2026-12-02); a course's
    # hours are not ("One evening a week, 40 hours")
    ("en", "10 weeks, one evening a week, 3 hours.", 30, None),
    ("nl", "10 weken, 1 avond per week, 3 uur.", 30, None),
    ("sv", "10 veckor, en kväll i veckan, 3 timmar.", 30, None),
    ("pl", "10 tygodni, 2 spotkania w tygodniu, 3 godziny.", 60, None),
    ("en", "One evening a week, 40 hours.", 40, None),
    # Welsh and Basque had no session words (p21, 2026-12-03: "un noson yr wythnos, 2 awr" was 2 h)
    ("cy", "6 wythnos, un noson yr wythnos, 2 awr.", 12, None),
    ("cy", "10 sesiwn o 2 awr.", 20, None),
    ("cy", "Wyth noson, 2 awr yr un.", 16, None),
    ("cy", "30 awr o ddysgu, 10 wythnos.", 30, None),
    ("eu", "10 saio, 3 ordu saio bakoitzeko.", 30, None),
    ("eu", "3 orduko 8 saio", 24, None),          # the hour unit says "lasting" itself (2026-12-03)
    ("eu", "8 saio, 3 ordukoak", 24, None),
    ("eu", "Ikastaroa: 20 orduko ikastaroa", 20, None),
    # Maltese "darbtejn" (twice), lessons and "siegħat" (p22); Irish "gach seachtain" (every week)
    ("mt", "Il-kors idum 12-il ġimgħa, darbtejn fil-ġimgħa, 3 siegħat kull lezzjoni.", 72, None),
    ("mt", "10 lezzjonijiet ta' sagħtejn.", 20, None),
    ("ga", "8 seachtaine, 2 uair an chloig gach seachtain.", 16, None),
    ("en", "8 evenings (24 hours)", 24, None),
    ("cy", "Cwrs pythefnos, 5 awr y dydd.", 50, None),                    # a fortnight, hours a day
    # clock times after a count of sessions give each one's hours (spans up to 5 h; a 9:00-17:00 day stays 7.5 h)
    ("en", "Runs over 10 evenings, 7pm-9pm.", 20, None),
    ("nl", "8 lesavonden van 19.00 tot 21.30 uur", 20, None),
    ("fr", "5 séances de 18h30 à 21h30", 15, None),
    ("en", "Two-day course, 9:00-17:00", 15, None),
    # whole hours after the word that opens a clock range, where the hour word tells the time too ("uur", "hod.",
    # "sati", "val."): clock times after a count of days, not each day's length; alone, a length ("de 15 a 20 horas")
    ("cs", "2 dny, od 9 do 16 hod.", 15, None), ("nl", "Eendaagse cursus, van 9 tot 16 uur", 7.5, None),
    ("hr", "2 dana, od 9 do 16 sati", 15, None), ("lt", "2 dienos, nuo 9 iki 16 val.", 15, None),
    ("nl", "4 avonden, van 19 tot 21 uur", 8, None), ("es", "Duración: de 15 a 20 horas", 17.5, None),
    # hours per session before the count; a frequency written with a hyphen
    ("en", "Approximately 3 hours per module, 8 modules.", 24, None),
    ("sk", "Kurz trvá 4 týždne, 2-krát týždenne po 3 hodiny.", 24, None),
    # unit and link words found by a second probe of phrasings
    ("hr", "Program traje 3 tjedna, svaki dan po 6 sati.", 90, None),
    ("is", "Námskeiðið er kennt á 4 kvöldum, 3 klukkustundir í senn.", 12, None),
    ("lb", "De Cours dauert 3 Deeg vun 8 Stonnen.", 24, None),
    ("hu", "A tanfolyam 10 alkalmas, alkalmanként 3 órás.", 30, None),
    ("sv", "Utbildningen omfattar 4 heldagar.", 30, None),
    # a third probe (2026-12-01, eighth session): inflected session nouns, each's hours after "each",
    # weekdays as days, a session's length written as a clock time
    ("cs", "Kurz probíhá ve 4 večerních setkáních po 3 hodinách.", 12, None),
    ("sk", "Kurz prebieha v 5 stretnutiach po 4 hodiny.", 20, None),
    ("et", "6 kohtumist, igaüks 3 tundi", 18, None),
    ("de", "an 4 Samstagen jeweils 6 Stunden", 24, None),
    ("fr", "10 séances de 1h30", 15, None),
    ("fr", "Formation de 3 jours de 7h30", 22.5, None),
    ("fr", "3 séances de 14h30 à 17h30", 9, None),                 # a clock time, not a length
    # clock times of weekly sessions (probe of 30 schedules in 19 languages, 2026-12-01: 21 missed, now 10,
    # 7 of them a single date with its times, left as they are): a count of weekdays, "N x" a weekday,
    # the count after the times, a weekday with a number of weeks, whole hours a word makes clock times
    ("de", "8 x mittwochs, 18.30-21.30 Uhr", 24, None),
    ("de", "jeweils montags von 18 bis 20 Uhr, 6 Abende", 12, None),
    ("en", "4 modules · 2 hours each", 8, None),                   # a middle dot between the count and its hours
    ("en", "Every Tuesday 6-9pm for 8 weeks", 24, None),
    ("en", "8 weeks, Tuesdays 18:00–21:00", 24, None),
    ("en", "Mondays and Wednesdays 18:00-20:00, 6 weeks", 24, None),
    ("fr", "5 mardis de 18h à 21h", 15, None),
    ("fr", "tous les lundis de 14h à 17h pendant 10 semaines", 30, None),
    ("it", "6 incontri il giovedì dalle 18 alle 21", 18, None),
    ("nl", "6 dinsdagavonden van 19.00 tot 22.00 uur", 18, None),
    ("sv", "8 tisdagar kl. 18–21", 24, None),
    ("da", "6 mandage kl. 17-20", 18, None),
    ("fi", "8 kertaa tiistaisin klo 17–20", 24, None),
    ("pt", "6 sessões às terças, das 18h às 21h", 18, None),
    # hours that are teaching units of the length given
    ("de", "Umfang: 40 Stunden à 45 Minuten", 30, None),
    ("de", "80 Unterrichtsstunden à 50 Minuten", 66.67, None),
    ("pl", "Szkolenie obejmuje 30 godzin po 45 minut.", 22.5, None),
    ("sr", "Obuka ima 8 časova po 90 minuta.", 12, None),
    # a figure whose parts follow in brackets or after a colon is the total (they were added to it)
    ("es", "Duración: 150 h (teoría 50 h + práctica 100 h).", 150, None),
    ("de", "80 Stunden: Theorie 30 Stunden, Praxis 50 Stunden", 80, None),
    ("en", "40 h theory and 80 h practice", 120, None),
    ("fr", "16 h (théorie) et 8 h (pratique)", 24, None),   # brackets that name a part
    # a half between a number and its unit, and the vulgar fraction (probe of 61 phrasings: 5 missed, now 1)
    ("en", "two and a half days", 18.75, None),
    ("cs", "jeden a půl dne", 11.25, None),
    ("sv", "en och en halv dag", 11.25, None),
    ("hr", "Tečaj traje dva i pol dana.", 18.75, None),
    ("de", "½ Tag", 3.75, None),
    ("de", "1½ Tage", 11.25, None),
    ("en", "2½ hours", 2.5, None),
    # a unit and a half without its number; days and half days that add up; sessions counted with "x", by
    # "Einheiten", or after the hours that each lasts (probe of 2026-12-01, eleventh session)
    ("en", "Duration: a day and a half", 11.25, None),
    ("es", "Duración: día y medio", 11.25, None),
    ("pt", "Duração: dia e meio", 11.25, None),
    ("fr", "Durée : jour et demi", 11.25, None),
    ("en", "Format: 1 day + 2 half days", 15, None),
    ("en", "3 days plus 1 half day", 26.25, None),
    ("fr", "2 demi-journées et 1 journée", 15, None),
    ("de", "6 Einheiten zu je 3 Stunden", 18, None),
    ("tr", "Toplam 6 oturum x 3 saat", 18, None),
    ("tr", "Eğitim, her biri 3 saat süren 6 oturumdan oluşur.", 18, None),
    # a count of times before a half-day without a number of its own (2026-12-02, seventeenth session)
    ("en", "3 x half-day sessions", 11.25, None),
    ("fr", "3 x demi-journée", 11.25, None),
    # after a count of sessions a week, "N hours each" is each session's, not each week's
    ("en", "Two evenings a week for 6 weeks, 2.5 hours each.", 30, None),
    ("en", "2 sessions a week over 8 weeks, 3 hours each", 48, None),
    ("en", "6 weeks, 4 hours each week", 24, None),
    ("en", "6 weeks at 4 hours each", 24, None), ("en", "3 days at 8 hours", 24, None),
    # a number word joined to its unit or in the case a unit takes after it ("two-day course" in 42 languages,
    # "four-hour" in 16; 2026-12-03, thirtieth session): the forms that were missed
    ("sk", "Trojdňové školenie vodičov", 22.5, None),
    ("bs", "Dvodnevna obuka za prvu pomoć", 15, None),
    # one day, joined (2026-12-04, thirty-sixth session)
    ("sl", "Enodnevni seminar za vodje", 7.5, None), ("hr", "Jednodnevna radionica za voditelje", 7.5, None),
    ("sr", "Jednodnevna obuka za menadžere", 7.5, None), ("mk", "Еднодневна обука за менаџери", 7.5, None),
    ("sr", "Дводневна обука за прву помоћ", 15, None),
    ("sr", "Osmočasovna obuka", 8, None),
    ("mk", "Дводневен курс за прва помош", 15, None),
    ("uk", "Дводенний курс першої допомоги", 15, None),
    ("uk", "Триденне навчання для водіїв", 22.5, None),
    ("uk", "Навчання протягом двох днів", 15, None),
    ("tr", "İki günlük ilk yardım kursu", 15, None),   # a capital dotted İ lower-cases as one letter
    ("tr", "İKİ GÜNLÜK KURS", 15, None),
    ("cy", "Cwrs tridiau i yrwyr", 22.5, None),
    ("mt", "Kors ta' tlett ijiem għas-sewwieqa", 22.5, None),
    ("is", "Tveggja daga námskeið í skyndihjálp", 15, None),
    ("is", "Fjögurra klukkustunda námskeið", 4, None),
    ("no", "Tredagerskurs for sjåfører", 22.5, None),
    ("da", "Todageskursus i førstehjælp", 15, None),
    ("hr", "Četverosatna radionica", 4, None),
    ("sl", "Štiriurna delavnica", 4, None),
    ("lv", "Četru stundu seminārs", 4, None),
    ("el", "Τετράωρο σεμινάριο", 4, None),
    ("el", "Οκτάωρο σεμινάριο", 8, None),
    ("ga", "Ceardlann ceithre huaire", 4, None),
    # credits as 45 pages name them (2026-12-03): Estonian VET credits, Welsh and Greek ECTS after the noun
    ("et", "Mikrokraad, 12 EKAP", 330, 12),
    ("cy", "Modiwl 10 credyd ECTS", 275, 10),   # not the CQFW's 10 credits (5 ECTS)
    ("el", "Μικροπιστοποίηση 5 μονάδων ECTS", 137.5, 5),
    # weeks, months and sessions a week (a probe of 40 phrasings in 20 languages, and "twice a week, 2 hours, for
    # 8 weeks" in 31; 2026-12-03): accusative weeks and months, "twice" words, the week before the count of times,
    # a duration label before the next figure
    ("lt", "Kursai trunka 6 savaites, 3 valandos per savaitę.", 18, None),
    ("lt", "Užsiėmimai vyksta du kartus per savaitę po 2 valandas, 2 mėnesius.", 34.64, None),
    ("lv", "Nodarbības notiek divas reizes nedēļā pa 2 stundām, 2 mēnešus.", 34.64, None),
    ("cy", "Dosbarthiadau ddwywaith yr wythnos am 2 awr, am 2 fis.", 34.64, None),
    ("is", "Tvisvar í viku, 2 klst. í senn, í 8 vikur.", 32, None),
    ("hu", "Heti kétszer 2 óra, 8 héten át.", 32, None),
    ("tr", "Haftada iki kez 2 saat, 8 hafta.", 32, None),
    ("tr", "Haftada 2 gün 3’er saat, 8 hafta", 48, None),   # "3'er": three each
    ("eu", "Astean bi aldiz 2 ordu, 8 astez.", 32, None),
    ("eu", "Saioak astean bitan izaten dira, 2 ordukoak, 8 astez.", 32, None),
    ("mk", "Наставата се одржува двапати неделно по 2 часа во траење од 8 недели.", 32, None),
    ("tr", "Haftada 3 saat, 8 hafta.", 24, None), ("eu", "Astean 3 ordu, 8 astez.", 24, None),
    # two dates, the weekdays and the clock times between them: the weeks between the dates (12 March to 16 April:
    # 5.14 weeks, two sessions of 3 h a week)
    ("sk", "Termín: 12. 3. – 16. 4. 2026, každý utorok a štvrtok 17:00 – 20:00. Cena 290 €.", 30.84, None),
    ("fr", "Du 12/03 au 16/04/2026, les mardis et jeudis de 17h à 20h.", 30.84, None),
    ("pl", "Zajęcia od 12.03 do 16.04.2026, we wtorki i czwartki w godz. 17:00-20:00.", 30.84, None),
    ("en", "From 2026-03-12 to 2026-04-16, every Tuesday and Thursday 17:00-20:00.", 30.84, None),
    ("de", "Dienstags 18-21 Uhr, 12.03.–16.04.2026", 15.42, None),
    # whole hours after a weekday, with the word for hours that tells the time of day too ("sati", "h", "uur", "val."):
    # two sessions of 3 h a week for 8 weeks, not 17-20 hours
    ("hr", "Tečaj traje 8 tjedana, utorkom i četvrtkom od 17 do 20 sati.", 48, None),
    ("es", "El curso dura 8 semanas, martes y jueves de 17 a 20 h.", 48, None),
    ("nl", "De cursus duurt 8 weken, dinsdag en donderdag van 17 tot 20 uur.", 48, None),
    ("cs", "Kurz trvá 8 týdnů, úterý a čtvrtek od 17 do 20 hodin.", 48, None),
    ("pl", "Zajęcia we wtorki i czwartki od 17 do 20 godz., przez 8 tygodni.", 48, None),
    ("lt", "Šeštadieniais nuo 9 iki 13 val., 6 susitikimai.", 24, None),
    ("uk", "Курс триває 8 тижнів, у вівторок і четвер з 17 до 20 години.", 48, None),
    ("uk", "Щосуботи з 10 до 12 години, 10 тижнів.", 20, None),
    ("es", "Lunes a viernes de 16 a 20 horas, 4 semanas.", 80, None),
    ("en", "The course runs for 8 weeks, Tuesdays and Thursdays from 17 to 20 h.", 48, None),
    # ordinals with the word for the hour of the day; the clock words of Latvian, Estonian, Albanian, Turkish, Basque,
    # Maltese, Irish, Welsh
    ("sl", "Tečaj traja 8 tednov, ob torkih in četrtkih od 17. do 20. ure.", 48, None),
    ("lv", "Kurss ilgst 8 nedēļas, otrdienās un ceturtdienās no 17 līdz 20.", 48, None),
    ("et", "Kursus kestab 8 nädalat, teisipäeviti ja neljapäeviti kell 17-20.", 48, None),
    ("sq", "Kursi zgjat 8 javë, të martën dhe të enjten nga ora 17 deri në 20.", 48, None),
    ("tr", "Kurs 8 hafta sürer, salı ve perşembe saat 17-20 arası.", 48, None),
    ("eu", "Ikastaroak 8 aste irauten du, asteartetan eta ostegunetan 17:00etatik 20:00etara.", 48, None),
    ("mt", "Il-kors idum 8 ġimgħat, it-Tlieta u l-Ħamis mill-5 sas-8 pm.", 48, None),
    ("mt", "Kull nhar ta' Sibt mid-9 sal-1 pm, 6 sessjonijiet.", 24, None),   # 9 in the morning to 1 pm
    ("ga", "Maireann an cúrsa 8 seachtaine, Dé Máirt agus Déardaoin ó 17:00 go 20:00.", 48, None),
    ("cy", "Mae'r cwrs yn para 8 wythnos, dydd Mawrth a dydd Iau o 5 tan 8pm.", 48, None),
    ("pt", "O curso tem a duração de 8 semanas, às terças e quintas das 17h às 20h.", 48, None),
    # a weekday that is also weeks (Serbian "nedelja") or a number (Maltese "it-Tlieta", three) is neither twice
    ("sr", "Kurs traje 8 nedelja, utorkom i četvrtkom od 17 do 20 časova.", 48, None),
    ("sr", "Kurs traje 6 nedelja, nedeljom od 10 do 13 časova.", 18, None),
    ("mk", "Курсот трае 8 недели, вторник и четврток од 17 до 20 часот.", 48, None),
    # without a weekday, or with an hour word that never tells the time of day, the range is a length
    ("hr", "Tečaj traje od 17 do 20 sati.", 18.5, None),
    ("es", "Duración: de 15 a 20 horas.", 17.5, None),
    ("cs", "Rozsah kurzu: od 16 do 20 hodin.", 18, None),
    ("de", "Montag: 6 bis 8 Stunden Selbststudium", 7, None),
    # a probe of lesson counts and lengths (2026-12-04, thirty-ninth session): a length alone in brackets after a
    # count of sessions, too short to be all of them, is each one's; their total stays; "(1h30)" alone is a length
    ("en", "40 lessons (45 min).", 30, None), ("de", "10 Termine (2 Std.)", 20, None),
    ("fr", "40 leçons (45 min).", 30, None), ("pl", "40 lekcji (45 min).", 30, None),
    ("en", "10 sessions (20 hours).", 20, None), ("fr", "10 séances (1h30).", 15, None),
    ("fr", "Webinaire (1h30)", 1.5, None),
    # teaching periods of 45 minutes; Romanian "de" after 20 and more, "fiecare de" (each of); Luxembourgish "-deegeg"
    ("fi", "Kurssin laajuus 24 opetustuntia.", 18, None), ("fi", "40 oppituntia (45 min).", 30, None),
    ("sv", "Kursen omfattar 30 studietimmar.", 22.5, None),
    ("ro", "20 de ședințe a câte 90 de minute.", 30, None), ("ro", "20 de sesiuni, fiecare de 90 de minute.", 30, None),
    ("lb", "Zweedeegeg Formatioun fir Cheffen.", 15, None),
    # full time in the words of 12 more languages (the same probe: 12 of 28 had none): weeks x 37.5 h
    ("pl", "12 tygodni w trybie pełnoetatowym.", 450, None), ("et", "12 nädalat täiskoormusega.", 450, None),
    ("lv", "12 nedēļas, pilna laika.", 450, None), ("lt", "12 savaičių, visu etatu.", 450, None),
    ("sk", "12 týždňov na plný úväzok.", 450, None), ("sl", "12 tednov, polni delovni čas.", 450, None),
    ("hr", "12 tjedana, puno radno vrijeme.", 450, None), ("sr", "12 nedelja, puno radno vreme.", 450, None),
    ("bg", "12 седмици, пълен работен ден.", 450, None), ("el", "12 εβδομάδες, πλήρους φοίτησης.", 450, None),
    ("ca", "12 setmanes a temps complet.", 450, None), ("ga", "12 seachtaine, lánaimseartha.", 450, None),
    ("is", "12 vikur í fullu námi.", 450, None),
]


@pytest.mark.parametrize("lang,text,hours,ects", CASES)
def test_stated_workload(lang, text, hours, ects):
    w = wl(text, lang)
    assert w["source"] == "stated", w
    assert w["hours"] == pytest.approx(hours, rel=0.01), w
    assert w["ects"] == (pytest.approx(ects) if ects is not None else None)
    assert w["band"] == band_for_hours(w["hours"])
    for ev in w["evidence"]:
        assert text[ev["start"]:ev["end"]] == ev["text"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Live online classes. Free cancellation up to 14 days before the start."),
    ("en", "Registration closes 3 days before the course."),
    ("en", "Next course: 12-14 March. Book 30 days ahead and save 10%."),
    ("de", "Kostenlose Stornierung bis 14 Tage vor Kursbeginn."),
    ("fr", "Annulation gratuite jusqu'à 14 jours avant le début."),
    ("es", "Cancelación gratuita hasta 10 días antes del inicio."),
    ("it", "Disdetta gratuita fino a 10 giorni prima dell'inizio."),
    ("pl", "Rezygnacja do 7 dni przed szkoleniem."),
    ("nl", "Kosteloos annuleren tot 14 dagen voor aanvang."),
    ("sv", "Avbokning senast 14 dagar före kursstart."),
    ("fi", "Peruutus viimeistään 14 päivää ennen kurssin alkua."),
    ("sr", "Otkazivanje najkasnije 7 dana pre početka kursa."),
    ("sk", "Storno najneskôr 7 dní pred začiatkom kurzu."),
])
def test_deadlines_are_not_workload(lang, text):
    """A cancellation or registration line gave 105 h to listings that state no workload (bench/surface.py)."""
    assert wl(text, lang)["source"] != "stated"


@pytest.mark.parametrize("lang,text", [
    ("en", "Online course. Access for 12 months."),
    ("de", "Online-Kurs. Zugang für 12 Monate."),
    ("fr", "Formation en ligne. Accès pendant 12 mois."),
    ("es", "Curso online. Acceso durante 12 meses."),
    ("it", "Corso online. Accesso per 12 mesi alla piattaforma."),
    ("nl", "Online cursus. 12 maanden toegang."),
    ("pl", "Kurs online. Dostęp przez 12 miesięcy."),
    ("sv", "Onlinekurs. 12 månaders tillgång."),
    ("fi", "Verkkokurssi. 12 kuukauden käyttöoikeus."),
    ("hu", "Online tanfolyam. 12 hónapos hozzáférés."),
    ("en", "Money-back guarantee: 30 days."),
    ("es", "Garantía de devolución de 30 días"),
    ("en", "Start within 6 months of purchase."),
    # what is accessed named before "for" (2026-12-04)
    ("en", "Access to the course materials for 12 months."),
    ("de", "Zugriff auf die Lernplattform für 12 Monate."),
    ("fr", "Accès illimité à tous les contenus du parcours pendant 6 mois."),
])
def test_access_periods_and_guarantees_are_not_workload(lang, text):
    """An access period read as a calendar duration (12 months, about 208 h predicted); a guarantee's 30
    days as 225 h stated."""
    assert wl(text, lang)["source"] == "none"


def test_a_course_beside_an_access_period_keeps_its_size():
    assert wl("Full access to materials, 6 weeks, 4 hours per week.", "en")["hours"] == 24
    assert wl("Online-Zugang. Dauer: 3 Monate, 5 Stunden pro Woche", "de")["source"] == "stated"
    assert wl("Curso Garantía Juvenil de 5 días", "es")["hours"] == 37.5   # the EU's Youth Guarantee funds courses


@pytest.mark.parametrize("lang,text", [
    ("de", "Anmeldung 01.02.2026 - 28.02.2026. Kurs: dienstags 18-21 Uhr."),   # a registration period, another sentence
    ("en", "Runs 12/03/2026 - 16/04/2026. Office hours Mon-Fri 9:00-17:00."),
    ("de", "Kurs A: 12.03.2026 – 16.04.2026, Kurs B: 20.04.2026 – 25.05.2026, jeweils dienstags 18-21 Uhr."),  # two runs
])
def test_dates_that_are_not_the_courses_weeks(lang, text):
    assert wl(text, lang)["source"] != "stated"


def test_a_short_word_is_no_number_word_and_unit():
    """Every language's units are read in every listing: in a Romanian page, English "our" was Romanian
    "o" (one) and Slovenian "ur" (hours), one hour of workload."""
    assert wl("Curs practic.\nSubscribe to our newsletter", "ro")["source"] != "stated"
    assert wl("Curs de o oră", "ro")["hours"] == 1
    assert wl("Viertägiges Seminar", "de")["hours"] == 30
    # nor is Austrian "24 LE" (Lerneinheiten) read: "le" after a number is French and Italian too
    assert wl("Prix : 390 le module", "fr")["source"] != "stated"


@pytest.mark.parametrize("lang,text,hours", [
    ("en", "1 day or 2 half days", 7.5),          # an alternative, not a sum
    ("en", "2 days (4 half days)", 15),
    ("en", "Five hours and a half", 5.5),
])
def test_days_and_half_days_add_up_only_when_joined(lang, text, hours):
    assert wl(text, lang)["hours"] == pytest.approx(hours)


# stated hours the labelled listings never phrase so (the rule probes of 2026-12-06, bench/rule_probes.py)
COMPOUND_DAYS = [
    # a day's or session's noun joined to a first part, as the Germanic and Finnic languages join them
    ("de", "Dauer: 3 Kurstage", 22.5), ("de", "4 Präsenztermine à 3 Stunden", 12), ("de", "6 Online-Termine à 90 Minuten", 9),
    ("nl", "3 cursusdagen", 22.5), ("nl", "4 cursusavonden van 3 uur", 12), ("sv", "2 utbildningsdagar", 15),
    ("sv", "4 kurskvällar à 3 timmar", 12), ("da", "2 undervisningsdage", 15), ("da", "4 kursusaftener à 3 timer", 12),
    ("no", "2 samlingsdager", 15), ("no", "4 kurskvelder à 3 timer", 12), ("fi", "4 kurssipäivää", 30),
    ("fi", "2 koulutusiltaa à 3 tuntia", 6), ("et", "3 õppepäeva", 22.5), ("is", "3 námskeiðsdagar", 22.5),
    ("hu", "3 tréningnap", 22.5), ("lb", "3 Coursdeeg", 22.5),
    # a word describing the days between the number and their noun
    ("cs", "3 školicí dny", 22.5), ("sk", "3 školiace dni", 22.5), ("pl", "2 szkoleniowe dni", 15),
    ("hu", "3 képzési nap", 22.5), ("lv", "3 mācību dienas", 22.5), ("lt", "3 mokymo dienos", 22.5),
    ("sl", "3 izobraževalni dnevi", 22.5), ("bg", "3 учебни дни", 22.5), ("uk", "3 навчальні дні", 22.5),
    ("el", "2 εκπαιδευτικές ημέρες", 15), ("tr", "3 eğitim günü", 22.5),
]
COMPOUND_HOURS = [
    ("de", "Umfang: 40 Kursstunden", 40), ("nl", "20 cursusuren", 20), ("sv", "40 kurstimmar", 40),
    ("da", "20 kursustimer", 20), ("fi", "20 koulutustuntia", 20), ("lt", "40 mokymo valandų", 40),
    ("hu", "40 képzési óra", 40), ("de", "40 Unterrichtsstunden", 30), ("et", "24 õppetundi", 18),  # lessons of 45 minutes
    # a compound's first part labels the figure as a word before it would: contact time, self-study, named parts
    ("de", "20 Präsenzstunden und 40 Stunden Selbststudium", 60), ("de", "24 Präsenzstunden + 36 Selbstlernstunden", 60),
    ("de", "16 Praxisstunden und 24 Theoriestunden", 40), ("de", "40 Stunden, davon 16 Praxisstunden", 40),
    ("de", "Umfang: 40 Kursstunden (davon 10 Online-Stunden)", 40), ("nl", "16 praktijkuren en 24 theorie-uren", 40),
    ("da", "30 undervisningstimer og 20 timers selvstudie", 50), ("no", "20 kurstimer og 10 timer egenstudier", 30),
    ("fi", "24 lähiopetustuntia ja 56 tuntia itsenäistä opiskelua", 80),
    ("et", "16 kontakttundi ja 24 tundi iseseisvat tööd", 40),
    ("et", "16 auditoorset tundi ja 24 tundi iseseisvat tööd", 40),
    # number words in the cases and combining forms a count of hours or days takes
    ("fi", "Kolmipäiväinen koulutus", 22.5), ("ru", "Трёхдневный курс", 22.5), ("cs", "Čtyři setkání po třech hodinách", 12),
    ("el", "Τέσσερις συναντήσεις των τριών ωρών", 12), ("lt", "Keturi susitikimai po tris valandas", 12),
    ("sq", "Kurs 40-orësh", 40), ("lb", "40 Stonne Cours", 40),  # an adjective; Luxembourgish drops a final n
    ("fr", "4 x 3h30", 14), ("fr", "6× 1h30 en visio", 9),  # a count of times before hours and minutes
]
UNNUMBERED_DAYS = [
    # one day or half a day named without a number, in a compound, an adjective or a genitive
    ("de", "Ganztagesworkshop Design Thinking", 7.5), ("nl", "Dagtraining presenteren", 7.5),
    ("nl", "Halve-dagtraining feedback geven", 3.75), ("no", "Dagskurs i arbeidsrett", 7.5),
    ("fi", "Päivän koulutus työoikeudesta", 7.5), ("cs", "Celodenní workshop", 7.5), ("el", "Ημερήσιο σεμινάριο", 7.5),
    ("es", "Jornada formativa", 7.5), ("it", "Giornata formativa", 7.5), ("uk", "Одноденний тренінг", 7.5),
    ("mt", "Kors ta' ġurnata", 7.5), ("ga", "Cúrsa lae", 7.5), ("is", "Eins dags námskeið", 7.5),
    ("eu", "Egun bateko ikastaroa", 7.5), ("gl", "Curso dun día", 7.5),
    # a number or hours beside them win
    ("de", "Ganztagesseminar, 2 Tage", 15), ("it", "Giornata formativa di 4 ore", 4), ("fi", "Kolmen päivän koulutus", 22.5),
]


@pytest.mark.parametrize("lang,text,hours", COMPOUND_DAYS + COMPOUND_HOURS + UNNUMBERED_DAYS)
def test_days_hours_and_sessions_in_compounds_number_words_of_any_case_and_days_without_a_numeral(lang, text, hours):
    w = wl(text, lang)
    assert w["source"] == "stated", w
    assert w["hours"] == pytest.approx(hours), w


@pytest.mark.parametrize("lang,text", [
    ("es", "Te respondemos en 24 horas."), ("pt", "Respondemos em 24 horas."), ("ro", "Răspundem în 24 de ore."),
    ("bg", "Отговаряме в рамките на 24 часа."), ("hr", "Odgovaramo u roku od 24 sata."), ("lt", "Atsakome per 24 valandas."),
    ("lv", "Atbildam 24 stundu laikā."), ("et", "Vastame 24 tunni jooksul."), ("uk", "Відповідаємо протягом 24 годин."),
])
def test_the_time_a_provider_takes_to_reply_is_no_workload(lang, text):
    assert wl(text, lang)["source"] != "stated"


@pytest.mark.parametrize("lang,text,hours", [
    ("ro", "Cursul se desfășoară în 40 de ore, cu plata în rate.", 40),
    ("it", "2 ore settimanali per 5 settimane. Esame finale.", 10),
])
def test_a_plain_in_before_a_length_is_no_reply_time(lang, text, hours):
    assert wl(text, lang)["hours"] == pytest.approx(hours)


@pytest.mark.parametrize("lang,text", [
    ("de", "Wochenaufwand: 4 Std.; 6 Wochen"), ("de", "6 Wochen; wöchentlicher Aufwand: 4 Stunden"),
    ("nl", "6 weken; weekbelasting: 4 uur"), ("sv", "6 veckor; veckoarbete 4 timmar"),
    ("it", "6 settimane; impegno settimanale: 4 ore"), ("pt", "6 semanas; carga semanal: 4 horas"),
    ("ro", "6 săptămâni; activitate săptămânală: 4 ore"),
])
def test_a_weekly_effort_labelled_in_one_word_or_an_adjective(lang, text):
    assert wl(text, lang)["hours"] == pytest.approx(24)


@pytest.mark.parametrize("lang,text", [
    ("de", "Termine: 3 Kurstermine zur Auswahl"), ("de", "3 Kursabende"), ("cs", "Přihlášky do 3 pracovních dnů"),
    ("sv", "Anmälan senast 5 arbetsdagar före kursstart"),
])
def test_a_count_of_course_dates_or_working_days_is_no_workload(lang, text):
    assert wl(text, lang)["source"] != "stated"


def test_languages_covered():
    assert len({c[0] for c in CASES}) >= 12


def test_ranges_give_min_max_and_midpoint():
    w = wl("8 weeks, 2-4 hours per week", "en")
    assert (w["hours_min"], w["hours_max"], w["hours"]) == (16, 32, 24)


def test_assumptions_are_recorded():
    assert "1 day = 7.5 h" in wl("3 days", "en")["assumptions"]
    w = wl("2 days, 6 hours per day", "en")
    assert w["hours"] == 12 and not any("7.5" in a for a in w["assumptions"])


@pytest.mark.parametrize("lang, text, hours, ects", [
    ("en", "ECTS: 5", 137.5, 5), ("de", "Umfang | Stunden: 40 | Preis: 490 €", 40, None),
    ("fr", "Nombre d'heures : 35", 35, None), ("it", "CFU: 6", 165, 6), ("de", "UE: 40", 30, None),
    ("lv", "Kredītpunkti: 4", 165, 6), ("et", "Tundide arv: 26", 26, None), ("sl", "Število ur: 30", 30, None),
    ("de", "Stunden pro Woche: 4\nDauer: 10 Wochen", 40, None),
    ("en", "Contact hours: 20\nSelf-study hours: 55", 75, None), ("en", "Total hours: 75\nContact hours: 20", 75, None),
    # a label that starts a sentence, its number ending it
    ("pl", "Liczba punktów ECTS: 2. Zajęcia online.", 55, 2), ("sk", "Počet kreditov: 5. Forma: dištančná.", 137.5, 5),
    ("cs", "Online kurz. Počet hodin: 16. Cena: 4 500 Kč.", 16, None),
    ("de", "Anz. Unterrichtsstd.: 40", 30, None),
    ("fr", "Formation inter-entreprises. Nombre d'heures : 21. Tarif : 1 200 € HT.", 21, None),
])
def test_a_bare_number_after_a_label_naming_its_unit(lang, text, hours, ects):
    """A page's table of facts flattened into text: the label's words give the number its unit, as a harvested
    field's name does (probe of 40 labels in 24 languages: 33 missed before, 0 now)."""
    w = wl(text, lang)
    assert w["hours"] == pytest.approx(hours) and w["ects"] == (None if ects is None else pytest.approx(ects))
    assert all(e["text"] == text[e["start"]:e["end"]] for e in w["evidence"])


@pytest.mark.parametrize("text", ["Teilnehmerzahl: 12", "Level: 5", "Places disponibles : 8", "Price: 490",
                                  "Year: 2027", "Duration: 12", "Hours: 9:00-17:00", "Modules: 3",
                                  # an access period or an exam's time, as the words around a figure say elsewhere
                                  "Zugang (Tage): 365", "Access days: 365", "Exam minutes: 90",
                                  # an ordinal after the label; the words of an earlier sentence are not the label's
                                  "Godziny: 3. tydzień maja", "Kurs in Stunden. Preis: 490"])
def test_a_label_that_names_no_unit_gives_no_workload(text):
    assert wl(text, "en")["source"] != "stated"


def test_total_beats_contact_hours():
    w = wl("Contact hours: 20. Total workload 75 hours.", "en")
    assert w["hours"] == 75


@pytest.mark.parametrize("text", ["Preis: 490\nStunden: Grundlagen und Praxis", "Kurs 12\nTage der offenen Tür",
                                  "Dauer: 40\nStunden"])
def test_a_number_and_its_unit_are_on_one_line(text):
    """A number at a line's end and a unit word starting the next are no quantity ("Preis: 490" and a line
    "Stunden: ..." gave 490 h)."""
    assert wl(text, "de")["source"] != "stated"


def test_romanian_teachers_professional_credits_are_no_ects():
    """Romanian teachers' continuing education is counted in professional transferable credits (CPT), which are no
    ECTS: "40 de credite profesionale transferabile" was read as 40 ECTS, 1,100 hours (probe of 2026-12-05)."""
    assert wl("Curs acreditat de 40 de credite profesionale transferabile pentru cadre didactice.", "ro")["source"] == "none"
    for text, ects in (("Curs universitar, 5 credite transferabile.", 5), ("Modul de 6 credite ECTS.", 6)):
        assert wl(text, "ro")["ects"] == ects


def test_clock_times_are_not_workload():
    assert wl("Mo-Fr von 9 bis 17 Uhr, Beginn 8h30", "de")["source"] == "none"
    # a date between the weekday and the times: one day, not a weekly session (and the weeks stated say more)
    assert wl("Samstag, 14. März 2027, 9:00–13:00 Uhr. Dauer: 6 Wochen", "de")["source"] == "predicted"
    # ages and class sizes are no clock times
    assert wl("Pour les jeunes de 16 à 18 ans, 5 samedis", "fr")["hours"] == 37.5
    assert wl("6 Abende, von 8 bis 12 Teilnehmern", "de")["hours"] is None
    # without a count or weeks, the times of a weekday say nothing of the total
    assert wl("Jeden Dienstag 18:00-21:00 Uhr", "de")["hours"] is None
    assert wl("Nastava utorkom i četvrtkom od 17 do 20 sati.", "hr")["hours"] is None   # "sati": o'clock here
    # a unit word of another kind in the listing's own language is that kind: Bulgarian "години" are years (children's
    # ages here), the Ukrainian hours "годин-" only in Ukrainian
    assert wl("Курс за деца от 10 до 14 години, всяка събота от 10 до 12 часа, 10 седмици.", "bg")["hours"] == 20
    assert wl("Курс триває 12 годин.", "uk")["hours"] == 12
    # a day of a named month is a date (month names since 2026-12-02); a number before another word is not
    assert wl("Le 12 mars de 9h30 à 12h30", "fr")["hours"] == 3
    assert wl("Groupe de 12 personnes, de 9h30 à 12h30", "fr")["source"] == "none"
    assert wl("Rendez-vous à 14h30, durée 2h", "fr")["hours"] == 2


@pytest.mark.parametrize("lang,text,hours", [
    ("en", "Webinar. Date: 12 March 2026, 14:00-15:30 CET", 1.5),
    ("en", "March 12, 2026 | 2:00pm - 3:30pm", 1.5),
    ("de", "Termin: 12.03.2026, 9:00 - 16:30 Uhr", 7.5),        # a day with its breaks
    ("de", "Samstag, 14. März, 9-13 Uhr", 4),
    ("fr", "Le 12 mars 2026 de 9h à 17h", 7.5),
    ("es", "Fecha: 12 de marzo de 2026, de 10:00 a 12:00 h", 2),
    ("it", "Giovedì 12 marzo 2026, ore 14.30 - 17.30", 3),
    ("hu", "2026. március 12. 9:00-12:00", 3),
    ("pl", "12.03.2026 r., godz. 10:00-14:00", 4),
    # dates written with spaces (Czech, Slovak), Lithuanian's and Maltese's dates, a weekday before its date
    ("cs", "Seminář se koná ve čtvrtek 18. 3. 2027 od 9:00 do 15:00 hod.", 6),
    ("sk", "Webinár 25. 3. 2027 o 10:00 – 11:30 hod.", 1.5),
    ("lt", "Seminaras vyks 2027 m. kovo 16 d. 10–14 val.", 4),
    ("mt", "Workshop nhar is-Sibt 13 ta' Marzu 2027, mid-9:00 sal-13:00.", 4),
    ("hu", "Workshop 2027. március 13., szombat, 9:00–13:00.", 4),
    # whole hours just after a date are its clock times, whatever the hour word ("sati" is hours and o'clock)
    ("hr", "Radionica se održava u subotu 13. ožujka 2027. od 9 do 14 sati.", 5),
    # "and" after "between" joins the two times of a range
    ("en", "On 13 March 2027 between 9am and 1pm.", 4),
    ("de", "Zwischen 9 und 13 Uhr am 13.03.2027.", 4),
    ("ro", "Atelier sâmbătă, 13 martie 2027, între orele 10:00 și 14:00.", 4),
    ("hu", "2027. március 13-án 9 és 13 óra között.", 4),
    ("it", "Il corso si terrà il 15 marzo 2027 dalle ore 9 alle ore 13.", 4),
    # the clock times' own label after the date, in the next sentence or on the next line
    ("en", "Date: 21 April 2027. Time: 09:30 - 12:30. Venue: Dublin.", 3),
    ("de", "Datum: 15.03.2027\nUhrzeit: 9:00 - 12:00 Uhr\nOrt: Wien", 3),
    ("es", "Fecha: 15 de marzo de 2027. Horario: de 9:00 a 13:00.", 4),
    ("sv", "Datum: 15 mars 2027\nTid: 13.00–16.00", 3),
])
def test_one_date_and_its_clock_times(lang, text, hours):
    w = wl(text, lang)
    assert w["source"] == "stated" and w["hours"] == pytest.approx(hours), w
    assert "clock times of the one date" in " ".join(w["assumptions"])


@pytest.mark.parametrize("text", [
    "Dates: 12 March 2026, 19 March 2026, 14:00-15:30",             # two dates listed by a comma: runs to choose
    "Registration closes 1 March 2026. Session: 12 March 2026, 14:00-15:30",
    "Office hours: Mon-Fri 9:00-17:00, start 12 March 2026.",         # days of the week: opening hours
    "Next start: 12 March 2026. Contact: 9:00-17:00",                 # two sentences
    "12 March 2026, 10:00-11:00 or 14:00-15:00",                      # two clock ranges: slots to choose
    "Webinar on 12 March 2026, 9:00-10:30, 11:00-12:30",              # ... by a comma, not about lunch
    "12 March 2026, 9:00-12:00 and 16:00-19:00",                      # ... a break longer than lunch
    "Webinar on 12 March 2026 at 10:00 and 14:00.",                   # "and" without "between": two times
    "Starts: 12 March 2026\nOpening hours: 9:00-12:00",              # a label that is not the day's times
])
def test_clock_times_that_are_not_one_dated_session(text):
    assert wl(text, "en")["source"] != "stated"


@pytest.mark.parametrize("lang,text,hours", [
    # dates listed with "and" are the days of one course, each with the clock times (2026-12-04)
    ("en", "Dates: 12 March 2026 and 19 March 2026, 14:00-15:30", 3),
    ("de", "Termine: 12.03.2026 und 13.03.2026, jeweils 9:00–17:00 Uhr (inkl. Mittagspause).", 15),
    ("nl", "Data: 12-03-2026 en 13-03-2026, van 9.00 tot 17.00 uur.", 15),
    ("pl", "Termin: 12.03.2026 i 13.03.2026, godz. 9:00-16:00.", 14),
    # a day's morning and afternoon, its lunch break left out
    ("en", "12 March 2026, 9:00-12:00 and 13:00-16:00", 6),
    ("en", "12 March 2026, 9:00-12:30, 13:30-17:00.", 7),
    ("fr", "Le 14 mars 2026 de 9h00 à 12h30 et de 13h30 à 17h00. Lieu : Nantes.", 7),
    ("de", "Am 14.03.2026, 9:00–12:00 Uhr und 13:00–16:00 Uhr.", 6),
    ("it", "Il 14/03/2026 dalle 9:00 alle 13:00 e dalle 14:00 alle 17:00.", 7),
    ("es", "14 de marzo de 2026, de 9:00 a 13:00 y de 14:00 a 17:00.", 7),
])
def test_dates_listed_and_a_day_in_two_halves(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("lang,text,hours", [
    ("de", "Termine: 12.03., 19.03. und 26.03.2026, jeweils 18:00-21:00 Uhr.", 9),
    ("fr", "Dates : les 4, 5 et 6 juin 2026 de 9h à 17h.", 22.5),     # three days with breaks
    ("de", "Am 5. und 6. Mai 2026, 9:00-16:00", 14),
    ("fr", "Le 4 ou 5 juin 2026 de 9h à 17h.", 7.5),                   # "or": one of two days
    ("de", "Termine: 12.03. oder 19.03.2026, 18-21 Uhr", 3),
])
def test_days_listed_before_a_date_are_sessions_too(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("lang,text,hours", [
    # a short run of consecutive days is the course's days, each with the clock times (2026-12-05)
    ("de", "Termin: 12.-13.03.2027, 09:00-17:00 Uhr", 15),
    ("de", "Termin: 12.03.-14.03.2027, 9-16 Uhr", 21),
    ("de", "Vom 1. bis 3. Juni 2027 jeweils 9-17 Uhr", 22.5),
    ("pl", "Termin: 12-13.03.2027, godz. 9:00-16:00", 14),
    ("pl", "Termin: 30.12.-02.01.2027, godz. 9:00-16:00", 28),        # over the new year
    ("cs", "Termín: 12.-13. 3. 2027, 9:00-16:00", 14),
    ("fr", "Du 12 au 14 mars 2027, de 9h à 17h", 22.5),
    ("es", "Del 12 al 13 de marzo de 2027, de 9:00 a 17:00", 15),
    ("it", "dal 12 al 14 aprile 2027 dalle 9 alle 18", 22.5),
    ("en", "12-13 March 2027, 9:00-17:00", 15),
    ("en", "from 12 to 14 June 2027, 9am-5pm", 22.5),                 # "12 to 14" are days, not clock times
    ("en", "Dates: 12th & 13th March 2027, 9.30am - 4.30pm", 14),     # listed with ordinals
    ("de", "Für Kinder 8-12, 14. März 2027, 10-12 Uhr", 2),           # an age range is no listed day
])
def test_a_short_run_of_days_and_their_clock_times(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("text", [
    "Termin: 12.-30.03.2027, 9-17 Uhr",                               # a period, not the days of one course
    "Termine: 12.-13.03.2027 oder 15.-16.05.2027, 9-17 Uhr",          # two runs to choose from
])
def test_long_or_several_runs_of_days_give_no_hours(text):
    assert wl(text, "de")["source"] != "stated"


def test_a_count_of_sessions_as_many_as_the_dates_listed():
    assert_stated("Three evening sessions: 3, 10 and 17 March 2027, 6-9pm.", "en", 9)
    assert_stated("3 Abende: 12.03., 19.03. und 26.03.2027, jeweils 18:00-21:00 Uhr.", "de", 9)
    # another count says something else: it is left as it is
    assert wl("Four evening sessions: 3, 10 and 17 March 2027, 6-9pm.", "en")["hours"] != 9


@pytest.mark.parametrize("lang,text,hours", [
    ("en", "Every Monday, 3 hours, for 10 weeks.", 30),
    ("en", "Every Monday, 6 to 8 hours, for 10 weeks.", 70),
    ("en", "3 hours every Monday for 10 weeks.", 30),
    ("de", "Dauer: 8 Wochen, dienstags und donnerstags je 3 Stunden.", 48),   # two weekdays: two sessions a week
    ("fr", "Tous les lundis, 3 heures, pendant 10 semaines.", 30),
    ("pl", "Co środę 3 godziny przez 10 tygodni.", 30),
    ("fi", "Tiistaisin 3 tuntia, 8 viikkoa.", 24),
    ("hu", "Minden kedden 3 óra, 10 héten át.", 30),
    # a total stays the total; a date between weekday and hours makes them one day's
    ("de", "Kurs: 10 Wochen, insgesamt 30 Stunden, jeden Montag.", 30),
    ("de", "Samstag, 14. März 2027, 6 Stunden.", 6),
])
def test_hours_named_with_their_weekday_are_each_weeks(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("lang,text,hours", [
    ("en", "Once a month, 4 hours, for 6 months.", 24),
    ("en", "One Saturday a month (6 hours) over 10 months.", 60),
    ("en", "2 sessions a month of 3 hours each, over 6 months.", 36),
    ("fr", "Une fois par mois, 3 heures, pendant 9 mois.", 27),
    ("es", "Una sesión mensual de 4 horas durante 6 meses.", 24),
    ("pl", "Raz w miesiącu 8 godzin przez 6 miesięcy.", 48),
    ("nl", "Eén keer per maand 3 uur, 10 maanden.", 30),
    # a total stays the total; a monthly payment is no session
    ("fr", "Formation de 6 mois, 2 fois par mois, 80 heures au total.", 80),
    ("de", "Kurs 6 Monate, 120 Stunden, monatliche Ratenzahlung möglich.", 120),
])
def test_sessions_a_month(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("text,hours", [
    ("5 gün, 6'şar saat", 30),                 # the distributive suffix says "each", a comma between
    ("8 oturum, 3'er saat, çevrimiçi", 24),
    ("İki gün 2'şer saat", 4),
    ("Kurs 3 gün sürer, 20 saat", 20),          # without it the hours are the whole
])
def test_turkish_hours_each_by_their_suffix(text, hours):
    assert_stated(text, "tr", hours)


@pytest.mark.parametrize("lang,text,hours", [
    # days a week with each day's hours joined by a word of each, the weekly word between (probe of 23, 2026-12-04)
    ("sq", "Kursi zgjat 4 muaj, 5 ditë në javë nga 4 orë.", 346.4),
    ("de", "Dauer: 3 Monate, 5 Tage pro Woche à 6 Stunden.", 389.7),
    ("es", "Duración: 10 semanas, 3 días a la semana de 4 horas.", 120),
    ("pl", "Kurs trwa 8 tygodni, 2 dni w tygodniu po 5 godzin.", 80),
    ("hr", "Tečaj traje 3 mjeseca, 3 dana tjedno po 4 sata.", 155.88),
    ("sr", "Obuka traje 2 meseca, 5 dana nedeljno po 6 časova.", 259.8),   # "nedeljno po": the weekly word ends in "each"
    ("bg", "Курсът продължава 2 месеца, 3 дни седмично по 4 часа.", 103.92),
    ("ro", "Cursul durează 3 luni, 2 zile pe săptămână câte 5 ore.", 129.9),
    ("cs", "Kurz trvá 10 týdnů, 2 dny v týdnu po 4 hodinách.", 80),
    ("uk", "Курс триває 2 місяці, 3 дні на тиждень по 3 години.", 77.94),
    # a day's word after the hours is theirs, a week's before them the days' ("a settimana per 6 ore al giorno")
    ("it", "Il corso dura 2 mesi, 5 giorni a settimana per 6 ore al giorno.", 259.8),
    ("hu", "A képzés 3 hónapig tart, heti 2 nap, napi 6 óra.", 155.88),
    # hours a week after weekly sessions stay the week's
    ("et", "Tunnid toimuvad kaks korda nädalas 2 tundi, 2 kuu jooksul.", 34.64),
])
def test_days_a_week_and_each_days_hours(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("lang,text,hours", [
    # "once" before a week's word is one session a week (probe of 24 in 18 languages, 2026-12-04: 7 wrong -> 1)
    ("en", "Online once a week for 10 weeks, 2-hour sessions.", 20),
    ("mt", "Il-kors isir online darba fil-ġimgħa għal 10 ġimgħat, sessjonijiet ta' sagħtejn.", 20),
    ("de", "Der Kurs findet einmal pro Woche statt, 8 Wochen lang, jeweils 3 Stunden.", 24),
    ("pl", "Zajęcia raz w tygodniu przez 12 tygodni, po 3 godziny.", 36),
    ("lt", "Užsiėmimai vyksta kartą per savaitę 8 savaites po 3 valandas.", 24),
    ("bg", "Веднъж седмично в продължение на 8 седмици, по 3 часа.", 24),
    ("ga", "8 seachtaine, oíche amháin sa tseachtain, 2 uair an chloig.", 16),   # one evening a week
    # a total stays the total
    ("en", "A 40-hour course, meeting once a week.", 40),
    ("en", "Once a week, 2 hours. Total 24 hours over 12 weeks.", 24),
    # hours "per session" after a frequency with no count of sessions are each week's n times
    ("sv", "En gång i veckan under 10 veckor, 2 timmar per tillfälle.", 20),
    ("fr", "Deux fois par semaine pendant 6 semaines, 3 heures par séance.", 36),
    ("en", "3 sessions per week, 2 hours per session, 6 weeks.", 36),
])
def test_once_a_week(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("lang,text,hours", [
    ("cy", "Gweithdy dydd Sadwrn 6 Mawrth 2027, 10yb - 1yp.", 3),      # Welsh before / after noon
    ("cy", "Sesiwn nos Fawrth 3 Mawrth 2027, 6:30yh - 8:30yh", 2),
    ("ga", "Ceardlann Dé Sathairn 6 Márta 2027, 10 r.n. – 1 i.n.", 3),   # Irish
    ("cy", "Cwrs undydd (9:30yb – 4:00yp) yn arwain at dystysgrif.", 7.5),  # "undydd": one day
    ("en", "Workshop on 6 March 2027, 10am-1pm.", 3),
])
def test_before_and_after_noon_in_welsh_and_irish(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("lang,text,hours", [
    # a qualification's code is no range of hours ("65-003-H": the second figure has a leading zero)
    ("cs", "Profesní kvalifikace Kuchař minutkář (65-003-H). Příprava ke zkoušce, 150 hodin výuky.", 150),
    # the genitive of hours before a noun ("a 12-hour course")
    ("da", "12-timers førstehjælpskursus med certifikat. Undervisningen foregår over 2 dage.", 12),
    ("sv", "En 16 timmars utbildning i HLR.", 16),
    ("no", "Et 7-timers kurs i varme arbeider.", 7),
    # Slovene "tedni" (weeks after 3 and 4) in a MOOC's effort line (probe of 28 MOOC lines in 28 languages)
    ("sl", "Trajanje: 4 tedni, obremenitev: 3 ure na teden.", 12),
])
def test_codes_and_hours_before_a_noun(lang, text, hours):
    assert_stated(text, lang, hours)


def test_a_dates_year_is_no_figure():
    # Italian "ore 17:00" is "at 17:00": "2027 ore" is no 2027 hours
    assert_stated("Webinar il 22/02/2027 ore 17:00-18:30.", "it", 1.5)
    assert_stated("Corso di 40 ore, inizio il 22/02/2027 ore 9:00.", "it", 40)


def test_sessions_a_week_over_months():
    w = wl("Dauer: 12 Monate berufsbegleitend, 2 Abende pro Woche à 3 Stunden.", "de")
    assert w["source"] == "stated" and w["hours"] == pytest.approx(2 * 3 * 12 * 4.33, rel=0.02)


def test_one_date_and_clock_times_in_a_harvesters_fields():
    item = [("title", "Excel basics"), ("date", "2026-03-12"), ("time", "14:00-15:30 CET")]
    assert extract_workload(item, "en")["hours"] == 1.5
    item = [("title", "Excel basics"), ("description", "Learn Excel. Contact us 9:00-17:00."), ("date", "2026-03-12")]
    assert extract_workload(item, "en")["source"] != "stated"


def test_calendar_duration_alone_is_predicted():
    w = wl("Start anytime. 8 weeks.", "en")
    assert w["source"] == "predicted" and w["hours"] == 32 and w["assumptions"]


def test_no_signal():
    w = wl("Learn the basics of accounting with our friendly tutors.", "en")
    assert w["source"] == "none" and w["band"] == "unknown" and w["hours"] is None


def test_evidence_points_into_its_field():
    w = extract_workload([("title", "Python basics"), ("details", "Duration: 12 hours")], "en")
    assert w["evidence"] == [{"field": "details", "start": 10, "end": 18, "text": "12 hours"}]


def test_a_figure_that_names_ects_is_the_evidence():
    # bare credits beside an Irish framework are read as UK/Irish credits; the ECTS figure still decides
    w = wl("10 credits (5 ECTS) at NFQ Level 8", "en")
    assert w["ects"] == 5 and [e["text"] for e in w["evidence"]] == ["5 ECTS"]


def test_a_weekly_field_holds_hours_per_week():
    # FutureLearn's export: "duration" in weeks, "weekly_study" in hours (per week, said by the field's name)
    from mcclassify.extract import extract_workload

    w = extract_workload([("name", "Understanding Autism"), ("duration", "4 weeks"), ("weekly_study", "3 hours")], "en")
    assert (w["hours"], w["source"]) == (12, "stated")
    w = extract_workload([("title", "Excel"), ("hours_per_week", "2 h"), ("length", "6 weeks")], "en")
    assert w["hours"] == 12


@pytest.mark.parametrize("text", [
    # durations that are not the course's: an exam's, a lecture's, an access period; an English "time"
    "These practice tests are timed (90 min.) to reflect real exam conditions.",
    "65 Questions - 130 min",
    "180 minutes to complete the exam.",
    "Most lectures are around 5 - 10 minutes long.",
    "=> 30 days free access to Qwiklabs",
    "Topics: entropy, one-time pad, block ciphers",
])
def test_durations_that_are_not_the_course(text):
    assert wl(text, "en")["source"] == "none"


@pytest.mark.parametrize("text,hours", [
    ("Live webinar, 45 minutes. Final exam.", 0.75),
    ("Total learning time 200 h. No exam; certificate of participation.", 200),
    ("3 days incl. exam, 24 hours in total", 24),
    ("A 14-hour course with 180 days of access", 14),
])
def test_course_durations_beside_exams_and_access(text, hours):
    assert wl(text, "en")["hours"] == hours


@pytest.mark.parametrize("item,hours,ects", [
    ({"name": "Curso de soldadura TIG", "horas": "60", "descripcion": "Curso práctico en taller."}, 60, None),
    ({"title": "Data literacy", "duration_hours": 12}, 12, None),  # a number, not a string
    ({"title": "Module", "ects": 5, "description": "Online module"}, 137.5, 5),
    ({"title": "Excel", "hours_per_week": "3", "length_weeks": 6}, 18, None),
    ({"title": "Kurs", "dni": " 2 "}, 15, None),
    ({"title": "Welding", "hours": "40-50"}, 45, None),
    # field names found by a probe of 33 (2026-12-01, eighth session): 8 had been missed
    ({"Bezeichnung": "Excel", "Stundenumfang": "40"}, 40, None),
    ({"Bezeichnung": "Excel", "Unterrichtseinheiten": "40"}, 30, None),
    ({"Bezeichnung": "Excel", "Dauer in Tagen": "3"}, 22.5, None),
    ({"intitulé": "Excel", "volume horaire": "35"}, 35, None),
    ({"título": "Excel", "carga horária": "50"}, 50, None),
    ({"nimi": "Excel", "laajuus (op)": "5"}, 137.5, 5),
])
def test_a_field_named_for_its_unit_gives_a_bare_number_that_unit(item, hours, ects):
    from mcclassify.model import rules_record
    from mcclassify.text import to_listing

    w = rules_record(to_listing(item))["workload"]
    assert w["source"] == "stated" and w["hours"] == pytest.approx(hours) and w["ects"] == ects
    for ev in w["evidence"]:
        assert str(item[ev["field"]])[ev["start"]:ev["end"]] == ev["text"]  # offsets into the field's own text


def test_numbers_in_other_fields_are_not_read():
    from mcclassify.model import rules_record
    from mcclassify.text import to_listing

    lst = to_listing({"title": "Excel basics", "price": 250, "num_subscribers": 1200, "description": "Online."})
    assert [k for k, _ in lst.segments] == ["title", "description"]
    assert rules_record(lst)["workload"]["source"] != "stated"


def test_html_that_a_harvester_kept_is_read_as_text():
    from mcclassify.model import rules_record
    from mcclassify.text import to_listing

    item = {"title": "Formation &amp; sécurité",
            "description": "<p>Soudage MAG.<br/>Durée&nbsp;:&nbsp;40&nbsp;heures.</p><ul><li>Examen pratique</li></ul>"}
    rec = rules_record(to_listing(item))
    w = rec["workload"]
    assert w["source"] == "stated" and w["hours"] == 40 and rec["assessed"] is True
    ev = w["evidence"][0]
    assert item["description"][ev["start"]:ev["end"]] == "40&nbsp;heures"  # offsets index the field as given
    assert ev["text"] == "40 heures"  # as read
    assert rec["title"] == "Formation & sécurité"


def test_html_lists_and_parts_of_a_page_are_read_as_plain_text_sets_them_out():
    """A list is read one item a line, a heading or a part of the page (an aside, a header) after a blank line, as
    plain text sets them out. Before, "</li><li>" read as a blank line between items: a related-courses block ended
    after its label (the other courses were embedded) and a menu's "About us" took the course's first lines."""
    from mcclassify.model import rules_record
    from mcclassify.text import read_markup, to_listing

    text, starts = read_markup("<h3>Contents</h3><ul>\n <li>MIG</li>\n <li>TIG</li>\n</ul><p>Exam.</p>")
    assert text == "\n\nContents\nMIG\nTIG\nExam.\n" and len(starts) == len(text) + 1
    assert read_markup("a<br>b<br><br>c")[0] == "a\nb\n\nc" and read_markup("x <b>y</b> z")[0] == "x  y  z"
    # links side by side are a menu's items, as bars set them apart ("Home | About us"); a link in a sentence stays
    assert read_markup('<div><a href="/">Home</a> <a href="/c">Courses</a> <a>Contact</a></div>')[0] \
        == "\nHome | Courses | Contact\n"
    # a page's menu, head and footer are not read at all (2026-12-06: a whole page as the description moved 66 of 1,152
    # fresh-topic sectors)
    assert read_markup('<p>Kurs</p><nav><a href="/">Home</a> <a>Contact</a></nav><p>Exam.</p>')[0] == "\nKurs\nExam.\n"
    assert read_markup("See <a>MIG</a> and <a>TIG</a>.")[0] == "See  MIG  and  TIG ."
    # a term and its description are one line, as a label and its value: "Durée 3h30" is read as a length
    assert read_markup("<dl>\n<dt>Durée</dt>\n<dd>3h30</dd>\n</dl>")[0] == "\nDurée 3h30\n"
    assert rules_record(to_listing({"title": "Cours", "description": "<dl><dt>Durée</dt><dd>3h30</dd></dl>",
                                    "language": "fr"}))["workload"]["hours"] == 3.5
    # scripts, style sheets and what shows without scripts are code, not the page's text
    assert read_markup("<style>.a{color:red}</style><p>MIG.</p><SCRIPT>gtag();</SCRIPT><noscript>Enable JS</noscript>")[0] \
        == "\nMIG.\n"
    page = ("<nav><ul><li><a href='/'>Home</a></li><li>About us</li><li>Courses</li><li>Contact</li></ul></nav>"
            "<h1>MIG welding</h1><p>Learn MIG welding for beginners. Duration: 40&nbsp;hours.</p>"
            "<aside><h3>Related courses</h3><ul><li>Excel for beginners, 2 days</li><li>Forklift, 1 day</li></ul></aside>"
            "<footer><ul><li>Imprint</li><li>Privacy policy</li></ul></footer>")
    lst = to_listing({"title": "MIG welding", "description": page})
    # (the page's heading that repeats the title is said once: ``without_repeats``)
    assert lst.embed_text() == "MIG welding\nLearn MIG welding for beginners. Duration: 40 hours."
    w = rules_record(lst)["workload"]
    assert w["hours"] == 40 and page[w["evidence"][0]["start"]:w["evidence"][0]["end"]] == "40&nbsp;hours"


def test_character_references_inside_words_are_read_as_the_words():
    """Older sites escape letters: "Pr&uuml;fung" must read as "Prüfung" (it read "Prü     fung", which neither
    the rules nor the encoder know), and evidence offsets still index the field as given."""
    from mcclassify.model import rules_record
    from mcclassify.text import to_listing

    item = {"title": "Schwei&szlig;en MAG Grundkurs",
            "description": "<p>Lehrgang &uuml;ber 4&nbsp;Tage mit Pr&uuml;fung</p><p>EQF-Niveau&nbsp;4</p>"}
    lst = to_listing(item)
    assert lst.title == "Schweißen MAG Grundkurs" and "über 4 Tage mit Prüfung" in dict(lst.segments)["description"]
    rec = rules_record(lst)
    assert rec["assessed"] is True and rec["level"]["eqf"] == 4 and rec["workload"]["hours"] == 30
    spans = [item[ev["field"]][ev["start"]:ev["end"]] for ev in rec["workload"]["evidence"] + rec["level"]["evidence"]]
    assert spans == ["4&nbsp;Tage", "EQF-Niveau&nbsp;4"]


@pytest.mark.parametrize("value,hours,source", [
    ("PT60H", 60, "stated"),        # ELM volumeOfLearning
    ("PT2H30M", 2.5, "stated"),     # schema.org timeRequired
    ("PT45M", 0.75, "stated"),
    ("P3D", 22.5, "stated"),        # days, as "3 days" is read
    ("P6W", 24, "predicted"),       # a calendar duration alone, as "6 weeks"
    ("PT", None, "none"),
    ("Pilates", None, "none"),
])
def test_an_iso_8601_duration_is_read(value, hours, source):
    from mcclassify.extract import extract_workload

    w = extract_workload([("timeRequired", value)], "de")
    assert (w["hours"], w["source"]) == (hours, source)
    if hours:
        assert w["evidence"] == [{"field": "timeRequired", "start": 0, "end": len(value), "text": value}]


def test_a_schema_org_schedule_and_quantity_are_read():
    """A JSON-LD Course's schedule gives each session's duration and how many there are; a credit count is a
    QuantitativeValue with its unit beside it. Both had read as 3 h and as nothing."""
    from mcclassify.model import rules_record
    from mcclassify.text import to_listing

    item = {"@type": "Course", "name": "Introducción al Big Data", "inLanguage": "es",
            "hasCourseInstance": [{"@type": "CourseInstance", "courseMode": "online", "courseSchedule": {
                "@type": "Schedule", "duration": "PT3H", "repeatFrequency": "P1W", "repeatCount": 6}}]}
    w = rules_record(to_listing(item))["workload"]
    assert w["hours"] == 18 and w["evidence"][0]["text"] == "PT3H" and "6 sessions" in w["assumptions"][0]
    item = {"@type": "Course", "name": "Project Management", "numberOfCredits": {"@type": "StructuredValue", "value": 5,
            "unitText": "ECTS"}}
    assert rules_record(to_listing(item))["workload"]["ects"] == 5
    # other quantity objects: a number with its unit, or a UN/CEFACT unit code (as schema.org's unitCode)
    for duration, hours in (({"value": 3, "unit": "days"}, 22.5), ({"value": 40, "unitCode": "HUR"}, 40),
                            ({"amount": 2, "units": "weeks"}, None)):
        w = rules_record(to_listing({"name": "Kurs", "duration": duration}))["workload"]
        assert (w["hours"] if w["source"] == "stated" else None) == hours, (duration, w)
    # a duration alone, or one of a single session, is as it was
    one = {"name": "Kurs", "courseSchedule": {"duration": "PT3H", "repeatCount": 1}}
    assert rules_record(to_listing(one))["workload"]["hours"] == 3


def test_cached_rules_keep_each_fields_own_offsets(tmp_path):
    """Two listings that read alike, one with markup: the rule cache must not hand one the other's offsets."""
    from mcclassify.cache import EmbeddingCache
    from mcclassify.model import Classifier

    clf = Classifier(model="zero-shot", cache=EmbeddingCache(tmp_path / "e.sqlite"))
    a = {"id": "same", "title": "Soudage", "description": "Durée&nbsp;: 40&nbsp;heures"}
    b = {"id": "same", "title": "Soudage", "description": "Durée : 40 heures"}
    for item in (a, b, a):
        ev = clf.predict([item])[0]["workload"]["evidence"][0]
        assert item["description"][ev["start"]:ev["end"]] in ("40&nbsp;heures", "40 heures")
        assert ev["end"] - ev["start"] == (14 if item is a else 9)


@pytest.mark.parametrize("lang,text,hours", [
    ("de", "6 Wochen à 4 Stunden", 24), ("pl", "6 tygodni po 4 godziny", 24), ("uk", "6 тижнів по 4 години", 24),
    ("cs", "6 týdnů po 4 hodinách", 24), ("bg", "6 седмици по 4 часа", 24), ("fr", "6 semaines de 4 heures", 24),
    ("en", "12 weeks of 3 hours", 36),
    ("en", "6 weeks of 2 hours a day", 60),   # hours a day stay a day's
    ("en", "6 weeks, 40 hours", 40),          # a total is not each week's
])
def test_hours_of_each_week(lang, text, hours):
    """Hours joined to a count of weeks as to a count of days ("po", "à", "of") are each week's; they were
    read as the whole course (4 h for a six-week course)."""
    from mcclassify.extract import extract_workload

    w = extract_workload([("description", text)], lang)
    assert (w["hours"], w["source"]) == (hours, "stated")


@pytest.mark.parametrize("lang,text", [
    ("sl", "6-tedenski spletni tečaj, 4 ure na teden."), ("sl", "6-tedensko usposabljanje, 4 ure na teden."),
    ("hr", "6-tjedni online tečaj, 4 sata tjedno."), ("hr", "6-tjedno osposobljavanje, 4 sata tjedno."),
    ("cs", "6týdenní online kurz, 4 hodiny týdně."), ("nl", "6-weekse online cursus, 4 uur per week."),
    ("fi", "6-viikkoinen verkkokurssi, 4 tuntia viikossa."), ("sv", "6-veckors onlinekurs, 4 timmar per vecka."),
    ("et", "6-nädalane veebikursus, 4 tundi nädalas."), ("bg", "6-седмичен онлайн курс, 4 часа седмично."),
    ("bg", "6-седмично обучение, 4 часа седмично."), ("sr", "6-nedeljni onlajn kurs, 4 sata nedeljno."),
    ("sr", "6-недељно обучавање, 4 сата недељно."), ("tr", "6 haftalık çevrimiçi kurs, haftada 4 saat."),
    ("tr", "Haftalık 4 saat, 6 hafta."), ("bg", "Курс от 6 седмици, по 4 часа седмично"),
])
def test_a_count_of_weeks_as_an_adjective(lang, text):
    """"6-week" as one adjective ("6-tedenski tečaj", "6-veckors kurs", "6 haftalık kurs") is a count of
    weeks: it gave no workload, and the Turkish, Bulgarian and Serbian words, which also mean weekly,
    were read as six sessions a week (144 h)."""
    from mcclassify.extract import extract_workload

    w = extract_workload([("description", text)], lang)
    assert (w["hours"], w["source"]) == (24, "stated")


@pytest.mark.parametrize("lang,text,hours,ects", [
    ("el", "Διάρκεια 40 διδακτικές ώρες", 30, None),   # teaching hours of 45 minutes, as lesson units elsewhere
    ("el", "Διάρκεια: 40 διδακτικών ωρών", 30, None),
    ("ga", "10 gcreidiúint ECTS", 275, 10),            # Irish eclipses "creidiúint" after 7 to 10
])
def test_greek_teaching_hours_and_irish_eclipsed_credits(lang, text, hours, ects):
    from mcclassify.extract import extract_workload

    w = extract_workload([("description", text)], lang)
    assert (w["hours"], w["ects"], w["source"]) == (hours, ects, "stated")


@pytest.mark.parametrize("text,hours,mode,assessed,credential", [
    ("Продолжительность: 40 часов. Обучение очно в Риге. Экзамен, сертификат.", 40, "onsite", True, "certificate"),
    ("5 дней по 8 часов, онлайн.", 40, "online", None, None),
    ("Объём 256 академических часов, дистанционно, итоговая аттестация, диплом", 192, "online", True, "diploma"),
    ("6 недель по 4 часа, вебинары. Сертификат участника.", 24, "online", False, "certificate_of_attendance"),
])
def test_russian_listings_are_read(text, hours, mode, assessed, credential):
    """Baltic providers list courses in Russian; without a lexicon "40 часов" was no workload at all."""
    from mcclassify.model import rules_record
    from mcclassify.text import to_listing

    rec = rules_record(to_listing({"title": "Курс", "description": text, "language": "ru"}))
    assert (rec["workload"]["hours"], rec["workload"]["source"]) == (hours, "stated")
    assert (rec["mode"], rec["assessed"], rec["credential_type"]) == (mode, assessed, credential)


@pytest.mark.parametrize("lang,text", [
    ("is", "Námskeiðið fer fram í kennslustofu í Reykjavík. Ekkert próf. Þátttökuskírteini."),
    ("cy", "Cwrs wyneb yn wyneb yng Nghaerdydd. Dim arholiad. Tystysgrif presenoldeb."),
    ("lb", "De Cours ass am Sall zu Lëtzebuerg. Keen Examen. Participatiounsattest."),
    ("mt", "Il-kors isir fil-klassi f'Malta. L-ebda eżami. Ċertifikat ta' attendenza."),
    ("ga", "Cúrsa aghaidh ar aghaidh i mBaile Átha Cliath. Gan scrúdú. Teastas freastail."),
])
def test_denied_exams_and_classroom_words_of_the_smaller_languages(lang, text):
    """'No exam' said with the language's own negation ('Ekkert próf', 'Dim arholiad', 'Keen Examen',
    'L-ebda eżami') was read as an assessed course; 'am Sall', 'aghaidh ar aghaidh' as no mode."""
    from mcclassify.model import rules_record
    from mcclassify.text import to_listing

    rec = rules_record(to_listing({"title": "x", "description": text, "language": lang}))
    assert (rec["mode"], rec["assessed"], rec["credential_type"]) == ("onsite", False, "certificate_of_attendance")


@pytest.mark.parametrize("item,mode,assessed", [
    ({"title": "Keevitaja koolitus", "kirjeldus": "Teooria ja praktika, kutseeksam."}, None, True),   # a professional exam
    ({"pavadinimas": "Virėjo mokymai", "forma": "kontaktinis"}, "onsite", None),                  # taught in person
    ({"title": "Virėjo mokymai", "description": "Kontaktinis asmuo: Jonas, tel. 8 600 00000"}, None, None),   # a contact person
    # a Finnish online exam and a Slovenian seminar paper (probe of 22 university microcredentials in 21 languages)
    ({"title": "Rikosoikeuden perusteet", "description": "5 op, verkkotentti."}, None, True),
    ({"title": "Trajnostni turizem", "description": "3 KT, seminarska naloga."}, None, True),
    # an Italian synchronous videoconference and a Swedish webcast (probe of 20 CPD listings); a room's equipment is no mode
    ({"title": "Aggiornamento RSPP", "description": "Videoconferenza sincrona."}, "online", None),
    ({"title": "Corso", "description": "Sala riunioni con videoconferenza."}, None, None),
    ({"title": "Vidareutbildning för fastighetsmäklare", "description": "Heldag, webbsänd."}, "online", None),
    # English "classroom" as a list item or a label's value (a probe of 12 UK and Irish listings); not a virtual one,
    # nor classroom management as a topic
    ({"title": "Award in Education and Training", "description": "5 days, classroom, Manchester."}, "onsite", None),
    ({"title": "Course", "description": "Delivery: Classroom."}, "onsite", None),
    ({"title": "Course", "description": "Format: virtual classroom."}, "online", None),
    ({"title": "Classroom management for teachers", "description": "Tools for the classroom."}, None, None),
    # a booking word is a word of its own: "workshop" fifteen characters before "online" is not "shop" (a seed listing)
    ({"title": "Python for IT staff", "description": "Half-day workshop Delivered online via our learning platform."},
     "online", None),
    ({"title": "Python for IT staff", "description": "Half-day workshop. Book online now."}, None, None),
    # hybrid vehicles are a subject, not blended delivery (a probe of 50 listings, 2026-12-02); "Distansutbildning"
    # holds "bil" but is no car
    ({"title": "Kurs mechanika pojazdów elektrycznych i hybrydowych", "description": "24 godziny."}, None, None),
    ({"title": "Hochvolt-Schulung für Hybridfahrzeuge", "description": "1 Tag."}, None, None),
    ({"title": "Utbildning om hybridbilar", "description": "1 dag."}, None, None),
    ({"title": "Hybridkurs i ledarskap", "description": "3 dagar."}, "blended", None),
    ({"title": "ADR-utbildning", "description": "Distansutbildning."}, "online", None),
])
def test_estonian_professional_exams_and_lithuanian_contact_teaching(item, mode, assessed):
    """A probe of 20 records of public employment services in 20 languages (2026-12-02, fifteenth session)."""
    from mcclassify.model import rules_record
    from mcclassify.text import to_listing

    rec = rules_record(to_listing(item))
    assert (rec["mode"], rec["assessed"]) == (mode, assessed)


@pytest.mark.parametrize("lang,text", [("el", "Μικροπιστοποιητικό"), ("el", "Μικροπιστοποίηση"), ("sv", "Mikrokvalifikation")])
def test_microcredential_words_of_greek_and_swedish(lang, text):
    from mcclassify.model import rules_record
    from mcclassify.text import to_listing

    assert rules_record(to_listing({"title": "Kurs", "description": text, "language": lang}))["credential_type"] == "microcredential"


@pytest.mark.parametrize("lang,text,ects,higher_education", [
    ("en", "This module carries 5 ECTS credits.", 5, True),
    ("fi", "Laajuus 5 op, verkkokurssi", 5, True),
    ("lv", "Apjoms: 6 KP", 9, True),
    ("en", "20 UK credits at SCQF level 7", 10, False),
    ("en", "Level 3 award, 20 credits, 200 hours of learning", 10, False),   # UK credits beside stated hours too
    ("fi", "Tutkinnon osa, laajuus 15 osp", 15, False),                      # Finnish VET competence points
    ("fi", "Laajuus 15 osaamispistettä, 400 tuntia", 15, False),
    ("lt", "Programos apimtis – 60 mokymosi kreditų.", 60, False),             # Lithuanian VET learning credits
    ("sv", "Yrkeshögskoleutbildning på 400 YH-poäng (2 år heltid).", 120, False),   # Swedish YH-poäng: 0.3 ECTS each
    ("lt", "Dalyko apimtis: 6 kreditai.", 6, True),
    ("en", "A 2-day workshop, 15 hours", None, False),
])
def test_stated_ects_are_told_from_other_credit_units(lang, text, ects, higher_education):
    """``states_ects``: ECTS (higher education's credits) against UK/SCQF credits and VET competence
    points, which ``ects`` counts in with the assumption that names them; the EQF prior of stated ECTS
    reads it."""
    from mcclassify.extract.workload import NOT_ECTS, states_ects

    w = wl(text, lang)
    assert w["ects"] == (pytest.approx(ects) if ects is not None else None)
    assert states_ects(w) is higher_education
    assert any(a in NOT_ECTS for a in w["assumptions"]) is (ects is not None and not higher_education)


def test_a_predicted_band_is_the_median_band_by_size():
    """Bands are ordered by size: where no workload is stated, the band given is the median of the band
    probabilities (smallest first), not the most probable one at a far end."""
    from mcclassify.model import Classifier
    from mcclassify.record import empty_record
    from mcclassify.taxonomy import load_taxonomy_raw

    rec = empty_record("x", {})
    codes, probs = ["short", "nano", "beyond_micro", "very_short"], [0.35, 0.1, 0.45, 0.1]
    Classifier._band(rec, codes, probs, Classifier._median_bands(codes, [probs])[0])
    w = rec["workload"]
    assert w["band"] == "short" and w["source"] == "predicted" and w["confidence"] == 0.35
    assert w["hours"] == float(load_taxonomy_raw("bands")["short"]["typical_hours"])
    stated = empty_record("y", {})
    stated["workload"].update(source="stated", hours=8.0)
    Classifier._band(stated, ["short", "nano"], [0.9, 0.1], Classifier._median_bands(["short", "nano"], [[0.9, 0.1]])[0])
    assert stated["workload"]["hours"] == 8.0 and stated["workload"]["source"] == "stated"


@pytest.mark.parametrize("lang,text,hours", [
    # parts of a day counted as sessions, with their clock times
    ("pt", "2 manhãs, das 9h30 às 13h.", 7),
    ("fr", "2 matinées de 9h à 12h30", 7),
    ("en", "3 mornings, 9:00-12:30", 10.5),
    ("es", "3 tardes de 16:00 a 19:00", 9),
    # figures of hours joined by "+" or "plus" add up
    ("it", "Durata: 20 ore in aula + 10 ore di stage.", 30),
    ("fr", "16 h en présentiel + 8 h à distance", 24),
    ("en", "8 hours plus 2 hours exam", 10),
    # clock times with minutes on one end only, by a clock's word; a German half-day seminar
    ("de", "Seminar am 12.5.2026, 9-12:30 Uhr.", 3.5),
    ("de", "Halbtagesseminar", 3.75),
    # a total's word before the first figure heads the sum (rule probe of 2026-12-03)
    ("cs", "Rozsah: 120 hodin prezenční výuky + 40 hodin praxe.", 160),
    ("de", "Umfang: 56 UE Theorie + 16 Std. Hospitation", 58),
    # a session's hours just before the frequency are each session's
    ("ro", "Durata: 3 luni, 2 ore de două ori pe săptămână.", 51.96),
    ("en", "Classes run 2 hours twice a week for 10 weeks.", 40),
    ("nl", "12 weken, 2 uur twee keer per week", 48),
    ("no", "Kurset går over én dag (kl. 08.00–15.30).", 7.5),
    # sessions a week by a word of their own, over weeks
    ("en", "2 weeks, 3 sessions per week, 4 hours each", 24),
    ("hu", "Időtartam: 2 hét, heti 3 alkalom, alkalmanként 4 óra.", 24),
    ("en", "8 weeks, 2 sessions per week, 18:00-21:00", 48),
    ("et", "Kestus: 3 päeva (24 ak/h).", 18),
])
def test_parts_of_days_plus_joined_hours_and_weekly_sessions(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("lang,text,hours", [
    ("de", "40 Stunden, davon 10 Stunden Praxis + 5 Stunden Prüfung", 40),  # parts of a figure given before
    ("es", "150 h (teoría 50 h + práctica 100 h)", 150),
    ("fr", "Durée totale 24 h : 16 h en présentiel + 8 h à distance", 24),  # a total stands
    ("pl", "Kurs 60 godzin, zajęcia dwa razy w tygodniu", 60),  # a course's hours before a frequency stay its own
    ("en", "Duration 20 to 30 hours", 25),  # "to" joins a range, never adds
])
def test_what_does_not_add_up(lang, text, hours):
    assert_stated(text, lang, hours)


def test_lengths_written_as_hours_are_no_clock_range():
    w = extract_workload([("description", "Durée 1h30 à 2h")], "fr")  # not 1:30 to 2:00 at night
    assert w["source"] == "stated" and 1.5 <= w["hours"] <= 2


@pytest.mark.parametrize("lang,text,hours", [
    # a span of weekdays with clock times over weeks: that many days a week
    ("de", "Unterrichtszeiten: Montag bis Freitag von 8:00 bis 15:30 Uhr. Dauer: 6 Wochen", 225),   # days with breaks
    ("de", "Mo-Fr 9-12 Uhr, 4 Wochen", 60),
    ("en", "Monday to Thursday, 6pm-9pm, for 5 weeks", 60),
    ("fr", "Du lundi au vendredi de 9h à 12h pendant 2 semaines", 30),
    ("es", "Horario: lunes a jueves de 16:00 a 20:00 durante 3 semanas.", 48),
    ("nl", "Ma-vr 9:00-12:00, 4 weken", 60),
    ("pl", "Od poniedziałku do piątku w godz. 8:00-14:00, 3 tygodnie", 90),
    ("cs", "Kurs trvá 4 týdny, po–pá 8:00–12:00", 80),
    ("sv", "4 veckor, mån–fre kl. 9–12", 60),
])
def test_a_span_of_weekdays_over_weeks(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("lang,text", [
    ("de", "Hotline: Mo-Fr 8-18 Uhr. Kursdauer 4 Wochen"),      # a service's hours
    ("de", "Kontakt: Mo-Fr 9:00-12:00. Dauer 4 Wochen"),
    ("en", "Office hours Monday to Friday 9:00-12:00. Duration: 4 weeks"),
])
def test_a_services_hours_are_not_the_courses(lang, text):
    assert wl(text, lang)["source"] != "stated"


@pytest.mark.parametrize("lang,text,hours", [
    ("en", "Schedule: Day 1 09:00-17:00, Day 2 09:00-13:00.", 11.5),   # a day with breaks is 7.5 h at most
    ("de", "Tag 1: 9-17 Uhr / Tag 2: 9-16 Uhr", 14.5),
    ("de", "1. Tag: 09:00 – 17:00 Uhr\n2. Tag: 09:00 – 15:00 Uhr", 13.5),
    ("fr", "Jour 1 : 9h-17h ; Jour 2 : 9h-12h30", 11),
])
def test_a_schedule_of_numbered_days(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("text", [
    "Day 1 09:00-12:00 and 13:00-17:00, Day 2 09:00-13:00",   # a range without its own day label
    "Day 2 09:00-17:00, Day 1 09:00-13:00",                   # days out of order
    "09:00-10:30 Intro, 10:45-12:00 Workshop",                # an agenda of blocks
])
def test_schedules_that_are_not_read(text):
    assert wl(text, "en")["source"] != "stated"


# years of a course, weekends, dates without a year (probe of 51 workload and level listings, 2026-12-02)
@pytest.mark.parametrize("lang,text,hours", [
    ("nl", "Duur: 1 jaar, 1 avond per week van 19.00 tot 22.00 uur.", 120),   # 40 teaching weeks a year
    ("es", "Duración: 1 curso académico (octubre a junio), 4 horas semanales.", 160),
    # a school or academic year named with its own word (fi et cs sk hu)
    ("fi", "Koulutus kestää yhden lukuvuoden, 2 iltaa viikossa 3 tuntia.", 240),
    ("et", "Kestus: 1 õppeaasta, 4 tundi nädalas.", 160), ("cs", "Délka: 1 školní rok, 2 hodiny týdně.", 80),
    ("sk", "Dĺžka: 1 školský rok, 2 hodiny týždenne.", 80), ("hu", "Időtartam: 1 tanév, heti 4 óra.", 160),
    ("pl", "Kurs trwa 1 rok, zajęcia 2 razy w tygodniu po 3 godziny.", 240),
    ("de", "Dauer: 2 Jahre Vollzeit", 3000),
    ("nl", "Deze voltijdse opleiding duurt 2 jaar.", 3000),
])
def test_years_of_a_course_with_hours_a_week_or_full_time(lang, text, hours):
    assert_stated(text, lang, hours)


# a phase's label after a comma is the next figure's, and a half-time pace is half a full-time week
# (probe of 24 workload phrasings, 2026-12-04)
@pytest.mark.parametrize("lang,text,hours", [
    ("de", "Präsenzphase 24 Std., Selbstlernphase 36 Std.", 60),
    ("en", "Classroom 20 hours, self-study 40 hours", 60),
    ("sv", "Utbildningen är på halvtid under 10 veckor.", 187.5),
    ("sv", "Studietakt: Halvfart. Kursen pågår i 20 veckor.", 375),
    ("fr", "Formation à mi-temps sur 12 semaines", 225),
    # a total's label heading named parts: they add up
    ("hu", "Óraszám: 40 óra elmélet, 20 óra gyakorlat", 60),
    ("de", "Stundenumfang: 80 Stunden Theorie, 40 Stunden Praxis", 120),
])
def test_phases_after_a_comma_and_a_half_time_pace(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("lang,text", [
    ("de", "Voraussetzung: 2 Jahre Berufserfahrung. 4 Stunden pro Woche."),   # experience asked for
    ("de", "Kinder ab 3 Jahren, 1 Stunde pro Woche"),                         # an age
    ("en", "Part of our 3-year BA. Workload: 2 hours per week."),             # another programme's years
    ("nl", "Duur: 2 jaar."),                                                  # no hours a week
    ("en", "Since 25 years we train nurses, 3 hours per week."),              # a history
])
def test_years_that_are_not_the_courses_length(lang, text):
    assert wl(text, lang)["source"] != "stated"


@pytest.mark.parametrize("lang,text,hours", [
    ("no", "Kurset går over 2 helger, fredag 17-21 og lørdag 9-16.", 22),     # each weekday's clock times
    ("pl", "5 zjazdów weekendowych (sobota i niedziela, 9:00-16:00).", 70),
    ("pl", "Zajęcia w soboty i niedziele w godz. 9:00-15:00, łącznie 8 zjazdów.", 96),
    ("pl", "Kurs trwa 3 zjazdy po 2 dni (sobota-niedziela, 8:00-16:00).", 45),  # a day is at most 7.5 h
    ("de", "Die Weiterbildung umfasst 3 Wochenenden.", 45),                  # 2 days of 7.5 h each
    ("de", "4 Wochenenden, jeweils samstags 9-16 Uhr", 28),                  # one weekday named
    ("de", "3 Wochenenden à 12 Stunden", 36),                                # the hours of each
    ("cs", "3 víkendová setkání po 6 hodinách.", 18),                        # weekend sessions of 6 hours
])
def test_weekends(lang, text, hours):
    assert_stated(text, lang, hours)


def test_one_weekend_in_a_slogan_is_no_length():
    assert wl("Los 7 acordes para tocarlo todo en un fin de semana", "es")["source"] != "stated"
    assert_stated("Ein Wochenende, Samstag 10-17 Uhr und Sonntag 10-16 Uhr", "de", 13)


@pytest.mark.parametrize("lang,text,hours", [
    ("es", "Fechas: 3, 10, 17 y 24 de octubre, de 16:00 a 20:00 h.", 16),
    ("de", "Termin: 12. März, 9-13 Uhr", 4),
    ("en", "Date: October 3, 2pm-5pm", 3),
    ("it", "Il 12 maggio dalle 9:00 alle 13:00", 4),
    ("pl", "Szkolenie 14 i 15 października, godz. 9:00-15:00", 12),
])
def test_dates_without_a_year(lang, text, hours):
    assert_stated(text, lang, hours)


def test_a_date_with_its_year_leaves_yearless_deadlines_aside():
    assert_stated("Webinar, 12 March 2026, 14:00-15:30 CET. Register by 10 March.", "en", 1.5)
    # two yearless dates are two things, as two dated ones are
    assert wl("Webinar on 12 March, 14:00-15:30 CET. Register by 10 March.", "en")["source"] != "stated"


@pytest.mark.parametrize("lang,text,hours", [
    ("nl", "Opleiding van 2 jaar, 1 lesavond per week van 3 uur", 240),   # one session a week, singular
    ("it", "8 settimane, 1 incontro a settimana di 2 ore", 16),
    ("sv", "6 veckor, 1 kväll per vecka à 3 timmar", 18),
])
def test_one_session_a_week(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("lang,text,hours", [
    ("en", "Course duration: 01:30:00", 1.5),      # hh:mm:ss after a duration label
    ("de", "Dauer: 2:30", 2.5),
    ("de", "12 Lektionen à 45 Minuten", 9),        # Swiss lessons, counted as sessions
])
def test_lengths_written_as_a_clock_after_a_label_and_lessons_of_a_stated_length(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("lang,text", [
    ("de", "Dauer: 10:00-12:00 Uhr"), ("de", "Dauer: 10:00 Uhr"), ("fr", "Durée : 10h00 à 12h00"),  # times of day
    ("de", "Online-Kurs mit 12 Lektionen"),        # a lesson of a video course has no known length
])
def test_times_of_day_after_a_label_are_no_length(lang, text):
    assert wl(text, lang)["source"] != "stated"


@pytest.mark.parametrize("lang,text,hours", [
    # a probe of 20 harvested pages with their noise (2026-12-02): a deadline counted from the start, a
    # recording kept for a time, contact days beside self-study hours
    ("it", "Il corso prevede 20 lezioni da 90 minuti. Iscrizioni entro 10 giorni dall'inizio.", 30),
    ("de", "Live-Webinar am 22.04.2026, 10:00–11:30 Uhr. Aufzeichnung 30 Tage verfügbar.", 1.5),
    ("en", "Live session on 12 March 2026, 14:00-15:30. Replay for 7 days.", 1.5),
    ("de", "Berufsbegleitend: 8 Präsenztage plus ca. 40 Stunden Selbststudium.", 100),
])
def test_deadlines_recordings_and_days_beside_self_study(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("lang,text,hours", [
    # self-study named first: its label is not the next figure's too (2026-12-05)
    ("de", "ca. 40 h Selbststudium + 16 h Präsenz", 56),
    ("de", "40 h Präsenz, Selbststudium 16 h", 56),
    ("en", "24 contact hours plus 36 hours of self-study", 60),
])
def test_self_study_named_before_contact_hours(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("lang,text,hours", [
    # the full stop of an abbreviated unit, or of "ca.", ends no sentence: a label after it is the figure's (2026-12-06)
    ("de", "24 Std. Präsenz, 16 Std. Selbstlernphase", 40),
    ("de", "Dauer: ca. 24 Std. Präsenz und 16 Std. Selbststudium", 40),
    ("cs", "Celkem 40 hod. teorie a 20 hod. praxe", 60),
    ("da", "24 t. undervisning og 12 t. hjemmearbejde", 36),
    # a sentence that ends after a unit still ends there
    ("de", "Dauer: 16 Std. Der Kurs richtet sich an Pflegekräfte.", 16),
    # blended parts, a total's label over contact time and self-study, self-study "of which"
    ("fr", "14 h en présentiel, 7 h en distanciel", 21),
    ("it", "20 ore in aula, 10 ore di stage", 30),
    ("en", "30 h e-learning and 10 h workshops", 40),
    ("en", "40 hours classroom. Includes 10 hours practical.", 40),
    ("sl", "Usposabljanje obsega 24 ur predavanj in 16 ur vaj.", 40),
    ("no", "Omfang: 30 timer undervisning og 20 timer egenarbeid.", 50),
    ("en", "Total: 120 hours face-to-face, of which 30 hours self-study", 120),
    ("en", "120 hours face-to-face, of which 30 hours self-study", 120),
    ("es", "El precio incluye materiales. 20 h teoría + 10 h práctica", 30),
])
def test_abbreviated_units_and_blended_parts(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("lang,text,hours", [
    # contact days and hours at a distance add up, a label before "and" being the days' (a probe of 26 blended
    # phrasings in 14 languages, 2026-12-06: 4 read the hours only)
    ("de", "3 Präsenztage und 20 Stunden E-Learning", 42.5),
    ("en", "2 days classroom plus 10 hours of online learning", 25),
    ("es", "2 días presenciales y 10 horas de formación online", 25),
    ("ro", "16 ore curs și 8 ore online asincron", 24),
    ("fr", "2 jours en présentiel et 7 heures en e-learning", 22),
    # a day's own hours with a part word near stay the day's
    ("nl", "1 dag (7 uur) in ons praktijkcentrum", 7),
    ("de", "2 Präsenztage (16 Stunden Praxis)", 16),
])
def test_contact_days_and_hours_at_a_distance(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("lang,description,hours", [
    # the whole course's length after its label, its format further on, is no phase at a distance beside days in the
    # title (bench/surface.py, "2-tägiges Seminar: " before a title: 2 listings had read 15 h more)
    ("fr", "Durée : 8 heures Formation mixte : e-learning et présentiel.", 8),
    ("sv", "Längd: 300 timmar Distans med fysiska träffar.", 300),
])
def test_a_labelled_length_is_no_phase_at_a_distance(lang, description, hours):
    w = extract_workload([("title", "2-tägiges Seminar: Design UX/UI"), ("description", description)], lang)
    assert w["hours"] == hours


@pytest.mark.parametrize("text,hours", [
    # white space the phrases do not write: runs of spaces, no-break and thin spaces, tabs, a soft hyphen, line breaks
    # escaped twice (2026-12-06: with the spaces of 1,152 fresh-topic listings doubled or made no-break, the workload
    # of 129 moved: "hours per week", "half a day" were not read)
    ("6 weeks,  5 hours  per  week", 30), ("6\u00a0weeks,\u00a05\u00a0hours\u00a0per\u00a0week", 30),
    ("6 weeks,\t5 hours\tper week", 30), ("6\u202fweeks, 5\u202fhours per\u202fweek", 30),
    ("Format: online\\nDuration: 6 weeks, 5 hours per week\\nPrice: 300 EUR", 30),
])
def test_odd_white_space_is_read_as_a_space(text, hours):
    lst = to_listing({"title": "Course", "description": text})
    rec = rules_record(lst)
    assert rec["workload"]["hours"] == hours
    ev = rec["workload"]["evidence"][0]
    assert text[ev["start"]:ev["end"]].replace("\u00a0", " ").replace("\u202f", " ").split()[0] == "6"


@pytest.mark.parametrize("lang,title,text", [
    # a word for the whole course's format is no phase at a distance that adds to days named elsewhere (bench/surface.py,
    # "2-tägiges Seminar: " before a title: 10 listings had read 15 h more, 2026-12-06)
    ("de", "2-tägiges Seminar: Haushaltswesen und Doppik", "Webinar, 90 Minuten Teilnahmebestätigung."),
    ("fr", "2-tägiges Seminar: Revenue management hôtelier", "Formation pratique. Classe virtuelle (90 min)"),
])
def test_a_format_word_is_no_part(lang, title, text):
    assert extract_workload([("title", title), ("description", text)], lang)["hours"] == 1.5


@pytest.mark.parametrize("lang,text", [
    # an entitlement's weeks or days are no course's length (2026-12-06)
    ("da", "Kurset er gratis for ledige med ret til 6 ugers jobrettet uddannelse."),
    ("de", "Beschäftigte haben Anspruch auf 5 Tage Bildungsurlaub."),
])
def test_an_entitlement_is_no_length(lang, text):
    assert extract_workload([("description", text)], lang)["hours"] is None


def test_a_label_before_its_figure_keeps_its_comma():
    assert_stated("Selbststudium, ca. 40 h", "de", 40)


@pytest.mark.parametrize("lang,text,hours", [
    # care round the clock is no length (the fresh topics' one workload miss, 2026-12-05)
    ("de", "Betreuungskraft in der häuslichen 24-Stunden-Betreuung (2027)\nHalbtägiger Workshop", 3.75),
    ("en", "Level 2 Certificate in 24-hour care. 3 days.", 22.5),
    ("it", "Corso per badante 24 ore su 24, 40 ore", 40),
    # a course of 24 hours stays one
    ("de", "24-Stunden-Kurs Erste Hilfe", 24),
    ("en", "24 hours of classroom teaching", 24),
])
def test_round_the_clock_care_is_no_length(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("lang,text,hours", [
    # a second probe of 20 harvested pages (2026-12-02)
    ("de", "Modul 1 (5 Tage), Modul 2 (5 Tage), Modul 3 (4 Tage) plus Praktikum.", 105),   # numbered parts add up
    ("de", "Teil 1: 16 Stunden, Teil 2: 24 Stunden", 40),
    ("pl", "2 dni x 8 godzin. Certyfikat wysyłamy w ciągu 7 dni.", 16),                # a certificate's delivery
    ("hu", "A képzés időtartama 6 hét, hetente 3 alkalom, alkalmanként 5 óra. A tanúsítványt 10 napon belül postázzuk.", 90),
    ("de", "3 Tage. Das Zertifikat erhalten Sie innerhalb von 4 Wochen nach der Prüfung.", 22.5),
    ("nl", "3 modules van elk 2 dagen. Tussen de modules werk je ongeveer 4 uur aan praktijkopdrachten.", 49),
    ("da", "2 kursusdage á 7 timer.", 14),
    ("sv", "Heldag 08.00-16.00, lunch ingår.", 7.5),                                     # one full day, no number
    ("en", "A full-day workshop in Leeds.", 7.5),
])
def test_parts_certificates_and_full_days(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("lang,title,text,ects", [
    # the credits of a degree the course belongs to, where the course states its own
    ("en", "Machine learning module", "This module (5 ECTS) is part of the 60 ECTS MSc in Data Science.", 5),
    ("en", "Machine learning module", "5 ECTS. Can be credited towards our 90 ECTS master's programme.", 5),
    ("de", "Maschinelles Lernen", "Modul mit 6 ECTS. Anrechenbar auf den Bachelor (180 ECTS).", 6),
    # credits the learner must already have
    ("en", "Machine learning module", "Entry requirement: a bachelor's degree of at least 180 ECTS. The module is 10 ECTS.", 10),
    ("de", "Maschinelles Lernen", "Voraussetzung: abgeschlossenes Studium mit mindestens 180 ECTS.", None),
    ("fr", "Apprentissage automatique", "Prérequis : 120 crédits ECTS validés.", None),
    # a degree's own credits, and a course's beside a degree's name
    ("en", "MSc Data Science (90 ECTS)", "A full master's programme.", 90),
    ("en", "Postgraduate certificate", "A 30 ECTS programme for professionals.", 30),
    ("en", "Data module", "The 5 ECTS programme has two 2.5 ECTS modules.", 5),       # "programme" alone is no degree
    ("de", "Zertifikatskurs", "Umfang: 10 ECTS (Masterniveau).", 10),
])
def test_a_degrees_credits_and_credits_required_are_not_the_courses(lang, title, text, ects):
    assert extract_workload([("title", title), ("description", text)], lang)["ects"] == ects


@pytest.mark.parametrize("lang,text", [
    # a term of payment or of a reply, the way to the venue, a parking time: not the course's
    ("en", "Payment is due by invoice within 14 days."),
    ("de", "Zahlbar innerhalb von 14 Tagen nach Rechnungserhalt."),
    ("es", "El pago se realiza en un plazo de 30 días desde la factura."),
    ("pl", "Płatność w terminie 14 dni od otrzymania faktury."),
    ("cs", "Platbu je nutné uhradit do 14 dnů od vystavení faktury."),
    ("en", "We reply to enquiries within 24 hours."),
    ("en", "The venue is a 5 minute walk from the station; parking for 2 hours is free."),
    ("de", "Der Schulungsort liegt nur 10 Gehminuten vom Bahnhof entfernt."),
    ("fr", "Le centre est à 5 minutes à pied de la gare."),
    # the page's own times: when it was posted, how long it takes to read, how long an offer lasts
    ("en", "Last updated 3 days ago."),
    ("de", "Veröffentlicht vor 3 Tagen"),
    ("fr", "Publié il y a 3 jours"),
    ("it", "Pubblicato 3 giorni fa"),
    ("en", "Estimated reading time: 5 minutes"),
    ("en", "Sale ends in 2 days!"),
    ("en", "Only 3 days left to register!"),
    ("de", "Nur noch 3 Tage buchbar!"),
    ("fr", "Plus que 5 jours pour s'inscrire !"),
    ("en", "Join 12,000 learners who completed this course in the last 12 months."),
    # a term of payment named before its days, and results or a reply within a time
    ("de", "Zahlungsziel: 14 Tage netto."),
    ("en", "Payment terms: 30 days net."),
    ("cs", "Splatnost faktury je 14 dní."),
    ("fr", "Paiement à 30 jours fin de mois."),
    ("hu", "Fizetési határidő: 8 nap."),
    ("fi", "Maksuehto 14 päivää netto."),
    ("de", "Ergebnisse erhalten Sie innerhalb von 2 Wochen."),
    ("de", "Wir melden uns innerhalb von 48 Stunden bei Ihnen."),
    # a break, a renewal, a membership the fee includes
    ("en", "Lunch break: 1 hour."),
    ("de", "inkl. 1 Stunde Mittagspause"),
    ("fr", "Pause déjeuner d'une heure."),
    ("es", "Descanso de 30 minutos."),
    ("nl", "Lunchpauze van 1 uur."),                # a compound's break
    ("hu", "Ebédszünet 1 óra."),
    ("cs", "Přestávka na oběd 1 hodina."),          # a meal after a preposition
    ("pt", "Intervalo para almoço de 1 hora."),
    ("en", "Recertification after 36 months."),
    ("en", "Course fee includes 12 months of membership."),
    # a certificate's delivery in hours, an exam's date (rule probe of 2026-12-03)
    ("en", "Your certificate will be emailed within 48 hours of passing."),
    ("pl", "Egzamin w ciągu 7 dni od zakończenia kursu."),
    ("eu", "2 orduko saioak"),   # sessions of 2 hours, how many not said
])
def test_terms_of_payment_the_way_to_the_venue_and_the_pages_own_times_state_no_workload(lang, text):
    assert wl(text, lang)["source"] != "stated"


@pytest.mark.parametrize("lang,text,hours", [
    ("cs", "Kurz trvá 5 dní, platba do 14 dnů.", 37.5),          # the course's days beside a term of payment
    ("de", "Dauer: 3 Tage. Zahlung per Rechnung.", 22.5),
    ("en", "Complete the course within 14 days.", 105),           # "within" alone is the course's
    ("en", "Learn to walk through a 2 hour audit.", 2),
    ("de", "Der Kurs läuft 3 Tage.", 22.5),
    ("pt", "Há 3 dias de formação prática.", 22.5),                # "há" is also "there are"
    ("de", "Seminar: 2 Tage vor Ort in Köln.", 15),
    ("en", "3 days, €450 payable on booking.", 22.5),                  # the payment's word after the days
    ("en", "Payment in two instalments; the course lasts 3 days.", 22.5),
    ("en", "Paid work placement of 10 days.", 75),
    ("en", "Duration: 2 days (including 1 hour lunch break each day).", 15),   # was 1 hour, the break's
    ("it", "4 ore con pausa caffè.", 4),
    ("en", "Break dancing course: 10 hours.", 10),
    ("en", "Menopause: 2 hours.", 2),
])
def test_the_course_duration_beside_terms_of_payment_stands(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("lang,text,hours", [
    ("de", "Modul 1: 16 Stunden, Modul 2: 24 Stunden, gesamt 40 Stunden", 40),   # a total stands
    ("nl", "Eendaagse cursus: 1 dag (7 uur) in ons praktijkcentrum.", 7),         # the day's own hours
    ("en", "Level 1 (2 days), Level 2 (3 days)", 22.5),                          # levels may be separate offers
])
def test_what_numbered_parts_and_part_hours_leave(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("lang,text,hours", [
    # a third probe of 20 pages in 15 languages (2026-12-02): minutes in Ukrainian and Turkish, school hours
    # in the plural forms that follow 2-4
    ("uk", "Тривалість курсу: 3 місяці, 24 заняття по 90 хвилин.", 36),
    ("tr", "Eğitim 90 dakika sürer.", 1.5),
    ("hr", "Nastava 2x tjedno po 2 školska sata kroz 10 tjedana.", 30),
    ("cs", "Kurz má 2 vyučovací hodiny.", 1.5),
    ("lv", "Kursa apjoms: 40 akadēmisko stundu.", 30),
])
def test_minutes_and_school_hours_of_more_languages(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("text,ects", [
    ("PGCert Digital Health (part-time). 60 credits at level 7.", 30),   # UK higher education's credits
    ("Postgraduate module, 15 credits at FHEQ level 7", 7.5),
    ("Microcredential, 5 ECTS credits at level 7", 5),                  # ECTS named
])
def test_uk_higher_education_credits(text, ects):
    assert wl(text, "en")["ects"] == ects


@pytest.mark.parametrize("lang,text,hours", [
    # the days of named parts add up as their hours do (a rule probe, 2026-12-06: the longest part alone was read)
    ("sv", "1 dag teori och 2 dagar praktik.", 22.5),
    ("de", "Theorie: 3 Tage, Praxis: 2 Tage", 37.5),
    ("cs", "2 dny teorie a 1 den praxe", 22.5),
    ("tr", "2 gün teorik ve 1 gün uygulamalı eğitim", 22.5),
    ("de", "3 Präsenztage und 2 Tage Praxis im Betrieb", 37.5),            # taught days and one part
    ("fr", "3 jours en salle et 2 jours de stage en entreprise", 37.5),   # "en salle": in the classroom
    ("it", "3 giornate d'aula e 1 giornata di esercitazioni pratiche", 30),
    ("fr", "21 heures en salle et 14 heures de stage en entreprise", 35),
    # the course's length stands where it is longer than its parts, or they are parts of it
    ("de", "Dauer 5 Tage: 3 Tage Theorie, 2 Tage Praxis", 37.5),
    ("de", "5 Tage (davon 2 Tage Praxis)", 37.5),
    ("en", "5 days, of which 2 days practical", 37.5),
])
def test_the_days_of_named_parts_add_up(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("lang,text,hours", [
    # Turkish sized sessions, the length first ("3-hour 4 sessions"), as Basque "3 orduko 8 saio"; its distributive
    # numerals ("üçer", three each); after the sessions only a session's length (2026-12-06)
    ("tr", "3 saatlik 4 oturum", 12), ("tr", "Üçer saatlik dört oturum", 12), ("tr", "90 dakikalık 6 oturum", 9),
    ("tr", "10 oturum, 40 saatlik eğitim", 40), ("tr", "40 saatlik eğitim, 10 oturum", 40),
])
def test_turkish_sessions_sized_before_their_count(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("lang,text,hours", [
    # a run of days and the clock times of each (a probe of dated schedules among a page's prices and places,
    # 2026-12-06): a numeric run whose last day also reads as a date was two dates; the year first in hu lt lv
    ("fi", "Ajankohta: 15.–16.3.2027 klo 9–16. Hinta 690 € + alv 25,5 %.", 14),
    # a day of 8 h with its breaks is 7.5 h
    ("hr", "Termin: 22. – 24. 3. 2027., od 8 do 16 sati. Cijena: 350 EUR + PDV.", 22.5),
    ("hu", "Időpont: 2027. április 8–9., 9:00–16:00. Részvételi díj: 89 000 Ft + áfa.", 14),
    ("lt", "Data: 2027 m. balandžio 14–15 d., 9.00–16.00 val. Kaina: 290 Eur + PVM.", 14),
    ("lv", "Datums: 2027. gada 12.–13. aprīlis, plkst. 10.00–16.00. Cena: 240 EUR.", 12),
])
def test_a_run_of_days_with_each_days_clock_times(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("lang,text,hours", [
    # ECTS by a national name are never UK credits of ten hours, nor are credits beside contact hours that come to ten
    # each (a probe of university courses, 2026-12-06: "3 EAP ... 24 kontakttundi" read 30 h, as UK credits)
    ("et", "Tartu Ülikool. 3 EAP, 78 tundi, sellest 24 kontakttundi. Eksam.", 78),
    ("en", "20 credits, 60 contact hours", 550), ("en", "20 credits, 200 hours of learning", 200),
    # a UK postgraduate award spelled out, or a fee in pounds, says UK credits
    ("en", "Postgraduate Certificate. 60 credits, part-time over one year. Fee: £3,200.", 600),
    ("en", "Postgraduate Certificate in Cybersecurity (Level 9 NFQ, 30 credits)", 825),   # Irish HE: ECTS
    # outside English, Irish and Welsh bare credits are ECTS whatever hours stand beside them
    ("cs", "Masarykova univerzita, kurz CŽV. 2 kredity, 24 hodin výuky. Zápočet.", 55),
])
def test_credits_by_their_national_name_and_context(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("lang,text,hours", [
    # one day named by a word, with the day's clock times after it: those hours (was a whole day, 7.5 h)
    ("it", "Giornata formativa: 9.00-13.00", 4), ("de", "Tagesseminar, 9:00-13:00 Uhr", 4),
    ("no", "Heldagskurs kl. 09.00–13.00", 4),
    ("de", "Ganztagesworkshop, 9-17 Uhr", 7.5), ("it", "Giornata formativa", 7.5),
    ("it", "Mezza giornata formativa, 9-13", 3.75),   # a half day's word holds the day's
])
def test_a_day_named_by_a_word_takes_its_clock_times(lang, text, hours):
    assert_stated(text, lang, hours)


@pytest.mark.parametrize("lang,text,hours", [
    # a count of sessions beside a longer span of clock times: each a day with its breaks, at most 7.5 h (a sweep's
    # listing: "Six Saturday workshops, 10am-4pm" said nothing); a span after a sentence's end is no session's
    ("en", "Six Saturday workshops, 10am-4pm: re-upholster a chair.", 36), ("en", "10 sessions, 9:00-17:00", 75),
    ("en", "6 sessions, 10am-1pm.", 18),
    # Albanian months as an adjective ("3 mujor", a three-month course), with sessions a week and their hours
    ("sq", "Kurs 3 mujor, 2 herë në javë nga 2 orë.", 51.96),
])
def test_day_long_sessions_and_albanian_months(lang, text, hours):
    assert_stated(text, lang, hours)


def test_clock_times_after_a_sentence_end_are_no_sessions():
    assert wl("Office hours 9:00-17:00. 10 sessions.", "en")["source"] != "stated"


@pytest.mark.parametrize("lang,text,evidence", [
    # a calendar length alone predicts the workload from the course's length, the longest in weeks, not from a part
    # given after "of which" (a probe of employment-service courses, 2026-12-04: "6 Monate, davon 8 Wochen" was 8 weeks,
    # as 8 is more than 6)
    ("de", "Dauer: 6 Monate, davon 8 Wochen Praktikum.", "6 Monate"),
    ("fr", "Durée : 5 mois dont 6 semaines de stage en entreprise.", "5 mois"),
    ("fi", "Kesto 4 kuukautta, josta työssäoppimista 6 viikkoa.", "4 kuukautta"),
    ("sv", "Längd: 20 veckor, varav 6 veckor praktik.", "20 veckor"),
    ("en", "Duration: 3 months (12 weeks)", "3 months"),
])
def test_a_calendar_length_is_the_courses_not_a_part_of_it(lang, text, evidence):
    w = wl(text, lang)
    assert w["source"] == "predicted" and [e["text"] for e in w["evidence"]] == [evidence], w


@pytest.mark.parametrize("lang,text,hours", [
    # "t" is hours in Danish, Finnish and Norwegian only, and not after a limit: there, and in other languages, tonnes
    ("de", "Führerschein Klasse C1 (Fahrzeuge bis 7,5 t)", None),
    ("cs", "Řidičský průkaz skupiny C1 – vozidla do 7,5 t", None),
    ("en", "Mobile crane operator, cranes up to 25 t", None),
    ("ga", "Samhaltú 3T le Blender", None),                        # 3D in Irish
    ("fi", "Kuorma-auton C1-kortti, alle 7,5 t:n ajoneuvot", None),
    ("da", "Lastbil C1 op til 7,5 t", None),
    ("fi", "MRI-kuvantaminen 3 T -laitteella", None),
    ("fi", "Kesto: 6 t (sis. tauot)", 6.0),
    ("da", "Varighed: 7,5 t", 7.5),
    ("no", "Kurs, 7 t", 7.0),
])
def test_tonnes_are_no_hours(lang, text, hours):
    assert wl(text, lang)["hours"] == hours


def test_weeks_of_access_to_live_sessions_are_the_course():
    """Only months and years are an access period when what is accessed comes between: weeks are the course's."""
    w = wl("You get access to live sessions and mentoring for 6 weeks, 5 hours per week.", "en")
    assert w["hours"] == 30.0


@pytest.mark.parametrize("lang,text,hours", [
    # after a count of sessions and a comma, a length too short to be all of them is each one's (a probe of 40
    # session phrasings in 27 languages, 2026-12-04: three read wrong)
    ("fr", "10 séances, 1h30. Inscription en ligne.", 15.0),
    ("fr", "10 séances, 2 heures.", 20.0),
    ("en", "10 sessions, 20 hours.", 20.0),                    # a total: 2 hours each is plausible
    ("fr", "Formation de 4 séances, 9h30 à 12h00.", 10.0),      # clock times stay clock times
    ("fr", "6 rencontres, 2h30 chacune.", 15.0),
    ("pl", "10 zajęć, każde po 1,5 godziny.", 15.0),           # "each" and "at" together
    ("ga", "3 sheisiún de 2 uair an chloig.", 6.0),           # the lenited session noun
    ("es", "Duración: 5 encuentros de 3 horas.", 15.0),
    ("fr", "Webinaire, 1h30.", None),                            # no count, no label: could be a clock time
])
def test_each_sessions_length_after_a_comma(lang, text, hours):
    assert wl(text, lang)["hours"] == hours


@pytest.mark.parametrize("lang,text,hours,ects", [
    # continuing professional development: its hours are hours, its points and credits are no ECTS (a probe of nine
    # CPD accreditation lines, 2026-12-04: "15 CPD hours" read nothing, Spanish CFC credits read as 6.2 ECTS)
    ("en", "This course counts for 15 CPD hours.", 15.0, None), ("en", "Approved for 10 CE hours.", 10.0, None),
    ("de", "Umfang: 40 Weiterbildungsstunden nach § 15 FAO.", 40.0, None), ("de", "8 Fortbildungsstunden.", 8.0, None),
    ("es", "Acreditado con 6,2 créditos de formación continuada.", None, None),
    ("it", "Il corso riconosce 6 crediti formativi professionali.", None, None),
    ("it", "Corso da 6 CFU (crediti formativi universitari).", 165.0, 6.0),
])
def test_cpd_hours_and_cpd_credits(lang, text, hours, ects):
    w = wl(text, lang)
    assert (w["hours"], w["ects"]) == (hours, ects)


@pytest.mark.parametrize("lang,text,hours", [
    # months over which the fee is paid are not the course's (a probe of 21 lines of group size, age and payment in 21
    # languages, 2026-12-04: three read the months as the course's length)
    ("es", "Plazas limitadas. Financiación en 12 meses sin intereses.", None), ("sv", "Betala på 3 månader räntefritt.", None),
    ("da", "Betal over 3 måneder.", None), ("en", "Pay in 12 monthly instalments.", None),
    # a subject that begins like a word of paying keeps its hours
    ("en", "Payroll in 3 hours", 3.0), ("en", "Essentials of finance and investment in 2 hours", 2.0),
])
def test_months_of_paying_the_fee_are_not_the_course(lang, text, hours):
    assert wl(text, lang)["hours"] == hours


@pytest.mark.parametrize("segments,hours", [
    # a page's text kept twice, or a summary that says it again, states its figures once (2026-12-06: the description
    # of 1,152 fresh-topic listings twice had doubled 64 workloads: "120 timer i alt Fjernundervisning" read as two parts)
    ([("description", "Praktisk kursus. 120 timer i alt Fjernundervisning. Uden eksamen.\nDel\n"
                      "Praktisk kursus. 120 timer i alt Fjernundervisning. Uden eksamen.\nDel")], 120),
    ([("description", "Gyakorlatorientált képzés. Haladóknak. Óraszám: 30 óra Távoktatás. Záróvizsga."),
      ("summary", "Gyakorlatorientált képzés. Haladóknak. Óraszám: 30 óra Távoktatás. Záróvizsga.")], 30),
    ([("description", "Webinar: 2 Stunden online. Mit Zertifikat."), ("teaser", "Webinar: 2 Stunden online")], 2),
])
def test_a_text_said_twice_states_its_figures_once(segments, hours):
    assert extract_workload(segments, None)["hours"] == hours


def test_a_figure_said_again_among_new_sentences_is_no_copy():
    from mcclassify.text import copied_spans

    assert copied_spans(["Modul 1: Grundlagen\n16 UE online\nModul 2: Vertiefung\n16 UE online\nMehr erfahren"]) == [[]]
    assert copied_spans(["Dauer: 2 Tage", "Dauer: 2 Tage"]) == [[], [(0, 13)]]  # a field's only sentence said before
