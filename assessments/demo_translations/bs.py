"""Bosnian translation of the demo quizzes and question bank."""

QUIZZES = {
    "module_title": "Kviz: {module}",
    "module_introduction": "<p>Pitanja o situacijama iz prakse iz ovog modula. Za "
    "prolaz je potrebno 70%; imate tri pokušaja.</p>",
    "final-assessment": {
        "title": "Završni test",
        "introduction": "<p>Dvanaest pitanja iz sva četiri modula. Imate 30 minuta "
        "i dva pokušaja; za prolaz je potrebno 70%.</p>",
    },
    "pre-test": {
        "title": "Početni test: šta već znate?",
        "introduction": "<p>Osam pitanja prije početka, kako biste vi i vaši "
        "treneri vidjeli šta vam kurs donosi. Test je završen s bilo kojim "
        "rezultatom.</p>",
    },
}

QUESTIONS = {
    # Module 1: composition of an MIT
    "Why a multidisciplinary team": {
        "text": "<p>Zašto mobilni identifikacioni tim okuplja stručnjake iz više "
        "sektora?</p>",
        "options": [
            (
                "Znakovi trgovine ljudima pojavljuju se na različitim mjestima "
                "(zdravlje, rad, socijalna situacija, pravni status), a nijedna "
                "struka ne vidi sve njih niti može pružiti svu pomoć koja je osobi "
                "potrebna.",
                "Tačno: svaki sektor uočava druge indikatore i otvara druga vrata "
                "zaštiti.",
            ),
            (
                "Da bi tim mogao brže istraživati slučajeve i krivično goniti "
                "počinioce.",
                "MIT identifikuje i upućuje; istraga i krivično gonjenje ostaju u "
                "nadležnosti policije i tužilaštva.",
            ),
            (
                "Zato što svaku potencijalnu žrtvu svaka institucija mora redom "
                "intervjuisati.",
                "Cilj je suprotan: manje razgovora, ali bolje pripremljenih, kako "
                "osoba ne bi morala iznova ponavljati svoju priču.",
            ),
        ],
        "general_feedback": "<p>Multisektorski pristup je neophodan: to izričito "
        "kažu i naučene lekcije programa.</p>",
    },
    "Sectors an MIT draws on": {
        "text": "<p>Ko obično učestvuje u radu MIT-a? Označite sve tačne odgovore.</p>",
        "options": [
            ("Policija", "Da: sigurnost, zakonska ovlaštenja i veza s istragom."),
            (
                "Centar za socijalni rad",
                "Da: zaštita, smještaj i starateljstvo za djecu.",
            ),
            (
                "Zdravstvene službe",
                "Da: zdravstveni radnici često prvi vide povrede i neliječene bolesti.",
            ),
            (
                "Nevladine organizacije koje rade na terenu",
                "Da: dopiru do ljudi koji izbjegavaju institucije i grade povjerenje.",
            ),
            ("Inspekcija rada", "Da: vide radna mjesta i uslove rada."),
            (
                "Predstavnici poslodavca koji je pod sumnjom",
                "Ne: to bi osobu dovelo u opasnost i narušilo povjerljivost.",
            ),
        ],
        "general_feedback": "<p>Timovi se, u skladu s lokalnim potrebama, "
        "oslanjaju i na obrazovanje, službe za azil i migracije te na prevodioce "
        "ili kulturne medijatore.</p>",
    },
    "MITs do not prosecute": {
        "text": "<p>MIT istražuje krivična djela trgovine ljudima i priprema "
        "predmet za krivično gonjenje.</p>",
        "options": [
            (
                "Tačno",
                "Nije tako: istraga i krivično gonjenje su posao policije i "
                "tužilaštva.",
            ),
            (
                "Netačno",
                "Tačno: tim prepoznaje potencijalne žrtve i upućuje ih dalje; zna "
                "granice svoje uloge.",
            ),
        ],
    },
    "What each sector brings": {
        "text": "<p>Povežite svakog člana tima s onim što prvenstveno donosi timu.</p>",
        "items": [
            ("Inspektor rada", "Provjerava uslove rada, ugovore i plate"),
            (
                "Zdravstveni radnik",
                "Uočava povrede, neliječene bolesti i znakove zlostavljanja",
            ),
            ("Socijalni radnik", "Organizuje zaštitu, smještaj i starateljstvo"),
            (
                "Prevodilac ili kulturni medijator",
                "Brine se da osoba razumije i da bude shvaćena",
            ),
            ("", "Odlučuje o podizanju optužnice"),
        ],
    },
    "Steps in forming a team": {
        "text": "<p>Poredajte korake osnivanja novog MIT-a.</p>",
        "items": [
            "Mapirati lokalnu situaciju i institucije koje bi trebale učestvovati",
            "Potpisati protokol o saradnji kojim se utvrđuju mandat i uloge",
            "Imenovati članove i vođu tima i zajedno ih obučiti",
            "Započeti terenski rad uz raspored dežurstava, superviziju i budžet",
        ],
    },
    "Team without a mandate": {
        "text": "<p>Novi tim u jednom pograničnom gradu ima posvećene članove, ali "
        "njihove institucije nisu ništa potpisale. Direktor jedne članice tima "
        "pita zašto ona radno vrijeme provodi na terenu. Šta timu nedostaje?</p>",
        "options": [
            (
                "Protokol o saradnji koji timu daje mandat i utvrđuje ulogu svake "
                "institucije",
                "Tačno: bez mandata članovi zavise od dobre volje, a tim nije održiv.",
            ),
            (
                "Veće vozilo za terenski rad",
                "Oprema pomaže, ali ovdje je problem mandat koji nedostaje.",
            ),
            (
                "Naredba kojom se tim stavlja pod graničnu policiju",
                "MIT je multisektorski tim; ako se podredi jednoj službi, gubi "
                "povjerenje ljudi koji se boje policije.",
            ),
        ],
        "general_feedback": "<p>Naučene lekcije: MIT-ovi moraju biti dio "
        "nacionalnog referalnog mehanizma i imati održiv budžet.</p>",
    },
    "Name of the founding agreement": {
        "text": "<p>Kako se zove pisani sporazum između institucija kojim se MIT-u "
        "daje mandat i utvrđuje uloga svakog člana?</p>",
        "accepted": [
            "protokol o saradnji",
            "protokol o suradnji",
            "protokol saradnje",
            "protocol of cooperation",
            "cooperation protocol",
        ],
        "general_feedback": "<p>Protokol o saradnji.</p>",
    },
    # Module 2: roles and responsibilities
    "Boy at the bus station: first contact": {
        "text": "<p>Tokom terenskog rada na autobuskoj stanici tim primijeti "
        "dječaka od oko jedanaest godina koji prosi, dok ga odrasla osoba "
        "posmatra s obližnje klupe. Ko bi trebao prvi prići dječaku?</p>",
        "options": [
            (
                "Socijalni radnik, mirno i s kolegom u blizini, tako da ne "
                "uznemiri ni dječaka ni odraslu osobu",
                "Tačno: pristup prilagođen djetetu, od člana tima koji je za to "
                "obučen, uz brigu o sigurnosti tima.",
            ),
            (
                "Policajac u uniformi, koji odmah ispituje odraslu osobu",
                "To može uplašiti dječaka i upozoriti odraslu osobu prije nego što "
                "tim shvati šta se dešava.",
            ),
            (
                "Niko: prosjačenje je stvar samo za općinsku inspekciju",
                "Prisilno prosjačenje je oblik eksploatacije; tim mora djelovati.",
            ),
        ],
    },
    "Good recording practice": {
        "text": "<p>Šta je od navedenog dobra praksa pri evidentiranju prvog "
        "kontakta? Označite sve tačne odgovore.</p>",
        "options": [
            (
                "Zabilježiti samo ono što je potrebno za upućivanje",
                "Da: prikupljajte samo ono što je potrebno.",
            ),
            (
                "Objasniti zašto se podaci bilježe i tražiti pristanak",
                "Da: osoba treba znati šta se dešava s njenim podacima.",
            ),
            (
                "Čuvati bilješke u sigurnom sistemu o kojem se tim dogovorio",
                "Da: sigurno čuvanje štiti osobu.",
            ),
            (
                "Poslati fotografiju osobe u chat grupu tima, da je svi prepoznaju",
                "Ne: lični podaci nikada ne idu kroz nezaštićene kanale.",
            ),
            (
                "Zapisati sve o porodici, za svaki slučaj",
                "Ne: prikupljanje više podataka nego što je potrebno povećava "
                "rizik za osobu.",
            ),
        ],
    },
    "Photos in a messaging group": {
        "text": "<p>Dijeljenje fotografije potencijalne žrtve u običnoj grupi za "
        "dopisivanje prihvatljivo je ako su u grupi samo članovi tima.</p>",
        "options": [
            (
                "Tačno",
                "Ne: obične grupe za dopisivanje nisu sigurne, a telefoni se gube; "
                "koristite dogovoreni sigurni kanal.",
            ),
            ("Netačno", "Tačno: nikakvi lični podaci u nezaštićenim kanalima."),
        ],
    },
    "Duty to report and the person's interests": {
        "text": "<p>Policajac u timu sretne ženu bez dokumenata o boravku kod "
        "koje postoji više indikatora trgovine ljudima. Njegova služba inače mora "
        "prijaviti nezakonit boravak. Šta tim treba uraditi?</p>",
        "options": [
            (
                "Postupati s njom kao s potencijalnom žrtvom trgovine ljudima i "
                "uputiti je na zaštitu; identifikacija ima prednost pred svakim "
                "postupkom udaljenja",
                "Tačno: osoba za koju postoje osnovani razlozi za sumnju ne "
                "udaljava se prije nego što se identifikacija okonča.",
            ),
            (
                "Prijaviti je zbog nezakonitog boravka i prepustiti odluku službi "
                "za poslove sa strancima",
                "Time se potencijalna žrtva izlaže riziku udaljenja i gubi "
                "povjerenje u tim.",
            ),
            (
                "Udaljiti se, kako bi se izbjegao sukob dužnosti",
                "Tim mora djelovati; protokol o saradnji treba unaprijed riješiti "
                "ovakve sukobe.",
            ),
        ],
    },
    "Tasks in each phase": {
        "text": "<p>Povežite svaku fazu rada tima s njenim glavnim zadatkom.</p>",
        "items": [
            (
                "Terenski rad",
                "Otići tamo gdje su ugroženi ljudi i uočiti indikatore",
            ),
            (
                "Prvi kontakt",
                "Izgraditi povjerenje, objasniti ko je tim i procijeniti hitne potrebe",
            ),
            (
                "Praćenje",
                "Provjeriti da li je upućivanje obavljeno i da li osoba dobija pomoć",
            ),
            (
                "Evidentiranje",
                "Napisati kratku, činjeničnu bilješku samo s potrebnim podacima",
            ),
        ],
    },
    "Safety before a workplace visit": {
        "text": "<p>Tim planira posjetu autopraonici u kojoj bi radnici mogli biti "
        "eksploatisani. O čemu se treba dogovoriti prije polaska?</p>",
        "options": [
            (
                "Ko ide, kako održavaju vezu, kada odlaze i koga zovu ako situacija "
                "postane opasna",
                "Tačno: sigurnost osoblja se planira, a ne improvizuje.",
            ),
            (
                "Ni o čemu: mješoviti tim je dovoljna zaštita",
                "Terenske posjete nose stvarne rizike i za osoblje i za radnike.",
            ),
            (
                "Da član najvišeg ranga uđe sam, kako ne bi uznemirio vlasnika",
                "Niko ne bi trebao ulaziti sam.",
            ),
        ],
    },
    # Module 3: detection and identification
    "Elements of the definition": {
        "text": "<p>Koja tri elementa čine međunarodnu definiciju trgovine "
        "odraslim osobama?</p>",
        "options": [
            (
                "Radnja (npr. vrbovanje, prevoz ili skrivanje), sredstvo (npr. "
                "prijetnja, obmana ili zloupotreba ranjivosti) i svrha "
                "eksploatacije",
                "Tačno: radnja, sredstvo, svrha.",
            ),
            (
                "Prelazak granice, plaćanje i organizovana kriminalna grupa",
                "Trgovina ljudima ne mora uključivati prelazak granice ni plaćanje.",
            ),
            (
                "Nasilje, prijava žrtve i dobit",
                "Prijava žrtve nije dio definicije.",
            ),
        ],
    },
    "Children and the means": {
        "text": "<p>Kada je osoba dijete, element „sredstva“ nije potreban: "
        "dovoljna je radnja u svrhu eksploatacije.</p>",
        "options": [
            ("Tačno", "Tačno: kod djece sredstva nisu potrebna."),
            ("Netačno", "Kod djece su dovoljni radnja i svrha."),
        ],
    },
    "Farm worker: indicators": {
        "text": "<p>Sezonski poljoprivredni radnik kaže da poslodavac drži njegov "
        "pasoš „radi prijave“, da mu tri mjeseca nije platio i da radnike noću "
        "zaključava u štalu. Koje indikatore prisilnog rada MOR-a prepoznajete? "
        "Označite sve tačne odgovore.</p>",
        "options": [
            ("Zadržavanje ličnih dokumenata", "Da: pasoš."),
            ("Uskraćivanje plate", "Da: tri mjeseca bez plate."),
            ("Ograničenje kretanja", "Da: noću je zaključan."),
            (
                "Nehumani uslovi rada i života",
                "Da: spava zaključan u štali.",
            ),
            (
                "Prekomjeran prekovremeni rad",
                "O radnom vremenu nije ništa rekao; pitajte, ali ne pretpostavljajte.",
            ),
        ],
        "general_feedback": "<p>Jedan indikator je razlog da se pažljivije "
        "pogleda; više indikatora zajedno daje osnovane razloge za "
        "upućivanje.</p>",
    },
    "Smuggling or trafficking": {
        "text": "<p>Koja je glavna razlika između krijumčarenja migranata i "
        "trgovine ljudima?</p>",
        "options": [
            (
                "Krijumčarenje je usluga nezakonitog prelaska granice i završava "
                "se dolaskom; trgovina ljudima ima za cilj eksploataciju osobe i ne "
                "mora uključivati prelazak granice",
                "Tačno.",
            ),
            (
                "Trgovina ljudima uvijek uključuje prelazak granice, a "
                "krijumčarenje ne",
                "Obrnuto je: krijumčarenje uvijek uključuje prelazak granice.",
            ),
            (
                "Krijumčarene osobe su uvijek odrasle, a žrtve trgovine ljudima "
                "uvijek djeca",
                "I jedni i drugi mogu biti odrasli ili djeca.",
            ),
        ],
        "general_feedback": "<p>Krijumčarenje može prerasti u trgovinu ljudima, "
        "na primjer kroz „dug“ za putovanje.</p>",
    },
    "Debt for the journey": {
        "text": "<p>Grupa migranata u tranzitnom području kaže da čovjeku koji im "
        "je organizovao put duguju novac, da taj „dug“ raste svake sedmice i da "
        "im je rekao da ga moraju odraditi kod njegovog poznanika. Šta tim treba "
        "zaključiti?</p>",
        "options": [
            (
                "Postoje indikatori dužničkog ropstva: oni bi mogli biti "
                "potencijalne žrtve, pa tim s njima treba razgovarati na siguran "
                "način i razmotriti upućivanje",
                "Tačno.",
            ),
            (
                "Riječ je samo o krijumčarenju, pa je to posao granične policije",
                "Dug koji raste i prisilni rad upućuju na trgovinu ljudima.",
            ),
            (
                "Ništa se ne može učiniti dok ne podnesu prijavu",
                "Identifikacija ne zavisi od prijave.",
            ),
        ],
    },
    "Forms of exploitation": {
        "text": "<p>Povežite svaku situaciju s oblikom eksploatacije.</p>",
        "items": [
            (
                "Dijete koje odrasli tjeraju da krade u tržnom centru i uzimaju "
                "ukradenu robu",
                "Prisiljavanje na vršenje krivičnih djela",
            ),
            (
                "Mlada žena vrbovana preko interneta za posao konobarice u "
                "inostranstvu i prisiljena na prostituciju",
                "Seksualna eksploatacija",
            ),
            (
                "Dijete koje prosi na autobuskoj stanici dok odrasla osoba uzima novac",
                "Prisilno prosjačenje",
            ),
            (
                "Djevojčica od petnaest godina udata za čovjeka kojem njena "
                "porodica duguje novac",
                "Prisilni brak",
            ),
            ("", "Nezakonito usvojenje"),
        ],
    },
    "Who identifies formally": {
        "text": "<p>Ko formalno identifikuje osobu kao žrtvu trgovine ljudima?</p>",
        "options": [
            (
                "Nadležni organ prema domaćem zakonu; MIT prepoznaje potencijalnu "
                "žrtvu na osnovu osnovanih razloga za sumnju i upućuje je dalje",
                "Tačno: uloga tima je prepoznavanje i upućivanje.",
            ),
            (
                "MIT, čim se dva njegova člana slože",
                "Tim ne vrši formalnu identifikaciju.",
            ),
            (
                "Sud, nakon što trgovac ljudima bude osuđen",
                "Identifikacija i zaštita ne čekaju presudu.",
            ),
        ],
    },
    "Indicator: the passport": {
        "text": "<p>Koji indikator prisilnog rada MOR-a postoji kada poslodavac "
        "drži radnikov pasoš?</p>",
        "accepted": [
            "zadržavanje ličnih dokumenata",
            "zadržavanje dokumenata",
            "zadržavanje identifikacionih dokumenata",
        ],
    },
    # Module 4: the MIT in the referral mechanism
    "From detection to inclusion": {
        "text": "<p>Poredajte korake upućivanja.</p>",
        "items": [
            "Otkrivanje indikatora od strane aktera prve linije, kao što je MIT",
            "Upućivanje potencijalne žrtve u nacionalni referalni mehanizam",
            "Formalna identifikacija od strane nadležnog organa",
            "Dugoročna pomoć i socijalna uključenost",
        ],
    },
    "Assistance not conditional": {
        "text": "<p>Prema Konvenciji Vijeća Evrope o suzbijanju trgovine ljudima, "
        "pomoć žrtvi može se uslovljavati njenim pristankom da svjedoči.</p>",
        "options": [
            (
                "Tačno",
                "Ne: pomoć ne zavisi od saradnje s organima vlasti.",
            ),
            ("Netačno", "Tačno."),
        ],
    },
    "Shoplifting under control": {
        "text": "<p>Mlada žena uhvaćena je u krađi u prodavnici dok je bila pod "
        "kontrolom ljudi koji su njome trgovali. Koje se načelo primjenjuje?</p>",
        "options": [
            (
                "Nekažnjavanje: ne treba je kazniti za djela koja je bila "
                "prisiljena počiniti",
                "Tačno.",
            ),
            (
                "Jednak tretman: mora biti gonjena kao i svi drugi",
                "Njenim kažnjavanjem kaznila bi se žrtva za zločin trgovaca ljudima.",
            ),
            (
                "Period oporavka i razmišljanja: mora napustiti zemlju u roku od "
                "30 dana",
                "Period oporavka i razmišljanja je štiti; to nije rok za "
                "napuštanje zemlje.",
            ),
        ],
    },
    "Immediate assistance": {
        "text": "<p>Šta je od navedenog dio hitne pomoći potencijalnoj žrtvi? "
        "Označite sve tačne odgovore.</p>",
        "options": [
            ("Siguran smještaj", "Da."),
            ("Medicinska i psihološka pomoć", "Da."),
            (
                "Pravni savjet i informacije na jeziku koji osoba razumije",
                "Da.",
            ),
            (
                "Izjava policiji prije nego što se pruži bilo kakva pomoć",
                "Ne: pomoć ne čeka izjavu.",
            ),
            (
                "Povratak u zemlju porijekla u roku od 24 sata",
                "Ne: osoba za koju postoje osnovani razlozi za sumnju ne udaljava "
                "se prije nego što se identifikacija okonča.",
            ),
        ],
    },
    "Unaccompanied child": {
        "text": "<p>Tim sretne petnaestogodišnjaka bez pratnje kod kojeg postoje "
        "indikatori trgovine ljudima. Šta se mora dogoditi?</p>",
        "options": [
            (
                "Uputiti dijete službama za zaštitu djece, koje imenuju staratelja, "
                "i postupati s njim kao s potencijalnom žrtvom",
                "Tačno.",
            ),
            (
                "Čekati da dijete u formalnoj izjavi potvrdi da je bilo eksploatisano",
                "Zaštita ne čeka izjavu.",
            ),
            (
                "Smjestiti dijete u imigracioni centar dok se ne provjeri uzrast",
                "Ako uzrast nije siguran, s osobom se postupa kao s djetetom.",
            ),
        ],
    },
    "Reflection period": {
        "text": "<p>Konvencija Vijeća Evrope osobi za koju postoje osnovani "
        "razlozi za sumnju da je žrtva trgovine ljudima daje period oporavka i "
        "razmišljanja od najmanje 30 dana.</p>",
        "options": [
            ("Tačno", "Tačno: najmanje 30 dana za oporavak i odluku."),
            ("Netačno", "Konvencija propisuje najmanje 30 dana."),
        ],
    },
    "Returning home across a border": {
        "text": "<p>Žena identifikovana kao žrtva trgovine ljudima u jednoj zemlji "
        "regiona želi se vratiti kući, u drugu zemlju. Šta je dobra praksa?</p>",
        "options": [
            (
                "Planirati siguran, dobrovoljan povratak s referalnim tijelima obje "
                "zemlje, uz procjenu rizika i predaju službama u zemlji porijekla",
                "Tačno: regionalna saradnja čini povratak sigurnim.",
            ),
            (
                "Kupiti joj autobusku kartu čim to zatraži",
                "Bez procjene rizika i predaje mogla bi ponovo postati žrtva "
                "trgovine ljudima.",
            ),
            (
                "Prepustiti organizaciju puta poslodavcu koji ju je vrbovao",
                "Time se vraća ljudima koji su je eksploatisali.",
            ),
        ],
    },
    "NRM": {
        "text": "<p>Kako se zove sistem kojim država osigurava da se potencijalne "
        "žrtve trgovine ljudima identifikuju i upute na pomoć (engleska "
        "skraćenica NRM)?</p>",
        "accepted": ["nacionalni referalni mehanizam", "referalni mehanizam"],
    },
    # Written reflections
    "Explaining confidentiality": {
        "text": "<p>U nekoliko rečenica napišite šta biste pri prvom kontaktu "
        "rekli potencijalnoj žrtvi da joj objasnite povjerljivost: šta tim "
        "zapisuje, ko će to vidjeti i šta osoba može odbiti.</p>",
        "general_feedback": "<p>Dobar odgovor je kratak i jasan, ne obećava ništa "
        "što tim ne može ispuniti i spominje pristanak.</p>",
    },
}
