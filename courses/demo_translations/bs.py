"""CORE_COURSE - bosanski (ijekavica, latinica)."""

CORE_COURSE = {
    "title": "Osnovni program za MIT: otkrivanje, identifikacija i upućivanje",
    "slug": "mit-core-curriculum",
    "summary": (
        "Četiri osnovna modula za članove mobilnih identifikacionih timova: kako je tim "
        "sastavljen, koje su uloge njegovih članova, kako otkriti i identifikovati "
        "(potencijalne) žrtve trgovine ljudima i kako tim djeluje u okviru nacionalnog "
        "referalnog mehanizma."
    ),
    "learning_outcomes": [
        "Objasniti zašto je za identifikaciju žrtava trgovine ljudima potreban multidisciplinarni tim i šta svaki sektor u njega unosi.",
        "Opisati kako MIT dobija mandat, kako se njime rukovodi, kako se podržava i finansira, te šta je izvan njegove uloge.",
        "Obavljati svoju ulogu u terenskom radu, prvom kontaktu i praćenju te voditi evidenciju koja štiti lične podatke.",
        "Raditi sigurno na terenu i postupati u sukobima između dužnosti vlastitog sektora i interesa osobe.",
        "Primijeniti međunarodnu definiciju trgovine ljudima, uključujući pravilo za djecu, i razlikovati trgovinu ljudima od krijumčarenja migranata.",
        "Prepoznati (potencijalne) žrtve pomoću indikatora prisilnog rada MOR-a i indikatora za djecu i osobe u pokretu te ostvariti prvi kontakt usmjeren na žrtvu i zasnovan na razumijevanju traume.",
        "Upućivati potencijalne žrtve kroz nacionalni referalni mehanizam u skladu s Konvencijom Vijeća Evrope, uključujući slučajeve djece i prekogranične slučajeve.",
    ],
    "ce_hours": 12,
    "certificate_validity_months": 24,
    "enrolment_policy": "enrolment",
    "modules": [],
}

