"""CORE_COURSE translated (sq)."""

CORE_COURSE = {
    "title": "Kurrikula bazë e MIT-it: zbulimi, identifikimi dhe referimi",
    "slug": "mit-core-curriculum",
    "summary": "Katër modulet bazë për anëtarët e ekipeve mobile të identifikimit: si përbëhet një "
    "ekip, cilat janë rolet e anëtarëve të tij, si zbulohen dhe identifikohen viktimat (e "
    "mundshme) të trafikimit dhe si punon ekipi brenda mekanizmit kombëtar të referimit.",
    "learning_outcomes": [
        "Të shpjegoni pse identifikimi i viktimave të trafikimit kërkon një ekip "
        "multidisiplinar dhe çfarë sjell çdo sektor në të.",
        "Të përshkruani si merr mandat, si drejtohet, si mbështetet dhe si "
        "financohet një MIT, si dhe çfarë mbetet jashtë rolit të tij.",
        "Të kryeni rolin tuaj në punën në terren, në kontaktin e parë dhe në "
        "ndjekje, dhe të mbani regjistrime që mbrojnë të dhënat personale.",
        "Të punoni në mënyrë të sigurt në terren dhe të trajtoni konfliktet "
        "ndërmjet detyrave të sektorit tuaj dhe interesave të personit.",
        "Të zbatoni përkufizimin ndërkombëtar të trafikimit, përfshirë rregullin "
        "për fëmijët, dhe ta dalloni trafikimin nga kontrabanda me migrantë.",
        "Të njihni viktimat (e mundshme) duke përdorur treguesit e ILO-s për punën "
        "e detyruar dhe treguesit për fëmijët dhe për personat në lëvizje, si dhe "
        "të realizoni një kontakt të parë të përqendruar te viktima dhe të "
        "informuar për traumën.",
        "Të referoni viktimat e mundshme përmes mekanizmit kombëtar të referimit në "
        "përputhje me Konventën e Këshillit të Evropës, përfshirë fëmijët dhe "
        "rastet ndërkufitare.",
    ],
    "ce_hours": 12,
    "certificate_validity_months": 24,
    "enrolment_policy": "enrolment",
    "modules": [
        {
            "title": "Përbërja e një ekipi mobil identifikimi",
            "slug": "composition",
            "introduction": "<p>Trafikimi është i fshehur dhe asnjë profesion i vetëm nuk mund "
            "ta njohë vetëm. Ky modul shpjegon pse identifikimi kërkon një ekip, "
            "nga cilët sektorë përbëhet një MIT dhe çfarë sjell secili prej "
            "tyre, si dhe si formohet, drejtohet dhe mbështetet një "
            "ekip.</p><p>Moduli mbyllet me kufijtë e ekipit: një MIT njeh dhe "
            "referon; ai nuk heton dhe nuk ndjek penalisht.</p>",
            "lessons": [
                {
                    "title": "Pse identifikimi kërkon një ekip",
                    "slug": "why-identification-needs-a-team",
                    "summary": "Pse viktimat e trafikimit rrallë gjenden duke pritur dhe "
                    "pse një ekip me disa profesione i gjen ato më herët.",
                    "duration_minutes": 25,
                    "body": [
                        (
                            "rich_text",
                            "<h2>Trafikimi është i fshehur</h2><p>Trafikimi i qenieve "
                            "njerëzore është një krim që përpiqet të mos shihet. Viktimat "
                            "rrallë hyjnë në një stacion policie dhe thonë: „Jam viktimë "
                            "e trafikimit.” Shumë prej tyre nuk e njohin këtë fjalë. "
                            "Shumë nuk e shohin veten si viktima. Disa kanë frikë nga "
                            "policia, nga dëbimi ose nga njerëzit që i kontrollojnë. Disa "
                            "besojnë se kanë një borxh dhe duhet ta shlyejnë më parë. "
                            "Fëmijët mund të mendojnë se ajo që u ndodh është "
                            "normale.</p><p>Prandaj, pritja që viktimat të paraqiten vetë "
                            "nuk funksionon. Profesionistët duhet të shkojnë në vendet ku "
                            "ndodh shfrytëzimi dhe të mësojnë t’i njohin shenjat. Kjo "
                            "quhet <b>identifikim proaktiv</b>.</p><h2>Çfarë është një "
                            "ekip mobil identifikimi</h2><p>Ekipi mobil identifikimi "
                            "(MIT) është një ekip i vogël multidisiplinar profesionistësh "
                            "nga institucionet shtetërore dhe organizatat joqeveritare "
                            "(OJQ). Ekipi punon në terren dhe në komunitet. Detyra e tij "
                            "është <b>njohja e hershme</b> e viktimave (të mundshme) të "
                            "trafikimit dhe referimi i tyre i shpejtë për mbrojtje dhe "
                            "ndihmë.</p><p>Fjala <i>mobil</i> ka rëndësi. Ekipi nuk pret "
                            "në zyrë. Ai shkon në stacionet e autobusëve dhe të trenave, "
                            "në fermat gjatë sezonit të korrjeve, në kantieret e "
                            "ndërtimit dhe në tregje, në vendbanimet joformale, në "
                            "qendrat e pritjes dhe të tranzitit, si dhe në vende të tjera "
                            "ku personat në lëvizje ndalen ose mblidhen.</p><h2>Kë "
                            "kërkojnë ekipet</h2><ul><li>Grupet vendore që janë të "
                            "cenueshme ndaj trafikimit, për shembull pjesëtarët e "
                            "komunitetit rom që përballen me varfërinë, diskriminimin dhe "
                            "përjashtimin nga shkolla dhe puna.</li><li>Migrantët, "
                            "refugjatët dhe azilkërkuesit në lëvizje, të cilët mund të "
                            "shfrytëzohen gjatë udhëtimit ose ndërsa "
                            "presin.</li><li>Fëmijët në të dyja grupet, të cilët janë në "
                            "rrezik të veçantë.</li></ul>",
                        ),
                        (
                            "rich_text",
                            "<h2>Pse një profesion nuk mjafton</h2><p>Çdo profesion sheh "
                            "vetëm një pjesë të tablosë. Një mësuese vëren se një vajzë "
                            "ka pushuar së ardhuri në shkollë. Një infermiere sheh "
                            "lëndime që nuk përputhen me historinë që i tregohet. Një "
                            "inspektor pune sheh se punëtorët nuk kanë kontrata. Një "
                            "punonjës policie e di se një makinë e ka kaluar kufirin "
                            "shumë herë me pasagjerë të ndryshëm. Një punonjës terreni "
                            "dëgjon atë që njerëzit në një vendbanim e thonë, por që nuk "
                            "do t’ia tregonin kurrë një zyrtari.</p><p>Një shenjë e vetme "
                            "zakonisht nuk mjafton për ta njohur trafikimin. Kur këta "
                            "profesionistë ulen në një tryezë, shenjat lidhen me "
                            "njëra-tjetrën. Kjo është arsyeja kryesore për një "
                            "ekip.</p><p>Një ekip sjell gjithashtu kompetenca të ndryshme "
                            "dhe mënyra të ndryshme për të ndërtuar besim. Disa njerëz "
                            "flasin vetëm me një punonjës të OJQ-së. Disa situata "
                            "kërkojnë policinë për të mbajtur të gjithë të sigurt. Një "
                            "fëmijë ka nevojë për qendrën për punë sociale. Një person i "
                            "sëmurë ose i lënduar ka nevojë për një punonjës shëndetësor. "
                            "Kur të gjithë janë në një ekip, personi merr më shpejt "
                            "ndihmën e duhur dhe nuk dërgohet nga një zyrë në tjetrën, "
                            "duke treguar të njëjtën histori të dhimbshme përsëri e "
                            "përsëri.</p><h2>Dy nivele pune</h2><p>Qasja MIT në Ballkanin "
                            "Perëndimor punon në dy nivele:</p><ul><li><b>Niveli "
                            "rajonal:</b> hartëzimi i mënyrës si punojnë ekipet në vende "
                            "të ndryshme, shkëmbimi i praktikave të mira dhe rënia dakord "
                            "për një qasje të unifikuar MIT në Bosnjë e Hercegovinë, "
                            "Serbi, Mal të Zi dhe Kosovë*.</li><li><b>Niveli vendor:</b> "
                            "ngritja e ekipeve në komuna dhe mbajtja e tyre "
                            "funksionale.</li></ul><p>Në gjeneratën e parë të programit u "
                            "trajnuan rreth 30 profesionistë, u ngritën 14 ekipe (4 në "
                            "Bosnjë e Hercegovinë, 4 në Serbi, 3 në Mal të Zi dhe 3 në "
                            "Kosovë*) dhe ekipet identifikuan 36 viktima (të "
                            "mundshme).</p>",
                        ),
                        (
                            "rich_text",
                            "<h2>Çfarë mësuan ekipet e para</h2><ul><li>Ekipet punojnë më "
                            "mirë kur janë pjesë e mekanizmit ekzistues të referimit dhe "
                            "kanë një buxhet të qëndrueshëm. Një ekip që varet nga një "
                            "projekt i shkurtër ose nga një person i vetëm entuziast nuk "
                            "zgjat.</li><li>Qasja shumësektoriale është thelbësore. Një "
                            "ekip i përbërë nga një sektor i vetëm nuk është "
                            "MIT.</li><li>Trafikimi ndryshon vazhdimisht: rrugë të reja, "
                            "mënyra të reja rekrutimi në internet, forma të reja "
                            "shfrytëzimi. Anëtarët duhet ta rifreskojnë rregullisht "
                            "njohurinë e tyre, në përputhje me sektorin e "
                            "tyre.</li><li>Publiku duhet të dijë se ekipet ekzistojnë dhe "
                            "çfarë bëjnë. Njerëzit që dinë për ekipin mund t’i tregojnë "
                            "atij për situata që i shqetësojnë.</li></ul>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Tri pjesë të së njëjtës tablo",
                                "scenario": "<p>Në një qytet të vogël, një mësuese e "
                                "shkollës fillore i tregon pedagogut të shkollës "
                                "se Elvira, një vajzë 14-vjeçare nga vendbanimi "
                                "rom, nuk ka ardhur në shkollë prej tri javësh. "
                                "Pedagogu telefonon familjen, por askush nuk "
                                "përgjigjet.</p><p>Në të njëjtën javë, një "
                                "punonjëse terreni e një OJQ-je dëgjon gratë në "
                                "vendbanim të flasin për „fejesën” e Elvirës dhe "
                                "për një shumë parash që i është paguar babait "
                                "të saj nga një familje nga një vend tjetër. "
                                "Disa ditë më parë, një punonjës policie "
                                "kontrolloi një makinë me targa të huaja të "
                                "parkuar pranë vendbanimit. Dy burrat brenda saj "
                                "thanë se po vizitonin të afërm.</p><p>Secili "
                                "nga tre profesionistët mendon se ajo që di "
                                "është shumë pak për të vepruar.</p>",
                                "questions": [
                                    "Çfarë di secili profesionist dhe çfarë nuk di "
                                    "secili prej tyre?",
                                    "Për çfarë forme shfrytëzimi mund të bëhet "
                                    "fjalë dhe pse mosha e Elvirës është e "
                                    "rëndësishme?",
                                    "Si do të ishin gjërat ndryshe nëse të tre do "
                                    "të ishin anëtarë të të njëjtit MIT?",
                                    "Kush duhet të bëjë kontaktin e parë me "
                                    "Elvirën dhe familjen e saj, dhe pse?",
                                ],
                                "discussion": "<p>Secili sinjal, i marrë veçmas, është i "
                                "dobët. Së bashku ato tregojnë për një martesë "
                                "të mundshme të fëmijës të rregulluar për "
                                "para, e cila mund të jetë një formë "
                                "trafikimi. Meqenëse Elvira është fëmijë, "
                                "askush nuk ka nevojë të provojë përdorimin e "
                                "forcës ose mashtrimin. Në një MIT, të tre do "
                                "ta ndanin menjëherë atë që dinë, përmes një "
                                "kanali të sigurt, sepse ajo mund të largohet "
                                "së shpejti.</p><p>Qendra për punë sociale "
                                "duhet të udhëheqë, sepse mbrojtja e fëmijës "
                                "është detyra e saj ligjore. Shkolla dhe "
                                "punonjësja e terrenit, e cila e njeh "
                                "komunitetin, ndihmojnë për të arritur te "
                                "Elvira. Policia përgatitet të veprojë nëse "
                                "ajo është në rrezik të menjëhershëm, por një "
                                "vizitë me uniformë si hap i parë mund ta "
                                "shtyjë familjen ta largojë shpejt. Ekipi e "
                                "referon rastin pa vonesë te mbrojtja e "
                                "fëmijës dhe te mekanizmi kombëtar i "
                                "referimit.</p>",
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Pikat kryesore",
                                "points": [
                                    "Viktimat rrallë e identifikojnë veten, prandaj "
                                    "identifikimi duhet të jetë proaktiv dhe të bëhet "
                                    "në terren.",
                                    "MIT-i është një ekip multidisiplinar "
                                    "profesionistësh nga institucionet shtetërore dhe "
                                    "OJQ-të, që punojnë në terren dhe në komunitet.",
                                    "Grupet e tij kryesore të synuara janë grupet "
                                    "vendore të cenueshme, si komunitetet rome, dhe "
                                    "personat në lëvizje.",
                                    "Çdo profesion sheh vetëm një pjesë të tablosë; "
                                    "në një ekip, shenjat lidhen me njëra-tjetrën.",
                                    "Ekipet zgjasin kur janë pjesë e mekanizmit të "
                                    "referimit, kanë buxhet dhe i rifreskojnë "
                                    "aftësitë e tyre.",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "title": "Sektorët në një ekip dhe çfarë sjell secili",
                    "slug": "sectors-and-what-each-brings",
                    "summary": "Profesionet nga të cilat përbëhet një MIT, çfarë shton "
                    "secili prej tyre dhe si të zgjidhet përbërja e duhur për "
                    "një komunë.",
                    "duration_minutes": 30,
                    "body": [
                        (
                            "rich_text",
                            "<h2>Anëtarët bazë dhe anëtarët mbështetës</h2><p>Nuk ka një "
                            "model të vetëm të MIT-it. Përbërja e tij varet nga situata "
                            "vendore: kush është në rrezik, ku ka gjasa të ndodhë "
                            "shfrytëzimi, cilat gjuhë flasin njerëzit dhe cilat shërbime "
                            "ekzistojnë. Shumica e ekipeve kanë një <b>bërthamë</b> prej "
                            "tre deri në gjashtë anëtarësh që takohen rregullisht dhe "
                            "dalin së bashku në terren. Rreth bërthamës ka një rreth "
                            "profesionistësh <b>mbështetës</b> që bashkohen kur një rast "
                            "ka nevojë për ta.</p><p>Sektorët më poshtë janë blloqet e "
                            "zakonshme ndërtuese. Për secilin prej tyre, mendoni për dy "
                            "pyetje: çfarë mund të bëjë ky sektor që të tjerët nuk mund "
                            "ta bëjnë, dhe kur mund ta vështirësojë kontaktin prania e "
                            "tij?</p><h2>Policia</h2><p>Punonjësit e policisë njohin "
                            "modelet e krimit në nivel vendor dhe njerëzit që i "
                            "organizojnë. Ata mund të mbrojnë një person në rrezik të "
                            "menjëhershëm, të verifikojnë informacionin përmes kanaleve "
                            "zyrtare dhe t’ua kalojnë rastin hetuesve të specializuar. Në "
                            "terren ata janë përgjegjës për sigurinë e ekipit. Por shumë "
                            "viktima kanë frikë nga policia, shpesh sepse shfrytëzuesit u "
                            "kanë thënë se policia do t’i arrestojë ose do t’i dëbojë. "
                            "Një uniformë mund të mbyllë një derë që një punonjës policie "
                            "me rroba civile ose një punonjës terreni mund ta "
                            "hapte.</p><h2>Qendrat për punë sociale</h2><p>Punonjësit "
                            "socialë kanë përgjegjësinë ligjore për mbrojtjen e fëmijëve "
                            "dhe për personat që kanë nevojë për kujdes. Në shumicën e "
                            "vendeve ata mund ta vendosin një fëmijë në kujdes të sigurt, "
                            "të nisin procedurën për caktimin e një kujdestari dhe të "
                            "sigurojnë strehim dhe mbështetje financiare. Ata shpesh i "
                            "njohin mirë familjet e komunës. Në çdo rast që përfshin një "
                            "fëmijë, qendra për punë sociale duhet të "
                            "përfshihet.</p><h2>Shëndetësia</h2><p>Punonjësit "
                            "shëndetësorë takojnë njerëz që përndryshe janë të fshehur: "
                            "në repartet e urgjencës, në shërbimet e gjinekologjisë dhe "
                            "të maternitetit, në kujdesin parësor dhe në klinikat mobile. "
                            "Ata mund të vlerësojnë dhe të trajtojnë lëndimet, "
                            "infeksionet, shtatzëninë, varësitë dhe problemet e shëndetit "
                            "mendor. Konfidencialiteti mjekësor i ndihmon njerëzit t’u "
                            "besojnë. Oferta për një kontroll shëndetësor shpesh është "
                            "mënyra më e lehtë për të nisur një bisedë.</p>",
                        ),
                        (
                            "rich_text",
                            "<h2>Inspektimi i punës</h2><p>Inspektorët e punës kanë të "
                            "drejtë të hyjnë në vendet e punës dhe të kontrollojnë "
                            "kontratat, pagat, orarin e punës, si dhe sigurinë dhe "
                            "shëndetin në punë. Ata shohin sektorët ku shpesh fshihet "
                            "shfrytëzimi i punës: bujqësinë, ndërtimin, hotelerinë, "
                            "punëtoritë e tekstilit dhe punën sezonale. Qasja e tyre në "
                            "shtëpitë private, për shembull në rastet e punës shtëpiake, "
                            "zakonisht është e kufizuar. Një vizitë inspektimi është një "
                            "arsye e ligjshme për të qenë në një vend pune dhe për të "
                            "folur me punëtorët.</p><h2>Arsimi</h2><p>Mësuesit, pedagogët "
                            "dhe psikologët e shkollës i shohin fëmijët çdo ditë. Ata "
                            "vërejnë mungesat, braktisjen e shkollës, ndryshimet e "
                            "papritura në sjellje, lodhjen, lëndimet dhe „miqtë” e rinj "
                            "që presin jashtë shkollës. Ata mund të arrijnë te prindërit "
                            "dhe, më vonë, e ndihmojnë fëmijën të kthehet në shkollë si "
                            "pjesë e rimëkëmbjes.</p><h2>OJQ-të që punojnë në "
                            "terren</h2><p>Punonjësit e terrenit të OJQ-ve shkojnë aty ku "
                            "zyrtarët rrallë shkojnë dhe në orë kur zyrat janë të "
                            "mbyllura. Ata shpesh flasin gjuhën e komunitetit dhe disa "
                            "janë pjesëtarë të komunitetit, për shembull ndërmjetësit "
                            "romë. Njerëzit që kanë frikë nga institucionet mund t’u "
                            "besojnë atyre. Shumë OJQ drejtojnë gjithashtu strehimore, "
                            "linja ndihme, ndihmë juridike dhe mbështetje psikologjike, "
                            "prandaj ato janë njëkohësisht burim rastesh dhe ofrues "
                            "ndihme.</p><h2>Përkthyesit dhe ndërmjetësit "
                            "kulturorë</h2><p>Pa një gjuhë të përbashkët nuk ka "
                            "identifikim. Përkthyesi përkthen me saktësi dhe në mënyrë "
                            "neutrale. Ndërmjetësi kulturor shpjegon gjithashtu "
                            "kontekstin kulturor dhe ndihmon në ndërtimin e besimit. Të "
                            "dy duhet të jenë të trajnuar, të detyruar të ruajnë "
                            "konfidencialitetin dhe pa asnjë lidhje me njerëzit që e "
                            "kontrollojnë personin.</p><h2>Shërbimet e azilit dhe të "
                            "migracionit dhe policia kufitare</h2><p>Këto shërbime "
                            "punojnë në qendrat e pritjes dhe të tranzitit dhe në kufi. "
                            "Ato i regjistrojnë njerëzit, i njohin rrugët dhe shohin si "
                            "veprojnë rrjetet e kontrabandës. Ato janë në pozitë të mirë "
                            "për të vënë re personat në lëvizje që kontrollohen nga të "
                            "tjerë dhe për t’u siguruar që një person me shenja trafikimi "
                            "të mos kthehet para se të sqarohet situata.</p><h2>Të tjerë "
                            "që e mbështetin ekipin</h2><p>Pushteti vendor mund t’i japë "
                            "ekipit ambiente, buxhet, transport dhe qasje në shërbimet "
                            "vendore. Prokurorët dhe gjyqtarët zakonisht nuk janë anëtarë "
                            "të ekipit, por ekipi duhet të dijë me kë të kontaktojë në "
                            "prokurori kur një rast kërkon veprim ligjor urgjent.</p>",
                        ),
                        (
                            "rich_text",
                            "<h2>Zgjedhja e përbërjes së duhur</h2><p>Kur formohet një "
                            "ekip, ose kur ndryshon puna e tij, pyesni:</p><ul><li>Cilat "
                            "grupe janë në rrezik këtu dhe ku jetojnë, punojnë ose "
                            "kalojnë ato?</li><li>Cilat gjuhë flasin? Nga do të vijnë "
                            "përkthyesit?</li><li>A ka ekipi edhe gra edhe burra, në "
                            "mënyrë që një person të mund të zgjedhë të flasë me dikë të "
                            "gjinisë së vet?</li><li>Cilët anëtarë mund të dalin në "
                            "terren dhe në cilat orë?</li><li>Cilat shërbime mungojnë në "
                            "nivel vendor dhe kush në rajon mund t’i ofrojë "
                            "ato?</li></ul><p>Një ekip i mirë nuk është ekipi më i madh. "
                            "Është një ekip në të cilin çdo anëtar e di se çfarë mund të "
                            "bëjnë të tjerët.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Një ekip i ri në rrugën e migrimit",
                                "scenario": "<p>Një komunë ndodhet në një rrugë kryesore "
                                "migrimi. Ajo ka një qendër pritjeje tranzite "
                                "për migrantë dhe azilkërkues, ferma të mëdha që "
                                "punësojnë punëtorë sezonalë në verë dhe në "
                                "vjeshtë, si dhe një vendbanim rom në periferi "
                                "të qytetit. Kryetari i komunës kërkon që të "
                                "ngrihet një MIT.</p><p>Lista e parë e anëtarëve "
                                "të propozuar ka dy punonjës policie nga "
                                "stacioni vendor dhe një punonjës social. "
                                "Komandanti i stacionit të policisë thotë se kjo "
                                "mjafton, sepse „trafikimi është çështje e "
                                "policisë”.</p>",
                                "questions": [
                                    "Cilët sektorë mungojnë në listën e propozuar?",
                                    "Cilat gjuhë ka gjasa t’i nevojiten ekipit dhe "
                                    "si mund t’i sigurojë ato?",
                                    "Kush duhet ta udhëheqë kontaktin në qendrën e "
                                    "tranzitit, në ferma dhe në vendbanim?",
                                    "Si do t’i përgjigjeshit komandantit?",
                                ],
                                "discussion": "<p>Listës i mungojnë sektorët që hapin më "
                                "shumë dyer. Punonjësit e terrenit të një "
                                "OJQ-je, mundësisht edhe një ndërmjetës rom, "
                                "mund të arrijnë në vendbanim. Shërbimi i "
                                "azilit dhe i migracionit e njeh qendrën e "
                                "tranzitit. Një inspektor pune ka qasje të "
                                "ligjshme në ferma. Një punonjës shëndetësor "
                                "dhe një përfaqësues i shkollës mund të "
                                "bashkohen si anëtarë mbështetës. Ekipit i "
                                "nevojiten përkthyes për gjuhët kryesore që "
                                "fliten në qendër, të siguruar paraprakisht, "
                                "dhe i nevojiten edhe gra edhe burra.</p><p>Në "
                                "qendrën e tranzitit kontaktin duhet ta "
                                "udhëheqin stafi i qendrës dhe punonjësit e "
                                "OJQ-ve; në ferma, inspektori i punës; në "
                                "vendbanim, punonjësi i terrenit dhe qendra "
                                "për punë sociale. Policia mbetet thelbësore "
                                "për sigurinë dhe për kalimin e rasteve te "
                                "hetuesit. Përgjigjja për komandantin është se "
                                "trafikimi është krim, por identifikimi është "
                                "detyrë e përbashkët: shumë viktima nuk do të "
                                "flasin kurrë fillimisht me policinë.</p>",
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Pikat kryesore",
                                "points": [
                                    "Nuk ka një model të vetëm: situata vendore "
                                    "vendos se kush është në ekip.",
                                    "Policia sjell sigurinë dhe lidhjen me hetuesit; "
                                    "puna sociale sjell mbrojtjen e fëmijës dhe "
                                    "kujdesin.",
                                    "Shëndetësia, inspektimi i punës dhe arsimi i "
                                    "arrijnë njerëzit në klinika, në vende pune dhe "
                                    "në shkolla.",
                                    "Punonjësit e terrenit të OJQ-ve dhe ndërmjetësit "
                                    "kulturorë ndërtojnë besim aty ku institucionet "
                                    "nuk munden.",
                                    "Përkthyesit duhet të jenë të trajnuar, neutralë "
                                    "dhe të detyruar të ruajnë konfidencialitetin.",
                                    "Përfshini edhe gra edhe burra, në mënyrë që një "
                                    "person të mund të zgjedhë me kë të flasë.",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "title": "Formimi, drejtimi dhe mbështetja e një ekipi",
                    "slug": "forming-leading-and-supporting-a-team",
                    "summary": "Mandati, protokolli i bashkëpunimit, orari i kujdestarisë, "
                    "supervizioni dhe buxheti që e mbajnë një ekip funksional, "
                    "si dhe kufijtë e rolit të tij.",
                    "duration_minutes": 30,
                    "body": [
                        (
                            "rich_text",
                            "<h2>Një ekip ka nevojë për mandat</h2><p>Një MIT nuk është "
                            "një grup miqsh që ndihmojnë njëri-tjetrin. Ai ka nevojë për "
                            "një <b>mandat</b> formal: një vendim me shkrim që thotë se "
                            "ekipi ekziston, për çfarë shërben, ku punon dhe si "
                            "përshtatet në mekanizmin e referimit. Në varësi të vendit, "
                            "mandati mund të vijë nga koordinatori kombëtar kundër "
                            "trafikimit, nga një ministri, nga komuna ose nga një "
                            "marrëveshje e nënshkruar nga institucionet e përfshira. "
                            "Procedurat kombëtare ndryshojnë, prandaj kontrolloni cila "
                            "bazë zbatohet aty ku punoni.</p><p>Pa mandat, punëdhënësit "
                            "mund të mos e lirojnë stafin e tyre për punën në ekip dhe "
                            "anëtarët mund të mos kenë bazë ligjore për të ndarë "
                            "informacion me njëri-tjetrin.</p><h2>Protokolli i "
                            "bashkëpunimit</h2><p>Institucionet që dërgojnë anëtarë në "
                            "ekip zakonisht nënshkruajnë një <b>protokoll "
                            "bashkëpunimi</b>. Një protokoll i mirë "
                            "përcakton:</p><ul><li>qëllimin e ekipit, zonën e tij dhe "
                            "grupet e synuara;</li><li>cilat institucione marrin pjesë "
                            "dhe si i emërojnë anëtarët dhe zëvendësit;</li><li>detyrat e "
                            "secilit institucion në punën në terren, në kontaktin e parë "
                            "dhe në ndjekje;</li><li>si lirohen anëtarët nga detyrat e "
                            "tyre të rregullta për punën në ekip;</li><li>si ndahet, "
                            "regjistrohet dhe mbrohet informacioni;</li><li>rrugët e "
                            "referimit dhe kontaktet në mekanizmin kombëtar të "
                            "referimit;</li><li>sa shpesh takohet ekipi dhe kujt i "
                            "raporton;</li><li>kush paguan për çfarë;</li><li>kur do të "
                            "rishikohet protokolli.</li></ul>",
                        ),
                        (
                            "rich_text",
                            "<h2>Drejtimi</h2><p>Çdo ekip ka një <b>drejtues ekipi</b> "
                            "dhe një <b>zëvendës</b>. Drejtuesi thërret takimet, "
                            "planifikon punën në terren me anëtarët, mban kontakt me "
                            "koordinatorin kombëtar ose vendor të referimit, siguron që "
                            "të mbahen të dhënat dhe raporton për punën e ekipit. "
                            "Drejtimi nuk ka të bëjë me gradën. Vendimet për një person "
                            "merren së bashku dhe çdo anëtar vepron brenda mandatit të "
                            "institucionit të vet.</p><h2>Orari i "
                            "kujdestarisë</h2><p>Personat e trafikuar nuk shfaqen vetëm "
                            "gjatë orarit zyrtar. Një <b>orar kujdestarie</b> tregon se "
                            "kush mund të thirret në cilat ditë dhe në cilat orë, "
                            "përfshirë netët dhe fundjavat nëse ekipi i mbulon ato. Ai "
                            "përmban numrat e telefonit për strehimin emergjent dhe për "
                            "mbrojtjen e fëmijës jashtë orarit zyrtar. Orari u jepet "
                            "partnerëve që mund ta thërrasin ekipin, si qendra e pritjes, "
                            "spitali ose stafi i sigurisë në stacionin e "
                            "autobusëve.</p><h2>Supervizioni dhe kujdesi për "
                            "ekipin</h2><p>Anëtarët e ekipit dëgjojnë histori të rënda "
                            "dhe shohin njerëz në nevojë të madhe. Me kalimin e kohës kjo "
                            "mund të shkaktojë stres, djegie profesionale dhe traumë "
                            "dytësore. Ekipet e mira e planifikojnë "
                            "këtë:</p><ul><li>takime të rregullta për shqyrtimin e "
                            "rasteve, ku anëtarët diskutojnë raste dhe vendime të "
                            "vështira;</li><li>një bisedë e shkurtër reflektimi "
                            "(debriefing) pas çdo kontakti të vështirë;</li><li>qasje në "
                            "supervizion profesional, nga institucioni i vetë anëtarit "
                            "ose nga një supervizor i jashtëm;</li><li>trajnim i "
                            "rregullt, sepse trafikimi ndryshon dhe aftësitë duhet të "
                            "rifreskohen.</li></ul><h2>Buxheti</h2><p>Një ekip pa buxhet "
                            "ndalon së punuari kur përfundon projekti i parë. Kostot "
                            "tipike janë transporti dhe karburanti, telefonat celularë "
                            "dhe kredia telefonike, përkthyesit, nevojat emergjente "
                            "(ushqim, rroba, artikuj higjiene, një natë strehim i "
                            "sigurt), fletëpalosjet informuese, trajnimi dhe koha e punës "
                            "e anëtarëve. Ekipet e para mësuan se është më mirë kur këto "
                            "kosto janë pjesë e buxhetit të rregullt të komunës ose të "
                            "institucioneve, jo vetëm të një projekti.</p>",
                        ),
                        (
                            "rich_text",
                            "<h2>Çfarë nuk bën ekipi</h2><p>Një MIT <b>njeh dhe "
                            "referon</b>. Qartësia për kufijtë e tij mbron personin, "
                            "anëtarët dhe çdo çështje penale të mëvonshme. Ekipi "
                            "nuk:</p><ul><li>heton krime ose mbledh prova për ndjekje "
                            "penale;</li><li>arreston, akuzon ose ndjek penalisht "
                            "askënd;</li><li>identifikon formalisht viktimat, aty ku "
                            "ligji ia jep këtë detyrë një autoriteti "
                            "kompetent;</li><li>zëvendëson strehimoret, kujdesin "
                            "shëndetësor, ndihmën juridike ose shërbime të tjera të "
                            "specializuara;</li><li>premton rezultate që nuk mund t’i "
                            "sigurojë, si leje qëndrimi, para ose punë.</li></ul><p>Kur "
                            "një anëtar mëson për një krim të mundshëm, anëtari nga "
                            "policia ia përcjell informacionin njësisë kompetente përmes "
                            "kanalit të duhur. Intervistat e bëra keq nga persona që nuk "
                            "janë trajnuar për to mund të dëmtojnë si personin, ashtu "
                            "edhe provat.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Bari në rrugën kryesore",
                                "scenario": "<p>Ekipi dëgjon nga disa burime se vajzat e "
                                "reja që punojnë në një bar në rrugën kryesore "
                                "mund të kontrollohen nga pronari. Ato jetojnë "
                                "mbi bar dhe nuk shihen kurrë vetëm në "
                                "qytet.</p><p>Në takimin e ekipit, një anëtar "
                                "propozon që dy anëtarë të shkojnë në bar në "
                                "mbrëmje si klientë, t’i fotografojnë me telefon "
                                "gratë dhe pronarin dhe t’i pyesin gratë "
                                "drejtpërdrejt nëse po detyrohen. Një anëtar "
                                "tjetër thotë se ekipi nuk duhet të bëjë asgjë "
                                "derisa policia të përfundojë një hetim.</p>",
                                "questions": [
                                    "A është propozimi i parë brenda mandatit të "
                                    "MIT-it? Cilat janë rreziqet?",
                                    "A është i drejtë propozimi i dytë?",
                                    "Çfarë duhet të bëjë ekipi në vend të kësaj "
                                    "dhe kush duhet të informohet?",
                                ],
                                "discussion": "<p>Hyrja si klientë dhe fotografimi janë "
                                "mbledhje provash, që nuk është detyrë e "
                                "ekipit. Kjo i vë gratë në rrezik të "
                                "ndëshkohen nga pronari, i vë në rrezik "
                                "anëtarët dhe mund të dëmtojë një hetim "
                                "policor. Pyetja e drejtpërdrejtë e grave para "
                                "pronarit ose stafit tjetër nuk është e "
                                "sigurt.</p><p>Edhe mosveprimi është i gabuar: "
                                "gratë mund të kenë nevojë për ndihmë tani. "
                                "Anëtari nga policia duhet ta informojë "
                                "njësinë e specializuar përmes kanalit të "
                                "duhur dhe të bjerë dakord me të se si mund të "
                                "veprojë ekipi pa dëmtuar një hetim. Më pas "
                                "ekipi mund të planifikojë një kontakt të "
                                "ligjshëm dhe të sigurt, për shembull një "
                                "vizitë të inspektimit të punës me praninë e "
                                "një punonjësi terreni të OJQ-së, ose një "
                                "vizitë në terren që ofron informacion "
                                "shëndetësor. Vendimi dhe arsyet e tij "
                                "regjistrohen.</p>",
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Pikat kryesore",
                                "points": [
                                    "Një ekip ka nevojë për një mandat formal dhe një "
                                    "protokoll bashkëpunimi të nënshkruar; procedurat "
                                    "kombëtare ndryshojnë.",
                                    "Drejtuesi dhe zëvendësi koordinojnë; vendimet "
                                    "për një person merren së bashku.",
                                    "Orari i kujdestarisë e bën ekipin të arritshëm "
                                    "kur njerëzit kanë nevojë, jo vetëm gjatë orarit "
                                    "zyrtar.",
                                    "Supervizioni, bisedat e reflektimit dhe trajnimi "
                                    "i rregullt i mbrojnë anëtarët dhe i mbajnë "
                                    "aftësitë të përditësuara.",
                                    "Një buxhet i qëndrueshëm, mundësisht brenda "
                                    "buxheteve të rregullta të institucioneve, e mban "
                                    "ekipin funksional.",
                                    "Ekipi njeh dhe referon; ai nuk heton, nuk ndjek "
                                    "penalisht dhe nuk identifikon formalisht.",
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Rolet dhe përgjegjësitë e anëtarëve të ekipit",
            "slug": "roles-and-responsibilities",
            "introduction": "<p>Një ekip punon mirë kur çdo anëtar e di rolin e vet para se "
            "ekipi të dalë në terren. Ky modul përshkruan rolin e çdo anëtari "
            "gjatë punës në terren, kontaktit të parë dhe ndjekjes, si dhe kush "
            "regjistron çfarë.</p><p>Ai trajton gjithashtu konfidencialitetin "
            "dhe mbrojtjen e të dhënave, sigurinë e stafit në terren dhe çfarë "
            "duhet bërë kur detyrat e sektorit tuaj duket se bien ndesh me "
            "interesat e personit që po përpiqeni të ndihmoni.</p>",
            "lessons": [
                {
                    "title": "Rolet në punën në terren, kontaktin e parë dhe ndjekjen",
                    "slug": "roles-in-outreach-first-contact-and-follow-up",
                    "summary": "Kush bën çfarë kur ekipi përgatitet, del në terren, takon "
                    "një person dhe e ndjek rastin.",
                    "duration_minutes": 30,
                    "body": [
                        (
                            "rich_text",
                            "<h2>Tri fazat e punës së MIT-it</h2><p>Puna e një MIT-i ka "
                            "tri faza: <b>punën në terren</b>, <b>kontaktin e parë</b> "
                            "dhe <b>ndjekjen</b>. Në secilën fazë, çdo anëtar duhet ta "
                            "dijë rolin e vet. Rolet bien dakord para se ekipi të dalë në "
                            "terren, nuk vendosen në vend përpara një personi të "
                            "frikësuar.</p><h2>Përgatitja e punës në terren</h2><p>Puna e "
                            "mirë në terren fillon në tryezën e ekipit. "
                            "Ekipi:</p><ul><li>harton vendet ku personat në rrezik "
                            "jetojnë, punojnë ose kalojnë, si stacionet e autobusëve dhe "
                            "të trenave, fermat, kantieret e ndërtimit, tregjet, "
                            "lavazhet, baret, vendbanimet joformale dhe zonat e "
                            "tranzitit;</li><li>zgjedh kohën e duhur: sezonin e korrjeve "
                            "ose sezonin turistik, mëngjesin herët kur merren punëtorët "
                            "ditorë, mbrëmjet dhe fundjavat;</li><li>vendos kush shkon, "
                            "kush udhëheq dhe kush mbetet në "
                            "kujdestari;</li><li>kontrollon sigurinë e vendit (shihni "
                            "mësimin për sigurinë e stafit);</li><li>merr atë që "
                            "nevojitet: kartat e identitetit të anëtarëve, fletëpalosje "
                            "në gjuhët e duhura, një listë kontaktesh emergjente, ujë, "
                            "një telefon të karikuar.</li></ul><h2>Puna në "
                            "terren</h2><p>Qëllimi i punës në terren është të jesh i "
                            "dukshëm, të ndërtosh besim, të japësh informacion dhe të "
                            "vësh re shenjat. Nuk është marrje në pyetje. "
                            "Zakonisht:</p><ul><li><b>punonjësit e terrenit të OJQ-ve dhe "
                            "ndërmjetësit kulturorë</b> udhëheqin, sepse njerëzit flasin "
                            "më lehtë me ta;</li><li><b>punonjësit socialë</b> bashkohen, "
                            "sidomos kur përfshihen fëmijë ose "
                            "familje;</li><li><b>punonjësit e policisë</b> veshin rroba "
                            "civile ose qëndrojnë në sfond, përveç kur siguria kërkon "
                            "ndryshe;</li><li>në vendet e punës udhëheq <b>inspektori i "
                            "punës</b>, sepse inspektimi i jep ekipit një arsye të "
                            "ligjshme për të qenë aty;</li><li>një <b>punonjës "
                            "shëndetësor</b> mund të ofrojë kontrolle bazë shëndetësore "
                            "ose informacion, gjë që shpesh hap një bisedë.</li></ul>",
                        ),
                        (
                            "rich_text",
                            "<h2>Kontakti i parë</h2><p>Kontakti i parë fillon kur ekipi "
                            "takon një person që shfaq shenja trafikimi. Është momenti më "
                            "i ndjeshëm. Personi mund të jetë i frikësuar, i lënduar, i "
                            "vëzhguar nga dikush ose thjesht i painteresuar. Ekipi bie "
                            "dakord për këto role:</p><ul><li><b>Personi kryesor i "
                            "kontaktit.</b> Flet një anëtar. Zgjidheni këtë anëtar sipas "
                            "nevojave të personit që po takoni (gjuha, gjinia, besimi), "
                            "jo sipas gradës.</li><li><b>Anëtari i dytë.</b> Qëndron "
                            "afër, vëzhgon rrethinën, mban shënime të shkurtra pas "
                            "bisedës dhe ndihmon nëse është e "
                            "nevojshme.</li><li><b>Përkthyesi ose ndërmjetësi "
                            "kulturor</b>, kur personi nuk e flet mirë gjuhën e "
                            "anëtarit.</li><li><b>Anëtari në kujdestari ose drejtuesi i "
                            "ekipit.</b> Organizon atë që nevojitet më pas: strehim "
                            "emergjent, një mjek, qendrën për punë sociale, një "
                            "telefonatë te koordinatori i referimit.</li></ul><p>Disa "
                            "detyra i përkasin një sektori. Nëse personi është fëmijë, "
                            "punonjësi social merr drejtimin për mbrojtjen. Nëse ka "
                            "rrezik të menjëhershëm, policia vepron për mbrojtje. Nëse "
                            "personi është i lënduar ose i sëmurë, punonjësi shëndetësor "
                            "vendos për kujdesin urgjent. Anëtarët e tjerë mbështetin dhe "
                            "askush nuk vepron jashtë mandatit të "
                            "vet.</p><h2>Ndjekja</h2><p>Pas kontaktit të parë, një anëtar "
                            "bëhet <b>përgjegjësi i rastit</b> për ekipin. Përgjegjësi i "
                            "rastit:</p><ul><li>e përfundon referimin te autoriteti ose "
                            "shërbimi kompetent, siç e kërkon mekanizmi kombëtar i "
                            "referimit;</li><li>mban kontakt me personin, nëse personi "
                            "pajtohet, dhe e shoqëron aty ku është e "
                            "dobishme;</li><li>kontrollon që ndihma e premtuar të ketë "
                            "mbërritur vërtet;</li><li>i raporton ekipit dhe e mbyll "
                            "rastin në të dhënat e ekipit kur përfundon pjesa e "
                            "ekipit.</li></ul><p>Nëse një i rritur refuzon ndihmën, "
                            "respektojeni vendimin. Lini informacion se si mund ta "
                            "kontaktojë ekipin dhe mbajeni derën të hapur. Shumë njerëz e "
                            "pranojnë ndihmën vetëm në kontaktin e dytë ose të tretë. "
                            "Nëse një fëmijë është në rrezik, ose dikush është në rrezik "
                            "të menjëhershëm, ekipi duhet të veprojë edhe pa pëlqim, "
                            "brenda ligjit.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Djali në stacionin e autobusëve",
                                "scenario": "<p>Është një mbrëmje e ftohtë në stacionin "
                                "kryesor të autobusëve. Punonjësja e terrenit e "
                                "OJQ-së në ekip sheh një djalë rreth tetë vjeç "
                                "që u kërkon para udhëtarëve. Një burrë rreth të "
                                "tridhjetave qëndron pranë biletarisë. Ai e "
                                "vëzhgon djalin dhe flet në telefon. Dy herë "
                                "djali shkon te burri dhe i jep "
                                "monedha.</p><p>Sonte ekipi në terren përbëhet "
                                "nga punonjësja e terrenit, një punonjës social "
                                "dhe një punonjës policie me rroba civile.</p>",
                                "questions": [
                                    "Kush duhet t’i afrohet djalit dhe si?",
                                    "Cili është roli i punonjësit të policisë në "
                                    "këtë moment?",
                                    "Çfarë duhet të bëjë ekipi nëse burri afrohet "
                                    "dhe thotë se është babai i djalit?",
                                    "Çfarë ndodh më pas sonte dhe kush e ndjek "
                                    "rastin nesër?",
                                ],
                                "discussion": "<p>Punonjësja e terrenit dhe punonjësi social "
                                "i afrohen djalit me qetësi, në lartësinë e "
                                "syve të tij, dhe i ofrojnë diçka të ngrohtë "
                                "për të pirë. Ata flasin thjesht dhe nuk "
                                "akuzojnë askënd. Punonjësi i policisë e mban "
                                "burrin nën vëzhgim, e mbron ekipin dhe "
                                "përgatitet të veprojë nëse burri përpiqet ta "
                                "marrë djalin ose bëhet agresiv.</p><p>Një "
                                "fëmijë që lyp natën në të ftohtë dhe i jep "
                                "para një të rrituri është fëmijë në rrezik, "
                                "pavarësisht kush është i rrituri. Nëse burri "
                                "thotë se është babai, drejtimin e merr "
                                "punonjësi social: të qenit prind nuk e bën të "
                                "pranueshëm shfrytëzimin dhe qendra për punë "
                                "sociale ka detyrë të vlerësojë sigurinë e "
                                "djalit. Punonjësi i policisë mund ta "
                                "verifikojë identitetin e burrit. Nëse djali "
                                "nuk mund të qëndrojë i sigurt me të rriturin "
                                "sonte, shërbimi i mbrojtjes së fëmijës e "
                                "vendos në kujdes të sigurt. Punonjësi social "
                                "bëhet përgjegjësi i rastit dhe të nesërmen e "
                                "ndjek rastin me familjen, shkollën dhe "
                                "mekanizmin e referimit.</p>",
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Pikat kryesore",
                                "points": [
                                    "Bini dakord për rolet para se të dilni në "
                                    "terren: kush udhëheq, kush vëzhgon, kush mbetet "
                                    "në kujdestari.",
                                    "Puna në terren ka të bëjë me të qenit i dukshëm, "
                                    "ndërtimin e besimit dhe vënien re të shenjave, "
                                    "jo me marrjen në pyetje.",
                                    "Në kontaktin e parë flet një person; zgjidheni "
                                    "sipas nevojave të personit, jo sipas gradës.",
                                    "Me fëmijët, punonjësi social udhëheq për "
                                    "mbrojtjen; në rrezik, policia mbron.",
                                    "Një përgjegjës i caktuar i rastit e përfundon "
                                    "referimin dhe kontrollon që ndihma të ketë "
                                    "mbërritur.",
                                    "Respektoni refuzimin e një të rrituri, mbajeni "
                                    "derën të hapur dhe veproni menjëherë nëse një "
                                    "fëmijë është në rrezik.",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "title": "Regjistrimi, konfidencialiteti dhe mbrojtja e të dhënave",
                    "slug": "recording-confidentiality-and-data-protection",
                    "summary": "Kush regjistron çfarë, si të shkruhet një regjistrim i "
                    "dobishëm dhe si të mbrohen të dhënat personale të njerëzve "
                    "që takon ekipi.",
                    "duration_minutes": 30,
                    "body": [
                        (
                            "rich_text",
                            "<h2>Pse kanë rëndësi të dhënat e "
                            "regjistruara</h2><p>Regjistrimet e mira e ndihmojnë personin "
                            "të marrë ndihmën e duhur pa e treguar historinë shumë herë. "
                            "Ato e ndihmojnë ekipin të mësojë nga puna e vet dhe i japin "
                            "mekanizmit të referimit atë që i nevojitet për të vepruar. "
                            "Por të dhënat për viktimat e trafikimit janë ndër të dhënat "
                            "më të ndjeshme që mban çdo shërbim. Në duar të gabuara, ato "
                            "mund t’i çojnë shfrytëzuesit te personi, ta ekspozojnë "
                            "personin ndaj turpit në komunitet ose t’u shkaktojnë "
                            "probleme anëtarëve të familjes në vendlindje.</p><h2>Kush "
                            "regjistron çfarë</h2><ul><li><b>Regjistri i punës në "
                            "terren</b> (mbahet nga drejtuesi i ekipit ose nga një anëtar "
                            "i caktuar): data, vendi, anëtarët e pranishëm, sa persona u "
                            "kontaktuan, vëzhgimet e përgjithshme. Pa "
                            "emra.</li><li><b>Shënimi i vëzhgimit</b> (nga anëtari që e "
                            "pa): shenjat e trafikimit që u panë ose u dëgjuan, me orën "
                            "dhe vendin.</li><li><b>Procesverbali i kontaktit të parë</b> "
                            "(zakonisht nga anëtari i dytë, jo nga personi që e udhëhoqi "
                            "bisedën): kush ishte i pranishëm, përfshirë përkthyesin; "
                            "çfarë tha personi, me fjalët e veta kur është e mundur; "
                            "çfarë iu tha për të drejtat e tij dhe për atë që ndodh me "
                            "informacionin e tij; nëse dha pëlqimin; çfarë u "
                            "bë.</li><li><b>Formulari i referimit</b> (nga përgjegjësi i "
                            "rastit): në formatin që kërkon mekanizmi kombëtar i "
                            "referimit.</li><li><b>Dokumentacioni i sektorit</b>: çdo "
                            "anëtar mban gjithashtu dokumentacionin që kërkon "
                            "institucioni i vet, si raporti i policisë, dosja e punës "
                            "sociale ose kartela mjekësore, sipas rregullave të atij "
                            "institucioni.</li></ul><h2>Si të shkruhet një "
                            "regjistrim</h2><ul><li>Shkruani fakte: çfarë patë, çfarë "
                            "dëgjuat, kush e tha, kur dhe ku.</li><li>Mbajini të ndara "
                            "faktet dhe mendimet. Nëse jepni një mendim, thoni se është "
                            "mendimi juaj dhe pse.</li><li>Përdorni fjalët e vetë "
                            "personit në thonjëza kur ato kanë rëndësi.</li><li>Mos "
                            "përdorni etiketa si „prostitutë” ose „i paligjshëm”. Në vend "
                            "të kësaj, përshkruani situatën.</li><li>Shkruani sa më "
                            "shpejt pas kontaktit, por jo para personit, përveç nëse ai "
                            "pajtohet.</li></ul>",
                        ),
                        (
                            "rich_text",
                            "<h2>Parimet e mbrojtjes së të dhënave</h2><p>Bosnja e "
                            "Hercegovina, Serbia, Mali i Zi dhe Kosova* kanë secila një "
                            "ligj për mbrojtjen e të dhënave dhe një autoritet "
                            "mbikëqyrës. Rregullat ndryshojnë në hollësi, prandaj ndiqni "
                            "ligjin dhe procedurat e institucionit tuaj. Parimet kryesore "
                            "janë të njëjta kudo:</p><ul><li><b>Qëllimi.</b> Mblidhni të "
                            "dhëna personale vetëm për ta mbrojtur dhe ndihmuar personin "
                            "dhe mos i përdorni për asgjë "
                            "tjetër.</li><li><b>Minimizimi.</b> Mblidhni vetëm atë që "
                            "nevojitet për hapin e radhës. Nuk ju duhet e gjithë historia "
                            "e jetës për të bërë një referim.</li><li><b>Pëlqimi.</b> "
                            "Shpjegoni, në një gjuhë që personi e kupton, çfarë do të "
                            "regjistroni, kush do ta shohë dhe pse. Pëlqimi duhet të jetë "
                            "i lirë dhe mund të tërhiqet. Për një fëmijë, dëgjoni "
                            "mendimin e fëmijës dhe përfshini kujdestarin ose qendrën për "
                            "punë sociale; mos u mbështetni te pëlqimi i një të rrituri "
                            "që mund të jetë shfrytëzuesi.</li><li><b>Saktësia.</b> "
                            "Korrigjoni gabimet kur i gjeni.</li><li><b>Siguria.</b> "
                            "Mbrojini të dhënat nga humbja, vjedhja dhe sytë "
                            "kureshtarë.</li><li><b>Nevoja për të ditur.</b> Ndani të "
                            "dhënat vetëm me ata që kanë nevojë për to për mbrojtjen e "
                            "personit, mbi një bazë ligjore ose me pëlqim, dhe "
                            "regjistroni çfarë ndatë dhe me kë.</li><li><b>Afatet "
                            "kohore.</b> Mbajini të dhënat vetëm për aq kohë sa e lejojnë "
                            "rregullat.</li></ul><h2>Ruajtja dhe kanalet e "
                            "sigurta</h2><ul><li>Mbajini dokumentet në letër në një "
                            "dollap të kyçur dhe të dhënat elektronike vetëm në sistemet "
                            "e mbrojtura të institucionit tuaj.</li><li>Përdorni pajisje "
                            "me fjalëkalim ose PIN dhe me enkriptim. Raportoni menjëherë "
                            "humbjen e një telefoni ose laptopi.</li><li>Mos dërgoni "
                            "kurrë të dhëna personale përmes kanaleve të pasigurta: "
                            "grupeve private të mesazheve, rrjeteve sociale, e-mailit "
                            "privat ose SMS-ve.</li><li>Mos fotografoni njerëz ose "
                            "dokumentet e tyre me një telefon privat.</li><li>Kur duhet "
                            "ta diskutoni një rast jashtë një sistemi të sigurt, përdorni "
                            "një kod rasti, jo një emër.</li><li>Mos diskutoni raste në "
                            "kafene, korridore ose automjete ku mund t’ju dëgjojnë të "
                            "tjerët.</li><li>Mos u jepni kurrë informacion gazetarëve. "
                            "Kërkesat e medias i drejtohen personit që institucioni juaj "
                            "ka caktuar për këtë.</li></ul>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Një fotografi në bisedën e ekipit",
                                "scenario": "<p>Gjatë një inspektimi të përbashkët të punës "
                                "në një klub nate, ekipi takon një grua të re "
                                "nga një vend tjetër, e cila thotë se dëshiron "
                                "të kthehet në shtëpi, por pronari ia mban "
                                "pasaportën „në kasafortë”. Ekipi e referon në "
                                "një strehimore.</p><p>Atë natë, për të "
                                "„ndihmuar të tjerët”, një anëtar poston në "
                                "grupin e ekipit në një aplikacion privat "
                                "mesazhesh një fotografi të gruas, një fotografi "
                                "të faqes së pasaportës së saj që pronari e "
                                "kishte kopjuar dhe emrin e qytetit të saj të "
                                "lindjes. Një anëtar tjetër ia përcjell "
                                "fotografitë një miku që punon në një agjenci "
                                "udhëtimi, duke e pyetur nëse mund të gjendet "
                                "një biletë e lirë për kthim. Të nesërmen në "
                                "mëngjes një gazetar vendor telefonon anëtarin "
                                "nga policia dhe pyet për „vajzën nga "
                                "klubi”.</p>",
                                "questions": [
                                    "Cilat rregulla të mbrojtjes së të dhënave u "
                                    "shkelën dhe çfarë dëmi mund të pasojë?",
                                    "Çfarë duhet të bëjnë anëtarët tani?",
                                    "Si duhet ta ndajë ekipi informacionin për një "
                                    "rast në të ardhmen?",
                                    "Si duhet t’i përgjigjet anëtari nga policia "
                                    "gazetarit?",
                                ],
                                "discussion": "<p>Të dhëna personale, përfshirë një "
                                "fotografi dhe të dhëna nga dokumenti i "
                                "identitetit, u dërguan përmes një kanali "
                                "privat të pasigurt dhe më pas u ndanë me dikë "
                                "jashtë ekipit që nuk kishte nevojë t’i dinte. "
                                "Rrjeti i pronarit, komuniteti i gruas ose "
                                "media tani mund ta gjejnë atë dhe ajo mund të "
                                "vihet në rrezik.</p><p>Anëtarët duhet t’i "
                                "fshijnë postimet, t’i kërkojnë mikut t’i "
                                "fshijë fotografitë dhe ta konfirmojë këtë, "
                                "dhe ta raportojnë incidentin te institucionet "
                                "e tyre, të cilat mund të duhet ta raportojnë "
                                "te autoriteti për mbrojtjen e të dhënave. "
                                "Gruas duhet t’i tregohet sinqerisht se çfarë "
                                "ndodhi. Në të ardhmen, ekipi i ndan hollësitë "
                                "e rastit vetëm përmes kanaleve të sigurta "
                                "institucionale dhe përdor kode rastesh në çdo "
                                "mesazh të shpejtë. Kthimi në shtëpi "
                                "organizohet përmes mekanizmit të referimit, "
                                "me një vlerësim të rrezikut, jo përmes një "
                                "kontakti privat. Anëtari nga policia nuk i "
                                "jep gazetarit asnjë informacion dhe e drejton "
                                "telefonatën te zëdhënësi i "
                                "institucionit.</p>",
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Pikat kryesore",
                                "points": [
                                    "Bini dakord se kush mban çdo regjistrim: "
                                    "regjistrin e punës në terren, shënimin e "
                                    "vëzhgimit, procesverbalin e kontaktit të parë, "
                                    "formularin e referimit.",
                                    "Shkruani fakte, mbajini mendimet të ndara dhe "
                                    "shmangni etiketat.",
                                    "Mblidhni vetëm atë që nevojitet, me pëlqim të "
                                    "informuar, dhe përdoreni vetëm për ta ndihmuar "
                                    "personin.",
                                    "Ruajini të dhënat në mënyrë të sigurt; mos "
                                    "përdorni kurrë mesazhe private, rrjete sociale "
                                    "ose e-mail privat për të dhëna personale.",
                                    "Ndani informacion sipas parimit të nevojës për "
                                    "të ditur, regjistroni çfarë ndatë dhe mos u "
                                    "flisni kurrë gazetarëve për një rast.",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "title": "Siguria e stafit dhe konfliktet e detyrave",
                    "slug": "staff-safety-and-conflicts-of-duty",
                    "summary": "Si ta mbani ekipin të sigurt në terren dhe çfarë të bëni "
                    "kur detyrat e sektorit tuaj bien ndesh me interesat e "
                    "personit.",
                    "duration_minutes": 30,
                    "body": [
                        (
                            "rich_text",
                            "<h2>Siguria e stafit në terren</h2><p>Trafikantët fitojnë "
                            "para nga njerëzit që kontrollojnë. Ata mund të reagojnë me "
                            "kërcënime ose dhunë kur dikush ndërhyn. Puna në terren sjell "
                            "edhe rreziqe të tjera: trafikun, motin e keq, qentë, "
                            "sëmundjet dhe vende ku ekipi nuk është i mirëpritur. Një "
                            "anëtar që lëndohet nuk mund të ndihmojë askënd.</p><h3>Para "
                            "daljes në terren</h3><ul><li>Bëni një vlerësim të shkurtër "
                            "të rrezikut: Kush e kontrollon këtë vend? A ka pasur "
                            "kërcënime ose dhunë? A ka sinjal telefoni? Si largohemi "
                            "shpejt?</li><li>I tregoni anëtarit në kujdestari ku po shkon "
                            "ekipi, kush po shkon dhe kur do të kthehet.</li><li>Bini "
                            "dakord për një orë kontrolli dhe për një fjalë të thjeshtë "
                            "kodi që do të thotë „largohemi tani”.</li><li>Merrni kartat "
                            "e identitetit, telefona të karikuar, listën e numrave të "
                            "emergjencës dhe mjetet bazë të ndihmës së "
                            "parë.</li></ul><h3>Në terren</h3><ul><li>Mos shkoni kurrë "
                            "vetëm. Punoni të paktën në çifte dhe qëndroni në sy të "
                            "njëri-tjetrit.</li><li>Parkojeni makinën me pjesën e "
                            "përparme drejt daljes.</li><li>Mos u përballni me askënd që "
                            "dyshoni për shfrytëzim dhe mos akuzoni askënd. Detyra juaj "
                            "është të arrini te personi, jo ta kapni "
                            "shfrytëzuesin.</li><li>Nëse situata tensionohet, largohuni "
                            "me qetësi dhe informoni anëtarin nga policia ose telefononi "
                            "policinë.</li><li>Merrni masa bazë shëndetësore: doreza kur "
                            "trajtoni plagë, higjienë të duarve dhe vaksinat e "
                            "rekomanduara për punën tuaj.</li></ul><h3>Pas daljes në "
                            "terren</h3><ul><li>Lajmërohuni te anëtari në "
                            "kujdestari.</li><li>Bisedoni për ditën në një takim të "
                            "shkurtër reflektimi, sidomos pas një kontakti të "
                            "vështirë.</li><li>Raportoni çdo kërcënim ose incident në "
                            "institucionin tuaj.</li></ul><p>Siguria nënkupton edhe "
                            "sigurinë emocionale. Historitë e dhunës mbeten te njerëzit "
                            "që i dëgjojnë. Vini re shenjat e stresit te vetja dhe te "
                            "kolegët, si gjumi i keq, nervozizmi ose ndjesia e mpirjes, "
                            "dhe përdorni supervizionin që ka organizuar ekipi.</p>",
                        ),
                        (
                            "rich_text",
                            "<h2>Kur detyrat tërheqin në drejtime të ndryshme</h2><p>Çdo "
                            "anëtar sjell në ekip detyrat e sektorit të vet. Ndonjëherë "
                            "këto detyra duket se bien ndesh me atë që personi dëshiron "
                            "ose i nevojitet. Për shembull:</p><ul><li>Një punonjës "
                            "policie mund të ketë detyrim ligjor të raportojë një krim "
                            "ose një qëndrim të parregullt, ndërsa personi ka frikë nga "
                            "policia dhe kërkon që të mos raportohet asgjë.</li><li>Një "
                            "punonjës social duhet të raportojë një fëmijë në rrezik, "
                            "edhe kur fëmija i lutet të mos i tregojë askujt.</li><li>Një "
                            "inspektor pune duhet t’i urdhërojë punëdhënësit të "
                            "korrigjojë shkeljet ose të vendosë një gjobë, dhe punëtorët "
                            "mund të humbasin të vetmin burim të ardhurash.</li><li>Një "
                            "zyrtar i migracionit duhet të zbatojë rregullat e "
                            "migracionit ndaj një personi që mund të jetë "
                            "viktimë.</li><li>Një punonjës shëndetësor është i detyruar "
                            "të ruajë konfidencialitetin mjekësor, gjë që mund të "
                            "kufizojë atë që mund të ndajë me ekipin.</li></ul><h2>Si të "
                            "trajtohen këto konflikte</h2><ol><li><b>Njihini detyrat "
                            "tuaja paraprakisht.</b> Çdo anëtar duhet t’i shpjegojë "
                            "ekipit se çfarë kërkon ligji nga sektori i tij. Shkruajeni "
                            "qasjen e rënë dakord në protokollin e "
                            "bashkëpunimit.</li><li><b>Jini të sinqertë me personin.</b> "
                            "Para se personi t’ju tregojë historinë e vet, shpjegoni "
                            "çfarë mund të mbani konfidenciale dhe çfarë duhet të "
                            "raportoni. Mos premtoni kurrë atë që nuk mund ta "
                            "mbani.</li><li><b>Zgjidhni kush e bën kontaktin.</b> Kur "
                            "personi ka frikë nga policia, mund të udhëheqë një punonjës "
                            "i OJQ-së ose një punonjës social, ndërsa anëtari nga policia "
                            "qëndron në sfond. Kjo nuk i heq detyrat anëtarit nga "
                            "policia, por mund t’i japë personit kohë dhe "
                            "besim.</li><li><b>Vendosni të parat sigurinë dhe të "
                            "drejtat.</b> Standardet ndërkombëtare të pranuara në të "
                            "gjithë rajonin thonë se viktimat nuk duhet të ndëshkohen për "
                            "veprat që u detyruan të kryejnë dhe se ndihma nuk varet nga "
                            "bashkëpunimi me policinë. Përdorini këto parime (shihni "
                            "Modulin 4).</li><li><b>Kërkoni udhëzim.</b> Kur keni "
                            "dyshime, konsultohuni me mbikëqyrësin tuaj ose me "
                            "koordinatorin e referimit dhe regjistroni vendimin dhe "
                            "arsyet e tij.</li></ol>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Lavazhi",
                                "scenario": "<p>Gjatë punës në terren, një punonjëse e "
                                "OJQ-së flet me Arbenin, një djalë të ri nga një "
                                "vend fqinj që punon në një lavazh në periferi "
                                "të qytetit. Qëndrimi i tij i lejuar ka skaduar. "
                                "Ai thotë se prej katër muajsh ka marrë vetëm "
                                "ushqim dhe një shtrat në dhomën e pasme. "
                                "Pronari thotë se paga do të vijë „kur të "
                                "shlyhet borxhi për udhëtimin”. Arbeni dëshiron "
                                "të kthehet në shtëpi, por i lutet punonjëses së "
                                "OJQ-së të mos i tregojë policisë, sepse pronari "
                                "i ka thënë se do të shkonte në burg për punë të "
                                "paligjshme.</p><p>Anëtari nga policia i ekipit "
                                "është në makinë aty pranë.</p>",
                                "questions": [
                                    "Cilat shenja trafikimi ose pune të detyruar "
                                    "mund të shihni?",
                                    "Cilat janë detyrat e anëtarit nga policia dhe "
                                    "cilat janë interesat e Arbenit?",
                                    "Çfarë duhet t’i thotë tani punonjësja e "
                                    "OJQ-së Arbenit?",
                                    "Si duhet të veprojë ekipi?",
                                ],
                                "discussion": "<p>Ka disa shenja të punës së detyruar: paga "
                                "të mbajtura, një borxh për udhëtimin, "
                                "kërcënime me burg dhe varësi nga punëdhënësi "
                                "për ushqim dhe strehim. Këto japin baza të "
                                "arsyeshme për ta trajtuar Arbenin si viktimë "
                                "të mundshme.</p><p>Anëtari nga policia mund "
                                "të ketë detyrë të raportojë qëndrimin e "
                                "parregullt dhe krimin e dyshuar. Por interesi "
                                "i Arbenit është siguria, ndihma dhe një kthim "
                                "i sigurt, dhe parimet e mosndëshkimit dhe të "
                                "ndihmës pa kushte e mbështetin atë. "
                                "Punonjësja e OJQ-së nuk duhet të premtojë "
                                "fshehtësi të plotë. Ajo duhet t’i shpjegojë "
                                "sinqerisht se ekipi përfshin policinë, se një "
                                "person që mund të jetë viktimë e trafikimit "
                                "ka të drejtë për ndihmë dhe se ekipi do të "
                                "kërkojë që ai të trajtohet si viktimë e "
                                "mundshme, jo si shkelës. Me pëlqimin e "
                                "Arbenit, ekipi e referon atë te mekanizmi i "
                                "referimit. Anëtari nga policia ia raporton "
                                "shfrytëzimin e dyshuar njësisë kompetente dhe "
                                "kërkon që qëndrimi i parregullt i Arbenit të "
                                "trajtohet në përputhje me procedurat për "
                                "viktimat e mundshme.</p>",
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Pikat kryesore",
                                "points": [
                                    "Vlerësoni rreziqet para daljes në terren, mos "
                                    "shkoni kurrë vetëm dhe bini dakord për "
                                    "lajmërimet dhe për një sinjal largimi.",
                                    "Mos u përballni me shfrytëzuesit e dyshuar; "
                                    "detyra juaj është të arrini te personi.",
                                    "Kujdesuni edhe për sigurinë emocionale: bëni "
                                    "takime reflektimi dhe përdorni supervizionin.",
                                    "Njihini paraprakisht detyrat e çdo sektori dhe "
                                    "shkruajeni qasjen e rënë dakord në protokoll.",
                                    "I tregoni personit sinqerisht çfarë duhet të "
                                    "raportoni; mos premtoni kurrë fshehtësi të "
                                    "plotë.",
                                    "Përdorni parimet e mosndëshkimit dhe të ndihmës "
                                    "pa kushte dhe kërkoni udhëzim kur keni "
                                    "dyshime.",
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Zbulimi dhe identifikimi i viktimave (të mundshme)",
            "slug": "detection-and-identification",
            "introduction": "<p>Ky modul ju jep mjetet për ta njohur trafikimin në terren. Ai "
            "fillon me përkufizimin ndërkombëtar dhe format e shfrytëzimit, "
            "pastaj shqyrton treguesit: njëmbëdhjetë treguesit e ILO-s për punën "
            "e detyruar dhe shenjat specifike për fëmijët dhe për personat në "
            "lëvizje.</p><p>Moduli mbyllet me mënyrën si të bëhet një kontakt i "
            "parë që nuk shkakton dëm dhe me dallimin ndërmjet një viktime të "
            "mundshme, të cilën një MIT mund ta njohë, dhe një viktime të "
            "identifikuar formalisht.</p>",
            "lessons": [
                {
                    "title": "Çfarë është trafikimi: përkufizimi dhe format e shfrytëzimit",
                    "slug": "definition-and-forms-of-exploitation",
                    "summary": "Tre elementet e përkufizimit ndërkombëtar, rregulli i "
                    "veçantë për fëmijët dhe format që merr shfrytëzimi.",
                    "duration_minutes": 30,
                    "body": [
                        (
                            "rich_text",
                            "<h2>Përkufizimi ndërkombëtar</h2><p>Përkufizimi që përdoret "
                            "në të gjithë Evropën vjen nga Protokolli i Kombeve të "
                            "Bashkuara për trafikimin e personave i vitit 2000, që shpesh "
                            "quhet Protokolli i Palermos. Konventa e Këshillit të Evropës "
                            "për veprimin kundër trafikimit të qenieve njerëzore përdor "
                            "të njëjtin përkufizim dhe ligjet kombëtare në rajon "
                            "mbështeten në të. Ai ka tre "
                            "elemente.</p><ol><li><b>Veprimi</b> (çfarë bëhet): "
                            "rekrutimi, transportimi, transferimi, strehimi ose pritja e "
                            "një personi.</li><li><b>Mjetet</b> (si bëhet): kërcënimi ose "
                            "përdorimi i forcës ose forma të tjera shtrëngimi, rrëmbimi, "
                            "mashtrimi, dredhia, shpërdorimi i pushtetit ose i një pozite "
                            "cenueshmërie, ose dhënia apo marrja e pagesave ose "
                            "përfitimeve për të marrë pëlqimin e një personi që ka "
                            "kontroll mbi një person tjetër.</li><li><b>Qëllimi</b> (pse "
                            "bëhet): shfrytëzimi.</li></ol><p>Për një të rritur, duhet të "
                            "jenë të pranishëm të tre elementet. Qëllimi lidhet me "
                            "synimin: një person mund të jetë viktimë e trafikimit edhe "
                            "nëse shfrytëzimi ende nuk ka filluar, për shembull kur "
                            "ndalet gjatë rrugës.</p><h3>Pëlqimi nuk vlen</h3><p>Kur "
                            "është përdorur ndonjë nga mjetet, pëlqimi i viktimës për "
                            "shfrytëzimin e synuar nuk ka rëndësi. Një grua mund të ketë "
                            "pranuar të punojë jashtë vendit, madje edhe të ofrojë seks "
                            "me pagesë, por ajo nuk pranoi të mashtrohej për kushtet, t’i "
                            "merrej pasaporta ose t’i dorëzonte të gjitha fitimet e "
                            "saj.</p><h3>Përjashtimi për fëmijët</h3><p>Fëmijë është çdo "
                            "person nën moshën 18 vjeç. Për një fëmijë, <b>mjetet nuk "
                            "kërkohen</b>. Nëse një fëmijë rekrutohet, transportohet, "
                            "strehohet ose pritet për qëllim shfrytëzimi, kjo është "
                            "trafikim, pavarësisht nëse është përdorur forca ose "
                            "mashtrimi dhe pavarësisht se për çfarë thonë fëmija ose "
                            "prindërit se kanë rënë dakord.</p><h3>Çfarë nuk kërkon "
                            "trafikimi</h3><ul><li>Nuk kërkon kalimin e një kufiri. "
                            "Trafikimi brenda një vendi është i zakonshëm në "
                            "rajon.</li><li>Nuk kërkon që personi të jetë i mbyllur. "
                            "Kontrolli shpesh bëhet përmes borxhit, kërcënimeve, turpit "
                            "ose varësisë.</li><li>Nuk kërkon një të huaj. Shumë viktima "
                            "rekrutohen nga një partner, një i afërm, një fqinj ose një "
                            "mik.</li></ul>",
                        ),
                        (
                            "rich_text",
                            "<h2>Format e shfrytëzimit</h2><p>Përkufizimi ndërkombëtar "
                            "jep një listë minimale të formave të shfrytëzimit. Ligjet "
                            "kombëtare dhe direktiva e Bashkimit Evropian kundër "
                            "trafikimit, e ndryshuar në vitin 2024, përmendin më shumë. "
                            "Format që ka më shumë gjasa t’i hasni në rajon "
                            "janë:</p><ul><li><b>Shfrytëzimi seksual</b>: shfrytëzimi i "
                            "prostitucionit të të tjerëve dhe forma të tjera, përfshirë "
                            "pornografinë dhe shfrytëzimin seksual në internet. Ndodh në "
                            "klube nate, bare, apartamente private dhe hotele, si dhe "
                            "gjatë sezonit turistik. Një metodë e zakonshme është ajo e "
                            "„të dashurit” (lover boy): një burrë nis një lidhje me një "
                            "vajzë ose një grua të re dhe më pas e detyron të ofrojë seks "
                            "me pagesë.</li><li><b>Shfrytëzimi i punës dhe puna e "
                            "detyruar</b>: në bujqësi, ndërtim, hoteleri, fabrika, "
                            "lavazhe dhe punë shtëpiake, në rajon dhe jashtë "
                            "tij.</li><li><b>Lypja e detyruar</b>: fëmijët, personat me "
                            "aftësi të kufizuara dhe të moshuarit detyrohen të lypin dhe "
                            "t’i dorëzojnë paratë.</li><li><b>Kriminaliteti i "
                            "detyruar</b>: njerëzit, shpesh fëmijët, detyrohen të "
                            "vjedhin, të bëjnë xhepa, të shesin drogë, të kultivojnë "
                            "kanabis ose të marrin pjesë në mashtrime.</li><li><b>Martesa "
                            "e detyruar</b>: një person martohet pa pëlqim të lirë dhe të "
                            "plotë, përfshirë martesën e fëmijëve të rregulluar në këmbim "
                            "të parave ose përfitimeve të tjera.</li><li><b>Birësimi i "
                            "paligjshëm</b>: një fëmijë shitet ose jepet për birësim "
                            "jashtë procedurës ligjore.</li><li><b>Shfrytëzimi i "
                            "surrogacisë</b>: një grua detyrohet ose mashtrohet të mbajë "
                            "një fëmijë për të tjerët.</li><li>Skllavëria, robëria dhe "
                            "heqja e organeve janë gjithashtu forma shfrytëzimi sipas "
                            "përkufizimit ndërkombëtar.</li></ul><p>Forma të ndryshme "
                            "shpesh shfaqen së bashku. Një vajzë e shfrytëzuar në martesë "
                            "të detyruar mund të detyrohet edhe në punë shtëpiake. Një "
                            "burrë i detyruar të punojë në një fermë mund të detyrohet "
                            "edhe të bartë drogë. Ligjet kombëtare mund t’i rendisin "
                            "format ndryshe, prandaj mësoni listën në kodin tuaj "
                            "penal.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Puna si kameriere jashtë vendit",
                                "scenario": "<p>Mirela është 20 vjeç. Ajo gjeti një njoftim "
                                "në rrjetet sociale: kërkohen kameriere për një "
                                "hotel bregdetar jashtë vendit, pagë e mirë, "
                                "udhëtimi dhe akomodimi të paguara. Ajo shkroi "
                                "në numrin e dhënë dhe një grua miqësore "
                                "organizoi gjithçka përmes bisedës në chat. Në "
                                "destinacion, një burrë e priti, ia mori "
                                "pasaportën „për lejen e punës” dhe i tha se i "
                                "detyrohej 1.800 euro për udhëtimin dhe dhomën. "
                                "Në vend të një hoteli, ajo u dërgua në një bar "
                                "nate dhe iu tha të ulej me klientët dhe t’i "
                                "bënte të blinin pije. Pas dy javësh iu tha se "
                                "klientët mund ta merrnin në një dhomë në katin "
                                "e sipërm dhe se përndryshe borxhi i saj do të "
                                "rritej.</p><p>Ajo arriti t’i dërgonte një "
                                "mesazh kushërirës së saj. Pasi u kthye në "
                                "shtëpi me ndihmën e policisë, kushërira e sjell "
                                "te MIT-i vendor.</p>",
                                "questions": [
                                    "Identifikoni veprimin, mjetet dhe qëllimin.",
                                    "A ka rëndësi që Mirela pranoi të shkonte "
                                    "jashtë vendit dhe të punonte në bar?",
                                    "Cilat forma shfrytëzimi janë të pranishme ose "
                                    "të synuara?",
                                    "A do të ndryshonte përgjigjja nëse Mirela do "
                                    "të ishte 16 vjeç?",
                                ],
                                "discussion": "<p>Veprimi është rekrutimi (njoftimi dhe "
                                "biseda në chat), transportimi dhe pritja "
                                "(pritja në destinacion dhe dërgimi në bar). "
                                "Mjetet janë mashtrimi për punën, mbajtja e "
                                "pasaportës së saj, një borxh i përdorur për "
                                "ta kontrolluar dhe kërcënimet. Qëllimi është "
                                "shfrytëzimi seksual, si dhe shfrytëzimi i "
                                "punës në bar. Të tre elementet janë të "
                                "pranishme, prandaj ka baza të arsyeshme për "
                                "ta trajtuar Mirelën si viktimë të mundshme të "
                                "trafikimit.</p><p>Pëlqimi i saj për të "
                                "udhëtuar dhe për të punuar nuk ka rëndësi, "
                                "sepse u mor me mashtrim dhe u ruajt me "
                                "shtrëngim. Nëse Mirela do të ishte 16 vjeç, "
                                "mjetet as nuk do të duhej të provoheshin: "
                                "rekrutimi dhe zhvendosja e një fëmije për "
                                "shfrytëzim është në vetvete trafikim. Ekipi "
                                "duhet ta dëgjojë, t’i plotësojë nevojat e saj "
                                "të menjëhershme dhe ta referojë te mekanizmi "
                                "i referimit; hollësitë e krimit u takojnë "
                                "hetuesve.</p>",
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Pikat kryesore",
                                "points": [
                                    "Trafikimi ka tre elemente: një veprim, një mjet "
                                    "dhe një qëllim shfrytëzimi.",
                                    "Kur është përdorur ndonjë mjet, pëlqimi i "
                                    "viktimës nuk ka rëndësi.",
                                    "Për një fëmijë nën 18 vjeç nevojiten vetëm "
                                    "veprimi dhe qëllimi.",
                                    "Trafikimi nuk kërkon kalimin e një kufiri, "
                                    "mbylljen e personit ose një të huaj.",
                                    "Format përfshijnë shfrytëzimin seksual dhe të "
                                    "punës, lypjen e detyruar, kriminalitetin e "
                                    "detyruar, martesën e detyruar, birësimin e "
                                    "paligjshëm dhe shfrytëzimin e surrogacisë.",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "title": "Treguesit: njëmbëdhjetë treguesit e ILO-s për punën e "
                    "detyruar",
                    "slug": "ilo-indicators-of-forced-labour",
                    "summary": "Si të përdoren treguesit dhe si duket në praktikë secili "
                    "nga njëmbëdhjetë treguesit e ILO-s për punën e detyruar.",
                    "duration_minutes": 35,
                    "body": [
                        (
                            "rich_text",
                            "<h2>Çfarë është një tregues</h2><p>Treguesi është një shenjë "
                            "që mund të tregojë për trafikim ose punë të detyruar. Asnjë "
                            "tregues i vetëm nuk provon asgjë. Një punëtor që punon shumë "
                            "orë nuk është domosdoshmërisht viktimë. Por kur disa tregues "
                            "shfaqen së bashku, ose kur shfaqet një tregues i fortë, si "
                            "një pasaportë e mbajtur nga punëdhënësi së bashku me "
                            "kërcënime, duhet të mendoni për trafikim dhe të "
                            "veproni.</p><p>Organizata Ndërkombëtare e Punës (ILO) e "
                            "përkufizon punën e detyruar si punë ose shërbim që merret "
                            "nga një person nën kërcënimin e një ndëshkimi dhe që personi "
                            "nuk e ka ofruar vullnetarisht. ILO ka përshkruar "
                            "njëmbëdhjetë tregues të punës së detyruar. Ata janë të "
                            "dobishëm për të gjitha format e shfrytëzimit, jo vetëm për "
                            "punën.</p>",
                        ),
                        (
                            "rich_text",
                            "<h2>Njëmbëdhjetë treguesit</h2><ol><li><b>Shpërdorimi i "
                            "cenueshmërisë.</b> Shfrytëzuesi përfiton nga pozita e dobët "
                            "e personit: varfëria, mosnjohja e gjuhës, statusi i "
                            "parregullt, aftësia e kufizuar, varësia ose varësia nga "
                            "punëdhënësi për strehim dhe "
                            "ushqim.</li><li><b>Mashtrimi.</b> Personit i është gënjyer "
                            "për llojin e punës, pagën, kushtet, vendndodhjen ose "
                            "punëdhënësin.</li><li><b>Kufizimi i lëvizjes.</b> Personi "
                            "nuk mund ta lërë lirisht vendin e punës ose banesën, mbahet "
                            "i mbyllur, shoqërohet gjithmonë ose vëzhgohet me kamera ose "
                            "roje.</li><li><b>Izolimi.</b> Personi mbahet larg të "
                            "tjerëve: në një vend të largët, pa telefon, pa kontakt me "
                            "familjen, pa e ditur adresën.</li><li><b>Dhuna fizike dhe "
                            "seksuale.</b> Rrahja, përdhunimi, përdorimi i detyruar i "
                            "drogës ose alkoolit, ose dhuna e përdorur si ndëshkim ose "
                            "paralajmërim.</li><li><b>Frikësimi dhe kërcënimet.</b> "
                            "Kërcënime për t’i bërë dëm personit ose familjes së tij, për "
                            "ta denoncuar te policia ose te autoritetet e migracionit, "
                            "për t’i treguar familjes se çfarë pune bën, ose për ta "
                            "rritur borxhin.</li><li><b>Mbajtja e dokumenteve të "
                            "identitetit.</b> Punëdhënësi ose një person i tretë e mban "
                            "pasaportën ose kartën e identitetit dhe nuk e kthen kur i "
                            "kërkohet.</li><li><b>Mbajtja e pagave.</b> Pagat paguhen me "
                            "vonesë, vetëm në fund të sezonit, shumë më pak se sa ishte "
                            "premtuar ose aspak, në mënyrë që personi të mos mund të "
                            "largohet pa humbur gjithçka.</li><li><b>Skllavëria për "
                            "borxh.</b> Personi punon për të shlyer një borxh për "
                            "udhëtimin, rekrutimin, strehimin ose ushqimin që nuk "
                            "zvogëlohet kurrë, shpesh për shkak të tarifave dhe gjobave "
                            "të larta.</li><li><b>Kushte abuzive pune dhe jetese.</b> "
                            "Punë e rrezikshme pa mbrojtje, banesa të mbipopulluara dhe "
                            "të ndotura, pa pushim, pa qasje në kujdes "
                            "shëndetësor.</li><li><b>Orët e tepërta jashtë orarit.</b> "
                            "Puna shumë më tepër orë se sa lejon ligji, shpesh shtatë "
                            "ditë në javë, pa mundësi refuzimi.</li></ol>",
                        ),
                        (
                            "rich_text",
                            "<h2>Përdorimi i mirë i treguesve</h2><ul><li><b>Shikoni të "
                            "gjithë situatën.</b> Vëzhgoni vendin, banesën, kush flet dhe "
                            "kush hesht, kush i mban dokumentet dhe "
                            "paratë.</li><li><b>Bëni pyetje të hapura.</b> „A mund të më "
                            "tregoni për punën tuaj këtu?” jep më shumë se „A ju "
                            "detyrojnë të punoni?” Shumë njerëz nuk e shohin veten si "
                            "viktima.</li><li><b>Pyetni për lirinë.</b> „Nëse do të donit "
                            "të largoheshit nesër, çfarë do të ndodhte?” shpesh është "
                            "pyetja më zbuluese.</li><li><b>Flisni në mjedis privat.</b> "
                            "Një person nuk do t’i përshkruajë kërcënimet kur punëdhënësi "
                            "ose një „koleg” qëndron aty pranë.</li><li><b>Regjistroni "
                            "treguesit</b> që patë dhe dëgjuat, si fakte, në mënyrë që "
                            "referimi të jetë i qartë.</li><li><b>Mos prisni prova.</b> "
                            "Ekipit i nevojiten baza të arsyeshme, jo prova, për ta "
                            "referuar një person si viktimë të mundshme.</li></ul><p>Mos "
                            "harroni se shkelja e ligjit të punës dhe puna e detyruar nuk "
                            "janë e njëjta gjë. Paga e ulët dhe orët e gjata mund të jenë "
                            "shkelje të ligjit të punës pa qenë punë e detyruar. Dallimi "
                            "zakonisht është elementi i shtrëngimit: personi nuk mund të "
                            "largohet pa u ndëshkuar.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Pasaporta „për regjistrim”",
                                "scenario": "<p>Në shtator, një inspektor pune dhe një "
                                "punonjëse terreni e një OJQ-je vizitojnë një "
                                "fermë të madhe frutash. Rreth njëzet punëtorë "
                                "sezonalë po mbledhin mollë. Disa vijnë nga "
                                "fshatra të varfra të të njëjtit vend; të tjerë "
                                "vijnë nga një vend fqinj.</p><p>Ndërsa "
                                "inspektori kontrollon dokumentet në zyrë, një "
                                "punëtor, një burrë rreth 45 vjeç, i tregon "
                                "qetësisht punonjëses së terrenit se pronari i "
                                "fermës i mban të gjitha pasaportat e punëtorëve "
                                "të huaj „për regjistrim”. Pagat do të paguhen "
                                "në fund të sezonit, pasi të zbriten shpenzimet "
                                "për autobusin, ushqimin dhe shtretërit. Nëntë "
                                "burra flenë në një kontejner metalik. Ata "
                                "punojnë nga ora gjashtë e mëngjesit deri në "
                                "errësirë, çdo ditë. Përgjegjësi i punëtorëve i "
                                "çon me makinë në fushë dhe i kthen dhe nuk i lë "
                                "të shkojnë në qytet. Ai u ka thënë se nëse "
                                "ankohen, policia do t’i dëbojë dhe nuk do të "
                                "paguhen kurrë.</p>",
                                "questions": [
                                    "Cilët nga njëmbëdhjetë treguesit e ILO-s mund "
                                    "të gjeni?",
                                    "A është kjo shkelje e ligjit të punës, punë e "
                                    "detyruar apo ndoshta trafikim?",
                                    "Si duhet të flasë ekipi me punëtorin pa e "
                                    "vënë atë në rrezik?",
                                    "Çfarë duhet të bëjnë më pas inspektori i "
                                    "punës dhe ekipi?",
                                ],
                                "discussion": "<p>Janë të pranishëm të paktën shtatë "
                                "tregues: mbajtja e dokumenteve të "
                                "identitetit, mbajtja e pagave, një borxh i "
                                "mundshëm (zbritjet për autobusin, ushqimin "
                                "dhe shtretërit), kufizimi i lëvizjes, "
                                "izolimi, frikësimi dhe kërcënimet (dëbimi, "
                                "mospagesa), kushtet abuzive të jetesës dhe "
                                "orët e tepërta jashtë orarit. Shpërdorimi i "
                                "cenueshmërisë ka gjasa për punëtorët e huaj. "
                                "Së bashku me rekrutimin dhe transportimin e "
                                "punëtorëve, kjo jep baza të arsyeshme për të "
                                "dyshuar për trafikim për shfrytëzim pune, jo "
                                "vetëm për shkelje të ligjit të "
                                "punës.</p><p>Ekipi nuk duhet t’i tregojë "
                                "përgjegjësit të punëtorëve ose pronarit se "
                                "punëtori ka folur. Ai mund t’u ofrojë biseda "
                                "private të gjithë punëtorëve, për shembull "
                                "gjatë inspektimit, me përkthyes, në mënyrë që "
                                "askush të mos veçohet. Inspektori i punës "
                                "përdor kompetencat e tij për të kërkuar "
                                "kthimin e pasaportave dhe pagesën e pagave, "
                                "sipas ligjit kombëtar. Anëtari nga policia ia "
                                "përcjell informacionin njësisë kompetente. "
                                "Ekipi i referon te mekanizmi i referimit "
                                "punëtorët që pajtohen dhe siguron që ata të "
                                "mos dëbohen thjesht para se të vlerësohet "
                                "situata e tyre.</p>",
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Pikat kryesore",
                                "points": [
                                    "Asnjë tregues i vetëm nuk e provon trafikimin; "
                                    "kërkoni kombinime dhe tregues të fortë.",
                                    "Njëmbëdhjetë treguesit e ILO-s: shpërdorimi i "
                                    "cenueshmërisë, mashtrimi, kufizimi i lëvizjes, "
                                    "izolimi, dhuna fizike dhe seksuale, frikësimi "
                                    "dhe kërcënimet, mbajtja e dokumenteve të "
                                    "identitetit, mbajtja e pagave, skllavëria për "
                                    "borxh, kushtet abuzive të punës dhe jetesës, "
                                    "orët e tepërta jashtë orarit.",
                                    "Bëni pyetje të hapura në mjedis privat; pyetni "
                                    "çfarë do të ndodhte nëse personi do të donte të "
                                    "largohej.",
                                    "Shtrëngimi është ajo që e shndërron një shkelje "
                                    "të ligjit të punës në punë të detyruar.",
                                    "Ju nevojiten baza të arsyeshme, jo prova, për të "
                                    "referuar një viktimë të mundshme.",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "title": "Fëmijët, personat në lëvizje dhe kontrabanda kundrejt "
                    "trafikimit",
                    "slug": "children-people-on-the-move-and-smuggling",
                    "summary": "Treguesit specifikë për fëmijët dhe për migrantët dhe "
                    "refugjatët, si dhe si ndryshon kontrabanda nga trafikimi.",
                    "duration_minutes": 30,
                    "body": [
                        (
                            "rich_text",
                            "<h2>Treguesit specifikë për fëmijët</h2><p>Fëmijët rrallë "
                            "kërkojnë ndihmë dhe mund t’i mbrojnë të rriturit që i "
                            "shfrytëzojnë, sidomos kur këta të rritur janë anëtarë të "
                            "familjes. Kërkoni:</p><ul><li>një fëmijë që nuk shkon në "
                            "shkollë ose e ka braktisur papritur;</li><li>një fëmijë që "
                            "lyp, shet mallra, lan xhamat e makinave ose punon natën vonë "
                            "apo për shumë orë;</li><li>një fëmijë që i jep para një të "
                            "rrituri ose që vëzhgohet nga larg nga një i "
                            "rritur;</li><li>një fëmijë që udhëton me një të rritur që "
                            "nuk është prind ose kujdestar ligjor, ose marrëdhënia e të "
                            "cilit me të rriturin është e paqartë;</li><li>një fëmijë që "
                            "nuk e di adresën ku jeton ose jep një përgjigje që tingëllon "
                            "e mësuar përmendsh;</li><li>shenja neglizhimi, urie, "
                            "lodhjeje, lëndimesh ose sëmundjesh të "
                            "patrajtuara;</li><li>një fëmijë që ka më shumë para, rroba "
                            "ose telefona nga sa mund t’i sigurojë familja e tij, ose një "
                            "„të dashur” më të madh në moshë;</li><li>një fëmijë i fejuar "
                            "ose i martuar, ose që pritet të fejohet apo martohet, "
                            "sidomos kur janë paguar para;</li><li>një fëmijë që ka frikë "
                            "se do të ndëshkohet nëse nuk sjell mjaftueshëm para në "
                            "shtëpi;</li><li>një fëmijë që kapet vazhdimisht për vjedhje "
                            "ose xhepist, shpesh me të rritur të "
                            "ndryshëm.</li></ul><p>Nëse mosha e një personi është e "
                            "pasigurt dhe ka arsye për të besuar se ai është nën 18 vjeç, "
                            "trajtojeni si fëmijë derisa të përcaktohet mosha e tij. Ky "
                            "është një rregull i standardeve ndërkombëtare dhe mbron "
                            "fëmijët që nuk kanë dokumente ose mbajnë dokumente të "
                            "rreme.</p><h2>Treguesit specifikë për personat në "
                            "lëvizje</h2><ul><li>një borxh ndaj kontrabandistëve ose "
                            "„agjentëve” për udhëtimin që duhet shlyer me "
                            "punë;</li><li>mbajtja në një apartament, shtëpi ose kamp nga "
                            "njerëzit që organizojnë udhëtimin, pa lirinë për t’u "
                            "larguar;</li><li>dokumente ose telefona të marrë nga dikush "
                            "në grup ose nga organizatorët;</li><li>punë gjatë rrugës, "
                            "për shembull në ferma, në ndërtim ose në punë seksuale, për "
                            "të „paguar etapën e radhës”;</li><li>dhunë seksuale dhe me "
                            "bazë gjinore gjatë rrugës, ose seks i kërkuar si "
                            "pagesë;</li><li>një person që gjithmonë lë dikë tjetër të "
                            "flasë në emër të tij;</li><li>fëmijë të pashoqëruar ose të "
                            "ndarë nga familja, si dhe fëmijë që zhduken nga qendrat e "
                            "pritjes;</li><li>kërcënime ndaj anëtarëve të familjes në "
                            "vendlindje.</li></ul>",
                        ),
                        (
                            "rich_text",
                            "<h2>Kontrabandë apo trafikim?</h2><p>Kontrabanda me migrantë "
                            "dhe trafikimi janë krime të ndryshme, por shpesh ngatërrohen "
                            "dhe njëra mund të shndërrohet në "
                            "tjetrën.</p><p><b>Kontrabanda me migrantë</b> është ndihma "
                            "që i jepet një personi për të hyrë në mënyrë të paligjshme "
                            "në një vend në këmbim të parave ose të një përfitimi tjetër "
                            "material. Në një rast tipik:</p><ul><li>personi pranon të "
                            "kalohet kontrabandë;</li><li>marrëdhënia përfundon kur "
                            "personi mbërrin;</li><li>gjithmonë kalohet një "
                            "kufi;</li><li>është kryesisht krim kundër rregullave "
                            "kufitare të shtetit, megjithëse personat e kaluar "
                            "kontrabandë shpesh përballen me rrezik të "
                            "madh.</li></ul><p><b>Trafikimi</b> është zhvendosja ose "
                            "mbajtja e një personi për shfrytëzim. Në një rast "
                            "tipik:</p><ul><li>pëlqimi mungon, ose është marrë me "
                            "mashtrim apo shtrëngim dhe nuk vlen;</li><li>marrëdhënia "
                            "vazhdon pas mbërritjes, sepse shfrytëzuesi dëshiron të "
                            "përfitojë nga personi;</li><li>nuk është e nevojshme të "
                            "kalohet ndonjë kufi;</li><li>është krim kundër "
                            "personit.</li></ul><h3>Kur kontrabanda shndërrohet në "
                            "trafikim</h3><p>Një person që i ka paguar një kontrabandisti "
                            "mund të bëhet viktimë e trafikimit gjatë rrugës. Kjo ndodh "
                            "kur çmimi rritet papritur dhe personi duhet ta „shlyejë me "
                            "punë” borxhin, kur grupi mbahet derisa të afërmit të "
                            "paguajnë më shumë, kur gratë detyrohen në punë seksuale për "
                            "të paguar etapën e radhës, ose kur fëmijët dërgohen të lypin "
                            "ose të vjedhin. Prandaj mos ndaloni së bëri pyetje pasi të "
                            "keni vendosur se dikush është kaluar kontrabandë. Pyetni për "
                            "borxhin, për punën gjatë rrugës dhe për lirinë për t’u "
                            "larguar.</p><p>Një person që është kaluar kontrabandë dhe që "
                            "është gjithashtu viktimë e mundshme e trafikimit duhet të "
                            "referohet si viktimë e mundshme. Një migrant ose azilkërkues "
                            "nuk e humb këtë mbrojtje për shkak të hyrjes së parregullt. "
                            "Procedura e azilit dhe identifikimi i një viktime të "
                            "trafikimit mund të zhvillohen paralelisht; procedurat "
                            "kombëtare ndryshojnë në mënyrën si lidhen ato.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Borxhi për udhëtimin",
                                "scenario": "<p>Në një zonë tranziti pranë kufirit, "
                                "punonjësit e terrenit takojnë një grup prej "
                                "tetë burrash të rinj dhe dy grash. Ata kanë "
                                "kaluar disa vende me ndihmën e "
                                "kontrabandistëve. Një burrë në grup i mban të "
                                "gjithë telefonat dhe flet në emër të të "
                                "gjithëve. Të tjerët flasin shumë pak.</p><p>Më "
                                "vonë, njëra nga gratë i tregon një punonjëseje "
                                "terreni, përmes një përkthyesi, se secili në "
                                "grup i detyrohet „agjentit” 4.000 euro për "
                                "pjesën tjetër të udhëtimit. Burrat do të "
                                "punojnë në një kantier ndërtimi në vendin e "
                                "ardhshëm derisa të shlyhet borxhi. Asaj dhe "
                                "gruas tjetër u është thënë se do të „punojnë në "
                                "një apartament”. Familjes së saj në vendlindje "
                                "i është thënë se do t’i bëhet dëm nëse ndokush "
                                "arratiset.</p>",
                                "questions": [
                                    "A është kjo kontrabandë, trafikim apo të dyja?",
                                    "Cilët tregues për personat në lëvizje mund të "
                                    "shihni?",
                                    "Si duhet t’i qaset ekipi grupit, duke pasur "
                                    "parasysh burrin që flet në emër të të "
                                    "gjithëve?",
                                    "Çfarë mbrojtjeje mund t’u ofrohet grave dhe "
                                    "burrave?",
                                ],
                                "discussion": "<p>Filloi si kontrabandë, por shenjat tani "
                                "tregojnë për trafikim: një borxh që duhet "
                                "shlyer me punë, kontrolli i telefonave, një "
                                "person që kontrollon komunikimin, kërcënime "
                                "ndaj familjeve dhe plane që gratë të "
                                "shfrytëzohen seksualisht. Gratë janë në "
                                "rrezik të veçantë.</p><p>Ekipi nuk duhet të "
                                "përballet me burrin që mban telefonat. Ai "
                                "duhet të krijojë mundësi të sigurta për të "
                                "folur me njerëzit veçmas, për shembull gjatë "
                                "kontrolleve shëndetësore ose regjistrimit, me "
                                "staf femër dhe me një përkthyes të besuar që "
                                "nuk ka asnjë lidhje me grupin. Grave duhet "
                                "t’u ofrohet strehim i sigurt i menjëhershëm "
                                "dhe ato duhet të referohen te mekanizmi i "
                                "referimit si viktima të mundshme, së bashku "
                                "me çdo burrë që pajtohet. Anëtari nga policia "
                                "ia përcjell njësisë kompetente informacionin "
                                "për organizatorët. Stafi i azilit dhe i "
                                "migracionit siguron që askush me shenja "
                                "trafikimi të mos kthehet para se të "
                                "përfundojë identifikimi dhe që çdo kërkesë "
                                "për azil të mund të paraqitet ende.</p>",
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Pikat kryesore",
                                "points": [
                                    "Fëmijët në rrezik shpesh heshtin dhe mund t’i "
                                    "mbrojnë të rriturit që i shfrytëzojnë.",
                                    "Kur mosha është e pasigurt dhe ka arsye për të "
                                    "menduar se personi është fëmijë, trajtojeni si "
                                    "fëmijë.",
                                    "Te personat në lëvizje, kini kujdes për borxhe "
                                    "që shlyhen me punë, dokumente të mbajtura, "
                                    "komunikim të kontrolluar dhe kërcënime ndaj "
                                    "familjes.",
                                    "Kontrabanda është hyrje e paligjshme për para; "
                                    "trafikimi është shfrytëzim i personit.",
                                    "Kontrabanda mund të shndërrohet në trafikim; "
                                    "vazhdoni të pyesni për borxhin, punën dhe lirinë "
                                    "për t’u larguar.",
                                    "Hyrja e parregullt nuk ia heq personit të "
                                    "drejtën për t’u referuar si viktimë e "
                                    "mundshme.",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "title": "Kontakti i parë dhe viktima e mundshme",
                    "slug": "first-contact-and-the-potential-victim",
                    "summary": "Si të bëhet një kontakt i parë i përqendruar te viktima dhe "
                    "i informuar për traumën, dhe si ndryshon njohja e një "
                    "viktime të mundshme nga identifikimi formal.",
                    "duration_minutes": 35,
                    "body": [
                        (
                            "rich_text",
                            "<h2>Qasja e përqendruar te viktima</h2><p>Në qasjen e "
                            "përqendruar te viktima, të drejtat, siguria dhe mirëqenia e "
                            "personit vijnë të parat. Qëllimi i kontaktit të parë nuk "
                            "është të merret e gjithë historia ose të mblidhen prova. "
                            "Qëllimi është që personi të jetë i sigurt, të plotësohen "
                            "nevojat urgjente, të jepet informacion dhe të hapet rruga "
                            "drejt ndihmës. Personi duhet të largohet nga kontakti i parë "
                            "duke u ndier i respektuar, edhe nëse thotë "
                            "jo.</p><h2>Kontakti i parë i informuar për "
                            "traumën</h2><p>Trafikimi shkakton traumë. Trauma ndikon në "
                            "kujtesë, emocione dhe sjellje. Një person i traumatizuar "
                            "mund të:</p><ul><li>e tregojë historinë në copëza, pa rend "
                            "ose duke ndryshuar hollësitë;</li><li>duket i qetë, i ftohtë "
                            "apo edhe i gëzuar ndërsa përshkruan ngjarje të "
                            "tmerrshme;</li><li>jetë i zemëruar, mosbesues ose i "
                            "pagatshëm për të folur;</li><li>mbrojë shfrytëzuesin ose të "
                            "kthehet te ai.</li></ul><p>Këto janë reagime normale, jo "
                            "shenja gënjeshtre. Një kontakt i informuar për "
                            "traumën:</p><ul><li>fillon me nevojat bazë: ngrohtësi, "
                            "ushqim, ujë, pushim, kujdes mjekësor;</li><li>zhvillohet në "
                            "një vend privat dhe të qetë, larg kujtdo që mund ta "
                            "kontrollojë personin;</li><li>nis duke shpjeguar kush jeni, "
                            "pse jeni aty dhe çfarë mund të zgjedhë personi;</li><li>i "
                            "jep personit kontrollin: ai mund të ndalojë, të bëjë pushim "
                            "ose të refuzojë të përgjigjet;</li><li>pyet vetëm atë që "
                            "nevojitet për hapin e radhës dhe nuk kërkon hollësi të "
                            "abuzimit;</li><li>shmang përsëritjen e pyetjeve që të tjerët "
                            "i kanë bërë tashmë;</li><li>përfundon duke shpjeguar qartë "
                            "se çfarë do të ndodhë më pas.</li></ul>",
                        ),
                        (
                            "rich_text",
                            "<h2>Kontakti i ndjeshëm ndaj gjinisë dhe ndaj "
                            "fëmijëve</h2><p>Gratë, burrat dhe personat me identitete të "
                            "ndryshme gjinore e përjetojnë trafikimin ndryshe dhe secilit "
                            "mund t’i jetë shumë e vështirë të flasë për disa tema. I "
                            "ofroni personit zgjedhjen për të folur me një grua ose me "
                            "një burrë, si dhe një përkthyes të gjinisë që preferon. "
                            "Burrat shpesh anashkalohen si viktima, sidomos në "
                            "shfrytëzimin e punës; mos supozoni se një burrë nuk mund të "
                            "jetë viktimë. Kini parasysh se viktimat e shfrytëzimit "
                            "seksual mund të kenë frikë nga turpi dhe nga refuzimi nga "
                            "familja dhe komuniteti.</p><p>Me fëmijët, përdorni gjuhë të "
                            "thjeshtë dhe fjali të shkurtra, uluni në lartësinë e tyre "
                            "dhe shpjegoni se nuk janë në telash. Përfshini qendrën për "
                            "punë sociale që në fillim. Mos e intervistoni një fëmijë për "
                            "shfrytëzimin në terren; kjo bëhet më vonë, nga specialistë "
                            "të trajnuar, në një mjedis miqësor për fëmijët.</p><h2>Puna "
                            "me përkthyesit</h2><ul><li>Përdorni një përkthyes "
                            "profesional të trajnuar ose një ndërmjetës kulturor të "
                            "detyruar të ruajë konfidencialitetin.</li><li>Mos përdorni "
                            "kurrë si përkthyes shoqëruesin e personit, një anëtar të "
                            "grupit të tij, një anëtar të familjes ose një "
                            "fëmijë.</li><li>Kontrolloni që përkthyesi të flasë gjuhën "
                            "ose dialektin e personit dhe të mos ketë asnjë lidhje me "
                            "komunitetin e personit që mund ta vërë personin në "
                            "rrezik.</li><li>I flisni personit, jo përkthyesit, dhe "
                            "përdorni fjali të shkurtra.</li><li>Pas një bisede të "
                            "vështirë, bëni një bisedë të shkurtër reflektimi edhe me "
                            "përkthyesin.</li></ul><h2>Viktima e mundshme dhe "
                            "identifikimi formal</h2><p>Ka dy hapa të "
                            "ndryshëm:</p><ul><li><b>Njohja e një viktime të "
                            "mundshme.</b> Kur aktorët e vijës së parë, si MIT-et, shohin "
                            "<b>baza të arsyeshme</b> për të besuar se një person mund të "
                            "jetë viktimë e trafikimit, ata e trajtojnë personin si "
                            "viktimë të mundshme (ose të supozuar) dhe e referojnë. Bazat "
                            "e arsyeshme janë një prag i ulët: do të thotë se ka shenja "
                            "që një profesionist i arsyeshëm do t’i merrte seriozisht. "
                            "Nuk do të thotë prova.</li><li><b>Identifikimi formal.</b> "
                            "Një autoritet kompetent vendos nëse personi është viktimë e "
                            "trafikimit. Në varësi të vendit, ky mund të jetë një organ "
                            "shtetëror i specializuar, policia, prokuroria ose një organ "
                            "shumë-institucional. Procedurat kombëtare "
                            "ndryshojnë.</li></ul><p>Një viktimë e mundshme ka tashmë të "
                            "drejta: për ndihmë, për siguri dhe për të mos u larguar nga "
                            "vendi para se të përfundojë identifikimi. Identifikimi "
                            "formal nuk varet nga pëlqimi i personit për të dëshmuar dhe "
                            "është i ndarë nga çdo çështje penale kundër "
                            "shfrytëzuesve.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Burri që flet në emër të saj",
                                "scenario": "<p>Një grua e re vjen në repartin e urgjencës "
                                "së një qendre shëndetësore me dhimbje dhe "
                                "gjakderdhje. Ajo shoqërohet nga një burrë më i "
                                "moshuar që u përgjigjet të gjitha pyetjeve në "
                                "vend të saj, thotë se ajo nuk flet asnjë gjuhë "
                                "vendore dhe ngul këmbë të qëndrojë në dhomë. Ai "
                                "thotë se ajo është e dashura e tij, e ardhur "
                                "për vizitë nga jashtë. Infermierja, e cila "
                                "është anëtare e MIT-it vendor, vë re mavijosje "
                                "të vjetra në krahët e gruas dhe se ajo e shikon "
                                "vazhdimisht burrin para se të lëvizë.</p>",
                                "questions": [
                                    "Cilat shenja sugjerojnë se gruaja mund të "
                                    "jetë viktimë e mundshme e trafikimit?",
                                    "Si mund të krijojë infermierja një mundësi "
                                    "për të folur me të vetëm, në mënyrë të "
                                    "sigurt?",
                                    "Si duhet të gjendet një përkthyes dhe kush "
                                    "nuk duhet të përkthejë?",
                                    "Çfarë duhet të thotë dhe të bëjë infermierja "
                                    "nëse gruaja nuk dëshiron të flasë?",
                                ],
                                "discussion": "<p>Shenjat janë një shoqërues që kontrollon "
                                "komunikimin dhe refuzon të largohet, lëndime "
                                "të vjetra, frika nga shoqëruesi dhe një arsye "
                                "për vizitën që mund të lidhet me shfrytëzimin "
                                "seksual. Të marra veçmas, këto nuk e provojnë "
                                "trafikimin, por janë baza të arsyeshme për ta "
                                "marrë seriozisht.</p><p>Infermierja mund të "
                                "përdorë rutinën e zakonshme mjekësore: "
                                "ekzaminimet bëhen vetëm me pacienten dhe mund "
                                "të thirret një mjeke. Burri pret jashtë. "
                                "Përkthyesi gjendet me telefon përmes qendrës "
                                "shëndetësore ose listës së ekipit, jo përmes "
                                "burrit, dhe mundësisht të jetë grua. Në "
                                "mjedis privat, infermierja trajton së pari "
                                "problemin mjekësor, shpjegon se qendra "
                                "shëndetësore është vend i sigurt dhe bën "
                                "pyetje të thjeshta e të hapura. Nëse gruaja "
                                "nuk dëshiron të flasë, infermierja nuk e "
                                "detyron. Ajo i jep një mënyrë për të kërkuar "
                                "ndihmë, për shembull një numër të linjës së "
                                "ndihmës të shkruar në diçka të vogël, dhe e "
                                "informon ekipin në mënyrë që të planifikohet "
                                "kontakti i radhës. Nëse ka rrezik të "
                                "menjëhershëm, infermierja e njofton anëtarin "
                                "nga policia.</p>",
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Pikat kryesore",
                                "points": [
                                    "Kontakti i parë synon sigurinë, nevojat urgjente "
                                    "dhe informacionin, jo historinë e plotë.",
                                    "Trauma shpjegon historitë jokonsistente, "
                                    "sjelljen e qetë ose të zemëruar dhe besnikërinë "
                                    "ndaj shfrytëzuesit.",
                                    "Ofroni zgjedhjen ndërmjet një gruaje dhe një "
                                    "burri dhe mos harroni kurrë se edhe burrat mund "
                                    "të jenë viktima.",
                                    "Përdorni përkthyes të trajnuar; kurrë "
                                    "shoqëruesin, një anëtar të grupit, një të afërm "
                                    "ose një fëmijë.",
                                    "MIT-et njohin viktimat e mundshme mbi baza të "
                                    "arsyeshme; identifikimin formal e bën një "
                                    "autoritet kompetent.",
                                    "Një viktimë e mundshme ka tashmë të drejtë për "
                                    "ndihmë dhe për mbrojtje nga largimi.",
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "title": "MIT-i në mekanizmin kombëtar të referimit",
            "slug": "referral-mechanism",
            "introduction": "<p>Një MIT është një hallkë në një zinxhir më të gjatë. Ky modul "
            "shpjegon çfarë është mekanizmi kombëtar i referimit, hapat nga "
            "zbulimi deri te përfshirja afatgjatë dhe vendin e ekipit në "
            "to.</p><p>Më pas trajton të drejtat e viktimave sipas Konventës së "
            "Këshillit të Evropës për veprimin kundër trafikimit të qenieve "
            "njerëzore, referimin e fëmijëve te mbrojtja e fëmijës dhe "
            "kujdestaria, si dhe trajtimin e rasteve që kalojnë kufijtë në "
            "rajon.</p>",
            "lessons": [
                {
                    "title": "Mekanizmi kombëtar i referimit: nga zbulimi te përfshirja",
                    "slug": "from-detection-to-inclusion",
                    "summary": "Çfarë është mekanizmi kombëtar i referimit, hapat nëpër të "
                    "cilët kalon një person dhe vendi i MIT-it në to.",
                    "duration_minutes": 30,
                    "body": [
                        (
                            "rich_text",
                            "<h2>Çfarë është mekanizmi kombëtar i "
                            "referimit</h2><p>Mekanizmi kombëtar i referimit (MKR) është "
                            "një kuadër bashkëpunimi. Përmes tij, institucionet "
                            "shtetërore punojnë së bashku, dhe në partneritet me "
                            "shoqërinë civile, për të mbrojtur dhe ndihmuar personat e "
                            "trafikuar dhe për të respektuar të drejtat e tyre. Referenca "
                            "standarde është manuali i OSBE/ODIHR-it për mekanizmat "
                            "kombëtarë të referimit, i botuar për herë të parë në vitin "
                            "2004 dhe i përditësuar në vitin 2022.</p><p>Një MKR "
                            "zakonisht përfshin:</p><ul><li>një koordinator ose zyrë "
                            "kombëtare që udhëheq dhe monitoron punën kundër "
                            "trafikimit;</li><li>procedura të shkruara që përcaktojnë "
                            "kush bën çfarë në çdo hap;</li><li>marrëveshje ndërmjet "
                            "institucioneve shtetërore dhe OJQ-ve;</li><li>pika kontakti "
                            "që mund të kontaktohen në çdo kohë, përfshirë natën dhe "
                            "fundjavat;</li><li>një mënyrë për të mbledhur të dhëna dhe "
                            "për të mësuar nga rastet.</li></ul><p>Çdo juridiksion në "
                            "rajon ka koordinatorin, procedurat dhe formularët e vet. "
                            "Procedurat kombëtare ndryshojnë, prandaj çdo anëtar i MIT-it "
                            "duhet t’i njohë procedurat dhe kontaktet që zbatohen aty ku "
                            "punon.</p>",
                        ),
                        (
                            "rich_text",
                            "<h2>Hapat</h2><ol><li><b>Zbulimi.</b> Dikush vë re shenja "
                            "trafikimi: një MIT, një mësues, një mjek, një zyrtar "
                            "kufitar, një fqinj ose vetë personi.</li><li><b>Referimi "
                            "fillestar.</b> Kur ka baza të arsyeshme, personi referohet, "
                            "me pëlqimin e tij të informuar, te pika kompetente e "
                            "kontaktit në MKR. Nevojat urgjente plotësohen menjëherë. Një "
                            "fëmijë referohet menjëherë te mbrojtja e fëmijës, pa pritur "
                            "pëlqimin.</li><li><b>Identifikimi formal.</b> Autoriteti "
                            "kompetent vendos nëse personi është viktimë e trafikimit. "
                            "Kjo bëhet nga staf i trajnuar dhe, në një sistem të mirë, me "
                            "kontributin e profesionistëve që e njohin "
                            "personin.</li><li><b>Ndihma e menjëhershme.</b> Që nga "
                            "momenti i referimit, jo vetëm pas identifikimit: strehim i "
                            "sigurt, kujdes mjekësor, mbështetje psikologjike, ndihmë "
                            "juridike dhe informacion për të drejtat në një gjuhë që "
                            "personi e kupton, përkthim dhe ndihmë materiale si ushqim "
                            "dhe rroba. Kontakti me familjen dhe me konsullatën bëhet "
                            "vetëm kur personi e dëshiron dhe kur është e "
                            "sigurt.</li><li><b>Periudha e rimëkëmbjes dhe e "
                            "reflektimit.</b> Viktimat e huaja marrin një periudhë prej "
                            "të paktën 30 ditësh për t’u rimëkëmbur, për t’u shpëtuar nga "
                            "ndikimi i trafikantëve dhe për të vendosur me qetësi nëse do "
                            "të bashkëpunojnë me autoritetet. Gjatë kësaj periudhe ata "
                            "nuk mund të dëbohen. Ligji kombëtar mund të parashikojë një "
                            "periudhë më të gjatë.</li><li><b>Përfshirja afatgjatë.</b> "
                            "Ndihmë për ta rindërtuar jetën: kujdes shëndetësor, arsim "
                            "dhe formim profesional, punë, strehim dhe, kur nevojitet, "
                            "leje qëndrimi. Për ata që duan të kthehen në shtëpi, kthim i "
                            "sigurt dhe vullnetar me një vlerësim të rrezikut dhe "
                            "mbështetje nga shërbimet në vendin e "
                            "origjinës.</li></ol><p>Procedurat penale kundër trafikantëve "
                            "dhe kërkesat për kompensim mund të zhvillohen paralelisht me "
                            "këto hapa. Ato janë të ndara dhe ndihma për personin nuk "
                            "varet prej tyre.</p><h2>Vendi i MIT-it</h2><p>MIT-i punon "
                            "kryesisht në dy hapat e parë: zbulimin dhe referimin "
                            "fillestar. Ai mbështet gjithashtu kontaktin e parë, e "
                            "shoqëron personin në shërbime nëse ai e dëshiron dhe "
                            "përcjell atë që di, në mënyrë që personi të mos e përsërisë "
                            "historinë e vet. Për ta bërë këtë mirë, ekipi duhet të "
                            "ketë:</p><ul><li>numrat e pikave të kontaktit të MKR-së, "
                            "përfshirë numrat jashtë orarit zyrtar;</li><li>formularët e "
                            "referimit dhe rregullat për dërgimin e tyre në mënyrë të "
                            "sigurt;</li><li>adresat e strehimoreve dhe të shërbimeve "
                            "emergjente, si dhe procedurën për netët dhe "
                            "fundjavat;</li><li>informacion kthyes nga MKR-ja për atë që "
                            "ndodhi pas referimit, brenda kufijve të mbrojtjes së të "
                            "dhënave, në mënyrë që të mësojë.</li></ul><p>Ekipet e para "
                            "mësuan se një MIT duhet të jetë i integruar në mekanizmin e "
                            "referimit, jo të punojë krahas tij.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "E premte, ora njëmbëdhjetë e natës",
                                "scenario": "<p>Një të premte në orën njëmbëdhjetë të natës, "
                                "anëtari nga policia i ekipit dhe një punonjëse "
                                "terreni e OJQ-së takojnë një grua të re në një "
                                "pikë karburanti në autostradë. Ajo ka ikur nga "
                                "një apartament ku detyrohej të ofronte seks me "
                                "pagesë. Nuk ka para, telefon as dokumente. Ajo "
                                "dridhet dhe kërkon një vend për të fjetur ku "
                                "burrat të mos e gjejnë. Nuk dëshiron të japë "
                                "deklaratë në polici sonte.</p><p>Qendra vendore "
                                "për punë sociale është e mbyllur deri të "
                                "hënën.</p>",
                                "questions": [
                                    "A ka ekipi mjaftueshëm për ta referuar atë si "
                                    "viktimë të mundshme?",
                                    "Kë duhet të thërrasë ekipi sonte dhe çfarë "
                                    "duhet të ketë përgatitur paraprakisht?",
                                    "A e ndryshon refuzimi i saj për të dhënë "
                                    "deklaratë ndihmën që mund të marrë?",
                                    "Çfarë duhet të ndodhë të hënën?",
                                ],
                                "discussion": "<p>Po. Rrëfimi i saj se detyrohej të ofronte "
                                "seks me pagesë, mungesa e dokumenteve dhe "
                                "frika e saj janë baza të arsyeshme. Ekipit "
                                "nuk i nevojiten prova.</p><p>Një ekip i "
                                "përgatitur mirë ka një procedurë për jashtë "
                                "orarit zyrtar: pikën e kontaktit të MKR-së "
                                "ose koordinatorin kujdestar, numrin emergjent "
                                "të strehimores dhe punonjësin social "
                                "kujdestar. Ai organizon strehim të sigurt për "
                                "sonte, ofron kujdes mjekësor dhe e lë të "
                                "pushojë. Refuzimi i saj për të dhënë "
                                "deklaratë nuk e ndryshon të drejtën e saj për "
                                "ndihmë, e cila nuk duhet të varet nga "
                                "bashkëpunimi me policinë. Anëtari nga policia "
                                "e informon njësinë kompetente për "
                                "apartamentin, në mënyrë që të mund të mbrohen "
                                "të tjerët që janë ende aty, pa ushtruar "
                                "presion mbi të.</p><p>Të hënën përgjegjësi i "
                                "rastit e përfundon referimin dhe autoriteti "
                                "kompetent nis me të identifikimin formal. "
                                "Nëse ajo është shtetase e huaj, fillon "
                                "periudha e saj e rimëkëmbjes dhe e "
                                "reflektimit. Ekipi mbetet në kontakt nëse ajo "
                                "e dëshiron.</p>",
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Pikat kryesore",
                                "points": [
                                    "MKR-ja është një kuadër bashkëpunimi i "
                                    "institucioneve shtetërore dhe i shoqërisë civile "
                                    "për të mbrojtur dhe ndihmuar personat e "
                                    "trafikuar.",
                                    "Manuali i OSBE/ODIHR-it për MKR-të është "
                                    "referenca standarde; procedurat kombëtare "
                                    "ndryshojnë.",
                                    "Hapat: zbulimi, referimi fillestar, identifikimi "
                                    "formal, ndihma e menjëhershme, rimëkëmbja dhe "
                                    "reflektimi, përfshirja afatgjatë.",
                                    "Ndihma fillon me referimin, jo vetëm pas "
                                    "identifikimit formal.",
                                    "MIT-i punon kryesisht në zbulim dhe referim dhe "
                                    "duhet ta njohë procedurën për jashtë orarit "
                                    "zyrtar.",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "title": "Të drejtat e viktimave sipas Konventës së Këshillit të "
                    "Evropës",
                    "slug": "victims-rights-council-of-europe-convention",
                    "summary": "Parimet e Konventës së Këshillit të Evropës që anëtarët e "
                    "MIT-it duhet t’i njohin dhe t’i zbatojnë në punën e "
                    "përditshme.",
                    "duration_minutes": 30,
                    "body": [
                        (
                            "rich_text",
                            "<h2>Konventa</h2><p>Konventa e Këshillit të Evropës për "
                            "veprimin kundër trafikimit të qenieve njerëzore u miratua në "
                            "vitin 2005 dhe hyri në fuqi në vitin 2008. Ajo mbështetet te "
                            "të drejtat e njeriut dhe e vendos viktimën në qendër. Një "
                            "grup i pavarur ekspertësh, GRETA, monitoron si e zbatojnë "
                            "shtetet, përmes vizitave në vende dhe raporteve publike. "
                            "Bosnja e Hercegovina, Serbia dhe Mali i Zi janë palë të "
                            "Konventës, dhe ligjet kundër trafikimit në të gjithë "
                            "rajonin, përfshirë Kosovën*, mbështeten në të njëjtat "
                            "standarde. Mënyra si zbatohet çdo parim varet nga ligji dhe "
                            "procedurat kombëtare.</p><p>Parimet më poshtë janë më të "
                            "rëndësishmet për anëtarët e MIT-it.</p>",
                        ),
                        (
                            "rich_text",
                            "<h2>Identifikimi nga autoritete të trajnuara që "
                            "bashkëpunojnë</h2><p>Shtetet duhet të kenë autoritete "
                            "kompetente me staf të trajnuar për identifikimin e viktimave "
                            "dhe këto autoritete duhet të bashkëpunojnë me njëra-tjetrën "
                            "dhe me organizatat mbështetëse si OJQ-të. Një MIT është një "
                            "formë praktike e këtij bashkëpunimi.</p><h2>Asnjë largim "
                            "para përfundimit të identifikimit</h2><p>Kur ka baza të "
                            "arsyeshme për të besuar se një person është viktimë, personi "
                            "nuk duhet të largohet nga vendi derisa të përfundojë procesi "
                            "i identifikimit. Për anëtarët e MIT-it në policinë kufitare "
                            "dhe në shërbimet e azilit dhe të migracionit, kjo është një "
                            "përgjegjësi e përditshme: kontrolloni për shenja trafikimi "
                            "para një kthimi ose ripranimi.</p><h2>Ndihma</h2><p>Viktimat "
                            "duhet të marrin ndihmë për rimëkëmbjen e tyre fizike, "
                            "psikologjike dhe sociale. Si minimum, kjo përfshin strehim "
                            "të sigurt dhe të përshtatshëm, ndihmë psikologjike dhe "
                            "materiale, trajtim mjekësor emergjent, interpretim dhe "
                            "përkthim, këshillim dhe informacion për të drejtat e tyre në "
                            "një gjuhë që e kuptojnë, ndihmë gjatë procedurave penale dhe "
                            "qasje në arsim për fëmijët. Ndihma jepet me pëlqimin e "
                            "informuar të personit.</p><h2>Ndihma nuk kushtëzohet nga "
                            "bashkëpunimi</h2><p>Ndihma nuk duhet të varet nga "
                            "gatishmëria e personit për të qenë dëshmitar ose për të "
                            "bashkëpunuar me policinë apo prokurorët. Shumë viktima kanë "
                            "shumë frikë ose janë shumë të traumatizuara për të dëshmuar, "
                            "të paktën në fillim. Presioni për të dëshmuar në këmbim të "
                            "ndihmës është në kundërshtim me Konventën.</p><h2>Periudha e "
                            "rimëkëmbjes dhe e reflektimit</h2><p>Një person i huaj për "
                            "të cilin ka baza të arsyeshme merr të paktën 30 ditë për t’u "
                            "rimëkëmbur dhe për të vendosur për bashkëpunimin. Gjatë "
                            "kësaj kohe ai nuk mund të dëbohet dhe ka të drejtë për "
                            "ndihmë.</p><h2>Mosndëshkimi</h2><p>Viktimat nuk duhet të "
                            "ndëshkohen për veprat që u detyruan të kryejnë si pasojë e "
                            "trafikimit. Shembuj janë përdorimi i një pasaporte të rreme "
                            "të siguruar nga trafikanti, hyrja ose qëndrimi i parregullt, "
                            "puna pa leje, prostitucioni aty ku është vepër e dënueshme, "
                            "lypja, vjedhja ose veprat me drogë të kryera nën shtrëngim. "
                            "Ligjet kombëtare e zbatojnë këtë parim në mënyra të "
                            "ndryshme; sigurohuni që prokurori ose gjykata të dijë për "
                            "shenjat e trafikimit.</p><h2>Të drejta të tjera që duhen "
                            "mbajtur mend</h2><ul><li><b>Jeta private:</b> identiteti dhe "
                            "të dhënat personale të viktimës duhet të mbrohen, përfshirë "
                            "nga media.</li><li><b>Leja e qëndrimit:</b> një leje mund të "
                            "jepet për shkak të situatës personale të personit ose për "
                            "shkak të bashkëpunimit të tij me "
                            "autoritetet.</li><li><b>Kompensimi:</b> viktimat kanë të "
                            "drejtë për ndihmë juridike dhe për të kërkuar "
                            "kompensim.</li><li><b>Kthimi i sigurt:</b> çdo kthim duhet "
                            "të respektojë të drejtat, sigurinë dhe dinjitetin e personit "
                            "dhe mundësisht duhet të jetë "
                            "vullnetar.</li><li><b>Fëmijët:</b> një person mosha e të "
                            "cilit është e pasigurt prezumohet të jetë fëmijë kur ka "
                            "arsye për ta besuar këtë, dhe një fëmijë i pashoqëruar merr "
                            "një kujdestar.</li></ul>",
                        ),
                        (
                            "rich_text",
                            "<h2>Zbatimi i parimeve në praktikë</h2><ul><li>Para një "
                            "kthimi, arrestimi ose akuzimi të një personi me shenja "
                            "trafikimi, pyetni: a është referuar ky person si viktimë e "
                            "mundshme?</li><li>I tregoni personit, në gjuhën e tij, se "
                            "ndihma nuk varet nga dhënia e dëshmisë.</li><li>Regjistroni "
                            "qartë shenjat e trafikimit, në mënyrë që prokurorët dhe "
                            "gjykatat të mund ta zbatojnë parimin e "
                            "mosndëshkimit.</li><li>I informoni personat e huaj për "
                            "periudhën e rimëkëmbjes dhe të reflektimit dhe sigurohuni që "
                            "autoriteti kompetent të dijë për ta.</li><li>Mbroni "
                            "identitetin e personit në çdo regjistrim dhe në çdo "
                            "bisedë.</li></ul>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Pasaporta e rreme",
                                "scenario": "<p>Në një pikë kalimi kufitar, policia kufitare "
                                "ndalon një grua të re që udhëton me një "
                                "pasaportë të rreme. Ajo është me një burrë që "
                                "thotë se është i dashuri i saj dhe se po "
                                "shkojnë me pushime. Kur pyetet veçmas, ajo qan. "
                                "Thotë se „i dashuri” ia dha pasaportën dhe i "
                                "tha se ishte e vërtetë, se ajo do të punonte në "
                                "një kafene dhe se i detyrohet para për "
                                "udhëtimin dhe për rrobat që ai i bleu. Ajo nuk "
                                "dëshiron të thotë asgjë që mund ta „fusë atë në "
                                "telash”.</p><p>Procedura e zakonshme për "
                                "përdorimin e një dokumenti të rremë do të ishte "
                                "një akuzë për kundërvajtje ose vepër penale dhe "
                                "një kthim i shpejtë.</p>",
                                "questions": [
                                    "Cilat parime të Konventës zbatohen këtu?",
                                    "Çfarë duhet të bëjë punonjësi i policisë "
                                    "kufitare lidhur me akuzën për pasaportën e "
                                    "rreme?",
                                    "A mund të kthehet gruaja menjëherë?",
                                    "Po nëse ajo refuzon të dëshmojë kundër burrit?",
                                ],
                                "discussion": "<p>Ka baza të arsyeshme: një dokument i "
                                "siguruar nga shoqëruesi, një punë e premtuar, "
                                "një borxh, një marrëdhënie në dukje e tipit "
                                "„lover boy” dhe frikë. Ajo duhet të trajtohet "
                                "si viktimë e mundshme. Ajo nuk duhet të "
                                "largohet para se të përfundojë identifikimi "
                                "dhe duhet të referohet menjëherë te MKR-ja "
                                "dhe t’i ofrohet ndihmë.</p><p>Zbatohet parimi "
                                "i mosndëshkimit: ajo e përdori pasaportën e "
                                "rreme për shkak të personit që e kontrollon. "
                                "Punonjësi i policisë regjistron shenjat e "
                                "trafikimit dhe e informon prokurorin, në "
                                "mënyrë që vendimi për çdo akuzë t’i marrë ato "
                                "parasysh sipas ligjit kombëtar. Nëse ajo "
                                "është shtetase e huaj, ka të drejtë për një "
                                "periudhë rimëkëmbjeje dhe reflektimi. "
                                "Refuzimi i saj për të dëshmuar nuk ia heq të "
                                "drejtën për ndihmë. Me burrin merret veçmas "
                                "njësia kompetente dhe të dy mbahen të "
                                "ndarë.</p>",
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Pikat kryesore",
                                "points": [
                                    "Konventa e Këshillit të Evropës është e "
                                    "përqendruar te viktima dhe monitorohet nga "
                                    "GRETA.",
                                    "Identifikimi bëhet nga autoritete të trajnuara "
                                    "që bashkëpunojnë me njëra-tjetrën dhe me OJQ-të.",
                                    "Një person për të cilin ka baza të arsyeshme nuk "
                                    "largohet para se të përfundojë identifikimi.",
                                    "Ndihma nuk duhet të varet nga bashkëpunimi me "
                                    "policinë ose prokurorinë.",
                                    "Viktimat e huaja marrin një periudhë "
                                    "rimëkëmbjeje dhe reflektimi prej të paktën 30 "
                                    "ditësh.",
                                    "Viktimat nuk duhet të ndëshkohen për veprat që u "
                                    "detyruan të kryejnë.",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "title": "Fëmijët dhe rastet ndërkufitare",
                    "slug": "children-and-cross-border-cases",
                    "summary": "Referimi i fëmijëve viktima te mbrojtja e fëmijës dhe "
                    "kujdestaria, si dhe bashkëpunimi ndërkufitar në rajon.",
                    "duration_minutes": 30,
                    "body": [
                        (
                            "rich_text",
                            "<h2>Fëmijët viktima: së pari mbrojtja e fëmijës</h2><p>Çdo "
                            "fëmijë që mund të jetë viktimë e trafikimit referohet "
                            "menjëherë te shërbimi i mbrojtjes së fëmijës, zakonisht "
                            "qendra për punë sociale. Kjo vlen pavarësisht nëse fëmija "
                            "është vendas apo i huaj, i shoqëruar apo vetëm. <b>Interesi "
                            "më i lartë i fëmijës</b> është konsiderata e parë në çdo "
                            "vendim.</p><ul><li><b>Kujdestaria.</b> Një fëmijë i "
                            "pashoqëruar ose i ndarë nga familja duhet të marrë pa vonesë "
                            "një kujdestar. Një kujdestar nevojitet gjithashtu kur "
                            "prindërit mund të jenë të përfshirë në shfrytëzim ose nuk "
                            "mund ta mbrojnë fëmijën. Kujdestari përfaqëson interesat e "
                            "fëmijës në çdo procedurë.</li><li><b>Mos e ktheni fëmijën në "
                            "familje para një vlerësimi.</b> Në shumë raste në rajon, "
                            "anëtarët e familjes janë të përfshirë në lypjen e detyruar, "
                            "martesën e detyruar ose kriminalitetin e detyruar. Qendra "
                            "për punë sociale vlerëson nëse familja është e "
                            "sigurt.</li><li><b>Prezumimi i moshës.</b> Kur mosha është e "
                            "pasigurt dhe ka arsye për të besuar se personi është fëmijë, "
                            "trajtojeni si fëmijë ndërsa vlerësohet "
                            "mosha.</li><li><b>Asnjë ndalim.</b> Fëmijët nuk duhet të "
                            "mbahen në qelitë e policisë ose në paraburgim për shkak të "
                            "statusit të tyre të migracionit ose për vepra që u detyruan "
                            "të kryejnë.</li><li><b>Procedura miqësore për fëmijët.</b> "
                            "Sa më pak intervista të jetë e mundur, nga specialistë të "
                            "trajnuar, në një vend të përshtatshëm, me praninë e "
                            "kujdestarit. Dëgjoni mendimin e fëmijës dhe shpjegojini "
                            "vendimet me fjalë që fëmija i kupton.</li><li><b>Gjurmimi i "
                            "familjes dhe kthimi</b> vetëm kur janë në interesin më të "
                            "lartë të fëmijës dhe të sigurta.</li><li><b>Vazhdimësia.</b> "
                            "Arsimi, kujdesi shëndetësor dhe kontakti me njerëzit e "
                            "besuar duhet të vazhdojnë.</li></ul><p>Respekti për kulturën "
                            "nuk e justifikon kurrë shfrytëzimin. Lypja e detyruar nuk "
                            "është traditë dhe martesa e një fëmije e rregulluar për para "
                            "nuk është çështje private familjare. Trajtojeni rastin e çdo "
                            "fëmije sipas fakteve, pa paragjykime ndaj asnjë "
                            "komuniteti.</p>",
                        ),
                        (
                            "rich_text",
                            "<h2>Rastet ndërkufitare</h2><p>Shumë raste në rajon kalojnë "
                            "kufijtë. Një person mund të rekrutohet në një vend, të "
                            "kalohet nëpër një tjetër dhe të shfrytëzohet në një të "
                            "tretë. Bashkëpunimi i mirë ndërmjet juridiksioneve të "
                            "rajonit i mbron viktimat dhe ndihmon që trafikantët të "
                            "sillen para drejtësisë.</p><ul><li><b>Përdorni kanalet "
                            "zyrtare.</b> Rastet kalohen përtej kufirit përmes pikave të "
                            "kontaktit të MKR-së dhe koordinatorëve kombëtarë, dhe, për "
                            "anën penale, përmes kanaleve të bashkëpunimit policor dhe "
                            "gjyqësor. Anëtarët e MIT-it nuk organizojnë kthime dhe nuk "
                            "ndajnë dosje rastesh përmes kontakteve "
                            "private.</li><li><b>Referimi transnacional.</b> Disa "
                            "juridiksione në rajon kanë procedura të rëna dakord për "
                            "referimin e viktimave ndërmjet tyre. Procedurat kombëtare "
                            "ndryshojnë, prandaj pyesni koordinatorin tuaj cilat "
                            "marrëveshje zbatohen.</li><li><b>Pëlqimi dhe siguria para "
                            "kontaktimit të vendit të origjinës.</b> Kontakti me një "
                            "ambasadë, konsullatë ose me autoritetet në vendin e "
                            "origjinës bëhet vetëm me pëlqimin e personit dhe pasi të "
                            "jenë menduar rreziqet. Për refugjatët, kontakti me shtetin e "
                            "tyre të origjinës mund të jetë i "
                            "rrezikshëm.</li><li><b>Kthimi i sigurt dhe vullnetar.</b> "
                            "Para çdo kthimi bëhet një vlerësim i rrezikut dhe shërbimet "
                            "në vendin e kthimit janë gati ta presin personin. Një fëmijë "
                            "kthehet vetëm kur kjo është në interesin e tij më të lartë, "
                            "i shoqëruar dhe i dorëzuar te mbrojtja e fëmijës në vendin e "
                            "kthimit.</li><li><b>Të dhënat përtej kufirit.</b> Ndani "
                            "vetëm atë që nevojitet, mbi një bazë ligjore, përmes "
                            "kanaleve të sigurta.</li><li><b>Bashkëpunimi rajonal i "
                            "MIT-eve.</b> Ekipet në të njëjtën rrugë ose në të dyja anët "
                            "e një kufiri mund të shkëmbejnë kontakte, praktika të mira "
                            "dhe paralajmërime për metoda të reja rekrutimi. Niveli "
                            "rajonal i qasjes MIT ekziston pikërisht për këtë.</li></ul>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Djali nga Prizreni",
                                "scenario": "<p>Në një qendër tregtare në Podgoricë, stafi i "
                                "sigurisë ndalon një djalë që ka marrë një "
                                "portofol nga çanta e një gruaje. Policia "
                                "konstaton se ai është kapur dy herë këtë muaj "
                                "duke vjedhur xhepa, çdo herë me një „kushëri” "
                                "tjetër më të madh aty pranë. Djali thotë se "
                                "është 15 vjeç dhe nga Prizreni, në Kosovë*. Ai "
                                "nuk ka dokumente. Thotë se e ka sjellë xhaxhai "
                                "i tij dhe se çdo ditë duhet të sjellë një shumë "
                                "të caktuar parash, përndryshe nuk merr ushqim. "
                                "Ai kërkon të mos kthehet në shtëpi, sepse babai "
                                "i tij „ia shiti xhaxhait për borxhin”.</p>",
                                "questions": [
                                    "A është djali viktimë e mundshme dhe e cilës "
                                    "formë shfrytëzimi?",
                                    "Kush duhet të informohet i pari dhe çfarë "
                                    "duhet të ndodhë me të sonte?",
                                    "Si zbatohet parimi i mosndëshkimit për vjedhjet?",
                                    "Si duhet të kontaktohen shërbimet në Prizren "
                                    "dhe a duhet të kthehet ai në familjen e tij?",
                                ],
                                "discussion": "<p>Ai është një fëmijë viktimë e mundshme e "
                                "trafikimit për kriminalitet të detyruar: një "
                                "fëmijë i zhvendosur përtej kufirit dhe i "
                                "detyruar të vjedhë për të rriturit, me një "
                                "shitje të mundshme nga babai i tij. Meqenëse "
                                "është fëmijë, nuk është e nevojshme të "
                                "provohen mjetet. Mosha e tij prezumohet të "
                                "jetë nën 18 vjeç derisa të "
                                "përcaktohet.</p><p>Qendra për punë sociale "
                                "duhet të informohet menjëherë. Caktohet pa "
                                "vonesë një kujdestar dhe ai vendoset në një "
                                "strehim të sigurt të përshtatshëm për fëmijë, "
                                "jo në një qeli policie. Vjedhjet trajtohen në "
                                "dritën e parimit të mosndëshkimit: prokurori "
                                "informohet për shenjat e trafikimit. Policia "
                                "ia përcjell njësisë kompetente informacionin "
                                "për „xhaxhain” dhe "
                                "„kushërinjtë”.</p><p>Kontakti me Prizrenin "
                                "bëhet përmes pikave të kontaktit të MKR-së "
                                "dhe shërbimeve të mbrojtjes së fëmijës, jo "
                                "përmes kanaleve private. Meqenëse djali thotë "
                                "se babai e ka shitur, ai nuk duhet thjesht të "
                                "kthehet në familjen e tij. Kthimi është i "
                                "mundur vetëm pasi një vlerësim i kujdesshëm "
                                "të tregojë se është i sigurt dhe në interesin "
                                "e tij më të lartë, me dorëzim te shërbimet e "
                                "mbrojtjes së fëmijës atje.</p>",
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Pikat kryesore",
                                "points": [
                                    "Referojeni menjëherë te mbrojtja e fëmijës çdo "
                                    "fëmijë që mund të jetë viktimë; interesi i tij "
                                    "më i lartë vjen i pari.",
                                    "Një fëmijë i pashoqëruar ose i ndarë nga "
                                    "familja, ose një fëmijë prindërit e të cilit "
                                    "mund të jenë të përfshirë, merr pa vonesë një "
                                    "kujdestar.",
                                    "Mos e ktheni një fëmijë në familje para një "
                                    "vlerësimi; mos e ndaloni kurrë një fëmijë për "
                                    "vepra që u detyrua të kryejë.",
                                    "Kalojini rastet ndërkufitare përmes pikave të "
                                    "kontaktit të MKR-së dhe kanaleve zyrtare, jo "
                                    "përmes kontakteve private.",
                                    "Kontaktoni vendin e origjinës vetëm me pëlqim "
                                    "dhe pas një vlerësimi të rrezikut; çdo kthim "
                                    "duhet të jetë i sigurt dhe mundësisht vullnetar.",
                                    "Ekipet përgjatë së njëjtës rrugë mund të "
                                    "bashkëpunojnë përtej kufijve në nivel "
                                    "rajonal.",
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}
