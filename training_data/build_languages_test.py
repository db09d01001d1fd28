"""Writes training_data/languages_test/*.jsonl: hand-written listings in 13 languages that have no
seed and no validation listings (bg hr sk sl lt lv et mt ga no tr uk ca), four per language.

A test set only: never trained on and never used to fit thresholds or blend weights, so that the
languages the models read only through the encoder and the glossaries (configs/glossary/) have a
figure of their own (`python bench/languages_test.py`). The topics are not seed topics (no
beekeeping, scaffolding or sommelier course is in training_data/seed), so sector is judged on topics
the zero-shot descriptions were not written for either. Labels follow GUIDE.md; the listings were
written after the glossaries, by the same project, so their words may be the glossaries' words more
often than a real page's would: `python training_data/build_languages_test.py`.
"""
from __future__ import annotations

from pathlib import Path

from build_validation import row, write

OUT = Path(__file__).parent / "languages_test"

NOISE = {
    "bg": [("Този сайт използва бисквитки. Приемам | Настройки\n", "\nЦена: 390 лв. Начало: 12.03.2027. Запиши се"), ("", "\nСподели")],
    "hr": [("Ova stranica koristi kolačiće. Prihvaćam | Postavke\n", "\nCijena: 180 € + PDV. Početak: 12. 3. 2027. Prijavi se"), ("", "\nPodijeli")],
    "sk": [("Táto stránka používa súbory cookie. Prijať všetko | Nastavenia\n", "\nCena: 290 € bez DPH. Termín: 12. 3. 2027. Prihlásiť sa"), ("", "\nZdieľať")],
    "sl": [("Spletna stran uporablja piškotke. Sprejmi | Nastavitve\n", "\nCena: 250 € + DDV. Začetek: 12. 3. 2027. Prijava"), ("", "\nDeli")],
    "lt": [("Šioje svetainėje naudojami slapukai. Sutinku | Nustatymai\n", "\nKaina: 320 €. Pradžia: 2027-03-12. Registruotis"), ("", "\nDalintis")],
    "lv": [("Šī vietne izmanto sīkdatnes. Piekrītu | Iestatījumi\n", "\nCena: 280 EUR. Sākums: 12.03.2027. Pieteikties"), ("", "\nDalīties")],
    "et": [("See veebileht kasutab küpsiseid. Nõustun | Seaded\n", "\nHind: 240 € + km. Algus: 12.03.2027. Registreeru"), ("", "\nJaga")],
    "mt": [("Dan is-sit juża l-cookies. Naċċetta | Settings\n", "\nPrezz: €150. Jibda: 12/03/2027. Irreġistra"), ("", "\nAqsam")],
    "ga": [("Úsáideann an suíomh seo fianáin. Glac leo | Socruithe\n", "\nTáille: €200. Tosú: 12/03/2027. Cláraigh anois"), ("", "\nRoinn")],
    "no": [("Vi bruker informasjonskapsler. Godta alle | Innstillinger\n", "\nPris: 6 900 kr eks. mva. Oppstart: 12. mars 2027. Meld deg på"), ("", "\nDel")],
    "tr": [("Bu site çerez kullanmaktadır. Kabul et | Ayarlar\n", "\nÜcret: 2.500 TL. Başlangıç: 12.03.2027. Hemen kaydol"), ("", "\nPaylaş")],
    "uk": [("Цей сайт використовує файли cookie. Прийняти | Налаштування\n", "\nВартість: 4 500 грн. Старт: 12.03.2027. Зареєструватися"), ("", "\nПоділитися")],
    "ca": [("Aquest web utilitza galetes. Accepto | Configuració\n", "\nPreu: 320 €. Inici: 12/03/2027. Inscriu-te"), ("", "\nComparteix")],
}

