"""Glossaries: English words for domain stems of languages the encoder was not trained on."""
import numpy as np
import pytest

from mcclassify.errors import ConfigError
from mcclassify.gloss import IGNORED, NAMES_FILE, Glossary, embed_texts, gloss, glossary, glossary_hashes, glossary_languages
from mcclassify.text import to_listing


def test_every_shipped_glossary_loads_and_glosses_something():
    langs = glossary_languages()
    # the EU official languages the default encoder does not cover all have one
    assert {"bg", "cs", "da", "el", "et", "fi", "ga", "hr", "hu", "lt", "lv", "mt", "ro", "sk", "sl", "sv"} <= set(langs)
    for lang in langs:
        g = glossary(lang)
        assert len(g.to_en) >= 100, lang
    # and the names every language shares (rule 22), hashed under their file's name
    assert set(glossary_hashes()) == set(langs) | {NAMES_FILE}


@pytest.mark.parametrize("lang,text,expected", [
    ("fi", "Trukinkuljettajan koulutus", ["forklift", "driver"]),          # two parts of one compound
    ("sv", "Svetsning MIG/MAG för nybörjare", ["welding"]),
    ("da", "Lagerstyring og logistik", ["warehouse", "logistics"]),
    ("hu", "Targoncavezető és gépjárművezető képzés", ["forklift", "driver"]),
    ("el", "Εκπαίδευση χειριστή κλαρκ", ["forklift"]),
    ("el", "ΕΚΠΑΙΔΕΥΣΗ ΧΕΙΡΙΣΤΗ ΚΛΑΡΚ", ["forklift"]),                      # case and accents ignored
    ("cs", "Kurz obsluhy vysokozdvižného vozíku", ["forklift"]),
    ("hr", "Tečaj prve pomoći i zaštite na radu", ["first aid", "occupational safety and health"]),  # words of several-word stems
    ("sr", "Обука за возаче виљушкара", ["driver", "forklift"]),            # Cyrillic read as Latin
    ("sr", "Obuka za vozače viljuškara", ["driver", "forklift"]),
    ("bs", "Kurs za kuhare i vozače viljuškara", ["kitchen", "chef", "driver", "forklift"]),  # hr and sr included
    ("is", "Lyftaranámskeið", ["forklift"]),                               # longest stem wins ("lyf" = pharmacy)
    ("lv", "Pienākumi un galvenais", []),                                  # short stems are whole words
    # NACE divisions and ISCED-F fields added after the seed topics' vocabulary
    ("fi", "Sähköasentajan perusteet", ["electrician"]),
    ("da", "Kursus i nedrivning og stilladsarbejde", ["demolition", "scaffolding"]),
    ("el", "Σεμινάριο διερμηνείας", ["interpreting"]),
    ("hu", "Rendezvényszervező képzés", ["events"]),
    ("uk", "Курс для барменів", ["waiter", "bartender"]),                  # a stem may stand for two words
    # Russian (2026-12-04): the encoder read its trade words alone as language teaching
    ("ru", "Сварщик", ["welding"]), ("ru", "Машинист экскаватора", ["excavator"]), ("ru", "Бухгалтер 1С", ["accounting"]),
    ("ru", "Обучение проводится на русском языке", []),                   # the language it is taught in
    # security words that are also safety's, before a computer word: IT security (2026-12-04)
    ("ga", "Slándáil Ríomhaireachta", ["cybersecurity"]), ("ca", "Seguretat informàtica", ["cybersecurity"]),
    ("pl", "Bezpieczeństwo IT", ["cybersecurity"]), ("pl", "Bezpieczeństwo i higiena pracy", ["occupational safety and health"]),
    ("bs", "Sigurnost informacionih sistema", ["cybersecurity"]),   # Croatian's stems, by include
    # Luxembourgish: its own forms beside the German glossary's stems it includes (2026-12-04)
    ("lb", "Schweesscours fir Ufänger", ["welding"]),
    ("lb", "Bëschaarbechter: Motorsee Cours", ["forestry", "chainsaw"]),
    ("lb", "Éischt Hëllef am Betrib", ["first aid"]),
    ("lb", "Gabelstapler Formatioun", ["forklift"]),                      # the German stem
    ("lb", "Beschreiwung vum Cours", []),                                 # a description holds no forest ("bësch")
    # frequent short-course topics
    ("cs", "Zednické práce: základní techniky", ["masonry"]),
    ("sv", "Motorsågskörkort och trädfällning", ["chainsaw", "tree care"]),   # a chainsaw licence is no driving
    ("sv", "B-körkort: körkortsteori", ["driver"]),
    ("hu", "Pénzmosás elleni küzdelem", ["money laundering"]),
    ("ro", "Curs de manichiură", ["beauty", "manicure"]),
    # words that began a stem of another concept: technique, staff, "branding", collections, networks
    ("da", "Salgsteknik og employer branding", ["sales"]),
    ("fi", "Järjestyksenvalvojan peruskoulutus keittiöhenkilöstölle", ["security guard", "kitchen"]),
    ("el", "Διαχείριση μουσειακών συλλογών", ["management", "museum"]),
    ("cs", "Správa sítí: routing", ["administration", "network"]),
    ("da", "Brandsikkerhed for gæsteservice", ["fire safety"]),
    # occupations (ISCO-08 minor groups) and topics of the fourth block
    ("hr", "Spasilac na bazenima i plivanje", ["lifeguard", "swimming"]),
    ("cs", "Péče o osoby s demencí v domácí péči", ["care", "elderly", "dementia", "home care"]),
    ("lv", "Harvestera operatora apmācība", ["forest machine"]),
    ("ga", "Sábháilteacht Feirme agus Tiomáint Tarracóra", ["safety", "farming", "driver", "tractor"]),
    ("mt", "Kors dwar l-enerġija mir-riħ u l-plastik", ["wind power", "plastics"]),   # added 2026-11-30
    ("sq", "Trajnim për motosharrë dhe punë në lartësi", ["chainsaw", "work at height"]),   # added 2026-11-30
    ("eu", "Bero-ponpen instalazioa eta motozerra", ["heat pump", "installation", "chainsaw"]),   # added 2026-11-30; installing since 2026-12-03
    ("bg", "Труд и работна заплата – практически курс", ["payroll"]),            # singular "заплата"
    ("sl", "Usposabljanje za upravljavca hidravličnega bagra", ["hydraulics", "excavator"]),  # bager, bagra
    # words that begin a fourth-block stem in another sense: an operator (not administration), work
    # (not robots), distance learning and chocolate (not dance), Kotlin (not boilers), a course (not a
    # choir), building work (not export), reinforced concrete (not weapons), a whiteboard, frying pans
    ("uk", "Курс для помічників нотаріусів: робота з документами", ["notary"]),
    ("et", "Tantsukursus distantsõppes", ["dance"]),
    ("lt", "Šokoladinių desertų gamyba", ["chocolate making", "manufacturing", "production"]),
    ("sk", "Programovanie v jazyku Kotlin", ["programming", "programming language"]),
    ("mt", "Kors fil-kant għall-adulti", ["singing"]),
    ("hu", "Építőipari kivitelezés", ["construction", "manufacturing"]),
    ("el", "Οπλισμένο σκυρόδεμα", ["concrete"]),
    ("ro", "Tablă interactivă în clasă", []),
    ("sv", "Stekpannor och knivar i köket", ["kitchen"]),
    # inside compounds: theoretical, cosmetic, boring, distance learning, skeleton hold ethics,
    # boiler and dance stems
    ("da", "Teoretisk og praktisk undervisning, aldrig kedeligt", ["education"]),
    ("sv", "Teoretiska och praktiska moment", []),
    ("no", "Teoretisk del om skjelettet", []),
    ("fi", "Teoreettinen osuus", []),
    ("et", "Teoreetiline osa distantsi teel", []),
    ("hu", "Kozmetikai és genetikai alapok", ["beauty"]),
    ("hu", "Üzleti etika", ["ethics"]),
    # topics most glossaries had and these lacked (2026-12-01, eighth session)
    ("ca", "Curs de soldadura i electrònica de vehicles", ["welding", "electronics", "vehicle"]),
    ("ca", "Manteniment d'aerogeneradors eòlics", ["maintenance", "wind power"]),
    ("uk", "Як залучити кошти ЄС", ["EU funding"]),
    ("is", "Námskeið í upplýsingatækni", ["information technology"]),
    ("sq", "Kurs për rrobaqepës", ["textile", "sewing"]),
    # keepers and operators are no nurses; a state budget is no household; remediation is no therapy
    ("fi", "Kasinon pelinhoitajan koulutus", ["casino"]),
    ("fi", "Prosessinhoitajan täydennyskoulutus", []),
    ("fi", "Sairaanhoitajan ja lähihoitajan täydennyskoulutus", ["nursing"]),
    ("hu", "Államháztartási számvitel", ["public administration", "accounting"]),
    ("el", "Αποκατάσταση ρυπασμένων εδαφών", ["waste"]),
    # drilling, quarrying, injection moulding, ball sports, seafarers, optical fibre (2026-12-01, twelfth session)
    ("fi", "Porauslautan toiminta", ["oil and gas"]),
    ("fi", "Murskaamon laitosoperaattori", ["mining"]),
    ("hu", "Fröccsöntőgép-beállító képzés", ["plastics"]),
    ("hu", "STCW képzés tengerészeknek", ["ship"]),
    ("el", "Σεμινάριο προπονητών ποδοσφαίρου", ["trainer", "sport"]),
    ("el", "Συγκόλληση οπτικών ινών", ["welding", "telecommunications"]),
    ("sv", "Fiberskarvning och FTTH-installation", ["telecommunications", "installation"]),  # installation since 2026-12-03
    ("sv", "STCW säkerhetsutbildning för sjöfolk", ["ship", "safety"]),  # STCW: a name every language shares
    ("da", "Undersøgelse og oprensning af forurenet jord", ["waste"]),
    ("cs", "Seřizovač vstřikovacích lisů", ["plastics"]),
    ("cs", "Obsluha motorového vozíku", ["forklift"]),
    ("ro", "Operațiuni de foraj și certificare în controlul sondelor", ["oil and gas"]),
    ("ro", "Operator stație de concasare și sortare agregate", ["mining"]),
    ("sr", "Fudbalski trener", ["sport", "trainer"]),
    ("bg", "Курс за моряци", ["ship"]),
    # Swedish pipes and cables are no management; reading is no lock ("läs-" folds to "las")
    ("sv", "Reparation av vattenledningar och ledningsnät", ["repair", "water"]),
    ("sv", "Agil projektledning med Scrum", ["project", "management", "project management"]),
    ("sv", "Cirkelledarutbildning: läs- och skrivstöd", []),
    # the languages the encoder reads keep their titles; the same concepts' stems, and tyres and water
    ("nl", "STCW basisveiligheidstraining voor zeevarenden", ["ship"]),
    ("nl", "Banden monteren en uitlijnen", ["tyres"]),
    ("de", "Reifenmontage und Achsvermessung", ["tyres"]),        # wheel alignment, not surveying
    ("fr", "Régleur sur presse à injecter", ["plastics"]),
    ("it", "Bonifica dei siti contaminati", ["waste"]),
    ("pl", "Trener piłki nożnej", ["sport"]),
    ("pt", "Abastecimento de água potável", ["water"]),
    # the Turkish second block (2026-12-01, twelfth session); "istihdam garantili" is a sales line
    ("tr", "Belediye personeli için kamu yönetimi eğitimi", ["municipality", "public administration"]),
    ("tr", "Oto lastik değişimi ve balans", ["tyres"]),
    ("tr", "İstihdam garantili muhasebe kursu", ["accounting"]),
    # dental assistants and nurses, and Swedish compounds of "museum"
    ("sv", "Tandsköterska – vidareutbildning", ["dentist"]),
    ("da", "Tandklinikassistent – kursus", ["dentist"]),  # an assistant is no secretary (2026-12-03)
    ("sv", "Museiguide – utbildning", ["museum", "guide"]),
    ("no", "Kurs for tannhelsesekretærer", ["dentist"]),
    # a probe of 110 listings in 32 languages (2026-12-02, fifteenth session)
    ("hu", "Biztosításközvetítő hatósági vizsgára felkészítő", ["insurance"]),   # an exam an authority holds
    ("hu", "Cukrász tanfolyam", ["bakery"]),
    ("de", "Einführung in die Volkswirtschaftslehre", ["economics"]),
    # therapeutic and medical massage is a health profession's (Q 0915), massage alone one of well-being (S 1012)
    ("pl", "Kurs masażu leczniczego", ["medical massage"]), ("ru", "Курсы лечебного массажа", ["medical massage"]),
    ("it", "Corso di massofisioterapia", ["medical massage"]), ("hr", "Tečaj medicinske masaže", ["medical massage"]),
    ("hu", "Gyógymasszőr tanfolyam", ["medical massage"]), ("es", "Curso de masaje relajante", ["massage"]),
    ("de", "Wellness-Massage Kurs", ["massage"]),
    # an administrative worker's course is office work (N 0415), not administration (read O 0413, public administration)
    ("cs", "Administrativní pracovník – rekvalifikace", ["office"]), ("hr", "Tečaj za administrativnog referenta", ["office"]),
    ("sr", "Административни радник", ["office"]), ("bg", "Курс Административен сътрудник", ["office"]),
    ("lt", "Administratoriaus kursai", ["office"]), ("ca", "Curs d'auxiliar administratiu", ["office"]),
    ("hr", "Javna uprava", ["public administration"]),
    # Irish genitives and Welsh estate agents (the sweep trades_unrecorded_glossaries)
    ("ga", "Cúrsa gníomhairí eastáit", ["real estate"]), ("ga", "Cúrsa smididh", ["makeup"]),
    ("ga", "Cúrsa báicéireachta", ["bakery"]), ("cy", "Cwrs asiant tai", ["real estate"]),
    ("gl", "Curso de panadaría", ["bakery"]), ("is", "Námskeið fyrir þýðendur", ["translation"]),
    ("is", "Naglanámskeið", ["manicure"]), ("no", "Fotokurs", ["photography"]),
    ("uk", "Курси помічника вихователя", ["kindergarten", "early childhood"]), ("mk", "Обука за стоматолошки асистент", ["dentist"]),
    ("sr", "Obuka za pomoćnog vaspitača", ["kindergarten", "early childhood"]), ("is", "Námskeið fyrir tanntækna", ["dentist"]),
    ("uk", "Курси водія категорії C", ["driver"]), ("uk", "Курси вальника лісу", ["forestry"]),
    ("mk", "Обука за работа со моторна пила", ["chainsaw"]), ("sr", "Obuka za rad sa motornom testerom", ["chainsaw"]),
    ("gl", "Curso de motoserra", ["chainsaw"]),
    # gardening is garden upkeep (N 81.30) as in the larger glossaries; Albanian "kopsht" alone is a kindergarten
    ("ca", "Curs de jardineria", ["landscaping"]), ("cy", "Cwrs garddio", ["landscaping"]),
    ("sq", "Kurs për kopshtar", ["landscaping"]), ("sq", "Edukatore kopshti", ["kindergarten"]),
    ("sr", "Kurs za cvećare", ["florist"]), ("mt", "Kors tal-arranġament tal-fjuri", ["florist"]),
    ("uk", "Курс зі штучного інтелекту для бізнесу", ["artificial intelligence"]),   # "for business" is no subject
    ("mt", "Kors tal-media soċjali għan-negozji", ["social media"]),
    # micro- and macroeconomics, a university course in every language (2026-12-05, fiftieth session)
    ("lt", "Mikroekonomika", ["economics"]), ("et", "Makroökonoomika", ["economics"]), ("fi", "Mikrotaloustiede", ["economics"]),
    ("hu", "Mikroökonómia", ["economics"]), ("el", "Μακροοικονομία", ["economics"]), ("mk", "Микроекономија", ["economics"]),
    ("ga", "Micreacnamaíocht", ["economics"]), ("bs", "Mikroekonomija", ["economics"]),
    ("el", "Σεμινάριο αγιογραφίας", ["art"]),
    ("fr", "Formation Auxiliaire de puériculture", ["care"]),
    ("mt", "Kors fl-Ilsien Malti", ["language"]),
    ("cy", "Cwrs Gwaith Coed", ["carpentry"]),
    ("hr", "Osposobljavanje za rad na siguran način", ["vocational", "occupational safety and health"]),
    ("eu", "Haurren hezitzaile ikastaroa", ["early childhood"]),
    ("et", "Küberturbe alused", ["cybersecurity"]),
    ("eu", "Igeltserotza ikastaroa", ["masonry", "plastering"]),   # the mason as well as the plasterer
    ("bg", "Курс за професионалисти по маркетинг", ["marketing"]),   # professionals, not vocational training
    ("bg", "Първа степен на професионална квалификация", ["vocational"]),
    ("ro", "Curs de dezvoltare profesională pentru profesori", ["teacher"]),   # professional development, not VET
    ("ro", "Formare profesională: operator calculator", ["vocational", "office software"]),
    ("it", "Corso ECM: gestione del rischio clinico", ["medical"]),   # continuing medical education
    ("fi", "Rikosoikeuden perusteet", ["law"]),                        # "oikeuden", the genitive
    ("hr", "Digitalna arheologija", ["digital", "history"]),          # archaeology is ISCED 0222, as history
    ("sv", "Arkeologi för nybörjare", ["history"]), ("hu", "Régészeti feltárás", ["history"]),
    ("ga", "Cúrsa Ríomhchláraithe: bunachair sonraí", ["programming", "database"]),   # the genitive, the plural
    ("hr", "Program za gerontodomaćice", ["home care"]), ("sr", "Обука за геронтодомаћице", ["home care"]),
    ("is", "Námskeið fyrir félagsliða", ["care"]),   # a social care worker, not an association ("félag")
    # probes of 25 farming and 25 transport and manufacturing listings (2026-12-02)
    ("nl", "Biologisch telen", ["organic farming"]), ("cs", "Ošetřování ovocných stromů", ["tree care"]),
    ("da", "Kursus for landmænd i gødningsplanlægning", ["farming"]), ("el", "Σεμινάριο ελαιοκομίας", ["farming"]),
    ("sl", "Tečaj za oskrbnike živali", ["livestock"]), ("fi", "Koulutus kuljettajille", ["driver"]),
    ("ro", "Curs lăcătuș mecanic", ["metal", "mechanics"]),   # a metalworking fitter, not a locksmith
    ("is", "Námskeið í kökugerð", ["bakery"]), ("eu", "Ile-apainketa ikastaroa", ["hairdressing"]),   # cakes; a hyphened compound
    # job-search workshops and trainers of apprentices (2026-12-03): 29 and 13 of 30 and 36 sweep titles wrong before
    ("de", "Bewerbungstraining für Arbeitssuchende", ["job search"]), ("nl", "Sollicitatietraining", ["job search"]),
    ("fr", "Atelier CV et lettre de motivation", ["job search"]), ("hr", "Radionica aktivnog traženja posla", ["job search"]),
    ("fi", "Työnhakukoulutus", ["job search"]), ("lt", "Darbo paieškos įgūdžių mokymai", ["job search"]),
    ("de", "Ausbildung der Ausbilder (AdA) nach AEVO", ["trainer of apprentices"]),
    ("nl", "Opleiding praktijkopleider", ["trainer of apprentices"]), ("es", "Curso de tutor de empresa en FP Dual", ["trainer of apprentices"]),
    ("fi", "Työpaikkaohjaajakoulutus", ["trainer of apprentices"]), ("da", "Praktikvejlederuddannelse", ["trainer of apprentices"]),
    ("et", "Suhtlemisoskuste koolitus", ["communication"]), ("tr", "İletişim becerileri eğitimi", ["communication"]),
    ("el", "Σεμινάριο δεξιοτήτων επικοινωνίας", ["communication"]), ("uk", "Тренінг з комунікативних навичок", ["communication"]),
    # art painting and drawing (2026-12-04): the trained languages had no such stems; house painters stay house painters
    ("de", "Aquarellmalen für Einsteiger", ["drawing"]), ("fr", "Cours de dessin et peinture pour adultes", ["drawing"]),
    ("es", "Taller de pintura al óleo", ["drawing"]), ("it", "Corso di disegno dal vero", ["drawing"]),
    ("nl", "Cursus schilderen met acryl", ["drawing"]), ("pt", "Curso de pintura em aguarela", ["drawing"]),
    ("et", "Maalikursus algajatele", ["drawing"]), ("mk", "Курс по сликање за возрасни", ["drawing"]),
    ("mt", "Kors tal-pittura għall-adulti", ["drawing"]), ("mt", "Kors għal pitturi tal-bini", ["painting", "construction"]),
    ("de", "Maler und Lackierer: Fassadengestaltung", ["painting"]), ("nl", "Schilderen van kozijnen en gevels", []),
    ("fr", "Peinture en bâtiment : CAP", ["painting"]),
    # quality assurance is no insurance, information security no occupational safety (2026-12-04)
    ("hu", "Gyógyszerészeti minőségbiztosítás", ["pharmacy", "quality"]), ("hr", "Osiguranje kvalitete", ["quality"]),
    ("ro", "Asigurarea calității în industrie", ["quality", "manufacturing"]), ("is", "Gæðatrygging", ["quality"]),
    ("sr", "Obezbeđenje kvaliteta", ["quality"]), ("sq", "Sigurimi i cilësisë", ["quality"]),
    ("mt", "Assigurazzjoni tal-kwalità", ["quality"]), ("et", "Kvaliteedi tagamine", ["quality"]),
    ("hr", "Osiguranje imovine", ["insurance"]), ("ro", "Agent de asigurări", ["insurance"]),
    ("sr", "Bezbednost informacija", ["cybersecurity"]), ("hu", "Információbiztonság", ["cybersecurity"]),
    ("hr", "Kibernetička sigurnost", ["cybersecurity"]), ("cs", "Kybernetická bezpečnost", ["cybersecurity"]),
    ("sr", "Bezbednost i zdravlje na radu", ["safety", "health"]), ("hu", "Munkabiztonság", ["safety"]),
    # a vehicle's upkeep is no care of people; traffic safety is the road's (2026-12-04)
    ("lt", "Transporto priemonių priežiūra", ["vehicle"]), ("lt", "Pacientų priežiūra", ["patient", "care"]),
    ("et", "Autohoolduse koolitus", ["vehicle"]), ("et", "Koduhoolduse koolitus", ["home care"]),
    ("lt", "Eismo saugumas", ["road", "safety"]), ("et", "Liiklusohutus", ["road", "safety"]),
    ("sk", "Bezpečnosť cestnej premávky", ["safety", "road"]),
    ("no", "Bilvedlikehold", ["vehicle"]), ("no", "Trafikksikkerhet", ["road"]), ("is", "Umferðaröryggi", ["road"]),
    ("ca", "Seguretat viària", ["safety", "road"]), ("ca", "Eficiència energètica", ["energy"]),
    ("uk", "Управління якістю", ["management", "quality"]),
])
def test_glossary_words(lang, text, expected):
    assert glossary(lang).words(text) == expected


@pytest.mark.parametrize("lang,text", [
    ("lv", "Kursa par pirmo palīdzību"), ("lv", "Pirmās palīdzības kursi"),
    ("hr", "Tečaj o prvoj pomoći"), ("hr", "Obuka za prvu pomoć"),
    ("sl", "Tečaj za prvo pomoč"), ("sk", "Kurz prvej pomoci"), ("cs", "Kurz první pomoci"),
    ("lt", "Kursai apie pirmąją pagalbą"), ("bg", "Курс по първа помощ"),
])
def test_a_stem_of_several_words_matches_the_case_forms_of_its_adjective(lang, text):
    """An adjective before its noun agrees with it in case: a stem of several words written with one form
    ("pirmā palīdzīb") matches the others without the first words' vowel endings (probe of 2026-12-01:
    a Latvian first-aid course was read as a language course)."""
    assert glossary(lang).words(text) == ["first aid"]


def test_a_stem_word_without_its_ending_takes_an_ending_not_another_word():
    """"koku zāģēšan" (tree felling) lost the "u" of "koku" to match its case forms, and then matched
    "kokmateriālu zāģēšana" (sawing timber) through "kok" (probe of 48 listings, 2026-12-02)."""
    lv = glossary("lv")
    assert lv.words("koku zāģēšana") == ["tree care"]
    assert "tree care" not in lv.words("kokmateriālu zāģēšana un ēvelēšana mēbeļu ražotnē")


@pytest.mark.parametrize("lang,text", [
    ("bg", "Електродъгово заваряване"), ("mk", "Електролачно заварување"), ("uk", "Електродугове зварювання"),
    ("hr", "Elektrolučno zavarivanje"), ("sl", "Elektroobločno varjenje"), ("sk", "Zváranie elektrickým oblúkom"),
    ("cs", "Svařování elektrickým obloukem"), ("lv", "Elektriskā loka metināšana"), ("ro", "Sudură cu arc electric"),
])
def test_electric_arc_welding_is_welding_not_electrical_work(lang, text):
    assert glossary(lang).words(text) == ["welding"]


@pytest.mark.parametrize("lang,text,expected", [
    # renewable energy is no renovation (a probe of 40 listings on common topics, 2026-12-02: a Slovenian
    # solar installers' course was read as D through "renovation, energy, solar, electrical, mechanics")
    ("sl", "Obnovljivi viri energije", ["energy"]), ("hr", "Obnovljivi izvori energije", ["energy"]),
    ("sr", "Obnovljivi izvori energije", ["energy"]), ("sl", "Obnova kopalnice", ["renovation"]),
    # montáž is fitting and installing, in building as in plants, not a mechanic's trade
    ("cs", "Montáž sádrokartonu", ["installation", "drywall"]), ("sk", "Montáž fotovoltických panelov", ["installation", "solar"]),
    ("sl", "Montaža fotovoltaičnih sistemov", ["installation", "solar"]),
    ("bg", "Монтаж на соларни панели", ["installation", "solar"]),
])
def test_renewable_energy_and_installation(lang, text, expected):
    assert glossary(lang).words(text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # floristry, condominium management and olive growing had no stems (probe of 48 listings, 2026-12-02)
    ("pl", "Kurs florystyczny. Praca w kwiaciarni.", ["florist"]), ("hu", "Virágkötő tanfolyam", ["florist"]),
    ("fi", "Kukkasidonnan kurssi", ["florist"]), ("ro", "Aranjamente florale", ["florist"]),
    ("pt", "Gestão de Condomínios", ["property management"]), ("es", "Administración de fincas", ["property management"]),
    ("ro", "Curs administrator de condominiu", ["property management"]), ("fi", "Taloyhtiön hallitus", ["property management"]),
    ("it", "Potatura dell'olivo", ["tree care", "farming"]), ("tr", "Zeytin budama eğitimi", ["farming", "tree care"]),
    ("fr", "Olivier Dupont, formateur", []),   # a first name, not an olive tree
])
def test_florists_property_management_and_olive_growing(lang, text, expected):
    assert glossary(lang).words(text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # fire brigades are their own concept (NACE 84.25), apart from fire safety at work; an extinguisher is fire safety
    ("cs", "Kurz pro hasiče", ["firefighters"]), ("cs", "Obsluha hasicích přístrojů", ["fire safety"]),
    ("sk", "Kurz pre hasičov", ["firefighters"]), ("hu", "Légzőkészülékes beavatkozás tűzoltóknak", ["firefighters"]),
    ("hu", "Tűzoltó készülékek kezelése", ["fire safety"]), ("de", "Atemschutzgeräteträger-Lehrgang", ["firefighters"]),
    ("fi", "Savusukelluskoulutus palokunnille", ["firefighters"]), ("el", "Εκπαίδευση πυροσβεστών", ["firefighters"]),
    ("el", "Χρήση πυροσβεστήρων", ["fire safety"]), ("pl", "Szkolenie strażaków OSP", ["firefighters"]),
    # "pozarządowych" (non-governmental) begins with folded "pożar" (fire)
    ("pl", "Zarządzanie wolontariuszami w organizacjach pozarządowych", ["volunteer"]),
    # Greek insurance intermediaries are insurance, not mediation; Spanish "seguros sociales" are payroll
    ("el", "Πιστοποίηση ασφαλιστικών διαμεσολαβητών", ["insurance"]),
    ("es", "Nóminas y Seguros Sociales", ["payroll"]),
    # Dutch "VVE" is also early-childhood education (voor- en vroegschoolse educatie), not only owners' associations
    ("nl", "Kinderopvang VVE", ["children", "early childhood"]), ("nl", "VvE-beheer", ["property management"]),
    # Czech "projektant" is a designer (of buildings, installations), not a project
    ("cs", "BIM pro projektanty", []), ("cs", "Projektové řízení", ["project", "management"]),
    ("fr", "Formation de guide-conférencier", ["tourism"]), ("lt", "Krovinių vežimo ekspedijavimas", ["logistics"]),
])
def test_firefighters_intermediaries_designers_and_guides(lang, text, expected):
    assert glossary(lang).words(text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # speech therapy and prisons had no concept; a prison guard is not a security guard; "zatvoren" (closed) is no prison
    ("el", "Λογοθεραπεία για παιδιά", ["speech therapy", "children"]), ("de", "Logopädie", ["speech therapy"]),
    ("pt", "Formação para terapeutas da fala", ["speech therapy"]), ("fr", "Orthophonie", ["speech therapy"]),
    ("fi", "Vanginvartijan koulutus", ["prison"]), ("hr", "Zatvoreni tečaj", []), ("sl", "Zaporedje dejanj", []),
    ("el", "Εκπαίδευση σωφρονιστικών υπαλλήλων", ["prison"]),
    # pneumatics are not tyres (fr, it, cs), a press operator no driver, Finnish "työsuojelu" is safety at work
    ("fr", "Hydraulique et pneumatique industrielles", ["hydraulics"]), ("it", "Oleodinamica e pneumatica", ["hydraulics"]),
    ("it", "Cambio pneumatici", ["tyres"]), ("cs", "Hydraulika a pneumatika", ["hydraulics"]),
    ("fr", "Conducteur de presse offset", ["printing"]), ("fi", "Työsuojelun peruskurssi", ["occupational safety and health"]),
    # making wine is winemaking (beverage manufacturing) since 2026-12-05, no longer "wine" (which reads A)
    ("hu", "Borkészítés", ["winemaking"]), ("sv", "Vinframställning", ["winemaking"]),
])
def test_speech_therapy_prisons_pneumatics_and_presses(lang, text, expected):
    assert glossary(lang).words(text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a probe of 36 listings in 12 more languages (2026-12-02): Icelandic "meðferð" is any handling, not
    # only treatment; an electric arc in Albanian and Basque is welding
    ("is", "Meðferð vinnuvéla", ["machinery", "excavator"]), ("is", "Sálfræðimeðferð fyrir börn", ["therapy", "children"]),
    ("sq", "Saldim me hark elektrik", ["welding"]), ("eu", "Arku elektrikoko soldadura", ["welding"]),
])
def test_handling_and_the_electric_arc_in_smaller_glossaries(lang, text, expected):
    assert glossary(lang).words(text) == expected


@pytest.mark.parametrize("lang,text", [
    ("mk", "финансиски извештаи"), ("ro", "Situațiile financiare anuale"), ("cs", "Finanční výkazy"),
    ("hu", "Pénzügyi kimutatások"), ("el", "Οικονομικές καταστάσεις"), ("eu", "Finantza-egoerak"),
    ("pl", "Sprawozdania finansowe"),
])
def test_financial_statements_are_their_own_words_not_finance(lang, text):
    """Financial statements are an accounting task; the finance stem read them as finance (K) in 22 languages."""
    assert glossary(lang).words(text) == ["financial statements"]


@pytest.mark.parametrize("lang,text,expected", [
    # a probe of 40 trade listings in 32 languages (2026-12-02, fourteenth session): the bookkeeper and the
    # accountant, not only their trade; Irish gardening; Estonian "põhikoolitus" is basic training, not school
    ("mk", "Обука за книговодители", ["accounting"]), ("sr", "Obuka za računovođe", ["accounting"]),
    ("sr", "Обука за рачуновође", ["accounting"]), ("sl", "Tečaj za računovodje", ["accounting"]),
    ("hr", "Tečaj za knjigovođe", ["accounting", "bookkeeping"]),
    ("ga", "Cúrsa Garraíodóireachta", ["horticulture"]),
    ("et", "Turvatöötaja põhikoolitus", ["security guard"]), ("et", "Põhikooli haridus", ["school"]),
])
def test_trade_names_of_accounting_and_gardening(lang, text, expected):
    assert glossary(lang).words(text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a refresher course is no recycling ("Habilitation électrique – recyclage" read as waste management, E), nor
    # a course on money laundering; waste's recycling still glosses with the words around it
    ("fr", "Habilitation électrique B1V-B2V-BR-BC – recyclage", ["electrical"]),
    ("fr", "Gestion des déchets et recyclage", ["waste", "recycling"]), ("fr", "Matériaux recyclés", ["recycling"]),
    ("pt", "Curso de Reciclagem de Vigilantes", ["security guard"]),
    ("pt", "Gestão de resíduos e reciclagem", ["waste", "recycling"]),
    ("es", "Curso de reciclaje para vigilantes de seguridad", ["security guard"]),
    ("es", "Gestión de residuos y reciclaje", ["waste", "recycling"]),
    ("ca", "Curs de reciclatge per a vigilants", ["security guard"]),
    ("ca", "Gestió de residus i reciclatge", ["management", "waste", "recycling"]),
    ("ro", "Curs de reciclare profesională", []), ("ro", "Reciclarea deșeurilor", ["recycling", "waste"]),
    ("it", "Normativa sul riciclaggio per operatori bancari", ["bank"]),
    ("it", "Gestione dei rifiuti e riciclo", ["waste", "recycling"]),
])
def test_refresher_courses_are_not_recycling(lang, text, expected):
    assert glossary(lang).words(text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # eyelash and brow courses are beauty courses ("Ripsmepikenduse koolitus" read as agriculture, A); not the
    # words that share their letters (Rzeszów, "rasy", breeds, "szempillantás", an instant); "psů" (of dogs) is pets
    ("et", "Ripsmepikenduse koolitus", ["beauty"]), ("pl", "Kurs stylizacji rzęs i brwi", ["beauty"]),
    ("pl", "Rzeszów: kurs księgowości", ["bookkeeping"]), ("cs", "Kurz prodlužování řas", ["beauty"]),
    ("cs", "Plemena a rasy psů", ["pets"]), ("hu", "Szempilla építés tanfolyam", ["beauty"]),
    ("hu", "Egy szempillantás alatt", []), ("hu", "Műköröm építő tanfolyam", ["beauty", "manicure"]),
    ("ro", "Curs extensii de gene", ["beauty"]), ("uk", "Курс нарощування вій", ["beauty"]),
    ("fi", "Ripsienpidennyskoulutus", ["beauty"]), ("de", "Wimpernverlängerung Schulung", ["beauty"]),
    ("lv", "Skropstu pieaudzēšanas kursi", ["beauty"]), ("bg", "Курс за удължаване на мигли", ["beauty"]),
    # VCA is the contractors' safety checklist
    ("nl", "Cursus VCA Basis (B-VCA) met examen", ["construction", "safety"]),
])
def test_eyelash_courses_are_beauty_and_vca_is_construction_safety(lang, text, expected):
    assert glossary(lang).words(text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a probe of 40 listings in 37 languages (2026-12-02): case forms and compounds the glossaries missed
    ("hr", "Tečaj za soboslikara i ličioca", ["painting"]), ("sr", "Obuka za rukovaoca autodizalicom", ["crane"]),
    ("fi", "Optikon täydennyskoulutus", ["optician"]), ("no", "Kurs for hovslagere", ["horses"]),
    ("ro", "Curs de tatuator", ["tattoo"]), ("it", "Corso per tatuatori", ["tattoo"]), ("da", "Tatovøruddannelse", ["tattoo"]),
    ("pl", "Kurs ratownika wodnego", ["lifeguard"]), ("es", "Curso de socorrista en piscinas", ["lifeguard"]),
    ("de", "Taxischein", ["taxi"]), ("pl", "Kurs dla kierowców taksówek", ["driver", "taxi"]),
    ("pt", "Curso de Língua Gestual Portuguesa", ["sign language"]),
    # "Sachkunde" alone is no security guard: pest control, plant protection and weapons have one
    ("de", "Sachkundelehrgang Schädlingsbekämpfung", ["pest control"]),
    ("cs", "Kurz zubní asistentky", ["dentist"]), ("el", "Στέγες με κεραμίδια", ["roofing"]),
    # growing under glass, not glass; greenhouse gases are neither
    ("hu", "Üvegházi zöldségtermesztés", ["horticulture", "farming"]), ("sv", "Grönsaksodling i växthus", ["farming", "horticulture"]),
    ("sv", "Minska växthusgaser", []), ("fi", "Kasvihuonepäästöjen vähentäminen", []), ("cs", "Snižování skleníkových plynů", []),
    ("el", "Εκπομπές αερίων θερμοκηπίου", []), ("ro", "Gaze cu efect de seră", []),
    # bookbinding is printing's trade (NACE 18.14); a Bosnian bookbinding course read as M
    ("bs", "Kurs knjigovezanja", ["printing"]), ("el", "Σεμινάριο βιβλιοδεσίας", ["printing"]),
    ("hu", "Könyvkötő tanfolyam", ["printing"]),
    # Greek "βαφή" alone is as often hair dye as paint: house painting only with walls or buildings
    ("el", "Τεχνικές βαφής μαλλιών για κομμωτές", ["hairdressing"]), ("el", "Βαφή τοίχων και οροφών", ["painting"]),
    # probe p15 (university microcredentials): a genitive plural, EU funding, Latvian "apsaimniekošana" (management of
    # anything: forests, waste) is property management only with houses, soil protection
    ("uk", "Основи публічних закупівель", ["procurement"]),
    ("ro", "Managementul proiectelor cu finanțare europeană", ["management", "project", "EU funding"]),
    ("lv", "Ilgtspējīga meža apsaimniekošana", ["sustainability", "forestry"]), ("lv", "Atkritumu apsaimniekošana", ["waste"]),
    ("lv", "Namu apsaimniekošanas kursi", ["property management"]), ("hu", "Talajvédelem a gyakorlatban", ["agriculture"]),
    # the accessibility of websites and digital services is its own concept, not care of people with disabilities
    ("cs", "Digitální přístupnost webových stránek", ["web accessibility"]),
    ("fi", "Verkkopalvelujen saavutettavuus", ["web accessibility"]), ("fi", "Esteettömyys rakentamisessa", ["accessibility", "construction"]),
    ("de", "Digitale Barrierefreiheit für Behörden", ["web accessibility"]),
    ("fr", "Accessibilité numérique des sites publics", ["web accessibility"]),
    # probe p16 (trades): a Welsh tiler, an Italian pizza maker, Finnish reindeer herding
    ("cy", "Cwrs Gosod Teils", ["tiling"]), ("it", "Corso di pizzaiolo professionale", ["chef"]),
    ("fi", "Poronhoidon peruskurssi", ["livestock"]),
    # cutting meat is no demolition ("bourání" alone is); Italian butchers and meat
    ("cs", "Kurz řezník: bourání a vykosťování masa", ["meat"]), ("cs", "Bourání staveb", ["demolition", "construction"]),
    ("it", "Corso per macellai: sezionamento della carne", ["meat"]),
    # probe p18 (land, energy, water and waste): hydropower, fish processing and biogas are concepts of their own
    ("mk", "Обука за оператор во хидроцентрала", ["hydropower"]), ("no", "Kurs i vedlikehold av vannkraftverk", ["maintenance", "hydropower"]),
    ("is", "Námskeið í fiskvinnslu", ["fish processing"]), ("pl", "Kurs przetwórstwa ryb", ["fish processing"]),
    ("it", "Corso per operatore di impianti di biogas", ["biogas"]),
    ("pt", "Curso de Técnico de Manutenção de Aerogeradores", ["maintenance", "wind power"]),
    ("hr", "Osposobljavanje za lovočuvara", ["vocational", "hunting"]), ("cy", "Cwrs Cynnal a Chadw Coetiroedd", ["maintenance", "forestry"]),
    ("bs", "Obuka za operatere na deponiji", ["waste"]), ("fr", "Formation agent de déchetterie", ["waste"]),
    ("nl", "Cursus rioleringstechniek", ["wastewater"]),
    # probe p19 (social services, youth work, arts): Norwegian milieu therapy is social work, not the environment;
    # community and intercultural mediation are social work, civil mediation stays legal; acting is theatre
    ("no", "Kurs i miljøarbeid for miljøterapeuter", ["social work"]), ("no", "Miljøvern i kommunen", ["environment", "municipality"]),
    ("fi", "Perhetyön täydennyskoulutus", ["social work"]), ("sk", "Kurz sociálneho poradenstva", ["social work"]),
    ("ca", "Curs de mediació comunitària", ["social work"]), ("ca", "Curs de mediació civil i mercantil", ["mediation"]),
    ("eu", "Gizarte-hezitzaile ikastaroa", ["social work"]), ("mk", "Обука за лични асистенти на лица со попреченост", ["personal assistance", "disability"]),  # the concept since 2026-12-05
    ("cy", "Cwrs Gwaith Ieuenctid Lefel 2", ["youth work"]), ("bg", "Курс по актьорско майсторство", ["theatre"]),
    ("cy", "Cynllun action plan", []),
    # probe p20 (ICT and business): search engine optimisation is marketing (its own concept since 2026-12-03, whose
    # phrase says so), Catalan office software computer use
    ("it", "Corso SEO e posizionamento sui motori di ricerca", ["search engine optimisation", "marketing"]), ("ca", "Curs d'ofimàtica bàsica", ["office software"]),
])
def test_case_forms_and_compounds_of_a_probe(lang, text, expected):
    assert glossary(lang).words(text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # "maintenance" is embedded as industrial maintenance (alone it read as S with nursing's field), so the
    # stems that also mean care or customer service no longer gloss it: Lithuanian "priežiūra", Estonian
    # "hooldus", Ukrainian "обслуговування", Scandinavian "service"
    ("lt", "Pacientų priežiūra", ["patient", "care"]), ("lt", "Automobilių techninė priežiūra", ["vehicle", "maintenance"]),
    ("et", "Seadmete tehniline hooldus", ["maintenance"]), ("uk", "Обслуговування клієнтів", ["customer"]),
    ("uk", "Технічне обслуговування автомобілів", ["maintenance", "vehicle"]),
    ("sv", "Service och bemötande", []), ("sv", "Underhåll av maskiner", ["maintenance", "machinery"]),
    ("da", "Vedligeholdelse af bygninger", ["maintenance"]),
])
def test_maintenance_is_not_care_nor_customer_service(lang, text, expected):
    from mcclassify.gloss import english
    assert glossary(lang).words(text) == expected
    assert english(["maintenance"]) == "industrial maintenance"


@pytest.mark.parametrize("lang,text,expected", [
    # seed titles whose subject the glossary missed, found by comparing each topic's glossed titles across its
    # languages (2026-12-02, nineteenth session): inflected and compound forms ("louhoksella", "Műkörmös",
    # "poliiseille", "detailhandlen"), and words that stood under another concept ("Předškolní vzdělávání")
    ("fi", "Räjäytystyö ja turvallisuus louhoksella", ["mining", "safety"]),
    ("da", "Elsikkerhed ved højspændingsarbejde", ["electrical", "safety"]),
    ("sv", "Hotellreception och gästbemötande", ["hotel", "reception"]),
    ("fi", "Kasvisruoanvalmistus kokeille", ["cooking"]),
    ("fi", "Verkkojen ylläpito: reititys ja kytkentä", ["network"]), ("fi", "Verkkokurssi", []),
    ("ro", "Gestionarea și digitizarea colecțiilor muzeale", ["museum"]),
    ("hu", "Műkörmös tanfolyam", ["beauty", "manicure"]),
    ("fi", "Luku- ja kirjoitustaidon kurssi aikuisille", ["literacy"]),
    ("cs", "Diagnostika elektromobilů pro automechaniky", ["electric vehicle", "mechanics", "vehicle"]),
    ("fi", "Matkaoppaan koulutus", ["tourism", "guide"]),
    ("fi", "De-eskalaatio ja konfliktinhallinta poliiseille", ["conflict", "police"]),
    ("cs", "Předškolní vzdělávání: rozvoj řeči", ["education", "kindergarten", "early childhood"]),
    ("hu", "Koragyermekkori nevelés: nyelvi fejlesztés", ["early childhood", "language"]),
    ("da", "Salgsteknik i detailhandlen", ["sales", "retail"]), ("el", "Τεχνικές πωλήσεων στο λιανεμπόριο", ["sales", "retail"]),
    ("cs", "Prodejní dovednosti v maloobchodě", ["sales", "retail"]),
    ("cs", "První psychická pomoc", ["mental health", "first aid"]),
    ("hu", "Lelki elsősegély és tanácsadás", ["mental health", "first aid", "consulting"]),
])
def test_inflected_and_compound_forms_of_seed_subjects(lang, text, expected):
    assert glossary(lang).words(text) == expected


@pytest.mark.parametrize("lang,text", [
    # common words that began or held a stem in another sense (found on wordfreq's lists of each
    # language's most common words, `bench/gloss_senses.py`)
    ("sv", "Han har inte tid här, men kunde läsa om det"),   # hair, customer, LAS (labour law)
    ("sv", "Miljoner människor i staden förklarar anledningen"),  # environment, cleaning, teacher, management
    ("da", "Vi har billeder af forældre og politiske partier"),   # hair, manager, elderly, police
    ("da", "Han tog sin mine og havet var roligt"),             # railway, mining, horticulture
    ("no", "Hun lager det og skaffer politikk"),                # warehouse, coffee, police
    ("fi", "Riitä lainkaan automaattisesti lämpötila"),       # conflict, law, vehicle, patient
    ("is", "Vel valið, suður í skiptum samfélagsins"),          # engine, welding, ship, association
    ("hu", "Adott időszakban büszke a húsz leginkább"),         # tax, elderly, bus, meat, aviation
    ("cs", "Může opravdu vlastní krásné detaily číst"),         # museum, repair, hair, beauty, children, cleaning
    ("sk", "Správne pracovať vlastne a krásne"),               # administration, laundry, hair, beauty
    ("hr", "Njegova često time sumnje"),                       # nursing, road, teamwork, forestry
    ("lv", "Viņš viņa tiklīdz atkarībā no datuma"),            # wine, network, addiction, data
    ("el", "Σοβαρά γράφει στο τραπέζι, οδηγεί μαθήματα"),      # plastering, office, bank, driver, mathematics
    ("bg", "Здравейте, кара виновен"),                         # health, forklift, wine
    ("uk", "Даний командир гідності"),                         # data, teamwork, guide
    ("ro", "Politica excelentă, vin acum"),                   # police, spreadsheets, wine
    ("ca", "Un llarg curs excel·lent de lletres"),             # household, spreadsheets, dairy
    ("lt", "Kelios atlieka teisingai"),                        # road, waste, law
    ("sl", "Čestitke za lestvico in negativne soli"),          # road, wood, nursing, school
    ("sk", "Tovar a time"),                                    # factory, teamwork
    ("hr", "Vincent bi radije"),                               # wine, radio
    ("fi", "Henkilökunta ja ihmiskunta, hänkin"),              # municipality, procurement
    ("lt", "Kažin, vaikščioti draudžiama skubiai"),            # casino, children, insurance, emergency
    ("lv", "Celt masas uzturēšanās"),                          # road, nursing, maintenance
    ("uk", "Аудиторії, мовляв, кар'єру"),                      # audit, language, mining
    ("is", "Menntamálaráðherra og aðferðafræði, tilkynningu"),  # painting, travel, presentation
    # Irish, checked against the word forms of BuNaMo (the Irish National Morphology Database)
    ("ga", "Scoilt sa bhanchéile; gnóthachtáil oifigiúil"),    # school, bank, business, office
    ("ga", "Sonraí teagmhála: fiontar, céannacht agus muirín"),  # data, wine, procurement, ship
    ("ga", "Leanaimid an stáirse agus an t-éadan"),            # children, history, clothing
    ("ga", "Ar bharr an chnoic, le barraíocht altramais"),     # crops, nursing
    # words of hunspell dictionaries that hold a stem inside them (`gloss_senses.py --wordlist --inside`)
    ("hu", "Halasztott beruházás, finomhangolás, alkalmazhatóság"),  # fishing, clothing, english, public admin.
    ("hu", "A képzés felépítése élvezetes, megtakarítás, csúszás"),   # construction, management, cleaning, swimming
    ("da", "Kursusprogram og uddannelsesprogram"),              # language
    ("sv", "Arbetspraktik på sommarläger, det gläder oss"),     # language, warehouse, leather
    ("no", "Arbeidspraksis og undervisningspraksis"),           # language
    ("et", "Kursuse lõpetamisel õpilaste arv, nüüdisaegne"),    # education, children, journalism
    ("et", "Vägivalla ennetamine, varsti hakatuseks"),          # municipality, physician, roofing
    ("sq", "Bashkimi Evropian: ushtrime praktike, faqja zyrtare, kursi i verës"),  # municipality, military, office, wine
    ("eu", "Eguraldia eta portugesa, ehuneko 80"),              # wood, ship, textile
    ("et", "Karjäär ja karjääri planeerimine"),                  # mining (karjäär is also a career)
    ("cs", "Odevzdání licence, napojení a sklon"),               # clothing, makeup, beverages, glass
    ("ro", "Un loc fermecător, dânsul și dânsa, hipertensiune arterială"),  # farming, dance, art
    ("el", "Απαιτούμενα δικαιολογητικά για τους δικαιούχους"),   # law
    ("el", "Γαλάζιο χρώμα, σπόροι και σπορά"),                  # dairy, sport
    ("sk", "Licencia, zakončenie kurzu, pneumónia, meditácia"),  # makeup, law, tyres, media
    ("cs", "Zakončení kurzu a meditace"),                        # law, media
    ("lt", "Masinis vadovėlis"),                                 # machinery, manager
    ("lv", "Kursa apkopojums, mākslīgs mezgls"),                 # maintenance, art, forestry
    ("sl", "Hranjenje v hranilnici"),                            # food
    ("hr", "Bilješke s predavanja: kliknite gumb"),              # crops, rubber
    ("bg", "Моята колежка и износване"),                         # university, export
    ("ca", "Ho ha comprès, valor nominal"),                      # procurement, payroll
    ("hr", "Polica na zidu"),                                    # police (a shelf)
    ("sr", "Na obuci i o obuci; Обука и обуци"),                 # footwear (obuća, folded)
    ("sr", "Stari grad"),                                        # elderly
    ("mt", "Triq il-Kbira, Birkirkara; karta tal-identità"),      # road, paper: left out
    ("sq", "Etiketimi, kantoni, ftohje"),                         # ethics, singing, refrigeration
    # common words of wordfreq's lists, glossed ranks 250-520 (bg, ca, cs, el, ro)
    ("bg", "Православната вяра и правопис"),                    # law
    ("ca", "Excel·lència, robatori, carnaval, salutacions"),      # spreadsheets, clothing, meat, health
    ("cs", "Kurz se skládá ze tří částí, vytáhl"),               # warehouse, elevator
    ("ro", "Un caz izolat"),                                     # insulation
    ("el", "Έκκληση, μετάλλια, επιχείρημα, έσπασε, φορούσε, δεδομένο"),  # religion, metal, business, EU funding, tax, data
    # the languages the encoder reads (rules 15-16): words of their listings in another sense
    ("es", "Bibliotecas de Python; una inversión en tu futuro; dirigido a mayores de 18"),   # library, investment, elderly
    ("fr", "Évolution de carrière, mode de formation, 2e édition, une culture commune"),     # mining, fashion, publishing, municipality
    ("it", "Librerie e biblioteche Python, errori comuni, giovani professionisti"),
    ("pl", "Biblioteki Pythona, kolejny moduł, architekt oprogramowania, trener: Jan Kowalski"),
    ("de", "Datenmigration und Datenexport, Fach- und Führungskräfte, Steuerung"),  # "SPS-Steuerung" is PLC programming: below
    ("nl", "Geld uitgeven; studiebelasting 28 uur; IT-architect"),
    ("pt", "Ensino à distância; habilitações: 12.º ano; bibliotecas de Python"),
    ("tr", "Kaynak: MEB; taksit imkanı; dijital araçlar; hasta ziyareti"),   # a source, an instalment, tools
    # their common words of wordfreq's lists (bench/gloss_senses.py, top 5000)
    ("es", "unas horas para que podamos hablar del gas y de obras literarias"),   # manicure, tree care, gas, construction
    ("nl", "politiek en politieke partijen verdwijnen; recht op zorg, zorg ervoor; beperkingen"),
    ("de", "Ihre Erwartungen, die Vereinigung, im nahen Osten, weinen"),         # maintenance, cleaning, sewing, wine
    ("pt", "Ele ama a obra; mão de obra; gás natural; a secretaria"),            # childminder, construction, gas, secretary
    ("pl", "po kolei"),                                                          # railway
    ("fr", "gaz à effet de serre"),                                              # gas installation
    # an application to the course, and jobseekers as its audience, are no job-search course
    ("de", "Ihre Bewerbung zum Studiengang; Förderung für Arbeitssuchende"), ("sv", "för arbetssökande"),
    ("fr", "pour les demandeurs d'emploi"), ("fi", "työnhakijoille"), ("hu", "álláskeresők számára"),
    ("tr", "İletişim bilgileri"),                                                # a page's contact line
])
def test_common_words_in_other_senses_gloss_nothing(lang, text):
    assert glossary(lang).words(text) == []


@pytest.mark.parametrize("lang,text,expected", [
    # concepts of the other glossaries added to the languages the encoder reads (2026-12-04): the sense meant,
    # not another one ("animazione" of a holiday village; "chasseur de têtes"; "interpréter les résultats")
    ("it", "Animazione 3D con Blender", ["3d modelling and animation"]),
    ("fr", "Formation hôtesse de l'air et steward (CCA)", ["cabin crew"]),
    ("de", "Fortbildung für Notarfachangestellte", ["notary"]),
    ("nl", "Cursus huismeester", ["facility management"]),
    ("es", "Curso para la licencia de caza", ["hunting"]),
    ("de", "Suchtberatung: Grundlagen", ["addiction"]),
    ("fr", "Chasseur de têtes : les méthodes du recrutement", ["recruitment"]),
    ("fr", "Interpréter les résultats d'une analyse", []),
    ("de", "Der Patient wird untersucht", []),
    ("it", "D'altro canto, a caccia di clienti", []),
])
def test_concepts_added_to_the_read_languages(lang, text, expected):
    assert glossary(lang).words(text) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # concepts added to every glossary (2026-12-05): sound engineering, fundraising, herbal medicine
    ("sv", "Ljudteknik för livescen", ["sound engineering"]),
    ("fi", "Äänitekniikan peruskurssi", ["sound engineering"]),
    ("cs", "Kurz zvukového technika", ["sound engineering"]),
    ("et", "Rahakogumise koolitus", ["fundraising"]),
    ("hu", "Adománygyűjtés civil szervezeteknek", ["fundraising"]),
    ("bg", "Курс по фитотерапия", ["herbal medicine"]),
    ("de", "Betontechnik für Bauleiter", []),               # concrete, not sound engineering ("^tontechn")
    ("pl", "Nagłośnienie problemu w mediach", []),          # making a matter public, not a PA system
])
def test_concepts_added_to_every_glossary(lang, text, expected):
    assert [w for w in glossary(lang).words(text) if w in {"sound engineering", "fundraising", "herbal medicine"}] == expected


@pytest.mark.parametrize("lang,text,installs", [
    # installing solar panels is the installers' trade (F), not energy supply (2026-12-05)
    ("fi", "Aurinkopaneelien asennuskoulutus", True), ("fi", "Masennuksen hoito", False),  # depression holds "asennus"
    ("el", "Εγκατάσταση φωτοβολταϊκών συστημάτων", True), ("el", "Οι εγκαταστάσεις του κέντρου", False),  # facilities
    ("sv", "Montering av solceller", True), ("ro", "Instalarea panourilor fotovoltaice", True),
    ("ro", "Montaj video pentru YouTube", False),  # video editing
])
def test_installing_is_glossed_where_the_word_means_it(lang, text, installs):
    assert ("installation" in glossary(lang).words(text)) is installs


@pytest.mark.parametrize("lang,text,expected", [
    # brewing and winemaking (beverage manufacturing, C) apart from drinks served and wine tasted (2026-12-05)
    ("cs", "Kurz pivovarníků – vaření piva v minipivovaru", ["brewing"]), ("da", "Ølbrygning for bryggeriansatte", ["brewing"]),
    ("ro", "Curs de vinificație pentru personalul cramelor", ["winemaking"]), ("el", "Σεμινάριο οινοποίησης", ["winemaking"]),
    ("it", "Corso di tecnica enologica per addetti di cantina", ["winemaking"]),
    ("cs", "Míchané nápoje pro barmany", ["beverages"]), ("fr", "Dégustation de vin", ["wine"]),
    ("de", "Chronologie und Monolog", []),  # "önolog" begins a word only
])
def test_brewing_and_winemaking_are_beverage_manufacturing(lang, text, expected):
    assert [w for w in glossary(lang).words(text) if w in {"brewing", "winemaking", "beverages", "wine"}] == expected


@pytest.mark.parametrize("lang,text,expected", [
    # PLC programming in the languages the encoder reads (2026-12-05): industrial automation (C), not programming (J)
    ("de", "SPS-Steuerung mit TIA Portal", ["PLC programming"]),  # a PLC's control, not tax ("Steuer")
    ("fr", "Programmation d'automates programmables industriels", ["programming", "PLC programming"]),
    ("pl", "Programowanie sterowników PLC", ["programming", "PLC programming"]),
    ("en", "Siemens SIMATIC S7 basics", ["PLC programming"]),  # a vendor's PLC name, in every language
])
def test_plc_programming_in_the_read_languages(lang, text, expected):
    assert [w for w in glossary(lang).words(text) if w in {"PLC programming", "tax", "programming"}] == expected


def test_introductions_and_installations_are_not_management_or_building():
    hu = glossary("hu")
    assert hu.words("Bevezetés a programozásba") == ["programming"]      # "Introduction to": not management
    assert hu.words("Szoftver telepítése") == ["software", "installation"]  # not construction ("építés")
    assert hu.words("Vezetés és hatósági ügyintézés") == ["management", "public administration"]


# Words of nearly every course title or page (introduction, basics, course, training, workshop, certificate,
# beginners, advanced, credits, registration, price...) in each glossary language: none may gloss. Croatian
# "radionica" (workshop) read as radio, Welsh "cyflwyniad" (introduction) as presentation, until 2026-11-30.
COURSE_WORDS = {
    "fi": "johdatus perusteet peruskurssi jatkokurssi koulutus kurssi verkkokurssi täydennyskoulutus työpaja todistus sertifikaatti aloittelijoille edistyneille mikrotutkinto opintopiste opintopistettä lähiopetus etäopetus ilmoittautuminen hinta",
    "et": "sissejuhatus alused algkursus täiendkoolitus koolitus kursus veebikursus töötuba tunnistus sertifikaat algajatele edasijõudnutele mikrokraad ainepunkt ekap registreerimine hind",
    "hu": "bevezetés alapjai alapfokú haladó tanfolyam képzés továbbképzés online műhely tanúsítvány oklevél kezdőknek mikrotanúsítvány kredit jelentkezés ár",
    "sv": "introduktion grunderna grundkurs fortsättningskurs utbildning kurs webbkurs distans workshop intyg certifikat nybörjare avancerad mikromerit anmälan pris",
    "da": "introduktion grundlæggende grundkursus videregående uddannelse kursus onlinekursus workshop bevis certifikat begyndere avanceret ects tilmelding pris efteruddannelse",
    "no": "introduksjon grunnleggende grunnkurs videregående opplæring kurs nettkurs workshop kursbevis sertifikat nybegynnere avansert studiepoeng påmelding pris etter- og videreutdanning",
    "cs": "úvod základy základní kurz pokročilí školení kurz online workshop osvědčení certifikát začátečníky kredity přihláška cena rekvalifikace",
    "sk": "úvod základy základný kurz pokročilí školenie kurz online workshop osvedčenie certifikát začiatočníkov kredity prihláška cena rekvalifikácia",
    "ro": "introducere noțiuni de bază curs avansați formare instruire online atelier certificat atestat începători credite înscriere preț perfecționare",
    "el": "εισαγωγή βασικές αρχές σεμινάριο εκπαίδευση κατάρτιση πρόγραμμα διαδικτυακό εργαστήριο πιστοποιητικό βεβαίωση αρχάριους προχωρημένους πιστωτικές μονάδες εγγραφή κόστος επιμόρφωση",
    "bg": "въведение основи основен курс напреднали обучение курс онлайн уъркшоп сертификат удостоверение начинаещи кредити записване цена",
    "hr": "uvod osnove osnovni tečaj napredni edukacija obuka tečaj online radionica potvrda certifikat početnike bodovi prijava cijena usavršavanje",
    "sl": "uvod osnove osnovni tečaj nadaljevalni usposabljanje izobraževanje spletni delavnica potrdilo certifikat začetnike krediti prijava cena",
    "lt": "įvadas pagrindai pradinis kursas pažengusiems mokymai kursai nuotoliniai dirbtuvės pažymėjimas sertifikatas pradedantiesiems kreditai registracija kaina kvalifikacijos tobulinimas",
    "lv": "ievads pamati pamatkurss padziļināts apmācība kursi tiešsaistes darbnīca apliecība sertifikāts iesācējiem kredītpunkti pieteikšanās cena tālākizglītība",
    "ga": "réamhrá bunúsach cúrsa ardleibhéal oiliúint ar líne ceardlann teastas dioplóma tosaitheoirí creidiúintí clárú táille",
    "mt": "introduzzjoni bażiku kors avvanzat taħriġ onlajn workshop ċertifikat prinċipjanti krediti reġistrazzjoni prezz",
    "is": "inngangur grunnatriði námskeið framhaldsnámskeið þjálfun fjarnám vinnustofa skírteini byrjendur einingar skráning verð",
    "uk": "вступ основи базовий курс просунутий навчання курс онлайн воркшоп сертифікат посвідчення початківців кредити реєстрація ціна підвищення кваліфікації",
    "ca": "introducció fonaments curs avançat formació en línia taller certificat principiants crèdits inscripció preu aprenentatge",
    "eu": "sarrera oinarriak ikastaroa aurreratua prestakuntza online tailerra ziurtagiria hasiberrientzat kredituak izen-ematea prezioa",
    "sq": "hyrje bazat kurs i avancuar trajnim online punëtori certifikatë fillestarë kredite regjistrim çmimi",
    "cy": "cyflwyniad hanfodion cwrs uwch hyfforddiant ar-lein gweithdy tystysgrif dechreuwyr credydau cofrestru pris",
    # languages the encoder reads, whose glossaries append to the title (rule 15; Turkish since rule 16)
    "de": "einführung grundlagen grundkurs aufbaukurs fortgeschrittene weiterbildung fortbildung schulung seminar lehrgang online workshop zertifikat teilnahmebescheinigung anfänger leistungspunkte anmeldung preis kurs",
    "fr": "introduction bases initiation perfectionnement avancé formation stage en ligne atelier certificat attestation débutants crédits inscription tarif cours module",
    "es": "introducción fundamentos básico curso avanzado formación capacitación en línea taller certificado diploma principiantes créditos inscripción precio módulo",
    "it": "introduzione fondamenti base corso avanzato formazione aggiornamento online laboratorio certificato attestato principianti crediti iscrizione prezzo modulo",
    "nl": "inleiding basis basiscursus gevorderd opleiding training cursus online workshop certificaat bewijs beginners studiepunten inschrijving prijs module",
    "pl": "wprowadzenie podstawy kurs podstawowy zaawansowany szkolenie szkolenia online warsztaty certyfikat zaświadczenie początkujących punkty zapisy cena moduł",
    "pt": "introdução fundamentos básico curso avançado formação capacitação online oficina certificado diploma iniciantes créditos inscrição preço módulo",
    "tr": "giriş temel temel kurs ileri düzey eğitim kurs çevrimiçi online atölye sertifika katılım belgesi başlangıç kredi kayıt fiyat modül",
}


@pytest.mark.parametrize("lang", sorted(COURSE_WORDS))
def test_course_words_gloss_nothing(lang):
    g = glossary(lang)
    assert [(w, g.words(w)) for w in COURSE_WORDS[lang].split() if g.words(w)] == []


# Page furniture of each glossary language (privacy and cookie notices, terms and conditions, newsletter,
# log in, search, contact, share, "all rights reserved", basket) and the "News" menu: none may gloss. Until
# 2026-11-30 the newsletter and news words read as journalism in 17 languages, "all rights reserved" as law
# in 9, terms and conditions as trade or contract, privacy notices as data protection. Copyright words
# ("cóipcheart", "autorska prava") and a bare "ochrana osobních údajů" are topics too, and still gloss.
PAGE_WORDS = {
    "ga": "polasaí príobháideachais fianáin glac le gach diúltaigh téarmaí agus coinníollacha nuachtlitir logáil isteach cláraigh cuardaigh déan teagmháil linn fúinn baile roinn lean muid gach ceart ar cosaint",
    "mt": "politika tal-privatezza cookies aċċetta kollox irrifjuta termini u kundizzjonijiet newsletter idħol irreġistra fittex ikkuntattjana dwarna paġna ewlenija aqsam segwina drittijiet kollha riżervati Aħbarijiet",
    "hr": "pravila privatnosti kolačići prihvati sve odbij uvjeti korištenja newsletter prijava registracija pretraži kontaktirajte nas o nama početna podijeli pratite nas sva prava pridržana košarica Vijesti",
    "sl": "politika zasebnosti piškotki sprejmi vse zavrni pogoji uporabe novice prijava registracija iskanje kontaktirajte nas o nas domov deli sledite nam vse pravice pridržane košarica Novice",
    "sk": "zásady ochrany osobných údajov súbory cookie prijať všetko odmietnuť obchodné podmienky newsletter prihlásenie registrácia hľadať kontaktujte nás o nás domov zdieľať sledujte nás všetky práva vyhradené košík",
    "cs": "zásady ochrany osobních údajů soubory cookie přijmout vše odmítnout obchodní podmínky newsletter přihlášení registrace hledat kontaktujte nás o nás domů sdílet sledujte nás všechna práva vyhrazena košík",
    "lt": "privatumo politika slapukai priimti visus atmesti taisyklės naujienlaiškis prisijungti registruotis paieška susisiekite apie mus pradžia dalintis sekite mus visos teisės saugomos krepšelis Naujienos",
    "lv": "privātuma politika sīkdatnes pieņemt visas noraidīt lietošanas noteikumi jaunumi pieslēgties reģistrēties meklēt sazinieties ar mums par mums sākums dalīties sekojiet mums visas tiesības aizsargātas grozs Jaunumi",
    "et": "privaatsuspoliitika küpsised nõustu kõigiga keeldu kasutustingimused uudiskiri logi sisse registreeru otsi võta meiega ühendust meist avaleht jaga jälgi meid kõik õigused kaitstud ostukorv Uudised",
    "bg": "политика за поверителност бисквитки приеми всички откажи общи условия бюлетин вход регистрация търсене свържете се с нас за нас начало сподели последвайте ни всички права запазени количка Новини",
    "uk": "політика конфіденційності файли cookie прийняти всі відхилити умови використання розсилка увійти реєстрація пошук зв'яжіться з нами про нас головна поділитися слідкуйте всі права захищені кошик Новини",
    "is": "persónuverndarstefna vafrakökur samþykkja allt hafna skilmálar fréttabréf innskráning nýskráning leita hafðu samband um okkur forsíða deila fylgdu okkur öll réttindi áskilin karfa",
    "fi": "tietosuojaseloste evästeet hyväksy kaikki hylkää käyttöehdot uutiskirje kirjaudu rekisteröidy haku ota yhteyttä meistä etusivu jaa seuraa meitä kaikki oikeudet pidätetään ostoskori Uutiset",
    "hu": "adatvédelmi tájékoztató sütik elfogadom mindet elutasítom általános szerződési feltételek hírlevél bejelentkezés regisztráció keresés kapcsolat rólunk kezdőlap megosztás kövess minket minden jog fenntartva kosár",
    "ro": "politica de confidențialitate cookie-uri acceptă toate respinge termeni și condiții newsletter autentificare înregistrare caută contactează-ne despre noi acasă distribuie urmărește-ne toate drepturile rezervate coș Știri",
    "el": "πολιτική απορρήτου cookies αποδοχή όλων απόρριψη όροι χρήσης ενημερωτικό δελτίο σύνδεση εγγραφή αναζήτηση επικοινωνία σχετικά με εμάς αρχική κοινοποίηση ακολουθήστε μας με επιφύλαξη παντός δικαιώματος καλάθι Ειδήσεις",
    "sv": "integritetspolicy kakor acceptera alla avvisa villkor nyhetsbrev logga in registrera sök kontakta oss om oss hem dela följ oss alla rättigheter förbehållna varukorg Nyheter",
    "da": "privatlivspolitik cookies accepter alle afvis vilkår nyhedsbrev log ind tilmeld søg kontakt os om os forside del følg os alle rettigheder forbeholdes kurv Nyheder",
    "no": "personvernerklæring informasjonskapsler godta alle avvis vilkår nyhetsbrev logg inn registrer søk kontakt oss om oss hjem del følg oss alle rettigheter reservert handlekurv Nyheter",
    "ca": "política de privadesa galetes accepta-ho tot rebutja termes i condicions butlletí inicia sessió registra't cerca contacta'ns qui som inici comparteix segueix-nos tots els drets reservats cistella",
    "eu": "pribatutasun politika cookieak onartu guztiak baztertu erabilera baldintzak buletina saioa hasi erregistratu bilatu jarri harremanetan guri buruz hasiera partekatu jarraitu gaitzazu eskubide guztiak erreserbatuta saskia",
    "sq": "politika e privatësisë cookies prano të gjitha refuzo kushtet e përdorimit buletini hyr regjistrohu kërko na kontaktoni rreth nesh kreu shpërndaj na ndiqni të gjitha të drejtat e rezervuara shporta Lajme",
    "cy": "polisi preifatrwydd cwcis derbyn y cyfan gwrthod telerau ac amodau cylchlythyr mewngofnodi cofrestru chwilio cysylltu â ni amdanom ni hafan rhannu dilynwch ni cedwir pob hawl basged Newyddion",
    "de": "datenschutzerklärung cookies alle akzeptieren ablehnen allgemeine geschäftsbedingungen newsletter anmelden registrieren suche kontakt über uns startseite teilen folgen sie uns alle rechte vorbehalten warenkorb Neuigkeiten impressum",
    "fr": "politique de confidentialité cookies tout accepter refuser conditions générales de vente newsletter connexion inscription rechercher contactez-nous qui sommes-nous accueil partager suivez-nous tous droits réservés panier Actualités mentions légales",
    "es": "política de privacidad cookies aceptar todas rechazar términos y condiciones boletín iniciar sesión registrarse buscar contacto quiénes somos inicio compartir síguenos todos los derechos reservados carrito Noticias aviso legal",
    "it": "informativa sulla privacy cookie accetta tutti rifiuta termini e condizioni newsletter accedi registrati cerca contattaci chi siamo home condividi seguici tutti i diritti riservati carrello Notizie",
    "nl": "privacybeleid cookies alles accepteren weigeren algemene voorwaarden nieuwsbrief inloggen registreren zoeken contact over ons home delen volg ons alle rechten voorbehouden winkelwagen Nieuws",
    "pl": "polityka prywatności pliki cookie akceptuj wszystkie odrzuć regulamin newsletter zaloguj się zarejestruj szukaj kontakt o nas strona główna udostępnij obserwuj nas wszelkie prawa zastrzeżone koszyk Aktualności",
    "pt": "política de privacidade cookies aceitar todos rejeitar termos e condições newsletter entrar registar pesquisar contacte-nos sobre nós início partilhar siga-nos todos os direitos reservados carrinho Notícias",
    "tr": "gizlilik politikası çerezler tümünü kabul et reddet kullanım koşulları bülten giriş yap kayıt ol ara bize ulaşın hakkımızda ana sayfa paylaş bizi takip edin tüm hakları saklıdır sepet Haberler",
    "en": "privacy policy cookies accept all reject terms and conditions newsletter log in register search contact us about us home share follow us all rights reserved basket shopping cart News legal notice",
}


@pytest.mark.parametrize("lang", sorted(PAGE_WORDS))
def test_page_furniture_of_every_glossary_language_glosses_nothing(lang):
    assert glossary(lang).words(PAGE_WORDS[lang]) == []


def test_whole_word_stems_in_latin_script_keep_their_accents():
    sv = glossary("sv")
    assert sv.words("Hår och smink") == ["hairdressing", "makeup"]
    assert sv.words("Han har tid") == []                       # "har" (has) is not "hår" (hair)
    assert sv.words("Tåg och resor") == ["railway", "travel"]
    assert sv.words("Vård och omsorg") == ["care"]
    assert sv.words("Det är värt det") == []                   # "värd"/"värt" is not "vård"
    # scripts other than Latin compare folded, as the files are written without accents
    assert glossary("el").words("Όπλα και σκοποβολή") == ["firearms"]
    assert glossary("sr").words("Обука за возаче виљушкара") == ["driver", "forklift"]


def test_irish_words_are_read_without_their_initial_mutation():
    ga = glossary("ga")
    # eclipsis after "i" and "ár", lenition, "t" before s, "h" before a vowel: the stems are written
    # in their radical form only
    assert ga.words("Cúrsa i bhfíseán agus i ndearadh grafach") == ["video", "graphic design"]
    assert ga.words("Ár gceardchumann; a ghluaisrothar") == ["trade union", "motorcycle"]
    assert ga.words("An tsláinte agus na hidrigine") == ["health", "hydrogen"]
    # genitives: oideachas -> oideachais, tógáil -> tógála, múinteoir -> múinteora
    assert ga.words("Dioplóma Oideachais; obair tógála; oiliúint múinteora") == ["education", "construction", "teacher"]
    # radical words that look lenited are read as they stand ("chun", "thar"): no stem begins "cun"
    assert ga.words("chun cinn thar an teach chomh maith") == []


def test_maltese_words_are_read_without_the_i_the_article_puts_before_s_and_a_consonant():
    mt = glossary("mt")
    # "l-iskart" (the waste) is "skart" after the article; the stem is written without the "i"
    assert mt.words("Immaniġġjar tal-iskart") == ["management", "waste"]
    assert mt.words("skart u riċiklaġġ") == ["waste", "recycling"]
    # stems written with it still match, with or without it in the text
    assert mt.words("Kors tal-ispiżerija") == mt.words("Kors tas-spiżerija") == ["pharmacy"]
    # a word that only looks so ("issa", now: "ssa") begins no stem
    assert mt.words("Issa l-kors jibda") == []


def test_gloss_appends_english_and_leaves_languages_without_a_glossary_alone():
    assert gloss("Hitsauskurssi", "fi") == "Hitsauskurssi (welding)"
    assert gloss("Schweißkurs für Anfänger", "de") == "Schweißkurs für Anfänger (welding)"
    assert gloss("溶接コース", "ja") == "溶接コース"   # no Japanese glossary
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
    firm = Glossary("xx", {"office": ["^toimisto"], "accounting": ["kirjanpi"]}, compounds=True)
    assert firm.words("Toimistotyön perusteet") == ["office"]    # "^": where it begins a word ...
    assert firm.words("Tilitoimiston kirjanpitäjä") == ["accounting"]   # ... not later in a compound (a firm)
    many = Glossary("xx", {f"w{i}": [f"stem{i:03d}"] for i in range(40)})
    assert len(many.words(" ".join(f"stem{i:03d}" for i in range(40)))) == 16   # capped
    with pytest.raises(ConfigError, match="too short"):
        Glossary("xx", {"car": ["au"]})
    assert Glossary("xx", {"car": ["=au"]}).words("au pair") == ["car"]
    ign = Glossary("xx", {"electrical": ["elektr"], "courier": ["=posta"], IGNORED: ["elektronick posta", "sahkopost"]},
                   compounds=True)
    assert ign.words("elektronická posta; sähköposti") == []      # ignored words match and gloss nothing
    assert ign.words("elektrické instalace, posta") == ["electrical", "courier"]
    assert ign.words("info@elektro.cz, https://www.posta.cz/elektro") == []   # addresses are never glossed
    with pytest.raises(ConfigError, match="both ignored and glossed"):
        Glossary("xx", {"courier": ["posta"], IGNORED: ["posta"]})


@pytest.mark.parametrize("lang,text", [
    ("sv", "Kursbeskrivning, anställning och sammanställning. E-post: info@skola.se"),   # "rivning", "ställning"
    ("hu", "Tevékenység, postacím: info@iskola.hu"),            # "tévé" folds to "teve"
    ("et", "E-post: info@kool.ee, e-posti aadress, tellimus"),   # "post", "tellin(gud)"
    ("hr", "Poštovani, e-pošta: info@skola.hr, www.skola.hr"),
    ("sr", "Електронска пошта"),
    ("lt", "El. paštas: info@mokykla.lt; elektroninis paštas"),
    ("lv", "E-pasts: info@skola.lv, e-pasta adrese. Lietuva"),   # "lietuv(e)" is a foundry, "Lietuva" Lithuania
    ("bg", "Електронна поща: info@school.bg"),
    ("ro", "Post de lucru, modalitate de plată, telefon mobil, pensiune, poștă electronică"),
    ("el", "Επιπλέον, ηλεκτρονικό ταχυδρομείο"),                 # "επιπλ(α)" is furniture
    ("fi", "Sähköposti: info@koulu.fi, sähköinen todistus"),
    ("uk", "Модифікація, склад курсу, електронна пошта"),
    ("sv", "Värdefull kunskap om värdepapper och förmedling"),  # "vård", "papper", "medling"
    ("fi", "Arvopaperit ja Pythonin syntaksi"),                 # "paperi", "taksi" inside words
    ("et", "Taksonoomia ja väärtpaberid"),
    ("no", "Verdipapir og formidling"),
    ("ro", "Productivitate personală; gestionarea cererilor"),
    ("hu", "Üzemeltetés"),
])
def test_contact_and_common_words_gloss_nothing(lang, text):
    """E-mail words and addresses are on nearly every harvested page, and some common words begin
    with a domain stem: none may pull a listing toward a sector."""
    assert glossary(lang).words(text) == []


@pytest.mark.parametrize("lang,text", [
    ("it", "Domanda per posta elettronica o per via elettronica, con firma elettronica"),
    ("fr", "Inscription par courrier électronique ou par voie électronique ; adresse électronique"),
    ("pl", "Zgłoszenia pocztą elektroniczną lub drogą elektroniczną, w formie elektronicznej"),
    ("es", "Solicitud en la sede electrónica con firma electrónica; factura electrónica"),
    ("pt", "Candidatura por via eletrónica; assinatura electrónica"),
    ("ro", "Înscrierea în format electronic, cu semnătură electronică"),
    ("hu", "Jelentkezés elektronikus úton, elektronikus formában"),
    ("el", "Οι αιτήσεις υποβάλλονται ηλεκτρονικά στην ηλεκτρονική πλατφόρμα· ηλεκτρονική διεύθυνση"),
    ("cs", "Přihlášky elektronicky nebo elektronickou formou, s elektronickým podpisem"),
    ("sk", "Prihlášky elektronicky, elektronickou formou"),
    ("tr", "Başvurular elektronik ortamda, elektronik imza ile"),
    ("bg", "Документите се подават по електронен път с електронен подпис"),
    ("hr", "Prijave elektroničkim putem, elektronički potpis"),
    ("lt", "Registracija elektroniniu būdu, elektroninis parašas"),
    ("lv", "Pieteikšanās elektroniski ar elektronisko parakstu"),
    ("uk", "Документи в електронному вигляді з електронним підписом"),
    ("cs", "Osvědčení v listinné nebo papírové podobě"),   # a certificate in paper form: not the paper industry
    ("sk", "Osvedčenie v papierovej podobe"),
    ("hr", "Uvjerenje u papirnatom obliku"),
    ("lv", "Apliecība papīra formā"),
    ("ro", "Certificat pe suport de hârtie"),
    ("bg", "Удостоверение на хартиен носител"),
    ("uk", "Сертифікат у паперовому вигляді"),
    ("sv", "Intyget skickas på papper"),
])
def test_electronic_or_paper_form_glosses_nothing(lang, text):
    """Lines such as "apply electronically", "electronic signature", "electronic invoice" and "a certificate in paper
    form" are on public and university pages in every language; the adjective must not read as an electronics (or
    electrical) course, nor paper as the paper industry."""
    assert glossary(lang).words(text) == []


@pytest.mark.parametrize("lang,text,words", [
    ("sk", "Kvalifikačný kurz vodič električky", ["driver", "railway"]),   # "električky" (a tram's) read electrical
    ("sk", "Elektrické inštalácie", ["electrical"]),                        # whole words keep their accents
    ("cs", "Řidič tramvaje", ["driver", "railway"]),
    ("hu", "Villamosvezető képzés", ["railway"]),
    ("hu", "Villamos energetika", ["electrical", "energy"]),                # "villamos" is also electrical
    ("lv", "Kravas auto vadītāju kursi", ["driver", "truck"]),
    ("lt", "Automechanikų kursai", ["mechanics", "vehicle"]),
    ("sv", "Målning för nybörjare", ["drawing"]),                           # an art course, not house painters
    ("sv", "Fasadmålning", ["painting"]),
])
def test_transport_and_trade_words(lang, text, words):
    assert glossary(lang).words(text) == words


@pytest.mark.parametrize("lang,text,words", [
    ("cs", "Elektronické obvody", ["electronics"]),          # was "electrical" through "elektr"
    ("lt", "Elektroninių prietaisų remontas", ["electronics", "repair"]),
    ("uk", "Електронні схеми", ["electronics"]),
    ("el", "Χειρισμός ηλεκτρονικού υπολογιστή", ["computer"]),
    ("fr", "Commerce électronique", ["e-commerce"]),
    ("pl", "Handel elektroniczny", ["e-commerce"]),
])
def test_electronic_as_a_subject(lang, text, words):
    assert glossary(lang).words(text) == words


def _clear_config_caches():
    from mcclassify import config, gloss as gl

    for cached in (gl.glossary, gl.glossary_languages, gl.phrases, gl._programming_names, config.load_toml):
        cached.cache_clear()


@pytest.fixture
def config_copy(tmp_path, monkeypatch):
    """A copy of the shipped configs folder that the library reads instead (MCCLASSIFY_CONFIG_DIR), for
    tests that write bad files into it; the caches of what was read are cleared before and after."""
    import shutil

    from mcclassify import config

    cfg = tmp_path / "configs"
    shutil.copytree(config.config_dir(), cfg)
    monkeypatch.setenv("MCCLASSIFY_CONFIG_DIR", str(cfg))
    _clear_config_caches()
    yield cfg
    _clear_config_caches()


def test_bad_glossary_files_fail_clearly(config_copy):
    from mcclassify import config, gloss as gl

    cfg = config_copy
    (cfg / "glossary" / "qq.toml").write_text('language = "qq"\ninclude = ["zz"]\n[gloss]\nx = ["abcd"]\n')
    (cfg / "glossary" / "qr.toml").write_text('language = "qr"\nscript = "klingon"\n[gloss]\nx = ["abcd"]\n')
    (cfg / "glossary" / "qs.toml").write_text('language = "qs"\nmutations = "cy"\n[gloss]\nx = ["abcd"]\n')
    (cfg / "glossary" / "qt.toml").write_text('language = "qt"\ntitle = "both"\n[gloss]\nx = ["abcd"]\n')
    gl.glossary_languages.cache_clear()  # the new files are glossary languages
    with pytest.raises(ConfigError, match="includes 'zz'"):
        gl.glossary("qq")
    with pytest.raises(ConfigError, match="unknown script"):
        gl.glossary("qr")
    with pytest.raises(ConfigError, match="unknown mutations 'cy'"):
        gl.glossary("qs")
    with pytest.raises(ConfigError, match="unknown title 'both'"):
        gl.glossary("qt")
    for name in ("qq", "qr", "qs"):
        (cfg / "glossary" / f"{name}.toml").unlink()
    (cfg / "gloss_phrases.toml").write_text('[phrases]\n"hot wrok" = "hot work permit"\n')
    gl.glossary_languages.cache_clear()
    gl.phrases.cache_clear()
    config.load_toml.cache_clear()
    with pytest.raises(ConfigError, match="'hot wrok' is no glossary's concept"):
        gl.phrases()


def test_pipeline_embeds_glossed_text_for_uncovered_languages(clf):
    """The listing vector of a Finnish listing is that of its glossed texts, in prediction as in
    training (train.embed_examples glosses the same way)."""
    from mcclassify.encode import listing_vectors
    from mcclassify.gloss import embed_texts as et

    item = {"title": "Hitsauskurssi aloittelijoille", "description": "Kolmen päivän kurssi hitsaajille.", "language": "fi"}
    lst = to_listing(item)
    text, title = et(lst, "fi")
    assert title == "welding"                 # a title with glosses is embedded as its English words
    assert text == "welding"                  # and so is the whole text (rule 26)
    # a text without glosses is embedded as it is
    assert et(to_listing({"title": "Johdanto", "description": "Kolmen päivän kurssi.", "language": "fi"}), "fi")[0] == "Johdanto"
    # a language the encoder reads keeps its words, the English appended
    assert et(to_listing({"title": "Schweißkurs", "description": "MAG-Schweißen in der Praxis.", "language": "de"}), "de")[0].endswith("(welding)")
    # a title without glosses is embedded as it is, less its course words (Finnish "kurssi" among them since the
    # ninth session, as English "course" was) and, since rule 18, how hard the course is ("for beginners")
    assert et(to_listing({"title": "Johdanto aloittelijoille", "language": "fi"}), "fi")[1] == "Johdanto"
    assert et(to_listing({"title": "Kurssi aloittelijoille", "language": "fi"}), "fi")[1] == "aloittelijoille"
    X = clf.embed([lst], ["fi"])
    E = clf.encoder.encode([text, title])
    assert np.allclose(X, listing_vectors(E[:1], E[1:]), atol=1e-6)
    rec = clf.predict([item])[0]
    assert rec["language"] == "fi"
    # an English listing's title goes without the word that says it is a course (rule 7), also where the whole text
    # begins with it (rule 8), and is glossed as in every glossary language (rule 43); a title without glosses is
    # embedded as it is
    en = to_listing({"title": "Welding course", "description": "MIG and TIG."})
    assert en.embed_text() == "Welding course\nMIG and TIG."
    assert embed_texts(en, "en") == ("Welding\nMIG and TIG. (welding)", "welding")
    assert embed_texts(to_listing({"title": "Quantum optics course", "description": "Lasers."}), "en") == \
        ("Quantum optics\nLasers.", "Quantum optics")


def test_harvested_language_codes_reach_the_glossary():
    """A locale or a Norwegian written-standard code in the harvested field selects the glossary."""
    for field, lang in (("fi-FI", "fi"), ("sv_SE", "sv"), ("nb", "no"), ("nn-NO", "no"), ("NO", "no")):
        lst = to_listing({"title": "x", "language": field})
        assert lst.language == lang
    lst = to_listing({"title": "Sveisekurs for nybegynnere", "language": "nb-NO"})
    assert embed_texts(lst, lst.language)[1] == "welding"


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


def test_training_and_prediction_embed_the_same_texts(clf, tmp_path):
    """A labelled listing is embedded in training (data.labelled_examples, train.embed_examples) as
    the same listing is in prediction (Classifier.embed): one glossing rule (gloss.gloss_pair), and
    the title read the same way (Listing.embed_title)."""
    import json
    from pathlib import Path

    from mcclassify.data import as_input, labelled_examples
    from mcclassify.train import embed_examples

    seed = Path(__file__).resolve().parents[1] / "training_data/seed/seed.jsonl"
    rows = [r for r in map(json.loads, seed.open(encoding="utf-8"))
            if r["language"] in ("fi", "el")][:2]
    assert len(rows) == 2
    rows[0]["title"] += "\nWe use cookies. Accept all"     # a harvested title with a consent line
    (tmp_path / "l.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    examples, _ = labelled_examples([tmp_path])
    listings = [to_listing(as_input(r)) for r in rows]
    assert [e.title for e in examples] == [lst.embed_title() for lst in listings]
    assert "cookies" not in examples[0].title
    X = clf.embed(listings, [r["language"] for r in rows])
    assert np.allclose(embed_examples(examples, clf.encoder, None), X, atol=1e-6)


def test_a_model_trained_under_another_gloss_rule_is_reported():
    from mcclassify.gloss import GLOSS_RULE
    from mcclassify.model import shifted_inputs

    now = glossary_hashes()
    assert shifted_inputs({"glossaries": {"fi": now["fi"]}, "gloss_rule": GLOSS_RULE}) == []
    old = shifted_inputs({"glossaries": {"fi": now["fi"]}})          # models before the rule was recorded
    assert len(old) == 1 and "rule 1" in old[0] and "fi" in old[0]
    assert "other glossaries for fi" in shifted_inputs({"glossaries": {"fi": "0" * 16}, "gloss_rule": GLOSS_RULE})[0]
    assert shifted_inputs({}) == []                                   # no glossary language trained on
    # rules 3 and 4 take calendar years and shouted capitals out of every language's texts: a model trained before is told so
    assert "calendar years" in " ".join(shifted_inputs({"version": "0.1.0", "gloss_rule": 2}))
    assert shifted_inputs({"version": "0.1.0", "gloss_rule": GLOSS_RULE}) == []


def test_calendar_years_are_not_embedded():
    from mcclassify.gloss import drop_years, gloss_pair

    # a year says when a course runs, not what it is: the embedded texts are the same with or without one
    for lang in ("en", "fi", "de"):
        a = gloss_pair("Data protection update. Next dates: 12.03.2027", "GDPR update 2027", lang)
        b = gloss_pair("Data protection update. Next dates: 12.03.", "GDPR update ", lang)
        assert a == b
    assert drop_years("Kurs 2026/27, Ausgabe 2026-2027") == "Kurs , Ausgabe "
    assert drop_years("ISO 14001 in 1200 hours") == "ISO 14001 in 1200 hours"  # not years
    assert drop_years("2027") == "2027"  # a text that is nothing but a year stays
    assert drop_years("Schweißkurs MAG (2027)") == "Schweißkurs MAG"  # and a year's brackets go with it
    assert drop_years("Excel [2026/27] für Einsteiger") == "Excel für Einsteiger"


def test_shouted_lines_are_embedded_in_sentence_case():
    from mcclassify.gloss import gloss_pair
    from mcclassify.text import unshout

    assert unshout("CURSO DE SOLDADURA TIG\nPresencial en Madrid") == "Curso de soldadura tig\nPresencial en Madrid"
    assert unshout("HACCP Level 2") == "HACCP Level 2" and unshout("KURS 2 DNI") == "KURS 2 DNI"  # not shouted
    assert gloss_pair("x", "WELDING FOR BEGINNERS", "en") == gloss_pair("x", "Welding for beginners", "en")
    # rule 9: a word the other lines write otherwise takes their spelling (acronyms, German nouns)
    desc = "Das Spleißen von Glasfaser für FTTH-Netze. Wir üben die Montage im Hausanschluss."
    assert unshout("GLASFASER-SPLEISSEN UND FTTH-MONTAGE\n" + desc) == "Glasfaser-Spleißen und FTTH-Montage\n" + desc
    # a capital that only starts a sentence is no spelling of the word
    assert unshout("STCW BASIC SAFETY FOR SEAFARERS", context="Mandatory STCW course. For beginners.") == \
        "STCW basic safety for seafarers"
    assert unshout("STCW BASIC SAFETY TRAINING") == "Stcw basic safety training"
    # a shouted title is read in its capitals before its course words are taken off; it counts as shouted
    # with fewer words than a line of text; kana, CJK and numerals in a title are no capitals
    assert gloss_pair("CURSO DE CARRETILLERO\nFormación práctica", "CURSO DE CARRETILLERO", "es") == \
        ("carretillero\nFormación práctica (forklift)", "forklift")
    assert unshout("HACCP", title=True) == "HACCP" and unshout("FORKLIFT", title=True) == "Forklift"
    for text in ("こどもギターレッスン　リトルギタリストⅡ", "‏SQL لعلوم البيانات"):
        assert unshout(text, title=True) == text
    # and the language is identified as from the title in sentence case ("CURSO DE SOLDADOR" was Galician)
    from mcclassify.text import listing_language
    desc_es = "Curso de formación profesional, 40 horas, certificado."
    for t in ("Curso de soldador", "CURSO DE SOLDADOR"):
        assert listing_language(to_listing({"title": t, "description": desc_es})) == "es"
    # a near tie between Galician and Spanish goes to Spanish; Galician text stays Galician
    from mcclassify.text import detect_language
    assert detect_language("Curso de soldadura TIG. Aprende soldadura TIG en acero inoxidable. 60 horas") == "es"
    assert detect_language("Obradoiro de cociña galega para persoas desempregadas. Duración: 40 horas. "
                           "Inscrición aberta ata o 15 de marzo.") == "gl"
    title = "GLASFASER-SPLEISSEN UND FTTH-MONTAGE"
    assert gloss_pair(title + "\n" + desc, title, "de") == gloss_pair("Glasfaser-Spleißen und FTTH-Montage\n" + desc,
                                                                      "Glasfaser-Spleißen und FTTH-Montage", "de")


def test_the_providers_name_and_date_lines_are_not_embedded():
    from mcclassify.text import to_listing

    a = to_listing({"title": "Welding", "description": "MAG welding basics.\nNext start: 14 March", "provider": "Weld Ltd"})
    b = to_listing({"title": "Welding", "description": "MAG welding basics."})
    assert a.embed_text() == b.embed_text() == "Welding\nMAG welding basics."


def test_a_marketing_tag_before_a_title_is_not_embedded():
    from mcclassify.text import to_listing, untag_title

    assert untag_title("NEW: Excel for managers") == "Excel for managers"
    assert untag_title("[Nouveau] Formation HACCP") == "Formation HACCP"
    for t in ("New Zealand tourism", "Hot-Dog making course", "New-Media Kurs", "NEW"):
        assert untag_title(t) == t
    a, b = to_listing({"title": "Neu! Schweißen MAG"}), to_listing({"title": "Schweißen MAG"})
    assert (a.embed_text(), a.embed_title()) == (b.embed_text(), b.embed_title())


def test_a_booking_state_before_or_after_a_title_is_not_embedded():
    """Sold out, waiting list, cancelled, guaranteed to run, booking closed (2026-12-06: " - SOLD OUT" after 1,152
    fresh-topic titles moved 54 sectors and 87 fields; 0 now)."""
    from mcclassify.text import to_listing, untag_title

    for t in ("Excel für Einsteiger - SOLD OUT", "Excel für Einsteiger (ausgebucht)", "Excel für Einsteiger – COMPLET",
              "Excel für Einsteiger | Warteliste", "Excel für Einsteiger – Noch 3 Plätze frei", "[Abgesagt] Excel für Einsteiger",
              "AUSGEBUCHT: Excel für Einsteiger", "Excel für Einsteiger – Durchführung garantiert", "Excel für Einsteiger - Agotado",
              "Excel für Einsteiger (esaurito)", "Excel für Einsteiger - VOL", "Excel für Einsteiger (FULL)",
              "Early Bird: Excel für Einsteiger", "Excel für Einsteiger – fully booked", "Excel für Einsteiger - Zrušené",
              "Excel für Einsteiger - Popunjeno", "Excel für Einsteiger - Няма места", "Excel für Einsteiger - Tükendi",
              "Excel für Einsteiger (Exhaurit)", "Excel für Einsteiger - Скасовано",
              # and the word for a webinar after it (the rules read the mode from the title as given)
              "Excel für Einsteiger – Webinar", "Excel für Einsteiger (Webinaire)"):
        assert untag_title(t) == "Excel für Einsteiger", t
    for t in ("Curso completo de Excel", "Excel: curso completo", "Python - Completo", "Excel: Full Course", "Vol-au-vent",
              "Garantie", "Sold out", "Webinar", "Excel Webinar"):
        assert untag_title(t) == t, t
    a, b = to_listing({"title": "Schweißen MAG - AUSGEBUCHT"}), to_listing({"title": "Schweißen MAG"})
    assert (a.embed_text(), a.embed_title()) == (b.embed_text(), b.embed_title())


def test_a_skip_link_a_menu_button_and_a_search_box_are_not_embedded():
    """"Zum Inhalt springen\nMenü\nSuche" before 1,152 fresh-topic descriptions moved 50 sectors (2026-12-06); 0 now."""
    from mcclassify.text import strip_boilerplate

    assert strip_boilerplate("Zum Inhalt springen\nMenü\nSuche\nKurs für alle.").strip() == "Kurs für alle."
    assert strip_boilerplate("Kurs für alle.\nSuche nach Fehlern im Code.") == "Kurs für alle.\nSuche nach Fehlern im Code."


def test_a_whole_page_s_head_menu_and_footer_are_not_embedded():
    """A harvest that kept a whole page as the description (2026-12-06: 66 of 1,152 fresh-topic sectors moved, 0 now)."""
    from mcclassify.text import to_listing

    page = ("<html><head><title>Excel für Einsteiger | ACME Akademie</title></head><body><nav><a href='/'>Home</a> | "
            "<a href='/kurse'>Kurse</a></nav><h1>Excel für Einsteiger</h1><header><p>Praxisseminar.</p></header>"
            "<p>Formeln und Diagramme.</p><footer>© 2026 ACME Akademie · <a>Impressum</a></footer></body></html>")
    a = to_listing({"title": "Excel für Einsteiger", "description": page})
    assert a.embed_text() == "Excel für Einsteiger\nPraxisseminar.\n\nFormeln und Diagramme."


def test_a_breadcrumb_a_city_before_and_a_title_said_twice_are_not_embedded():
    """"Kurse > Weiterbildung > ", "Hamburg: " before 1,152 fresh-topic titles moved 103 and 75 sectors, a title said
    twice 37 (2026-12-06); none now."""
    from mcclassify.text import untag_title

    for t in ("Kurse > Weiterbildung > Excel für Einsteiger", "Kurse > Excel für Einsteiger", "Home » Excel für Einsteiger",
              "Hamburg: Excel für Einsteiger", "Kraków – Excel für Einsteiger", "Excel für Einsteiger - Excel für Einsteiger",
              "Hamburg: Excel für Einsteiger – Berlin",
              "Excel für Einsteiger | EXCEL FÜR EINSTEIGER"):
        assert untag_title(t) == "Excel für Einsteiger", t
    for t in ("Excel > Pivot", "Kurse > Weiterbildung", "Hamburg", "Excel - Excel für Profis", "Hamburger Hafen: Logistik"):
        assert untag_title(t) == t, t


def test_site_names_pictographs_and_bullets_are_not_embedded():
    from mcclassify.text import plain_symbols, to_listing, untag_title

    assert untag_title("Welding course | ACME Training Ltd") == "Welding course"
    assert untag_title("Data Science | University of Leeds") == "Data Science"
    assert untag_title("HACCP Level 2 - Highfield", "Highfield") == "HACCP Level 2"  # the provider's name
    # a site's address after the title, a site's or an organisation's name before it, a course's number (2026-12-06:
    # "ACME Akademie: " before 1,152 fresh-topic titles moved 83 sectors, " - acme-training.eu" after them 55)
    for t in ("ACME Akademie: Excel für Einsteiger", "ACME Akademie - Excel für Einsteiger", "kurse.de | Excel für Einsteiger",
              "Excel für Einsteiger - acme-training.eu", "Excel für Einsteiger | www.acme.de", "Excel für Einsteiger (Nr. 27-0412)",
              "Excel für Einsteiger – Kurs-Nr. 4711", "Excel für Einsteiger [Ref: AB-12]", "Volkshochschule Hamburg: Excel für Einsteiger",
              "IHK Köln | Excel für Einsteiger", "Akademie für Weiterbildung – Excel für Einsteiger", "ACME GmbH: Excel für Einsteiger",
              # dates with a day alone before a range or a month's name, a code in square brackets (2026-12-06:
              # " – Hamburg, 12.–14.03.2027" after 1,152 fresh-topic titles moved 78 sectors, "[KS-2041] " before them 60)
              "Excel für Einsteiger – Hamburg, 12.–14.03.2027", "Excel für Einsteiger – 12. März 2027",
              "Excel für Einsteiger (12–14 March 2027)", "Excel für Einsteiger, March 3, 2027", "Excel für Einsteiger – März 2027",
              "Excel für Einsteiger – Madrid, 3 de marzo de 2027", "[KS-2041] Excel für Einsteiger", "Excel für Einsteiger [2027-04]",
              # when a session runs (2026-12-06: each moved 39-76 of 1,152 fresh-topic sectors)
              "Excel für Einsteiger (2027-03-12)", "Excel für Einsteiger 2027-03-12 – 2027-03-14", "Excel für Einsteiger – KW 12/2027",
              "Excel für Einsteiger | Q2 2027", "Excel für Einsteiger (SoSe 2027)", "Excel für Einsteiger, 09:00–16:00 Uhr",
              "Excel für Einsteiger (Mo–Fr)", "Excel für Einsteiger (lun.-ven.)", "Excel für Einsteiger – Abendkurs",
              # an organisation after "at" (" bei der ACME Akademie": 59 sectors)
              "Excel für Einsteiger bei der ACME Akademie", "Excel für Einsteiger at the University of Leeds",
              # a catalogue's code, a rating, an edition, a version (45-77 sectors each)
              "KS-2041 Excel für Einsteiger", "EXC101: Excel für Einsteiger", "GH 12/27 – Excel für Einsteiger",
              "Excel für Einsteiger (KS-2041)", "Excel für Einsteiger ★ 4.8", "Excel für Einsteiger – 3. Auflage",
              "Excel für Einsteiger v2"):
        assert untag_title(t) == "Excel für Einsteiger", t
    for t in ("University Preparation: Academic Writing", "Node.js: Getting started", "ASP.NET - Web APIs",
              "Leadership: Führen ohne Weisungsbefugnis", "Academy of Excellence", "Python 3 (no prior knowledge)",
              "Schweißen (Teil 2)", "Excel (2 Tage)", "Programação de autómatos PLC | Kurs", "Spa and wellness: massage",
              "Diplôme d'université : Éducation thérapeutique du patient", "Liebe im Mai", "Excel May", "Excel 2016-2019",
              "Python 3.10 - 12 Tipps", "Web 2.0 - 10:30", "Excel for Mondays", "Abendkurs Excel", "Wochenendkurs",
              "Excel with Anna", "Work at height", "Teaching at university level", "ISO 9001 Lead Auditor",
              "EN-1090 Schweißaufsicht", "AZ-900", "B1 Deutsch", "COVID-19 Schutz", "DB2 Administration",
              "Operaciones básicas de cocina (HOTR0108)"):
        assert untag_title(t) == t, t
    for t in ("Kurs BHP - szkolenia okresowe", "Customer service - Call Centre Agents", "Python - Advanced",
              "Module 1 | Introduction to welding"):
        assert untag_title(t) == t
    assert plain_symbols("\U0001F525 Excel \U0001F525\n\u2022 Formulas\n\u2713 Charts").split() == ["Excel", "Formulas", "Charts"]
    numbered = to_listing({"title": "4. Compound Interest", "description": "1. Formulas\n2) Charts\n2027 plans\n3.5 hours"})
    assert numbered.embed_text() == "4. Compound Interest\nFormulas\nCharts\n2027 plans\n3.5 hours"
    a = to_listing({"title": "\U0001F525 Welding | ACME Ltd", "description": "\u2022 MAG welding\n\u2022 Next start: 14 March"})
    b = to_listing({"title": "Welding", "description": "MAG welding"})
    assert (a.embed_text(), a.embed_title()) == (b.embed_text(), b.embed_title())


def test_the_title_again_at_the_text_start_and_markdown_bold_are_not_embedded():
    """A page that repeats its title as the description's heading, in markdown's marks or not, embeds as one that
    does not; a text that only begins like the title keeps it (2026-12-06)."""
    from mcclassify.text import plain_symbols, without_title_copy

    plain = to_listing({"title": "Excel für Einsteiger", "description": "In diesem Kurs lernen Sie Formeln."})
    for desc in ("Excel für Einsteiger\nIn diesem Kurs lernen Sie Formeln.", "## Excel für Einsteiger\n\nIn diesem Kurs lernen Sie Formeln.",
                 "**Excel für Einsteiger**\nIn diesem Kurs lernen Sie Formeln.", "Excel für Einsteiger: In diesem Kurs lernen Sie Formeln.",
                 "EXCEL FÜR EINSTEIGER.\nIn diesem Kurs lernen Sie Formeln."):
        other = to_listing({"title": "Excel für Einsteiger", "description": desc})
        assert other.embed_text() == plain.embed_text(), desc
    assert without_title_copy("Excel für Einsteiger und Profis: Formeln", "Excel für Einsteiger") == "Excel für Einsteiger und Profis: Formeln"
    assert without_title_copy("Excel für Einsteiger", "Excel für Einsteiger") == "Excel für Einsteiger"  # nothing else
    # the title's copy with only furniture after it, on its line or the next, embeds nothing of that field
    for desc in ("Excel für Einsteiger - Teilnahmegebühr 450 EUR (förderfähig)", "Excel für Einsteiger\nPlazas limitadas."):
        assert to_listing({"title": "Excel für Einsteiger", "description": desc}).embed_text() == "Excel für Einsteiger", desc
    assert plain_symbols("**Praxisorientiertes Seminar.** Grundkurs") == "Praxisorientiertes Seminar. Grundkurs"
    assert plain_symbols("2**3 and a ** b") == "2**3 and a ** b"


def test_a_title_cut_short_reads_as_the_whole_title_the_description_begins_with():
    """A list page cuts long titles short ("Geflügelhaltung und Tierw..."); where the description begins with the whole
    title, the listing embeds as the one with its whole title (2026-12-06: 180 of 1,152 fresh-topic sectors had moved,
    898 -> 818 right; 1 now). Where the page does not give it again, what is cut is lost."""
    whole = to_listing({"title": "Geflügelhaltung und Tierwohl in der Praxis", "description": "Praxisorientiertes Seminar."})
    for title in ("Geflügelhaltung und Tierw...", "Geflügelhaltung und Tierw…", "Geflügelhaltung und Tierw …"):
        cut = to_listing({"title": title, "description": "Geflügelhaltung und Tierwohl in der Praxis\nPraxisorientiertes Seminar."})
        assert (cut.embed_title(), cut.embed_text()) == (whole.embed_title(), whole.embed_text()), title
    alone = to_listing({"title": "Geflügelhaltung und Tierw...", "description": "Praxisorientiertes Seminar."})
    assert alone.embed_title() == "Geflügelhaltung und Tierw..."


def test_a_text_said_twice_is_embedded_once():
    """A page's text kept twice (its mobile and desktop copies), a summary field beside the description that says the
    same, or a short description that is the long one's first line, embeds as the text said once (2026-12-06: the
    description twice moved the sector of 38 and the field of 68 of 1,152 fresh-topic listings); a short description
    that is only a cookie banner is nothing beside a description that says more."""
    text = "Lernen Sie Formeln und Pivot-Tabellen. Praxisnah mit Übungen.\nIdeal für Büroangestellte."
    plain = to_listing({"title": "Excel für Einsteiger", "description": text})
    for extra in ({"description": text + "\n" + text}, {"description": text + "\n\n" + text.replace("\n", " ")},
                  {"description": text, "summary": text}, {"description": text, "short_description": text.split("\n")[0]},
                  {"description": text, "short_description": "Diese Website verwendet Cookies. Alle akzeptieren | Einstellungen"},
                  {"description": text + "\nExcel für Einsteiger"}):
        assert to_listing({"title": "Excel für Einsteiger", **extra}).embed_text() == plain.embed_text(), extra
    # what is new beside a repeat stays
    more = to_listing({"title": "Excel für Einsteiger", "description": text, "summary": "Ideal für Büroangestellte. Mit SVERWEIS."})
    assert more.embed_text() == plain.embed_text() + "\nMit SVERWEIS."
    # a description of furniture alone with no other description is kept whole
    assert "3200" in to_listing({"title": "Kurs spawacza", "description": "Cena: 3200 zł.", "category": "Spawanie"}).embed_text()


def test_fields_of_how_where_when_and_for_how_much_are_read_but_not_embedded():
    """A harvest's fields of place, price, dates, teacher, contact, format, level, duration, the course's language and
    the harvest itself are read by the rules and not embedded; fields of the course's text and subject are (2026-12-06:
    "location": "Hamburg" moved the sector of 40 of 1,152 fresh-topic listings, "price" 39, "trainer" 40)."""
    from mcclassify.model import rules_record
    from mcclassify.text import embeds_field

    plain = {"title": "Pflege von Menschen mit Demenz", "description": "Grundlagen der Betreuung und Kommunikation."}
    extra = {**plain, "location": "Hamburg", "price": "490,00 EUR", "start_date": "2027-03-12", "trainer": "Dr. Maria Huber",
             "contact": "info@acme.de", "course_language": "Deutsch", "format": "Präsenz", "Kursdauer": "2 Tage",
             "source": "acme-akademie.de", "scraped_at": "2026-11-02T10:00:00Z", "Veranstaltungsort": "Köln"}
    a, b = to_listing(plain), to_listing(extra)
    assert a.embed_text() == b.embed_text()
    rec = rules_record(b)
    assert rec["workload"]["hours"] == 15.0 and rec["mode"] == "onsite"
    for name in ("category", "tags", "skills", "objectives", "Zielgruppe", "Lernziele", "Kursinhalte", "modules.0.title",
                 "price_description", "prerequisites", "syllabus", "Sport", "Transport", "teaches", "about", "keywords",
                 "coursePrerequisites", "syllabusSections.0.name", "occupationalCategory"):
        assert embeds_field(name), name
    for name in ("location", "Preis", "Teilnahmegebühr", "Termin", "sessions.0.start", "trainer", "Dauer", "level", "rating",
                 # schema.org's Course (a JSON-LD harvest)
                 "hasCourseInstance.0.courseMode", "offers.priceCurrency", "hasCourseInstance.0.instructor.name",
                 "timeRequired", "courseCode", "availableLanguage", "hasCourseInstance.0.courseWorkload"):
        assert not embeds_field(name), name
    # a field beside the description that is only furniture, a yes, a no or a none, or names no learners, is not
    # embedded; a description of furniture alone still is (a short text that names its price)
    for field, value in (("notes", "Bitte Laptop mitbringen"), ("subtitle", "Jetzt buchen!"), ("prerequisites", "none"),
                         ("certificate", "yes"), ("target_group", "Alle Interessierten"), ("Zielgruppe", "für alle")):
        assert to_listing({**plain, field: value}).embed_text() == a.embed_text(), field
    assert to_listing({**plain, "target_group": "Pflegekräfte"}).embed_text() != a.embed_text()
    assert "3200" in to_listing({"title": "Kurs spawacza", "description": "Cena: 3200 zł."}).embed_text()


def test_funding_lines_are_not_embedded_and_breadcrumbs_leave_their_line():
    """A breadcrumb is taken off the line it starts (the rest is often the page's text, and was lost
    when the whole line was dropped); a line on public funding is dropped (it read as finance)."""
    from mcclassify.text import strip_boilerplate, to_listing

    a = to_listing({"title": "Spawanie MAG", "description": "Strona główna > Szkolenia > Kurs 145 godzin w spawalni.\n"
                                                            "Możliwe dofinansowanie z BUR."})
    b = to_listing({"title": "Spawanie MAG", "description": "Kurs 145 godzin w spawalni."})
    assert a.embed_text() == b.embed_text() == "Spawanie MAG\nKurs 145 godzin w spawalni."
    assert strip_boilerplate("Accueil › Formations › Excel avancé\nÉligible CPF.") == "Excel avancé"
    assert strip_boilerplate("Home > Courses > Welding") == "Welding"
    # a breadcrumb whose last crumb only says the page is about courses goes whole (2026-12-06)
    assert strip_boilerplate("Start / Angebote / Weiterbildung\nMAG-Schweißen für Einsteiger") == "MAG-Schweißen für Einsteiger"
    assert strip_boilerplate("Start / Angebote / Schweißen\nMAG für Einsteiger") == "Schweißen\nMAG für Einsteiger"
    for line in ("Teilnahmegebühr 450 EUR (förderfähig)", "Bonificable por FUNDAE", "Co-funded by the European Union",
                 "Corso finanziabile con fondi interprofessionali", "Kurzus állami támogatással"):
        assert strip_boilerplate("Welding basics\n" + line) == "Welding basics", line
    # topic words that look like funding or home words stay
    for text in ("Flurförderzeugführer: Kurs für Fördertechnik", "How to write a grant application for EU funding",
                 "Home care assistants: moving and handling", "Hem- och konsumentkunskap"):
        assert strip_boilerplate(text) == text


def test_related_courses_newsletter_boxes_and_reviews_are_not_embedded():
    """Other courses the page links to, a newsletter box and a quoted review are not what the course is
    (a "Related courses" line changed the sector of 45 of 200 fresh-topic listings, bench/surface.py)."""
    from mcclassify.text import strip_boilerplate

    assert strip_boilerplate("Learn MIG welding.\nRelated courses: Excel for beginners | First aid") == "Learn MIG welding."
    assert strip_boilerplate("Schweißkurs.\nDas könnte Sie auch interessieren:\nBuchhaltung Grundkurs\nErste Hilfe") == "Schweißkurs."
    # "see also" and "you may also like" in more languages
    for label in ("Lue myös:", "Siehe auch:", "Pozri aj:", "Δείτε επίσης:", "Moglo bi vas zanimati:", "Jums varētu interesēt arī:",
                  "Féach freisin:", "Ayrıca bakınız:", "Du kanske också gillar:"):
        assert strip_boilerplate(f"Schweißkurs.\n{label}\nExcel, 2 Tage\nErste Hilfe") == "Schweißkurs.", label
    # the block ends at a blank line or a line of a sentence's length
    assert (strip_boilerplate("Formations similaires\nExcel débutant\n\nCette formation vous apprend à souder.").strip()
            == "Cette formation vous apprend à souder.")
    assert strip_boilerplate("Kurs.\nSubscribe to our newsletter and get 10% off your first course!").strip() == "Kurs."
    assert strip_boilerplate("Kurs.\nSubscribe to our newsletter for new dates") == "Kurs."
    assert strip_boilerplate("Kurs.\nNewsletter abonnieren und 10 % sparen") == "Kurs."
    assert strip_boilerplate("Kurs.\n\u201cGreat trainer, very practical!\u201d \u2013 Anna, nurse") == "Kurs."
    for text in ("Intro.\nLearn to write a newsletter people sign up for.", "Intro.\nNewsletter marketing with Mailchimp",
                 "Intro.\nOther courses teach theory; this one is hands-on.",
                 'Intro.\n"Excel" – das Tabellenprogramm für alle, die Daten auswerten müssen. Wir zeigen es Ihnen.'):
        assert strip_boilerplate(text) == text


@pytest.mark.parametrize("line", [
    # a possessive before the label, more nouns, a few words before the colon (a probe of ten forklift listings in nine
    # languages, 2026-12-04: six were embedded with the other courses' glosses)
    "Nos autres formations : Comptabilité, Secourisme SST, Soudure", "Unsere weiteren Seminare: Erste Hilfe, Buchhaltung",
    "Andra utbildningar: Heta arbeten, Första hjälpen", "Andere trainingen die u misschien interesseren: BHV, Lassen",
    "Corsi che potrebbero interessarti: Corso HACCP, Corso primo soccorso", "Other training you might like: First aid",
    "Våra andra utbildningar: Bokföring", "Pozostałe szkolenia: Kurs spawania",
])
def test_more_related_courses_labels(line):
    from mcclassify.text import strip_boilerplate
    assert strip_boilerplate("Truck.\n" + line) == "Truck."


@pytest.mark.parametrize("text", ["Intro.\nOther courses are also available at our centre in Leeds.",
                                  "Intro.\nOther training is provided by our partners.", "Intro.\nWeitere Kurse finden Sie im Programm."])
def test_a_sentence_that_begins_with_the_label_words_stays(text):
    from mcclassify.text import strip_boilerplate
    assert strip_boilerplate(text) == text


@pytest.mark.parametrize("line", [
    # "your" before a teacher's label: the rest of the line is the teacher, whose own trades are no part of the course
    "Ihr Trainer: Hans Müller ist seit 20 Jahren Koch und Lebensmittelchemiker.", "Din lärare: Anna är utbildad sjuksköterska och ekonom.",
    "Votre formateur : Pierre, ancien comptable et infirmier.", "Your trainer: Sam has 20 years as a chef and accountant.",
])
def test_your_teachers_line_is_not_embedded(line):
    from mcclassify.text import strip_boilerplate
    assert strip_boilerplate("Welding.\n" + line).strip() == "Welding."
    assert strip_boilerplate("Welding.\nYour trainer will show you MIG welding.") == "Welding.\nYour trainer will show you MIG welding."


# a course page's furniture in its own language (bench/data/page_furniture.toml has one of each kind in 37 languages)
PAGE_FURNITURE = [
    "Datenschutzerklärung | Impressum | AGB.", "Asmens duomenų apsauga | Taisyklės | Privatumo politika",
    "Mentions légales - Politique de confidentialité - CGU", "Impressum · Datenschutz · Barrierefreiheit · AGB",
    "Termos e condições | Política de privacidade | Resolução de litígios",
    "Payment by bank transfer or credit card. An invoice is sent after registration.",
    "Fizetés banki átutalással vagy bankkártyával.", "Πληρωμή με τραπεζική κατάθεση ή πιστωτική κάρτα.",
    "Načini plaćanja: kartice, internetsko bankarstvo, uplatnica.", "Betalen kan via iDEAL, creditcard of op factuur.",
    "Die Rechnung erhalten Sie nach der Anmeldung.", "Suscríbete a nuestro boletín y no te pierdas ningún curso.",
    "Абонирайте се за нашия бюлетин.", "E-bültenimize kayıt olun!",
    "© 2026 Centro di Formazione. Tutti i diritti riservati. P.IVA 01234567890", "© 2025 Utbildning AB. Org.nr 556123-4567",
    "Copyright 2025 Szkolenia Sp. z o.o. Wszelkie prawa zastrzeżone.", "Kaikki oikeudet pidätetään.",
    "© 2027 Bildungszentrum Nord GmbH",
    "Tento web používá cookies. Přijmout vše | Nastavení"]


@pytest.mark.parametrize("line", PAGE_FURNITURE)
def test_page_furniture_in_every_language_is_not_embedded(line):
    """Legal links, how to pay, a newsletter box, a footer: "bank", "card", "invoice" and "data protection" are
    glossary words, so a payment line changed the sector of 32 of 332 validation and languages-test listings and
    a legal line 27 (bench/furniture.py) before these were known in every language."""
    from mcclassify.text import plain_symbols, strip_boilerplate

    assert strip_boilerplate(plain_symbols("Curso de soldadura MIG, 40 horas.\n" + line)).strip() == \
        "Curso de soldadura MIG, 40 horas."


def test_page_furniture_run_into_the_text_leaves_the_text():
    """Harvesters that drop line breaks run a page's furniture into the description's line; the line was
    dropped whole as a consent banner (with the course's words) or kept whole. Its furniture parts go, the rest stays."""
    from mcclassify.text import plain_symbols, strip_boilerplate

    text = ("Curso de soldadura MIG, 40 horas en taller. Utilizamos cookies para mejorar su experiencia. Aceptar | "
            "Rechazar | Configurar Aviso legal | Política de privacidad | Política de cookies Formas de pago: tarjeta o "
            "transferencia. Suscríbase a nuestra newsletter y reciba las novedades. © 2025 Formación S.L. Todos los "
            "derechos reservados. CIF B12345678")
    assert strip_boilerplate(plain_symbols(text)).strip(" .") == "Curso de soldadura MIG, 40 horas en taller"
    de = ("Schweißkurs MAG, 3 Tage. Diese Website nutzt Cookies. Mit der Nutzung stimmen Sie der Verwendung zu. "
          "Akzeptieren | Ablehnen | Einstellungen Impressum · Datenschutz · AGB")
    assert strip_boilerplate(de).strip(" .") == "Schweißkurs MAG, 3 Tage"


def test_a_page_with_its_line_breaks_closed_up_is_read_a_sentence_a_line():
    """A harvest that closed up a page's line breaks ("get_text(' ')", a CSV export) runs its furniture into the text: a
    text of one line is read a sentence a line, and the sentences of the page's own kinds of line go, up to the capital
    that starts them where a line's end ran into them (2026-12-06: the descriptions of 1,152 fresh-topic listings so
    closed up moved 30 sectors, 40 fields and 30 EQF levels; 9 / 12 / 0 after)."""
    from mcclassify.text import strip_boilerplate

    lines = ["Diese Website verwendet Cookies. Alle akzeptieren | Einstellungen",
             "Lernen Sie die wichtigsten Methoden kennen. Für Fortgeschrittene. 6 Wochen, 5 Std./Woche Hybrides Format. DQR-Niveau 4",
             "Preis: 890,00 € zzgl. MwSt. Nächster Termin: 12.03.2027. Jetzt buchen"]
    assert strip_boilerplate(" ".join(lines)) == strip_boilerplate("\n".join(lines)) == lines[1]
    for flat, kept in (
            ("Impara metodi e strumenti fondamentali. Durata: 200 ore In modalità e-learning / FAD. livello 5 EQF Corso "
             "finanziabile con fondi interprofessionali.", "Impara metodi e strumenti fondamentali. Durata: 200 ore In "
             "modalità e-learning / FAD. livello 5 EQF"),
            ("Learn the key methods and tools. Blended: online modules plus classroom days. EQF level 5 Share this course: "
             "Facebook | LinkedIn | Email. Questions? Call us.", "Learn the key methods and tools. Blended: online modules "
             "plus classroom days. EQF level 5"),
            ("Utilizamos cookies propias y de terceros. Aceptar | Configurar Curso práctico de soldadura MIG. Precio: 390 €. "
             "Inicio: 10/02/2027. ¡Inscríbete ya!", "Curso práctico de soldadura MIG."),
            ("Lær metoder og værktøjer til svejsning. Du får et bevis. Del", "Lær metoder og værktøjer til svejsning. Du får et bevis."),
            ("Kurs ca. 24 Std. Präsenz, inkl. Prüfung. Preis: 20 €.", "Kurs ca. 24 Std. Präsenz, inkl. Prüfung.")):
        assert strip_boilerplate(flat) == kept, flat
    # a text of one line with no furniture is as it was
    for text in ("Learn to weld. MIG and MAG processes. 40 hours in the workshop.", "Corso di potatura. Livello base."):
        assert strip_boilerplate(text) == text


def test_a_details_table_without_colons_is_not_embedded():
    """A page's details table read without its colons (a table's cells, tab-separated lines: "Ort Hamburg", "Preis 490
    €") is the furniture its rows with colons are, where three rows or more stand together (2026-12-06: 2-13 of 70-81
    fresh-topic sectors per language had moved); two content lines that begin like labels stay."""
    plain = to_listing({"title": "Excel", "description": "Lernen Sie Excel.\nDauer: 3 Tage"}).embed_text()
    for rows in ("Ort\tHamburg\nPreis\t490 € zzgl. MwSt.\nTermin\t12.03.2027\nReferent\tDr. Maria Huber",
                 "<table><tr><td>Ort</td><td>Hamburg</td></tr><tr><td>Preis</td><td>490 €</td></tr>"
                 "<tr><td>Referent</td><td>Dr. Maria Huber</td></tr></table>"):
        assert to_listing({"title": "Excel", "description": "Lernen Sie Excel.\nDauer: 3 Tage\n" + rows}).embed_text() == plain
    assert to_listing({"title": "Excel", "description": "Impara Excel.\nSede Milano\nCosto 350 € + IVA\nData 12/03/2027\n"
                                                          "Docente Mario Rossi"}).embed_text() == "Excel\nImpara Excel."
    kept = "Learn Excel.\nTrainers love it\nPrice matters"
    assert to_listing({"title": "Excel", "description": kept}).embed_text() == "Excel\n" + kept


def test_page_furniture_rules_leave_course_words():
    """What a course teaches stays: payments and invoices as a subject, privacy as a topic, a year in a sentence,
    a web course's cookies."""
    from mcclassify.text import strip_boilerplate

    for text in ("Intro.\nLearn to process supplier invoices and bank reconciliations in SAP.",
                 "Intro.\nKassenkurs: Kartenzahlung, Bargeld und Tagesabschluss.",
                 "Intro.\nData protection | GDPR | ePrivacy: the three rulebooks compared.",
                 "Intro.\nPrivacy | GDPR | Data protection officer", "Intro.\nRODO | ochrona danych | IOD",
                 "Intro.\n2026 edition of our welding course. Now with a practical exam.",
                 "Intro. Web development: sessions, cookies and local storage. Final project."):
        assert strip_boilerplate(text) == text, text


def test_based_on_is_no_beginners_course():
    """Czech and Slovak "na základě" / "na základe" (based on, as in "Platba ... na základe faktúry") is not
    "základy" (basics): it read as the provider's beginner level and moved the EQF level (bench/furniture.py)."""
    import mcclassify

    recs = mcclassify.predict([{"title": "Kurz účtovníctva", "description": "Na základe zákona o účtovníctve. 40 hodín."},
                               {"title": "Základy účetnictví", "description": "40 hodin."}])
    assert [r["level"]["provider_level"] for r in recs] == [None, "beginner"]


def test_words_that_say_a_title_names_a_course_are_not_embedded_with_it():
    """Rule 7: "Online course: " before 200 fresh-topic titles changed the sector of 62 of them."""
    from mcclassify.gloss import gloss_pair
    from mcclassify.text import bare_title

    for title, bare in (("Online course: Excel", "Excel"), ("Curso de fontanería", "fontanería"),
                        ("Kurs obsługi koparki", "obsługi koparki"), ("Excel – Online-Kurs", "Excel"),
                        ("Cours d'anglais", "anglais"), ("Data Science Bootcamp", "Data Science"),
                        ("Formation à l'accueil", "l'accueil"), ("Online course: Corso di potatura", "potatura"),
                        ("Online course: Curso de soldador", "soldador")):
        assert bare_title(title) == bare, title
    # credential words say something of the level; a title of nothing else, compounds and other senses stay
    for title in ("Certificate in Project Management", "Master in Finance", "Online course", "Workshop",
                  "Schweißkurs", "Stage management", "Class 2 HGV", "Coursera Plus"):
        assert bare_title(title) == title
    assert gloss_pair("Online course: Quantum optics\nLearn lasers.", "Online course: Quantum optics", "en")[1] == "Quantum optics"
    # rule 8: the whole text's title line too, where the text begins with the title; the rest stays
    assert gloss_pair("Online course: Quantum optics\nLearn lasers.", "Online course: Quantum optics", "en")[0] == \
        "Quantum optics\nLearn lasers."
    # and a title the English glossary reads is its concepts (rule 43)
    assert gloss_pair("Online course: Excel\nLearn formulas.", "Online course: Excel", "en")[1] == "Excel spreadsheets"
    assert gloss_pair("Learn formulas in this online course: Excel.", "Online course: Excel", "en")[0] == \
        "Learn formulas in this online course: Excel. (Excel spreadsheets)"
    plain = gloss_pair("Excel\nLearn formulas.", "Excel", "en")
    assert gloss_pair("Online course: Excel\nLearn formulas.", "Online course: Excel", "en") == plain


def test_gender_markers_prices_and_copy_marks_leave_the_embedded_title():
    from mcclassify.text import to_listing, untag_title

    assert untag_title("Schweißer (m/w/d) ab 490 €") == "Schweißer"
    assert untag_title("Technicien de maintenance (H/F)") == "Technicien de maintenance"
    assert untag_title("Excel für Einsteiger – 290 €") == "Excel für Einsteiger"
    assert untag_title("Staplerkurs (Kopie)") == "Staplerkurs"
    assert untag_title("Python course from £99") == "Python course"
    for title in ("C# programming", "Top 10 Excel tricks", "Lean Six Sigma (DMAIC)", "Windows 10", "Google Project Management:"):
        assert untag_title(title) == title
    # how the course is given, at the end in brackets or after a dash, is not embedded with the title (the rules
    # read the mode from the title as given)
    from mcclassify.text import bare_title
    for title, bare in (("Excel für Einsteiger (online)", "Excel für Einsteiger"), ("Schweißkurs – Präsenz", "Schweißkurs"),
                        ("Curso de Excel (presencial)", "Excel"), ("Python (Live-Online)", "Python")):
        assert bare_title(title) == bare, title
    for title in ("Excel Online", "Online", "Marketing online (2)"):
        assert bare_title(title) == title
    # a city at the end, after a separator, a comma or a preposition (configs/places.toml)
    for title, bare in (("Staplerschein - Hamburg", "Staplerschein"), ("Curso de soldadura en Madrid", "Curso de soldadura"),
                        ("Szkolenie BHP w Warszawie", "Szkolenie BHP"), ("Excel (Berlin)", "Excel"), ("Excel, Wien", "Excel")):
        assert untag_title(title) == bare, title
    for title in ("Berlin", "Essen und Trinken", "Guided tours", "Excel – Grundlagen", "Geschichte Berlins"):
        assert untag_title(title) == title
    a, b = to_listing({"title": "Gabelstaplerfahrer (m/w/d) #2"}), to_listing({"title": "Gabelstaplerfahrer"})
    assert a.embed_title() == b.embed_title() and a.embed_text() == b.embed_text()


def test_about_us_blocks_and_invitations_to_ask_are_not_embedded():
    """The provider telling about itself, "Questions? Call us", a gift voucher and a note on gendered
    wording are not the course (an about-us block changed the field of 63 of 200 fresh-topic listings)."""
    from mcclassify.text import strip_boilerplate

    assert strip_boilerplate("Welding.\nAbout us\nACME Training has trained 50,000 people since 1990.\nOur trainers are certified.") == "Welding."
    assert strip_boilerplate("Welding.\nÜber uns: Die ACME Akademie ist seit 1990 Ihr Partner.") == "Welding."
    for label in ("Um okkur", "Amdanom ni", "Rreth nesh", "Hakkımızda", "Quen somos"):
        assert strip_boilerplate(f"Welding.\n{label}\nACME has trained welders since 1990.") == "Welding.", label
    assert strip_boilerplate("Welding.\nAbout us\nWe teach.\n\nModule 1: MIG basics.") == "Welding.\n\nModule 1: MIG basics."
    for line in ("Questions? Call us or write to us.", "Frågor? Kontakta oss.", "Des questions ? Appelez-nous.",
                 "Also available as a gift voucher."):
        assert strip_boilerplate("Welding.\n" + line).strip() == "Welding.", line
    for text in ("Questions and answers in customer service", "About us and them: intercultural communication"):
        assert strip_boilerplate(text) == text


def test_the_whole_texts_glosses_go_without_vocational_unless_the_title_names_it():
    """Rule 42: a line on the certificate ("államilag elismert OKJ bizonyítvány") names the kind of course, not its
    subject; it had moved the sector of 8 of 82 Hungarian fresh-topic listings."""
    from mcclassify.gloss import gloss_pair

    text = "Halászhajók legénységének biztonsági képzése.\nA képzés végén államilag elismert OKJ bizonyítványt kapnak."
    a, _ = gloss_pair(text, "Halászhajók legénységének biztonsági képzése", "hu")
    assert "vocational" not in a and "safety" in a
    # a title that names it keeps it in the whole text's glosses too
    a, b = gloss_pair("OKJ szakképzés\nA képzés végén OKJ bizonyítványt kapnak.", "OKJ szakképzés", "hu")
    assert "vocational" in a and b == "vocational"


def test_an_about_us_block_run_into_the_text_is_not_embedded():
    """An about-us block that a harvester ran into the course's lines (bench/surface.py: run into the last line, 9
    sectors and 14 fields of 200 fresh-topic listings moved; before a section's label on the next line, 25 and 41;
    none now)."""
    from mcclassify.text import strip_boilerplate

    about = "Über uns: Die Bildungsakademie Nord bildet seit 1992 in IT, Gesundheit und Pflege aus."
    course = "Kursinhalt: Grundlagen des MAG-Schweißens, Kehlnähte. Dauer 80 UE."
    assert strip_boilerplate(f"{about} {course}") == course                  # up to a section's label
    assert strip_boilerplate(f"{course} {about}") == course                  # to the line's end
    assert strip_boilerplate(f"{about}\n{course}") == course                # its block ends at a label's line
    assert strip_boilerplate(f"Welding.\n{about}\nInhalte:\nMAG basics.") == "Welding.\nMAG basics."  # (a label alone goes too)
    assert strip_boilerplate("Welding, 16 h.\nShare About us: ACME has trained welders since 1990.") == "Welding, 16 h."
    # not a menu's item, nor "about us" in a sentence
    for text in ("Welding.\nHome | About us | Courses", "Welding. Learn more about us: we are certified."):
        assert "bout us" in strip_boilerplate(text), text


def test_a_page_s_about_us_first_related_labels_and_reviewers_initials_are_not_embedded():
    """What a provider's page adds, written once in each fresh-topic language (2026-12-06, of 1,152 listings): an
    about-us sentence before the course (36 sectors moved: its block took the course's lines, or was kept whole when
    they were all), "Também lhe pode interessar" and two more related-courses labels (41), a review signed with an
    initial ("– Maria K.", 41)."""
    from mcclassify.text import strip_boilerplate

    course = "Acquérir les méthodes et outils.\nAtelier d'une demi-journée en présentiel."
    for about in ("À propos de nous : ACME Formation propose depuis 1995 des formations aux entreprises.",
                  "Tietoa meistä: ACME Koulutus on tarjonnut koulutusta yrityksille vuodesta 1995."):
        assert strip_boilerplate(f"{about}\n{course}") == course, about
    # a label alone first still takes the provider's lines after it
    assert strip_boilerplate("About us\nACME has trained welders since 1990.\n\nLearn MIG welding.").strip() == "Learn MIG welding."
    for label in ("Também lhe pode interessar:", "Saatat pitää myös:", "Mohlo by vás také zajímat:", "V-ar putea interesa:",
                  "Wellicht ook interessant:", "Le puede interesar:", "Vous pourriez également aimer :"):
        assert strip_boilerplate(f"Schweißkurs.\n{label} Gestão do tempo · Excel iniciação") == "Schweißkurs.", label
    for review in ("\u201eSehr praxisnaher Kurs, ich habe viel gelernt!\u201c \u2013 Maria K.",
                   '"Great trainer, very practical!" \u2013 Dr. Anna Berg, nurse'):
        assert strip_boilerplate(f"Kurs.\n{review}") == "Kurs.", review
    kept = 'Intro.\n"Lean" \u2013 a method. Learn it now'
    assert strip_boilerplate(kept) == kept


@pytest.mark.parametrize("line", [
    # sending the page's form accepts its terms (a sentence in each of 15 languages moved 41 of 1,152 fresh-topic
    # sectors, 2026-12-06)
    "En envoyant ce formulaire, vous acceptez nos CGV et notre politique de confidentialité.",
    "Ao submeter este formulário aceita os termos e a política de privacidade.",
    "Door dit formulier te verzenden ga je akkoord met onze voorwaarden en privacyverklaring.",
    "Genom att skicka formuläret godkänner du våra villkor och vår integritetspolicy.",
    "Az űrlap elküldésével elfogadja az ÁSZF-et és az adatkezelési tájékoztatót.",
    "Με την υποβολή της φόρμας αποδέχεστε τους όρους και την πολιτική απορρήτου.",
    # a rating's verb, funding in five more languages, instalments
    "Über 10.000 zufriedene Teilnehmende. Bewertet mit 4,8 von 5.", "Over 10,000 satisfied participants. Rated 4.8/5.",
    "Utbildningen kan finansieras via Omställningsfonden eller TRR.",
    "Koulutukseen voi hakea aikuiskoulutustukea Työllisyysrahastosta.",
    "Kurz je možné hradit z programu Jsem v kurzu (Úřad práce ČR).",
    "Cursul poate fi decontat prin fonduri europene (POCU) sau prin AJOFM.",
    "Το πρόγραμμα επιδοτείται μέσω ΛΑΕΚ (ΔΥΠΑ) για εργαζόμενους.", "Payment by card, PayPal or invoice. Instalments available.",
    # the teacher after an article, a Greek teacher's label with its accent, a group's minimum and maximum, free
    # cancellation, the course's language in Romanian (each moved 4-23 of 1,152 fresh-topic sectors, 2026-12-06)
    "La docente: Anna Berg è consulente di direzione aziendale da 20 anni.", "A formadora: Ana Berg é consultora de gestão há 20 anos.",
    "Εκπαιδεύτρια: Η Άννα Μπεργκ εργάζεται ως σύμβουλος διοίκησης εδώ και 20 χρόνια.",
    "Mindestens 6, höchstens 12 Teilnehmende.", "6 participants minimum, 12 maximum.", "Min. 6 og maks. 12 deltagere.",
    "Ελάχιστος αριθμός 6, μέγιστος 12 συμμετέχοντες.", "Kostenfreie Stornierung bis 14 Tage vor Beginn.",
    "Bezplatné storno do 14 dnů před začátkem.", "Díjmentes lemondás a kezdés előtt 14 nappal.", "Limba cursului: română",
    # a printed page's number (a brochure's PDF text)
    "Seite 3 von 12", "Page 3 of 12", "- 3 -", "Sivu 3/12", "Σελίδα 3 από 12",
    # a catalogue's heading with its year
    "ACME Akademie – Programm 2027", "Weiterbildungsprogramm 2027", "Course catalogue 2027/28", "Catálogo de cursos 2027",
    # a style sheet or a script a text extraction kept, a social network's buttons with their counts
    "body{margin:0;padding:0}.btn-primary{color:#fff;background:#0056b3}",
    "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());",
    "Like 23 · Share · Tweet", "Gefällt mir 12 | Teilen",
    # changes reserved, the page's terms apply, errors excepted (14, 52, 45 sectors)
    "Změny vyhrazeny.", "Med reservation för ändringar.", "Es gelten unsere AGB.", "Onze algemene voorwaarden zijn van toepassing.",
    "Irrtümer vorbehalten.", "Salvo error u omisión.", "Με την επιφύλαξη λαθών.",
    "Zadržavamo pravo izmjena.", "Değişiklik hakkı saklıdır.", "Kehtivad meie üldtingimused.", "Прилагат се нашите общи условия.",
    "Med forbehold om feil.", "Llevat d'error o omissió.",
    # the provider's series the course is part of (146 sectors)
    "Teil unserer Reihe „Digitale Kompetenzen für alle“.", "Part of our series \"Digital skills for everyone\".",
    "Fait partie de notre cycle « Compétences numériques pour tous ».", "Osa sarjaamme \"Digitaidot kaikille\".",
    # a MOOC platform's boxes (117, 61, 106 sectors)
    "This course includes:", "Access on mobile and TV", "Full lifetime access", "30-Day Money-Back Guarantee",
    "Enroll for free. Starts Mar 12", "Financial aid available", "Last updated 3/2027 · English · English [Auto]",
    # these kinds in languages without fresh-topic listings (each was kept in 4 to 10 of 11)
    "Slanjem obrasca prihvaćate uvjete korištenja i politiku privatnosti.",
    "С изпращането на формуляра приемате общите условия и политиката за поверителност.",
    "Formu göndererek kullanım koşullarını ve gizlilik politikasını kabul edersiniz.",
    "Kurz je možné financovať z projektu Zruč sa.", "Eğitim İŞKUR tarafından desteklenmektedir.", "Valoració 4,8/5",
    "Страница 3 от 12", "Sayfa 3 / 12", "Najmanje 6, najviše 12 polaznika.", "Мінімум 6, максимум 12 учасників.",
    "En az 6, en fazla 12 katılımcı.", "Tasuta tühistamine kuni 14 päeva enne algust.", "Cancel·lació gratuïta fins a 14 dies abans de l'inici.",
    "Викладач: Анна Берг 20 років працює консультантом.", "Eğitmen: Anna Berg 20 yıldır danışman olarak çalışıyor.",
])
def test_a_page_s_form_consent_rating_funding_and_instalments_are_not_embedded(line):
    from mcclassify.text import strip_boilerplate

    assert strip_boilerplate(f"Schweißkurs für Einsteiger.\n{line}") == "Schweißkurs für Einsteiger.", line


@pytest.mark.parametrize("line", ["Die Trainerin arbeitet mit Ihnen an Fallbeispielen.", "La docente spiega il metodo.",
                                  "Das Programm 2027 umfasst drei Module.", "Leadership Programme 2027",
                                  "Learn JavaScript: if (x === 1) { return y; } and functions.", "I like it",
                                  "Formel: =SUMME(A1:A10); dann =MITTELWERT(B1:B5)",
                                  "Allgemeine Geschäftsbedingungen im Vertragsrecht verstehen.",
                                  "Galimos klaidos ir jų taisymas programavime.",
                                  "Die Reihe der Fibonacci-Zahlen verstehen.",
                                  "This course includes: Excel formulas, pivot tables and charts.",
                                  "Dieser Kurs beinhaltet die Themen Formeln und Diagramme.",
                                  "Minimum wage and maximum hours in labour law.", "Webinar 90 min. Danach Fragen und Antworten."])
def test_a_course_s_own_sentences_like_them_stay(line):
    from mcclassify.text import strip_boilerplate

    assert strip_boilerplate(f"Schweißkurs für Einsteiger.\n{line}") == f"Schweißkurs für Einsteiger.\n{line}"


def test_slogans_approvals_other_dates_and_what_others_viewed_are_not_embedded():
    """A provider's slogan, an approval by a ministry, another run's dates and what other learners viewed say nothing
    of what the course teaches (after a course's text they moved 27, 12, 5 and 27 sectors of 200 fresh-topic
    listings, bench/surface.py; none now)."""
    from mcclassify.text import strip_boilerplate

    for line in ("ACME Akademie – Ihr Partner für Weiterbildung in IT, Pflege, Finanzen und Sprachen.",
                 "Your trusted partner for professional training since 1990.",
                 "Approved by the Ministry of Labour and Social Affairs.",
                 "Anerkannt vom Sozialministerium Baden-Württemberg.",
                 "Further dates: 12.05.2027 in Hamburg, 18.09.2027 in München.",
                 "Weitere Termine: 12.05.2027 Hamburg | 18.09.2027 München",
                 "Learners who viewed this course also viewed: Nursing basics, Python for beginners, Bookkeeping.",
                 # ... in more languages
                 "ACME Formation, votre partenaire formation depuis 1995 : management, informatique, langues.",
                 "Formación ACME: tu socio en formación para empresas.", "ACME – Twój partner w szkoleniach.",
                 "Formation reconnue par l’État.", "Corso riconosciuto dalla Regione Lombardia.",
                 "Autres dates : 12/05/2027 à Lyon, 18/09/2027 à Paris.", "Kolejne terminy: 12.05.2027 Kraków.",
                 "Les participants ont aussi consulté : Excel, Word.", "Andere Teilnehmer buchten auch: Excel, Word.",
                 # the provider's job ads and partners, a venue without steps, an app or catalogue, opening hours
                 "Stellenangebote: Wir suchen Trainer (m/w/d) für IT, Pflege und Buchhaltung.",
                 "Nous recrutons des formateurs (H/F) en comptabilité.",
                 "Unsere Partner: Microsoft, Cisco, SAP, AOK, Deutsche Bahn", "Der Schulungsraum ist barrierefrei erreichbar.",
                 "Laden Sie unsere App herunter: App Store | Google Play", "Veranstalter ist die IHK München und Oberbayern.",
                 "The organiser is the Royal College of Nursing.",
                 # (2026-12-06) leave for training, national training funds, a provider's register and VAT exemption,
                 # reviews after their label
                 "Dieses Seminar ist in Rheinland-Pfalz als Bildungsfreistellung anerkannt.",
                 "Du kan søge SVU (Statens Voksenuddannelsesstøtte) til kurset.",
                 "Szkolenie można sfinansować z Krajowego Funduszu Szkoleniowego (KFS).",
                 "Deze opleiding is geaccrediteerd door het CRKBO en vrijgesteld van btw.",
                 "Avis des participants : « Formation très concrète, formateur passionnant. » – Julie, infirmière",
                 "Opinie uczestników: „Świetne szkolenie, polecam!” – Anna, księgowa",
                 # how it is taught, a call to follow, companies only, tax, an ID to bring, the exam's fee
                 "Methoden: Vortrag, Gruppenarbeit, Rollenspiele und Fallbeispiele aus der Praxis.",
                 "Metodología: exposiciones teóricas, dinámicas de grupo y estudio de casos.",
                 "Werkvormen: presentaties, groepsopdrachten, rollenspellen en casuïstiek.",
                 "Folgen Sie uns auf Facebook, Instagram und LinkedIn!", "Suivez-nous sur Facebook et LinkedIn.",
                 "Dieses Angebot richtet sich ausschließlich an Unternehmen (B2B).",
                 "Die Kursgebühr ist als Werbungskosten steuerlich absetzbar.", "Please bring photo ID on the day.",
                 "Die Prüfungsgebühr ist nicht im Kurspreis enthalten.", "Price includes exam fee, course materials and certificate.",
                 # the provider describing itself, and its other courses
                 "Die ACME Akademie ist seit 1990 ein führender Anbieter von Weiterbildungen in Pflege, IT und Management.",
                 "ACME Training is a leading UK provider of courses in health and safety, IT, finance and care.",
                 "ACME Formation est un organisme spécialisé dans la formation en santé, informatique, BTP et management.",
                 "ACME Opleidingen is al 25 jaar specialist in trainingen voor zorg, ICT, techniek en management.",
                 "Η ACME Κατάρτιση είναι κορυφαίος πάροχος εκπαίδευσης στους τομείς υγείας, πληροφορικής και διοίκησης.",
                 "See also our courses in first aid, fire safety and manual handling.",
                 "Weitere Seminare zu Arbeitsschutz, Datenschutz und Erste Hilfe finden Sie in unserem Programm.",
                 "Découvrez aussi nos formations en bureautique, comptabilité et langues.",
                 # a teacher's biography without a label, awards, the learners trained
                 "Anna Müller ist Diplom-Psychologin und arbeitet seit 20 Jahren als Coach für Führungskräfte.",
                 "Dr. Thomas Weber ist Rechtsanwalt und Fachanwalt für Arbeitsrecht.",
                 "Marie Dupont est infirmière et formatrice en soins palliatifs depuis 15 ans.",
                 "Jan Novák je certifikovaný účetní a daňový poradce.",
                 "Ausgezeichnet mit dem Deutschen Weiterbildungspreis 2025.", "Winner of the Training Provider of the Year award 2025.",
                 "Join over 50,000 professionals who have trained with us.", "Przeszkoliliśmy już ponad 10 000 osób z całej Polski.",
                 # a postal address, a certification body, a partner label
                 "ACME Akademie GmbH, Musterstraße 12, 80331 München", "ACME Formation, 12 rue de la Paix, 75002 Paris",
                 "ACME Szkolenia, ul. Marszałkowska 10, 00-001 Warszawa", "ACME Opleidingen, Stationsplein 1, 3511 ED Utrecht",
                 "Al termine viene rilasciato un certificato di Bureau Veritas.", "Na afloop ontvang je een certificaat van DEKRA.",
                 "Kooperationspartner: Deutsche Rentenversicherung Bund", "Partner kurzu: Všeobecná zdravotní pojišťovna",
                 # rooms at a hotel, parking, changes reserved
                 "Ein Zimmerkontingent ist im Tagungshotel reserviert.", "Possibilità di pernottamento presso hotel convenzionati.",
                 "Istnieje możliwość rezerwacji noclegu w hotelu.", "Parkplätze sind ausreichend vorhanden.", "Änderungen vorbehalten.",
                 "Télécharger notre catalogue de formations 2027 (PDF)", "Öffnungszeiten: Mo-Fr 8-18 Uhr, Sa 9-13 Uhr",
                 # what a learner's computer needs, cancelling, a recording, a discount's rate, a minimum of learners
                 "Pro účast potřebujete počítač s webkamerou a stabilní připojení k internetu.",
                 "Osallistuminen edellyttää tietokonetta, jossa on kamera, mikrofoni ja vakaa internetyhteys.",
                 "Απαιτείται υπολογιστής με κάμερα, μικρόφωνο και σταθερή σύνδεση στο διαδίκτυο.",
                 "Je hebt een laptop met webcam en een stabiele internetverbinding nodig.",
                 "Du skal medbringe din egen bærbare computer.",
                 "Stornierung: Bis 14 Tage vor Kursbeginn kostenfrei, danach 50 % der Gebühr.",
                 "Politica di cancellazione: rimborso totale fino a 10 giorni prima dell'inizio del corso.",
                 "The recording will be available for 30 days after the live session.", "Le replay est disponible pendant 30 jours.",
                 "Descuento del 10% para grupos de 3 o más personas.", "A képzés díja részletekben is fizethető.",
                 "Il corso verrà attivato al raggiungimento di 8 iscritti.", "Kurset gennemføres ved minimum 8 deltagere.",
                 # how to register, the certificate by e-mail, the language taught in, a contact person
                 "Die Anmeldung erfolgt online über unser Buchungsportal.", "Per iscriversi compilare il modulo online.",
                 "As inscrições são feitas através do formulário online.", "Inscription en ligne via le formulaire ci-dessous.",
                 "L'attestation de formation vous sera envoyée par e-mail.",
                 "Certyfikat zostanie wysłany e-mailem po zakończeniu szkolenia.",
                 "El certificado se enviará por correo electrónico.", "Szkolenie prowadzone jest w języku polskim.",
                 "Undervisningen foregår på dansk.", "Votre contact : Sophie Martin, 01 23 45 67 89, sophie.martin@acme.fr",
                 # the learner's own data, open to all, early booking, a calendar, "new" and "popular", questions
                 "Vaše osobní údaje zpracováváme v souladu s GDPR.", "Dine oplysninger behandles i henhold til GDPR.",
                 "Ihre Daten werden gemäß DSGVO verarbeitet.", "I tuoi dati saranno trattati ai sensi del GDPR.",
                 "Offen für alle Interessierten.", "Szkolenie otwarte dla wszystkich chętnych.",
                 "Sconto early booking fino al 31 gennaio.", "Tarif early bird jusqu'au 31 janvier.",
                 "Zum Kalender hinzufügen | Seite drucken", "Añadir al calendario | Imprimir", "Uutuus! Suosittu",
                 "Har du frågor? Kontakta oss gärna.", "Έχετε απορίες; Επικοινωνήστε μαζί μας.",
                 # the platform, small groups, a teacher's long experience, a maximum of learners, the materials' form
                 "De training vindt online plaats via Zoom.", "A formação decorre online, através da plataforma Zoom.",
                 "Kurz probíhá online přes Zoom.", "Le lezioni si svolgono in piccoli gruppi.",
                 "Zajęcia prowadzone są w małych grupach.", "Docentes con amplia experiencia profesional.",
                 "Trener z wieloletnim doświadczeniem praktycznym.", "Maksymalnie 12 uczestników w grupie.",
                 "Ryhmässä enintään 12 osallistujaa.", "Materiały szkoleniowe w formie elektronicznej.",
                 # the same kinds in languages without fresh-topic listings
                 "Vaše osobné údaje spracúvame v súlade s GDPR.", "Vaši osobni podaci obrađuju se u skladu s GDPR-om.",
                 "Вашите лични данни се обработват в съответствие с GDPR.", "Jūsų asmens duomenys tvarkomi pagal BDAR.",
                 "Teie isikuandmeid töödeldakse vastavalt isikuandmete kaitse üldmäärusele.",
                 "Kişisel verileriniz KVKK kapsamında işlenmektedir.",
                 "За участие е необходим компютър с камера и стабилна интернет връзка.",
                 "Для участі потрібен комп'ютер з камерою та стабільне інтернет-з'єднання.",
                 "Katılım için kameralı bir bilgisayar ve kesintisiz internet bağlantısı gereklidir.",
                 "Storno podmienky: bezplatné zrušenie do 7 dní pred začiatkom kurzu.",
                 "Atteikšanās: bez maksas līdz 7 dienām pirms kursa sākuma.", "Tečaj se održava online putem Zooma.",
                 "Kurss notiek tiešsaistē Zoom platformā.", "El curs es fa en línia a través de Zoom.",
                 "Posnetek bo na voljo 30 dni.", "Opptaket er tilgjengelig i 30 dager.", "Kayıt 30 gün boyunca erişilebilir olacaktır.",
                 # childcare offered, slides sent afterwards, carbon offsetting, a welcome, another format
                 "Kinderbetreuung während des Kurses möglich.", "Childcare is available during the course.",
                 "Die Präsentation erhalten Sie im Anschluss per E-Mail.", "Nous compensons les émissions de CO2 de toutes nos formations.",
                 "Wir freuen uns auf Ihre Teilnahme!", "Serdecznie zapraszamy!", "¡Te esperamos!", "Auch als Online-Seminar buchbar.",
                 "Également disponible en classe virtuelle.",
                 # codes, opening hours, photo credits, deadlines in a sentence, a brochure in more languages
                 "Numer szkolenia: SZ/12/2027", "Koulutuskoodi: K-2041", "Biuro czynne: pn.–pt. 8:00–16:00",
                 "Asiakaspalvelu palvelee ma–pe klo 8–16.", "Sursa foto: Shutterstock", "Inscrições até 1 de março de 2027.",
                 "Înscrieri până la 1 martie 2027.", "Δηλώσεις συμμετοχής έως 1 Μαρτίου 2027.", "Tájékoztató letöltése (PDF)"):
        assert strip_boilerplate("Welding basics.\n" + line).strip(" .\n") == "Welding basics", line  # (a link line leaves a blank line)
    # a course about partners, or about a board's approvals, stays
    for text in ("How to be a good partner for your team: communication in couples.",
                 "Approved by the board: governance for charities.",
                 "Barrierefreiheit im Web: barrierefrei zugängliche Websites gestalten.",
                 "Veröffentlichen Sie Ihre App im App Store und bei Google Play.", "Kariera w IT: jak zacząć",
                 # a gender marker without a word of hiring names the course's learners
                 "Die Weiterbildung richtet sich an Pflegefachkräfte (m/w/d) in Kliniken.",
                 # a statistics course's methods, a course that follows a programme
                 "Methoden der Statistik: Regression und Varianzanalyse.", "El curso sigue el programa oficial del SEPE.",
                 # leading and specialists said of the learners or of the subject
                 "Leading teams in healthcare: a course for ward managers.", "Specialist training for leading nurses.",
                 "Learn how leading companies in logistics organise their warehouses.",
                 # a subject's capitalised name, a profession with no teacher's word, a count that is no learners'
                 "Project Management ist seit 20 Jahren ein Thema.", "Power BI is a tool for analysts and consultants.",
                 "Anna Müller ist Krankenschwester.", "Learn more than 1,000 words of Spanish.",
                 # a street's word and figures that are no address
                 "Kurs: Via Ferrata 2 Tage, 1200 Höhenmeter", "Learn the Highway Code: road 12 signs 2024 edition",
                 "Partnerschaft und Kommunikation: ein Kurs für Paare",
                 # the accommodation a hospitality course is about
                 "Hébergement touristique : gérer un hôtel de 20 chambres.",
                 # a network, a computer or a recording that is the course's subject
                 "Computer networks: build a stable network for the internet of things.",
                 "Learn to repair a computer. You need to diagnose a computer fault quickly.",
                 "Audio recording and mixing for podcasts.",
                 # a form, an e-mail or a language that is the course's subject
                 "Créer un formulaire en ligne avec Google Forms.", "Business correspondence: writing a complaint by e-mail.",
                 "Kurs języka angielskiego dla księgowych.",
                 # data, "new", "popular" and early booking that are the course's subject
                 "GDPR for HR: how personal data are processed lawfully.", "Neu in der Pflege? Grundlagen für Quereinsteiger.",
                 "New York real estate law.", "Popular music production with Ableton.",
                 "Early booking systems in hotel revenue management.",
                 # a platform, small groups or experience that are the course's subject
                 "Microsoft Teams für Einsteiger: Chats, Kanäle und Besprechungen.", "Learn to host webinars on Zoom and Teams.",
                 "Facilitating learning in small groups: a course for tutors.",
                 "Trainers with experience in coaching will learn advanced methods.",
                 "Zaštita osobnih podataka: kako se obrađuju podaci zaposlenika.",
                 "Naučite koristiti Microsoft Teams i Zoom za sastanke.", "Snimanje zvuka i video produkcija.",
                 "Zapraszamy na szkolenie BHP dla pracowników biurowych.", "Kinderbetreuung in der Kita: Grundlagen der Frühpädagogik.",
                 "How companies offset their CO2 emissions.", "Bookings by 3 hotels: revenue management case study."):
        assert strip_boilerplate(text) == text
        assert strip_boilerplate("Welding basics.\n" + text) == "Welding basics.\n" + text


def test_where_a_course_is_held_is_not_embedded():
    """A sentence saying where the course takes place names a venue, not the subject: a hotel's, hospital's or
    university's name moved the sector of up to 14 and the EQF level of up to 38 of 70-82 fresh-topic listings of a
    language. From the verb to the sentence's end goes (the verb's bracket in German, Hungarian and Turkish); the
    verb with no place after it stays, and so does what the rest of the text says."""
    from mcclassify.text import strip_boilerplate

    for line in ("The course takes place at the Hilton Hotel, Manchester.", "The course is held at St Thomas' Hospital, London.",
                 "Der Kurs findet im Hotel Maritim in Köln statt.", "La formation a lieu au CHU de Nantes.",
                 "La formation se déroule à l'hôtel Mercure de Lyon.", "El curso se celebra en el Hospital Universitario La Paz.",
                 "Il corso si svolge presso l'Hotel Excelsior di Milano.", "Il corso si svolge all'Hotel Excelsior.",
                 "De cursus wordt gegeven in het UMC Utrecht.", "Szkolenie odbędzie się w hotelu Novotel w Warszawie.",
                 "A formação decorre no Hotel Tivoli, em Lisboa.", "Kursen hålls på Karolinska sjukhuset.",
                 "Koulutus järjestetään Tampereen yliopistollisen sairaalan tiloissa.", "Kurz se koná v učebně Fakultní nemocnice Brno.",
                 "Το πρόγραμμα υλοποιείται στο Πανεπιστήμιο Πειραιά.", "A képzés a budapesti Hotel Hungariaban zajlik.",
                 "Cursul se desfășoară la Hotel Intercontinental București.", "Kurset afholdes på Hotel Comwell i Kolding.",
                 "Koolitus toimub Tallinnas.", "The workshop takes place in our training centre.",
                 # the smaller languages (hr sl bg lt lv uk tr ca)
                 "Tečaj se održava u hotelu Westin u Zagrebu.", "Usposabljanje poteka v prostorih Univerzitetnega centra.",
                 "Обучението ще се проведе в хотел Рила, София.", "Mokymai vyks Vilniaus universiteto ligoninėje.",
                 "Kursi notiek Rīgas Stradiņa universitātē.", "Навчання відбудеться в готелі Хаятт, Київ.",
                 "Eğitim İstanbul Hilton Otel'de gerçekleştirilecektir.", "El curs es farà a la seu del Col·legi d'Infermeres."):
        kept = strip_boilerplate("Welding basics.\n" + line)
        assert kept.strip(" .") == "Welding basics", line
    # a subject that is only a course word goes with it; another subject stays, and so do a sentence after it and a
    # verb with no place after it
    # (a text of one line is read a sentence a line: its last sentence keeps its full stop)
    assert strip_boilerplate("The course takes place at the Hilton Hotel, Manchester. You learn Excel.") == "You learn Excel."
    assert strip_boilerplate("Excel for beginners takes place at the Hilton Hotel.") == "Excel for beginners"
    for text in ("The course takes place in a real kitchen.", "Zajęcia odbywają się w formie online.",
                 "Koulutus järjestetään verkossa.", "El curso se imparte en castellano."):
        assert strip_boilerplate(text) == text


def test_terms_of_sale_are_not_embedded():
    """Cancellation terms, discounts, meals and parking included and a brochure to download say how a
    course is sold (a group-discount line changed the sector of 30 of 200 fresh-topic listings); the
    rest of their line stays, and the same words in a course's subject stay."""
    from mcclassify.text import strip_boilerplate

    for line in ("Cancellation policy: free of charge up to 14 days before the start.",
                 "Group discount: 10% for 3 or more participants.", "Lunch and coffee breaks included. Free parking.",
                 "Download brochure (PDF, 1.2 MB)", "Kostenlose Stornierung bis 14 Tage vor Beginn.",
                 "Mittagessen und Getränke inklusive.", "Remise de groupe dès 3 participants.", "Parcheggio gratuito.",
                 "The venue is wheelchair accessible.", "Die Schulungsräume sind barrierefrei.",
                 # meals, parking, accommodation and VAT in the languages the glossaries serve (2026-12-04)
                 "Az ár tartalmazza az ebédet és a kávészünetet.", "Prețul include prânzul și pauzele de cafea.",
                 "В цената са включени обяд и кафе-паузи.", "Hinta sisältää lounaan ja kahvit.",
                 "Prisen inkluderer frokost og kaffe.", "Η τιμή περιλαμβάνει γεύμα και διαλείμματα καφέ.",
                 "Į kainą įskaičiuoti pietūs ir kavos pertraukos.", "Cenā iekļautas pusdienas un kafijas pauzes.",
                 "Hinna sees on lõuna ja kohvipausid.", "Nemokamas automobilių stovėjimas.", "Ubytování lze zajistit.",
                 "Szállás igény szerint.", "Cazarea se poate asigura la cerere.", "Smještaj na upit.",
                 "Nastanitev po dogovoru.", "Настаняване по заявка.", "Majoitus järjestetään pyynnöstä.",
                 "Overnatning kan arrangeres.", "Hind sisaldab käibemaksu.", "Tasumine pangaülekandega.",
                 # the provider's or a teacher's five or more years of experience
                 "Utbildningsföretag med 20 års erfarenhet.", "Cégünk 20 éve foglalkozik felnőttképzéssel.",
                 "Our academy has over 25 years of experience in first aid training.",
                 "Trainer mit 15-jähriger Erfahrung im Schweißen.", "Furnizor de formare profesională autorizat din 2005.",
                 # consent on registering, a partner the course is run with, what to bring
                 "Odesláním přihlášky souhlasíte se zpracováním osobních údajů.",
                 "Genom att anmäla dig godkänner du behandlingen av dina personuppgifter.",
                 "Kurz pořádáme ve spolupráci s Hospodářskou komorou.", "I samarbete med Handelskammaren.",
                 "Sadarbībā ar Latvijas Tirdzniecības un rūpniecības kameru.", "Přineste si pracovní oděv a obuv.",
                 "Bitte Arbeitskleidung und Sicherheitsschuhe mitbringen.",
                 # the venue's access in the other glossary languages
                 "Prostor je pristupačan osobama s invaliditetom.", "Telpas ir pieejamas cilvēkiem ar invaliditāti.",
                 "A helyszín akadálymentes.", "Tilat ovat esteettömät.", "Η αίθουσα είναι προσβάσιμη σε άτομα με αναπηρία.",
                 # the same kinds in the smaller glossary languages
                 "Hádegisverður og kaffi innifalið í verði.", "У вартість входить обід і кава-брейки.", "Smeštaj na upit.",
                 "Сместување по барање.", "Kërkesat teknike: kompjuter me lidhje interneti, kamerë.",
                 "En inscriure't acceptes el tractament de les dades personals.", "Merkataritza Ganberarekin lankidetzan.",
                 "I gcomhar le Cumann Tráchtála.", "Mae'r pris yn cynnwys cinio a seibiannau coffi.",
                 "B'kollaborazzjoni mal-Kamra tal-Kummerċ.", "Il-post huwa aċċessibbli għal siġġijiet tar-roti.",
                 # a break in the day's agenda
                 "10:30–10:45 Přestávka na kávu", "10:30–10:45 Kávészünet", "10.30–10.45 Kahvitauko",
                 "Program: 9:00 înregistrare, 10:30 pauză de cafea, 12:00 prânz", "10:30–10:45 Kohvipaus"):
        assert strip_boilerplate("Welding basics\n" + line).strip() == "Welding basics", line
    assert strip_boilerplate("Sheep shearing on a farm. 2 days, lunch included. Certificate.") == "Sheep shearing on a farm. Certificate."
    for text in ("Corporate finance: discount rates and the discounted cash flow method.",
                 "Menu planning: lunch and dinner menus for canteens.", "Seminar Stornierung von Verträgen im Versicherungsrecht",
                 "Barrierefreies Bauen nach DIN 18040", "Majoitusalan koulutus järjestetään verkossa.",
                 "Szállásfoglalási rendszerek használata.", "Hotelový provoz a ubytování hostů, práce na recepci.",
                 "Voraussetzung: 2 Jahre Berufserfahrung.", "Learn effective cooperation with colleagues and customers.",
                 "GDPR: how to obtain consent for processing personal data.", "Zpracování osobních údajů podle GDPR.",
                 "Esteettömyys rakennussuunnittelussa.", "Asistent osobama s invaliditetom – tečaj.",
                 "Barista basics: espresso, milk foam and latte art.", "Kaffeezubereitung mit Siebträgermaschinen."):
        assert strip_boilerplate(text) == text


@pytest.mark.parametrize("line", [
    "The venue is 5 minutes' walk from the train station.", "Only 10 minutes from the city centre.",
    "Nur 5 Minuten vom Hauptbahnhof entfernt.", "À 5 minutes à pied de la gare.", "A 5 minutos del centro.",
    "5 minuter från centralstationen.", "Pysäköinti saatavilla, 5 minuuttia linja-autoasemalta ja rautatieasemalta.",
    "Parkimine olemas, 5 minutit bussijaamast ja raudteejaamast.",
    "Parkolás biztosított, 5 percre a buszpályaudvartól és a vasútállomástól.",
    "Parkování k dispozici, 5 minut od autobusového a vlakového nádraží.",
    "Διαθέσιμος χώρος στάθμευσης, 5 λεπτά από τον σταθμό λεωφορείων και τον σιδηροδρομικό σταθμό.",
    "5 minutės nuo autobusų ir geležinkelio stoties.", "Autostāvvieta, 5 minūtes no autoostas un dzelzceļa stacijas.",
    "Parkirišče na voljo, 5 minut od avtobusne in železniške postaje.", "Bussilla pääset perille linjalla 12.",
    "Bus 12 and 14 stop outside.", "Esteetön pääsy pyörätuolilla.", "Ligipääs ratastooliga.",
    "Akadálymentes megközelítés kerekesszékkel.", "Bezbariérový přístup pro vozíčkáře.", "Dostop z invalidskim vozičkom.",
    "Pristup za invalidska kolica.", "Πρόσβαση για αναπηρικό αμαξίδιο.", "Kosilo in kava sta vključena."])
def test_the_way_to_the_venue_is_not_embedded(line):
    """How far the venue is from a station, a bus line to it and its access for wheelchairs say where a course
    runs, not what it teaches: in nine of ten languages the encoder does not read, their station and
    wheelchair words were glossed as bus, railway, accessibility or disability (2026-12-05)."""
    from mcclassify.text import strip_boilerplate

    assert strip_boilerplate("Welding basics. " + line).strip(" .") == "Welding basics"


@pytest.mark.parametrize("lang,line", [
    ("et", "Õppekeel: eesti keel."), ("hu", "Oktatás nyelve: magyar."), ("cs", "Jazyk výuky: čeština."),
    ("lt", "Mokymo kalba: lietuvių."), ("lv", "Mācību valoda: latviešu."), ("sl", "Jezik izvajanja: slovenski."),
    ("hr", "Jezik izvođenja: hrvatski."), ("sk", "Jazyk výučby: slovenčina."), ("bg", "Език на обучение: български."),
    ("fi", "Materiaalit englanniksi."), ("et", "Materjalid inglise keeles."), ("hu", "Angol nyelvű segédanyagok."),
    ("cs", "Materiály v angličtině."), ("lt", "Medžiaga anglų kalba."), ("lv", "Materiāli angļu valodā."),
    ("sl", "Gradiva v angleščini."), ("hr", "Materijali na engleskom jeziku."), ("el", "Υλικό στα αγγλικά."),
    ("ro", "Materiale în limba engleză."), ("bg", "Материали на английски език."), ("da", "Materialer på engelsk."),
    ("sv", "Material på engelska."), ("en", "Course materials are available in English.")])
def test_the_language_of_teaching_and_materials_is_not_embedded(lang, line):
    """The language a course is taught in and its materials' language say nothing of its subject: in the glossary
    languages "language" and "english" were embedded from such lines, as for a language course (2026-12-05)."""
    from mcclassify.gloss import embed_texts
    from mcclassify.text import to_listing

    listing = to_listing({"title": "Welding basics", "description": "Welding basics. " + line, "language": lang})
    assert "english" not in embed_texts(listing, lang)[0] and "language" not in embed_texts(listing, lang)[0]


@pytest.mark.parametrize("lang,line", [
    ("fi", "Rahoitus: ELY-keskus."), ("cs", "Financování: Úřad práce ČR."), ("hu", "Finanszírozás: Nemzeti Foglalkoztatási Alap."),
    ("fi", "Lisätietoja: koulutussihteeri Liisa Laine, puh. 040 123 4567."),
    ("et", "Lisainfo: koolitusjuht Mari Mets, tel 5555 5555.")])
def test_funding_and_more_information_labels_are_not_embedded(lang, line):
    """A funding label's value and a contact's job after "more information:" name no subject ("finance" and
    "secretary" were embedded from them, 2026-12-05); a course on financing keeps its word."""
    from mcclassify.gloss import embed_texts
    from mcclassify.text import to_listing

    title = {"fi": "Hitsauksen peruskurssi", "cs": "Kurz svařování", "hu": "Hegesztő tanfolyam", "et": "Keevitaja koolitus"}[lang]
    listing = to_listing({"title": title, "description": title + ". " + line, "language": lang})
    assert embed_texts(listing, lang)[0] == "welding"
    course = to_listing({"title": "Hankkeiden rahoitus", "description": "Rahoitus on tärkeä osa hankkeita.", "language": "fi"})
    assert "finance" in embed_texts(course, "fi")[0]


@pytest.mark.parametrize("text", [
    "Respond within 5 minutes to the alarm.", "Take 5 minutes to reflect.", "Live webinar, 45 minutes No exam.",
    "Webinar di 45 minuti Test finale di apprendimento.", "Curso de 45 minutos o más.",
    "Vortrag: 45 Minuten zum Thema Arbeitsschutz.", "Moving patients from a wheelchair to a bed safely.",
    "Siirrot pyörätuolista sänkyyn turvallisesti.", "Bus driver training: passenger safety.",
    "Technical writing. Learn to write technical documents in English."])
def test_minutes_and_wheelchairs_in_a_course_stay(text):
    """A course's own minutes and wheelchairs (a session's length, a care course's transfers) are not directions."""
    from mcclassify.text import strip_boilerplate

    assert strip_boilerplate(text) == text


@pytest.mark.parametrize("lang,text", [
    ("fi", "Lounas ja kahvit sisältyvät hintaan."), ("fi", "5 minuutin päässä linja-autoasemalta"),
    ("et", "bussijaam ja raudteejaam"), ("hu", "Parkolás biztosított."), ("cs", "přestávka na kávu"),
    ("lt", "automobilių stovėjimo aikštelė"), ("hr", "pauza za kavu")])
def test_stations_and_coffee_breaks_gloss_nothing(lang, text):
    """A bus or train station, a coffee break and a car park name no course subject; Hungarian 'biztosított'
    (provided) is not an insurer ('biztosító', folded alike)."""
    from mcclassify.gloss import glossary

    assert glossary(lang).words(text) == []


def test_technical_requirements_and_computer_prerequisites_are_not_embedded():
    """What an online course needs on the learner's side and a prerequisite of basic computer skills say nothing
    of what it teaches ("computer, internet" was glossed from them in every glossary language); a prerequisite
    that names a subject stays."""
    from mcclassify.text import strip_boilerplate

    for line in ("Technické požadavky: počítač s připojením k internetu, webkamera a sluchátka.",
                 "Technische Voraussetzungen: PC oder Laptop mit Internetzugang.", "Tekniset vaatimukset: tietokone ja internetyhteys.",
                 "Cerințe tehnice: calculator cu conexiune la internet, cameră web.", "Előfeltétel: alapszintű számítógépes ismeretek.",
                 "Předpoklady: základní znalost práce s počítačem.", "Förkunskaper: grundläggande datorvana.",
                 "Prerequisites: basic computer skills."):
        assert strip_boilerplate("Welding basics\n" + line).strip() == "Welding basics", line
    for line in ("Prerequisites: knowledge of Python and SQL.", "Voraussetzungen: abgeschlossene Ausbildung als Elektriker."):
        assert strip_boilerplate("Welding basics\n" + line).strip() == "Welding basics\n" + line


def test_a_harvested_category_field_that_only_says_course_is_not_embedded():
    from mcclassify.gloss import embed_texts
    from mcclassify.text import to_listing

    plain = embed_texts(to_listing({"title": "Welding basics", "description": "MIG welding."}), "en")
    assert embed_texts(to_listing({"title": "Welding basics", "description": "MIG welding.",
                                   "category": "Professional development"}), "en") == plain
    assert embed_texts(to_listing({"title": "Welding basics", "description": "MIG welding.",
                                   "category": "Metalworking"}), "en") != plain


def test_places_left_links_schedules_and_update_dates_are_not_embedded():
    """Lines on places left, "Read more" and print links, a session's dates and times and when the page was
    updated say nothing of what a course is ("Only 3 places left!" changed the EQF of 21 of 76 probe
    listings, bench/surface.py --listings); the same words inside a course's sentences stay."""
    from mcclassify.text import strip_boilerplate

    for line in ("Only 3 places left!", "Noch 3 Plätze frei", "Ausgebucht – Warteliste möglich", "Plazas limitadas.",
                 "Session complète – inscrivez-vous sur liste d'attente", "Read more", "Mehr erfahren ›",
                 "Print this page | Download PDF", "Loading...", "Please enable JavaScript to view this page.",
                 "Mo, 12.03.2027, 09:00–16:00 Uhr", "Last updated: 12/03/2026", "Czytaj więcej »",
                 "Published by Training Academy Ltd on 12 March 2026", "Veröffentlicht am 12.03.2026 von Admin",
                 "Publié le 12 mars 2026", "Opublikowano: 12.03.2026",
                 # an amount before its currency, price labels of more languages
                 "1.890 € zzgl. MwSt.", "490 €", "Цена: 390 лв.", "Preu: a consultar", "Ücret: 2.500 TL",
                 # instalments, class sizes, getting there
                 "Payment in instalments possible.", "Ratenzahlung möglich.", "Max. 12 participants.",
                 "Teilnehmerzahl: max. 12", "Nombre de participants : 6 à 12", "Easy to reach by public transport.",
                 # a category or hashtags that only say the listing is a course
                 "Category: Professional development", "Kategorie: Weiterbildung / Seminare", "#training #career #skills"):
        assert strip_boilerplate("Welding basics.\n" + line).strip() == "Welding basics.", line
    assert strip_boilerplate("Welding basics. Read more") == "Welding basics."  # a teaser's link
    for text in ("You have used the Internet. Now find out more about how it works.", "Join us to learn more",
                 "Loading and unloading of trucks.", "Une formation complète pour devenir soudeur.",
                 "ISO 9001:2015 for auditors", "Excel 2.0 basics", "Published research shows how to weld.",
                 "Public transport planning for municipalities.", "Course on group size effects in teams",
                 "Category: IT & Software", "#welding #MIG #training"):
        assert strip_boilerplate(text) == text, text


def test_rules_do_not_read_related_courses_and_language_is_not_decided_by_them():
    """The sizes and levels of linked courses are not this course's; their language is not its language."""
    from mcclassify.extract import extract_level, extract_workload
    from mcclassify.text import listing_language, to_listing, without_related

    text = "Corso pratico di saldatura MIG.\nCorsi correlati:\nExcel per principianti, 2 giorni\nPrimo soccorso (8 ore)"
    assert without_related(text).startswith("Corso pratico di saldatura MIG.\n") and len(without_related(text)) == len(text)
    assert extract_workload([("description", text)], "it")["source"] == "none"
    assert extract_workload([("description", text.replace(".", ", 40 ore.", 1))], "it")["hours"] == 40
    assert extract_level([("description", text)], "it")["provider_level"] is None
    lst = to_listing({"title": "Corso di saldatura MIG", "description": "Corso pratico in officina, 40 ore con esame finale.\n"
                      "You may also like:\nExcel for beginners\nFirst aid at work\nForklift truck training\nProject management"})
    assert listing_language(lst) == "it"


def test_course_language_contacts_codes_and_ratings_are_not_embedded():
    """They say how a page is run, not what its course is ("Language: English" moved the field of 71 of
    200 fresh-topic listings towards languages); the rest of their line stays."""
    from mcclassify.text import strip_boilerplate

    assert strip_boilerplate("MAG welding basics.\nLanguage: English. Subtitles: English, French").strip() == "MAG welding basics."
    assert strip_boilerplate("4.7 (1,284 ratings) 12,345 students\nPython basics").strip() == "Python basics"
    assert strip_boilerplate("Course code: TR-2041\nHACCP level 2").strip() == "HACCP level 2"
    assert strip_boilerplate("Welding.\nContact: info@training.eu, +49 30 1234567").strip() == "Welding."
    assert strip_boilerplate("Kurs spawania. Język: polski. 3 dni.") == "Kurs spawania. 3 dni"
    assert strip_boilerplate("Sprache: Deutsch | Dauer: 3 Tage") == "Dauer: 3 Tage"
    for text in ("Code 95 nascholing chauffeurs", "Language learning for kids: Spanish games", "Module 2: Code review",
                 "Languages: Python, Java, SQL",
                 "Python: Code: write functions", "English for tourism: B1"):
        assert strip_boilerplate(text) == text


def test_common_words_that_are_also_share_buttons_keep_their_lines():
    """"Del" is a Danish and Norwegian share button and Spanish and Italian for "of the": Spanish and
    Italian lines with "del" were dropped from the embedded text. A share word drops a line only when the
    line is short and starts or ends with it, or names a social network with it."""
    from mcclassify.text import strip_boilerplate

    for text in ("Curso de carretillas\nCurso práctico del manejo de carretillas elevadoras.",
                 "Corso di saldatura\nCorso pratico del saldatore TIG.",
                 "Marketing\nIncrease your market share with social media.",
                 "Ads\nLearn to run Facebook and Instagram ad campaigns",
                 "Taller\nCompartir experiencias con otros profesionales del sector sanitario.",
                 "Svetsning\nDel 1: Grundläggande svetsning",
                 "Lassen\nDeel van de opleiding is een stage."):   # Dutch "deel" is also a part
        assert strip_boilerplate(text) == text
    for line in ("Del", "Dela", "Merken | Drucken | Teilen", "Share this course: Facebook | LinkedIn | Email.",
                 "Partager : LinkedIn | Twitter", "Condividi su LinkedIn", "Udostępnij",
                 # Dutch and Portuguese share words (2026-12-03: 154 labelled listings embedded them)
                 "Deel deze opleiding", "Partilhar", "Zdieľať: Facebook | LinkedIn"):
        assert strip_boilerplate("Welding basics\n" + line) == "Welding basics", line


@pytest.mark.parametrize("extra", [
    "Anmeldeschluss: 01.03.2027", "Registration deadline: 1 March", "Zeit: 9:00-16:00 Uhr", "Horaires : 9h-17h",
    "Inhalte:\nLernziele:\nZielgruppe:", "Impressum | Datenschutz | AGB", "Privacy policy | Terms and conditions",
    "FAQ: How do I register? What happens if I cancel?", "Alle Preise zzgl. 19 % MwSt.", "Prezzi IVA esclusa.",
    "Der Kurs findet ab 6 Teilnehmenden statt.", "Es gelten die aktuellen Hygieneregeln.", "Free Wi-Fi and coffee included.",
    "Kontakt: tel. 22 123 45 67, biuro@example.pl", "Please bring your own laptop.", "Certificate: Yes",
    "Prerequisites: none", "Voraussetzungen: keine", "Format: Präsenz", "Lernform: Blended Learning mit 3 Präsenztagen",
    # the same kinds in other languages (a probe of 59 lines in 16 languages: 1 kept after the first version, now 0)
    "Date limite d'inscription : 1er mars 2027", "Termin zgłoszeń: 1 marca 2027", "Orario: 9-13", "Aika: klo 9-15",
    "Cílová skupina:", "Aviso legal | Política de privacidad | Cookies", "Prix HT, TVA 20 % en sus", "Certyfikat: tak",
    "Modalità: in presenza",
    # a second batch of 24 lines (ninth session): 21 moved the answers of some of the 76 probe listings
    "Stand: 03/2027", "Photo: Shutterstock", "Alle Termine anzeigen", "Sie haben Fragen? Wir beraten Sie gern.",
    "Jetzt unverbindlich beraten lassen", "Demandez un devis", "Richiedi informazioni", "Termine auf Anfrage",
    "Zahlung per Rechnung", "4,8 von 5 Sternen (36 Bewertungen)", "Veranstalter: ACME Akademie GmbH",
    "Provider: ACME Training Ltd", "Zertifiziert nach AZAV", "Unser Bildungsinstitut ist nach ISO 9001 zertifiziert.",
    "Die Teilnahme ist für Mitglieder kostenlos.", "Seminarunterlagen sind im Preis enthalten.",
    "Auch als Inhouse-Seminar buchbar.", "Teilnahmebescheinigung", "Abschluss: IHK-Zertifikat", "Kursusbevis.",
    # the second batch's kinds in other languages (57 lines: 10 kept at first, 4 now); a label whose value was
    # furniture goes with it ("Note : 4,7/5 (120 avis)" had left "Note : (")
    "Note : 4,7/5 (120 avis)", "Valoración: 4,5 de 5 estrellas", "Ocena: 4,9/5 (87 opinii)", "Lokaal 3.14",
    "Mise à jour : 03/2027", "Organisateur : ACME Formation SARL", "Gratuito per i soci", "Poproś o ofertę",
    "Raum 2.14, 2. OG"])
def test_more_page_furniture_is_not_embedded(extra):
    """Gloss rule 12: each of these moved the sector, field, skill area or EQF of some of 76 probe listings."""
    from mcclassify.text import strip_boilerplate

    assert strip_boilerplate("Welding basics\n" + extra).strip() == "Welding basics"


@pytest.mark.parametrize("text", [
    "Inhalte: Schweißen, Brennschneiden, Arbeitssicherheit", "Hygiene in der Küche: HACCP-Regeln",
    "Time management for team leaders", "Excel: no-code automation", "Wi-Fi network design for engineers",
    "Target group: welders and metal workers", "ISO 9001 internal auditor training", "Course 1 of 5 in the series on welding.",
    "Implement the Big 3/5 for your class.", "Photography for beginners: light and composition",
    "In-house training design for HR teams", "Formation en intra-entreprise sur site, 30 heures.",
    "Diploma in Nursing", "Zertifikatslehrgang Datenschutzbeauftragter", "Note: this course needs a laptop.",
    "Welding: TIG and MIG"])
def test_furniture_rules_keep_a_subject(text):
    from mcclassify.text import strip_boilerplate

    assert strip_boilerplate(text) == text


@pytest.mark.parametrize("title, bare", [
    ("„Schweißen für Einsteiger“", "Schweißen für Einsteiger"), ("[Online] Excel für Profis", "Excel für Profis"),
    ("Excel für Profis – Modul 1 von 3", "Excel für Profis"), ("Excel für Profis, Teil 2", "Excel für Profis"),
    ("Crash course: Excel", "Excel"), ("2-tägiges Seminar: Excel für Profis", "Excel für Profis"),
    ("Copy of Excel for managers", "Excel for managers"), ("Excel für Profis (Termin 1)", "Excel für Profis"),
    ("Webinaire – Excel", "Excel"), ("Excel® für Profis", "Excel für Profis"),
    ("Excel für Profis (12.03.–14.03.2027)", "Excel für Profis"), ("Excel für Profis (490 €)", "Excel für Profis"),
    # course words of more languages and a mode before a colon (each changed 13 to 32 of 76 sectors)
    ("Ausbildung: Excel", "Excel"), ("Ausbildung zum Staplerfahrer", "Staplerfahrer"), ("Tečaj za viličariste", "viličariste"),
    ("Курс по счетоводство", "счетоводство"), ("Kors għal Skipper", "Skipper"), ("E-Learning: Excel", "Excel"),
    ("Utbildning i truckkörning", "truckkörning"),
    ("Programme: Leadership", "Leadership"), ("Programa – Liderazgo", "Liderazgo"),
    # a course word that is part of the subject stays
    ("E-learning design for teachers", "E-learning design for teachers"), ("Programme management basics", "Programme management basics"),
    ("Εκπαίδευση ενηλίκων", "Εκπαίδευση ενηλίκων"), ("Online marketing: SEO", "Online marketing: SEO"),
    # what names the subject or its level stays
    ("ISO 9001:2015 Internal Auditor", "ISO 9001:2015 Internal Auditor"), ("Python 3.12 basics", "Python 3.12 basics"),
    ("Class 2 driving licence", "Class 2 driving licence"),
    ("Level 3 Diploma in Health and Social Care", "Level 3 Diploma in Health and Social Care"),
])
def test_a_titles_own_furniture_is_not_embedded(title, bare):
    """Gloss rule 12: quotes, tags, part numbers, dates, marks and course words of a title (each changed the
    sector of 7 to 25 of 76 probe listings)."""
    from mcclassify.text import bare_title, plain_symbols, untag_title

    assert bare_title(plain_symbols(untag_title(title))) == bare


def test_a_short_description_with_its_price_keeps_its_words_but_not_a_faq_after_it():
    from mcclassify.text import strip_boilerplate

    d = "Kurs spawacza blach i rur, 146 godzin. Cena: 3200 zł.\nFAQ: How do I register?"
    assert strip_boilerplate(d) == "Kurs spawacza blach i rur, 146 godzin. Cena: 3200 zł."


def test_menus_footers_shop_buttons_and_venues_are_not_embedded():
    from mcclassify.text import strip_boilerplate

    for extra in ("Home | About us | Courses | Blog | Contact | Login", "© 2026 ACME Training. All rights reserved.",
                  "Add to cart | Add to wishlist", "Venue: Hamburg, Germany", "Kursort: Köln",
                  "Log in to enrol. Already have an account? Sign in", "Bestseller | Most popular",
                  "Instructor: Dr. Maria Rossi"):
        assert strip_boilerplate("Welding basics\n" + extra).strip() == "Welding basics", extra
    for text in ("Python | SQL | Tableau | Power BI", "Python is the most popular language.",
                 "Trainer: certified forklift instructor with 20 years of experience in warehouses and logistics",
                 "Curs per al personal administratiu local: procediment administratiu comú"):
        assert strip_boilerplate(text) == text


def test_menus_and_legal_links_one_a_line_are_not_embedded():
    """A page's list items are read one a line: its menu and footer links come as lines of one menu word or legal
    link each. Before, the menu's "About us" opened an about-us block that took the course's first lines with it."""
    from mcclassify.text import strip_boilerplate

    assert (strip_boilerplate("Home\nAbout us\nCourses\nContact\nWelding course\nLearn MIG welding in 3 days.")
            == "Welding course\nLearn MIG welding in 3 days.")
    assert strip_boilerplate("Kurz svařování.\nKontakt\nOchrana osobních údajů\nCookies") == "Kurz svařování."
    assert strip_boilerplate("Learn MIG welding.\nImpressum\nDatenschutz\nAGB") == "Learn MIG welding."
    # as a page's list is read, blank lines between the items; the menu words of other languages; Finnish cookie
    # settings ("evästeasetukset")
    assert strip_boilerplate("Domů \n\n\n Kurzy \n\n Kontakty \n\nKurz svařování.").strip() == "Kurz svařování."
    assert strip_boilerplate("Kesto 40 tuntia.\n\nTietosuojaseloste\n\nEvästeasetukset").strip() == "Kesto 40 tuntia."
    assert strip_boilerplate("Naslovnica\nTečajevi\nO nama\nKontakt\nTečaj zavarivanja.") == "Tečaj zavarivanja."
    # legal links that are also subjects, alone or only beside one another, may be a syllabus's lines
    for text in ("Inhalte:\nDatenschutz\nCookies\nTracking", "Rozsah: 220 hodín\nOchrana osobných údajov"):
        assert strip_boilerplate(text) == text.replace("Inhalte:\n", "")
    # an about-us label alone still opens its block
    assert strip_boilerplate("Welding.\nAbout us\nWe teach.\n\nModule 1.") == "Welding.\n\nModule 1."


@pytest.mark.parametrize("lang,text", [
    ("et", "Praktiline keevituskoolitus, 80 tundi.\nIsikuandmete kaitse | Kontakt"),
    ("ro", "Curs practic de sudură, 80 de ore.\nProtecția datelor cu caracter personal | Kontakt"),
    ("uk", "Практичний курс зварювання, 80 годин.\nЗахист персональних даних | Kontakt"),
    ("sv", "Praktisk svetskurs, 80 timmar.\nDataskydd | Kontakt"),
    ("tr", "Uygulamalı kaynak kursu, 80 saat.\nMesafeli satış sözleşmesi | Kontakt"),
    ("pl", "Praktyczny kurs spawania, 80 godzin.\nOchrona danych osobowych | Kontakt"),
])
def test_the_legal_links_of_more_languages_are_page_furniture(lang, text):
    """Footer links a probe of 31 languages' page furniture found kept beside a menu word: the Estonian one glossed
    "data protection law, GDPR compliance" into a welding course's embedded words."""
    from mcclassify.text import strip_boilerplate

    assert strip_boilerplate(text) == text.split("\n")[0]


def test_a_concept_whose_key_reads_in_another_sense_is_embedded_as_its_phrase():
    """Rule 13: a glossed title is embedded as its English words alone, so "hot work" alone was all the
    encoder got of "Heta arbeten" (and read it as hairdressing); its phrase says the sense."""
    from mcclassify.gloss import english, gloss_pair, phrases
    ph = phrases()
    assert ph["hot work"] == "hot work permit, welding fire safety"
    assert gloss_pair("Heta arbeten\nEn dag.", "Heta arbeten", "sv")[1] == "hot work permit, welding fire safety"
    assert gloss("Varmt arbeid, 1 dag", "no").endswith("(hot work permit, welding fire safety)")
    # the glossary still gives the concept's key; a concept without a phrase is embedded as its key
    assert glossary("sv").words("Heta arbeten") == ["hot work"]
    assert english(["welding", "electrician"]) == "welding, electrician, electrical installation"
    # "metrology" alone read as construction, "wedding" as hairdressing and beauty, "human resources" as employment agencies
    assert english(["quality control", "metrology"]) == "quality control, metrology and calibration"
    assert english(["wedding"]) == "wedding planning, events and leisure"
    assert english(["human resources"]) == "human resource management"
    # every phrase belongs to a concept of some glossary
    concepts = {en for lang in glossary_languages() for ens in glossary(lang).to_en.values() for en in ens}
    assert set(ph) <= concepts


@pytest.mark.parametrize("lang,title,expected", [
    ("tr", "Kaynak kursu", "welding"),                     # "kaynak kurs": "kaynak" alone is a source
    ("hu", "Szabó tanfolyam", "sewing"),                   # "szab tanfolyam": Szabó is also a surname
    ("cs", "Kurz šití", "sewing"),                         # "kurz šití": folded "siti" is also "sítí", networks
    ("it", "Tecnico di laboratorio", "laboratory"),        # "di laboratorio" is a course word at a title's end
])
def test_the_glossary_reads_a_title_with_its_course_words(lang, title, expected):
    """Rule 37: stems that hold a course word had never matched a title, whose course words went before the glossary
    read it; a part's number and the mode at the end stay unread ("Curs de casier pentru magazine – online" is no
    "magazin online", e-commerce)."""
    from mcclassify.gloss import english, gloss_pair
    text, embedded = gloss_pair(f"{title}\nx", title, lang)
    assert embedded == english([expected]) or embedded.startswith(expected)
    text, embedded = gloss_pair("Curs de casier pentru magazine – online\nx", "Curs de casier pentru magazine – online", "ro")
    assert "e-commerce" not in embedded and "e-commerce" not in text


def test_russian_gives_a_title_it_reads_nothing_in_to_a_neighbour():
    """Russian's glossary is "append" (the encoder reads Russian) but gives titles (``gives_titles``): short Bulgarian,
    Macedonian and Ukrainian titles the identifier takes for Russian go to the candidate whose glossary reads them;
    the other languages the encoder reads keep theirs."""
    from mcclassify.gloss import glossed_language
    assert glossed_language("Курс по програмиране", "ru", [("ru", 0.6), ("bg", 0.3)]) == "bg"
    assert glossed_language("Курсы сварщика", "ru", [("ru", 0.6), ("bg", 0.3)]) == "ru"    # its own glossary reads it
    assert glossed_language("Kurs Maurer", "de", [("de", 0.6), ("da", 0.3)]) == "de"


def test_a_titles_glosses_go_without_the_kind_of_course():
    """Rule 20: "Професионално обучение Оператор на компютър" (vocational training: computer operator) was
    embedded as "vocational, computer" and read as teaching (P, 0111); the whole text keeps the kind, for
    the level. A title of nothing else keeps it; "trade" is embedded as its phrase ("trade" alone read as K)."""
    from mcclassify.gloss import english, gloss_pair
    text, title = gloss_pair("Професионално обучение Оператор на компютър\nMS Office, интернет.",
                             "Професионално обучение Оператор на компютър", "bg")
    assert title == "office software" and "vocational" in text   # a computer operator's course: office programs
    assert gloss_pair("Професионална квалификация\n300 часа", "Професионална квалификация", "bg")[1] == "vocational"
    assert gloss_pair("Curs de calificare Lucrător în comerț\n360 ore", "Curs de calificare Lucrător în comerț",
                      "ro")[1] == "trade, commerce"
    assert english(["trade"]) == "trade, commerce" and english(["pesticides"]) == "pesticide application in agriculture"
    assert glossary("el").words("Τεχνικός Η/Υ και δικτύων") == ["computer", "network"]   # "Η/Υ": a computer
    assert glossary("el").words("Η υγεία") == ["health"]                                 # "η": the article


@pytest.mark.parametrize("lang,title,words", [
    # rule 21: whom a course is for ("for" and the people) is not what it teaches; for older people, the use of a
    # computer or a smartphone is everyday digital skills (rule 35)
    ("pl", "Kurs komputerowy dla seniorów", ["digital skills"]),
    ("it", "Corso di informatica per anziani", ["digital skills"]),
    ("de", "Smartphone-Kurs für Senioren", ["digital skills"]),
    ("pl", "Programowanie dla dzieci", ["programming"]),
    ("ro", "Curs de antrenor de fotbal pentru copii și juniori", ["trainer", "sport"]),
    ("lt", "Kompiuterinio raštingumo kursai senjorams", ["digital skills"]),   # a case that says "for" by itself
    ("hu", "Számítógépes alapismeretek időseknek", ["digital skills"]),
    ("fi", "Tieto- ja viestintätekniikan perusteet ikäihmisille", ["digital skills"]),
    # ... unless caring for them or teaching them is named, or they are named otherwise
    ("pl", "Opieka nad seniorami i osobami starszymi", ["care", "elderly"]),
    ("de", "Kurs für Altenpflege und Demenz", ["nursing", "elderly", "dementia"]),
    ("es", "Empleada del hogar: tareas domésticas y cuidado de niños", ["household", "children"]),
    ("pl", "Kurs dla seniorów", ["elderly"]),   # nothing else named
])
def test_a_titles_glosses_go_without_whom_it_is_for(lang, title, words):
    from mcclassify.gloss import english, gloss_pair
    got = gloss_pair(title, title, lang)[1]
    assert got.endswith(f"({english(words)})") or got == english(words), got


@pytest.mark.parametrize("lang,title,words", [
    # rule 30: the spirit a subject is taught in is not the subject
    ("bg", "Устойчив туризъм", ["tourism"]), ("ro", "Turism durabil", ["tourism"]),
    ("lv", "Ilgtspējīga būvniecība", ["construction"]), ("hr", "Digitalno računovodstvo", ["accounting"]),
    ("sk", "Etika v ošetrovateľstve", ["nursing"]), ("lt", "Klimato kaitos prisitaikymas žemės ūkyje", ["agriculture"]),
    ("lt", "Dirbtinio intelekto etika", ["artificial intelligence"]),
    ("sv", "Digital marknadsföring", ["marketing"]),
    # ... unless it is all the title names
    ("cs", "Digitalizace", ["digital"]), ("lv", "Ilgtspēja", ["sustainability"]), ("sk", "Etika", ["ethics"]),
])
def test_a_titles_glosses_go_without_the_spirit_of_its_subject(lang, title, words):
    from mcclassify.gloss import english, gloss_pair
    got = gloss_pair(title, title, lang)[1]
    assert got.endswith(f"({english(words)})") or got == english(words), got


def test_the_help_with_finding_a_job_that_a_course_adds_is_no_subject_of_its_text():
    """Rule 31: a welding course for jobseekers with help in finding a job read as personal development (S)."""
    from mcclassify.gloss import gloss_pair
    text = "Für Arbeitssuchende. Inkl. Vorstellungsgespräch-Training und Unterstützung bei der Jobsuche."
    assert "job search" not in gloss_pair(text, "Weiterbildung Schweißer MAG 135", "de")[0]
    assert "job search" not in gloss_pair("Radionica traženja posla uključena.", "Tečaj zavarivanja", "hr")[0]
    # a job-search course's own text keeps it
    glossed, title = gloss_pair("Vorstellungsgespräch üben, Lebenslauf schreiben.", "Bewerbungstraining", "de")
    assert "job search" in glossed and "job search" in title


@pytest.mark.parametrize("lang,title,text,kept,gone", [
    # rule 32: who pays the fee, in a line of any length, and the employment service that funds or sends learners
    ("lt", "Užimtumo tarnybos finansuojami mokymai: Suvirintojas",
     "Formalioji profesinio mokymo programa, 4 LTKS lygis. Trukmė – 6 mėnesiai. Finansavimas – mokymo kuponas.",
     "welding", ["employment services", "finance"]),
    ("uk", "Курси від центру зайнятості: Оператор котельні",
     "Професійне навчання безробітних за направленням Державної служби зайнятості. Тривалість 2 місяці, 360 годин.",
     "boiler", ["employment services", "public administration"]),
    ("hr", "Program osposobljavanja za njegovatelja/ice",
     "Javno priznati program, 300 sati. Financirano kroz vaučere Hrvatskog zavoda za zapošljavanje. Mjesto: Split.",
     "care", ["employment services", "finance"]),
    ("no", "AMO-kurs fra NAV: Renholdsoperatør",
     "Kurset er for arbeidssøkere registrert hos NAV. Varighet 8 uker, 30 timer i uken, med praksis i bedrift.",
     "cleaning", ["employment services", "social work"]),
    ("is", "Námskeið fyrir atvinnuleitendur: Lyftarapróf",
     "Vinnumálastofnun greiðir námskeiðsgjald fyrir atvinnuleitendur. Námskeiðið er 3 dagar.", "forklift",
     ["employment services", "job search"]),
])
def test_who_funds_a_course_or_sends_its_learners_is_no_subject(lang, title, text, kept, gone):
    from mcclassify.gloss import gloss_pair
    glossed, shown = gloss_pair(f"{title}\n{text}", title, lang)
    assert kept in shown and kept in glossed, (shown, glossed)
    assert not [w for w in gone if w in shown or w in glossed], (shown, glossed)


@pytest.mark.parametrize("lang,title,text,shown", [
    # rule 32: a title's words for the jobseekers it is for outweighed the trade's in the languages the encoder reads
    # ("Corso per disoccupati: Saldatore" read N, "İşsizler için kurs: Kaynakçılık" K; 7 of 14 such titles wrong);
    # there the whole text keeps its words (rule 36), its title line without them
    ("es", "Curso para personas desempleadas: Soldadura", "Soldadura (welding)", "welding"),
    ("de", "Kurs für Arbeitslose: Schweißen", "Schweißen (welding)", "welding"),
    ("tr", "İşsizler için kurs: Kaynakçılık", "Kaynakçılık (welding)", "welding"),
    ("fr", "Formation pour demandeurs d'emploi : Soudure", "Soudure (welding)", "welding"),
    ("ro", "Curs gratuit de bucătar pentru șomeri – AJOFM", "chef", "chef"),
    ("es", "Desempleados", "Desempleados", "Desempleados"),   # a title of nothing else stays
])
def test_a_titles_words_for_jobseekers_go(lang, title, text, shown):
    from mcclassify.gloss import gloss_pair
    assert gloss_pair(title, title, lang) == (text, shown)


def test_a_funding_sentence_goes_from_a_long_line_and_a_funding_part_from_the_title():
    from mcclassify.gloss import gloss_pair, title_without_funding
    text = ("Kadry i płace – bon szkoleniowy z PUP\nSzkolenie dla osób bezrobotnych. Projekt współfinansowany ze środków "
            "Europejskiego Funduszu Społecznego w ramach programu regionalnego. Zajęcia z naliczania wynagrodzeń, "
            "składek ZUS i obsługi programu Płatnik.")
    glossed, shown = gloss_pair(text, "Kadry i płace – bon szkoleniowy z PUP", "pl")
    assert "Funduszu" not in glossed and "wynagrodzeń" in glossed
    assert "bon szkoleniowy" not in shown and "bon szkoleniowy" not in glossed  # nor from the text's title line
    assert title_without_funding("Formation Agent de propreté (éligible CPF)") == "Formation Agent de propreté"
    assert title_without_funding("Bildungsgutschein") == "Bildungsgutschein"  # nothing else: kept
    # the noun of a course on financing is its subject
    assert "finance" in gloss_pair("Financiranje EU projekata", "Financiranje EU projekata", "hr")[1]
    # an employment counsellor's course keeps its subject, and so does one that serves a group of people
    assert "employment services" in gloss_pair("x", "Conseiller en insertion professionnelle", "fr")[1]
    assert "employment services" in gloss_pair(
        "x", "Conseiller en insertion professionnelle pour personnes handicapées", "fr")[1]
    # a course it funds on the care of the elderly loses it: care is the subject, the elderly whom it serves
    assert "employment services" not in gloss_pair("x", "Kors ta' Jobsplus: Ħiliet tal-kura tal-anzjani", "mt")[1]
    # "Обуката ја финансира Агенцијата за вработување" (the agency funds the training) says who pays
    assert "finance" not in gloss_pair("Заварувач\nОбуката ја финансира Агенцијата за вработување. Времетраење: 3 месеци.",
                                       "Заварувач", "mk")[0]


@pytest.mark.parametrize("lang,text,concept", [
    ("cs", "Alfabetizace dospělých: čtení a psaní", "literacy"), ("de", "Alphabetisierungskurs", "literacy"),
    ("fr", "Lutte contre l'illettrisme", "literacy"), ("da", "FVU-læsning", "literacy"),
    ("bg", "Курс по ограмотяване", "literacy"), ("sk", "Kurz čítania a písania", "literacy"),
    # digital literacy is no reading and writing
    ("es", "Alfabetización digital para mayores", "computer"), ("el", "Ψηφιακός αλφαβητισμός", "digital"),
    ("sl", "Računalniško opismenjevanje za starejše", "digital skills"), ("hr", "Informatičko opismenjavanje", "digital skills"),
    ("bg", "Компютърно ограмотяване", "digital skills"),
    # a probe of 28 listings in the training languages (2026-12-02): pruning, guards, caretakers, vines
    ("sv", "Kurs i trädbeskärning", "tree care"), ("sv", "Utbildning för säkerhetsvakter", "security guard"),
    ("fi", "Kiinteistönhoitajan koulutus", "facility management"), ("hu", "Szőlőmetszés tanfolyam", "farming"),
    # Bulgarian "възрастни" alone is adults; "възрастни хора" the elderly
    ("bg", "Грижа за възрастни хора", "elderly"),
    # quality control and metrology (2026-12-04: "Kontrola kvality a metrológia" was "quality" alone, read as M 0417)
    ("sk", "Kontrola kvality a metrológia", "quality control"), ("sl", "Kontrola kakovosti in meroslovje", "metrology"),
    ("lv", "Kvalitātes kontrole un metroloģija", "quality control"), ("no", "Kvalitetskontroll og måleteknikk", "metrology"),
    ("uk", "Контроль якості та метрологія", "quality control"), ("pl", "Kontroler jakości – kurs", "quality control"),
    # ski instructors (2026-12-03: no glossary had skiing; 2 of 25 read as sports before)
    ("cs", "Kurz instruktor lyžování", "skiing"), ("sk", "Kurz inštruktor lyžovania", "skiing"),
    ("sl", "Usposabljanje za učitelje smučanja", "skiing"), ("fi", "Hiihdonopettajan koulutus", "skiing"),
    ("sv", "Utbildning till skidlärare", "skiing"), ("no", "Kurs for skiinstruktører", "skiing"),
    ("hu", "Síoktató képzés", "skiing"), ("lt", "Slidinėjimo instruktorių kursai", "skiing"),
    ("et", "Suusainstruktori koolitus", "skiing"), ("uk", "Курс інструкторів з гірських лиж", "skiing"),
    ("tr", "Kayak eğitmenliği kursu", "skiing"), ("de", "Ausbildung zum Skilehrer", "skiing"),
    ("lt", "Kūno rengybos instruktorių kursai", "fitness"), ("sv", "Utbildning till gruppträningsinstruktör", "fitness"),
    ("sr", "Kurs za fitnes instruktore", "fitness"),
    # musical instruments and the stock market (2026-12-03: 42 of 63 titles of a sweep read wrong)
    ("cs", "Kurz hry na kytaru pro začátečníky", "musical instrument"), ("hu", "Zongoraoktatás felnőtteknek", "musical instrument"),
    ("lt", "Fortepijono pamokos suaugusiems", "musical instrument"), ("el", "Μαθήματα πιάνου για ενήλικες", "musical instrument"),
    ("ga", "Cúrsa giotáir do thosaitheoirí", "musical instrument"), ("sv", "Pianolektioner för vuxna", "musical instrument"),
    ("cs", "Kurz obchodování na burze pro začátečníky", "stock market"), ("lv", "Akciju tirdzniecības kursi", "stock market"),
    ("fi", "Osakekaupan kurssi aloittelijoille", "stock market"), ("uk", "Курс біржової торгівлі акціями", "stock market"),
    ("hr", "Forex trgovanje za početnike", "stock market"),
    # languages named by their nouns, drawing and art painting, creative writing, Linux (2026-12-03)
    ("cs", "Francouzština A2", "language"), ("sl", "Španščina A1", "language"), ("ga", "Cúrsa Gearmáinise", "language"),
    ("cy", "Cwrs Almaeneg", "language"), ("tr", "İngilizce konuşma kursu", "english"),
    ("sk", "Kurz kreslenia a maľby", "drawing"), ("lt", "Tapybos kursai suaugusiems", "drawing"),
    ("bg", "Курс по рисуване за възрастни", "drawing"), ("hr", "Tečaj slikanja akvarelom", "drawing"),
    ("cs", "Kurz tvůrčího psaní", "creative writing"), ("fi", "Luovan kirjoittamisen kurssi", "creative writing"),
    ("cs", "Správa systému Linux", "information technology"),
    # trades and sports of a sweep of 38 professional titles (2026-12-03)
    ("hu", "Sugárvédelmi tanfolyam", "radiation protection"), ("sk", "Školenie radiačnej ochrany", "radiation protection"),
    ("fi", "Sukelluskouluttajan kurssi", "diving"), ("sv", "Dykinstruktörsutbildning", "diving"),
    ("hr", "Tečaj ronjenja za ronioce", "diving"), ("lt", "Orlaivių techninės priežiūros kursai", "aircraft maintenance"),
    ("bg", "Курс за машинисти на влак", "railway"), ("sl", "Usposabljanje za strojevodje", "railway"),
    ("ro", "Curs de mecanic de locomotivă", "railway"), ("sv", "Fortbildning för arbetsterapeuter", "therapy"),
    ("fi", "Pelastajakurssi", "firefighters"), ("hu", "Hegymászó-vezető képzés", "mountaineering"),
    # Macedonian and Serbian trades (2026-12-03: 10 of 50 titles wrong)
    ("mk", "Курс за ѕидари", "masonry"), ("mk", "Обука за обезбедување", "security guard"),
    ("mk", "Обука за магационери", "warehouse"), ("mk", "Обука за автомеханичари", "mechanics"),
    ("sr", "Обука за магационере", "warehouse"), ("sr", "Курс веб дизајна", "web"),
    ("sr", "Обука за аутомеханичаре", "vehicle"), ("bg", "Курс за столари", "carpentry"),
    # Albanian, Icelandic, Estonian and Latvian trades (13 of 100 titles wrong)
    ("sq", "Trajnim për pastrues", "cleaning"), ("sq", "Kurs për estetistë", "beauty"), ("sq", "Kurs për dizajn uebi", "web"),
    ("is", "Suðunámskeið", "welding"), ("is", "Námskeið í klæðskurði", "sewing"), ("et", "Torulukksepa koolitus", "plumbing"),
    ("et", "Puhastusteenindaja koolitus", "cleaning"), ("et", "Automehaaniku koolitus", "mechanics"),
    ("lv", "Apkopēju kursi", "cleaning"), ("lv", "Mājaslapu dizaina kursi", "web"), ("lv", "Automehāniķu kursi", "mechanics"),
    # Lithuanian, Croatian, Slovene, Slovak, Bulgarian and Ukrainian trades (8 of 150 titles wrong)
    ("sl", "Tečaj za varilce", "welding"), ("sl", "Tečaj spletnega oblikovanja", "web"), ("sl", "Tečaj za avtomehanike", "mechanics"),
    ("bg", "Курс за заварчици", "welding"), ("bg", "Курс за автомонтьори", "mechanics"),
    ("uk", "Курси прибиральників", "cleaning"), ("uk", "Курси комірників", "warehouse"),
    # Czech, Greek, Swedish trades (11 of 175 titles in seven trained languages wrong)
    ("cs", "Kurz pro uklízeče", "cleaning"), ("el", "Εκπαίδευση καθαριστών", "cleaning"), ("el", "Σεμινάριο web design", "web"),
    ("sv", "Kockutbildning", "chef"), ("sv", "Bagarutbildning", "bakery"), ("sv", "Lagerutbildning", "warehouse"),
    ("sv", "Hudterapeututbildning", "beauty"), ("sv", "Snickarutbildning", "carpentry"),
    # soft skills (2026-12-03): Slovene time management and conflict solving (not rescue), Excel's genitive, Latvian talks
    ("sl", "Tečaj upravljanja s časom", "time management"), ("sl", "Tečaj reševanja konfliktov", "conflict"),
    ("sl", "Tečaj Excela", "spreadsheets"), ("hr", "Tečaj Excela", "spreadsheets"), ("lv", "Pārrunu prasmju apmācības", "negotiation"),
    # installing (solar panels read D without it) and Irish genitives, Welsh tour guides (2026-12-03)
    ("mt", "Kors dwar l-installazzjoni ta' pannelli solari", "installation"), ("ga", "Cúrsa suiteála painéal gréine", "installation"),
    ("eu", "Eguzki-panelak instalatzeko ikastaroa", "installation"), ("lt", "Saulės elektrinių montavimas", "installation"),
    ("ga", "Cúrsa Garchabhrach", "first aid"), ("ga", "Cúrsa Cibearshlándála", "cybersecurity"),
    ("ga", "Cúrsa Dobharshaothraithe", "aquaculture"), ("ga", "Cúrsa Oibreora Forcardaí", "forklift"), ("cy", "Cwrs Tywys Twristiaid", "guide"),
])
def test_glossary_lines_of_the_probes_read_their_sense(lang, text, concept):
    words = glossary(lang).words(text)
    assert concept in words and (concept == "literacy" or "literacy" not in words), words


@pytest.mark.parametrize("lang,title,words", [
    ("sk", "Analýza dát v jazyku R", ["data", "programming language"]),
    ("cs", "Jazyk SQL pro analytiky", ["programming language"]),
    ("lt", "Duomenų analizė R kalba", ["data", "programming language"]),
    ("et", "Programmeerimine Pythoni keeles", ["programming", "programming language"]),   # a case ending on the name
    ("hu", "Programozás Python nyelven", ["programming", "programming language"]),
    ("uk", "Програмування мовою Python", ["programming", "programming language"]),
    # no programming language beside it, or a one-letter word that is no capital
    ("cs", "Český jazyk pro cizince", ["language", "migrants"]),
    ("lv", "Angļu valoda C1 līmenis", ["english", "language"]),
    ("sk", "Anglický jazyk pre IT", ["english", "language", "information technology"]),
])
def test_a_language_word_beside_a_programming_languages_name_is_a_programming_language(lang, title, words):
    """Rule 28: "Analýza dát v jazyku R" was embedded as "data, language" and read as language acquisition (0231)."""
    assert glossary(lang).words(title) == words


@pytest.mark.parametrize("lang,text", [
    ("sk", "asistencia veterinárneho lekára pri zákrokoch"), ("cs", "práce veterinárního lékaře"),
    ("hr", "pomoć veterinarskom liječniku"), ("sr", "pomoć veterinarskom lekaru"), ("bg", "помощ на ветеринарния лекар"),
    ("mk", "помош на ветеринарниот лекар"), ("uk", "допомога ветеринарному лікарю"), ("ro", "asistarea medicului veterinar"),
    ("lt", "pagalba veterinarijos gydytojui"), ("sq", "ndihmë për mjekun veteriner"), ("sl", "pomoč veterinarskemu zdravniku"),
    ("ca", "assistència al metge veterinari"), ("ga", "cúnamh don tréidlia"),
])
def test_a_veterinary_doctor_is_no_physician(lang, text):
    """A probe of 2026-12-03: "veterinárneho lekára" (the vet's) was glossed "veterinary, physician" in 11 languages,
    and a veterinary assistants' course read as human health (Q)."""
    assert glossary(lang).words(text) == ["veterinary"]


def test_words_that_look_like_those_lines_gloss_nothing_of_them():
    assert "elderly" not in glossary("bg").words("Компютърен курс за възрастни")   # for adults
    assert glossary("hu").words("szóló gitár") == ["musical instrument"]
    # a waiting room's drum, a football table's exchange, June, a joint-stock company, a harmonious line, catching
    assert glossary("sv").words("Väntrummet") == [] and glossary("no").words("luftrommet") == []
    assert glossary("fi").words("maalipörssin kärki") == [] and glossary("lt").words("birželio mėnesį") == []
    assert glossary("cs").words("akciová společnost") == [] and glossary("hr").words("dioničko društvo") == []
    assert glossary("hu").words("harmonikus") == [] and glossary("el").words("πιάνουμε") == []
    # the course's own language is no subject
    assert glossary("cs").words("Kurz probíhá v češtině.") == [] and glossary("sl").words("Tečaj poteka v slovenščini") == []
    assert glossary("fi").words("sukellusvene") == []   # a submarine
    # a carpenter builds: no wood industry (Bulgarian, Estonian; "wood, carpentry" read A 0722, "carpentry" F 0732)
    assert glossary("bg").words("Курс за дърводелци") == ["carpentry"] and glossary("et").words("Puusepa koolitus") == ["carpentry"]
    assert glossary("da").words("Tømrerkursus") == ["carpentry"] and glossary("el").words("Εκπαίδευση ξυλουργών") == ["carpentry"]
    assert glossary("hu").words("Szabó Péter tanár") == ["teacher"]   # a surname; "szabó tanfolyam" is a tailor's course
    # Catalan "instal·lacions" are also a provider's premises; Lithuanian "įrengimai" are equipment
    assert glossary("ca").words("Les nostres instal·lacions") == [] and glossary("lt").words("Sandėlio įrengimai") == ["warehouse"]   # folded, "szőlő" (vine) is "szóló" (solo)


def test_a_basic_course_is_no_degree_in_icelandic():
    assert "bachelor's" not in glossary("is").words("Grunnnámskeið í skyndihjálp")
    assert glossary("is").words("Grunnnám í viðskiptafræði")[0] == "bachelor's"


@pytest.mark.parametrize("title,subject", [
    ("NVQ Level 2 Diploma in Bricklaying", "Bricklaying"),
    ("Level 3 Award in Education and Training (AET)", "Education and Training (AET)"),
    ("Professional Certificate in Data Protection (GDPR)", "Data Protection (GDPR)"),
    ("Certificat universitaire en gestion de projets agiles", "gestion de projets agiles"),
    ("Diplôme d'université en éthique", "éthique"),
    ("Zertifikatslehrgang Projektmanagement", "Projektmanagement"),
    ("Mikrocertifikát: Digitální marketing", "Digitální marketing"),
    ("Certificado de Profesionalidad HOTR0108 Operaciones básicas de cocina", "HOTR0108 Operaciones básicas de cocina"),
    ("Corso di perfezionamento in Diritto del lavoro", "Diritto del lavoro"),
    ("Mbo-certificaat Logistiek medewerker", "Logistiek medewerker"),
    ("BTS Négociation et Digitalisation de la Relation Client", "Négociation et Digitalisation de la Relation Client"),
    ("Attestation de formation SST", "SST"),
    # a course word joined to the subject by "and" stays; an awarding body before the qualification's name and a level
    # after the subject go (rule 21)
    ("Level 3 Award in Education and Training", "Education and Training"),
    ("Teaching and Training", "Teaching and Training"), ("Health and Safety Training", "Health and Safety"),
    ("City & Guilds Level 2 Diploma in Plumbing", "Plumbing"),
    ("NCFE CACHE Level 2 Certificate in Understanding Autism", "Understanding Autism"),
    ("Pearson BTEC Level 3 Certificate in Sport", "Sport"),
    ("CIPD Level 5 Associate Diploma in People Management", "People Management"),
    ("Special Purpose Award in Manual Handling (QQI Level 5)", "Manual Handling"),
    ("Minor Award in Safety and Health at Work", "Safety and Health at Work"),
    ("Solar PV Installation - Domestic (Level 3)", "Solar PV Installation - Domestic"),
    ("Doctoral School course: Research Ethics and Integrity", "Research Ethics and Integrity"),   # a PhD course's words
    ("Doktorandų kursas: Mokslinių publikacijų rengimas", "Mokslinių publikacijų rengimas"),
    # every lexicon's words for a microcredential
    ("Mikrodokazilo: Podatkovna analitika v zdravstvu", "Podatkovna analitika v zdravstvu"),
    ("Microcredenziale in Economia Circolare", "Economia Circolare"),
    ("Mikropoświadczenie: Analiza danych w Excelu", "Analiza danych w Excelu"),
    # credential words that are the subject, or all there is, stay
    ("Certificate management with PKI", "Certificate management with PKI"),
    ("Award ceremonies and event planning", "Award ceremonies and event planning"),
    ("Diploma", "Diploma"),
    ("BTS", "BTS"),
    ("Capstone project", "Capstone project"),
    ("Cap table modelling", "Cap table modelling"),  # an acronym only in capitals
])
def test_a_titles_embedding_goes_without_the_credential_words_before_its_subject(title, subject):
    from mcclassify.text import subject_title
    assert subject_title(title) == subject


@pytest.mark.parametrize("title, lang, subject", [
    ("Introduction to Archaeology (10 credits at FHEQ Level 4)", "en", "Introduction to Archaeology"),
    ("Stafræn markaðssetning – 6 ECTS", "is", "Stafræn markaðssetning"),
    ("Iechyd Meddwl Amenedigol (20 credyd, Lefel 7)", "cy", "Iechyd Meddwl Amenedigol"),
    ("Uppdragsutbildning: Hållbar stadsplanering, 7,5 hp", "sv", "Uppdragsutbildning: Hållbar stadsplanering"),
    ("Restaurering av natursteinsmurer (fagskole, NKR nivå 5.1)", "no", "Restaurering av natursteinsmurer (fagskole)"),
    ("Mbo-certificaat Helpende Zorg en Welzijn (niveau 2)", "nl", "Mbo-certificaat Helpende Zorg en Welzijn"),
    ("Learn Guitar in 21 Days", "en", "Learn Guitar"),
    ("Make tech circles in Photoshop in 30 minutes!", "en", "Make tech circles in Photoshop!"),
    ("Disminuye deudas en tu hogar en menos de 30 días", "es", "Disminuye deudas en tu hogar"),
    # a figure inside a compound, a degree named by its words, a title of nothing else: they stay
    ("Betreuungskraft in der häuslichen 24-Stunden-Betreuung", "de", "Betreuungskraft in der häuslichen 24-Stunden-Betreuung"),
    ("Pós-graduação em Marketing Digital", "pt", "Pós-graduação em Marketing Digital"),
    ("5 ECTS", "en", "5 ECTS"),
])
def test_a_titles_embedding_goes_without_its_workload_and_level_figures(title, lang, subject):
    from mcclassify.gloss import without_figures
    assert without_figures(title, lang) == subject


def test_a_title_without_its_figures_is_what_is_embedded_and_the_text_keeps_its_level():
    """The title's embedding goes without its workload and level figures (rule 23); the whole text goes without
    its workload (rule 25) and keeps the stated level."""
    from mcclassify.gloss import gloss_pair
    title = "Introduction to Archaeology (10 credits at FHEQ Level 4)"
    text, embedded = gloss_pair(f"{title}\nShort course, assessed by portfolio.", title, "en")
    assert embedded == "Archaeology" and "FHEQ Level 4" in text and "10 credits" not in text


@pytest.mark.parametrize("lang, text, embedded", [
    # a workload figure goes; a sentence left with fewer than three words goes whole
    ("de", "Schweißen\nMAG-Schweißen in allen Positionen.\nDauer: 40 Stunden",
     "Schweißen\nMAG-Schweißen in allen Positionen."),
    ("en", "Data analysis\nLearn pandas. 6 weeks, 3-5 h/week. Learn numpy.", "Data analysis\nLearn pandas. Learn numpy."),
    ("cs", "Účetnictví\nRekvalifikační kurz, 120 hodin, prezenční forma. Závěrečná zkouška.",
     "Účetnictví\nRekvalifikační kurz, prezenční forma. Závěrečná zkouška."),
    ("it", "HACCP\nIl corso dura 12 ore, in aula.", "HACCP\nIl corso dura, in aula."),
    # what the course awards goes as its workload does
    ("en", "Welding\nMIG and TIG on steel.\nParticipants receive a certificate of attendance.", "Welding\nMIG and TIG on steel."),
    ("de", "Schweißen\nMAG-Schweißen. Die Teilnehmenden erhalten eine Teilnahmebescheinigung.", "Schweißen\nMAG-Schweißen. Die Teilnehmenden erhalten eine."),
    # the first line (the title's) keeps what is left of it
    ("en", "Welding (40 h)\nMIG and TIG on steel.", "Welding\nMIG and TIG on steel."),
    ("cs", "Mikrocertifikát: Digitální marketing\nKurz online.", "Digitální marketing\nKurz online."),
    # a figure inside a compound, a diploma's or a degree's name (they say the level), a text of nothing else: they stay
    ("de", "Betreuung\nBetreuungskraft in der 24-Stunden-Betreuung.", "Betreuung\nBetreuungskraft in der 24-Stunden-Betreuung."),
    ("en", "Bricklaying\nNVQ Level 2 Diploma in Bricklaying.", "Bricklaying\nNVQ Level 2 Diploma in Bricklaying."),
    ("en", "40 hours", "40 hours"),
    # sentences as the text stage splits them (rule 27): not after "ca.", and at a bar
    ("de", "Buchhaltung\nBerufsbegleitender Lehrgang. Umfang ca. 120 Stunden. Abschlussprüfung vor der IHK.",
     "Buchhaltung\nBerufsbegleitender Lehrgang. Abschlussprüfung vor der IHK."),
    ("en", "Welding\nMIG and TIG on steel | 40 hours | Workshop in Leeds", "Welding\nMIG and TIG on steel | Workshop in Leeds"),
    # the times and credits of the page's terms go as the workload does, though the record does not read them
    ("en", "Excel\nPivot tables and formulas.\nPayment terms: 30 days net.\nLunch break: 1 hour.", "Excel\nPivot tables and formulas."),
    ("en", "Machine learning\nA module of 5 ECTS, part of the 60 ECTS MSc in Data Science.",
     "Machine learning\nA module of, part of the MSc in Data Science."),
])
def test_the_whole_texts_embedding_goes_without_its_workload_and_what_it_awards(lang, text, embedded):
    from mcclassify.gloss import without_stated_facts
    assert without_stated_facts(text, lang) == embedded


def test_lines_that_label_a_start_date_or_a_difficulty_are_not_embedded():
    """A line that labels a date ("Nächster Start: 15. März 2027") or how hard a course is ("Niveau : débutant"),
    whatever the label's words, says nothing of what a course teaches: such lines changed the sector of 15 and 21
    of 332 listings (bench/furniture.py --furniture bench/data/page_facts.toml). A label whose value names more
    stays."""
    from mcclassify.text import strip_boilerplate

    for line in ("Nächster Start: 15. März 2027", "Seuraava alkaa: 15.3.2027", "Következő indulás: 2027. március 15.",
                 "Nākamais sākums: 2027. gada 15. martā", "Il-bidu li jmiss: 15 ta' Marzu 2027", "Termine: 12.03. und 19.03.",
                 "Niveau : débutant", "Level: Intermediate (B1)", "Szint: kezdő", "Zielgruppe: Einsteiger und Fortgeschrittene",
                 "Nivå: nybegynner"):
        assert strip_boilerplate("Welding basics.\n" + line).strip() == "Welding basics.", line
    # (a prerequisite of basic computer skills alone is page furniture since 2026-12-04, see
    # test_technical_requirements_and_computer_prerequisites_are_not_embedded; one that names a subject stays)
    for line in ("Inhalt: Grundlagen der Elektrotechnik", "Prerequisites: knowledge of Python and SQL", "Dauer: 3.5 Tage",
                 "Content: March of the Penguins", "Ziel: bis 15. März 2027 als Schweißer arbeiten"):
        assert line in strip_boilerplate("Welding basics.\n" + line), line


def test_the_whole_text_keeps_the_credential_words_for_the_level():
    from mcclassify.gloss import gloss_pair
    text, title = gloss_pair("NVQ Level 2 Diploma in Bricklaying\nAssessed on site.", "NVQ Level 2 Diploma in Bricklaying", "en",
                             own_words=True)  # (as a taxonomy example, which keeps its words: rule 43)
    assert title == "Bricklaying" and text.startswith("NVQ Level 2 Diploma in Bricklaying")
    text, title = gloss_pair("NVQ Level 2 Diploma in Bricklaying\nAssessed on site.", "NVQ Level 2 Diploma in Bricklaying", "en")
    assert title == "masonry" and text.startswith("NVQ Level 2 Diploma in Bricklaying")


def test_a_course_word_before_and_is_part_of_the_subject():
    from mcclassify.text import bare_title
    assert bare_title("Training and development") == "Training and development"
    assert bare_title("Kurs und Prüfung") == "Kurs und Prüfung"
    assert bare_title("Online course: Excel") == "Excel"


def test_registry_codes_and_licence_numbers_gloss_nothing():
    """Romanian authorised courses give their occupation code ("cod COR", which is also a choir) and
    Hungarian ones their adult-education licence number: neither is the course's topic."""
    assert glossary("ro").words("Curs autorizat ANC, cod COR 333304") == []
    assert glossary("ro").words("Corul de copii: cântec coral") == ["singing", "children"]
    assert glossary("hu").words("Felnőttképzési nyilvántartásba vételi szám: B/2020/000123") == []
    assert glossary("hu").words("Andragógia és felnőttképzés") == ["adult education"]


@pytest.mark.parametrize("title,bare", [
    ("Welding course for beginners", "Welding"), ("Excel für Fortgeschrittene", "Excel"), ("Python aloittelijoille", "Python"),
    ("Photoshop – niveau avancé", "Photoshop"), ("Inglés nivel básico", "Inglés"), ("SQL (intermediate)", "SQL"),
    ("Advanced Excel", "Excel"), ("Introduction to Psychology", "Psychology"), ("Einführung in die Buchhaltung", "Buchhaltung"),
    ("Introduzione all'economia", "economia"), ("Fundamentals of Nursing", "Nursing"), ("Cybersecurity Basics", "Cybersecurity"),
    ("Kurs murarski dla początkujących", "murarski"), ("HTML5 Essentials for Beginners", "HTML5"),
    # a title of nothing else, a subject that holds a level word, and "for" an audience that is no level stay
    ("Basics", "Basics"), ("Advanced", "Advanced"), ("Basic and advanced welding", "Basic and advanced welding"),
    ("Data Science for Business", "Data Science for Business"), ("Base de données", "Base de données"),
])
def test_how_hard_a_course_is_comes_off_the_title(title, bare):
    """Rule 18: "for beginners" after the 85 seed topics' titles had cost 24 sector answers in 15 languages; the
    rules still read the difficulty (provider_level)."""
    from mcclassify.text import bare_title, without_difficulty

    assert without_difficulty(bare_title(title)) == bare


@pytest.mark.parametrize("title,bare", [
    # an introduction or the basics before the subject, in more languages
    ("Podstawy rachunkowości", "rachunkowości"), ("Uvod u programiranje", "programiranje"),
    ("Johdatus ohjelmointiin", "ohjelmointiin"), ("Bevezetés a programozásba", "programozásba"),
    ("Въведение в програмирането", "програмирането"), ("Introduksjon til programmering", "programmering"),
    ("Grundkurs i svetsning", "svetsning"), ("Nociones básicas de contabilidad", "contabilidad"),
    ("Iniciación al Trading", "Trading"), ("Introducció a la comptabilitat", "comptabilitat"),
    # a level word before it, also where a course word stood before the level word
    ("Zaawansowany Excel", "Excel"), ("Yeni Başlayanlar İçin Python", "Python"), ("İleri Seviye Excel Eğitimi", "Excel"),
    ("Curso avanzado de Excel", "Excel"), ("Corso base di Excel", "Excel"), ("Haladó Excel tanfolyam", "Excel"),
    # the basics after a genitive, a feminine level word, from scratch
    ("Kirjanpidon perusteet", "Kirjanpidon"), ("Apskaitos pagrindai", "Apskaitos"), ("Contabilidad básica", "Contabilidad"),
    ("Excel od podstaw", "Excel"), ("Excel von Anfang an", "Excel"), ("Guitarra Desde Cero", "Guitarra"), ("Typography From A to Z", "Typography"),
    # a title of nothing else stays, and so does an Italian database
    ("Podstawy", "Podstawy"), ("Temel Eğitim", "Temel"), ("Base di dati relazionali", "Base di dati relazionali"),
])
def test_how_hard_a_course_is_comes_off_the_title_in_more_languages(title, bare):
    """Rule 19: rule 18 had read the introductions of a dozen languages and level words after the subject only."""
    from mcclassify.text import bare_title, without_difficulty

    assert without_difficulty(bare_title(title)) == bare


@pytest.mark.parametrize("title,subject", [
    ("Schweißkurs", "Schweiß"), ("MAG-Schweißkurs", "MAG-Schweiß"), ("Maurerkurs", "Maurer"), ("Yogakurs", "Yoga"),
    ("Verkaufstraining für den Einzelhandel", "Verkauf für den Einzelhandel"), ("Heftruckopleiding", "Heftruck"),
    ("HACCP-Hygieneschulung für Küchenpersonal", "HACCP-Hygiene für Küchenpersonal"),
    ("STCW basisveiligheidstraining", "STCW basisveiligheid"),
    # a word whose "Kurs" is its own, or whose first part says what kind of course it is, stays
    ("Wechselkurse verstehen", "Wechselkurse verstehen"), ("Diskurs und Macht", "Diskurs und Macht"),
    ("Konkursrecht", "Konkursrecht"), ("Grundkurs Buchhaltung", "Grundkurs Buchhaltung"), ("Sprachkurs Englisch", "Sprachkurs Englisch"),
    ("Hauptseminar Soziologie", "Hauptseminar Soziologie"), ("Kurs", "Kurs"),
])
def test_a_course_word_comes_off_its_subject(title, subject):
    """Rule 18: the encoder read German "Kurs" joined to a trade as a rate or as teaching ("Maurerkurs" as finance,
    "Schweißkurs" as P); the glossary still reads the whole word (test below)."""
    from mcclassify.text import without_compound_course

    assert without_compound_course(title) == subject


def test_the_glossary_reads_the_title_as_the_page_gives_it():
    lst = to_listing({"title": "Schweißkurs für Anfänger", "description": "Praxis an der Werkbank.", "language": "de"})
    assert embed_texts(lst, "de") == ("Schweiß\nPraxis an der Werkbank. (welding)", "welding")



@pytest.mark.parametrize("lang,title,text,embedded", [
    ("fi", "Trukinkuljettajan koulutus", "forklift, driver", "forklift, driver"),   # the encoder does not read Finnish
    ("nl", "Heftruckchauffeur", "Heftruckchauffeur\nx (forklift, driver)", "forklift, driver"),   # it reads Dutch
    ("fr", "Formation cariste CACES R489", "cariste CACES R489\nx (forklift)", "forklift"),
    ("de", "Gerüstbauer Grundkurs", "Gerüstbauer\nx (scaffolding)", "scaffolding"),   # how hard it is comes off (rule 18)
    ("pl", "Kurs kominiarz", "kominiarz\nx (chimney sweeping and cleaning services)",   # the concept's phrase (2026-12-05)
     "chimney sweeping and cleaning services"),
    ("tr", "Vinç operatörü belgesi", "Vinç operatörü belgesi\nx (crane)", "crane"),
    ("es", "Curso de Excel avanzado", "Excel\nx", "Excel"),          # nothing glossed: as it is, less "avanzado"
])
def test_a_glossed_title_is_its_english_words_and_the_text_kept_where_the_encoder_reads_it(lang, title, text, embedded):
    """A glossed title is embedded as its English words alone. Glossaries of languages the encoder reads (de fr es it
    nl pl pt tr) say ``text = "append"``: the whole text keeps its words, the English appended (rule 36). From rule 15
    to 35 their titles kept their words too; "Imkerkurs für Anfänger", embedded as "Imker (beekeeping)", read as
    accounting, and a sweep of titles in these languages had 19% of sectors wrong against 7% in the others."""
    assert embed_texts(to_listing({"title": title, "description": "x", "language": lang}), lang) == (text, embedded)



def test_names_written_alike_in_every_language_are_glossed_in_every_language():
    """Rule 22: configs/gloss_names.toml. A language without a glossary of its own, and English's taxonomy examples
    (rule 43), get them with the title kept; a glossary language gets them beside its own stems; only whole words
    match."""
    from mcclassify.gloss import gloss_pair

    text, title = gloss_pair("NEBOSH International General Certificate\n10 days.", "NEBOSH International General Certificate", "ja")
    assert title == "NEBOSH International General Certificate (occupational safety and health)"
    assert text.endswith("(occupational safety and health)")
    assert gloss_pair("Lean Six Sigma Yellow Belt\n2 days.", "Lean Six Sigma Yellow Belt", "en", own_words=True)[1] == \
        "Lean Six Sigma Yellow Belt (quality management)"
    # an English listing's title is its concepts, as in every glossary language (rule 43)
    assert gloss_pair("Lean Six Sigma Yellow Belt\n2 days.", "Lean Six Sigma Yellow Belt", "en")[1] == "quality management"
    assert glossary("es").words("Curso de preparación PMP") == ["project management"]
    assert glossary("pl").words("Wdrożenie ISO 9001 w firmie") == ["quality management"]
    assert glossary("fi").words("Salesforce Administrator -koulutus") == ["CRM software"]
    assert glossary("it").words("Corso BLS-D per laici") == ["resuscitation"]  # Italian's own "=bls", one concept
    # whole words only: not inside another word, not a prefix
    assert glossary("en").words("Awesome jaws and pmpx") == []
    assert glossary("ja").words("Welding for beginners") == []  # Japanese has no glossary of its own
    # a language without a glossary of its own, and no language at all
    assert glossary("ja").words("ITIL 4 ファンデーション") == ["IT service management"]
    assert glossary(None) is None


def test_names_file_must_hold_whole_words(config_copy):
    import mcclassify.gloss as gl

    (config_copy / "gloss_names.toml").write_text('[gloss]\n"project management" = ["prince"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="whole words"):
        gl.glossary("en")


def test_programming_language_names_must_be_single_words(config_copy):
    import mcclassify.gloss as gl

    (config_copy / "gloss_names.toml").write_text('programming_languages = ["visual basic"]\n[gloss]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="single words"):
        gl.glossary("cs")


def test_the_text_goes_without_who_teaches_and_how_well_unless_the_title_names_them():
    """Rule 24: "Naši zkušení lektoři zaručují kvalitní školení" (our experienced trainers guarantee quality
    training) glossed a welding course's text "trainer, quality"; a course for trainers or on quality keeps them."""
    from mcclassify.gloss import gloss_pair
    praise = "\nNaši zkušení lektoři zaručují kvalitní školení."
    text, title = gloss_pair("Svářečský kurz\n80 hodin." + praise, "Svářečský kurz", "cs")
    assert title == "welding" and text == "welding"  # the whole text as its English words (rule 26)
    text, title = gloss_pair("Školení lektorů\n16 hodin." + praise, "Školení lektorů", "cs")
    assert "trainer" in title and "trainer" in text and "quality" not in text
    text, title = gloss_pair("Řízení kvality\n16 hodin." + praise, "Řízení kvality", "cs")
    assert "quality" in title and "quality" in text and "trainer" not in text


@pytest.mark.parametrize("lang,title,words", [
    # the name of a language that is also an adjective names the language alone, before "for" or a level, last
    ("sv", "Tyska för nybörjare", ["language"]), ("sv", "Spanska A1", ["language"]), ("sv", "Kurs i tyska", ["language"]),
    ("da", "Spansk på begynderniveau", ["language"]), ("hr", "Talijanski za početnike", ["language"]),
    ("sr", "Nemački za početnike", ["language"]),                  # Croatian's list, Serbian spellings, by include
    ("uk", "Іспанська для початківців", ["language"]), ("bg", "Испански за начинаещи", ["language"]),
    ("el", "Μαθήματα γερμανικών", ["language"]), ("ro", "Curs de spaniolă pentru începători", ["language"]),
    ("ro", "Curs de italiană", ["language"]), ("mt", "Kors tal-Ġermaniż", ["language"]),
    ("no", "Tyskkurs for nybegynnere", ["language"]),               # a compound with the course word: a stem
    # (2026-12-04) a Finnish name is its country's too, in its cases; Catalan after "de", "d'"; Maltese's article as it
    # assimilates; CEFR levels in Greek and Cyrillic letters
    ("fi", "Espanjan alkeet", ["language"]), ("fi", "Ranskaa aloittelijoille", ["language"]), ("fi", "Espanjan markkinat", []),
    ("is", "Spænska fyrir byrjendur", ["language"]), ("eu", "Alemaneko ikastaroa", ["language"]),
    ("ca", "Curs d'alemany", ["language"]), ("ca", "Francès A2", ["language"]), ("ca", "Cuina italiana", ["kitchen"]),
    ("mt", "Kors tat-Taljan", ["language"]), ("el", "Γερμανικά Α1", ["language"]), ("mk", "Италијански А1", ["language"]),
    # before a noun it is the adjective: a cuisine, wines; Romanian puts the adjective last
    ("sv", "Tyska viner", ["wine"]), ("da", "Spansk mad for begyndere", ["food"]),
    ("hr", "Talijanska kuhinja", ["kitchen"]), ("hu", "Olasz konyha", ["kitchen"]), ("ro", "Bucătăria italiană", ["kitchen"]),
])
def test_a_language_name_that_is_also_an_adjective_is_a_language_only_where_it_names_one(lang, title, words):
    """Rule 29: "Tyska för nybörjare", "Talijanski za početnike" had no gloss and read as office work or business (M);
    a sweep of 50 language-course titles in 27 languages had 16 with the wrong sector, 2 after."""
    assert glossary(lang).words(title) == words


@pytest.mark.parametrize("lang,title,words", [
    # (2026-12-05) the glossaries of languages the encoder reads name languages too: English anywhere, another language
    # where it names one (before "for", a level, after "course of"), a cuisine or a law still not
    ("de", "Englisch für Pflegekräfte", ["english", "nursing"]), ("de", "Deutsch für Pflegekräfte (B1–B2)", ["language", "nursing"]),
    ("fr", "Cours d'allemand pour débutants", ["language"]), ("fr", "Cuisine italienne", ["kitchen"]),
    ("es", "Curso de inglés B1 para hostelería", ["english", "hotel"]), ("es", "Curso de alemán A1", ["language"]),
    ("es", "Cocina italiana", ["kitchen"]), ("it", "Corso di tedesco", ["language"]), ("it", "Corso di cucina italiana", ["kitchen"]),
    ("nl", "Cursus Duits voor beginners", ["language"]), ("nl", "Nederlands recht", []),
    ("pl", "Kurs języka niemieckiego dla opiekunek", ["language", "care"]), ("pl", "Język programowania C#", ["programming"]),
    ("pt", "Português para estrangeiros", ["language"]),
])
def test_the_read_languages_glossaries_name_languages(lang, title, words):
    """A title naming a language and a workforce was glossed with the workforce alone, and the field heads read the
    workforce's field: of 42 such titles in the seven languages, 31 had the wrong broad field (docs/measurements.md)."""
    assert glossary(lang).words(title) == words


@pytest.mark.parametrize("title,words", [
    ("Schweisskurs MAG", ["welding"]), ("Strassenbau Grundkurs", ["road"]), ("SCHWEISSEN FÜR ANFÄNGER", ["welding"]),
    ("Schweißkurs MAG", ["welding"]), ("Straßenbau Grundkurs", ["road"]),
])
def test_german_stems_read_ss_for_sharp_s(title, words):
    """Swiss German and titles in capitals write ss for ß; the stems written with ß glossed nothing of them."""
    assert glossary("de").words(title) == words


@pytest.mark.parametrize("lang,title,course", [
    ("es", "Inglés para profesionales de la construcción", True), ("nl", "Juridisch Engels", True),
    ("pl", "Kurs języka niemieckiego dla kierowców", True), ("sv", "Engelska för vårdpersonal", True),
    ("da", "Tegnsprog for begyndere", True), ("tr", "İngilizce kursu", True),
    # a language taught, a child's language development, a programming language, no language, no glossary
    ("sr", "Nastava engleskog kao stranog jezika", False), ("bs", "Podučavanje engleskog kao stranog jezika", False),
    ("sv", "Förskolepedagogik: språkutveckling", False), ("pl", "Kurs programowania w języku Python", False),
    ("de", "Gabelstaplerkurs", False), ("ja", "English for nurses", False),
    # English has a glossary since rule 43
    ("en", "English for nurses", True), ("en", "Spanish for beginners", True),
    ("en", "Teaching English as a foreign language", False), ("en", "Forklift truck operator training", False),
])
def test_a_title_that_names_a_language_to_learn(lang, title, course):
    from mcclassify.gloss import language_course
    assert language_course(title, lang) is course


def test_a_language_course_is_language_acquisition_whoever_it_is_for():
    """The annotation guide puts a language course for a workforce in the workforce's sector and ISCED 0231; the field
    heads gave such titles the workforce's field at 0.9 and more. The field prior makes 023 50 times as likely for
    them, and only for them."""
    import numpy as np

    from mcclassify.model import LANGUAGE_FIELD_FACTOR, language_field_prior

    classes = np.array(["023", "073", "104"])
    p = np.array([[0.04, 0.9, 0.06], [0.04, 0.9, 0.06], [0.004, 0.99, 0.006]])
    recs = [{"title": "Inglés para profesionales de la construcción", "language": "es"},
            {"title": "Curso de albañilería", "language": "es"},
            {"title": "Kurs Excel w języku angielskim", "language": "pl"}]
    out = language_field_prior(p, classes, recs)
    assert out[0].argmax() == 0 and np.isclose(out[0, 0] / out[0, 2], LANGUAGE_FIELD_FACTOR * 4 / 6)
    assert np.allclose(out[1], p[1]) and np.allclose(out.sum(axis=1), 1.0)
    assert out[2].argmax() == 1   # a clear subject beside a language keeps its field
    assert language_field_prior(p, np.array(["021", "073", "104"]), recs) is p   # no such field: unchanged


def test_language_names_must_be_a_list_of_single_words(config_copy):
    import mcclassify.gloss as gl

    p = config_copy / "glossary" / "sv.toml"
    shipped = p.read_text(encoding="utf-8")
    p.write_text(shipped.replace('language_names = ["tyska"', 'language_names = ["tyska språket"', 1), encoding="utf-8")
    with pytest.raises(ConfigError, match="single words"):
        gl.glossary("sv")
    _clear_config_caches()
    p.write_text(shipped.replace("[gloss]", 'language_names_last = "no"\n[gloss]', 1), encoding="utf-8")
    with pytest.raises(ConfigError, match="true or false"):
        gl.glossary("sv")


@pytest.mark.parametrize("lang,text,words", [
    # 2026-12-03 (twenty-seventh session) sweeps: an assistant is no secretary; disability is not special-needs education
    ("ro", "Gestionarea medicamentelor pentru asistenți de farmacie", ["pharmacy", "pharmacy technician"]),
    ("sk", "Rádiologický asistent – ďalšie vzdelávanie", ["radiology"]),
    ("sk", "Asistentka riaditeľa – kurz", ["secretary"]),
    ("bg", "Личен асистент на хора с увреждания", ["home care", "disability"]),
    # database administration is the database's; SEO its own concept; Croatian "radiološki" no radio
    ("cs", "Správa databází SQL Server", ["database"]), ("da", "Søgemaskineoptimering (SEO)", ["search engine optimisation"]),
    ("hr", "Radiološki tehnolog – usavršavanje", ["radiology"]), ("mk", "Машинско учење за почетници", ["artificial intelligence"]),
    ("sr", "Montaža videa u Premiere Pro", ["video"]),
    # agriculture and public services
    ("sl", "Vinogradništvo in rez vinske trte", ["viticulture"]), ("lt", "Vaismedžių genėjimas", ["fruit growing"]),
    ("hu", "Sajtkészítés tanfolyam", ["cheese making"]), ("cs", "Chov ovcí a koz", ["livestock"]),
    ("sr", "Obuka za hranitelje", ["foster care"]), ("fi", "Kalankasvatus vesiviljelyssä", ["aquaculture"]),
    ("no", "Operatør på sorteringsanlegg for avfall", ["waste"]),   # a bare "anlegg" (facility) is no construction
    ("hu", "Ivóvízkezelő berendezés kezelője", ["water"]), ("fi", "Huolintaliikkeen koulutus", ["freight forwarding"]),
    ("lt", "Tinklalaidžių kūrimas", ["podcast"]), ("is", "Ökuritar og aksturs- og hvíldartími", ["driver"]),
])
def test_the_sweeps_of_the_twenty_seventh_session(lang, text, words):
    assert glossary(lang).words(text) == words


@pytest.mark.parametrize("lang,word", [
    ("hu", "Kecskemét"), ("sv", "mysterium"), ("sv", "hysteriskt"), ("da", "ekspedition"), ("no", "ekspedisjon"),
    ("lv", "ekspedīcija"), ("hr", "sir"), ("bg", "сирене"), ("da", "ost"),
])
def test_common_words_that_looked_like_this_sessions_stems_gloss_nothing(lang, word):
    """Found by ``bench/gloss_senses.py --top 30000``: a town, mystery and hysteria (Swedish "ysteri", a cheese dairy,
    inside them), expeditions, and the common food word for cheese."""
    assert glossary(lang).words(word) == []


@pytest.mark.parametrize("text,words", [
    ("İLK YARDIM EĞİTİMİ", ["first aid"]), ("TARIM VE HAYVANCILIK", ["agriculture", "farming"]),
    ("Ekonomik diplomasi", ["diplomacy"]), ("Alçı sıva ustası", ["plastering"]),
    ("Lisans diploması gerekir", []), ("Sivas'ta yüz yüze eğitim", []),
])
def test_turkish_capitals_match_their_dotless_i_and_dotted_i_words_stay_apart(text, words):
    """A title in capitals writes "ı" and "i" alike ("YARDIM", yardım): the glossary folds dotless "ı" to "i"
    (text.fold), and the two stems it then confused are whole words that keep their dots (a diploma's
    "diploması" is no diplomacy, the city of Sivas no plaster)."""
    assert glossary("tr").words(text) == words


@pytest.mark.parametrize("lang,text,words", [
    # full listings written in the languages nobody here reads (2026-12-03, thirtieth session)
    ("gl", "Mestrado en Enxeñaría Agronómica", ["engineering", "agriculture"]),   # read as management (0413)
    ("tr", "Yüksek Lisans Programı: Veri Bilimi", ["data"]),   # read as teacher training (P 0111)
])
def test_the_probe_listings_of_the_thirtieth_session(lang, text, words):
    assert glossary(lang).words(text) == words


@pytest.mark.parametrize("lang,text,words", [
    # probes of licence, CPD and long listings (2026-12-04, thirty-third session)
    ("cy", "Cwrs Hylendid Bwyd Lefel 2 yn arwain at dystysgrif", ["hygiene", "food"]),   # "arwain at": leads to
    ("cy", "Sgiliau arwain i reolwyr", ["leadership", "manager"]),
    ("eu", "Gizarte sareak enpresentzat", ["social media"]),
    ("gl", "Curso de xestión de redes sociais para comercios", ["social media"]),
    ("de", "Berufskraftfahrer Modul 3: Fahrsicherheit", ["transport", "truck", "driver"]),
    # youth work and children's leisure (seed topic youth_work)
    ("sv", "Fritidsledarutbildning", ["youth work"]),
    ("cs", "Kurz hlavního vedoucího dětského tábora", ["manager", "youth work"]),   # a camp, not "children"
    ("fr", "Formation BAFA – animateur en accueil collectif de mineurs", ["youth work"]),
    ("es", "Curso de monitor de campamentos de verano", ["youth work"]),
    ("el", "Εκπαίδευση εμψυχωτών κατασκήνωσης", ["youth work"]),
    ("ca", "Educació en el lleure i treball amb joves", ["youth work"]),   # untrained languages, no retraining
    ("mk", "Работа со млади", ["youth work"]),
    # 3D modelling is no "modelling" alone (F 0732), in the languages the model was not trained on
    ("uk", "Курси 3D-моделювання в Blender", ["3d modelling and animation"]),
    ("sr", "Kurs 3D modeliranja i animacije", ["3d modelling and animation"]),
    ("ca", "Curs de modelatge 3D amb Blender", ["3d modelling and animation"]),
    # a probe of 42 trade, health and public-sector titles in the untrained languages: 4 sectors wrong -> 0
    ("uk", "Навчання з протидії корупції для держслужбовців", ["anti-corruption", "public administration"]),
    ("no", "Kurs i flisarbeid og membran for våtrom", ["tiling"]),
    ("is", "Námskeið í stillansavinnu", ["scaffolding"]),
    ("tr", "Kamu İhale Mevzuatı Eğitimi", ["procurement"]),
    # electronic documents, signatures and services are no electronics (a Macedonian computer course for civil
    # servants read N with "electronic equipment manufacturing and repair" beside it); electronics stays
    ("mk", "Word, Excel, е-пошта и електронски документи за државни службеници", ["spreadsheets", "public administration"]),
    ("hr", "Elektronički potpis i elektroničke usluge", []),
    ("sr", "Rad sa elektronskim dokumentima", []),
    ("hr", "Tečaj elektronike", ["electronics"]),
])
def test_the_probe_listings_of_the_thirty_third_session(lang, text, words):
    assert glossary(lang).words(text) == words


@pytest.mark.parametrize("lang,text,words", [
    # basic digital skills are one concept, not "digital" alone (titles in 30 languages read mathematics, 0541)
    ("ro", "Competențe digitale", ["digital skills"]),
    ("cs", "Základní digitální dovednosti", ["digital skills"]),
    ("fi", "Digitaidot arkeen", ["digital skills"]),
    ("lt", "Skaitmeninių įgūdžių mokymai ūkininkams", ["digital skills", "farming"]),
    ("de", "Digitale Kompetenzen für Lehrkräfte", ["digital skills", "teacher"]),
    ("pl", "Kompetencje cyfrowe – kurs podstawowy", ["digital skills"]),
    ("ga", "Scileanna digiteacha", ["digital skills"]),
    # Slovak wind power in its other cases; Bulgarian and Ukrainian electronic health records are no electronics
    ("sk", "Údržba veterných turbín", ["maintenance", "wind power"]),
    ("bg", "Електронни здравни записи", ["health"]),
    ("uk", "Електронні медичні записи", ["medical"]),
    # Latvian accountants in the dative ("grāmatvežiem", d -> ž) read J with artificial intelligence alone
    ("lv", "Mākslīgais intelekts grāmatvežiem", ["artificial intelligence", "accounting"]),
    # a library as a place in the languages where "biblioteca" alone is also a program library
    ("es", "Catalogación en bibliotecas con RDA", ["library"]), ("pl", "Katalogowanie w bibliotece (RDA)", ["library"]),
    ("es", "Uso de la biblioteca pandas en Python", []),
    # administrative law is one concept ("administration, law, legal" read field 0413, 1032 or 0421 by a hair)
    ("bs", "Upravno pravo za uposlenike općina", ["administrative law", "municipality"]),
    ("lt", "Administracinė teisė savivaldybių darbuotojams", ["administrative law", "municipality"]),
    ("pl", "Kodeks postępowania administracyjnego w praktyce", ["administrative law"]),
])
def test_the_probe_listings_of_the_thirty_fifth_session(lang, text, words):
    assert glossary(lang).words(text) == words


def test_digital_skills_are_embedded_as_everyday_computer_use():
    from mcclassify.gloss import english
    # "digital skills" alone read M; "digital skills, computer use" read J, the sector of ICT professionals
    assert english(["digital skills"]) == "digital skills for everyday life, computer use"
    # "library" alone read J; NACE 91.01 (library and archives activities) is R
    assert english(["library"]) == "libraries, archives and museums"
    assert english(["administrative law", "municipality"]) == "law: administrative law, municipality"


def test_generative_ai_products_are_artificial_intelligence_in_every_language():
    # "ChatGPT im Büroalltag" had no gloss; "LLM" is left out, as it is also the Master of Laws
    assert "artificial intelligence" in gloss("ChatGPT im Büroalltag", "de")
    assert "artificial intelligence" in gloss("Kurz ChatGPT pro začátečníky", "cs")
    assert "artificial intelligence" not in gloss("LLM in European Law", "en")


@pytest.mark.parametrize("title,none", [
    ("Weiterbildung 2027/04", True), ("Session de formation n° 12", True), ("Corso n. 45/2027", True),
    ("Πρόγραμμα κατάρτισης Α/2027", True), ("Utbildning vecka 14", True), ("Training (nieuw)", True), ("Kursus", True),
    ("Program de formare", True), ("Course 2027-04", True),
    # "new", a term or a season, and course words of more languages (2026-12-05, fiftieth session)
    ("Nytt kurs høsten 2027", True), ("Yeni Dönem Kursu", True), ("Нов курс", True), ("Obuka – prolećni termin 2027", True),
    ("Námskeið vorönn 2027", True), ("Cwrs Newydd", True), ("Kors Ġdid", True), ("Ikastaro berria", True),
    ("Formatioun 2027", True), ("Neuer Kurs Herbst 2027", True), ("Trajnim profesional", True),
    ("Winter School", False), ("Herbstschule Data Science", False), ("Spring Boot", False), ("Summer camp", False),
    # a subject, however short: a licence's category, a name with its number, a course word before its subject
    ("Kurs C+E", False), ("Kurs A", False), ("Kurs 3D-modelowania", False), ("DB2", False), ("SA8000", False),
    ("Kurs Excel", False), ("Training and development", False), ("Programme management", False),
    ("Week of welding", False), ("Action research", False),
])
def test_a_title_of_course_words_and_numbers_names_no_subject(title, none):
    from mcclassify.text import names_no_subject
    assert names_no_subject(title) is none


def test_a_title_that_names_no_subject_is_embedded_as_the_whole_text():
    # rule 33: "Weiterbildung 2027/04" was embedded as "Weiterbildung" and read P (teaching) for a welding course
    from mcclassify.gloss import gloss_pair
    desc = "In diesem Lehrgang lernen Sie das fachgerechte Schweißen nach dem MAG-Verfahren."
    text, title = gloss_pair("Weiterbildung 2027/04\n" + desc, "Weiterbildung 2027/04", "de")
    # in a language the encoder reads, as the whole text's English words (rule 41); the whole text keeps its own
    assert title == "welding" and "Schweißen" in text and "welding" in text
    text, title = gloss_pair("Course 2027-04\nThis course trains dental nurses.", "Course 2027-04", "en")
    assert title == "dentist" and "dental nurses" in text  # (English has a glossary since rule 43)
    text, title = gloss_pair("Course 2027-04\nThis course trains dental nurses.", "Course 2027-04", "ja")
    assert title == text and "dental nurses" in title  # a language without one: the whole text
    text, title = gloss_pair("Kurz\nKurz svařování pro začátečníky.", "Kurz", "cs")
    assert title == text == "welding"
    # a title with a subject keeps its own embedding
    text, title = gloss_pair("Schweißkurs 2027\n" + desc, "Schweißkurs 2027", "de")
    assert title != text


@pytest.mark.parametrize("title,none", [
    # how hard it is, or for which learners, and course words (rule 38)
    ("Kurs podstawowy", True), ("Grundkurs", True), ("Nivel avanzado", True), ("Tečaj za početnike", True),
    ("Βασικό πρόγραμμα", True), ("Begynderkursus", True), ("Formation avancée", True), ("Pamata kurss", True),
    ("Beginner course", True), ("Level 2", True), ("Начално ниво", True), ("Introduction", True),
    # a subject beside them
    ("Excel podstawowy", False), ("Grundkurs Schweißen", False), ("Deutsch A1", False), ("Niveau A1", False),
    ("Curso básico de soldadura", False), ("Advanced Excel", False), ("Temel Python", False),
])
def test_a_title_of_difficulty_and_course_words_names_no_subject(title, none):
    from mcclassify.text import names_no_subject
    assert names_no_subject(title, difficulty=True) is none
    assert not names_no_subject(title) or none  # rule 33's words alone name no subject in fewer of them


def test_a_title_of_how_hard_it_is_is_embedded_as_the_whole_text():
    # rule 38: "Kurs podstawowy" was embedded as "podstawowy", and a welding course read P and 0613
    from mcclassify.gloss import gloss_pair
    text, title = gloss_pair("Kurs podstawowy\nSpawanie metodą MIG/MAG dla osób bez doświadczenia.", "Kurs podstawowy", "pl")
    assert title == "welding" and "Spawanie" in text  # rule 41: "podstawowy\nSpawanie ... (welding)" read B
    text, title = gloss_pair("Peruskurssi\nHitsauksen perusteet: MIG/MAG-hitsaus opetellaan käytännössä.", "Peruskurssi", "fi")
    assert title == text == "welding"
    # a subject beside how hard it is keeps the title's own embedding
    text, title = gloss_pair("Excel für Anfänger\nTabellen und Formeln.", "Excel für Anfänger", "de")
    assert title != text


@pytest.mark.parametrize("title,subject", [
    ("Continuing education for veterinarians", "veterinarians"), ("CPD course - Infection control", "Infection control"),
    ("Continuing Professional Development: Wound care", "Wound care"),
    ("Formation continue obligatoire des conducteurs routiers", "conducteurs routiers"),
    ("Formación continua para veterinarios", "veterinarios"), ("Nascholing logopedie", "logopedie"),
    # a subject that begins with the words, and a title of nothing else, stay
    ("Continuing education and training", "Continuing education and training"), ("Continuing education", "Continuing education"),
    ("Continuing medical education: diabetes", "Continuing medical education: diabetes"), ("Excel 2016 ", "Excel 2016 "),
])
def test_continuing_education_words_are_not_the_subject(title, subject):
    # rule 40: "Continuing education for veterinarians" was embedded whole and read P 0111
    from mcclassify.text import without_cpd_lead
    assert without_cpd_lead(title) == subject


@pytest.mark.parametrize("lang,title,expected", [
    # health professions whose plural or genitive the stems missed (probe of 120 titles in 12 languages, 2026-12-05)
    ("hu", "Továbbképzés radiográfusoknak", ["radiology"]), ("bg", "Обучение за парамедици", ["ambulance"]),
    ("ro", "Curs pentru logopezi", ["speech therapy"]), ("el", "Σεμινάριο για μαίες", ["midwifery"]),
    ("sl", "Izobraževanje za radiološke inženirje", ["radiology"]), ("lt", "Mokymai greitosios pagalbos darbuotojams", ["ambulance"]),
    ("mt", "Taħriġ għar-radjografi", ["radiology"]), ("fi", "Täydennyskoulutus bioanalyytikoille", ["laboratory"]),
    # pharmacology is pharmacy, not the farming of "farm" (probe of continuing education in 26 languages)
    ("hr", "Trajno usavršavanje ljekarnika: farmakoterapija", ["pharmacy"]), ("sk", "Farmakológia", ["pharmacy"]),
    ("hu", "Farmakológia", ["pharmacy"]), ("hr", "Farma mliječnih krava", ["farming", "dairy"]),
    # dogs' grooming, domestic workers, trades
    ("cs", "Kurz střihu psů", ["pets"]), ("de", "Hundefriseur Kurs", ["pets"]), ("sq", "Kurs për qethjen e qenve", ["pets"]),
    ("lv", "Kursi mājkalpotājām", ["household"]), ("hr", "Tečaj za kućne pomoćnice", ["household"]),
    ("fi", "Kondiittorikurssi", ["bakery"]), ("sl", "Tapetniški tečaj", ["upholstery"]),
])
def test_professions_and_trades_in_their_plurals_and_compounds(lang, title, expected):
    assert glossary(lang).words(title) == expected


@pytest.mark.parametrize("lang,title,expected", [
    # social-work courses: crisis intervention, support for victims of domestic violence and family counselling were
    # unglossed or "consulting" (M 0413) in 12 languages (probe of 84 titles, 2026-12-05)
    ("sk", "Krízová intervencia – výcvik", ["crisis intervention"]), ("fi", "Kriisi-interventio – koulutus", ["crisis intervention"]),
    ("el", "Παρέμβαση σε κρίση", ["crisis intervention"]), ("hr", "Podrška žrtvama obiteljskog nasilja", ["domestic violence"]),
    ("lt", "Pagalba smurto artimoje aplinkoje aukoms", ["domestic violence"]), ("ro", "Consiliere familială", ["family counselling"]),
    ("sl", "Družinsko svetovanje", ["family counselling"]), ("hu", "Családkonzultáció", ["family counselling"]),
    ("lv", "Apmācības atkarību konsultantiem", ["addiction"]), ("bg", "Обучение за консултанти по зависимости", ["consulting", "addiction"]),
    # teaching assistants and school principals (probe of 84 education titles in 12 languages, 2026-12-05); the
    # assistants were "teacher" until the forty-eighth session gave them their own concept (as teachers: EQF 6)
    ("hr", "Tečaj za pomoćnike u nastavi", ["teaching assistant"]), ("ro", "Curs asistent educațional", ["teaching assistant"]),
    ("fi", "Koulunkäynninohjaajan koulutus", ["teaching assistant"]), ("sk", "Funkčné vzdelávanie riaditeľov škôl", ["school"]),
    # video editing, event photography and ad copywriting (probe of 84 media titles in 12 languages, 2026-12-05)
    ("sk", "Kurz strihu videa", ["video"]), ("lv", "Video montāžas kursi", ["video"]), ("mt", "Kors tal-editjar tal-vidjo", ["video"]),
    ("hu", "Rendezvényfotós tanfolyam", ["photography"]), ("sl", "Tečaj pisanja oglasnih besedil", ["copywriting"]),
    # "depending on" is not addiction
    ("lv", "Cena atkarībā no grupas lieluma", []), ("sl", "Cena v odvisnosti od števila udeležencev", []),
])
def test_social_work_concepts(lang, title, expected):
    assert glossary(lang).words(title) == expected


def test_a_short_sentence_that_names_a_subject_stays_once_its_workload_is_off():
    # rule 39: "Sudură MIG/MAG, 180 de ore, certificat ANC." left only "Sudură" and went whole
    from mcclassify.gloss import gloss_pair, without_stated_facts
    assert "Sudură" in without_stated_facts("Curs\nSudură MIG/MAG, 180 de ore, certificat ANC.", "ro")
    text, title = gloss_pair("Curs pentru începători\nSudură MIG/MAG, 180 de ore, certificat ANC.", "Curs pentru începători", "ro")
    assert title == text == "welding"
    # a sentence left with no subject still goes: a mode, a digital badge's adjective, a final project
    assert without_stated_facts("Kurssi\nVerkkokurssi. Kesto 6 h. Digitaalinen osaamismerkki.", "fi").count("Digitaalinen") == 0
    assert "projektas" not in without_stated_facts("Kursai\nBaigiamasis projektas ir sertifikatas. 8 savaitės.", "lt")


@pytest.mark.parametrize("title,bare", [
    ("Formation «Excel avancé»", "Formation Excel avancé"), ("Kurs „Excel für Fortgeschrittene“", "Kurs Excel für Fortgeschrittene"),
    ("Szkolenie „Obsługa wózków widłowych”", "Szkolenie Obsługa wózków widłowych"), ("Kurz: \"Účetnictví\"", "Kurz: Účetnictví"),
    # quotes elsewhere stay
    ("\"Excel\" Kurs", "\"Excel\" Kurs"), ("Kurs \"A\" und \"B\"", "Kurs \"A\" und \"B\""), ("Formation Excel", "Formation Excel"),
])
def test_a_subject_quoted_after_a_course_word_loses_its_quotes(title, bare):
    from mcclassify.text import without_subject_quotes
    assert without_subject_quotes(title) == bare


def test_a_quoted_subject_is_embedded_without_its_course_word():
    # rule 34: "Formation «Excel avancé»" had been embedded as the whole title and read P
    from mcclassify.gloss import gloss_pair
    assert gloss_pair("Formation «Excel avancé»\nDurée : 14 heures", "Formation «Excel avancé»", "fr")[1] == "Excel"
    assert gloss_pair("Kurz „Účetnictví pro začátečníky“", "Kurz „Účetnictví pro začátečníky“", "cs")[1] == "bookkeeping"


@pytest.mark.parametrize("lang,text,words", [
    # a drug plant is the pharmaceutical industry; the adjective alone stays with the pharmacy it mostly names
    ("el", "Ορθή παρασκευαστική πρακτική για τη φαρμακοβιομηχανία", ["pharmaceutical industry"]),
    ("ro", "GMP în industria farmaceutică", ["pharmaceutical industry"]), ("ro", "Curs de asistent farmaceutic", ["pharmaceutical"]),
    ("cs", "Farmaceutický asistent", ["pharmacy technician"]),  # its own concept since 2026-12-05
    # a dairy plant is food processing, milking is farming
    ("sk", "Kurz pre laborantov v mliekárenstve", ["dairy processing"]), ("da", "Mejerist – grundforløb", ["dairy processing"]),
    ("de", "Molkereifachmann: Käse und Joghurt", ["dairy processing"]),
    # repairs of personal goods (NACE 95, S): shoes, watches, bicycles, appliances
    ("hu", "Cipőjavító tanfolyam", ["shoe repair"]), ("it", "Corso per calzolaio", ["shoe repair"]),
    ("es", "Calzado de seguridad en la obra", ["footwear"]),
    ("pl", "Kurs zegarmistrzowski", ["watch repair"]), ("ca", "Curs de rellotgeria", ["watch repair"]),
    ("hu", "4 órás tanfolyam", []),  # "órás" alone is also "hours long"
    ("lt", "Dviračių remonto kursai", ["bicycle repair"]), ("no", "Kurs i sykkelreparasjon", ["bicycle repair"]),
    ("fr", "Formation réparateur électroménager", ["household appliances"]),
    ("tr", "Cep telefonu tamiri kursu", ["smartphone", "repair"]),
    # Croatian shellfish ("školjka") is no school; Lithuanian special needs in the instrumental case
    ("hr", "Tečaj uzgoja školjkaša", ["aquaculture"]), ("hr", "Priprema jela od školjki", ["shellfish"]),
    ("lt", "Vaikų su specialiaisiais ugdymosi poreikiais ugdymas", ["children", "special needs"]),
    # adult basic education: numeracy is not university mathematics, and literacy in more languages
    ("ga", "Matamaitic bhunúsach do dhaoine fásta", ["numeracy"]), ("sv", "Vardagsmatematik för vuxna", ["numeracy"]),
    ("sv", "Matematik för ingenjörer", ["mathematics", "engineering"]),
    ("lt", "Skaitymo ir rašymo kursai suaugusiesiems", ["literacy"]),
])
def test_the_probe_listings_of_the_thirty_sixth_session(lang, text, words):
    assert glossary(lang).words(text) == words


@pytest.mark.parametrize("lang,text,words", [
    # subjects no glossary had a word for (a probe of 30 subjects in cs, hu, ro, fi, 2026-12-04)
    ("cs", "Biotechnologie v praxi", ["biotechnology"]), ("el", "Εισαγωγή στη βιοτεχνολογία", ["biotechnology"]),
    ("el", "Βιοτεχνία ενδυμάτων", ["crafts", "clothing"]),  # a small clothing works stays a works
    ("hu", "Játékfejlesztés Unity-ben", ["video games"]), ("fi", "Pelinkehityksen kurssi", ["video games"]),
    ("cs", "Kurz vývoje her", ["video games"]), ("cs", "Kurz hry na kytaru", ["musical instrument"]),
    ("ro", "Curs de dezvoltare personală", ["personal development"]), ("hu", "Személyiségfejlesztő tréning", ["personal development"]),
    # a soft-skills course promises self-confidence; that is no personal-development course
    ("cs", "Prezentační dovednosti: získáte sebevědomí při vystupování", ["public speaking"]),
    ("lv", "Meteoroloģijas pamati", ["meteorology"]), ("hr", "Tečaj astronomije za početnike", ["astronomy"]),
    # medical specialties by name (the words ending in -logy of 30,000 common words, read for what no stem matched)
    ("cs", "Kardiologie pro praktické lékaře", ["cardiology", "physician", "medical"]), ("uk", "Хіміотерапія: догляд", ["oncology", "care"]),
    ("el", "Φυσιολογικές τιμές", []),  # Greek "physiological" is "normal": no stem for physiology there
    ("fi", "Lastentautien täydennyskoulutus", ["paediatrics"]), ("hu", "Nőgyógyászati továbbképzés", ["gynaecology"]),
    ("cs", "Psychoterapeutický výcvik", ["psychology"]), ("lt", "Ekologija ir aplinkosauga", ["environment"]),
    # pilots are aviation, a pilot project is not; Greek guards of security are no prisons
    ("cs", "Meteorologie pro piloty", ["meteorology", "aviation"]), ("cs", "Pilotní projekt pro obce", ["project", "municipality"]),
    ("ro", "Proiect pilot", ["project"]), ("et", "Pilootprojekt", ["project"]), ("hu", "Pilótaképzés", ["aviation"]),
    ("el", "Εκπαίδευση φυλάκων ασφαλείας", ["security guard"]), ("el", "Εκπαίδευση υπαλλήλων φυλακών", ["prison"]),
])
def test_the_probe_subjects_of_the_thirty_eighth_session(lang, text, words):
    assert glossary(lang).words(text) == words


@pytest.mark.parametrize("lang,text", [("cs", "Kurz pro pracovníky v zoologické zahradě"), ("ro", "Grădina zoologică"),
                                       ("el", "Ζωολογικός κήπος"), ("bg", "Зоологическа градина")])
def test_a_zoos_keepers_are_no_biologists(lang, text):
    """The adjective "zoological" names the zoo far more often than zoology, so no glossary stems it."""
    assert "biology" not in glossary(lang).words(text)


@pytest.mark.parametrize("lang,title,embedded", [
    # a computer or smartphone course for older people is everyday digital skills (rule 35), not the ICT trade
    ("cs", "Počítač pro seniory", "digital skills for everyday life, computer use"),
    ("hu", "Számítógép és okostelefon időseknek", "digital skills for everyday life, computer use"),
    ("sl", "Osnovna računalniška pismenost za starejše", "digital skills for everyday life, computer use"),
    ("pl", "Komputer i smartfon dla seniorów", "digital skills for everyday life, computer use"),
    # another subject for them, their care, or a computer course for another audience are as before
    ("cs", "Excel pro seniory", "Excel spreadsheets"), ("cs", "Péče o seniory", "care, elderly"),
    # "for" in more languages: before the people (ru, lb, sq, cy, ga), joined to them (mt) or after them (tr, eu);
    # computer literacy (sv) and IT (da) are the use of a computer too
    ("ru", "Компьютерные курсы для пенсионеров", "digital skills for everyday life, computer use"),
    ("lb", "Computercours fir Senioren", "digital skills for everyday life, computer use"),
    ("sq", "Kurs kompjuteri për të moshuar", "digital skills for everyday life, computer use"),
    ("cy", "Cwrs cyfrifiadur ar gyfer pobl hŷn", "digital skills for everyday life, computer use"),
    ("cy", "Cwrs cyfrifiadur i bobl hŷn", "digital skills for everyday life, computer use"), ("cy", "Cwrs cyfrifiadur i blant", "computer"),
    ("ga", "Cúrsa ríomhaireachta do dhaoine scothaosta", "digital skills for everyday life, computer use"),
    ("mt", "Kors tal-kompjuter għall-anzjani", "digital skills for everyday life, computer use"),
    ("tr", "Yaşlılar için bilgisayar kursu", "digital skills for everyday life, computer use"),
    ("eu", "Informatika ikastaroa adinekoentzat", "digital skills for everyday life, computer use"),
    ("sv", "Datorkunskap för seniorer", "digital skills for everyday life, computer use"),
    ("da", "IT for seniorer", "digital skills for everyday life, computer use"),
    ("hr", "Informatička radionica za umirovljenike", "digital skills for everyday life, computer use"),
    ("cs", "Počítač pro děti", "computer"),
])
def test_a_computer_course_for_older_people_is_everyday_digital_skills(lang, title, embedded):
    from mcclassify.gloss import gloss_pair
    assert gloss_pair(title, title, lang)[1] == embedded


def test_the_whole_text_of_a_computer_course_for_older_people_names_it_as_its_title_does():
    """With "computer, elderly" in the whole text, such a course read elderly care's field (0921)."""
    from mcclassify.gloss import gloss_pair
    text = "Számítógépes tanfolyam időseknek\nAlapok: egér, billentyűzet, internet, e-mail."
    assert gloss_pair(text, "Számítógépes tanfolyam időseknek", "hu")[0] == "digital skills for everyday life, computer use, elderly"
    assert gloss_pair("Počítač pro děti", "Počítač pro děti", "cs")[0] == "computer, children"


@pytest.mark.parametrize("lang,text,words", [
    # a company's buying is purchasing, public tendering procurement: one word for both read "Leergang
    # Inkoopmanagement (NEVI)" as public administration (O), the sector of the seed's public-procurement topic
    ("nl", "Leergang Inkoopmanagement (NEVI)", ["purchasing"]), ("nl", "Aanbestedingsrecht voor gemeenten", ["procurement", "municipality"]),
    ("de", "Einkäufer im Mittelstand", ["purchasing"]), ("de", "Vergaberecht kompakt", ["procurement"]),
    ("fr", "Acheteur mode et merchandising", ["purchasing"]), ("fr", "Marchés publics : les fondamentaux", ["procurement"]),
    ("ro", "Curs Agent de achiziții", ["purchasing"]), ("ro", "Curs Expert achiziții publice", ["procurement"]),
    ("hu", "Beszerzési referens képzés", ["purchasing"]), ("hu", "Közbeszerzési referens képzés", ["procurement"]),
    ("hr", "Referent nabave", ["purchasing"]), ("hr", "Javna nabava – osnovni tečaj", ["procurement"]),
    ("pl", "Kurs zakupowca", ["purchasing"]), ("pl", "Prawo zamówień publicznych", ["procurement"]),
    ("lv", "Publisko iepirkumu speciālists", ["procurement"]), ("uk", "Закупівлі для малого бізнесу", ["purchasing"]),
    # the public's buying named with the company word (a sweep of titles: "Opinber innkaup", "Javne nabavke")
    ("is", "Opinber innkaup", ["procurement"]), ("sr", "Javne nabavke", ["procurement"]), ("sr", "Referent nabavke", ["purchasing"]),
    ("fr", "Marchés publics pour les acheteurs publics", ["procurement"]), ("da", "Offentlige indkøb", ["procurement"]),
    ("de", "Öffentlicher Einkauf", ["procurement"]), ("nl", "Overheidsinkoop en aanbesteden", ["procurement"]),
])
def test_purchasing_and_public_procurement_are_two_concepts(lang, text, words):
    assert [w for w in glossary(lang).words(text) if w in ("purchasing", "procurement", "municipality")] == words


@pytest.mark.parametrize("lang,title,embedded", [
    # courses in office programs for users: "computer" alone reads J (the ICT trade); the sweep `computer_operator`
    # read 22 of 24 as J, and a probe of 24 computer-course listings 19 (2026-12-05)
    ("es", "Curso de ofimática", "office software"), ("fr", "Formation bureautique", "office software"),
    ("pl", "Kurs obsługi komputera dla bezrobotnych", "office software"), ("sk", "Kurz práce s PC", "office software"),
    ("cs", "Rekvalifikační kurz Obsluha osobního počítače", "office software"), ("hu", "Számítógép-kezelő képzés", "office software"),
    ("bg", "Курс за оператор на компютър", "office software"), ("lt", "Kompiuterio operatoriaus kursai", "office software"),
    ("tr", "Bilgisayar İşletmenliği Kursu", "office software"), ("ru", "Курсы пользователя ПК", "office software"),
    ("de", "MS Office Grundkurs", "office software"), ("en", "Microsoft Office for beginners", "office software"),
    # computer literacy is everyday digital skills; a computer course, or computer science, stays "computer"
    ("sl", "Računalniško opismenjevanje za brezposelne", "digital skills for everyday life, computer use"),
    ("lv", "Datorprasmju kursi", "digital skills for everyday life, computer use"),
    ("cs", "Kurz informatiky", "computer"), ("es", "Curso de informática", "computer"),
    # garden maintenance is landscaping, not care or industrial maintenance (a probe of 24 titles: 13 sectors wrong)
    ("da", "Kursus i havepleje", "landscape gardening, parks and gardens maintenance"),
    ("pl", "Kurs pielęgnacji ogrodów", "landscape gardening, parks and gardens maintenance"),
    ("es", "Curso de mantenimiento de jardines", "landscape gardening, parks and gardens maintenance"),
    ("el", "Σεμινάριο φροντίδας κήπου", "landscape gardening, parks and gardens maintenance"),
    ("es", "Curso de mantenimiento industrial", "industrial maintenance"), ("da", "Pleje af ældre", "care, elderly"),
    # plastering is a building trade ("plastering" alone sat at a tie with C, plaster products: 16 of 23 titles read C)
    ("ro", "Curs tencuitor", "plastering, building finishing"), ("bg", "Курс за мазач", "plastering, building finishing"),
    ("fi", "Rappaajan kurssi", "plastering, building finishing"),
    # market research is marketing; "research" alone reads biology's field (0511)
    ("sk", "Prieskum trhu – kurz", "market research, marketing"), ("el", "Σεμινάριο έρευνας αγοράς", "market research, marketing"),
    ("lt", "Rinkos tyrimų kursai", "market research, marketing"), ("sl", "Raziskovalne metode", "research"),
    ("sq", "Kurs floktarie", "hairdressing"),
    # automotive trades (a probe of 96 titles in 16 languages, 2026-12-05): auto electricians read F or D as
    # electricians, tyre fitters ISCED 0412 (finance), some car painters were unglossed
    ("sl", "Tečaj za avtoelektričarje", "automotive electrician, repair of vehicle electrical systems"),
    ("ro", "Curs de electrician auto", "automotive electrician, repair of vehicle electrical systems"),
    ("ro", "Curs de electrician", "electrical, electrician, electrical installation"),
    ("da", "Dækmontørkursus", "tyre fitting and repair, vehicle mechanics"),
    ("sv", "Billackerarkurs", "car body repair, vehicle mechanics"),
])
def test_the_probe_subjects_of_the_forty_seventh_session(lang, title, embedded):
    from mcclassify.gloss import gloss_pair
    assert gloss_pair(title, title, lang)[1] == embedded


@pytest.mark.parametrize("lang,title,words", [
    # food production trades (a probe of 128 titles in 16 languages, 2026-12-05: 48 sectors wrong, most as
    # hospitality): food technology was "food" (I 1013), chocolate unglossed, sausages and butchers missing
    ("de", "Lebensmitteltechnologie kompakt", ["food technology"]), ("pl", "Technologia żywności – kurs", ["food technology"]),
    ("el", "Τεχνολογία τροφίμων – σεμινάριο", ["food technology"]), ("hu", "Csokoládékészítő tanfolyam", ["chocolate making"]),
    ("fi", "Suklaakurssi", ["chocolate making"]), ("pl", "Kurs wyrobu wędlin", ["meat"]), ("el", "Σεμινάριο αλλαντοποιίας", ["meat"]),
    ("lv", "Miesnieka kursi", ["meat"]), ("et", "Lihuniku koolitus", ["meat"]), ("sv", "Korvkurs", ["meat"]),
    ("sv", "Ostkurs: ysta egen ost", ["cheese making"]), ("hr", "Tečaj izrade sira", ["cheese making"]),
    ("fi", "Oluenpanokurssi", ["brewing"]), ("sl", "Tečaj varjenja piva", ["brewing"]), ("sl", "Tečaj varjenja", ["welding"]),
    # words that began a meat or plastering stem in another sense: muscles, mass, mixed, funny, window cleaning,
    # and a Swedish town
    ("pl", "Trening mięśni głębokich", []), ("fi", "Lihashuollon kurssi", ["massage"]), ("cs", "Masová komunikace", ["communication"]),
    ("sk", "Masové médiá", ["media"]), ("hr", "Mešoviti tečaj", []), ("da", "Det er pudsigt", []), ("sv", "Fönsterputsning", []),
    ("sv", "Kurs i Ystad", []), ("pl", "Zakład mięsny – szkolenie", ["meat"]), ("cs", "Zpracování masa", ["meat"]),
    ("sv", "Putsarkurs", ["plastering"]), ("da", "Pudsekursus", ["plastering"]),
    # crafts (a probe of 112 titles in 16 languages, 2026-12-05): weaving was unglossed, shoemakers read hair and
    # beauty's field (1012) as "shoe repair", some sewing, tailoring and goldsmith words were missing
    ("hr", "Tečaj tkanja", ["weaving"]), ("fi", "Kudontakurssi", ["weaving"]), ("sv", "Vävkurs", ["weaving"]),
    ("sk", "Kurz tkania", ["weaving"]), ("cs", "Kurz tkaní", ["weaving"]), ("sv", "Skräddarkurs", ["sewing"]),
    ("da", "Sykursus for begyndere", ["sewing"]), ("sk", "Zlatnícky kurz", ["jewellery"]), ("lv", "Kurpnieka kursi", ["shoe repair"]),
    # tissue is no weaving (Slovak "tkanivo", Czech "tkání", Romanian "țesut"), nor Rafina sewing
    ("sk", "Epitelové tkanivo", []), ("cs", "Nemoci pojivových tkání", []), ("ro", "Țesut conjunctiv", []),
    ("el", "Ξενοδοχείο στη Ραφήνα", ["hotel"]), ("el", "Σεμινάριο ραφής", ["sewing"]),
    # farming (a probe of 128 titles in 16 languages, 2026-12-05): horse care read as nursing or care, sheep,
    # fish and mushroom farming were unglossed in five languages, a tractor driver read as a lorry driver
    ("hu", "Lóápoló tanfolyam", ["horses"]), ("pl", "Kurs opieki nad końmi", ["horses"]), ("hr", "Tečaj njege konja", ["horses"]),
    ("hr", "Njega bolesnika", ["nursing", "care"]), ("hu", "Juhtenyésztő tanfolyam", ["livestock"]), ("sl", "Tečaj reje ovc", ["livestock"]),
    ("sl", "Tečaj gojenja rib", ["aquaculture"]), ("fi", "Kalankasvatuksen kurssi", ["aquaculture"]),
    ("ro", "Curs de ciupercicultură", ["horticulture"]), ("pl", "Kurs kierowcy ciągnika", ["tractor"]),
    # building trades (a probe of 128 titles in 16 languages, 2026-12-05): glaziers were "glass" (A 1013),
    # stonemasons and formwork carpenters unglossed; roofers, insulation and drywall missing in a few languages
    ("hu", "Üveges tanfolyam", ["glazier"]), ("ro", "Curs de geamgiu", ["glazier"]), ("fi", "Lasittajan kurssi", ["glazier"]),
    ("hr", "Tečaj za klesare", ["stonemasonry"]), ("sv", "Stenhuggarkurs", ["stonemasonry"]), ("bg", "Курс за кофражист", ["formwork"]),
    ("et", "Raketisepa koolitus", ["formwork"]), ("ro", "Curs de acoperitor", ["roofing"]), ("lv", "Jumiķa kursi", ["roofing"]),
    ("et", "Hoonete soojustamise koolitus", ["insulation"]), ("pl", "Kurs montażu płyt g-k", ["drywall"]),
    # and what looked like them: to notice (Slovenian "opaziti"), a mosque, a flower bed, Czech villages
    ("sl", "Opazovanje ptic", []), ("el", "Επίσκεψη στο τζαμί", []), ("pt", "Canteiro de flores", []), ("cs", "Kamenice nad Lipou", []),
    # utilities (a probe of 128 titles in 16 languages, 2026-12-05): gas distribution networks read F (gas
    # installers), B or J (networks); power lines were unglossed in Swedish and Danish (read S)
    ("cs", "Obsluha plynárenských zařízení", ["gas network"]), ("lv", "Gāzes tīklu ekspluatācijas kursi", ["gas network"]),
    ("sv", "Gasnätsdrift – kurs", ["gas network"]), ("da", "Arbejde på elledninger – kursus", ["power grid"]),
    ("pl", "Prace przy liniach energetycznych – szkolenie", ["power grid"]),
    # a sorting plant is a mine's as much as a waste plant's: left unglossed
    ("sv", "Sorteringslinjeoperatör – kurs", []), ("da", "Sorteringsanlægsoperatør – kursus", []),
    # business services (a probe of 128 titles in 16 languages, 2026-12-05): debt collection was unglossed (read M,
    # I, Q, J), bank clerks read public administration ("úradník", "funcționar", "službenik": an official)
    ("cs", "Vymáhání pohledávek – kurz", ["debt collection"]), ("sl", "Izterjava terjatev – tečaj", ["debt collection"]),
    ("sv", "Inkasso – kurs", ["debt collection"]), ("fi", "Perinnän kurssi", ["debt collection"]), ("fi", "Suomalainen perinne", []),
    ("sk", "Kurz pre bankových úradníkov", ["bank"]), ("ro", "Curs pentru funcționari bancari", ["bank"]),
    ("hr", "Tečaj za bankovne službenike", ["bank"]), ("sk", "Kurz pre úradníkov samosprávy", ["public administration", "municipality"]),
    ("fi", "Asiakaspalvelukeskuksen koulutus", ["call centre"]),
    # health support roles (a probe of 128 titles in 16 languages, 2026-12-05): blood sampling, hearing aids,
    # clinical coding (read as programming) and sterile services were unglossed; ambulance drivers read as drivers (H)
    ("hr", "Tečaj vađenja krvi", ["phlebotomy"]), ("fi", "Verinäytteenoton kurssi", ["phlebotomy"]),
    ("lv", "Dzirdes aparātu speciālistu kursi", ["hearing aids"]), ("fi", "Toimenpidekoodauksen kurssi", ["clinical coding"]),
    ("tr", "Tıbbi kodlama kursu", ["clinical coding"]), ("fi", "Välinehuoltajan kurssi", ["sterile services"]),
    ("hr", "Tečaj za vozače hitne pomoći", ["ambulance"]), ("fi", "Ensihoidon kuljettajan kurssi", ["ambulance"]),
    ("et", "Farmaatsiatehniku koolitus", ["pharmacy", "pharmacy technician"]),
    # hospitality (a probe of 128 titles in 16 languages, 2026-12-05): room attendants were unglossed in 16
    # languages (read M, A, Q, J); a Greek sommelier, a Hungarian bartender and event catering were missing
    ("pl", "Kurs pokojowej", ["housekeeping"]), ("pl", "Pokojowa Nagroda Nobla", []), ("hu", "Szobaasszony tanfolyam", ["housekeeping"]),
    ("fi", "Kerroshoitajan kurssi", ["housekeeping"]), ("tr", "Kat hizmetleri kursu", ["housekeeping"]),
    ("el", "Σεμινάριο οινοχόων", ["sommelier"]), ("hu", "Bártender tanfolyam", ["bartender"]),
    # manufacturing operations (a probe of 128 titles in 16 languages, 2026-12-05): packaging-line operators and
    # assemblers were unglossed or installation (F), printers unglossed in six languages
    ("sk", "Obsluha baliacich liniek – kurz", ["packaging"]), ("fi", "Pakkauskoneenhoitajan kurssi", ["packaging"]),
    ("cs", "Kurz montážního dělníka", ["assembly"]), ("fi", "Kokoonpanijan kurssi", ["assembly"]), ("et", "Koostaja koolitus", ["assembly"]),
    ("ro", "Curs de tipograf", ["printing"]), ("fi", "Painajan kurssi", ["printing"]), ("lt", "Staklių operatoriaus kursai", ["machinery"]),
    # a press release and a press officer are the media's, not printing
    ("cs", "Jak psát tiskové zprávy", ["media"]), ("sk", "Tlačový hovorca", ["media"]), ("cs", "Kurz tiskaře ofsetu", ["printing"]),
    # transport (a probe of 128 titles in 16 languages, 2026-12-05): sailors, couriers, a Hungarian freight
    # dispatcher, Latvian taxi and train drivers and a Bulgarian locomotive driver were unglossed or read otherwise
    ("hr", "Tečaj za mornare", ["ship"]), ("et", "Madruse koolitus", ["ship"]), ("da", "Matroskursus", ["ship"]),
    ("ro", "Curs de curier", ["courier"]), ("fi", "Lähettikurssi", ["courier"]), ("da", "Budkursus", ["courier"]),
    ("lv", "Taksometru vadītāju kursi", ["taxi"]), ("bg", "Курс за машинисти на локомотив", ["railway"]),
    # security services beyond guards (a probe of 96 titles in 16 languages, 2026-12-05): bodyguards, CCTV
    # operators (read F, the installers'), private detectives and cash-in-transit staff (read H) were unglossed
    ("hr", "Tečaj za tjelohranitelje", ["bodyguard"]), ("sv", "Livvaktsutbildning", ["bodyguard"]),
    ("lv", "Videonovērošanas operatoru kursi", ["video surveillance"]),
    ("fi", "Kameravalvojan kurssi", ["video surveillance"]), ("fi", "Kameravalvonnan kurssi", ["alarm systems"]),
    ("lt", "Privačių detektyvų kursai", ["private detective"]), ("pl", "Kurs detektywa", ["private detective"]),
    ("pl", "Powieść detektywistyczna", []), ("sl", "Tečaj za prevoz gotovine", ["cash in transit"]),
    ("da", "Værditransport – kursus", ["cash in transit"]),
    # beauty and spa (a probe of 96 titles in 16 languages, 2026-12-05): spa therapists read Q as therapists;
    # barbers, eyelash extensions and permanent make-up were unglossed in a few languages
    ("pl", "Kurs terapeuty SPA", ["spa therapy"]), ("hu", "Wellness terapeuta tanfolyam", ["spa therapy"]),
    ("sv", "Spaterapeut – kurs", ["spa therapy"]),
    ("sl", "Tečaj za brivce", ["hairdressing"]), ("lt", "Barzdaskučio kursai", ["hairdressing"]), ("hu", "Műszempilla-építő tanfolyam", ["beauty"]),
    ("et", "Püsimeigi koolitus", ["makeup"]), ("fi", "Kestopigmentointikurssi", ["makeup"]),
    # energy trades (a probe of 128 titles in 16 languages, 2026-12-05): charging-station installers read G with
    # the electric vehicle, biomass boilers A, hydrogen chemistry's field, energy storage H (a store), wind turbines
    # unglossed in five languages
    ("sl", "Namestitev polnilnic za električna vozila", ["electric vehicle", "EV charging"]), ("da", "Biomassekedler – kursus", ["biomass heating"]),
    ("fi", "Energiavarastojen kurssi", ["energy storage"]), ("et", "Tuuleturbiini tehniku koolitus", ["wind power"]),
    ("cs", "Instalace tepelných čerpadel", ["heating", "heat pump"]), ("cs", "Instalatér – kurz", ["plumbing"]),
    # instructors (a probe of 128 titles in 16 languages, 2026-12-05): driving instructors read H as drivers,
    # mountain guides A or H
    ("sk", "Kurz inštruktora autoškoly", ["driving instructor"]), ("lt", "Vairavimo instruktorių kursai", ["driving instructor"]),
    ("ro", "Curs de instructor auto", ["driving instructor"]), ("bg", "Курс за планински водачи", ["mountain guide"]),
    ("fi", "Vuoristo-oppaan kurssi", ["mountain guide"]),
    # culture and public service (a probe of 128 titles in 16 languages, 2026-12-05): court staff read M, S, C or
    # B and stage technicians J, M or S; both were unglossed
    ("ro", "Curs pentru grefieri", ["courts"]), ("hu", "Bírósági ügyintéző képzés", ["courts"]), ("sv", "Utbildning för domstolshandläggare", ["courts"]),
    ("pl", "Kurs dla urzędników sądowych", ["courts"]), ("cs", "Kurz jevištního technika", ["stage technology"]),
    ("fi", "Näyttämöteknikon kurssi", ["stage technology"]), ("sk", "Kurz knihovníka", ["library"]),
    # Polish judiciary and orcharding fold to one word ("sądownictwo", "sadownictwo"): left to farming, as before
    ("pl", "Kurs sadownictwa", ["farming"]),
    # social care (a probe of 128 titles in 16 languages, 2026-12-05): work with the homeless and personal
    # assistance for disabled people were unglossed; home help read T (households) beside home care
    ("hr", "Rad s beskućnicima – tečaj", ["homelessness"]), ("lv", "Darbs ar bezpajumtniekiem – kursi", ["homelessness"]),
    ("sk", "Kurz osobnej asistencie", ["personal assistance"]), ("hu", "Személyi segítő tanfolyam", ["personal assistance"]),
    ("sv", "Hemtjänst – kurs", ["home care"]), ("da", "Hjemmehjælper – kursus", ["home care"]),
    ("cs", "Kurz pečovatelky v domácnosti", ["home care"]),
])
def test_the_trade_families_of_the_forty_seventh_session(lang, title, words):
    """Probes of one family of trades each, 96 to 128 titles in 16 languages written with their answers (2026-12-05);
    the titles the glossaries missed or read in another sense, and the words that looked like the new stems."""
    assert glossary(lang).words(title) == words


@pytest.mark.parametrize("concept,phrase", [
    # phrases that read the trade where the key alone read another (the forty-seventh session's probes)
    ("food technology", "food technology, food manufacturing"),
    ("chocolate making", "chocolate making, confectionery manufacturing"),
    ("paper", "paper and pulp manufacturing"),
    ("shoe repair", "shoe repair, footwear and leather crafts"),
    ("weaving", "weaving, textile crafts"),
    ("call centre", "call centre agents, answering customer calls, office administration"),
    ("debt collection", "debt collection agency services"),
    # (49th session) "ultrasound" alone read Q at a near tie with M, tipped to M in three languages by a seed topic
    ("ultrasound", "medical ultrasound"),
    ("hydrogen", "hydrogen energy technology"),
    ("EV charging", "EV charging station installation, electrical installation work in buildings"),
    # the forty-eighth session's roles, read at the role's level where the profession's word read another
    ("podiatry", "podiatry, medical foot care"),
    ("shop assistant", "shop assistant, retail sales in a store"),
    ("pharmacy technician", "pharmacy technician, pharmacy assistant"),
    ("teaching assistant", "teaching assistant in schools"),
    ("drugstore", "drugstore retail, sales assistant in a chemist's shop"),
    ("bookselling", "bookshop, retail sale of books"),
])
def test_the_new_concepts_are_embedded_as_their_trades(concept, phrase):
    """Phrases of the forty-seventh and forty-eighth sessions' concepts: each reads the trade or role where the key
    alone read another."""
    from mcclassify.gloss import english
    assert english([concept]) == phrase


@pytest.mark.parametrize("lang,text", [
    # words of the forty-seventh session's concepts in another sense, seen in the embedded texts of the ESCO
    # occupations and the fresh topics: a geologist's sampling, a film's video operator
    ("sv", "Provtagning av berggrund och malm"), ("fr", "opérateur vidéo/opératrice vidéo"),
])
def test_sampling_rock_and_filming_are_no_health_or_security_work(lang, text):
    assert not {"phlebotomy", "video surveillance"} & set(glossary(lang).words(text))


@pytest.mark.parametrize("lang,title,words", [
    # CPD topics, health professions and retail in 22 languages (the forty-eighth session's probes, 2026-12-05):
    # mediation read as media, drones and events unglossed in the read languages, boat licences unglossed
    ("pl", "Mediacje – szkolenie dla mediatorów", ["mediation"]), ("de", "Ausbildung zum Mediator", ["mediation"]),
    ("tr", "İHA pilotu eğitimi", ["drone"]), ("nl", "Evenementenorganisatie – cursus", ["events"]),
    ("el", "Σεμινάριο βελονισμού", ["acupuncture"]), ("sl", "Tečaj za voditelja čolna", ["ship"]),
    ("bg", "Курс за правоспособност капитан на яхта", ["ship"]),
    ("cs", "Kurz podologie", ["podiatry"]), ("ro", "Curs de ecografie", ["ultrasound"]),
    ("el", "Εργοθεραπεία – σεμινάριο", ["occupational therapy"]), ("lv", "Ortopēdijas tehniķa kursi", ["orthopaedic technology"]),
    ("hu", "Oszteopátia tanfolyam", ["osteopathy"]), ("it", "Scuola di psicoterapia", ["psychology"]),
    ("nl", "Tandtechnicus – opleiding", ["dentist"]),
    ("fi", "Kirjakaupan myyjän koulutus", ["bookselling", "shop assistant"]), ("de", "Drogist – Weiterbildung", ["drugstore"]),
    # the last session's trades in the smaller glossaries, and spellings their stems missed
    ("sr", "Kurs za operatere video nadzora", ["video surveillance"]), ("mk", "Курс за авто-електричар", ["auto electrician"]),
    ("is", "Lífvarðanámskeið", ["bodyguard"]), ("eu", "Gas-sareen ustiapena – ikastaroa", ["gas network"]),
    ("uk", "Курси опалубника", ["formwork"]), ("ca", "Tècnic d'espectacles – curs", ["stage technology"]),
    ("sq", "Puna me të pastrehët – trajnim", ["homelessness"]),
    # roles whose level the profession's word set too high: a shop assistant is not the sales trade (EQF 5), a yoga
    # teacher not a school teacher (6), a pharmacy assistant not a pharmacist (6)
    ("cs", "Kurz prodavače", ["shop assistant"]), ("fi", "Myyjän koulutus", ["shop assistant"]),
    ("hr", "Tečaj za učitelje joge", ["yoga"]), ("pl", "Kurs nauczyciela jogi", ["yoga"]),
    ("sv", "Apoteksassistent – kurs", ["pharmacy technician"]), ("es", "Curso de auxiliar de farmacia", ["pharmacy technician"]),
    ("et", "Õpetaja abi koolitus", ["teaching assistant"]), ("sv", "Kontorsassistent – kurs", ["secretary"]),
    # whole-word stems keep the inflected forms (bakers, a roofer)
    ("sl", "Tečaj za peke", ["bakery"]), ("bg", "Курс за хлебари", ["bakery"]), ("bg", "Курс за покривджия", ["roofing"]),
    # short stems with a second sense among the 30,000-100,000 commonest words of a language, the kind a
    # description carries: a VET course's licence, "covers", cockroaches, "to combine", "possibly", feminism,
    # "statutory", harvest, ice cream, "complicated", "to build" (relationships), "much needed", Beethoven,
    # carbohydrates, "negative", a booklet, "materialistic", fermentation, ham
    ("bg", "Курс за придобиване на правоспособност", []), ("bg", "Курсът покрива основите", []),
    ("bg", "Унищожаване на хлебарки", []), ("bg", "Курс за частен детектив", ["private detective"]),
    ("cs", "Jak skloubit práci a rodinu", []), ("cs", "Eventuelně lze kurz absolvovat online", []),
    ("hr", "Eventualno i online", []), ("sk", "Práca s médiami", ["media"]),
    ("hu", "Feminizmus és társadalom", []), ("fi", "Lakisääteinen ensiapukoulutus", ["first aid"]),
    ("sv", "Skörd och lagring", []), ("sv", "Glass och desserter", []), ("sv", "Krångliga kunder", ["customer"]),
    ("sv", "Bygga relationer med kunder", ["customer"]), ("nl", "De broodnodige kennis", []),
    ("el", "Μπετόβεν: οι σονάτες", []), ("el", "Υδατάνθρακες και διατροφή", ["nutrition"]), ("mk", "Негативни емоции", []),
    ("tr", "Eğitim kitapçığı", []), ("da", "Et materialistisk samfund", []), ("lt", "Fermentacijos kursai", []),
    ("uk", "Шинка та ковбаси", []),
])
def test_the_probes_of_the_forty_eighth_session(lang, title, words):
    """Titles of the session's probes, and words of a second sense that short stems began (the words ranked
    30,000-100,000 in each language's frequency list)."""
    assert glossary(lang).words(title) == words


@pytest.mark.parametrize("lang,title,words", [
    # medical specialties and the forty-seventh and forty-eighth sessions' concepts in the glossaries that lacked
    # them (is sq eu ca mt ga cy; the forty-ninth session's probe, 2026-12-05)
    ("is", "Námskeið í hjartalækningum fyrir heimilislækna", ["cardiology", "physician"]),
    ("is", "Ómskoðun – grunnnámskeið", ["ultrasound"]), ("is", "Lyfjatæknanám", ["pharmacy technician"]),
    ("is", "Námskeið fyrir skólaliða", ["teaching assistant"]), ("is", "Bruggun á bjór – námskeið", ["brewing"]),
    ("sq", "Kurs në kardiologji për mjekët e familjes", ["cardiology", "physician"]),
    ("sq", "Kurs për asistent farmacie", ["pharmacy technician"]),
    ("sq", "Trajnim për mësues ndihmës", ["teaching assistant"]),
    ("eu", "Ekografia ikastaroa", ["ultrasound"]), ("eu", "Domotika ikastaroa", ["building automation"]),
    ("eu", "Sistemen administrazioa Linux-en", ["system administration", "information technology"]),
    ("ca", "Actualització en pediatria", ["paediatrics"]), ("ca", "Curs de dependenta de comerç", ["shop assistant"]),
    ("ca", "Curs de vetllador escolar", ["teaching assistant", "school"]),
    ("mt", "Kors fil-kardjoloġija għat-tobba", ["cardiology", "physician"]),
    ("mt", "Kors ta' assistent tal-ispiżerija", ["pharmacy technician"]),
    ("ga", "Cúrsa i gcairdeolaíocht", ["cardiology"]), ("ga", "Cúrsa do chúntóirí ranga", ["teaching assistant"]),
    ("cy", "Cwrs cynorthwyydd addysgu", ["teaching assistant"]), ("cy", "Cwrs bragu cwrw", ["brewing"]),
])
def test_the_concepts_the_smaller_glossaries_lacked(lang, title, words):
    """Titles of the forty-ninth session's probe (`bench/sweeps.py --sweep small_glossaries_health_retail`)."""
    assert glossary(lang).words(title) == words


@pytest.mark.parametrize("lang,title,words", [
    # pensioners are the elderly, as seniors are, where the word named the pension system or nothing
    ("cs", "Kurz pro důchodce", ["elderly"]), ("sk", "Kurz pre dôchodcov", ["elderly"]),
    ("fi", "Kurssi eläkeläisille", ["elderly"]),
    ("hr", "Tečaj za umirovljenike", ["elderly"]), ("pl", "Kurs dla emerytów", ["elderly"]),
    ("lt", "Kursai pensininkams", ["elderly"]),
    ("de", "Computerkurs für Rentner", ["computer", "elderly"]),
    ("fr", "Informatique pour retraités", ["computer", "elderly"]),
    ("pt", "Informática para aposentados", ["computer", "elderly"]),
    ("ru", "Компьютерные курсы для пенсионеров", ["computer", "elderly"]),
    # the pension system stays the pension: French "retraites" (pensions) beside "retraités" (pensioners), the
    # Finnish social insurance institution, Portuguese "aposentadoria"
    ("fr", "Les retraites complémentaires", ["pension"]), ("fi", "Kansaneläkelaitoksen palvelut", ["pension"]),
    ("pt", "Aposentadoria e INSS", ["pension"]), ("cs", "Důchodové pojištění", ["pension", "insurance"]),
    # a chain saw named with its chain between "motor" and "saw" had glossed "engine"
    ("sk", "Školenie obsluhy motorovej reťazovej píly", ["chainsaw"]),
    ("cs", "Kurz obsluhy motorové řetězové pily", ["chainsaw"]),
    ("hr", "Rad s motornom lančanom pilom", ["chainsaw"]), ("sl", "Delo z motorno verižno žago", ["chainsaw"]),
    # Basque "zahar" (old) began "zaharberritze" (restoration): the elderly's stems are "zaharr" and the whole word
    ("eu", "Eraikinen zaharberritze ikastaroa", ["construction", "renovation"]),
    ("eu", "Pertsona zaharrak zaintzeko ikastaroa", ["elderly", "care"]),
    # more Basque stems that began words of another sense (hunspell-eu): the prosecutor's office, pregnancy, a braid,
    # chestnuts, the menopause
    ("eu", "Fiskaltzaren lana", []), ("eu", "Haurdunaldiko zainketak", ["midwifery"]), ("eu", "Trentza egiteko tailerra", []),
    ("eu", "Tren gidaria", ["railway", "driver"]), ("eu", "Gaztaina biltzea", []), ("eu", "Klimaterioa eta osasuna", ["health"]),
    # a treatment plant's operator is no nurse, the plant a word of its own or the end of a compound
    ("fi", "Jäteveden puhdistamon hoitajan koulutus", ["wastewater"]),
    ("fi", "Jätevedenpuhdistamon hoitajan kurssi", ["wastewater"]),
    ("fi", "Vedenpuhdistamon hoitajan koulutus", ["water"]), ("fi", "Laitoksen hoitaja", []),
])
def test_pensioners_and_chain_saws(lang, title, words):
    """Words of the forty-ninth session's probe of listings with descriptions in 17 languages."""
    assert glossary(lang).words(title) == words


@pytest.mark.parametrize("lang,text,words", [
    # a provider's legal status, its funding or its licensing body is no subject: "adult education" (and "law",
    # "university", "culture, sport") had been glossed into any course's embedded words, and raised the level
    ("et", "Koolitus toimub täiskasvanute koolituse seaduse alusel. Täienduskoolitusasutus OÜ.", []),
    ("hr", "Ustanova za obrazovanje odraslih Algebra. Program je verificiran.", []),
    ("sl", "Ljudska univerza, center za izobraževanje odraslih.", []),
    ("lt", "Suaugusiųjų mokymo centras. Neformalusis suaugusiųjų švietimas.", []),
    ("fi", "Koulutus on aikuiskoulutustuen piirissä. Järjestäjä: Aikuiskoulutuskeskus.", []),
    ("tr", "Kurs, Çankaya Halk Eğitim Merkezi tarafından düzenlenmektedir.", []),
    ("sv", "Kursen ges inom kommunal vuxenutbildning.", []),
    ("sv", "Godkänd av Myndigheten för yrkeshögskolan.", []),
    ("lv", "Programma licencēta Rīgas domes Izglītības, kultūras un sporta departamentā.", []),
    ("da", "Godkendt af Børne- og Undervisningsministeriet.", []),
    ("is", "Barnalækningar – símenntun", ["paediatrics"]),
    # the subject itself still glosses
    ("et", "Täiskasvanute koolitaja kursus", ["adult education"]),
    ("hr", "Obrazovanje odraslih – andragoški tečaj", ["adult education"]),
])
def test_a_providers_status_and_licensing_body_gloss_nothing(lang, text, words):
    """Sentences of a provider's status or licence (the forty-ninth session's probe of 19 languages' accreditation
    lines)."""
    assert glossary(lang).words(text) == words


@pytest.mark.parametrize("line", [
    "Lektor: Ing. Jan Novák, 20 let praxe v bankovnictví a pojišťovnictví.",  # longer than the 60 characters of before
    "Predavač: Ivan Horvat, dipl. ing. strojarstva.", "Лектор: Иван Петров, юрист.",
    "Koolitaja: Mari Tamm, raamatupidaja.",
    "Predavatelj: Janez Novak, odvetnik.", "Pasniedzējs: Jānis Bērziņš, jurists ar 15 gadu pieredzi.",
    "Előadó: Dr. Kiss Péter, ügyvéd", "Kursleder: Ola Nordmann, advokat",
])
def test_who_teaches_is_no_subject_in_more_languages(line):
    """A teacher's line (label, name, trade) is page furniture: its trade ("strojarstva", "юрист", "raamatupidaja") had
    been glossed into the course's words (the forty-ninth session's probe of teachers' lines in 15 languages)."""
    from mcclassify.text import strip_boilerplate

    assert strip_boilerplate("Kurz svařování.\n" + line) == "Kurz svařování."


@pytest.mark.parametrize("line", [
    "Cena zahrnuje občerstvení, oběd a studijní materiály.", "Cijena uključuje osvježenje, ručak i materijale.",
    "Cena vključuje kavo, kosilo in gradiva.", "Cena uključuje kafe pauze, ručak i materijal.",
    "Fiyata öğle yemeği, kahve ikramı ve eğitim materyalleri dahildir.",
])
def test_meals_in_the_price_are_page_furniture_in_more_languages(line):
    """A price line with its meals: Serbian and Turkish ones had glossed "coffee" into a welding course's words."""
    from mcclassify.text import strip_boilerplate

    assert strip_boilerplate("Kurz svařování.\n" + line) == "Kurz svařování."


def test_english_listings_are_glossed_as_every_glossary_language_is():
    """Rule 43: configs/glossary/en.toml. An English title is embedded as its concepts' English words, as the titles of
    every other glossary language are (the heads learned those), the whole text kept with the concepts appended; the
    words English listings use in another sense gloss nothing."""
    from mcclassify.gloss import gloss_pair

    en = glossary("en")
    assert en.text_mode == "append" and en.title_mode == "replace"
    assert en.words("Tyre fitting and wheel alignment for workshop staff") == ["tyres"]
    assert en.words("Plant protection products: sprayer operator certificate") == ["pesticides"]
    assert en.words("Forklift truck operator training") == ["forklift", "truck"]
    # "commissioning" is no commis chef, a treatment plant no excavator's plant, cloud computing no computer
    assert en.words("Solar PV installation and commissioning") == ["solar"]
    assert en.words("Wastewater treatment plant operation") == ["wastewater"]
    assert "computer" not in en.words("Cloud computing with AWS: solutions architect")
    # a language's name is one where it names the language (rule 29), not as an adjective
    assert en.words("Spanish for beginners") == en.words("Business German") == ["language"]
    assert en.words("Spanish cuisine") == []
    # page furniture and the words of a course's practicalities
    for line in ("Coffee breaks and lunch included. Bring your laptop or tablet.", "12 hours of on-demand video",
                 "Legal notice | Privacy policy", "Payment by bank transfer. Price incl. tax.",
                 "An internet connection is required.", "Stage 2 of 3", "5 credits", "Financial aid available",
                 "A supportive learning environment", "Computer-based assessments.", "You need a computer with internet access.",
                 "Attendance recorded on DVSA database; no exam.", "Training undertaken at our centre", "Concrete examples",
                 "News archive", "Drawing on 20 years of experience", "Taught by John Baker and Anna Turner",
                 "Grants available for SMEs", "Delivered in a timely fashion"):
        assert en.words(line) == [], line
    # the data and IT senses of trade words in the public courses' titles
    for title in ("Data Mining with Weka", "Software Design and Architecture", "Data Warehouse Concepts",
                  "Logistic Regression with NumPy", "Build Random Forests in R", "Getting and Cleaning Data",
                  "Save, Load and Export Models with Keras", "Our Solar System and Beyond", "Game mechanics in Unity"):
        assert en.words(title) == [], title
    assert en.words("Mining and quarry safety") == ["mining"] and en.words("Warehouse operations") == ["warehouse"]
    # "VET" is vocational education and training, no veterinary
    assert "veterinary" not in en.words("VET teachers and trainers")
    text, title = gloss_pair("Forklift truck operator training\nThree days.", "Forklift truck operator training", "en")
    assert title == "forklift, truck" and text.startswith("Forklift truck operator") and text.endswith("(forklift, truck)")


def test_english_taxonomy_and_public_examples_keep_their_words(clf):
    """Rule 43: training glosses an English example of the taxonomy (ESCO's concepts, NACE's notes) or of a public
    catalogue with the names alone, its title as written (OWN_WORDS): glossed too, the taxonomy's cost sector top-1 on
    the fresh topics, and the public courses' weak labels, attached to the concepts' words, overrode the labelled
    listings; a labelled listing with the same words is glossed, as every listing classified is."""
    from mcclassify.data import Example
    from mcclassify.gloss import gloss_pair
    from mcclassify.train import embed_examples, listing_vectors

    title, text = "operate forklift", "operate forklift\nDrive a forklift truck to move goods."
    examples = [Example(title=title, text=text, labels={}, source=source, group="g")
                for source in ("labelled", "public:udemy", "taxonomy:esco_skills")]
    X = embed_examples(examples, clf.encoder, None)
    pairs = [gloss_pair(text, title, "en"), gloss_pair(text, title, "en", own_words=True)]
    assert pairs[0][1] == "forklift" and pairs[1][1] == title
    E = clf.encoder.encode([p[0] for p in pairs] + [p[1] for p in pairs])
    V = listing_vectors(E[:2], E[2:])
    assert np.allclose(X, V[[0, 1, 1]], atol=1e-6)


@pytest.mark.parametrize("lang,title,words", [
    # records, registries and document management in offices; Romanian "calculator electronic" is a computer, not
    # electronics (the qualification "Operator calculator electronic și rețele" read G 0714); door supervisors;
    # Ukrainian state procurement (a probe of full listings, 2026-12-06)
    ("cs", "Elektronická spisová služba", ["office"]), ("sk", "Elektronická registratúra", ["archive"]),
    ("ro", "Operator calculator electronic și rețele", ["office software", "network"]),
    ("ro", "Registratură electronică", ["office"]), ("pl", "Elektroniczny obieg dokumentów", ["secretary"]),
    ("lv", "Dokumentu pārvaldība uzņēmumā", ["office"]), ("et", "Elektrooniline dokumendihaldus", ["office"]),
    ("is", "Námskeið fyrir dyraverði", ["security guard"]), ("no", "Dørvaktkurs", ["security guard"]),
    ("fi", "Portsarikurssi", ["security guard"]),
    ("uk", "Державні закупівлі через Prozorro", ["procurement"]),
])
def test_office_records_door_supervisors_and_state_procurement(lang, title, words):
    assert glossary(lang).words(title) == words


@pytest.mark.parametrize("lang,text", [
    # a public body's electronic mailbox is where a page sends its papers: it glosses nothing
    ("cs", "Přihlášku pošlete do datové schránky."), ("sk", "Doklady doručíme do elektronickej schránky."),
])
def test_electronic_mailboxes_gloss_nothing(lang, text):
    assert glossary(lang).words(text) == []


@pytest.mark.parametrize("lang,title,words", [
    # blasting in quarries in the languages the encoder reads (a probe of rare trades, 2026-12-06: "Curso de artillero
    # de voladuras en canteras" read C 0711); not a lawn sprinkler ("Rasensprenger")
    ("de", "Fortbildung für Sprengmeister im Steinbruch", ["mining"]),
    ("de", "Sprengberechtigter – Lehrgang", ["mining"]),
    ("es", "Curso de artillero de voladuras en canteras", ["mining"]), ("it", "Corso per fochino", ["mining"]),
    ("nl", "Cursus springmeester in de steengroeve", ["mining"]), ("pl", "Kurs strzałowego", ["mining"]),
    ("pt", "Curso de operador de explosivos em pedreiras", ["mining"]), ("de", "Rasensprenger installieren", []),
])
def test_blasting_in_quarries_is_mining(lang, title, words):
    assert glossary(lang).words(title) == words


# 2026-12-06 (sixtieth session): work safety apart from any safety; subjects the read languages' glossaries lacked,
# their stems kept off other senses (complaints, every online course's videos)
@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Arbeitsschutz-Grundlagen für Sicherheitsbeauftragte", ["occupational safety and health"]),
    ("sk", "Práca v uzavretých priestoroch", ["occupational safety and health"]),
    ("et", "Töökeskkonnavoliniku koolitus", ["occupational safety and health"]),
    ("da", "Grundlæggende sikkerhedskursus for fiskere", ["safety", "fishing"]),
    ("sv", "STCW grundläggande säkerhetsutbildning för sjöfolk", ["ship", "safety"]),
    ("fr", "Management des établissements de santé", ["management"]),   # no health concept in the read languages
    ("fr", "Gestion de projet dans le secteur de la santé", []),          # (kept whole: the encoder reads it)
    ("pl", "Reklama w internecie", ["advertising"]), ("pl", "Reklamacje i obsługa klienta", ["customer"]),
    ("tr", "Reklamasyon yönetimi", []), ("de", "Bewerbungstraining und Werbung", ["job search", "advertising"]),
    ("fr", "Montage vidéo avec Premiere Pro", ["video"]),
    ("de", "Datenbanken mit SQL", ["database"]), ("es", "Agencia de viajes: Amadeus", ["travel"]),
    ("lt", "Tvarus pastatų projektavimas", ["design"]), ("ga", "Leibhéal 7 den CNC", []),
])
def test_work_safety_and_the_read_languages_subjects(lang, text, expected):
    assert glossary(lang).words(text) == expected
