"""Albanian translation of the demo quizzes and question bank."""

QUIZZES = {
    "module_title": "Kuiz: {module}",
    "module_introduction": "<p>Pyetje me situata nga praktika për këtë modul. Për "
    "ta kaluar ju duhen 70%; keni tri përpjekje.</p>",
    "final-assessment": {
        "title": "Vlerësimi përfundimtar",
        "introduction": "<p>Dymbëdhjetë pyetje nga të katër modulet. Keni 30 "
        "minuta dhe dy përpjekje; për ta kaluar ju duhen 70%.</p>",
    },
    "pre-test": {
        "title": "Testi paraprak: çfarë dini tashmë?",
        "introduction": "<p>Tetë pyetje para se të filloni, që ju dhe trajnerët "
        "tuaj të shihni se çfarë ju jep kursi. Çdo rezultat e përfundon "
        "testin.</p>",
    },
}

QUESTIONS = {
    # Module 1: composition of an MIT
    "Why a multidisciplinary team": {
        "text": "<p>Pse një ekip mobil identifikimi bashkon profesionistë nga disa "
        "sektorë?</p>",
        "options": [
            (
                "Shenjat e trafikimit shfaqen në vende të ndryshme (shëndeti, puna, "
                "gjendja sociale, statusi ligjor) dhe asnjë profesion nuk i sheh të "
                "gjitha, as nuk mund të ofrojë gjithë ndihmën që i nevojitet "
                "personit.",
                "E saktë: çdo sektor vëren tregues të tjerë dhe hap dyer të tjera "
                "drejt mbrojtjes.",
            ),
            (
                "Që ekipi t’i hetojë dhe t’i ndjekë penalisht rastet më shpejt.",
                "Një MIT identifikon dhe referon; hetimi dhe ndjekja penale u "
                "mbeten policisë dhe prokurorisë.",
            ),
            (
                "Sepse çdo viktimë e mundshme duhet të intervistohet me radhë nga "
                "secili institucion.",
                "Synimi është i kundërt: më pak biseda, por më mirë të përgatitura, "
                "që personi të mos e përsërisë historinë e vet.",
            ),
        ],
        "general_feedback": "<p>Qasja shumësektoriale është thelbësore: mësimet e "
        "nxjerra nga programi e thonë këtë shprehimisht.</p>",
    },
    "Sectors an MIT draws on": {
        "text": "<p>Kush merr pjesë zakonisht në një MIT? Zgjidhni të gjitha "
        "përgjigjet e sakta.</p>",
        "options": [
            ("Policia", "Po: siguria, kompetencat ligjore dhe lidhja me hetimin."),
            (
                "Qendra për punë sociale",
                "Po: mbrojtja, strehimi dhe kujdestaria për fëmijët.",
            ),
            (
                "Shërbimet shëndetësore",
                "Po: punonjësit shëndetësorë shpesh janë të parët që shohin "
                "lëndime dhe sëmundje të patrajtuara.",
            ),
            (
                "OJQ-të që punojnë në terren",
                "Po: arrijnë te njerëzit që u shmangen institucioneve dhe ndërtojnë "
                "besim.",
            ),
            ("Inspektorati i punës", "Po: shohin vendet dhe kushtet e punës."),
            (
                "Përfaqësues të punëdhënësit të dyshuar",
                "Jo: kjo do ta vinte personin në rrezik dhe do ta shkelte "
                "konfidencialitetin.",
            ),
        ],
        "general_feedback": "<p>Sipas nevojave vendore, ekipet mbështeten edhe te "
        "arsimi, te shërbimet e azilit dhe të migracionit, si dhe te përkthyesit "
        "ose ndërmjetësit kulturorë.</p>",
    },
    "MITs do not prosecute": {
        "text": "<p>Një MIT heton veprat penale të trafikimit dhe përgatit "
        "çështjen për ndjekje penale.</p>",
        "options": [
            (
                "E vërtetë",
                "Jo: hetimi dhe ndjekja penale janë detyrë e policisë dhe e "
                "prokurorisë.",
            ),
            (
                "E rreme",
                "E saktë: ekipi njeh viktimat e mundshme dhe i referon; i njeh "
                "kufijtë e rolit të vet.",
            ),
        ],
    },
    "What each sector brings": {
        "text": "<p>Lidhni secilin anëtar të ekipit me atë që sjell kryesisht në "
        "ekip.</p>",
        "items": [
            ("Inspektori i punës", "Kontrollon kushtet e punës, kontratat dhe pagat"),
            (
                "Punonjësi shëndetësor",
                "Vëren lëndime, sëmundje të patrajtuara dhe shenja abuzimi",
            ),
            ("Punonjësi social", "Organizon mbrojtjen, strehimin dhe kujdestarinë"),
            (
                "Përkthyesi ose ndërmjetësi kulturor",
                "Kujdeset që personi të kuptojë dhe të kuptohet",
            ),
            ("", "Vendos për ngritjen e aktakuzës"),
        ],
    },
    "Steps in forming a team": {
        "text": "<p>Renditni hapat e krijimit të një MIT-i të ri.</p>",
        "items": [
            "Hartëzohet situata vendore dhe institucionet që duhet të marrin pjesë",
            "Nënshkruhet një protokoll bashkëpunimi që përcakton mandatin dhe rolet",
            "Emërohen anëtarët dhe një udhëheqës ekipi dhe trajnohen së bashku",
            "Fillon puna në terren me orar shërbimi, mbikëqyrje dhe buxhet",
        ],
    },
    "Team without a mandate": {
        "text": "<p>Një ekip i ri në një qytet kufitar ka anëtarë të përkushtuar, "
        "por institucionet e tyre nuk kanë nënshkruar asgjë. Drejtori i njërës "
        "prej anëtareve pyet pse ajo i kalon orët e punës në terren. Çfarë i "
        "mungon ekipit?</p>",
        "options": [
            (
                "Një protokoll bashkëpunimi që i jep ekipit mandatin dhe përcakton "
                "rolin e çdo institucioni",
                "E saktë: pa mandat, anëtarët varen nga vullneti i mirë dhe ekipi "
                "nuk është i qëndrueshëm.",
            ),
            (
                "Një automjet më i madh për punën në terren",
                "Pajisjet ndihmojnë, por problemi këtu është mandati që mungon.",
            ),
            (
                "Një urdhër që e vendos ekipin nën policinë kufitare",
                "MIT-i është shumësektorial; nëse vihet nën një shërbim të vetëm, "
                "humbet besimin e njerëzve që kanë frikë nga policia.",
            ),
        ],
        "general_feedback": "<p>Mësimet e nxjerra: MIT-et duhet të jenë pjesë e "
        "mekanizmit kombëtar të referimit dhe të kenë buxhet të "
        "qëndrueshëm.</p>",
    },
    "Name of the founding agreement": {
        "text": "<p>Si quhet marrëveshja me shkrim ndërmjet institucioneve që i "
        "jep MIT-it mandatin dhe përcakton rolin e çdo anëtari?</p>",
        "accepted": [
            "protokoll bashkëpunimi",
            "protokolli i bashkëpunimit",
            "protokoll i bashkëpunimit",
            "protocol of cooperation",
            "cooperation protocol",
        ],
        "general_feedback": "<p>Protokolli i bashkëpunimit.</p>",
    },
    # Module 2: roles and responsibilities
    "Boy at the bus station: first contact": {
        "text": "<p>Gjatë punës në terren në një stacion autobusësh, ekipi sheh "
        "një djalë rreth njëmbëdhjetë vjeç që lyp, ndërsa një i rritur e vëzhgon "
        "nga një stol aty pranë. Kush duhet t’i afrohet i pari djalit?</p>",
        "options": [
            (
                "Punonjësi social, me qetësi dhe me një koleg aty pranë, në mënyrë "
                "që të mos e trembë as djalin, as të rriturin",
                "E saktë: një qasje e përshtatur për fëmijën, nga anëtari i "
                "trajnuar për këtë, duke pasur parasysh sigurinë e ekipit.",
            ),
            (
                "Polici me uniformë, i cili e merr menjëherë në pyetje të rriturin",
                "Kjo mund ta trembë djalin dhe ta paralajmërojë të rriturin para se "
                "ekipi të kuptojë se çfarë po ndodh.",
            ),
            (
                "Askush: lypja është çështje vetëm e inspektoratit komunal",
                "Lypja e detyruar është formë shfrytëzimi; ekipi duhet të veprojë.",
            ),
        ],
    },
    "Good recording practice": {
        "text": "<p>Cilat nga këto janë praktikë e mirë kur regjistrohet një "
        "kontakt i parë? Zgjidhni të gjitha përgjigjet e sakta.</p>",
        "options": [
            (
                "Të shënohet vetëm ajo që i nevojitet referimit",
                "Po: mblidhni vetëm atë që nevojitet.",
            ),
            (
                "Të shpjegohet pse regjistrohen të dhënat dhe të kërkohet pëlqimi",
                "Po: personi duhet të dijë çfarë ndodh me të dhënat e tij.",
            ),
            (
                "Shënimet të ruhen në sistemin e sigurt për të cilin ka rënë "
                "dakord ekipi",
                "Po: ruajtja e sigurt e mbron personin.",
            ),
            (
                "Të dërgohet një foto e personit në grupin e bisedave të ekipit, që "
                "ta njohin të gjithë",
                "Jo: të dhënat personale nuk kalojnë kurrë nëpër kanale të pasigurta.",
            ),
            (
                "Të shkruhet gjithçka për familjen, për çdo rast",
                "Jo: mbledhja e më shumë të dhënave se sa nevojitet e rrit "
                "rrezikun për personin.",
            ),
        ],
    },
    "Photos in a messaging group": {
        "text": "<p>Ndarja e fotografisë së një viktime të mundshme në një grup "
        "të zakonshëm mesazhesh është e pranueshme nëse në grup janë vetëm "
        "anëtarët e ekipit.</p>",
        "options": [
            (
                "E vërtetë",
                "Jo: grupet e zakonshme të mesazheve nuk janë të sigurta dhe "
                "telefonat humbasin; përdorni kanalin e sigurt për të cilin keni "
                "rënë dakord.",
            ),
            ("E rreme", "E saktë: asnjë e dhënë personale në kanale të pasigurta."),
        ],
    },
    "Duty to report and the person's interests": {
        "text": "<p>Një polic në ekip takon një grua pa leje qëndrimi, te e cila "
        "ka disa tregues trafikimi. Shërbimi i tij zakonisht duhet ta raportojë "
        "qëndrimin e parregullt. Çfarë duhet të bëjë ekipi?</p>",
        "options": [
            (
                "Ta trajtojë si viktimë të mundshme të trafikimit dhe ta referojë "
                "për mbrojtje; identifikimi vjen para çdo procedure largimi",
                "E saktë: një person për të cilin ka baza të arsyeshme nuk "
                "largohet para se të përfundojë identifikimi.",
            ),
            (
                "Ta raportojë për qëndrim të parregullt dhe ta lërë shërbimin e "
                "migracionit të vendosë",
                "Kjo e vë një viktimë të mundshme në rrezik largimi dhe ia prish "
                "besimin te ekipi.",
            ),
            (
                "Të largohet, për të shmangur konfliktin e detyrave",
                "Ekipi duhet të veprojë; protokolli i bashkëpunimit duhet t’i "
                "zgjidhë paraprakisht konflikte të tilla.",
            ),
        ],
    },
    "Tasks in each phase": {
        "text": "<p>Lidhni secilën fazë të punës së ekipit me detyrën e saj "
        "kryesore.</p>",
        "items": [
            (
                "Puna në terren",
                "Shkohet aty ku janë njerëzit në rrezik dhe vërehen treguesit",
            ),
            (
                "Kontakti i parë",
                "Ndërtohet besimi, shpjegohet kush është ekipi dhe vlerësohen "
                "nevojat urgjente",
            ),
            (
                "Ndjekja",
                "Kontrollohet nëse referimi është bërë dhe nëse personi po merr ndihmë",
            ),
            (
                "Regjistrimi",
                "Shkruhet një shënim i shkurtër, faktik, vetëm me të dhënat e "
                "nevojshme",
            ),
        ],
    },
    "Safety before a workplace visit": {
        "text": "<p>Ekipi planifikon një vizitë në një lavazh makinash ku "
        "punëtorët mund të jenë të shfrytëzuar. Për çfarë duhet të bien dakord "
        "para se të shkojnë?</p>",
        "options": [
            (
                "Kush shkon, si mbajnë lidhje, kur largohen dhe kë thërrasin nëse "
                "situata bëhet e rrezikshme",
                "E saktë: siguria e stafit planifikohet, nuk improvizohet.",
            ),
            (
                "Për asgjë: një ekip i përzier është mbrojtje e mjaftueshme",
                "Vizitat në terren mbartin rreziqe reale si për stafin, ashtu edhe "
                "për punëtorët.",
            ),
            (
                "Që anëtari me pozitën më të lartë të hyjë vetëm, që të mos e "
                "alarmojë pronarin",
                "Askush nuk duhet të hyjë vetëm.",
            ),
        ],
    },
    # Module 3: detection and identification
    "Elements of the definition": {
        "text": "<p>Cilat tri elemente përbëjnë përkufizimin ndërkombëtar të "
        "trafikimit të të rriturve?</p>",
        "options": [
            (
                "Një veprim (si rekrutimi, transportimi ose strehimi), një mjet (si "
                "kërcënimi, mashtrimi ose shpërdorimi i cenueshmërisë) dhe një "
                "qëllim shfrytëzimi",
                "E saktë: veprimi, mjeti, qëllimi.",
            ),
            (
                "Kalimi i kufirit, një pagesë dhe një grup kriminal i organizuar",
                "Trafikimi nuk kërkon domosdoshmërisht kalim kufiri ose pagesë.",
            ),
            (
                "Dhuna, një kallëzim nga viktima dhe një fitim",
                "Kallëzimi i viktimës nuk është pjesë e përkufizimit.",
            ),
        ],
    },
    "Children and the means": {
        "text": "<p>Kur personi është fëmijë, elementi i „mjetit” nuk kërkohet: "
        "mjafton një veprim me qëllim shfrytëzimi.</p>",
        "options": [
            ("E vërtetë", "E saktë: për fëmijët mjetet nuk kërkohen."),
            ("E rreme", "Për fëmijët mjaftojnë veprimi dhe qëllimi."),
        ],
    },
    "Farm worker: indicators": {
        "text": "<p>Një punëtor sezonal në bujqësi thotë se punëdhënësi ia mban "
        "pasaportën „për regjistrim”, nuk e ka paguar prej tre muajsh dhe natën i "
        "mbyll punëtorët në një hambar. Cilët tregues të ILO-s për punën e "
        "detyruar i dalloni? Zgjidhni të gjitha përgjigjet e sakta.</p>",
        "options": [
            ("Mbajtja e dokumenteve të identitetit", "Po: pasaporta."),
            ("Mbajtja e pagave", "Po: tre muaj pa pagë."),
            ("Kufizimi i lëvizjes", "Po: natën mbyllet brenda."),
            (
                "Kushte abuzive pune dhe jetese",
                "Po: fle i mbyllur në një hambar.",
            ),
            (
                "Orët e tepërta jashtë orarit",
                "Për orarin nuk tha asgjë; pyesni, por mos e merrni si të mirëqenë.",
            ),
        ],
        "general_feedback": "<p>Një tregues është arsye për të parë më nga afër; "
        "disa tregues së bashku japin baza të arsyeshme për referim.</p>",
    },
    "Smuggling or trafficking": {
        "text": "<p>Cili është dallimi kryesor ndërmjet kontrabandimit të "
        "migrantëve dhe trafikimit të qenieve njerëzore?</p>",
        "options": [
            (
                "Kontrabandimi është një shërbim për të kaluar kufirin në mënyrë "
                "të parregullt dhe përfundon me mbërritjen; trafikimi synon "
                "shfrytëzimin e personit dhe nuk kërkon domosdoshmërisht kalimin e "
                "kufirit",
                "E saktë.",
            ),
            (
                "Trafikimi gjithmonë përfshin kalimin e kufirit; kontrabandimi jo",
                "Është e kundërta: kontrabandimi gjithmonë përfshin kalimin e kufirit.",
            ),
            (
                "Personat e kontrabanduar janë gjithmonë të rritur, ndërsa personat "
                "e trafikuar janë gjithmonë fëmijë",
                "Të dy mund të jenë të rritur ose fëmijë.",
            ),
        ],
        "general_feedback": "<p>Një udhëtim kontrabande mund të kthehet në "
        "trafikim, për shembull përmes një „borxhi” për udhëtimin.</p>",
    },
    "Debt for the journey": {
        "text": "<p>Një grup migrantësh në një zonë tranziti thonë se i "
        "detyrohen njeriut që ua organizoi udhëtimin një „borxh” që rritet çdo "
        "javë, dhe se ai u ka thënë se duhet të punojnë për një të njohurin e tij "
        "për ta shlyer. Çfarë duhet të konkludojë ekipi?</p>",
        "options": [
            (
                "Ka tregues të skllavërisë për borxh: ata mund të jenë viktima të "
                "mundshme, prandaj ekipi duhet të flasë me ta në mënyrë të sigurt "
                "dhe të shqyrtojë referimin",
                "E saktë.",
            ),
            (
                "Është vetëm kontrabandim, prandaj është çështje e policisë kufitare",
                "Borxhi që rritet dhe puna e detyruar tregojnë për trafikim.",
            ),
            (
                "Nuk mund të bëhet asgjë nëse ata nuk bëjnë kallëzim",
                "Identifikimi nuk varet nga kallëzimi.",
            ),
        ],
    },
    "Forms of exploitation": {
        "text": "<p>Lidhni secilën situatë me formën e shfrytëzimit.</p>",
        "items": [
            (
                "Një fëmijë që të rriturit e detyrojnë të vjedhë në një qendër "
                "tregtare dhe ia marrin mallrat",
                "Kriminalitet i detyruar",
            ),
            (
                "Një grua e re e rekrutuar në internet për punë si kameriere jashtë "
                "vendit dhe e detyruar në prostitucion",
                "Shfrytëzim seksual",
            ),
            (
                "Një fëmijë që lyp në një stacion autobusësh, ndërsa një i rritur "
                "mbledh paratë",
                "Lypje e detyruar",
            ),
            (
                "Një vajzë pesëmbëdhjetëvjeçare e martuar me një burrë të cilit "
                "familja e saj i detyrohet para",
                "Martesë e detyruar",
            ),
            ("", "Birësim i paligjshëm"),
        ],
    },
    "Who identifies formally": {
        "text": "<p>Kush e identifikon zyrtarisht një person si viktimë të "
        "trafikimit?</p>",
        "options": [
            (
                "Autoriteti kompetent sipas ligjit vendor; MIT-i e njeh një "
                "viktimë të mundshme mbi baza të arsyeshme dhe e referon",
                "E saktë: roli i ekipit është njohja dhe referimi.",
            ),
            (
                "MIT-i, sapo dy nga anëtarët e tij të bien dakord",
                "Ekipi nuk bën identifikim zyrtar.",
            ),
            (
                "Gjykata, pasi trafikanti të jetë dënuar",
                "Identifikimi dhe mbrojtja nuk presin një dënim.",
            ),
        ],
    },
    "Indicator: the passport": {
        "text": "<p>Cili tregues i ILO-s për punën e detyruar shfaqet kur një "
        "punëdhënës e mban pasaportën e një punëtori?</p>",
        "accepted": [
            "mbajtja e dokumenteve të identitetit",
            "mbajtja e dokumenteve",
            "mbajtja e dokumentit të identitetit",
        ],
    },
    # Module 4: the MIT in the referral mechanism
    "From detection to inclusion": {
        "text": "<p>Renditni hapat e një referimi.</p>",
        "items": [
            "Zbulimi i treguesve nga aktorët e vijës së parë, si MIT-i",
            "Referimi i viktimës së mundshme në mekanizmin kombëtar të referimit",
            "Identifikimi zyrtar nga autoriteti kompetent",
            "Ndihma afatgjatë dhe përfshirja sociale",
        ],
    },
    "Assistance not conditional": {
        "text": "<p>Sipas Konventës së Këshillit të Evropës për veprimin kundër "
        "trafikimit të qenieve njerëzore, ndihma mund të kushtëzohet me pëlqimin "
        "e viktimës për të dëshmuar.</p>",
        "options": [
            (
                "E vërtetë",
                "Jo: ndihma nuk kushtëzohet me bashkëpunimin me autoritetet.",
            ),
            ("E rreme", "E saktë."),
        ],
    },
    "Shoplifting under control": {
        "text": "<p>Një grua e re u kap duke vjedhur në një dyqan, ndërsa ishte "
        "nën kontrollin e njerëzve që e kishin trafikuar. Cili parim "
        "zbatohet?</p>",
        "options": [
            (
                "Mosndëshkimi: ajo nuk duhet të ndëshkohet për vepra që u detyrua "
                "t’i kryente",
                "E saktë.",
            ),
            (
                "Trajtimi i barabartë: ajo duhet të ndiqet penalisht si çdokush tjetër",
                "Ndëshkimi i saj do ta ndëshkonte viktimën për krimin e trafikantëve.",
            ),
            (
                "Periudha e rimëkëmbjes dhe e reflektimit: ajo duhet të largohet "
                "nga vendi brenda 30 ditëve",
                "Periudha e rimëkëmbjes dhe e reflektimit e mbron; nuk është afat "
                "për t’u larguar.",
            ),
        ],
    },
    "Immediate assistance": {
        "text": "<p>Cilat nga këto janë pjesë e ndihmës së menjëhershme për një "
        "viktimë të mundshme? Zgjidhni të gjitha përgjigjet e sakta.</p>",
        "options": [
            ("Strehim i sigurt", "Po."),
            ("Kujdes mjekësor dhe psikologjik", "Po."),
            (
                "Këshillim ligjor dhe informacion në një gjuhë që personi e kupton",
                "Po.",
            ),
            (
                "Një deklaratë në polici para se të jepet çfarëdo ndihme",
                "Jo: ndihma nuk pret deklaratën.",
            ),
            (
                "Kthimi në vendin e origjinës brenda 24 orëve",
                "Jo: një person për të cilin ka baza të arsyeshme nuk largohet "
                "para se të përfundojë identifikimi.",
            ),
        ],
    },
    "Unaccompanied child": {
        "text": "<p>Ekipi takon një fëmijë të pashoqëruar pesëmbëdhjetëvjeçar me "
        "tregues trafikimi. Çfarë duhet të ndodhë?</p>",
        "options": [
            (
                "Fëmija referohet te shërbimet për mbrojtjen e fëmijëve, të cilat i "
                "caktojnë një kujdestar, dhe trajtohet si viktimë e mundshme",
                "E saktë.",
            ),
            (
                "Pritet derisa fëmija të konfirmojë në një deklaratë zyrtare se "
                "është shfrytëzuar",
                "Mbrojtja nuk pret një deklaratë.",
            ),
            (
                "Fëmija vendoset në një qendër mbajtjeje për migrantë derisa të "
                "verifikohet mosha",
                "Nëse mosha është e pasigurt, personi trajtohet si fëmijë.",
            ),
        ],
    },
    "Reflection period": {
        "text": "<p>Konventa e Këshillit të Evropës i jep një personi për të cilin "
        "ka baza të arsyeshme se është viktimë e trafikimit një periudhë "
        "rimëkëmbjeje dhe reflektimi prej të paktën 30 ditësh.</p>",
        "options": [
            (
                "E vërtetë",
                "E saktë: të paktën 30 ditë për t’u rimëkëmbur dhe për të vendosur.",
            ),
            ("E rreme", "Konventa përcakton të paktën 30 ditë."),
        ],
    },
    "Returning home across a border": {
        "text": "<p>Një grua e identifikuar si viktimë e trafikimit në një vend "
        "të rajonit dëshiron të kthehet në shtëpi, në një vend tjetër. Cila është "
        "praktika e mirë?</p>",
        "options": [
            (
                "Planifikohet një kthim i sigurt dhe vullnetar me organet e "
                "referimit të të dy vendeve, me vlerësim rreziku dhe me dorëzim te "
                "shërbimet në vendin e origjinës",
                "E saktë: bashkëpunimi rajonal e bën kthimin të sigurt.",
            ),
            (
                "I blihet një biletë autobusi sapo ajo ta kërkojë",
                "Pa vlerësim rreziku dhe pa dorëzim, ajo mund të ritrafikohet.",
            ),
            (
                "Punëdhënësi që e rekrutoi lihet ta organizojë udhëtimin",
                "Kjo e kthen te njerëzit që e shfrytëzuan.",
            ),
        ],
    },
    "NRM": {
        "text": "<p>Si quhet sistemi përmes të cilit shteti siguron që viktimat e "
        "mundshme të trafikimit të identifikohen dhe të referohen për ndihmë "
        "(shkurtesa angleze NRM)?</p>",
        "accepted": ["mekanizmi kombëtar i referimit", "mekanizmi i referimit"],
    },
    # Written reflections
    "Explaining confidentiality": {
        "text": "<p>Në disa fjali, shkruani çfarë do t’i thoshit një viktime të "
        "mundshme në kontaktin e parë për t’ia shpjeguar konfidencialitetin: çfarë "
        "shënon ekipi, kush do ta shohë dhe çfarë mund të refuzojë personi.</p>",
        "general_feedback": "<p>Një përgjigje e mirë është e shkurtër dhe e qartë, "
        "nuk premton asgjë që ekipi nuk mund ta mbajë dhe e përmend "
        "pëlqimin.</p>",
    },
}