# ---------------------------------------------------------------- modul 1
CORE_COURSE["modules"].append(
    {
        "title": "Sastav mobilnog identifikacionog tima",
        "slug": "composition",
        "introduction": (
            "<p>Trgovina ljudima je skrivena i nijedna profesija je ne može sama prepoznati. "
            "Ovaj modul objašnjava zašto je za identifikaciju potreban tim, na koje se sektore MIT "
            "oslanja i šta svaki od njih donosi, te kako se tim osniva, vodi i podržava.</p>"
            "<p>Završava se granicama rada tima: MIT prepoznaje i upućuje; on ne istražuje i ne "
            "goni počinioce.</p>"
        ),
        "lessons": [
            {
                "title": "Zašto je za identifikaciju potreban tim",
                "slug": "why-identification-needs-a-team",
                "summary": (
                    "Zašto se žrtve trgovine ljudima rijetko pronađu čekanjem i zašto ih tim "
                    "sastavljen od više profesija pronalazi ranije."
                ),
                "duration_minutes": 25,
                "body": [
                    (
                        "rich_text",
                        (
                            "<h2>Trgovina ljudima je skrivena</h2>"
                            "<p>Trgovina ljudima je krivično djelo koje nastoji ostati nevidljivo. Žrtve rijetko "
                            "uđu u policijsku stanicu i kažu: „Ja sam žrtva trgovine ljudima.“ Mnoge ne znaju "
                            "taj izraz. Mnoge sebe ne vide kao žrtve. Neke se boje policije, deportacije ili "
                            "ljudi koji ih kontrolišu. Neke vjeruju da imaju dug koji prvo moraju vratiti. "
                            "Djeca mogu misliti da je normalno ono što im se dešava.</p>"
                            "<p>Zato čekanje da se žrtve same jave ne daje rezultate. Stručnjaci moraju ići na "
                            "mjesta gdje se eksploatacija dešava i naučiti prepoznavati znakove. To se naziva "
                            "<b>proaktivna identifikacija</b>.</p>"
                            "<h2>Šta je mobilni identifikacioni tim</h2>"
                            "<p>Mobilni identifikacioni tim (MIT) je mali multidisciplinarni tim stručnjaka iz "
                            "državnih institucija i nevladinih organizacija (NVO). Tim radi na terenu i u "
                            "zajednici. Njegov zadatak je <b>rano prepoznavanje</b> (potencijalnih) žrtava "
                            "trgovine ljudima i njihovo brzo upućivanje na zaštitu i pomoć.</p>"
                            "<p>Riječ <i>mobilni</i> je važna. Tim ne čeka u kancelariji. On odlazi na "
                            "autobuske i željezničke stanice, na farme u sezoni berbe, na gradilišta i pijace, "
                            "u neformalna naselja, u prihvatne i tranzitne centre i na druga mjesta gdje se "
                            "osobe u pokretu zaustavljaju ili okupljaju.</p>"
                            "<h2>Koga timovi traže</h2>"
                            "<ul>"
                            "<li>Lokalne grupe ranjive na trgovinu ljudima, na primjer pripadnike romske "
                            "zajednice koji se suočavaju sa siromaštvom, diskriminacijom i isključenošću iz "
                            "obrazovanja i rada.</li>"
                            "<li>Migrante, izbjeglice i tražioce azila u pokretu, koji mogu biti "
                            "eksploatisani tokom puta ili dok čekaju.</li>"
                            "<li>Djecu u obje grupe, koja su posebno ugrožena.</li></ul>"
                        ),
                    ),
                    (
                        "rich_text",
                        (
                            "<h2>Zašto jedna profesija nije dovoljna</h2>"
                            "<p>Svaka profesija vidi samo dio slike. Nastavnica primijeti da je djevojčica "
                            "prestala dolaziti u školu. Medicinska sestra vidi povrede koje ne odgovaraju priči "
                            "koju čuje. Inspektor rada vidi da radnici nemaju ugovore. Policijski službenik zna "
                            "da je jedan automobil mnogo puta prešao granicu s različitim putnicima. Terenski "
                            "radnik čuje ono što ljudi u naselju pričaju, a što nikada ne bi rekli službenoj "
                            "osobi.</p>"
                            "<p>Jedan znak sam po sebi obično nije dovoljan da se prepozna trgovina ljudima. "
                            "Kada ovi stručnjaci sjednu za isti sto, znakovi se povezuju. To je glavni razlog "
                            "postojanja tima.</p>"
                            "<p>Tim donosi i različite ovlasti i različite načine izgradnje povjerenja. Neki "
                            "ljudi će razgovarati samo s radnikom NVO-a. U nekim situacijama potrebna je "
                            "policija da bi svi bili sigurni. Djetetu je potreban centar za socijalni rad. "
                            "Bolesnoj ili povrijeđenoj osobi potreban je zdravstveni radnik. Kada su svi oni u "
                            "jednom timu, osoba brže dobija odgovarajuću pomoć i ne šalje se od kancelarije do "
                            "kancelarije, gdje bi iznova pričala istu bolnu priču.</p>"
                            "<h2>Dva nivoa rada</h2>"
                            "<p>Pristup MIT-a na Zapadnom Balkanu djeluje na dva nivoa:</p>"
                            "<ul>"
                            "<li><b>Regionalni nivo:</b> mapiranje načina rada timova u različitim sredinama, "
                            "razmjena dobre prakse i dogovor o jedinstvenom pristupu MIT-a koji obuhvata "
                            "Bosnu i Hercegovinu, Srbiju, Crnu Goru i Kosovo*.</li>"
                            "<li><b>Lokalni nivo:</b> osnivanje timova u općinama i održavanje njihovog "
                            "rada.</li></ul>"
                            "<p>U prvom ciklusu programa obučeno je oko 30 stručnjaka, osnovano je 14 timova "
                            "(Bosna i Hercegovina 4, Srbija 4, Crna Gora 3 i Kosovo* 3), a timovi su "
                            "identifikovali 36 (potencijalnih) žrtava.</p>"
                        ),
                    ),
                    (
                        "rich_text",
                        (
                            "<h2>Šta su prvi timovi naučili</h2>"
                            "<ul>"
                            "<li>Timovi najbolje rade kada su dio postojećeg referalnog mehanizma i imaju "
                            "održiv budžet. Tim koji zavisi od jednog kratkog projekta ili jedne entuzijastične "
                            "osobe ne opstaje.</li>"
                            "<li>Multisektorski pristup je neophodan. Tim sastavljen od jednog sektora nije "
                            "MIT.</li>"
                            "<li>Trgovina ljudima se stalno mijenja: nove rute, novi načini vrbovanja putem "
                            "interneta, novi oblici eksploatacije. Članovi moraju redovno obnavljati znanje, u "
                            "skladu s pravilima vlastitog sektora.</li>"
                            "<li>Javnost treba znati da timovi postoje i čime se bave. Ljudi koji znaju za tim "
                            "mogu ga obavijestiti o situacijama koje ih zabrinjavaju.</li></ul>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Tri dijela jedne slike",
                            "scenario": (
                                "<p>U malom gradu učiteljica osnovne škole kaže školskom pedagogu da Elvira, "
                                "djevojčica od 14 godina iz romskog naselja, već tri sedmice ne dolazi u "
                                "školu. Pedagog zove porodicu, ali niko se ne javlja.</p>"
                                "<p>Iste sedmice terenska radnica jedne NVO čuje žene u naselju kako pričaju o "
                                "Elvirinoj „veridbi“ i o iznosu novca koji je njenom ocu platila porodica iz "
                                "druge države. Nekoliko dana ranije policijski službenik je provjerio automobil "
                                "sa stranim tablicama parkiran blizu naselja. Dvojica muškaraca u njemu rekla su "
                                "da su u posjeti rodbini.</p>"
                                "<p>Svako od troje stručnjaka misli da je ono što zna premalo da bi se na osnovu "
                                "toga postupalo.</p>"
                            ),
                            "questions": [
                                "Šta zna svako od stručnjaka, a šta niko od njih ne zna?",
                                "O kojem bi se obliku eksploatacije moglo raditi i zašto je Elvirina dob važna?",
                                "Kako bi situacija izgledala drugačije da su njih troje članovi istog MIT-a?",
                                "Ko bi trebao ostvariti prvi kontakt s Elvirom i njenom porodicom i zašto?",
                            ],
                            "discussion": (
                                "<p>Svaki signal je sam za sebe slab. Zajedno upućuju na mogući dječiji brak "
                                "dogovoren za novac, što može biti oblik trgovine ljudima. Budući da je Elvira "
                                "dijete, nije potrebno dokazivati silu ili obmanu. U MIT-u bi njih troje odmah "
                                "podijelili ono što znaju, sigurnim kanalom, jer bi Elvira uskoro mogla biti "
                                "odvedena.</p>"
                                "<p>Vodeću ulogu treba imati centar za socijalni rad, jer mu je zaštita djece "
                                "zakonska dužnost. Škola i terenska radnica, koja poznaje zajednicu, pomažu da se "
                                "dođe do Elvire. Policija se priprema da djeluje ako je Elvira u neposrednoj "
                                "opasnosti, ali dolazak uniformisanih službenika kao prvi korak mogao bi navesti "
                                "porodicu da je brzo skloni. Tim bez odlaganja upućuje slučaj službi za zaštitu "
                                "djece i u nacionalni referalni mehanizam.</p>"
                            ),
                        },
                    ),
                    (
                        "key_points",
                        {
                            "title": "Ključne poruke",
                            "points": [
                                "Žrtve se rijetko same identifikuju, pa identifikacija mora biti proaktivna i odvijati se na terenu.",
                                "MIT je multidisciplinarni tim stručnjaka iz državnih institucija i NVO-a koji radi na terenu i u zajednici.",
                                "Njegove glavne ciljne grupe su ranjive lokalne grupe, kao što su romske zajednice, i osobe u pokretu.",
                                "Svaka profesija vidi samo dio slike; u timu se znakovi povezuju.",
                                "Timovi opstaju kada su dio referalnog mehanizma, imaju budžet i obnavljaju svoje vještine.",
                            ],
                        },
                    ),
                ],
            },
            {
                "title": "Sektori u timu i šta svaki od njih donosi",
                "slug": "sectors-and-what-each-brings",
                "summary": (
                    "Profesije na koje se MIT oslanja, šta svaka od njih doprinosi i kako izabrati "
                    "pravi sastav za određenu općinu."
                ),
                "duration_minutes": 30,
                "body": [
                    (
                        "rich_text",
                        (
                            "<h2>Stalni i podržavajući članovi</h2>"
                            "<p>Ne postoji jedinstven model MIT-a. Njegov sastav zavisi od lokalne situacije: ko "
                            "je ugrožen, gdje je eksploatacija vjerovatna, kojim jezicima ljudi govore i koje "
                            "usluge postoje. Većina timova ima <b>stalno jezgro</b> od tri do šest članova koji "
                            "se redovno sastaju i zajedno izlaze na teren. Oko jezgra je krug "
                            "<b>podržavajućih</b> stručnjaka koji se uključuju kada je slučaju potrebna njihova "
                            "pomoć.</p>"
                            "<p>Sektori navedeni u nastavku uobičajeni su gradivni elementi. Za svaki razmislite o "
                            "dva pitanja: šta ovaj sektor može učiniti, a drugi ne mogu, i kada njegovo "
                            "prisustvo može otežati kontakt?</p>"
                            "<h2>Policija</h2>"
                            "<p>Policijski službenici poznaju obrasce lokalnog kriminala i ljude koji ga "
                            "organizuju. Mogu zaštititi osobu u neposrednoj opasnosti, provjeriti informacije "
                            "službenim kanalima i proslijediti slučaj specijalizovanim istražiteljima. Na terenu "
                            "su odgovorni za sigurnost tima. Međutim, mnoge žrtve se boje policije, često zato "
                            "što su im eksploatatori rekli da će ih policija uhapsiti ili deportovati. Uniforma "
                            "može zatvoriti vrata koja bi službenik u civilu ili terenski radnik mogao "
                            "otvoriti.</p>"
                            "<h2>Centri za socijalni rad</h2>"
                            "<p>Socijalni radnici imaju zakonsku odgovornost za zaštitu djece i osoba kojima je "
                            "potrebna briga. U većini sredina mogu smjestiti dijete na sigurno mjesto, pokrenuti "
                            "postavljanje staratelja te organizovati smještaj i finansijsku podršku. Često dobro "
                            "poznaju porodice u općini. U svakom slučaju u koji je uključeno dijete, centar za "
                            "socijalni rad mora biti uključen.</p>"
                            "<h2>Zdravstvo</h2>"
                            "<p>Zdravstveni radnici susreću ljude koji su inače skriveni: u hitnim službama, na "
                            "ginekologiji i porodilištima, u primarnoj zdravstvenoj zaštiti i u mobilnim "
                            "ambulantama. Mogu procijeniti i liječiti povrede, infekcije, trudnoću, ovisnosti i "
                            "probleme mentalnog zdravlja. Ljekarska tajna pomaže da im ljudi vjeruju. Ponuda "
                            "zdravstvenog pregleda često je najlakši način da se započne razgovor.</p>"
                        ),
                    ),
                    (
                        "rich_text",
                        (
                            "<h2>Inspekcija rada</h2>"
                            "<p>Inspektori rada imaju pravo ulaska u radne prostore i provjere ugovora, plata, "
                            "radnog vremena te zaštite zdravlja i sigurnosti na radu. Vide sektore u kojima se "
                            "radna eksploatacija često skriva: poljoprivredu, građevinarstvo, ugostiteljstvo, "
                            "tekstilne radionice i sezonski rad. Njihov pristup privatnim domovima, na primjer u "
                            "slučajevima rada u domaćinstvu, obično je ograničen. Inspekcijski nadzor je zakonit "
                            "razlog za boravak na radnom mjestu i razgovor s radnicima.</p>"
                            "<h2>Obrazovanje</h2>"
                            "<p>Nastavnici, školski pedagozi i školski psiholozi svakodnevno viđaju djecu. "
                            "Primjećuju izostanke, napuštanje škole, nagle promjene u ponašanju, umor, povrede i "
                            "nove „prijatelje“ koji čekaju ispred škole. Mogu doći do roditelja, a kasnije "
                            "pomažu djetetu da se vrati u školu kao dio oporavka.</p>"
                            "<h2>NVO koje se bave terenskim radom</h2>"
                            "<p>Terenski radnici NVO-a odlaze tamo gdje službene osobe rijetko dolaze i u vrijeme "
                            "kada su kancelarije zatvorene. Često govore jezikom zajednice, a neki su i sami "
                            "njeni pripadnici, na primjer romski medijatori. Ljudi koji se boje institucija "
                            "mogu im vjerovati. Mnoge NVO vode i sigurne kuće, SOS linije, besplatnu pravnu "
                            "pomoć i psihološku podršku, tako da su istovremeno izvor slučajeva i pružaoci "
                            "pomoći.</p>"
                            "<h2>Prevodioci i kulturni medijatori</h2>"
                            "<p>Bez zajedničkog jezika nema identifikacije. Prevodilac prevodi tačno i neutralno. "
                            "Kulturni medijator uz to objašnjava kulturni kontekst i pomaže u izgradnji "
                            "povjerenja. I prevodioci i kulturni medijatori moraju biti obučeni, obavezani na povjerljivost i bez ikakve "
                            "veze s ljudima koji kontrolišu osobu.</p>"
                            "<h2>Službe za azil i migracije i granična policija</h2>"
                            "<p>Ove službe rade u prihvatnim i tranzitnim centrima i na granicama. Registruju "
                            "ljude, poznaju rute i vide kako djeluju mreže krijumčara. U dobroj su poziciji da "
                            "primijete osobe u pokretu koje kontrolišu drugi i da osiguraju da osoba sa znakovima "
                            "trgovine ljudima ne bude vraćena prije nego što se situacija razjasni.</p>"
                            "<h2>Drugi koji podržavaju tim</h2>"
                            "<p>Lokalna vlast može timu obezbijediti prostorije, budžet, prevoz i pristup "
                            "lokalnim uslugama. Tužioci i sudije obično nisu članovi tima, ali tim treba znati "
                            "koga u tužilaštvu kontaktirati kada je u nekom slučaju potrebno hitno pravno "
                            "postupanje.</p>"
                        ),
                    ),
                    (
                        "rich_text",
                        (
                            "<h2>Izbor pravog sastava</h2>"
                            "<p>Kada se tim osniva ili kada se njegov rad mijenja, zapitajte se:</p>"
                            "<ul>"
                            "<li>Koje su grupe ovdje ugrožene i gdje žive, rade ili kuda prolaze?</li>"
                            "<li>Kojim jezicima govore? Odakle će doći prevodioci?</li>"
                            "<li>Ima li u timu i žena i muškaraca, kako bi osoba mogla izabrati da razgovara s "
                            "nekim istog spola?</li>"
                            "<li>Koji članovi mogu izlaziti na teren i u koje vrijeme?</li>"
                            "<li>Koje usluge lokalno nedostaju i ko ih u regiji može pružiti?</li>"
                            "</ul>"
                            "<p>Dobar tim nije najveći tim. To je tim u kojem svaki član zna šta ostali mogu "
                            "učiniti.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Novi tim na migrantskoj ruti",
                            "scenario": (
                                "<p>Jedna općina leži na glavnoj migrantskoj ruti. U njoj se nalaze tranzitni "
                                "prihvatni centar za migrante i tražioce azila, velike farme koje ljeti i u jesen "
                                "zapošljavaju sezonske radnike i romsko naselje na rubu grada. Načelnik traži da "
                                "se osnuje MIT.</p>"
                                "<p>Na prvom spisku predloženih članova su dva policijska službenika iz lokalne "
                                "stanice i jedan socijalni radnik. Komandir policijske stanice kaže da je to "
                                "dovoljno, jer je „trgovina ljudima policijska stvar“.</p>"
                            ),
                            "questions": [
                                "Koji sektori nedostaju na predloženom spisku?",
                                "Koji će jezici timu vjerovatno biti potrebni i kako ih može obezbijediti?",
                                "Ko bi trebao voditi kontakt u tranzitnom centru, na farmama i u naselju?",
                                "Šta biste odgovorili komandiru?",
                            ],
                            "discussion": (
                                "<p>Na spisku nedostaju sektori koji otvaraju najviše vrata. Terenski radnici "
                                "NVO-a, idealno uključujući romskog medijatora, mogu doći do naselja. Služba za "
                                "azil i migracije poznaje tranzitni centar. Inspektor rada ima zakonit pristup "
                                "farmama. Zdravstveni radnik i predstavnik škole mogu se priključiti kao "
                                "podržavajući članovi. Timu su potrebni prevodioci za glavne jezike koji se "
                                "govore u centru, unaprijed dogovoreni, i potrebni su mu i žene i muškarci.</p>"
                                "<p>U tranzitnom centru kontakt trebaju voditi osoblje centra i radnici NVO-a; na "
                                "farmama inspektor rada; u naselju terenski radnik i centar za socijalni rad. "
                                "Policija ostaje neophodna zbog sigurnosti i prosljeđivanja slučajeva "
                                "istražiteljima. Odgovor komandiru je da je trgovina ljudima krivično djelo, ali "
                                "da je identifikacija zajednički zadatak: mnoge žrtve se nikada neće prvo obratiti "
                                "policiji.</p>"
                            ),
                        },
                    ),
                    (
                        "key_points",
                        {
                            "title": "Ključne poruke",
                            "points": [
                                "Ne postoji jedinstven model: lokalna situacija određuje ko je u timu.",
                                "Policija donosi sigurnost i vezu s istražiteljima; socijalni rad donosi zaštitu djece i brigu.",
                                "Zdravstvo, inspekcija rada i obrazovanje dopiru do ljudi u ambulantama, na radnim mjestima i u školama.",
                                "Terenski radnici NVO-a i kulturni medijatori grade povjerenje tamo gdje institucije ne mogu.",
                                "Prevodioci moraju biti obučeni, neutralni i obavezani na povjerljivost.",
                                "Uključite i žene i muškarce, kako bi osoba mogla izabrati s kim će razgovarati.",
                            ],
                        },
                    ),
                ],
            },
            {
                "title": "Osnivanje, vođenje i podrška timu",
                "slug": "forming-leading-and-supporting-a-team",
                "summary": (
                    "Mandat, protokol o saradnji, raspored dežurstava, supervizija i budžet koji "
                    "održavaju rad tima, te granice njegove uloge."
                ),
                "duration_minutes": 30,
                "body": [
                    (
                        "rich_text",
                        (
                            "<h2>Timu je potreban mandat</h2>"
                            "<p>MIT nije grupa prijatelja koji pomažu jedni drugima. Potreban mu je formalni "
                            "<b>mandat</b>: pisana odluka kojom se utvrđuje da tim postoji, čemu služi, gdje radi "
                            "i kako se uklapa u referalni mehanizam. Zavisno od države, mandat može dati "
                            "nacionalni koordinator za borbu protiv trgovine ljudima, ministarstvo, općina ili "
                            "sporazum koji potpisuju uključene institucije. Nacionalne procedure se razlikuju, "
                            "pa provjerite koji osnov važi tamo gdje radite.</p>"
                            "<p>Bez mandata poslodavci možda neće osloboditi svoje zaposlene za rad u timu, a "
                            "članovi možda neće imati pravni osnov da međusobno razmjenjuju informacije.</p>"
                            "<h2>Protokol o saradnji</h2>"
                            "<p>Institucije koje u tim šalju članove obično potpisuju <b>protokol o "
                            "saradnji</b>. Dobar protokol navodi:</p>"
                            "<ul>"
                            "<li>svrhu tima, područje na kojem radi i njegove ciljne grupe;</li>"
                            "<li>koje institucije učestvuju i kako imenuju članove i zamjenike;</li>"
                            "<li>zadatke svake institucije u terenskom radu, prvom kontaktu i praćenju;</li>"
                            "<li>kako se članovi oslobađaju redovnih dužnosti radi rada u timu;</li>"
                            "<li>kako se informacije razmjenjuju, evidentiraju i štite;</li>"
                            "<li>puteve upućivanja i kontakte u nacionalnom referalnom mehanizmu;</li>"
                            "<li>koliko se često tim sastaje i kome podnosi izvještaje;</li>"
                            "<li>ko šta plaća;</li>"
                            "<li>kada će protokol biti revidiran.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "rich_text",
                        (
                            "<h2>Rukovođenje</h2>"
                            "<p>Svaki tim ima <b>vođu tima</b> i <b>zamjenika</b>. Vođa saziva sastanke, s "
                            "članovima planira terenski rad, održava kontakt s nacionalnim ili lokalnim "
                            "koordinatorom za upućivanje, stara se da se vodi evidencija i izvještava o radu "
                            "tima. Rukovođenje nije pitanje čina. Odluke o osobi donose se zajednički, a svaki "
                            "član djeluje u okviru mandata vlastite institucije.</p>"
                            "<h2>Raspored dežurstava</h2>"
                            "<p>Žrtve trgovine ljudima ne pojavljuju se samo u radno vrijeme. <b>Raspored "
                            "dežurstava</b> pokazuje koga se može pozvati kojim danima i u koje vrijeme, "
                            "uključujući noći i vikende ako ih tim pokriva. U njemu su navedeni brojevi telefona "
                            "za hitni smještaj i za zaštitu djece izvan radnog vremena. Raspored se dostavlja "
                            "partnerima koji bi mogli pozvati tim, kao što su prihvatni centar, bolnica ili "
                            "obezbjeđenje autobuske stanice.</p>"
                            "<h2>Supervizija i briga o timu</h2>"
                            "<p>Članovi tima slušaju teške priče i viđaju ljude u velikoj nevolji. Vremenom to "
                            "može izazvati stres, sagorijevanje i sekundarnu traumu. Dobri timovi to "
                            "planiraju:</p>"
                            "<ul>"
                            "<li>redovni sastanci za razmatranje slučajeva, na kojima članovi razgovaraju o "
                            "teškim slučajevima i odlukama;</li>"
                            "<li>kratak razgovor nakon svakog teškog kontakta (debrifing);</li>"
                            "<li>pristup profesionalnoj superviziji, u okviru vlastite institucije ili kod "
                            "vanjskog supervizora;</li>"
                            "<li>redovna obuka, jer se trgovina ljudima mijenja i vještine se moraju "
                            "obnavljati.</li>"
                            "</ul>"
                            "<h2>Budžet</h2>"
                            "<p>Tim bez budžeta prestaje raditi kada se završi prvi projekat. Uobičajeni troškovi "
                            "su prevoz i gorivo, mobilni telefoni i kredit, prevodioci, hitne potrebe (hrana, "
                            "odjeća, higijenski proizvodi, noć u sigurnom smještaju), informativni leci, obuka "
                            "i radno vrijeme članova. Prvi timovi su naučili da je najbolje kada su ovi troškovi "
                            "dio redovnog budžeta općine ili institucija, a ne samo nekog projekta.</p>"
                        ),
                    ),
                    (
                        "rich_text",
                        (
                            "<h2>Šta tim ne radi</h2>"
                            "<p>MIT <b>prepoznaje i upućuje</b>. Jasne granice njegovog rada štite osobu, "
                            "članove i svaki kasniji krivični postupak. Tim ne:</p>"
                            "<ul>"
                            "<li>istražuje krivična djela niti prikuplja dokaze za krivično gonjenje;</li>"
                            "<li>hapsi, optužuje niti krivično goni bilo koga;</li>"
                            "<li>formalno identifikuje žrtve tamo gdje zakon taj zadatak povjerava nadležnom "
                            "organu;</li>"
                            "<li>zamjenjuje sigurne kuće, zdravstvenu zaštitu, pravnu pomoć ni druge "
                            "specijalizovane usluge;</li>"
                            "<li>obećava rezultate koje ne može ostvariti, kao što su dozvola boravka, novac ili "
                            "posao.</li>"
                            "</ul>"
                            "<p>Kada neki član sazna za moguće krivično djelo, član iz policije prosljeđuje "
                            "informaciju nadležnoj jedinici odgovarajućim kanalom. Loše vođeni razgovori s "
                            "osobom koje obavljaju ljudi neobučeni za to mogu naštetiti i osobi i dokazima.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Bar na magistralnom putu",
                            "scenario": (
                                "<p>Tim iz više izvora saznaje da bi mlade žene koje rade u baru na "
                                "magistralnom putu mogle biti pod kontrolom vlasnika. Žive iznad bara i nikada "
                                "ih se ne viđa same u gradu.</p>"
                                "<p>Na sastanku tima jedan član predlaže da dvoje članova uveče odu u bar kao "
                                "gosti, mobitelima fotografišu žene i vlasnika i direktno pitaju žene jesu li "
                                "prisiljene. Drugi član kaže da tim ne treba ništa poduzimati dok policija ne "
                                "završi istragu.</p>"
                            ),
                            "questions": [
                                "Je li prvi prijedlog u okviru mandata MIT-a? Koji su rizici?",
                                "Je li drugi prijedlog ispravan?",
                                "Šta bi tim trebao uraditi umjesto toga i koga treba obavijestiti?",
                            ],
                            "discussion": (
                                "<p>Odlazak u bar u ulozi gostiju i fotografisanje predstavljaju prikupljanje "
                                "dokaza, što nije zadatak tima. Time se žene izlažu riziku da ih vlasnik kazni, "
                                "izlažu se riziku i članovi, a može se naštetiti i policijskoj istrazi. Direktno "
                                "ispitivanje žena pred vlasnikom ili drugim osobljem nije sigurno.</p>"
                                "<p>Nepoduzimanje ničega je takođe pogrešno: ženama bi pomoć mogla biti potrebna "
                                "odmah. Član iz policije treba odgovarajućim kanalom obavijestiti specijalizovanu "
                                "jedinicu i s njom dogovoriti kako tim može djelovati a da ne naškodi istrazi. Tim "
                                "tada može planirati zakonit i siguran kontakt, na primjer nadzor "
                                "inspekcije rada uz prisustvo terenskog radnika NVO-a ili terensku posjetu s "
                                "ponudom zdravstvenih informacija. Odluka i razlozi za nju se evidentiraju.</p>"
                            ),
                        },
                    ),
                    (
                        "key_points",
                        {
                            "title": "Ključne poruke",
                            "points": [
                                "Timu su potrebni formalni mandat i potpisan protokol o saradnji; nacionalne procedure se razlikuju.",
                                "Vođa i zamjenik koordiniraju; odluke o osobi donose se zajednički.",
                                "Raspored dežurstava omogućava da tim bude dostupan kada je ljudima potreban, a ne samo u radno vrijeme.",
                                "Supervizija, debrifing i redovna obuka štite članove i održavaju vještine ažurnim.",
                                "Održiv budžet, idealno u okviru redovnih budžeta institucija, održava rad tima.",
                                "Tim prepoznaje i upućuje; on ne istražuje, ne goni počinioce i ne identifikuje žrtve formalno.",
                            ],
                        },
                    ),
                ],
            },
        ],
    }
)

# ---------------------------------------------------------------- modul 2
CORE_COURSE["modules"].append(
    {
        "title": "Uloge i odgovornosti članova tima",
        "slug": "roles-and-responsibilities",
        "introduction": (
            "<p>Tim dobro radi kada svaki član zna svoju ulogu prije nego što tim izađe na teren. "
            "Ovaj modul opisuje ulogu svakog člana tokom terenskog rada, prvog kontakta i praćenja "
            "te ko šta evidentira.</p>"
            "<p>Obuhvata i povjerljivost i zaštitu podataka, sigurnost osoblja na terenu, kao i "
            "postupanje kada se čini da su dužnosti vašeg sektora u sukobu s interesima osobe kojoj "
            "nastojite pomoći.</p>"
        ),
        "lessons": [
            {
                "title": "Uloge u terenskom radu, prvom kontaktu i praćenju",
                "slug": "roles-in-outreach-first-contact-and-follow-up",
                "summary": (
                    "Ko šta radi kada se tim priprema, izlazi na teren, susreće osobu i prati "
                    "slučaj."
                ),
                "duration_minutes": 30,
                "body": [
                    (
                        "rich_text",
                        (
                            "<h2>Tri faze rada MIT-a</h2>"
                            "<p>Rad MIT-a ima tri faze: <b>terenski rad</b>, <b>prvi kontakt</b> i "
                            "<b>praćenje</b>. U svakoj fazi svaki član treba znati svoju ulogu. Uloge se "
                            "dogovaraju prije izlaska na teren, a ne određuju se na licu mjesta pred "
                            "uplašenom osobom.</p>"
                            "<h2>Priprema terenskog rada</h2>"
                            "<p>Dobar terenski rad počinje za stolom tima. Tim:</p>"
                            "<ul>"
                            "<li>mapira mjesta na kojima ugrožene osobe žive, rade ili kuda prolaze, kao što "
                            "su autobuske i željezničke stanice, farme, gradilišta, pijace, autopraonice, "
                            "barovi, neformalna naselja i tranzitna područja;</li>"
                            "<li>bira pravo vrijeme: sezonu berbe ili turističku sezonu, rano jutro kada se "
                            "nadničari odvoze na posao, večeri i vikende;</li>"
                            "<li>odlučuje ko ide, ko vodi, a ko ostaje u pripravnosti;</li>"
                            "<li>provjerava sigurnost mjesta (vidi lekciju o sigurnosti osoblja);</li>"
                            "<li>nosi sve što je potrebno: službene legitimacije članova, letke na "
                            "odgovarajućim jezicima, spisak kontakata za hitne slučajeve, vodu, napunjen "
                            "telefon.</li>"
                            "</ul>"
                            "<h2>Terenski rad</h2>"
                            "<p>Cilj terenskog rada je biti viđen, graditi povjerenje, davati informacije i "
                            "uočavati znakove. To nije ispitivanje. Obično:</p>"
                            "<ul>"
                            "<li><b>terenski radnici NVO-a i kulturni medijatori</b> vode, jer ljudi s njima "
                            "lakše razgovaraju;</li>"
                            "<li><b>socijalni radnici</b> se pridružuju, posebno kada su uključena djeca ili "
                            "porodice;</li>"
                            "<li><b>policijski službenici</b> su u civilu ili ostaju u pozadini, osim ako "
                            "sigurnost ne zahtijeva drugačije;</li>"
                            "<li>na radnim mjestima vodi <b>inspektor rada</b>, jer inspekcijski nadzor timu "
                            "daje zakonit razlog da bude tamo;</li>"
                            "<li><b>zdravstveni radnik</b> može ponuditi osnovne zdravstvene preglede ili "
                            "informacije, što često otvara razgovor.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "rich_text",
                        (
                            "<h2>Prvi kontakt</h2>"
                            "<p>Prvi kontakt počinje kada tim susretne osobu koja pokazuje znakove trgovine "
                            "ljudima. To je najosjetljiviji trenutak. Osoba može biti uplašena, povrijeđena, "
                            "pod nečijim nadzorom ili jednostavno nezainteresovana. Tim se dogovara o sljedećim "
                            "ulogama:</p>"
                            "<ul>"
                            "<li><b>Glavna osoba za kontakt.</b> Govori jedan član. Tu osobu birajte prema "
                            "potrebama osobe koju susrećete (jezik, spol, povjerenje), a ne prema "
                            "činu.</li>"
                            "<li><b>Drugi član.</b> Ostaje u blizini, prati okruženje, nakon razgovora vodi "
                            "kratke bilješke i pomaže ako je potrebno.</li>"
                            "<li><b>Prevodilac ili kulturni medijator</b>, kada osoba ne govori dobro jezik "
                            "člana tima.</li>"
                            "<li><b>Dežurni član ili vođa tima.</b> Organizuje ono što je sljedeće potrebno: "
                            "hitni smještaj, ljekara, centar za socijalni rad, poziv koordinatoru za "
                            "upućivanje.</li>"
                            "</ul>"
                            "<p>Neki zadaci pripadaju jednom sektoru. Ako je osoba dijete, socijalni radnik "
                            "preuzima vodeću ulogu u zaštiti. Ako postoji neposredna opasnost, policija djeluje "
                            "radi zaštite. Ako je osoba povrijeđena ili bolesna, zdravstveni radnik odlučuje o "
                            "hitnoj pomoći. Ostali članovi pružaju podršku i niko ne djeluje izvan vlastitog "
                            "mandata.</p>"
                            "<h2>Praćenje</h2>"
                            "<p>Nakon prvog kontakta jedan član postaje <b>nosilac slučaja</b> u ime tima. "
                            "Nosilac slučaja:</p>"
                            "<ul>"
                            "<li>dovršava upućivanje nadležnom organu ili službi, kako to zahtijeva nacionalni "
                            "referalni mehanizam;</li>"
                            "<li>održava kontakt s osobom, ako ona pristane, i prati je kada je to "
                            "korisno;</li>"
                            "<li>provjerava je li obećana pomoć zaista stigla;</li>"
                            "<li>izvještava tim i zatvara slučaj u evidenciji tima kada se dio posla tima "
                            "završi.</li>"
                            "</ul>"
                            "<p>Ako odrasla osoba odbije pomoć, poštujte njenu odluku. Ostavite informacije o "
                            "tome kako može doći do tima i ostavite vrata otvorenima. Mnogi ljudi prihvate pomoć "
                            "tek pri drugom ili trećem kontaktu. Ako je dijete ugroženo ili je bilo ko u "
                            "neposrednoj opasnosti, tim mora djelovati i bez pristanka, u skladu sa "
                            "zakonom.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Dječak na autobuskoj stanici",
                            "scenario": (
                                "<p>Hladno je veče na glavnoj autobuskoj stanici. Terenska radnica NVO-a iz "
                                "tima vidi dječaka od oko osam godina kako od putnika traži novac. Muškarac u "
                                "tridesetim godinama stoji blizu blagajne. Posmatra dječaka i razgovara "
                                "telefonom. Dječak dvaput prilazi muškarcu i daje mu kovanice.</p>"
                                "<p>Večeras su na terenu terenska radnica, socijalni radnik i policijski "
                                "službenik u civilu.</p>"
                            ),
                            "questions": [
                                "Ko bi trebao prići dječaku i kako?",
                                "Koja je uloga policijskog službenika u ovom trenutku?",
                                "Šta tim treba uraditi ako muškarac priđe i kaže da je dječakov otac?",
                                "Šta se dešava dalje večeras i ko preuzima praćenje sutra?",
                            ],
                            "discussion": (
                                "<p>Terenska radnica i socijalni radnik mirno prilaze dječaku, spuštaju se u "
                                "visinu njegovih očiju i nude mu nešto toplo za piće. Govore jednostavno i "
                                "nikoga ne optužuju. Policijski službenik drži muškarca na oku, štiti tim i "
                                "spreman je djelovati ako muškarac pokuša odvesti dječaka ili postane "
                                "agresivan.</p>"
                                "<p>Dijete koje noću na hladnoći prosi i predaje novac odrasloj osobi jeste "
                                "ugroženo dijete, ko god ta odrasla osoba bila. Ako muškarac kaže da je otac, "
                                "vodeću ulogu preuzima socijalni radnik: roditeljstvo ne čini eksploataciju "
                                "prihvatljivom, a centar za socijalni rad ima dužnost da procijeni dječakovu "
                                "sigurnost. Policijski službenik može provjeriti identitet muškarca. Ako dječak "
                                "večeras ne može sigurno ostati s odraslom osobom, služba za zaštitu djece ga "
                                "smješta na sigurno mjesto. Socijalni radnik postaje nosilac slučaja i sljedećeg "
                                "dana nastavlja praćenje s porodicom, školom i referalnim mehanizmom.</p>"
                            ),
                        },
                    ),
                    (
                        "key_points",
                        {
                            "title": "Ključne poruke",
                            "points": [
                                "Dogovorite uloge prije izlaska na teren: ko vodi, ko posmatra, ko ostaje u pripravnosti.",
                                "Terenski rad znači biti viđen, graditi povjerenje i uočavati znakove, a ne ispitivati.",
                                "U prvom kontaktu govori jedna osoba; birajte je prema potrebama osobe, a ne prema činu.",
                                "Kod djece socijalni radnik vodi zaštitu; u opasnosti štiti policija.",
                                "Imenovani nosilac slučaja dovršava upućivanje i provjerava je li pomoć stigla.",
                                "Poštujte odbijanje odrasle osobe, ostavite vrata otvorenima i odmah djelujte ako je dijete ugroženo.",
                            ],
                        },
                    ),
                ],
            },
            {
                "title": "Evidentiranje, povjerljivost i zaštita podataka",
                "slug": "recording-confidentiality-and-data-protection",
                "summary": (
                    "Ko šta evidentira, kako sačiniti korisnu zabilješku i kako zaštititi lične "
                    "podatke ljudi koje tim susreće."
                ),
                "duration_minutes": 30,
                "body": [
                    (
                        "rich_text",
                        (
                            "<h2>Zašto je evidencija važna</h2>"
                            "<p>Dobra evidencija pomaže osobi da dobije odgovarajuću pomoć bez ponavljanja svoje "
                            "priče mnogo puta. Pomaže timu da uči iz vlastitog rada i daje referalnom mehanizmu "
                            "ono što mu je potrebno za postupanje. Međutim, evidencija o žrtvama trgovine "
                            "ljudima spada među najosjetljivije podatke kojima bilo koja služba raspolaže. U "
                            "pogrešnim rukama može eksploatatore dovesti do osobe, izložiti osobu sramoti u "
                            "zajednici ili stvoriti probleme članovima porodice kod kuće.</p>"
                            "<h2>Ko šta evidentira</h2>"
                            "<ul>"
                            "<li><b>Dnevnik terenskog rada</b> (vodi ga vođa tima ili imenovani član): datum, "
                            "mjesto, prisutni članovi, s koliko je osoba ostvaren kontakt, opća zapažanja. Bez "
                            "imena.</li>"
                            "<li><b>Bilješka o zapažanju</b> (sačinjava je član koji je nešto uočio): znakovi "
                            "trgovine ljudima koji su viđeni ili čuti, s vremenom i mjestom.</li>"
                            "<li><b>Zapisnik o prvom kontaktu</b> (obično ga sačinjava drugi član, a ne osoba "
                            "koja je vodila razgovor): ko je bio prisutan, uključujući prevodioca; šta je osoba "
                            "rekla, kad god je moguće njenim vlastitim riječima; šta joj je rečeno o njenim "
                            "pravima i o tome šta će se desiti s njenim podacima; je li pristala; šta je "
                            "urađeno.</li>"
                            "<li><b>Obrazac za upućivanje</b> (popunjava ga nosilac slučaja): u formatu koji "
                            "propisuje nacionalni referalni mehanizam.</li>"
                            "<li><b>Sektorska evidencija</b>: svaki član vodi i evidenciju koju zahtijeva "
                            "njegova institucija, kao što su policijski izvještaj, dosije centra za socijalni "
                            "rad ili medicinska dokumentacija, u skladu s pravilima te institucije.</li>"
                            "</ul>"
                            "<h2>Kako sačiniti zabilješku</h2>"
                            "<ul>"
                            "<li>Zapisujte činjenice: šta ste vidjeli, šta ste čuli, ko je to rekao, kada i "
                            "gdje.</li>"
                            "<li>Odvojite činjenice od mišljenja. Ako iznosite mišljenje, navedite da je to "
                            "vaše mišljenje i zašto.</li>"
                            "<li>Kada su važne, navedite vlastite riječi osobe pod navodnicima.</li>"
                            "<li>Ne koristite etikete kao što su „prostitutka“ ili „ilegalac“. Umjesto toga "
                            "opišite situaciju.</li>"
                            "<li>Pišite što prije nakon kontakta, ali ne pred osobom, osim ako ona na to "
                            "pristane.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "rich_text",
                        (
                            "<h2>Načela zaštite podataka</h2>"
                            "<p>Bosna i Hercegovina, Srbija, Crna Gora i Kosovo* imaju zakone o zaštiti ličnih "
                            "podataka i nadzorne organe. Pravila se razlikuju u pojedinostima, pa se pridržavajte "
                            "zakona i procedura svoje institucije. Glavna načela su svuda ista:</p>"
                            "<ul>"
                            "<li><b>Svrha.</b> Prikupljajte lične podatke samo radi zaštite i pomoći osobi i ne "
                            "koristite ih ni za šta drugo.</li>"
                            "<li><b>Minimizacija.</b> Prikupljajte samo ono što je potrebno za sljedeći korak. "
                            "Za upućivanje vam nije potrebna cijela životna priča.</li>"
                            "<li><b>Pristanak.</b> Na jeziku koji osoba razumije objasnite šta ćete "
                            "evidentirati, ko će to vidjeti i zašto. Pristanak mora biti dobrovoljan i može se "
                            "povući. Kod djeteta saslušajte njegovo mišljenje i uključite staratelja ili centar "
                            "za socijalni rad; ne oslanjajte se na pristanak odrasle osobe koja bi mogla biti "
                            "eksploatator.</li>"
                            "<li><b>Tačnost.</b> Ispravite greške kada ih uočite.</li>"
                            "<li><b>Sigurnost.</b> Zaštitite podatke od gubitka, krađe i radoznalih "
                            "pogleda.</li>"
                            "<li><b>Nužnost saznanja.</b> Podatke dijelite samo s onima kojima su potrebni radi "
                            "zaštite osobe, na zakonskom osnovu ili uz pristanak, i evidentirajte šta ste "
                            "podijelili i s kim.</li>"
                            "<li><b>Rokovi čuvanja.</b> Čuvajte podatke samo onoliko dugo koliko pravila "
                            "dozvoljavaju.</li>"
                            "</ul>"
                            "<h2>Sigurno čuvanje i sigurni kanali</h2>"
                            "<ul>"
                            "<li>Papirnu evidenciju držite u zaključanom ormaru, a elektronsku samo u zaštićenim "
                            "sistemima vaše institucije.</li>"
                            "<li>Koristite uređaje zaštićene lozinkom ili PIN-om i šifrovanjem. Gubitak "
                            "telefona ili laptopa odmah prijavite.</li>"
                            "<li>Nikada ne šaljite lične podatke nezaštićenim kanalima: privatnim grupama za "
                            "dopisivanje, društvenim mrežama, privatnom e-poštom ili SMS porukama.</li>"
                            "<li>Ne fotografišite ljude ni njihove dokumente privatnim telefonom.</li>"
                            "<li>Kada o slučaju morate razgovarati izvan zaštićenog sistema, koristite šifru "
                            "slučaja, a ne ime.</li>"
                            "<li>Ne razgovarajte o slučajevima u kafićima, hodnicima ili vozilima gdje vas drugi "
                            "mogu čuti.</li>"
                            "<li>Nikada ne dajte informacije novinarima. Upiti medija upućuju se osobi koju je "
                            "vaša institucija za to odredila.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Fotografija u grupi tima",
                            "scenario": (
                                "<p>Tokom zajedničkog inspekcijskog nadzora u noćnom klubu tim susreće mladu "
                                "ženu iz druge države koja kaže da želi kući, ali da joj vlasnik drži pasoš „u "
                                "sefu“. Tim je upućuje u sigurnu kuću.</p>"
                                "<p>Te noći, da bi „pomogao ostalima“, jedan član u grupu tima u privatnoj "
                                "aplikaciji za dopisivanje objavljuje fotografiju žene, fotografiju stranice "
                                "njenog pasoša koju je vlasnik kopirao i naziv njenog rodnog grada. Drugi član "
                                "prosljeđuje fotografije prijatelju koji radi u turističkoj agenciji i pita ga "
                                "može li se naći jeftina karta za povratak kući. Sljedećeg jutra lokalni novinar "
                                "zove člana iz policije i pita o „djevojci iz kluba“.</p>"
                            ),
                            "questions": [
                                "Koja su pravila zaštite podataka prekršena i kakva bi šteta mogla nastati?",
                                "Šta bi članovi sada trebali uraditi?",
                                "Kako bi tim ubuduće trebao razmjenjivati informacije o slučaju?",
                                "Kako bi član iz policije trebao odgovoriti novinaru?",
                            ],
                            "discussion": (
                                "<p>Lični podaci, uključujući fotografiju i podatke iz identifikacionog "
                                "dokumenta, poslani su nezaštićenim privatnim kanalom, a zatim podijeljeni s "
                                "osobom izvan tima kojoj nisu bili potrebni. Vlasnikova mreža, ženina zajednica "
                                "ili mediji sada bi je mogli pronaći, a ona bi mogla biti izložena riziku.</p>"
                                "<p>Članovi trebaju izbrisati objave, zamoliti prijatelja da izbriše "
                                "fotografije i to potvrdi te prijaviti incident svojim institucijama, koje ga "
                                "možda moraju prijaviti organu za zaštitu ličnih podataka. Ženi treba iskreno "
                                "reći šta se desilo. Ubuduće tim razmjenjuje pojedinosti o slučaju samo putem "
                                "sigurnih institucionalnih kanala, a u svim kratkim porukama koristi šifre "
                                "slučajeva. Povratak kući organizuje se kroz referalni mehanizam, uz procjenu "
                                "rizika, a ne preko privatnog poznanstva. Član iz policije novinaru ne daje "
                                "nikakve informacije i upućuje ga na portparola institucije.</p>"
                            ),
                        },
                    ),
                    (
                        "key_points",
                        {
                            "title": "Ključne poruke",
                            "points": [
                                "Dogovorite ko vodi koju evidenciju: dnevnik terenskog rada, bilješku o zapažanju, zapisnik o prvom kontaktu, obrazac za upućivanje.",
                                "Zapisujte činjenice, odvojite mišljenja i izbjegavajte etikete.",
                                "Prikupljajte samo ono što je potrebno, uz informisani pristanak, i koristite to samo za pomoć osobi.",
                                "Evidenciju čuvajte sigurno; nikada ne koristite privatne aplikacije za dopisivanje, društvene mreže ni privatnu e-poštu za lične podatke.",
                                "Dijelite podatke samo s onima kojima su nužni, evidentirajte šta ste podijelili i nikada ne razgovarajte s novinarima o slučaju.",
                            ],
                        },
                    ),
                ],
            },
            {
                "title": "Sigurnost osoblja i sukobi dužnosti",
                "slug": "staff-safety-and-conflicts-of-duty",
                "summary": (
                    "Kako održati sigurnost tima na terenu i šta učiniti kada su dužnosti vašeg "
                    "sektora u suprotnosti s interesima osobe."
                ),
                "duration_minutes": 30,
                "body": [
                    (
                        "rich_text",
                        (
                            "<h2>Sigurnost osoblja na terenu</h2>"
                            "<p>Trgovci ljudima zarađuju na ljudima koje kontrolišu. Kada se neko umiješa, mogu "
                            "reagovati prijetnjama ili nasiljem. Terenski rad nosi i druge rizike: saobraćaj, "
                            "loše vrijeme, pse, bolesti i mjesta na kojima tim nije dobrodošao. Član koji se "
                            "povrijedi ne može nikome pomoći.</p>"
                            "<h3>Prije izlaska na teren</h3>"
                            "<ul>"
                            "<li>Napravite kratku procjenu rizika: Ko kontroliše ovo mjesto? Je li bilo "
                            "prijetnji ili nasilja? Ima li signala za telefon? Kako se brzo povući?</li>"
                            "<li>Obavijestite dežurnog člana kuda tim ide, ko ide i kada će se vratiti.</li>"
                            "<li>Dogovorite vrijeme javljanja i jednostavnu šifru koja znači „odmah "
                            "odlazimo“.</li>"
                            "<li>Ponesite službene legitimacije, napunjene telefone, spisak brojeva za hitne "
                            "slučajeve i osnovni pribor za prvu pomoć.</li>"
                            "</ul>"
                            "<h3>Na terenu</h3>"
                            "<ul>"
                            "<li>Nikada ne idite sami. Radite najmanje u paru i ostanite u vidokrugu jedno "
                            "drugog.</li>"
                            "<li>Parkirajte automobil okrenut prema izlazu.</li>"
                            "<li>Ne suprotstavljajte se nikome za koga sumnjate da vrši eksploataciju i nikoga "
                            "ne optužujte. Vaš zadatak je doći do osobe, a ne uhvatiti eksploatatora.</li>"
                            "<li>Ako situacija postane napeta, mirno se povucite i obavijestite člana iz "
                            "policije ili pozovite policiju.</li>"
                            "<li>Pridržavajte se osnovnih zdravstvenih mjera opreza: rukavice pri obradi rana, "
                            "higijena ruku i vakcinacije preporučene za vaš posao.</li>"
                            "</ul>"
                            "<h3>Nakon terenskog rada</h3>"
                            "<ul>"
                            "<li>Javite se dežurnom članu.</li>"
                            "<li>Prođite kroz dan u kratkom debrifingu, posebno nakon teškog kontakta.</li>"
                            "<li>Svaku prijetnju ili incident prijavite svojoj instituciji.</li>"
                            "</ul>"
                            "<p>Sigurnost podrazumijeva i emocionalnu sigurnost. Priče o nasilju ostaju s "
                            "ljudima koji ih slušaju. Uočavajte znakove stresa kod sebe i kolega, kao što su "
                            "loš san, razdražljivost ili osjećaj otupjelosti, i koristite superviziju koju je "
                            "tim organizovao.</p>"
                        ),
                    ),
                    (
                        "rich_text",
                        (
                            "<h2>Kada dužnosti vuku u različitim smjerovima</h2>"
                            "<p>Svaki član u tim unosi dužnosti vlastitog sektora. Ponekad se čini da su te "
                            "dužnosti u suprotnosti s onim što osoba želi ili treba. Na primjer:</p>"
                            "<ul>"
                            "<li>Policijski službenik može imati zakonsku dužnost da prijavi krivično djelo ili "
                            "nezakonit boravak, dok se osoba boji policije i traži da se ništa ne "
                            "prijavljuje.</li>"
                            "<li>Socijalni radnik mora prijaviti ugroženo dijete, čak i kada ga dijete moli da "
                            "nikome ne kaže.</li>"
                            "<li>Inspektor rada mora naložiti poslodavcu da otkloni nepravilnosti ili izreći "
                            "kaznu, a radnici bi mogli izgubiti jedini prihod.</li>"
                            "<li>Službenik za migracije mora primijeniti migracione propise na osobu koja bi "
                            "mogla biti žrtva.</li>"
                            "<li>Zdravstveni radnik je vezan ljekarskom tajnom, što može ograničiti ono što "
                            "smije podijeliti s timom.</li>"
                            "</ul>"
                            "<h2>Kako postupati u ovim sukobima</h2>"
                            "<ol>"
                            "<li><b>Unaprijed poznajte svoje dužnosti.</b> Svaki član treba objasniti timu šta "
                            "zakon zahtijeva od njegovog sektora. Dogovoreni pristup unesite u protokol o "
                            "saradnji.</li>"
                            "<li><b>Budite iskreni prema osobi.</b> Prije nego što vam osoba ispriča svoju "
                            "priču, objasnite šta možete zadržati u povjerenju, a šta morate prijaviti. Nikada "
                            "ne obećavajte ono što ne možete ispuniti.</li>"
                            "<li><b>Izaberite ko ostvaruje kontakt.</b> Kada se osoba boji policije, vodeću "
                            "ulogu može imati radnik NVO-a ili socijalni radnik, dok član iz policije ostaje u "
                            "pozadini. Time se ne ukidaju dužnosti člana iz policije, ali se osobi može dati "
                            "vrijeme i povjerenje.</li>"
                            "<li><b>Sigurnost i prava na prvom mjestu.</b> Međunarodni standardi prihvaćeni u "
                            "cijeloj regiji kažu da žrtve ne treba kažnjavati za djela na koja su bile "
                            "prisiljene i da pomoć ne zavisi od saradnje s policijom. Koristite ova načela (vidi "
                            "Modul 4).</li>"
                            "<li><b>Zatražite smjernice.</b> Kada ste u nedoumici, konsultujte svog "
                            "nadređenog ili koordinatora za upućivanje i evidentirajte odluku i razloge za "
                            "nju.</li>"
                            "</ol>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Autopraonica",
                            "scenario": (
                                "<p>Tokom terenskog rada radnica NVO-a razgovara s Arbenom, mladićem iz "
                                "susjedne države koji radi u autopraonici na rubu grada. Njegov dozvoljeni "
                                "boravak je istekao. Kaže da četiri mjeseca dobija samo hranu i krevet u "
                                "stražnjoj prostoriji. Vlasnik kaže da će plata doći „kada se otplati dug za "
                                "put“. Arben želi kući, ali moli radnicu NVO-a da ne obavještava policiju, jer "
                                "mu je vlasnik rekao da bi zbog rada na crno otišao u zatvor.</p>"
                                "<p>Član tima iz policije je u automobilu u blizini.</p>"
                            ),
                            "questions": [
                                "Koje znakove trgovine ljudima ili prisilnog rada možete uočiti?",
                                "Koje su dužnosti člana iz policije, a koji su Arbenovi interesi?",
                                "Šta bi radnica NVO-a sada trebala reći Arbenu?",
                                "Kako bi tim trebao postupiti?",
                            ],
                            "discussion": (
                                "<p>Postoji nekoliko znakova prisilnog rada: uskraćena plata, dug za put, "
                                "prijetnje zatvorom i zavisnost od poslodavca za hranu i smještaj. Oni daju "
                                "osnovane razloge da se Arben tretira kao potencijalna žrtva.</p>"
                                "<p>Član iz policije možda ima dužnost da prijavi nezakonit boravak i sumnju na "
                                "krivično djelo. Međutim, Arbenov interes su sigurnost, pomoć i siguran "
                                "povratak, a načela nekažnjavanja i bezuslovne pomoći idu u prilog njemu. "
                                "Radnica NVO-a ne bi trebala obećati potpunu tajnost. Treba iskreno objasniti da "
                                "je u timu i policija, da osoba koja bi mogla biti žrtva trgovine ljudima ima "
                                "pravo na pomoć i da će tim tražiti da se s njim postupa kao s mogućom žrtvom, a "
                                "ne kao s počiniocem. Uz Arbenov pristanak, tim ga upućuje u referalni "
                                "mehanizam. Član iz policije prijavljuje sumnju na eksploataciju nadležnoj "
                                "jedinici i traži da se Arbenov nezakonit boravak riješi u skladu s procedurama "
                                "za potencijalne žrtve.</p>"
                            ),
                        },
                    ),
                    (
                        "key_points",
                        {
                            "title": "Ključne poruke",
                            "points": [
                                "Procijenite rizike prije izlaska, nikada ne idite sami i dogovorite javljanje i znak za povlačenje.",
                                "Ne suprotstavljajte se osumnjičenim eksploatatorima; vaš zadatak je doći do osobe.",
                                "Vodite računa i o emocionalnoj sigurnosti: debrifing i supervizija.",
                                "Unaprijed upoznajte dužnosti svakog sektora i dogovoreni pristup unesite u protokol.",
                                "Iskreno recite osobi šta morate prijaviti; nikada ne obećavajte potpunu tajnost.",
                                "Koristite načela nekažnjavanja i bezuslovne pomoći i zatražite smjernice kada ste u nedoumici.",
                            ],
                        },
                    ),
                ],
            },
        ],
    }
)

# ---------------------------------------------------------------- modul 3
CORE_COURSE["modules"].append(
    {
        "title": "Otkrivanje i identifikacija (potencijalnih) žrtava",
        "slug": "detection-and-identification",
        "introduction": (
            "<p>Ovaj modul vam daje alate za prepoznavanje trgovine ljudima na terenu. Počinje "
            "međunarodnom definicijom i oblicima eksploatacije, a zatim se bavi indikatorima: "
            "jedanaest indikatora prisilnog rada Međunarodne organizacije rada (MOR) i znakovima "
            "specifičnim za djecu i osobe u pokretu.</p>"
            "<p>Završava se načinom ostvarivanja prvog kontakta koji ne nanosi štetu i razlikom "
            "između potencijalne žrtve, koju MIT može prepoznati, i formalno identifikovane "
            "žrtve.</p>"
        ),
        "lessons": [
            {
                "title": "Šta je trgovina ljudima: definicija i oblici eksploatacije",
                "slug": "definition-and-forms-of-exploitation",
                "summary": (
                    "Tri elementa međunarodne definicije, posebno pravilo za djecu i oblici koje "
                    "eksploatacija poprima."
                ),
                "duration_minutes": 30,
                "body": [
                    (
                        "rich_text",
                        (
                            "<h2>Međunarodna definicija</h2>"
                            "<p>Definicija koja se koristi u cijeloj Evropi potiče iz Protokola Ujedinjenih "
                            "nacija o trgovini ljudima iz 2000. godine, često nazivanog Palermo protokol. "
                            "Konvencija Vijeća Evrope o suzbijanju trgovine ljudima koristi istu definiciju, a "
                            "na njoj se zasnivaju i nacionalni zakoni u regiji. Definicija ima tri "
                            "elementa.</p>"
                            "<ol>"
                            "<li><b>Radnja</b> (šta se čini): vrbovanje, prevoz, transfer, skrivanje ili "
                            "prihvat osobe.</li>"
                            "<li><b>Sredstva</b> (kako se čini): prijetnja silom ili upotreba sile ili drugih "
                            "oblika prinude, otmica, prevara, obmana, zloupotreba ovlasti ili položaja "
                            "ranjivosti, ili davanje ili primanje novca ili koristi radi pribavljanja pristanka "
                            "osobe koja ima kontrolu nad drugom osobom.</li>"
                            "<li><b>Svrha</b> (zašto se čini): eksploatacija.</li>"
                            "</ol>"
                            "<p>Kod odrasle osobe moraju biti prisutna sva tri elementa. Svrha se odnosi na "
                            "namjeru: osoba može biti žrtva trgovine ljudima i ako eksploatacija još nije "
                            "počela, na primjer kada je zaustavljena na putu.</p>"
                            "<h3>Pristanak nije bitan</h3>"
                            "<p>Kada je upotrijebljeno bilo koje od sredstava, pristanak žrtve na namjeravanu "
                            "eksploataciju nije bitan. Žena je možda pristala da radi u inostranstvu, pa čak i "
                            "da pruža seksualne usluge, ali nije pristala da bude prevarena u pogledu uslova, da "
                            "joj se oduzme pasoš ili da predaje cijelu zaradu.</p>"
                            "<h3>Izuzetak za djecu</h3>"
                            "<p>Dijete je svaka osoba mlađa od 18 godina. Kod djeteta <b>sredstva nisu "
                            "potrebna</b>. Ako je dijete vrbovano, prevezeno, skriveno ili prihvaćeno radi "
                            "eksploatacije, to je trgovina ljudima, bez obzira na to je li upotrijebljena sila "
                            "ili obmana i bez obzira na to šta dijete ili roditelji kažu da su "
                            "prihvatili.</p>"
                            "<h3>Šta trgovina ljudima ne zahtijeva</h3>"
                            "<ul>"
                            "<li>Ne zahtijeva prelazak granice. Trgovina ljudima unutar jedne države česta je u "
                            "regiji.</li>"
                            "<li>Ne zahtijeva da je osoba zatvorena. Kontrola se često ostvaruje putem duga, "
                            "prijetnji, srama ili zavisnosti.</li>"
                            "<li>Ne zahtijeva da počinilac bude nepoznata osoba. Mnoge žrtve vrbuje partner, rođak, komšija ili "
                            "prijatelj.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "rich_text",
                        (
                            "<h2>Oblici eksploatacije</h2>"
                            "<p>Međunarodna definicija daje minimalni spisak oblika eksploatacije. Nacionalni "
                            "zakoni i Direktiva Evropske unije o sprečavanju i suzbijanju trgovine ljudima, "
                            "izmijenjena 2024. godine, navode i druge. Oblici s kojima ćete se u regiji "
                            "najvjerovatnije susresti su:</p>"
                            "<ul>"
                            "<li><b>Seksualna eksploatacija</b>: iskorištavanje prostitucije drugih i drugi "
                            "oblici, uključujući pornografiju i seksualnu eksploataciju putem interneta. Dešava "
                            "se u noćnim klubovima, barovima, privatnim stanovima i hotelima, kao i tokom "
                            "turističke sezone. Čest metod je „loverboy“: muškarac započne vezu s djevojkom "
                            "ili mladom ženom, a zatim je prisili na pružanje seksualnih usluga.</li>"
                            "<li><b>Radna eksploatacija i prisilni rad</b>: u poljoprivredi, građevinarstvu, "
                            "ugostiteljstvu, fabrikama, autopraonicama i radu u domaćinstvu, u regiji i u "
                            "inostranstvu.</li>"
                            "<li><b>Prisilno prosjačenje</b>: djeca, osobe s invaliditetom i starije osobe "
                            "prisiljavaju se da prose i predaju novac.</li>"
                            "<li><b>Prisilno vršenje krivičnih djela</b>: ljudi, često djeca, prisiljavaju se "
                            "na krađe, džeparenje, prodaju droge, uzgoj kanabisa ili učešće u "
                            "prevarama.</li>"
                            "<li><b>Prisilni brak</b>: osoba se udaje ili ženi bez slobodnog i punog "
                            "pristanka, uključujući dječiji brak dogovoren u zamjenu za novac ili druge "
                            "koristi.</li>"
                            "<li><b>Nezakonito usvojenje</b>: dijete se prodaje ili daje na usvojenje mimo "
                            "zakonskog postupka.</li>"
                            "<li><b>Eksploatacija surogat-majčinstva</b>: žena se prisilom ili obmanom navodi "
                            "da nosi dijete za druge.</li>"
                            "<li>Ropstvo, služenje i uklanjanje organa također su oblici eksploatacije prema "
                            "međunarodnoj definiciji.</li>"
                            "</ul>"
                            "<p>Različiti oblici se često javljaju zajedno. Djevojčica eksploatisana kroz "
                            "prisilni brak može biti prisiljena i na rad u domaćinstvu. Muškarac prisiljen na "
                            "rad na farmi može biti prisiljen i da prenosi drogu. Nacionalni zakoni mogu "
                            "drugačije navoditi oblike, pa naučite spisak iz krivičnog zakona koji važi kod "
                            "vas.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Posao konobarice u inostranstvu",
                            "scenario": (
                                "<p>Mirela ima 20 godina. Na društvenim mrežama pronašla je oglas: traže se "
                                "konobarice za hotel na moru u inostranstvu, dobra plata, plaćeni put i smještaj. "
                                "Javila se na broj, a ljubazna žena je sve dogovorila preko poruka. Na odredištu "
                                "ju je dočekao muškarac, uzeo joj pasoš „za radnu dozvolu“ i rekao joj da duguje "
                                "1.800 eura za put i sobu. Umjesto u hotel, odvedena je u noćni bar i rečeno joj "
                                "je da sjedi s gostima i navodi ih da kupuju piće. Nakon dvije sedmice rečeno joj "
                                "je da je gosti mogu odvesti u sobu na spratu i da će joj se u suprotnom dug "
                                "povećavati.</p>"
                                "<p>Uspjela je poslati poruku rođaki. Nakon što se uz pomoć policije vratila "
                                "kući, rođaka je dovodi u lokalni MIT.</p>"
                            ),
                            "questions": [
                                "Utvrdite radnju, sredstvo i svrhu.",
                                "Je li bitno to što je Mirela pristala da ode u inostranstvo i radi u baru?",
                                "Koji su oblici eksploatacije prisutni ili namjeravani?",
                                "Da li bi se odgovor promijenio da Mirela ima 16 godina?",
                            ],
                            "discussion": (
                                "<p>Radnja je vrbovanje (oglas i dopisivanje), prevoz i prihvat (doček i "
                                "odvođenje u bar). Sredstva su obmana u vezi s poslom, oduzimanje pasoša, dug "
                                "kojim se ona kontroliše i prijetnje. Svrha je seksualna eksploatacija, kao i "
                                "radna eksploatacija u baru. Prisutna su sva tri elementa, pa postoje osnovani "
                                "razlozi da se Mirela tretira kao potencijalna žrtva trgovine ljudima.</p>"
                                "<p>Njen pristanak na put i rad nije bitan, jer je pribavljen obmanom i "
                                "održavan prinudom. Da Mirela ima 16 godina, sredstva ne bi ni trebalo "
                                "dokazivati: vrbovanje i premještanje djeteta radi eksploatacije samo po sebi "
                                "je trgovina ljudima. Tim je treba saslušati, zadovoljiti njene neposredne "
                                "potrebe i uputiti je u referalni mehanizam; pojedinosti krivičnog djela su "
                                "posao istražitelja.</p>"
                            ),
                        },
                    ),
                    (
                        "key_points",
                        {
                            "title": "Ključne poruke",
                            "points": [
                                "Trgovina ljudima ima tri elementa: radnju, sredstvo i svrhu eksploatacije.",
                                "Kada je upotrijebljeno bilo koje sredstvo, pristanak žrtve nije bitan.",
                                "Kod djeteta mlađeg od 18 godina potrebni su samo radnja i svrha.",
                                "Trgovina ljudima ne zahtijeva prelazak granice, zatočenje niti nepoznatu osobu.",
                                "Oblici uključuju seksualnu i radnu eksploataciju, prisilno prosjačenje, prisilno vršenje krivičnih djela, prisilni brak, nezakonito usvojenje i eksploataciju surogat-majčinstva.",
                            ],
                        },
                    ),
                ],
            },
            {
                "title": "Indikatori: jedanaest indikatora prisilnog rada MOR-a",
                "slug": "ilo-indicators-of-forced-labour",
                "summary": (
                    "Kako koristiti indikatore i kako svaki od jedanaest indikatora prisilnog rada "
                    "MOR-a izgleda u praksi."
                ),
                "duration_minutes": 35,
                "body": [
                    (
                        "rich_text",
                        (
                            "<h2>Šta je indikator</h2>"
                            "<p>Indikator je znak koji može ukazivati na trgovinu ljudima ili prisilni rad. "
                            "Nijedan indikator sam po sebi ništa ne dokazuje. Radnik koji radi dugo nije "
                            "nužno žrtva. Međutim, kada se nekoliko indikatora pojavi zajedno ili kada se "
                            "pojavi jedan snažan indikator, kao što je pasoš koji drži poslodavac uz "
                            "prijetnje, trebate pomisliti na trgovinu ljudima i djelovati.</p>"
                            "<p>Međunarodna organizacija rada (MOR) definiše prisilni rad kao rad ili uslugu "
                            "koja se od osobe zahtijeva pod prijetnjom kazne i na koju osoba nije dobrovoljno "
                            "pristala. MOR je opisao jedanaest indikatora prisilnog rada. Oni su korisni za "
                            "sve oblike eksploatacije, a ne samo za rad.</p>"
                        ),
                    ),
                    (
                        "rich_text",
                        (
                            "<h2>Jedanaest indikatora</h2>"
                            "<ol>"
                            "<li><b>Zloupotreba ranjivosti.</b> Eksploatator koristi slab položaj osobe: "
                            "siromaštvo, nepoznavanje jezika, nezakonit status, invaliditet, ovisnost ili "
                            "zavisnost od poslodavca za smještaj i hranu.</li>"
                            "<li><b>Obmana.</b> Osoba je slagana o vrsti posla, plati, uslovima, mjestu rada "
                            "ili poslodavcu.</li>"
                            "<li><b>Ograničenje kretanja.</b> Osoba ne može slobodno napustiti radno mjesto ili "
                            "smještaj, zaključana je, uvijek je u pratnji ili je nadziru kamere ili "
                            "čuvari.</li>"
                            "<li><b>Izolacija.</b> Osoba se drži podalje od drugih: na udaljenoj lokaciji, bez "
                            "telefona, bez kontakta s porodicom, ne znajući adresu.</li>"
                            "<li><b>Fizičko i seksualno nasilje.</b> Premlaćivanje, silovanje, prisilno "
                            "uzimanje droga ili alkohola ili nasilje kao kazna ili upozorenje.</li>"
                            "<li><b>Zastrašivanje i prijetnje.</b> Prijetnje da će se nauditi osobi ili njenoj "
                            "porodici, da će je prijaviti policiji ili migracionim organima, da će porodici "
                            "reći kakav posao radi ili da će joj se povećati dug.</li>"
                            "<li><b>Zadržavanje ličnih dokumenata.</b> Poslodavac ili treća osoba drži pasoš "
                            "ili ličnu kartu i ne vraća ih kada osoba to zatraži.</li>"
                            "<li><b>Uskraćivanje plate.</b> Plata se isplaćuje sa zakašnjenjem, tek na kraju "
                            "sezone, mnogo manja od obećane ili se uopšte ne isplaćuje, tako da osoba ne može "
                            "otići a da ne izgubi sve.</li>"
                            "<li><b>Dužničko ropstvo.</b> Osoba radi da bi otplatila dug za put, posredovanje "
                            "pri zapošljavanju, smještaj ili hranu koji se nikada ne smanjuje, često zbog "
                            "visokih troškova i kazni.</li>"
                            "<li><b>Nehumani uslovi rada i života.</b> Opasan rad bez zaštite, pretrpan i "
                            "prljav smještaj, bez odmora, bez pristupa zdravstvenoj zaštiti.</li>"
                            "<li><b>Prekomjeran prekovremeni rad.</b> Rad daleko duži od zakonom dozvoljenog, "
                            "često sedam dana u sedmici, bez mogućnosti odbijanja.</li>"
                            "</ol>"
                        ),
                    ),
                    (
                        "rich_text",
                        (
                            "<h2>Kako dobro koristiti indikatore</h2>"
                            "<ul>"
                            "<li><b>Posmatrajte cijelu situaciju.</b> Obratite pažnju na mjesto, smještaj, ko "
                            "govori a ko šuti, ko drži dokumente i novac.</li>"
                            "<li><b>Postavljajte otvorena pitanja.</b> „Možete li mi reći nešto o svom poslu "
                            "ovdje?“ daje više od „Da li vas prisiljavaju da radite?“ Mnogi ljudi sebe ne vide "
                            "kao žrtve.</li>"
                            "<li><b>Pitajte o slobodi.</b> „Kada biste sutra htjeli otići, šta bi se "
                            "desilo?“ često je pitanje koje otkriva najviše.</li>"
                            "<li><b>Razgovarajte nasamo.</b> Osoba neće opisivati prijetnje dok u blizini "
                            "stoji poslodavac ili „kolega“.</li>"
                            "<li><b>Evidentirajte indikatore</b> koje ste vidjeli i čuli, kao činjenice, kako bi "
                            "upućivanje bilo jasno.</li>"
                            "<li><b>Ne čekajte dokaze.</b> Timu su potrebni osnovani razlozi, a ne dokazi, da "
                            "osobu uputi kao potencijalnu žrtvu.</li>"
                            "</ul>"
                            "<p>Imajte na umu da kršenje radnog zakonodavstva i prisilni rad nisu isto. Niska "
                            "plata i dugo radno vrijeme mogu biti kršenje radnog zakonodavstva, a da ne "
                            "predstavljaju prisilni rad. Razlika je obično u elementu prinude: osoba ne može "
                            "otići a da ne bude kažnjena.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Pasoši „radi prijave“",
                            "scenario": (
                                "<p>U septembru inspektor rada i terenska radnica NVO-a posjećuju veliku "
                                "voćarsku farmu. Dvadesetak sezonskih radnika bere jabuke. Neki dolaze iz "
                                "siromašnih sela iste države, a drugi iz susjedne države.</p>"
                                "<p>Dok inspektor u kancelariji provjerava papire, jedan radnik, muškarac od "
                                "oko 45 godina, tiho govori terenskoj radnici da vlasnik farme drži pasoše svih "
                                "stranih radnika „radi prijave“. Plate će biti isplaćene na kraju sezone, "
                                "umanjene za troškove autobusa, hrane i kreveta. Devet muškaraca spava u jednom "
                                "metalnom kontejneru. Rade od šest ujutro do mraka, svaki dan. Poslovođa ih vozi "
                                "na polje i nazad i ne dozvoljava im da idu u grad. Rekao im je da će ih, ako se "
                                "budu žalili, policija deportovati i da nikada neće biti plaćeni.</p>"
                            ),
                            "questions": [
                                "Koje od jedanaest indikatora MOR-a možete pronaći?",
                                "Radi li se o kršenju radnog zakonodavstva, prisilnom radu ili možda trgovini ljudima?",
                                "Kako tim treba razgovarati s radnikom a da ga ne izloži riziku?",
                                "Šta bi inspektor rada i tim trebali uraditi dalje?",
                            ],
                            "discussion": (
                                "<p>Prisutno je najmanje sedam indikatora: zadržavanje ličnih dokumenata, "
                                "uskraćivanje plate, mogući dug (odbici za autobus, hranu i krevete), "
                                "ograničenje kretanja, izolacija, zastrašivanje i prijetnje (deportacija, "
                                "neisplata), nehumani uslovi života i prekomjeran prekovremeni rad. Kod stranih "
                                "radnika vjerovatna je i zloupotreba ranjivosti. Zajedno s vrbovanjem i prevozom "
                                "radnika, to daje osnovane razloge za sumnju na trgovinu ljudima radi radne "
                                "eksploatacije, a ne samo na kršenje radnog zakonodavstva.</p>"
                                "<p>Tim ne smije pokazati poslovođi ili vlasniku da je radnik progovorio. Može "
                                "ponuditi razgovor nasamo svim radnicima, na primjer tokom inspekcijskog nadzora, "
                                "uz prevodioca, tako da niko ne bude izdvojen. Inspektor rada koristi svoja "
                                "ovlaštenja da zahtijeva vraćanje pasoša i isplatu plata, u skladu s nacionalnim "
                                "zakonom. Član iz policije prosljeđuje informacije nadležnoj jedinici. Tim "
                                "upućuje radnike koji na to pristanu u referalni mehanizam i osigurava da ne "
                                "budu jednostavno deportovani prije nego što se procijeni njihova "
                                "situacija.</p>"
                            ),
                        },
                    ),
                    (
                        "key_points",
                        {
                            "title": "Ključne poruke",
                            "points": [
                                "Nijedan indikator sam ne dokazuje trgovinu ljudima; tražite kombinacije i snažne indikatore.",
                                "Jedanaest indikatora MOR-a: zloupotreba ranjivosti, obmana, ograničenje kretanja, izolacija, fizičko i seksualno nasilje, zastrašivanje i prijetnje, zadržavanje ličnih dokumenata, uskraćivanje plate, dužničko ropstvo, nehumani uslovi rada i života, prekomjeran prekovremeni rad.",
                                "Postavljajte otvorena pitanja nasamo; pitajte šta bi se desilo kada bi osoba htjela otići.",
                                "Prinuda je ono što kršenje radnog zakonodavstva pretvara u prisilni rad.",
                                "Za upućivanje potencijalne žrtve potrebni su vam osnovani razlozi, a ne dokazi.",
                            ],
                        },
                    ),
                ],
            },
            {
                "title": "Djeca, osobe u pokretu i razlika između krijumčarenja i trgovine ljudima",
                "slug": "children-people-on-the-move-and-smuggling",
                "summary": (
                    "Indikatori specifični za djecu te za migrante i izbjeglice i po čemu se "
                    "krijumčarenje migranata razlikuje od trgovine ljudima."
                ),
                "duration_minutes": 30,
                "body": [
                    (
                        "rich_text",
                        (
                            "<h2>Indikatori specifični za djecu</h2>"
                            "<p>Djeca rijetko traže pomoć i mogu štititi odrasle koji ih eksploatišu, posebno "
                            "kada su ti odrasli članovi porodice. Obratite pažnju na:</p>"
                            "<ul>"
                            "<li>dijete koje ne ide u školu ili ju je naglo napustilo;</li>"
                            "<li>dijete koje prosi, prodaje robu, pere vjetrobranska stakla ili radi kasno "
                            "noću ili dugo;</li>"
                            "<li>dijete koje predaje novac odrasloj osobi ili ga odrasla osoba posmatra iz "
                            "daljine;</li>"
                            "<li>dijete koje putuje s odraslom osobom koja nije roditelj ni zakonski staratelj "
                            "ili čiji odnos s odraslom osobom nije jasan;</li>"
                            "<li>dijete koje ne zna adresu na kojoj živi ili daje odgovor koji zvuči naučeno "
                            "napamet;</li>"
                            "<li>znakove zanemarivanja, gladi, umora, povreda ili neliječene bolesti;</li>"
                            "<li>dijete koje ima više novca, odjeće ili telefona nego što mu porodica može "
                            "priuštiti, ili starijeg „dečka“;</li>"
                            "<li>dijete koje je vjereno ili udato, ili će to uskoro biti, posebno ako je "
                            "plaćen novac;</li>"
                            "<li>dijete koje se boji kazne ako kući ne donese dovoljno novca;</li>"
                            "<li>dijete koje je više puta uhvaćeno u krađi ili džeparenju, često s različitim "
                            "odraslim osobama.</li>"
                            "</ul>"
                            "<p>Ako je dob osobe neizvjesna, a postoje razlozi za vjerovanje da je mlađa od 18 "
                            "godina, tretirajte je kao dijete dok se njena dob ne utvrdi. To je pravilo "
                            "međunarodnih standarda i ono štiti djecu koja nemaju dokumente ili nose "
                            "lažne.</p>"
                            "<h2>Indikatori specifični za osobe u pokretu</h2>"
                            "<ul>"
                            "<li>dug krijumčarima ili „agentima“ za put koji se mora otplatiti radom;</li>"
                            "<li>zadržavanje u stanu, kući ili kampu od strane onih koji organizuju put, bez "
                            "slobode odlaska;</li>"
                            "<li>dokumente ili telefone oduzeo je neko iz grupe ili organizatori;</li>"
                            "<li>rad usput, na primjer na farmama, u građevinarstvu ili u seksualnom radu, da "
                            "bi se „platila sljedeća etapa“;</li>"
                            "<li>seksualno i rodno zasnovano nasilje na ruti ili zahtijevanje seksa kao "
                            "plaćanja;</li>"
                            "<li>osoba koja uvijek pušta nekog drugog da govori umjesto nje;</li>"
                            "<li>djeca bez pratnje ili razdvojena djeca i djeca koja nestaju iz prihvatnih "
                            "centara;</li>"
                            "<li>prijetnje članovima porodice kod kuće.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "rich_text",
                        (
                            "<h2>Krijumčarenje ili trgovina ljudima?</h2>"
                            "<p>Krijumčarenje migranata i trgovina ljudima su različita krivična djela, ali se "
                            "često miješaju, a jedno se može pretvoriti u drugo.</p>"
                            "<p><b>Krijumčarenje migranata</b> je pomaganje osobi da nezakonito uđe u državu u "
                            "zamjenu za novac ili drugu materijalnu korist. U tipičnom slučaju:</p>"
                            "<ul>"
                            "<li>osoba pristaje da bude prokrijumčarena;</li>"
                            "<li>odnos se završava dolaskom osobe na odredište;</li>"
                            "<li>granica se uvijek prelazi;</li>"
                            "<li>to je prvenstveno krivično djelo protiv graničnih propisa države, iako su "
                            "prokrijumčarene osobe često u velikoj opasnosti.</li>"
                            "</ul>"
                            "<p><b>Trgovina ljudima</b> je premještanje ili držanje osobe radi eksploatacije. U "
                            "tipičnom slučaju:</p>"
                            "<ul>"
                            "<li>pristanka nema ili je pribavljen obmanom ili prinudom i nije bitan;</li>"
                            "<li>odnos se nastavlja i nakon dolaska, jer eksploatator želi zarađivati na "
                            "osobi;</li>"
                            "<li>granica se ne mora preći;</li>"
                            "<li>to je krivično djelo protiv osobe.</li>"
                            "</ul>"
                            "<h3>Kada se krijumčarenje pretvara u trgovinu ljudima</h3>"
                            "<p>Osoba koja je platila krijumčaru može usput postati žrtva trgovine ljudima. To se "
                            "dešava kada se cijena naglo poveća pa osoba mora „odraditi“ dug, kada se grupa "
                            "zadržava dok rodbina ne plati više, kada se žene prisiljavaju na seksualni rad da "
                            "bi platile sljedeću etapu ili kada se djeca šalju da prose ili kradu. Zato ne "
                            "prestajte postavljati pitanja kada zaključite da je neko prokrijumčaren. Pitajte o "
                            "dugu, o radu usput i o slobodi odlaska.</p>"
                            "<p>Osoba koja je prokrijumčarena, a ujedno je i potencijalna žrtva trgovine "
                            "ljudima, mora biti upućena kao potencijalna žrtva. Migrant ili tražilac azila ne "
                            "gubi ovu zaštitu zbog nezakonitog ulaska. Postupak azila i identifikacija žrtve "
                            "trgovine ljudima mogu teći paralelno; nacionalne procedure se razlikuju u tome kako "
                            "su povezani.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Dug za put",
                            "scenario": (
                                "<p>U tranzitnom području blizu granice terenski radnici susreću grupu od osam "
                                "mladića i dvije žene. Prešli su nekoliko država uz pomoć krijumčara. Jedan "
                                "muškarac u grupi drži sve telefone i govori u ime svih. Ostali govore vrlo "
                                "malo.</p>"
                                "<p>Kasnije jedna od žena, preko prevodioca, kaže terenskoj radnici da grupa "
                                "„agentu“ duguje po 4.000 eura po osobi za ostatak puta. Muškarci treba da rade "
                                "na gradilištu u sljedećoj državi dok se dug ne otplati. Njoj i drugoj ženi "
                                "rečeno je da će „raditi u stanu“. Njenoj porodici kod kuće rečeno je da će im "
                                "se nauditi ako iko pobjegne.</p>"
                            ),
                            "questions": [
                                "Da li je ovo krijumčarenje, trgovina ljudima ili oboje?",
                                "Koje indikatore za osobe u pokretu možete uočiti?",
                                "Kako tim treba pristupiti grupi, s obzirom na muškarca koji govori u ime svih?",
                                "Kakva se zaštita može ponuditi ženama i muškarcima?",
                            ],
                            "discussion": (
                                "<p>Počelo je kao krijumčarenje, ali znakovi sada upućuju na trgovinu ljudima: "
                                "dug koji se mora otplatiti radom, kontrola telefona, jedna osoba koja kontroliše "
                                "komunikaciju, prijetnje porodicama i planovi za seksualnu eksploataciju žena. "
                                "Žene su posebno ugrožene.</p>"
                                "<p>Tim se ne smije suprotstavljati muškarcu koji drži telefone. Treba stvoriti "
                                "sigurne prilike za razgovor s ljudima nasamo, na primjer tokom zdravstvenih "
                                "pregleda ili registracije, uz žensko osoblje i prevoditeljicu od povjerenja koja "
                                "nema nikakve veze s grupom. Ženama treba ponuditi hitan siguran smještaj i "
                                "uputiti ih u referalni mehanizam kao potencijalne žrtve, zajedno sa svim "
                                "muškarcima koji na to pristanu. Član iz policije prosljeđuje informacije o "
                                "organizatorima nadležnoj jedinici. Osoblje službi za azil i migracije osigurava "
                                "da niko sa znakovima trgovine ljudima ne bude vraćen prije okončanja "
                                "identifikacije i da se zahtjev za azil i dalje može podnijeti.</p>"
                            ),
                        },
                    ),
                    (
                        "key_points",
                        {
                            "title": "Ključne poruke",
                            "points": [
                                "Ugrožena djeca često šute i mogu štititi odrasle koji ih eksploatišu.",
                                "Kada je dob neizvjesna, a postoje razlozi da se misli da je osoba dijete, tretirajte je kao dijete.",
                                "Kod osoba u pokretu obratite pažnju na dugove koji se otplaćuju radom, oduzete dokumente, kontrolisanu komunikaciju i prijetnje porodici.",
                                "Krijumčarenje je nezakonit ulazak u državu za novac; trgovina ljudima je eksploatacija osobe.",
                                "Krijumčarenje se može pretvoriti u trgovinu ljudima; nastavite pitati o dugu, radu i slobodi odlaska.",
                                "Nezakonit ulazak ne oduzima osobi pravo da bude upućena kao potencijalna žrtva.",
                            ],
                        },
                    ),
                ],
            },
            {
                "title": "Prvi kontakt i potencijalna žrtva",
                "slug": "first-contact-and-the-potential-victim",
                "summary": (
                    "Kako ostvariti prvi kontakt usmjeren na žrtvu i zasnovan na razumijevanju traume "
                    "i po čemu se prepoznavanje potencijalne žrtve razlikuje od formalne "
                    "identifikacije."
                ),
                "duration_minutes": 35,
                "body": [
                    (
                        "rich_text",
                        (
                            "<h2>Pristup usmjeren na žrtvu</h2>"
                            "<p>U pristupu usmjerenom na žrtvu prava, sigurnost i dobrobit osobe su na prvom "
                            "mjestu. Cilj prvog kontakta nije saznati cijelu priču ili prikupiti dokaze. Cilj je "
                            "osigurati osobu, zadovoljiti hitne potrebe, dati informacije i otvoriti put do "
                            "pomoći. Osoba treba izaći iz prvog kontakta s osjećajem da je poštovana, čak i ako "
                            "kaže ne.</p>"
                            "<h2>Prvi kontakt zasnovan na razumijevanju traume</h2>"
                            "<p>Trgovina ljudima izaziva traumu. Trauma utiče na pamćenje, emocije i ponašanje. "
                            "Traumatizovana osoba može:</p>"
                            "<ul>"
                            "<li>pričati priču u dijelovima, bez reda ili mijenjati pojedinosti;</li>"
                            "<li>djelovati mirno, hladno ili čak veselo dok opisuje strašne događaje;</li>"
                            "<li>biti ljuta, sumnjičava ili nespremna za razgovor;</li>"
                            "<li>braniti eksploatatora ili mu se vratiti.</li>"
                            "</ul>"
                            "<p>To su normalne reakcije, a ne znakovi laganja. Kontakt zasnovan na "
                            "razumijevanju traume:</p>"
                            "<ul>"
                            "<li>počinje osnovnim potrebama: toplina, hrana, voda, odmor, medicinska "
                            "pomoć;</li>"
                            "<li>odvija se na privatnom i mirnom mjestu, daleko od svakoga ko bi mogao "
                            "kontrolisati osobu;</li>"
                            "<li>počinje objašnjenjem ko ste, zašto ste tu i šta osoba može izabrati;</li>"
                            "<li>daje osobi kontrolu: može prekinuti, napraviti pauzu ili odbiti da "
                            "odgovori;</li>"
                            "<li>traži samo ono što je potrebno za sljedeći korak i ne traži pojedinosti o "
                            "zlostavljanju;</li>"
                            "<li>izbjegava ponavljanje pitanja koja su drugi već postavili;</li>"
                            "<li>završava se jasnim objašnjenjem šta će se dalje desiti.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "rich_text",
                        (
                            "<h2>Kontakt osjetljiv na rod i na potrebe djece</h2>"
                            "<p>Žene, muškarci i osobe različitih rodnih identiteta različito proživljavaju "
                            "trgovinu ljudima i svakome od njih o nekim temama može biti vrlo teško govoriti. "
                            "Ponudite osobi da izabere hoće li razgovarati sa ženom ili muškarcem i da izabere "
                            "spol prevodioca. Muškarci se često previde kao žrtve, posebno kod radne "
                            "eksploatacije; ne pretpostavljajte da muškarac ne može biti žrtva. Imajte na umu "
                            "da se žrtve seksualne eksploatacije mogu bojati srama i odbacivanja od strane "
                            "porodice i zajednice.</p>"
                            "<p>S djecom koristite jednostavan jezik i kratke rečenice, sjednite u visini "
                            "njihovih očiju i objasnite im da nisu u nevolji. Od samog početka uključite centar "
                            "za socijalni rad. Ne razgovarajte s djetetom o eksploataciji na terenu; to kasnije "
                            "rade obučeni stručnjaci, u okruženju prilagođenom djeci.</p>"
                            "<h2>Rad s prevodiocima</h2>"
                            "<ul>"
                            "<li>Angažujte obučenog, profesionalnog prevodioca ili kulturnog medijatora "
                            "obavezanog na povjerljivost.</li>"
                            "<li>Nikada kao prevodioca ne koristite pratioca osobe, člana njene grupe, člana "
                            "porodice ili dijete.</li>"
                            "<li>Provjerite govori li prevodilac jezik ili dijalekt osobe i nema li veze s "
                            "njenom zajednicom koje bi osobu mogle izložiti riziku.</li>"
                            "<li>Obraćajte se osobi, a ne prevodiocu, i koristite kratke rečenice.</li>"
                            "<li>Nakon teškog razgovora i s prevodiocem obavite kratak debrifing.</li>"
                            "</ul>"
                            "<h2>Potencijalna žrtva i formalna identifikacija</h2>"
                            "<p>Postoje dva različita koraka:</p>"
                            "<ul>"
                            "<li><b>Prepoznavanje potencijalne žrtve.</b> Kada akteri prve linije, kao što su "
                            "MIT-ovi, uoče <b>osnovane razloge</b> za vjerovanje da bi osoba mogla biti žrtva "
                            "trgovine ljudima, tretiraju je kao potencijalnu (ili pretpostavljenu) žrtvu i "
                            "upućuju je. Osnovani razlozi su nizak prag: znače da postoje znakovi koje bi "
                            "razuman stručnjak shvatio ozbiljno. Ne znače dokaz.</li>"
                            "<li><b>Formalna identifikacija.</b> Nadležni organ odlučuje je li osoba žrtva "
                            "trgovine ljudima. Zavisno od države, to može biti specijalizovano državno tijelo, "
                            "policija, tužilaštvo ili međuresorno tijelo. Nacionalne procedure se "
                            "razlikuju.</li>"
                            "</ul>"
                            "<p>Potencijalna žrtva već ima prava: na pomoć, na sigurnost i na to da ne bude "
                            "udaljena iz države prije okončanja identifikacije. Formalna identifikacija ne "
                            "zavisi od pristanka osobe da svjedoči i odvojena je od svakog krivičnog postupka "
                            "protiv eksploatatora.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Muškarac koji govori umjesto nje",
                            "scenario": (
                                "<p>Mlada žena dolazi u hitnu službu doma zdravlja s bolovima i krvarenjem. "
                                "Prati je stariji muškarac koji umjesto nje odgovara na svako pitanje, kaže da "
                                "ona ne govori nijedan lokalni jezik i insistira da ostane u prostoriji. Kaže da "
                                "mu je ona djevojka koja je došla u posjetu iz inostranstva. Medicinska sestra, "
                                "članica lokalnog MIT-a, primjećuje stare modrice na ženinim rukama i to da ona "
                                "prije svakog pokreta pogleda muškarca.</p>"
                            ),
                            "questions": [
                                "Koji znakovi upućuju na to da bi žena mogla biti potencijalna žrtva trgovine ljudima?",
                                "Kako medicinska sestra može stvoriti priliku da sigurno razgovara sa ženom nasamo?",
                                "Kako pronaći prevodioca i ko ne smije prevoditi?",
                                "Šta medicinska sestra treba reći i učiniti ako žena ne želi razgovarati?",
                            ],
                            "discussion": (
                                "<p>Znakovi su pratilac koji kontroliše komunikaciju i odbija otići, stare "
                                "povrede, strah od pratioca i razlog dolaska koji bi mogao biti povezan sa "
                                "seksualnom eksploatacijom. Sami za sebe ne dokazuju trgovinu ljudima, ali "
                                "predstavljaju osnovane razloge da se to shvati ozbiljno.</p>"
                                "<p>Medicinska sestra može iskoristiti uobičajenu medicinsku praksu: pregledi se "
                                "obavljaju nasamo s pacijentom, a može se pozvati i ljekarka. Muškarac čeka "
                                "napolju. Prevodilac se pronalazi telefonom preko doma zdravlja ili sa spiska "
                                "tima, a ne preko muškarca, i po mogućnosti je to žena. Nasamo, medicinska "
                                "sestra prvo rješava medicinski problem, objašnjava da je dom zdravlja sigurno "
                                "mjesto i postavlja jednostavna, otvorena pitanja. Ako žena ne želi razgovarati, "
                                "sestra ne insistira. Daje joj način da dođe do pomoći, na primjer broj SOS "
                                "linije napisan na nečemu malom, i obavještava tim kako bi se mogao planirati "
                                "sljedeći kontakt. Ako postoji neposredna opasnost, sestra obavještava člana iz "
                                "policije.</p>"
                            ),
                        },
                    ),
                    (
                        "key_points",
                        {
                            "title": "Ključne poruke",
                            "points": [
                                "Cilj prvog kontakta su sigurnost, hitne potrebe i informacije, a ne cijela priča.",
                                "Trauma objašnjava nedosljedne priče, mirno ili ljutito ponašanje i lojalnost eksploatatoru.",
                                "Ponudite izbor između žene i muškarca i nikada ne zaboravite da i muškarci mogu biti žrtve.",
                                "Koristite obučene prevodioce; nikada pratioca, člana grupe, rođaka ili dijete.",
                                "MIT-ovi prepoznaju potencijalne žrtve na osnovu osnovanih razloga; formalnu identifikaciju vrši nadležni organ.",
                                "Potencijalna žrtva već ima pravo na pomoć i na zaštitu od udaljavanja iz države.",
                            ],
                        },
                    ),
                ],
            },
        ],
    }
)

# ---------------------------------------------------------------- modul 4
CORE_COURSE["modules"].append(
    {
        "title": "MIT u nacionalnom referalnom mehanizmu",
        "slug": "referral-mechanism",
        "introduction": (
            "<p>MIT je jedna karika u dužem lancu. Ovaj modul objašnjava šta je nacionalni "
            "referalni mehanizam, koji su koraci od otkrivanja do dugoročne inkluzije i gdje je "
            "mjesto tima u tom procesu.</p>"
            "<p>Zatim obrađuje prava žrtava prema Konvenciji Vijeća Evrope o suzbijanju trgovine "
            "ljudima, upućivanje djece službama za zaštitu djece i starateljstvo te postupanje u "
            "slučajevima koji prelaze granice u regiji.</p>"
        ),
        "lessons": [
            {
                "title": "Nacionalni referalni mehanizam: od otkrivanja do inkluzije",
                "slug": "from-detection-to-inclusion",
                "summary": (
                    "Šta je nacionalni referalni mehanizam, kroz koje korake osoba prolazi i koje je "
                    "mjesto MIT-a u njima."
                ),
                "duration_minutes": 30,
                "body": [
                    (
                        "rich_text",
                        (
                            "<h2>Šta je nacionalni referalni mehanizam</h2>"
                            "<p>Nacionalni referalni mehanizam (NRM) je okvir za saradnju. Kroz njega državne "
                            "institucije sarađuju međusobno i u partnerstvu s civilnim društvom kako bi "
                            "zaštitile žrtve trgovine ljudima, pružile im pomoć i poštovale njihova prava. "
                            "Standardna referenca je Priručnik OSCE/ODIHR-a o nacionalnim referalnim "
                            "mehanizmima, prvi put objavljen 2004. godine i ažuriran 2022. godine.</p>"
                            "<p>NRM obično obuhvata:</p>"
                            "<ul>"
                            "<li>nacionalnog koordinatora ili kancelariju koja vodi i prati rad na borbi protiv "
                            "trgovine ljudima;</li>"
                            "<li>pisane procedure koje određuju ko šta radi u svakom koraku;</li>"
                            "<li>sporazume između državnih institucija i NVO-a;</li>"
                            "<li>kontakt-tačke dostupne u svako doba, uključujući noći i vikende;</li>"
                            "<li>način prikupljanja podataka i učenja iz slučajeva.</li>"
                            "</ul>"
                            "<p>Svaka jurisdikcija u regiji ima vlastitog koordinatora, procedure i obrasce. "
                            "Nacionalne procedure se razlikuju, pa svaki član MIT-a mora poznavati procedure i "
                            "kontakte koji važe tamo gdje radi.</p>"
                        ),
                    ),
                    (
                        "rich_text",
                        (
                            "<h2>Koraci</h2>"
                            "<ol>"
                            "<li><b>Otkrivanje.</b> Neko uoči znakove trgovine ljudima: MIT, nastavnik, "
                            "ljekar, granični službenik, komšija ili sama osoba.</li>"
                            "<li><b>Početno upućivanje.</b> Kada postoje osnovani razlozi, osoba se, uz njen "
                            "informisani pristanak, upućuje nadležnoj kontakt-tački NRM-a. Hitne potrebe se "
                            "odmah zadovoljavaju. Dijete se odmah upućuje službi za zaštitu djece, bez čekanja "
                            "na pristanak.</li>"
                            "<li><b>Formalna identifikacija.</b> Nadležni organ odlučuje je li osoba žrtva "
                            "trgovine ljudima. To rade obučeni službenici i, u dobrom sistemu, uz doprinos "
                            "stručnjaka koji poznaju osobu.</li>"
                            "<li><b>Neposredna pomoć.</b> Od trenutka upućivanja, a ne tek nakon identifikacije: "
                            "siguran smještaj, medicinska pomoć, psihološka podrška, pravna pomoć i informacije "
                            "o pravima na jeziku koji osoba razumije, prevođenje i materijalna pomoć kao što su "
                            "hrana i odjeća. Kontakt s porodicom i konzulatom samo kada osoba to želi i kada je "
                            "sigurno.</li>"
                            "<li><b>Period oporavka i razmišljanja.</b> Žrtve strani državljani dobijaju period "
                            "od najmanje 30 dana da se oporave, oslobode uticaja trgovaca ljudima i mirno "
                            "odluče hoće li sarađivati s nadležnim organima. U tom periodu ne smiju biti "
                            "protjerane. Nacionalni zakon može predvidjeti duži period.</li>"
                            "<li><b>Dugoročna inkluzija.</b> Pomoć u ponovnoj izgradnji života: zdravstvena "
                            "zaštita, obrazovanje i stručno osposobljavanje, posao, stanovanje i, po potrebi, "
                            "dozvola boravka. Onima koji se žele vratiti kući siguran i dobrovoljan povratak uz "
                            "procjenu rizika i podršku službi u matičnoj državi.</li>"
                            "</ol>"
                            "<p>Krivični postupak protiv trgovaca ljudima i zahtjevi za naknadu štete mogu teći "
                            "paralelno s ovim koracima. Oni su odvojeni i pomoć osobi ne zavisi od njih.</p>"
                            "<h2>Gdje je mjesto MIT-a</h2>"
                            "<p>MIT radi uglavnom u prva dva koraka: otkrivanju i početnom upućivanju. Također "
                            "podržava prvi kontakt, prati osobu do službi ako ona to želi i prenosi ono što zna, "
                            "kako osoba ne bi morala ponavljati svoju priču. Da bi to dobro radio, tim mora "
                            "imati:</p>"
                            "<ul>"
                            "<li>brojeve kontakt-tačaka NRM-a, uključujući brojeve izvan radnog vremena;</li>"
                            "<li>obrasce za upućivanje i pravila za njihovo sigurno slanje;</li>"
                            "<li>adrese sigurnih kuća i hitnih službi te proceduru za noći i vikende;</li>"
                            "<li>povratne informacije od NRM-a o tome šta se desilo nakon upućivanja, u "
                            "granicama zaštite podataka, kako bi mogao učiti.</li>"
                            "</ul>"
                            "<p>Prvi timovi su naučili da MIT mora biti ugrađen u referalni mehanizam, a ne "
                            "raditi pored njega.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Petak, jedanaest sati uveče",
                            "scenario": (
                                "<p>U petak u jedanaest sati uveče član tima iz policije i terenska radnica "
                                "NVO-a susreću mladu ženu na benzinskoj pumpi na autoputu. Pobjegla je iz "
                                "stana u kojem je bila prisiljena na pružanje seksualnih usluga. Nema novca, "
                                "telefona ni dokumenata. Drhti i traži mjesto za spavanje gdje je muškarci ne "
                                "mogu pronaći. Večeras ne želi davati izjavu policiji.</p>"
                                "<p>Lokalni centar za socijalni rad zatvoren je do ponedjeljka.</p>"
                            ),
                            "questions": [
                                "Ima li tim dovoljno osnova da je uputi kao potencijalnu žrtvu?",
                                "Koga tim treba pozvati večeras i šta je trebao unaprijed pripremiti?",
                                "Mijenja li njeno odbijanje da da izjavu to kakvu pomoć može dobiti?",
                                "Šta bi se trebalo desiti u ponedjeljak?",
                            ],
                            "discussion": (
                                "<p>Da. Njen iskaz da je bila prisiljena na pružanje seksualnih usluga, "
                                "nedostatak dokumenata i njen strah predstavljaju osnovane razloge. Timu nisu "
                                "potrebni dokazi.</p>"
                                "<p>Dobro pripremljen tim ima proceduru za postupanje izvan radnog vremena: "
                                "kontakt-tačku NRM-a ili dežurnog koordinatora, hitni broj sigurne kuće i "
                                "dežurnog socijalnog radnika. Tim organizuje siguran smještaj za noć, nudi "
                                "medicinsku pomoć i omogućava joj da se odmori. Njeno odbijanje da da izjavu ne "
                                "mijenja njeno pravo na pomoć, koje ne smije zavisiti od saradnje s policijom. "
                                "Član iz policije obavještava nadležnu jedinicu o stanu, kako bi se zaštitile "
                                "druge osobe koje su možda još tamo, a da se na nju ne vrši pritisak.</p>"
                                "<p>U ponedjeljak nosilac slučaja dovršava upućivanje, a nadležni organ s njom "
                                "započinje formalnu identifikaciju. Ako je strana državljanka, počinje njen "
                                "period oporavka i razmišljanja. Tim ostaje u kontaktu s njom ako ona to "
                                "želi.</p>"
                            ),
                        },
                    ),
                    (
                        "key_points",
                        {
                            "title": "Ključne poruke",
                            "points": [
                                "NRM je okvir saradnje državnih institucija i civilnog društva za zaštitu žrtava trgovine ljudima i pružanje pomoći.",
                                "Priručnik OSCE/ODIHR-a o NRM-ovima je standardna referenca; nacionalne procedure se razlikuju.",
                                "Koraci: otkrivanje, početno upućivanje, formalna identifikacija, neposredna pomoć, oporavak i razmišljanje, dugoročna inkluzija.",
                                "Pomoć počinje upućivanjem, a ne tek nakon formalne identifikacije.",
                                "MIT radi uglavnom na otkrivanju i upućivanju i mora poznavati proceduru za postupanje izvan radnog vremena.",
                            ],
                        },
                    ),
                ],
            },
            {
                "title": "Prava žrtava prema Konvenciji Vijeća Evrope",
                "slug": "victims-rights-council-of-europe-convention",
                "summary": (
                    "Načela Konvencije Vijeća Evrope koja članovi MIT-a moraju poznavati i "
                    "primjenjivati u svakodnevnom radu."
                ),
                "duration_minutes": 30,
                "body": [
                    (
                        "rich_text",
                        (
                            "<h2>Konvencija</h2>"
                            "<p>Konvencija Vijeća Evrope o suzbijanju trgovine ljudima usvojena je 2005. "
                            "godine, a stupila je na snagu 2008. godine. Zasnovana je na ljudskim pravima i u "
                            "središte stavlja žrtvu. Nezavisna grupa eksperata, GRETA, prati kako je države "
                            "primjenjuju, putem posjeta državama i javnih izvještaja. Bosna i Hercegovina, "
                            "Srbija i Crna Gora su strane ugovornice Konvencije, a zakoni o borbi protiv "
                            "trgovine ljudima u cijeloj regiji, uključujući Kosovo*, oslanjaju se na iste "
                            "standarde. Način primjene svakog načela zavisi od nacionalnog zakona i "
                            "procedura.</p>"
                            "<p>Načela navedena u nastavku najvažnija su za članove MIT-a.</p>"
                        ),
                    ),
                    (
                        "rich_text",
                        (
                            "<h2>Identifikacija od strane obučenih organa koji sarađuju</h2>"
                            "<p>Države moraju imati nadležne organe sa službenicima obučenim za identifikaciju "
                            "žrtava, a ti organi moraju sarađivati međusobno i s organizacijama za podršku, kao "
                            "što su NVO. MIT je praktičan oblik te saradnje.</p>"
                            "<h2>Nema udaljavanja prije okončanja identifikacije</h2>"
                            "<p>Kada postoje osnovani razlozi za vjerovanje da je osoba žrtva, ona ne smije biti "
                            "udaljena iz države dok se postupak identifikacije ne okonča. Za članove MIT-a iz "
                            "granične policije i službi za azil i migracije to je svakodnevna odgovornost: "
                            "prije vraćanja ili readmisije provjerite postoje li znakovi trgovine "
                            "ljudima.</p>"
                            "<h2>Pomoć</h2>"
                            "<p>Žrtve moraju dobiti pomoć u fizičkom, psihološkom i socijalnom oporavku. To "
                            "minimalno uključuje siguran i odgovarajući smještaj, psihološku i materijalnu "
                            "pomoć, hitnu medicinsku pomoć, usmeno i pismeno prevođenje, savjetovanje i "
                            "informacije o pravima na jeziku koji razumiju, pomoć tokom krivičnog postupka i "
                            "pristup obrazovanju za djecu. Pomoć se pruža uz informisani pristanak "
                            "osobe.</p>"
                            "<h2>Pomoć ne zavisi od saradnje</h2>"
                            "<p>Pomoć ne smije zavisiti od toga je li osoba spremna biti svjedok ili sarađivati "
                            "s policijom ili tužilaštvom. Mnoge žrtve su previše uplašene ili traumatizovane da "
                            "bi svjedočile, barem u početku. Pritisak da se svjedoči u zamjenu za pomoć protivan "
                            "je Konvenciji.</p>"
                            "<h2>Period oporavka i razmišljanja</h2>"
                            "<p>Strani državljanin za koga postoje osnovani razlozi dobija najmanje 30 dana da "
                            "se oporavi i odluči o saradnji. Za to vrijeme ne smije biti protjeran i ima pravo "
                            "na pomoć.</p>"
                            "<h2>Nekažnjavanje</h2>"
                            "<p>Žrtve ne bi trebale biti kažnjene za djela na koja su bile prisiljene kao "
                            "posljedica trgovine ljudima. Primjeri su korištenje lažnog pasoša koji je "
                            "obezbijedio trgovac ljudima, nezakonit ulazak ili boravak, rad bez dozvole, "
                            "prostitucija tamo gdje je prekršaj, prosjačenje, krađa ili krivična djela u vezi s "
                            "drogom počinjena pod prinudom. Nacionalni zakoni ovo načelo primjenjuju na "
                            "različite načine; pobrinite se da tužilac ili sud znaju za znakove trgovine "
                            "ljudima.</p>"
                            "<h2>Druga prava koja treba zapamtiti</h2>"
                            "<ul>"
                            "<li><b>Privatni život:</b> identitet i lični podaci žrtve moraju biti zaštićeni, "
                            "uključujući i od medija.</li>"
                            "<li><b>Dozvola boravka:</b> dozvola se može izdati zbog lične situacije osobe ili "
                            "zbog njene saradnje s nadležnim organima.</li>"
                            "<li><b>Naknada štete:</b> žrtve imaju pravo na pravnu pomoć i na podnošenje "
                            "zahtjeva za naknadu štete.</li>"
                            "<li><b>Siguran povratak:</b> svaki povratak mora poštovati prava, sigurnost i "
                            "dostojanstvo osobe i po mogućnosti treba biti dobrovoljan.</li>"
                            "<li><b>Djeca:</b> za osobu čija je dob neizvjesna pretpostavlja se da je dijete "
                            "kada postoje razlozi za takvo vjerovanje, a dijete bez pratnje dobija "
                            "staratelja.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "rich_text",
                        (
                            "<h2>Primjena načela u praksi</h2>"
                            "<ul>"
                            "<li>Prije vraćanja, hapšenja ili podizanja optužbe protiv osobe sa znakovima "
                            "trgovine ljudima, zapitajte se: je li ova osoba upućena kao potencijalna "
                            "žrtva?</li>"
                            "<li>Recite osobi, na njenom jeziku, da pomoć ne zavisi od svjedočenja.</li>"
                            "<li>Jasno evidentirajte znakove trgovine ljudima, kako bi tužioci i sudovi mogli "
                            "primijeniti načelo nekažnjavanja.</li>"
                            "<li>Obavijestite strane državljane o periodu oporavka i razmišljanja i pobrinite "
                            "se da nadležni organ zna za njih.</li>"
                            "<li>Štitite identitet osobe u svakoj evidenciji i svakom razgovoru.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Lažni pasoš",
                            "scenario": (
                                "<p>Na graničnom prelazu granična policija zaustavlja mladu ženu koja putuje s "
                                "lažnim pasošem. S njom je muškarac koji kaže da joj je dečko i da idu na "
                                "odmor. Kada je ispitaju odvojeno, ona plače. Kaže da joj je „dečko“ dao pasoš i "
                                "rekao da je pravi, da ide raditi u kafić i da mu duguje novac za put i za "
                                "odjeću koju joj je kupio. Ne želi reći ništa što bi ga moglo „uvaliti u "
                                "nevolju“.</p>"
                                "<p>Uobičajeni postupak za korištenje lažnog dokumenta bio bi prekršajna ili "
                                "krivična prijava i brzo vraćanje.</p>"
                            ),
                            "questions": [
                                "Koja se načela Konvencije ovdje primjenjuju?",
                                "Šta granični policajac treba uraditi u vezi s prijavom za lažni pasoš?",
                                "Može li žena biti odmah vraćena?",
                                "Šta ako odbije svjedočiti protiv muškarca?",
                            ],
                            "discussion": (
                                "<p>Postoje osnovani razlozi: dokument koji je obezbijedio pratilac, obećani "
                                "posao, dug, očigledan odnos po modelu „loverboy“ i strah. S njom se mora "
                                "postupati kao s potencijalnom žrtvom. Ne smije biti udaljena prije okončanja "
                                "identifikacije, a treba je odmah uputiti u NRM i ponuditi joj pomoć.</p>"
                                "<p>Primjenjuje se načelo nekažnjavanja: lažni pasoš je koristila zbog osobe koja "
                                "je kontroliše. Službenik evidentira znakove trgovine ljudima i obavještava "
                                "tužioca, kako bi se oni uzeli u obzir pri odlučivanju o eventualnoj prijavi, u "
                                "skladu s nacionalnim zakonom. Ako je strana državljanka, ima pravo na period "
                                "oporavka i razmišljanja. Njeno odbijanje da svjedoči ne oduzima joj pravo na "
                                "pomoć. Muškarcem se zasebno bavi nadležna jedinica, a njih dvoje se drže "
                                "odvojeno.</p>"
                            ),
                        },
                    ),
                    (
                        "key_points",
                        {
                            "title": "Ključne poruke",
                            "points": [
                                "Konvencija Vijeća Evrope usmjerena je na žrtvu, a njenu primjenu prati GRETA.",
                                "Identifikaciju vrše obučeni organi koji sarađuju međusobno i s NVO-ima.",
                                "Osoba za koju postoje osnovani razlozi ne udaljava se prije okončanja identifikacije.",
                                "Pomoć ne smije zavisiti od saradnje s policijom ili tužilaštvom.",
                                "Žrtve strani državljani dobijaju period oporavka i razmišljanja od najmanje 30 dana.",
                                "Žrtve ne bi trebale biti kažnjene za djela na koja su bile prisiljene.",
                            ],
                        },
                    ),
                ],
            },
            {
                "title": "Djeca i prekogranični slučajevi",
                "slug": "children-and-cross-border-cases",
                "summary": (
                    "Upućivanje djece žrtava službama za zaštitu djece i starateljstvo te prekogranična "
                    "saradnja u regiji."
                ),
                "duration_minutes": 30,
                "body": [
                    (
                        "rich_text",
                        (
                            "<h2>Djeca žrtve: zaštita djece na prvom mjestu</h2>"
                            "<p>Svako dijete koje bi moglo biti žrtva trgovine ljudima odmah se upućuje službi "
                            "za zaštitu djece, obično centru za socijalni rad. To važi bez obzira na to je li "
                            "dijete domaće ili strano, u pratnji ili samo. <b>Najbolji interes djeteta</b> je "
                            "primarni kriterij u svakoj odluci.</p>"
                            "<ul>"
                            "<li><b>Starateljstvo.</b> Dijete bez pratnje ili razdvojeno dijete mora bez "
                            "odlaganja dobiti staratelja. Staratelj je potreban i kada bi roditelji mogli biti "
                            "umiješani u eksploataciju ili ne mogu zaštititi dijete. Staratelj zastupa interese "
                            "djeteta u svakom postupku.</li>"
                            "<li><b>Ne vraćajte dijete porodici prije procjene.</b> U mnogim slučajevima u "
                            "regiji članovi porodice su umiješani u prisilno prosjačenje, prisilni brak ili "
                            "prisilno vršenje krivičnih djela. Centar za socijalni rad procjenjuje je li "
                            "porodica sigurna.</li>"
                            "<li><b>Pretpostavka maloljetnosti.</b> Kada je dob neizvjesna, a postoje razlozi za "
                            "vjerovanje da je osoba dijete, tretirajte je kao dijete dok se dob "
                            "procjenjuje.</li>"
                            "<li><b>Bez pritvora.</b> Djeca ne smiju biti zadržavana u policijskim ćelijama ili "
                            "pritvoru zbog svog migracionog statusa ili zbog djela na koja su bila "
                            "prisiljena.</li>"
                            "<li><b>Postupci prilagođeni djeci.</b> Što manje razgovora, koje vode obučeni "
                            "stručnjaci, na odgovarajućem mjestu, uz prisustvo staratelja. Saslušajte mišljenje "
                            "djeteta i objasnite odluke riječima koje dijete razumije.</li>"
                            "<li><b>Traženje porodice i povratak</b> samo kada su u najboljem interesu djeteta "
                            "i sigurni.</li>"
                            "<li><b>Kontinuitet.</b> Obrazovanje, zdravstvena zaštita i kontakt s osobama od "
                            "povjerenja trebaju se nastaviti.</li>"
                            "</ul>"
                            "<p>Poštovanje kulture nikada ne opravdava eksploataciju. Prisilno prosjačenje nije "
                            "tradicija, a dječiji brak dogovoren za novac nije privatna porodična stvar. Svaki "
                            "slučaj djeteta razmatrajte na osnovu činjenica, bez predrasuda prema bilo kojoj "
                            "zajednici.</p>"
                        ),
                    ),
                    (
                        "rich_text",
                        (
                            "<h2>Prekogranični slučajevi</h2>"
                            "<p>Mnogi slučajevi u regiji prelaze granice. Osoba može biti vrbovana na jednom "
                            "mjestu, prevezena preko drugog i eksploatisana na trećem. Dobra saradnja između "
                            "jurisdikcija u regiji štiti žrtve i pomaže da se trgovci ljudima izvedu pred "
                            "lice pravde.</p>"
                            "<ul>"
                            "<li><b>Koristite službene kanale.</b> Slučajevi se preko granica prosljeđuju putem "
                            "kontakt-tačaka NRM-a i nacionalnih koordinatora, a kada je riječ o krivičnom "
                            "postupku, putem kanala policijske i pravosudne saradnje. Članovi MIT-a ne "
                            "organizuju povratke niti razmjenjuju spise predmeta preko privatnih "
                            "kontakata.</li>"
                            "<li><b>Transnacionalno upućivanje.</b> Neke jurisdikcije u regiji dogovorile su "
                            "procedure za međusobno upućivanje žrtava. Nacionalne procedure se razlikuju, pa "
                            "pitajte svog koordinatora koji sporazumi važe.</li>"
                            "<li><b>Pristanak i sigurnost prije kontakta s matičnom državom.</b> Kontakt s "
                            "ambasadom, konzulatom ili organima matične države ostvaruje se samo uz pristanak "
                            "osobe i nakon razmatranja rizika. Za izbjeglice kontakt s matičnom državom može "
                            "biti opasan.</li>"
                            "<li><b>Siguran i dobrovoljan povratak.</b> Prije svakog povratka vrši se procjena "
                            "rizika, a službe u mjestu povratka spremne su da prihvate osobu. Dijete se vraća "
                            "samo kada je to u njegovom najboljem interesu, uz pratnju, i predaje se službi za "
                            "zaštitu djece u mjestu povratka.</li>"
                            "<li><b>Podaci preko granica.</b> Dijelite samo ono što je potrebno, na zakonskom "
                            "osnovu, putem sigurnih kanala.</li>"
                            "<li><b>Regionalna saradnja MIT-ova.</b> Timovi na istoj ruti ili s obje strane "
                            "granice mogu razmjenjivati kontakte, dobru praksu i upozorenja o novim načinima "
                            "vrbovanja. Za to postoji regionalni nivo pristupa MIT-a.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Dječak iz Prizrena",
                            "scenario": (
                                "<p>U tržnom centru u Podgorici zaštitari zadržavaju dječaka koji je iz ženine "
                                "torbe uzeo novčanik. Policija utvrđuje da je ovog mjeseca već dvaput uhvaćen u "
                                "džeparenju, svaki put s drugim starijim „rođakom“ u blizini. Dječak kaže da ima "
                                "15 godina i da je iz Prizrena (Kosovo*). Nema dokumente. Kaže da ga je doveo "
                                "stric i da svaki dan mora donijeti određeni iznos novca, inače neće dobiti "
                                "hranu. Moli da ga ne šalju kući, jer ga je otac „prodao stricu za dug“.</p>"
                            ),
                            "questions": [
                                "Je li dječak potencijalna žrtva i kojeg oblika eksploatacije?",
                                "Koga treba prvo obavijestiti i šta bi se s njim trebalo desiti večeras?",
                                "Kako se načelo nekažnjavanja primjenjuje na krađe?",
                                "Kako treba ostvariti kontakt sa službama u Prizrenu i treba li ga vratiti porodici?",
                            ],
                            "discussion": (
                                "<p>On je potencijalno dijete žrtva trgovine ljudima radi prisilnog vršenja "
                                "krivičnih djela: dijete prevezeno preko granice i prisiljeno da krade za "
                                "odrasle, uz moguću prodaju od strane oca. Budući da je dijete, sredstva nije "
                                "potrebno dokazivati. Pretpostavlja se da je mlađi od 18 godina dok se dob ne "
                                "utvrdi.</p>"
                                "<p>Centar za socijalni rad mora biti odmah obaviješten. Bez odlaganja mu se "
                                "postavlja staratelj i smješta se u siguran smještaj prilagođen djeci, a ne u "
                                "policijsku ćeliju. Krađe se razmatraju u svjetlu načela nekažnjavanja: tužilac "
                                "se obavještava o znakovima trgovine ljudima. Policija prosljeđuje informacije o "
                                "„stricu“ i „rođacima“ nadležnoj jedinici.</p>"
                                "<p>Kontakt s Prizrenom ostvaruje se putem kontakt-tačaka NRM-a i službi za "
                                "zaštitu djece, a ne privatnim kanalima. Budući da dječak kaže da ga je otac "
                                "prodao, ne treba ga jednostavno vratiti porodici. Povratak je moguć tek kada "
                                "pažljiva procjena pokaže da je siguran i u njegovom najboljem interesu, uz "
                                "predaju tamošnjim službama za zaštitu djece.</p>"
                            ),
                        },
                    ),
                    (
                        "key_points",
                        {
                            "title": "Ključne poruke",
                            "points": [
                                "Svako dijete koje bi moglo biti žrtva odmah uputite službi za zaštitu djece; njegov najbolji interes je na prvom mjestu.",
                                "Dijete bez pratnje ili razdvojeno dijete, kao i dijete čiji bi roditelji mogli biti umiješani, bez odlaganja dobija staratelja.",
                                "Ne vraćajte dijete porodici prije procjene; nikada ne zadržavajte dijete zbog djela na koja je bilo prisiljeno.",
                                "Prekogranične slučajeve prosljeđujte putem kontakt-tačaka NRM-a i službenih kanala, a ne privatnih kontakata.",
                                "Matičnu državu kontaktirajte samo uz pristanak i nakon procjene rizika; svaki povratak je siguran i po mogućnosti dobrovoljan.",
                                "Timovi na istoj ruti mogu sarađivati preko granica na regionalnom nivou.",
                            ],
                        },
                    ),
                ],
            },
        ],
    }
)