# lang, title, description, provider, hours, ECTS, stated EQF, acceptable EQF, sector, field,
# skill areas, transversal, mode, assessed, credential type
ROWS = [
    # ------------------------------------------------------------ Bulgarian
    row("bg", "Пчеларство за начинаещи",
        "Курсът обхваща биологията на пчелното семейство, грижата за кошерите, борбата с вароатозата и добива на мед. Продължителност: 40 учебни часа, теория и практика в учебен пчелин. Завършва с изпит и удостоверение.",
        "Земеделски учебен център Пловдив", 30, None, None, [2, 3, 4], "A", "0811", ["S6", "S2"], ["T5"], "onsite", True, "certificate"),
    row("bg", "Труд и работна заплата – практически курс",
        "Изчисляване на заплати, осигуровки и данъци, работа с програма за ТРЗ. 5 дни онлайн, по 4 часа дневно. Сертификат за участие.",
        "Академия за счетоводители", 20, None, None, [4, 5], "M", "0411", ["S2", "S4"], [], "online", False, "certificate_of_attendance"),
    row("bg", "Асистент в дентален кабинет",
        "Обучение за асистенти в дентални кабинети: стерилизация, подготовка на инструменти, работа с пациенти и документация. 3 месеца, общо 120 часа. Изпит по теория и практика.",
        "Център за професионално обучение Медика", 120, None, None, [3, 4], "Q", "0911", ["S3", "S8"], ["T4"], None, True, None),
    row("bg", "Основи на ГИС за общински служители",
        "Онлайн курс за работа с QGIS: картографиране, пространствени данни и анализ за нуждите на общинската администрация. 6 седмици, около 5 часа седмично. Финален проект.",
        "Институт по публична администрация", 30, None, None, [4, 5, 6], "O", "0532", ["S5", "S2"], ["T1"], "online", True, None),
    # ------------------------------------------------------------ Croatian
    row("hr", "Rezidba i zaštita vinove loze",
        "Praktična radionica u vinogradu za vinogradare: zimska i zelena rezidba, integrirana zaštita od bolesti i štetnika. 2 dana, ukupno 16 sati. Potvrda o sudjelovanju.",
        "Poljoprivredna savjetodavna služba", 16, None, None, [2, 3, 4], "A", "0811", ["S6"], ["T5"], "onsite", False, "certificate_of_attendance"),
    row("hr", "Osposobljavanje za montažu skela i rad na visini",
        "Program osposobljavanja za montažu i demontažu skela te siguran rad na visini. Trajanje 24 sata. Teorijski i praktični ispit, uvjerenje o osposobljenosti.",
        "Pučko otvoreno učilište Zagreb", 24, None, None, [2, 3], "F", "0732", ["S7", "S6"], ["T5"], None, True, "professional_certificate"),
    row("hr", "Društvene mreže za male poduzetnike",
        "Online tečaj: strategija sadržaja, oglašavanje na Facebooku i Instagramu, analitika kampanja. 4 tjedna, 3 sata tjedno. Završni zadatak i certifikat.",
        "Digitalna akademija", 12, None, None, [4, 5], "M", "0414", ["S1", "S5"], ["T1"], "online", True, "certificate"),
    row("hr", "Njega osoba oboljelih od demencije",
        "Edukacija za njegovatelje i medicinske sestre: komunikacija s oboljelima, prevencija padova, podrška obitelji. 30 sati; online predavanja i praksa u domu za starije osobe. Provjera znanja na kraju.",
        "Hrvatska udruga za Alzheimerovu bolest", 30, None, None, [3, 4, 5], "Q", "0921", ["S3"], ["T4"], "blended", True, None),
    # ------------------------------------------------------------ Slovak
    row("sk", "Someliérsky kurz – základy degustácie vína",
        "Kurz o vinárskych oblastiach, degustácii, servise vína a párovaní vína s jedlom. 5 dní, spolu 40 hodín. Záverečná skúška a osvedčenie.",
        "Slovenská asociácia sommelierov", 40, None, None, [3, 4], "I", "1013", ["S3", "S2"], [], None, True, "certificate"),
    row("sk", "3D tlač vo výrobe – praktický kurz",
        "Naučte sa navrhovať diely v CAD a tlačiť prototypy na FDM tlačiarňach pre potreby výroby. 3 dni po 8 hodín, prezenčne v našej dielni. Certifikát o absolvovaní.",
        "Technické centrum Žilina", 24, None, None, [3, 4, 5], "C", "0715", ["S8", "S5"], ["T5"], "onsite", None, "certificate"),
    row("sk", "Sociálna práca s rodinami v kríze",
        "Akreditovaný vzdelávací program pre sociálnych pracovníkov: krízová intervencia, práca s rodinou, právny rámec sociálnoprávnej ochrany detí. 60 hodín, prezenčná forma, záverečná prezentácia prípadovej štúdie.",
        "Inštitút sociálnej práce", 60, None, None, [5, 6], "Q", "0923", ["S3", "S1"], ["T4"], "onsite", True, None),
    row("sk", "Správa databáz SQL Server",
        "Univerzitný kurz v rozsahu 5 kreditov ECTS: návrh databáz, zálohovanie, výkon a bezpečnosť. Online, záverečná skúška.",
        "Fakulta informatiky", 137.5, 5, None, [6, 7], "J", "0612", ["S5"], ["T2"], "online", True, None),
    # ------------------------------------------------------------ Slovenian
    row("sl", "Usposabljanje za upravljavca hidravličnega bagra",
        "Program usposabljanja za upravljavce bagrov na gradbiščih: 80 ur teorije in prakse. Preizkus znanja pred komisijo, potrdilo o usposobljenosti.",
        "Gradbeni izobraževalni center", 80, None, None, [2, 3], "F", "0732", ["S8"], ["T5"], None, True, "professional_certificate"),
    row("sl", "Upravljanje voznega parka",
        "Seminar za vodje voznih parkov v prevozniških podjetjih: načrtovanje poti, stroški goriva, tahografi in vzdrževanje vozil. 1 dan (8 ur) v Ljubljani. Potrdilo o udeležbi.",
        "Logistična akademija", 8, None, None, [4, 5], "H", "1041", ["S4", "S2"], ["T2"], "onsite", False, "certificate_of_attendance"),
    row("sl", "Mikrodokazilo: Podatkovna analitika v zdravstvu",
        "Univerzitetno mikrodokazilo (3 ECTS) za zdravstvene delavce: zbiranje in analiza podatkov, osnove statistike v R, vizualizacija. Na spletu, z zaključnim projektom.",
        "Fakulteta za zdravstvene vede", 82.5, 3, None, [6, 7], "Q", "0542", ["S5", "S2"], ["T1"], "online", True, "microcredential"),
    row("sl", "Pridelava zelenjave v rastlinjakih",
        "Dvodnevni seminar za vrtnarje: namakanje, gnojenje in varstvo rastlin v zavarovanih prostorih, 16 ur predavanj in ogled kmetije.",
        "Kmetijsko gozdarska zbornica", 16, None, None, [3, 4], "A", "0812", ["S6", "S2"], [], "onsite", None, None),
    # ------------------------------------------------------------ Lithuanian
    row("lt", "Geležinkelių transporto saugos mokymai",
        "Mokymai geležinkelio darbuotojams: signalizacija, manevrai, elgesys avarinėse situacijose. 5 dienos, 40 val. Egzaminas ir pažymėjimas.",
        "Geležinkelių mokymo centras", 40, None, None, [3, 4], "H", "1041", ["S8", "S2"], ["T5"], None, True, "professional_certificate"),
    row("lt", "Renginių organizavimas",
        "Nuotolinis kursas renginių organizatoriams: biudžetas, tiekėjai, rizikos valdymas, renginio komunikacija. 8 savaitės, 4 val. per savaitę. Baigiamasis projektas ir sertifikatas.",
        "Verslo akademija", 32, None, None, [4, 5], "N", "1015", ["S4", "S1"], ["T2"], "online", True, "certificate"),
    row("lt", "Įtraukusis ugdymas: kvalifikacijos tobulinimo programa mokytojams",
        "Programa mokytojams apie specialiųjų ugdymosi poreikių mokinių įtrauktį ir užduočių pritaikymą. 40 akad. val., mišrus mokymas: nuotoliniai ir kontaktiniai seminarai. Pažymėjimas.",
        "Švietimo kompetencijų centras", 30, None, None, [6, 7], "P", "0111", ["S1", "S3"], ["T4"], "blended", None, "certificate"),
    row("lt", "Veterinarijos asistento kursai",
        "Gyvūnų priežiūra, vaistų dozavimas, pagalba operacijų metu, klientų aptarnavimas klinikoje. 3 mėnesiai, 160 val., praktika veterinarijos klinikoje. Baigiamasis egzaminas.",
        "Profesinio mokymo centras", 160, None, None, [3, 4], "M", "0841", ["S3", "S6"], [], "onsite", True, None),
    # ------------------------------------------------------------ Latvian
    row("lv", "Mēbeļu galdnieks: profesionālās pilnveides programma",
        "Programma 160 stundas: koksnes apstrāde, mēbeļu montāža, darbs ar kokapstrādes iekārtām. Praktiskās nodarbības darbnīcā, noslēgumā kvalifikācijas eksāmens un apliecība.",
        "Rīgas Amatniecības vidusskola", 160, None, None, [3, 4], "C", "0722", ["S6", "S8"], ["T5"], "onsite", True, "professional_certificate"),
    row("lv", "Muitas procedūras un deklarēšana",
        "Kurss muitas brokeriem un loģistikas uzņēmumu darbiniekiem: muitas procedūras, tarifi, deklarāciju aizpildīšana. 3 dienas tiešsaistē, 24 akadēmiskās stundas. Sertifikāts.",
        "Loģistikas mācību centrs", 18, None, None, [4, 5], "H", "0413", ["S2", "S4"], [], "online", None, "certificate"),
    row("lv", "Mikrokvalifikācija: ilgtspējīga būvniecība",
        "Universitātes mikrokvalifikācija (4 KP) būvinženieriem: aprites ekonomika, dzīves cikla analīze, zaļais iepirkums būvniecībā. Jaukta forma, eksāmens.",
        "Rīgas Tehniskā universitāte", 165, 6, None, [6, 7], "F", "0732", ["S2", "S7"], ["T6"], "blended", True, "microcredential"),
    row("lv", "Harvestera operatora apmācība",
        "Meža mašīnas vadība, kokmateriālu šķirošana un darba drošība mežizstrādē. 6 nedēļas, 240 stundas, ieskaitot praksi mežā. Eksāmens.",
        "Meža nozares mācību centrs", 240, None, None, [3, 4], "A", "0821", ["S8", "S6"], ["T5"], "onsite", True, None),
    # ------------------------------------------------------------ Estonian
    row("et", "Kalakasvatuse alused",
        "Täienduskoolitus: kalade pidamine, söötmine, veekvaliteet ja kalahaigused. 52 akadeemilist tundi, praktika kalakasvatuses. Lõpus test ja tunnistus.",
        "Maaelu koolituskeskus", 39, None, None, [3, 4], "A", "0831", ["S6", "S2"], [], "onsite", True, "certificate"),
    row("et", "Tarkvara testimine algajatele",
        "E-kursus: testjuhtumite kirjutamine, vigade raporteerimine, automaattestimise alused. 8 nädalat, 6 tundi nädalas. Lõpuprojekt ja tunnistus.",
        "IT Koolitus OÜ", 48, None, None, [4, 5], "J", "0613", ["S5", "S2"], [], "online", True, "certificate"),
    row("et", "Klienditeenindus jaekaubanduses",
        "Ühepäevane koolitus kaupluste müüjatele: klientide vajaduste väljaselgitamine ja kaebuste käsitlemine. 8 tundi. Tõend osalemise kohta.",
        "Kaubandusliidu koolituskeskus", 8, None, None, [2, 3, 4], "G", "0416", ["S1", "S3"], ["T4"], None, False, "certificate_of_attendance"),
    row("et", "Digitaalne ligipääsetavus avalikus sektoris",
        "E-kursus riigiasutuste veebitoimetajatele: WCAG nõuded ja ligipääsetava sisu loomine. 1 EAP (26 tundi), iseseisev õpe, lõputest.",
        "Riigi IT koolituskeskus", 26, 1, None, [5, 6], "O", "0613", ["S5", "S1"], [], "online", True, None),
    # ------------------------------------------------------------ Maltese
    row("mt", "Kors għal Skipper ta' Dgħajjes tal-Pjaċir",
        "Kors ta' 5 ijiem (40 siegħa) għal min irid il-liċenzja ta' skipper: navigazzjoni, sigurtà fuq il-baħar u manuvri fil-port. Eżami prattiku u teoretiku.",
        "Akkademja Marittima", 40, None, None, [2, 3, 4], "H", "1041", ["S8"], ["T5"], None, True, "professional_certificate"),
    row("mt", "Ċertifikat fis-Servizz tal-Ikel u x-Xorb",
        "Il-kors idum 120 siegħa, b'esperjenza prattika f'lukanda. Livell 4 tal-MQF. Eżami finali.",
        "Istitut għall-Istudji tat-Turiżmu", 120, None, 4, None, "I", "1013", ["S3", "S1"], ["T4"], "onsite", True, "certificate"),
    row("mt", "Kors fil-Ġardinaġġ u l-Manutenzjoni tal-Ġonna",
        "Kors prattiku ta' 8 ġimgħat, 4 sigħat fil-ġimgħa: tħawwil, żbir, tisqija u manutenzjoni ta' ġonna pubbliċi u privati.",
        "Kulleġġ tal-Arti, Xjenza u Teknoloġija", 32, None, None, [2, 3], "N", "0812", ["S6"], ["T5"], None, None, None),
    row("mt", "Mikrokredenzjal fl-Intelliġenza Artifiċjali għall-Edukaturi",
        "Mikrokredenzjal ta' 4 ECTS għall-għalliema: għodod tal-intelliġenza artifiċjali fil-klassi, etika u valutazzjoni. Online, b'assessjar finali.",
        "Università ta' Malta", 110, 4, None, [6, 7], "P", "0113", ["S5", "S1"], ["T1"], "online", True, "microcredential"),
    # ------------------------------------------------------------ Irish
    row("ga", "Sábháilteacht Feirme agus Tiomáint Tarracóra",
        "Cúrsa do fheirmeoirí óga: tiomáint shábháilte tarracóra, innealra feirme agus sábháilteacht ar an bhfeirm. 2 lá, 15 uair an chloig. Teastas.",
        "Teagasc", 15, None, None, [2, 3], "A", "0811", ["S8", "S6"], ["T5"], None, None, "certificate"),
    row("ga", "Gaeilge don Ionad Oibre",
        "Cúrsa ar líne do státseirbhísigh: comhfhreagras, cruinnithe agus seirbhís don phobal trí Ghaeilge. 10 seachtaine, 2 uair an chloig sa tseachtain. Scrúdú ag an deireadh.",
        "Gaelchultúr", 20, None, None, [3, 4, 5], "O", "0231", ["S1"], ["T1"], "online", True, None),
    row("ga", "Plástráil: Cúrsa Oiliúna",
        "Cúrsa 180 uair an chloig do phlástrálaithe nua: plástar a mheascadh agus a chur ar bhallaí agus ar shíleálacha. QQI Leibhéal 5. Measúnú praiticiúil.",
        "Bord Oideachais agus Oiliúna", 180, None, 4, None, "F", "0732", ["S7"], ["T5"], None, True, None),
    row("ga", "Micreachreidiúint i dTeicneolaíocht Airgeadais",
        "Micreachreidiúint 5 ECTS ar líne do ghairmithe baincéireachta: íocaíochtaí digiteacha, blocshlabhra agus rialáil. 12 seachtain, measúnú leanúnach.",
        "Ollscoil na Gaillimhe", 137.5, 5, None, [6, 7], "K", "0412", ["S5", "S2"], [], "online", True, "microcredential"),
    # ------------------------------------------------------------ Norwegian
    row("no", "Kurs i taktekking",
        "Tredagerskurs for tømrere og taktekkere: takfolie, takstein og sikring mot fall. 22,5 timer. Kursbevis.",
        "Byggenæringens kurssenter", 22.5, None, None, [3, 4], "F", "0732", ["S7"], ["T5"], None, None, "certificate"),
    row("no", "Regnskap for lag og foreninger",
        "Kveldskurs for kasserere i frivillige organisasjoner: regnskap, budsjett og årsmelding. 4 kvelder à 3 timer.",
        "Studieforbundet", 12, None, None, [3, 4, 5], "S", "0411", ["S2", "S4"], [], None, None, None),
    row("no", "Veiledning av nyutdannede lærere",
        "Videreutdanning for lærere som skal veilede nyutdannede kolleger. 15 studiepoeng, samlinger på campus og nettbaserte oppgaver. Hjemmeeksamen.",
        "Universitetet i Sørøst-Norge", 412.5, 15, None, [6, 7], "P", "0111", ["S1"], ["T4"], "blended", True, None),
    row("no", "GWO grunnleggende sikkerhetskurs for vindturbinteknikere",
        "Fem dager: førstehjelp, brannvern, manuell håndtering og arbeid i høyden på vindturbiner. Praktiske og teoretiske prøver, GWO-sertifikat.",
        "Sikkerhetssenteret", 37.5, None, None, [3, 4], "D", "1022", ["S8", "S3"], ["T5"], None, True, "professional_certificate"),
    # ------------------------------------------------------------ Turkish
    row("tr", "Mobilya Döşemeciliği Kursu",
        "Halk eğitim merkezi kursu: koltuk ve sandalye döşeme, kumaş kesimi, sünger ve yay işçiliği. Toplam 120 saat. Kurs bitirme belgesi.",
        "Halk Eğitim Merkezi", 120, None, None, [2, 3], "C", "0722", ["S6"], ["T5"], None, None, "certificate"),
    row("tr", "Tekstil Boyama ve Renk Ölçümü",
        "Sanayi çalışanları için kurs: kumaş boyama, renk ölçümü ve kalite kontrol. 4 hafta, haftada 10 saat. Sınav ve sertifika.",
        "Tekstil Eğitim Merkezi", 40, None, None, [3, 4], "C", "0723", ["S8", "S2"], [], None, True, "certificate"),
    row("tr", "Yoğun Bakım Hemşireliği Sertifika Programı",
        "Hemşireler için yoğun bakım sertifika programı: 160 saat teorik ve 320 saat uygulamalı eğitim. Sınav ile sertifika verilir.",
        "Eğitim ve Araştırma Hastanesi", 480, None, None, [5, 6], "Q", "0913", ["S3"], [], None, True, "professional_certificate"),
    row("tr", "Uygulamalı Girişimcilik Eğitimi",
        "İş planı hazırlama, finansman kaynakları ve pazarlama. 32 saat, online. Katılım belgesi verilir.",
        "Girişimcilik Akademisi", 32, None, None, [3, 4, 5], "M", "0413", ["S4", "S2"], ["T6"], "online", False, "certificate_of_attendance"),
    # ------------------------------------------------------------ Ukrainian
    row("uk", "Оператор агродронів",
        "Навчання операторів сільськогосподарських дронів: планування польотів, обприскування полів, техніка безпеки. 5 днів, 40 годин. Іспит і посвідчення.",
        "Аграрний навчальний центр", 40, None, None, [3, 4], "A", "0811", ["S8", "S6"], ["T5"], None, True, "professional_certificate"),
    row("uk", "Психологічна підтримка дітей: курс для вчителів",
        "Онлайн-курс для вчителів: як підтримати дітей у стресових ситуаціях, як говорити про втрати, коли звертатися до психолога. 30 годин, сертифікат.",
        "Освітня платформа", 30, None, None, [5, 6], "P", "0313", ["S3", "S1"], ["T4"], "online", None, "certificate"),
    row("uk", "Ремонт смартфонів і планшетів",
        "Практичний курс: діагностика, заміна екранів і батарей, пайка. 2 місяці, заняття двічі на тиждень по 3 години. Свідоцтво.",
        "Сервісна школа", 52, None, None, [2, 3, 4], "S", "0714", ["S8"], ["T5"], None, None, "certificate"),
    row("uk", "Курс для помічників нотаріусів",
        "Оформлення нотаріальних документів, робота з державними реєстрами, професійна етика. 3 тижні онлайн, 24 години.",
        "Школа нотаріату", 24, None, None, [4, 5], "M", "0421", ["S2", "S4"], [], "online", None, None),
    # ------------------------------------------------------------ Catalan
    row("ca", "Curs de socorrista en instal·lacions aquàtiques",
        "Curs de 60 hores per obtenir el títol de socorrista: salvament, primers auxilis i vigilància de piscines. Proves pràctiques de natació i examen teòric.",
        "Escola de Salvament", 60, None, None, [3, 4], "R", "1014", ["S3"], ["T5"], None, True, "professional_certificate"),
    row("ca", "Programació de robots industrials",
        "Curs per a tècnics de manteniment: programació de robots ABB, cèl·lules robotitzades i seguretat. 5 dies (35 hores). Certificat d'aprofitament.",
        "Centre de Formació Industrial", 35, None, None, [4, 5], "C", "0714", ["S8", "S5"], ["T5"], None, True, "certificate"),
    row("ca", "Postgrau en Gestió Cultural",
        "Diploma de postgrau de 30 crèdits ECTS per a professionals de museus, teatres i festivals: polítiques culturals, finançament i públics. Semipresencial, treball final.",
        "Universitat de Barcelona", 825, 30, 7, None, "R", "0413", ["S4", "S1"], [], "blended", True, "diploma"),
    row("ca", "Atenció sociosanitària a persones dependents en domicilis",
        "Certificat de professionalitat de nivell 2, 600 hores amb pràctiques en empreses de serveis d'atenció domiciliària.",
        "Centre de Formació Ocupacional", 600, None, 3, None, "Q", "0921", ["S3"], ["T4"], None, None, "professional_certificate"),
]


if __name__ == "__main__":
    write(ROWS, NOISE, OUT, "test")
