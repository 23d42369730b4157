"""Demo training content: the platform induction and the MIT core curriculum."""

# Short open course every new member takes first.
INDUCTION = {
    "title": "Platform and programme induction",
    "slug": "platform-and-programme-induction",
    "summary": (
        "A short start for every new MIT member: how the training programme works, how "
        "to use this platform on a phone, and how to protect data while you learn."
    ),
    "learning_outcomes": [
        (
            "Describe how the MIT training programme is organised, from the core "
            "curriculum to certificates and continuing education."
        ),
        (
            "Find your assigned courses, lessons, quizzes and certificates on the "
            "platform, also on a phone with a weak connection."
        ),
        "Protect your account and your own personal data on the platform.",
        (
            "Keep personal data of the people you meet in your work out of your "
            "training answers and uploads."
        ),
    ],
    "ce_hours": 1,
    "certificate_validity_months": 36,
    "enrolment_policy": "open",
    "modules": [
        {
            "title": "Getting started",
            "slug": "getting-started",
            "introduction": (
                "<p>Welcome to the MIT Training Platform. These two short lessons "
                "explain how the programme works and how to use the platform safely. "
                "Complete them before you start the core curriculum.</p>"
            ),
            "lessons": [
                {
                    "title": "How the MIT training programme works",
                    "slug": "how-the-programme-works",
                    "summary": (
                        "What you will learn, how courses, certificates and continuing "
                        "education fit together, and whom to ask for help."
                    ),
                    "duration_minutes": 15,
                    "body": [
                        (
                            "rich_text",
                            (
                                "<h2>Welcome</h2>"
                                "<p>This platform trains the members of Mobile "
                                "Identification Teams (MITs) in Bosnia and "
                                "Herzegovina, Serbia, Montenegro and Kosovo*. It is "
                                "run by the MIT Regional Training Programme. Members "
                                "come from many sectors: police, social work, health, "
                                "labour inspection, education, NGOs, border, asylum "
                                "and migration services. The training is the same for "
                                "everyone at the core, so that all members of a team "
                                "share one language and one approach.</p>"
                                "<h2>What you will learn</h2>"
                                "<p>The <b>MIT core curriculum</b> has four "
                                "modules:</p>"
                                "<ol>"
                                "<li>Composition of a Mobile Identification Team</li>"
                                "<li>Roles and responsibilities of team members</li>"
                                "<li>Detection and identification of (potential) "
                                "victims</li>"
                                "<li>The MIT in the national referral "
                                "mechanism</li></ol>"
                                "<p>Each lesson has short texts, a case study from the "
                                "region and a box of key points. Each module ends with "
                                "a quiz of scenario questions.</p>"
                            ),
                        ),
                        (
                            "rich_text",
                            (
                                "<h2>Certificates and continuing education</h2>"
                                "<ul>"
                                "<li>When you complete all lessons and pass the "
                                "quizzes of a course, you receive a certificate as a "
                                "PDF. Anyone can check it is genuine with its QR code "
                                "or verification code.</li>"
                                "<li>Certificates are valid for a limited time. "
                                "Trafficking changes, so your knowledge must be "
                                "renewed. The platform tells you when a certificate is "
                                "about to expire.</li>"
                                "<li>Each completed course gives continuing education "
                                "(CE) hours. The hours you need depend on the rules of "
                                "your sector.</li>"
                                "<li>You can also record training you did elsewhere, "
                                "such as a workshop, with evidence. Your coordinator "
                                "approves it.</li>"
                                "<li>Face-to-face sessions are recorded by the trainer "
                                "and count towards your progress.</li></ul>"
                                "<h2>Whom to ask</h2>"
                                "<ul>"
                                "<li>Questions about lesson content: your trainer.</li>"
                                "<li>Enrolment, certificates and CE hours: your "
                                "national or regional coordinator.</li>"
                                "<li>Team work and field practice: your team "
                                "leader.</li></ul>"
                            ),
                        ),
                        (
                            "key_points",
                            {
                                "title": "Key points",
                                "points": [
                                    (
                                        "The core curriculum has four modules, each "
                                        "with lessons, case studies and a quiz."
                                    ),
                                    (
                                        "Completing a course gives a certificate and "
                                        "CE hours."
                                    ),
                                    "Certificates expire; renew your training in time.",
                                    (
                                        "Record external training with evidence for "
                                        "your coordinator to approve."
                                    ),
                                ],
                            },
                        ),
                    ],
                },
                {
                    "title": "Using the platform on a phone and protecting data",
                    "slug": "using-the-platform-and-protecting-data",
                    "summary": (
                        "How to learn on a phone with weak mobile data, and the data "
                        "protection basics every trainee must follow."
                    ),
                    "duration_minutes": 15,
                    "body": [
                        (
                            "rich_text",
                            (
                                "<h2>Learning on a phone</h2>"
                                "<ul>"
                                "<li>The platform works in the web browser of your "
                                "phone. You do not need to install an app.</li>"
                                "<li>Open <b>My training</b> to see your courses, your "
                                "progress and what to do next.</li>"
                                "<li>Lessons are mostly text, so they load on a weak "
                                "connection. Videos and interactive activities need "
                                "more data; open them when you have Wi-Fi.</li>"
                                "<li>Your progress is saved when you finish a lesson "
                                "or submit a quiz. If the connection drops, open the "
                                "page again and continue.</li>"
                                "<li>You can change the language of the platform in "
                                "your profile.</li>"
                                "<li>Your certificates are in <b>My training</b>. You "
                                "can download them as PDF files.</li></ul>"
                                "<h2>Your own data</h2>"
                                "<p>The platform stores your name, e-mail address, "
                                "organisation, team, sector, preferred language, "
                                "course progress, quiz results, certificates and CE "
                                "records. Your trainers and the coordinators "
                                "responsible for your country or team can see them. "
                                "The public verification page shows only the name on a "
                                "certificate.</p>"
                                "<ul>"
                                "<li>Use a strong password and do not share your "
                                "account.</li>"
                                "<li>Lock your phone with a PIN or fingerprint.</li>"
                                "<li>Log out when you use a shared computer.</li></ul>"
                            ),
                        ),
                        (
                            "rich_text",
                            (
                                "<h2>Other people's data</h2>"
                                "<p>The platform is for training, not for case work. "
                                "<b>Never</b> enter real names, photos, addresses or "
                                "other details of the people you meet in your work: "
                                "not in quiz answers, not in essays, not in comments "
                                "and not in uploaded evidence. When you want to use an "
                                "example from practice, change the details so that "
                                "nobody can be recognised. Before you upload a "
                                "certificate or an attendance list as evidence, remove "
                                "the personal data of other people.</p>"
                            ),
                        ),
                        (
                            "case_study",
                            {
                                "title": "A real case in an essay",
                                "scenario": (
                                    "<p>An essay question asks trainees to describe a "
                                    "difficult first contact. A trainee writes about a "
                                    "case from last month, including the young woman's "
                                    "first name, her home village and the name of the "
                                    "bar where she worked.</p>"
                                ),
                                "questions": [
                                    "What is wrong with this answer?",
                                    (
                                        "How could the trainee write a good answer "
                                        "without these details?"
                                    ),
                                ],
                                "discussion": (
                                    "<p>The answer puts personal data of a potential "
                                    "victim into a training system where trainers and "
                                    "others can read it. Someone could recognise her. "
                                    "The trainee should describe the situation without "
                                    "names, places or dates, for example 'a young "
                                    "woman exploited in a bar in another town', and "
                                    "focus on what the team did and learnt.</p>"
                                ),
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Key points",
                                "points": [
                                    (
                                        "Use the platform in your phone's browser; "
                                        "open videos on Wi-Fi."
                                    ),
                                    (
                                        "Your progress is saved when you finish a "
                                        "lesson or submit a quiz."
                                    ),
                                    (
                                        "Protect your account: strong password, locked "
                                        "phone, log out on shared computers."
                                    ),
                                    (
                                        "Never put real names or details of the people "
                                        "you meet into the platform."
                                    ),
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}

# The four core modules of the regional MIT approach (see CURRICULUM.md).
# Wherever Kosovo is named it is written 'Kosovo*'; the platform renders
# the footnote.
CORE_COURSE = {
    "title": "MIT core curriculum: detection, identification and referral",
    "slug": "mit-core-curriculum",
    "summary": (
        "The four core modules for members of Mobile Identification Teams: how a team "
        "is composed, the roles of its members, how to detect and identify (potential) "
        "victims of trafficking, and how the team works within the national referral "
        "mechanism."
    ),
    "learning_outcomes": [
        (
            "Explain why identifying victims of trafficking needs a multidisciplinary "
            "team, and what each sector brings to it."
        ),
        (
            "Describe how an MIT is mandated, led, supported and funded, and what lies "
            "outside its role."
        ),
        (
            "Carry out your role in outreach, first contact and follow-up, and keep "
            "records that protect personal data."
        ),
        (
            "Work safely in the field and handle conflicts between your sector's "
            "duties and the interests of the person."
        ),
        (
            "Apply the international definition of trafficking, including the rule for "
            "children, and tell trafficking apart from smuggling."
        ),
        (
            "Recognise (potential) victims using the ILO indicators of forced labour "
            "and the indicators for children and people on the move, and make a "
            "victim-centred, trauma-informed first contact."
        ),
        (
            "Refer potential victims through the national referral mechanism in line "
            "with the Council of Europe Convention, including children and "
            "cross-border cases."
        ),
    ],
    "ce_hours": 12,
    "certificate_validity_months": 24,
    "enrolment_policy": "enrolment",
    "modules": [
        {
            "title": "Composition of a Mobile Identification Team",
            "slug": "composition",
            "introduction": (
                "<p>Trafficking is hidden, and no single profession can recognise it "
                "alone. This module explains why identification needs a team, which "
                "sectors an MIT draws on and what each one brings, and how a team is "
                "formed, led and supported.</p>"
                "<p>It ends with the limits of the team: an MIT recognises and refers; "
                "it does not investigate or prosecute.</p>"
            ),
            "lessons": [
                {
                    "title": "Why identification needs a team",
                    "slug": "why-identification-needs-a-team",
                    "summary": (
                        "Why victims of trafficking are rarely found by waiting, and "
                        "why a team of several professions finds them earlier."
                    ),
                    "duration_minutes": 25,
                    "body": [
                        (
                            "rich_text",
                            (
                                "<h2>Trafficking is hidden</h2>"
                                "<p>Trafficking in human beings is a crime that tries "
                                "not to be seen. Victims rarely walk into a police "
                                "station and say: 'I am a victim of trafficking.' Many "
                                "do not know the word. Many do not see themselves as "
                                "victims. Some are afraid of the police, of "
                                "deportation or of the people who control them. Some "
                                "believe they owe a debt and must pay it first. "
                                "Children may think that what happens to them is "
                                "normal.</p>"
                                "<p>So waiting for victims to come forward does not "
                                "work. Professionals must go to the places where "
                                "exploitation happens and learn to recognise the "
                                "signs. This is called <b>proactive "
                                "identification</b>.</p>"
                                "<h2>What a Mobile Identification Team is</h2>"
                                "<p>A Mobile Identification Team (MIT) is a small "
                                "multidisciplinary team of professionals from state "
                                "institutions and non-governmental organisations "
                                "(NGOs). The team works in the field and in the "
                                "community. Its task is the <b>early recognition</b> "
                                "of (potential) victims of trafficking and their quick "
                                "referral to protection and assistance.</p>"
                                "<p>The word <i>mobile</i> matters. The team does not "
                                "wait in an office. It goes to bus and railway "
                                "stations, to farms in the harvest season, to "
                                "construction sites and markets, to informal "
                                "settlements, to reception and transit centres, and to "
                                "other places where people on the move stop or "
                                "gather.</p>"
                                "<h2>Who the teams look for</h2>"
                                "<ul>"
                                "<li>Local groups that are vulnerable to trafficking, "
                                "for example members of the Roma community who face "
                                "poverty, discrimination and exclusion from school and "
                                "work.</li>"
                                "<li>Migrants, refugees and asylum seekers on the "
                                "move, who can be exploited during the journey or "
                                "while they wait.</li>"
                                "<li>Children in both groups, who are at special "
                                "risk.</li></ul>"
                            ),
                        ),
                        (
                            "rich_text",
                            (
                                "<h2>Why one profession is not enough</h2>"
                                "<p>Each profession sees only part of the picture. A "
                                "teacher notices that a girl has stopped coming to "
                                "school. A nurse sees injuries that do not match the "
                                "story she is told. A labour inspector sees that "
                                "workers have no contracts. A police officer knows "
                                "that one car has crossed the border many times with "
                                "different passengers. An outreach worker hears what "
                                "people in a settlement say but would never tell an "
                                "official.</p>"
                                "<p>One sign alone is usually not enough to recognise "
                                "trafficking. When these professionals sit at one "
                                "table, the signs connect. This is the main reason for "
                                "a team.</p>"
                                "<p>A team also brings different powers and different "
                                "ways of building trust. Some people will speak only "
                                "to an NGO worker. Some situations need the police to "
                                "keep everyone safe. A child needs the centre for "
                                "social work. A sick or injured person needs a health "
                                "worker. When all of them are in one team, the person "
                                "gets the right help faster and is not sent from "
                                "office to office, telling the same painful story "
                                "again and again.</p>"
                                "<h2>Two levels of work</h2>"
                                "<p>The MIT approach in the Western Balkans works on "
                                "two levels:</p>"
                                "<ul>"
                                "<li><b>Regional level:</b> mapping how teams work in "
                                "different places, exchanging good practice, and "
                                "agreeing on a unified MIT approach across Bosnia and "
                                "Herzegovina, Serbia, Montenegro and Kosovo*.</li>"
                                "<li><b>Local level:</b> establishing teams in "
                                "municipalities and keeping them working.</li></ul>"
                                "<p>In the first cohort of the programme, about 30 "
                                "professionals were trained, 14 teams were established "
                                "(4 in Bosnia and Herzegovina, 4 in Serbia, 3 in "
                                "Montenegro and 3 in Kosovo*), and the teams "
                                "identified 36 (potential) victims.</p>"
                            ),
                        ),
                        (
                            "rich_text",
                            (
                                "<h2>What the first teams learnt</h2>"
                                "<ul>"
                                "<li>Teams work best when they are part of the "
                                "existing referral mechanism and have a sustainable "
                                "budget. A team that depends on one short project or "
                                "one enthusiastic person does not last.</li>"
                                "<li>The multi-sectoral approach is essential. A team "
                                "made of one sector is not an MIT.</li>"
                                "<li>Trafficking changes all the time: new routes, new "
                                "ways of recruiting online, new forms of exploitation. "
                                "Members must renew their knowledge regularly, in line "
                                "with their own sector.</li>"
                                "<li>The public should know that the teams exist and "
                                "what they do. People who know about the team can tell "
                                "it about situations that worry them.</li></ul>"
                            ),
                        ),
                        (
                            "case_study",
                            {
                                "title": "Three pieces of one picture",
                                "scenario": (
                                    "<p>In a small town, a primary school teacher "
                                    "tells the school pedagogue that Elvira, a "
                                    "14-year-old girl from the Roma settlement, has "
                                    "not come to school for three weeks. The pedagogue "
                                    "calls the family, but nobody answers.</p>"
                                    "<p>In the same week, an NGO outreach worker hears "
                                    "women in the settlement talk about Elvira's "
                                    "'engagement' and a sum of money paid to her "
                                    "father by a family from another country. A few "
                                    "days earlier, a police officer checked a car with "
                                    "foreign plates parked near the settlement. The "
                                    "two men in it said they were visiting "
                                    "relatives.</p>"
                                    "<p>Each of the three professionals thinks that "
                                    "what they know is too small to act on.</p>"
                                ),
                                "questions": [
                                    (
                                        "What does each professional know, and what "
                                        "does each one not know?"
                                    ),
                                    (
                                        "Which form of exploitation could this be, and "
                                        "why is Elvira's age important?"
                                    ),
                                    (
                                        "How would things be different if the three "
                                        "were members of the same MIT?"
                                    ),
                                    (
                                        "Who should make the first contact with Elvira "
                                        "and her family, and why?"
                                    ),
                                ],
                                "discussion": (
                                    "<p>Alone, each signal is weak. Together they "
                                    "point to a possible child marriage arranged for "
                                    "money, which can be a form of trafficking. "
                                    "Because Elvira is a child, nobody needs to show "
                                    "force or deception. In an MIT, the three would "
                                    "share what they know at once, through a secure "
                                    "channel, because she may be taken away soon.</p>"
                                    "<p>The centre for social work should lead, "
                                    "because child protection is its legal duty. The "
                                    "school and the outreach worker, who knows the "
                                    "community, help to reach Elvira. The police "
                                    "prepare to act if she is in immediate danger, but "
                                    "a uniformed visit as the first step could make "
                                    "the family move her quickly. The team refers the "
                                    "case to child protection and to the national "
                                    "referral mechanism without delay.</p>"
                                ),
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Key points",
                                "points": [
                                    (
                                        "Victims rarely identify themselves, so "
                                        "identification must be proactive and take "
                                        "place in the field."
                                    ),
                                    (
                                        "An MIT is a multidisciplinary team of state "
                                        "and NGO professionals who work in the field "
                                        "and in the community."
                                    ),
                                    (
                                        "Its main target groups are vulnerable local "
                                        "groups, such as Roma communities, and people "
                                        "on the move."
                                    ),
                                    (
                                        "Each profession sees only part of the "
                                        "picture; in a team, the signs connect."
                                    ),
                                    (
                                        "Teams last when they are part of the referral "
                                        "mechanism, have a budget and renew their "
                                        "skills."
                                    ),
                                ],
                            },
                        ),
                    ],
                },
                {
                    "title": "The sectors in a team and what each brings",
                    "slug": "sectors-and-what-each-brings",
                    "summary": (
                        "The professions an MIT draws on, what each one adds, and how "
                        "to choose the right mix for a municipality."
                    ),
                    "duration_minutes": 30,
                    "body": [
                        (
                            "rich_text",
                            (
                                "<h2>Core and supporting members</h2>"
                                "<p>There is no single model of an MIT. Its "
                                "composition depends on the local situation: who is at "
                                "risk, where exploitation is likely to happen, which "
                                "languages people speak and which services exist. Most "
                                "teams have a <b>core</b> of three to six members who "
                                "meet regularly and go into the field together. Around "
                                "the core there is a circle of <b>supporting</b> "
                                "professionals who join when a case needs them.</p>"
                                "<p>The sectors below are the usual building blocks. "
                                "For each one, think about two questions: what can "
                                "this sector do that others cannot, and when can its "
                                "presence make contact harder?</p>"
                                "<h2>Police</h2>"
                                "<p>Police officers know local crime patterns and the "
                                "people who organise them. They can protect a person "
                                "in immediate danger, check information through "
                                "official channels and pass a case to specialised "
                                "investigators. In the field they are responsible for "
                                "the safety of the team. But many victims fear the "
                                "police, often because exploiters told them that the "
                                "police will arrest or deport them. A uniform can "
                                "close a door that a plain-clothes officer or an "
                                "outreach worker could open.</p>"
                                "<h2>Centres for social work</h2>"
                                "<p>Social workers have the legal responsibility for "
                                "child protection and for people who need care. In "
                                "most places they can place a child in safe care, "
                                "start the appointment of a guardian, and arrange "
                                "accommodation and financial support. They often know "
                                "the families of the municipality well. In any case "
                                "involving a child, the centre for social work must be "
                                "involved.</p>"
                                "<h2>Health</h2>"
                                "<p>Health workers meet people who are otherwise "
                                "hidden: in emergency departments, in gynaecology and "
                                "maternity services, in primary care and in mobile "
                                "clinics. They can assess and treat injuries, "
                                "infections, pregnancy, addiction and mental health "
                                "problems. Medical confidentiality helps people trust "
                                "them. An offer of a health check is often the easiest "
                                "way to start a conversation.</p>"
                            ),
                        ),
                        (
                            "rich_text",
                            (
                                "<h2>Labour inspection</h2>"
                                "<p>Labour inspectors have the right to enter "
                                "workplaces and to check contracts, wages, working "
                                "hours, and health and safety. They see the sectors "
                                "where labour exploitation often hides: agriculture, "
                                "construction, hospitality, textile workshops and "
                                "seasonal work. Their access to private homes, for "
                                "example in cases of domestic work, is usually "
                                "limited. An inspection visit is a lawful reason to be "
                                "at a workplace and to speak with workers.</p>"
                                "<h2>Education</h2>"
                                "<p>Teachers, school pedagogues and school "
                                "psychologists see children every day. They notice "
                                "absence, dropping out, sudden changes in behaviour, "
                                "tiredness, injuries and new 'friends' who wait "
                                "outside the school. They can reach parents, and later "
                                "they help a child return to school as part of "
                                "recovery.</p>"
                                "<h2>NGOs doing outreach</h2>"
                                "<p>NGO outreach workers go where officials rarely go "
                                "and at hours when offices are closed. They often "
                                "speak the community's language, and some are members "
                                "of the community, for example Roma mediators. People "
                                "who fear institutions may trust them. Many NGOs also "
                                "run shelters, helplines, legal aid and psychological "
                                "support, so they are both a source of cases and a "
                                "provider of help.</p>"
                                "<h2>Interpreters and cultural mediators</h2>"
                                "<p>Without a common language there is no "
                                "identification. An interpreter translates accurately "
                                "and neutrally. A cultural mediator also explains the "
                                "cultural background and helps build trust. Both must "
                                "be trained, bound by confidentiality and free of any "
                                "link to the people who control the person.</p>"
                                "<h2>Asylum and migration services and border "
                                "police</h2>"
                                "<p>These services work in reception and transit "
                                "centres and at borders. They register people, know "
                                "the routes and see how smuggling networks operate. "
                                "They are well placed to notice people on the move who "
                                "are controlled by others, and to make sure that a "
                                "person with signs of trafficking is not returned "
                                "before the situation is clarified.</p>"
                                "<h2>Others who support the team</h2>"
                                "<p>Local government can give the team premises, a "
                                "budget, transport and access to local services. "
                                "Prosecutors and judges are not usually team members, "
                                "but the team should know whom to contact in the "
                                "prosecution service when a case needs urgent legal "
                                "action.</p>"
                            ),
                        ),
                        (
                            "rich_text",
                            (
                                "<h2>Choosing the right mix</h2>"
                                "<p>When a team is formed, or when its work changes, "
                                "ask:</p>"
                                "<ul>"
                                "<li>Which groups are at risk here, and where do they "
                                "live, work or pass through?</li>"
                                "<li>Which languages do they speak? Where will "
                                "interpreters come from?</li>"
                                "<li>Does the team have both women and men, so that a "
                                "person can choose to speak to someone of their own "
                                "gender?</li>"
                                "<li>Which members can go into the field, and at which "
                                "hours?</li>"
                                "<li>Which services are missing locally, and who in "
                                "the region can provide them?</li></ul>"
                                "<p>A good team is not the largest team. It is a team "
                                "in which each member knows what the others can do.</p>"
                            ),
                        ),
                        (
                            "case_study",
                            {
                                "title": "A new team on the migration route",
                                "scenario": (
                                    "<p>A municipality lies on a main migration route. "
                                    "It has a transit reception centre for migrants "
                                    "and asylum seekers, large farms that hire "
                                    "seasonal workers in summer and autumn, and a Roma "
                                    "settlement at the edge of the town. The mayor "
                                    "asks for an MIT to be set up.</p>"
                                    "<p>The first list of proposed members has two "
                                    "police officers from the local station and one "
                                    "social worker. The police station commander says "
                                    "that this is enough, because 'trafficking is a "
                                    "police matter'.</p>"
                                ),
                                "questions": [
                                    "Which sectors are missing from the proposed list?",
                                    (
                                        "Which languages will the team probably need, "
                                        "and how can it get them?"
                                    ),
                                    (
                                        "Who should lead contact in the transit "
                                        "centre, on the farms and in the settlement?"
                                    ),
                                    "How would you answer the commander?",
                                ],
                                "discussion": (
                                    "<p>The list is missing the sectors that open the "
                                    "most doors. Outreach staff from an NGO, ideally "
                                    "including a Roma mediator, can reach the "
                                    "settlement. The asylum and migration service "
                                    "knows the transit centre. A labour inspector has "
                                    "lawful access to the farms. A health worker and a "
                                    "school representative can join as supporting "
                                    "members. The team needs interpreters for the main "
                                    "languages spoken in the centre, arranged in "
                                    "advance, and it needs both women and men.</p>"
                                    "<p>In the transit centre, staff of the centre and "
                                    "NGO workers should lead contact; on the farms, "
                                    "the labour inspector; in the settlement, the "
                                    "outreach worker and the centre for social work. "
                                    "The police remain essential for safety and for "
                                    "passing cases to investigators. The answer to the "
                                    "commander is that trafficking is a crime, but "
                                    "identification is a shared task: many victims "
                                    "will never speak to the police first.</p>"
                                ),
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Key points",
                                "points": [
                                    (
                                        "There is no single model: the local situation "
                                        "decides who is in the team."
                                    ),
                                    (
                                        "Police bring safety and links to "
                                        "investigators; social work brings child "
                                        "protection and care."
                                    ),
                                    (
                                        "Health, labour inspection and education reach "
                                        "people in clinics, workplaces and schools."
                                    ),
                                    (
                                        "NGO outreach workers and cultural mediators "
                                        "build trust where institutions cannot."
                                    ),
                                    (
                                        "Interpreters must be trained, neutral and "
                                        "bound by confidentiality."
                                    ),
                                    (
                                        "Include women and men, so that a person can "
                                        "choose whom to speak to."
                                    ),
                                ],
                            },
                        ),
                    ],
                },
                {
                    "title": "Forming, leading and supporting a team",
                    "slug": "forming-leading-and-supporting-a-team",
                    "summary": (
                        "The mandate, protocol of cooperation, duty roster, "
                        "supervision and budget that keep a team working, and the "
                        "limits of its role."
                    ),
                    "duration_minutes": 30,
                    "body": [
                        (
                            "rich_text",
                            (
                                "<h2>A team needs a mandate</h2>"
                                "<p>An MIT is not a group of friends who help each "
                                "other. It needs a formal <b>mandate</b>: a written "
                                "decision that says the team exists, what it is for, "
                                "where it works and how it fits into the referral "
                                "mechanism. Depending on the country, the mandate may "
                                "come from the national anti-trafficking coordinator, "
                                "from a ministry, from the municipality or from an "
                                "agreement signed by the institutions involved. "
                                "National procedures differ, so check which basis "
                                "applies where you work.</p>"
                                "<p>Without a mandate, employers may not release their "
                                "staff for team work, and members may have no legal "
                                "basis to share information with each other.</p>"
                                "<h2>The protocol of cooperation</h2>"
                                "<p>The institutions that send members to the team "
                                "usually sign a <b>protocol of cooperation</b>. A good "
                                "protocol states:</p>"
                                "<ul>"
                                "<li>the purpose of the team, its area and its target "
                                "groups;</li>"
                                "<li>which institutions take part and how they "
                                "nominate members and deputies;</li>"
                                "<li>the tasks of each institution in outreach, first "
                                "contact and follow-up;</li>"
                                "<li>how members are released from their regular "
                                "duties for team work;</li>"
                                "<li>how information is shared, recorded and "
                                "protected;</li>"
                                "<li>the referral routes and the contacts in the "
                                "national referral mechanism;</li>"
                                "<li>how often the team meets and to whom it "
                                "reports;</li>"
                                "<li>who pays for what;</li>"
                                "<li>when the protocol will be reviewed.</li></ul>"
                            ),
                        ),
                        (
                            "rich_text",
                            (
                                "<h2>Leadership</h2>"
                                "<p>Each team has a <b>team leader</b> and a "
                                "<b>deputy</b>. The leader calls meetings, plans "
                                "outreach with the members, keeps contact with the "
                                "national or local referral coordinator, makes sure "
                                "that records are kept and reports on the team's work. "
                                "Leadership is not about rank. Decisions about a "
                                "person are taken together, and each member acts "
                                "within the mandate of their own institution.</p>"
                                "<h2>The duty roster</h2>"
                                "<p>Trafficked people do not appear only during office "
                                "hours. A <b>duty roster</b> shows who can be called "
                                "on which days and at which hours, including nights "
                                "and weekends if the team covers them. It lists the "
                                "phone numbers for emergency accommodation and for "
                                "child protection out of hours. The roster is shared "
                                "with the partners who may call the team, such as the "
                                "reception centre, the hospital or the bus station "
                                "security staff.</p>"
                                "<h2>Supervision and care for the team</h2>"
                                "<p>Team members hear hard stories and see people in "
                                "great need. Over time this can cause stress, burnout "
                                "and vicarious trauma. Good teams plan for it:</p>"
                                "<ul>"
                                "<li>regular case review meetings, where members "
                                "discuss difficult cases and decisions;</li>"
                                "<li>a short debrief after every difficult "
                                "contact;</li>"
                                "<li>access to professional supervision, from the "
                                "member's own institution or from an external "
                                "supervisor;</li>"
                                "<li>regular training, because trafficking changes and "
                                "skills must be renewed.</li></ul>"
                                "<h2>A budget</h2>"
                                "<p>A team without a budget stops working when the "
                                "first project ends. Typical costs are transport and "
                                "fuel, mobile phones and airtime, interpreters, "
                                "emergency needs (food, clothes, hygiene items, a "
                                "night of safe accommodation), information leaflets, "
                                "training and the working time of members. The first "
                                "teams learnt that it is best when these costs are "
                                "part of the regular budget of the municipality or the "
                                "institutions, not only of a project.</p>"
                            ),
                        ),
                        (
                            "rich_text",
                            (
                                "<h2>What the team does not do</h2>"
                                "<p>An MIT <b>recognises and refers</b>. Being clear "
                                "about its limits protects the person, the members and "
                                "any later criminal case. The team does not:</p>"
                                "<ul>"
                                "<li>investigate crimes or collect evidence for a "
                                "prosecution;</li>"
                                "<li>arrest, charge or prosecute anyone;</li>"
                                "<li>formally identify victims, where the law gives "
                                "that task to a competent authority;</li>"
                                "<li>replace shelters, health care, legal aid or other "
                                "specialised services;</li>"
                                "<li>promise results it cannot deliver, such as a "
                                "residence permit, money or a job.</li></ul>"
                                "<p>When a member learns of a possible crime, the "
                                "police member passes the information to the competent "
                                "unit through the proper channel. Interviews done "
                                "badly by people who are not trained for them can harm "
                                "both the person and the evidence.</p>"
                            ),
                        ),
                        (
                            "case_study",
                            {
                                "title": "The bar on the main road",
                                "scenario": (
                                    "<p>The team hears from several sources that young "
                                    "women working in a bar on the main road may be "
                                    "controlled by the owner. They live above the bar "
                                    "and are never seen in town alone.</p>"
                                    "<p>At the team meeting, one member proposes that "
                                    "two members go to the bar in the evening as "
                                    "customers, take photos of the women and the owner "
                                    "with their phones, and ask the women directly "
                                    "whether they are being forced. Another member "
                                    "says the team should do nothing until the police "
                                    "have finished an investigation.</p>"
                                ),
                                "questions": [
                                    (
                                        "Is the first proposal within the MIT's "
                                        "mandate? What are the risks?"
                                    ),
                                    "Is the second proposal right?",
                                    (
                                        "What should the team do instead, and who "
                                        "should be informed?"
                                    ),
                                ],
                                "discussion": (
                                    "<p>Going in as customers and taking photos is "
                                    "evidence gathering, which is not the team's task. "
                                    "It puts the women at risk of punishment by the "
                                    "owner, it puts the members at risk, and it may "
                                    "damage a police investigation. Asking the women "
                                    "directly in front of the owner or other staff is "
                                    "unsafe.</p>"
                                    "<p>Doing nothing is also wrong: the women may "
                                    "need help now. The police member should inform "
                                    "the specialised unit through the proper channel "
                                    "and agree with it on how the team can act without "
                                    "harming an investigation. The team can then plan "
                                    "a lawful and safe contact, for example a labour "
                                    "inspection visit with an NGO outreach worker "
                                    "present, or an outreach visit offering health "
                                    "information. The decision and the reasons for it "
                                    "are recorded.</p>"
                                ),
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Key points",
                                "points": [
                                    (
                                        "A team needs a formal mandate and a signed "
                                        "protocol of cooperation; national procedures "
                                        "differ."
                                    ),
                                    (
                                        "The leader and deputy coordinate; decisions "
                                        "about a person are taken together."
                                    ),
                                    (
                                        "A duty roster makes the team reachable when "
                                        "people need it, not only in office hours."
                                    ),
                                    (
                                        "Supervision, debriefing and regular training "
                                        "protect members and keep skills current."
                                    ),
                                    (
                                        "A sustainable budget, ideally in regular "
                                        "institutional budgets, keeps the team working."
                                    ),
                                    (
                                        "The team recognises and refers; it does not "
                                        "investigate, prosecute or formally identify."
                                    ),
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Roles and responsibilities of team members",
            "slug": "roles-and-responsibilities",
            "introduction": (
                "<p>A team works well when every member knows their role before the "
                "team goes out. This module describes the role of each member during "
                "outreach, first contact and follow-up, and who records what.</p>"
                "<p>It also covers confidentiality and data protection, staff safety "
                "in the field, and what to do when the duties of your own sector seem "
                "to conflict with the interests of the person you are trying to "
                "help.</p>"
            ),
            "lessons": [
                {
                    "title": "Roles in outreach, first contact and follow-up",
                    "slug": "roles-in-outreach-first-contact-and-follow-up",
                    "summary": (
                        "Who does what when the team prepares, goes into the field, "
                        "meets a person and follows up the case."
                    ),
                    "duration_minutes": 30,
                    "body": [
                        (
                            "rich_text",
                            (
                                "<h2>Three phases of MIT work</h2>"
                                "<p>The work of an MIT has three phases: "
                                "<b>outreach</b>, <b>first contact</b> and "
                                "<b>follow-up</b>. In each phase, every member should "
                                "know their role. Roles are agreed before the team "
                                "goes into the field, not decided on the spot in front "
                                "of a frightened person.</p>"
                                "<h2>Preparing outreach</h2>"
                                "<p>Good outreach starts at the team table. The "
                                "team:</p>"
                                "<ul>"
                                "<li>maps the places where people at risk live, work "
                                "or pass through, such as bus and railway stations, "
                                "farms, construction sites, markets, car washes, bars, "
                                "informal settlements and transit areas;</li>"
                                "<li>chooses the right time: the harvest or tourist "
                                "season, early morning when day labourers are picked "
                                "up, evenings and weekends;</li>"
                                "<li>decides who goes, who leads and who stays on "
                                "call;</li>"
                                "<li>checks the safety of the place (see the lesson on "
                                "staff safety);</li>"
                                "<li>takes what is needed: identity cards of the "
                                "members, leaflets in the right languages, a list of "
                                "emergency contacts, water, a charged phone.</li></ul>"
                                "<h2>Outreach</h2>"
                                "<p>The aim of outreach is to be seen, to build trust, "
                                "to give information and to notice signs. It is not an "
                                "interrogation. Usually:</p>"
                                "<ul>"
                                "<li><b>NGO outreach workers and cultural "
                                "mediators</b> lead, because people talk to them more "
                                "easily;</li>"
                                "<li><b>social workers</b> join, especially where "
                                "children or families are involved;</li>"
                                "<li><b>police officers</b> wear plain clothes or stay "
                                "in the background, unless safety requires "
                                "otherwise;</li>"
                                "<li>at workplaces, the <b>labour inspector</b> leads, "
                                "because the inspection gives the team a lawful reason "
                                "to be there;</li>"
                                "<li>a <b>health worker</b> can offer basic health "
                                "checks or information, which often opens a "
                                "conversation.</li></ul>"
                            ),
                        ),
                        (
                            "rich_text",
                            (
                                "<h2>First contact</h2>"
                                "<p>First contact begins when the team meets a person "
                                "who shows signs of trafficking. It is the most "
                                "sensitive moment. The person may be afraid, hurt, "
                                "watched by someone, or simply not interested. The "
                                "team agrees on these roles:</p>"
                                "<ul>"
                                "<li><b>Lead contact person.</b> One member speaks. "
                                "Choose this person by what the person you are meeting "
                                "needs (language, gender, trust), not by rank.</li>"
                                "<li><b>Second member.</b> Stays close, watches the "
                                "surroundings, takes brief notes after the "
                                "conversation and helps if needed.</li>"
                                "<li><b>Interpreter or cultural mediator</b>, where "
                                "the person does not speak the member's language "
                                "well.</li>"
                                "<li><b>On-call member or team leader.</b> Arranges "
                                "what is needed next: emergency accommodation, a "
                                "doctor, the centre for social work, a call to the "
                                "referral coordinator.</li></ul>"
                                "<p>Some tasks belong to one sector. If the person is "
                                "a child, the social worker takes the lead on "
                                "protection. If there is immediate danger, the police "
                                "act to protect. If the person is injured or ill, the "
                                "health worker decides on urgent care. Other members "
                                "support, and nobody acts outside their own "
                                "mandate.</p>"
                                "<h2>Follow-up</h2>"
                                "<p>After first contact, one member becomes the "
                                "<b>case owner</b> for the team. The case owner:</p>"
                                "<ul>"
                                "<li>completes the referral to the competent authority "
                                "or service, as the national referral mechanism "
                                "requires;</li>"
                                "<li>keeps contact with the person, if the person "
                                "agrees, and accompanies them where useful;</li>"
                                "<li>checks that the promised help has really "
                                "arrived;</li>"
                                "<li>reports back to the team and closes the case in "
                                "the team's records when the team's part "
                                "ends.</li></ul>"
                                "<p>If an adult refuses help, respect the decision. "
                                "Leave information on how to reach the team and keep "
                                "the door open. Many people accept help only at the "
                                "second or third contact. If a child is at risk, or "
                                "anyone is in immediate danger, the team must act even "
                                "without consent, within the law.</p>"
                            ),
                        ),
                        (
                            "case_study",
                            {
                                "title": "The boy at the bus station",
                                "scenario": (
                                    "<p>It is a cold evening at the main bus station. "
                                    "The team's NGO outreach worker sees a boy of "
                                    "about eight asking travellers for money. A man in "
                                    "his thirties stands near the ticket office. He "
                                    "watches the boy and talks on his phone. Twice the "
                                    "boy goes to the man and gives him coins.</p>"
                                    "<p>Tonight the team in the field is the outreach "
                                    "worker, a social worker and a police officer in "
                                    "plain clothes.</p>"
                                ),
                                "questions": [
                                    "Who should approach the boy, and how?",
                                    "What is the police officer's role at this moment?",
                                    (
                                        "What should the team do if the man comes over "
                                        "and says he is the boy's father?"
                                    ),
                                    (
                                        "What happens next tonight, and who follows up "
                                        "tomorrow?"
                                    ),
                                ],
                                "discussion": (
                                    "<p>The outreach worker and the social worker "
                                    "approach the boy calmly, at his eye level, and "
                                    "offer something warm to drink. They speak simply "
                                    "and do not accuse anyone. The police officer "
                                    "keeps the man in view, protects the team and "
                                    "prepares to act if the man tries to take the boy "
                                    "away or becomes aggressive.</p>"
                                    "<p>A child begging at night in the cold, handing "
                                    "money to an adult, is a child at risk whoever the "
                                    "adult is. If the man says he is the father, the "
                                    "social worker takes the lead: being a parent does "
                                    "not make exploitation acceptable, and the centre "
                                    "for social work has the duty to assess the boy's "
                                    "safety. The police officer can check the man's "
                                    "identity. If the boy cannot safely stay with the "
                                    "adult tonight, child protection places him in "
                                    "safe care. The social worker becomes case owner "
                                    "and follows up the next day with the family, the "
                                    "school and the referral mechanism.</p>"
                                ),
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Key points",
                                "points": [
                                    (
                                        "Agree roles before going into the field: who "
                                        "leads, who observes, who stays on call."
                                    ),
                                    (
                                        "Outreach is about being seen, building trust "
                                        "and noticing signs, not questioning."
                                    ),
                                    (
                                        "In first contact one person speaks; choose "
                                        "them by the person's needs, not by rank."
                                    ),
                                    (
                                        "With children, the social worker leads on "
                                        "protection; in danger, the police protect."
                                    ),
                                    (
                                        "A named case owner completes the referral and "
                                        "checks that help has arrived."
                                    ),
                                    (
                                        "Respect an adult's refusal, keep the door "
                                        "open, and act at once if a child is at risk."
                                    ),
                                ],
                            },
                        ),
                    ],
                },
                {
                    "title": "Recording, confidentiality and data protection",
                    "slug": "recording-confidentiality-and-data-protection",
                    "summary": (
                        "Who records what, how to write a useful record, and how to "
                        "protect the personal data of the people the team meets."
                    ),
                    "duration_minutes": 30,
                    "body": [
                        (
                            "rich_text",
                            (
                                "<h2>Why records matter</h2>"
                                "<p>Good records help the person get the right help "
                                "without telling the story many times. They help the "
                                "team learn from its work, and they give the referral "
                                "mechanism what it needs to act. But records about "
                                "victims of trafficking are among the most sensitive "
                                "data any service holds. In the wrong hands they can "
                                "lead exploiters to the person, expose the person to "
                                "shame in the community, or cause trouble for family "
                                "members at home.</p>"
                                "<h2>Who records what</h2>"
                                "<ul>"
                                "<li><b>Outreach log</b> (kept by the team leader or a "
                                "named member): date, place, members present, how many "
                                "people were contacted, general observations. No "
                                "names.</li>"
                                "<li><b>Observation note</b> (by the member who saw "
                                "it): the signs of trafficking that were seen or "
                                "heard, with time and place.</li>"
                                "<li><b>First contact record</b> (usually by the "
                                "second member, not the person who led the "
                                "conversation): who was present, including the "
                                "interpreter; what the person said, in their own words "
                                "where possible; what they were told about their "
                                "rights and about what happens to their information; "
                                "whether they agreed; what was done.</li>"
                                "<li><b>Referral form</b> (by the case owner): in the "
                                "format required by the national referral "
                                "mechanism.</li>"
                                "<li><b>Sector records</b>: each member also keeps the "
                                "records their own institution requires, such as a "
                                "police report, a social work file or a medical "
                                "record, under the rules of that institution.</li></ul>"
                                "<h2>How to write a record</h2>"
                                "<ul>"
                                "<li>Write facts: what you saw, what you heard, who "
                                "said it, when and where.</li>"
                                "<li>Keep facts and opinions apart. If you give an "
                                "opinion, say that it is your opinion and why.</li>"
                                "<li>Use the person's own words in quotation marks "
                                "when they matter.</li>"
                                "<li>Do not use labels such as 'prostitute' or "
                                "'illegal'. Describe the situation instead.</li>"
                                "<li>Write as soon as possible after the contact, but "
                                "not in front of the person unless they "
                                "agree.</li></ul>"
                            ),
                        ),
                        (
                            "rich_text",
                            (
                                "<h2>Data protection principles</h2>"
                                "<p>Bosnia and Herzegovina, Serbia, Montenegro and "
                                "Kosovo* each have a data protection law and a "
                                "supervisory authority. The rules differ in detail, so "
                                "follow the law and your institution's procedures. The "
                                "main principles are the same everywhere:</p>"
                                "<ul>"
                                "<li><b>Purpose.</b> Collect personal data only to "
                                "protect and assist the person, and do not use it for "
                                "anything else.</li>"
                                "<li><b>Minimisation.</b> Collect only what is needed "
                                "for the next step. You do not need the whole life "
                                "story to make a referral.</li>"
                                "<li><b>Consent.</b> Explain, in a language the person "
                                "understands, what you will record, who will see it "
                                "and why. Consent must be free and can be withdrawn. "
                                "For a child, hear the child's views and involve the "
                                "guardian or the centre for social work; do not rely "
                                "on the consent of an adult who may be the "
                                "exploiter.</li>"
                                "<li><b>Accuracy.</b> Correct mistakes when you find "
                                "them.</li>"
                                "<li><b>Security.</b> Protect data against loss, theft "
                                "and curious eyes.</li>"
                                "<li><b>Need to know.</b> Share data only with those "
                                "who need it for the person's protection, on a legal "
                                "basis or with consent, and record what you shared and "
                                "with whom.</li>"
                                "<li><b>Time limits.</b> Keep data only as long as the "
                                "rules allow.</li></ul>"
                                "<h2>Secure storage and channels</h2>"
                                "<ul>"
                                "<li>Keep paper records in a locked cabinet, and "
                                "electronic records only on your institution's "
                                "protected systems.</li>"
                                "<li>Use devices with a password or PIN and "
                                "encryption. Report a lost phone or laptop at "
                                "once.</li>"
                                "<li>Never send personal data through unsecured "
                                "channels: private messaging groups, social media, "
                                "private e-mail or text messages.</li>"
                                "<li>Do not take photos of people or their documents "
                                "on a private phone.</li>"
                                "<li>When you must discuss a case outside a secure "
                                "system, use a case code, not a name.</li>"
                                "<li>Do not discuss cases in cafés, corridors or "
                                "vehicles where others can hear.</li>"
                                "<li>Never give information to journalists. Media "
                                "enquiries go to the person your institution has named "
                                "for this.</li></ul>"
                            ),
                        ),
                        (
                            "case_study",
                            {
                                "title": "A photo in the team chat",
                                "scenario": (
                                    "<p>During a joint labour inspection of a "
                                    "nightclub, the team meets a young woman from "
                                    "another country who says she wants to go home but "
                                    "that the owner keeps her passport 'in the safe'. "
                                    "The team refers her to a shelter.</p>"
                                    "<p>That night, to 'help the others', a member "
                                    "posts in the team's group on a private messaging "
                                    "app a photo of the woman, a photo of the page of "
                                    "her passport that the owner copied, and the name "
                                    "of her home town. Another member forwards the "
                                    "photos to a friend who works at a travel agency, "
                                    "asking whether a cheap ticket home could be "
                                    "found. The next morning a local journalist calls "
                                    "the police member and asks about 'the girl from "
                                    "the club'.</p>"
                                ),
                                "questions": [
                                    (
                                        "Which data protection rules were broken, and "
                                        "what harm could follow?"
                                    ),
                                    "What should the members do now?",
                                    (
                                        "How should the team share information about a "
                                        "case in future?"
                                    ),
                                    (
                                        "How should the police member answer the "
                                        "journalist?"
                                    ),
                                ],
                                "discussion": (
                                    "<p>Personal data, including a photo and identity "
                                    "document details, was sent through an unsecured "
                                    "private channel and then shared with someone "
                                    "outside the team who had no need to know. The "
                                    "owner's network, the woman's community or the "
                                    "media could now find her, and she may be put at "
                                    "risk.</p>"
                                    "<p>The members should delete the posts, ask the "
                                    "friend to delete the photos and confirm it, and "
                                    "report the incident to their institutions, which "
                                    "may have to report it to the data protection "
                                    "authority. The woman should be told honestly what "
                                    "happened. In future, the team shares case details "
                                    "only through secure institutional channels, and "
                                    "uses case codes in any quick messages. Return "
                                    "home is arranged through the referral mechanism, "
                                    "with a risk assessment, not through a private "
                                    "contact. The police member gives the journalist "
                                    "no information and refers the call to the "
                                    "institution's spokesperson.</p>"
                                ),
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Key points",
                                "points": [
                                    (
                                        "Agree who keeps each record: outreach log, "
                                        "observation note, first contact record, "
                                        "referral form."
                                    ),
                                    (
                                        "Write facts, keep opinions separate, and "
                                        "avoid labels."
                                    ),
                                    (
                                        "Collect only what is needed, with informed "
                                        "consent, and use it only to help the person."
                                    ),
                                    (
                                        "Store records securely; never use private "
                                        "messaging, social media or private e-mail for "
                                        "personal data."
                                    ),
                                    (
                                        "Share on a need-to-know basis, record what "
                                        "you shared, and never speak to journalists "
                                        "about a case."
                                    ),
                                ],
                            },
                        ),
                    ],
                },
                {
                    "title": "Staff safety and conflicts of duty",
                    "slug": "staff-safety-and-conflicts-of-duty",
                    "summary": (
                        "How to keep the team safe in the field, and what to do when "
                        "your sector's duties pull against the person's interests."
                    ),
                    "duration_minutes": 30,
                    "body": [
                        (
                            "rich_text",
                            (
                                "<h2>Staff safety in the field</h2>"
                                "<p>Traffickers earn money from the people they "
                                "control. They may react with threats or violence when "
                                "someone interferes. Field work also brings other "
                                "risks: traffic, bad weather, dogs, illness, and "
                                "places where the team is not welcome. A member who "
                                "gets hurt cannot help anyone.</p>"
                                "<h3>Before going out</h3>"
                                "<ul>"
                                "<li>Make a short risk assessment: Who controls this "
                                "place? Have there been threats or violence? Is there "
                                "phone signal? How do we leave quickly?</li>"
                                "<li>Tell the on-call member where the team is going, "
                                "who is going and when it will be back.</li>"
                                "<li>Agree on a check-in time and on a simple code "
                                "word that means 'we leave now'.</li>"
                                "<li>Take identity cards, charged phones, the list of "
                                "emergency numbers and basic first-aid items.</li></ul>"
                                "<h3>In the field</h3>"
                                "<ul>"
                                "<li>Never go alone. Work at least in pairs and stay "
                                "within sight of each other.</li>"
                                "<li>Park the car facing the exit.</li>"
                                "<li>Do not confront anyone you suspect of "
                                "exploitation, and do not accuse anyone. Your task is "
                                "to reach the person, not to catch the exploiter.</li>"
                                "<li>If the situation becomes tense, leave calmly and "
                                "inform the police member or call the police.</li>"
                                "<li>Take basic health precautions: gloves when "
                                "treating wounds, hand hygiene, and vaccinations "
                                "recommended for your work.</li></ul>"
                                "<h3>After going out</h3>"
                                "<ul>"
                                "<li>Check in with the on-call member.</li>"
                                "<li>Talk through the day in a short debrief, "
                                "especially after a difficult contact.</li>"
                                "<li>Report any threat or incident to your "
                                "institution.</li></ul>"
                                "<p>Safety also means emotional safety. Stories of "
                                "violence stay with the people who hear them. Notice "
                                "signs of stress in yourself and in colleagues, such "
                                "as poor sleep, irritability or feeling numb, and use "
                                "the supervision the team has arranged.</p>"
                            ),
                        ),
                        (
                            "rich_text",
                            (
                                "<h2>When duties pull in different directions</h2>"
                                "<p>Each member brings the duties of their own sector "
                                "into the team. Sometimes these duties seem to "
                                "conflict with what the person wants or needs. For "
                                "example:</p>"
                                "<ul>"
                                "<li>A police officer may have a legal duty to report "
                                "a crime or an irregular stay, while the person is "
                                "afraid of the police and asks for nothing to be "
                                "reported.</li>"
                                "<li>A social worker must report a child at risk, even "
                                "when the child begs them not to tell anyone.</li>"
                                "<li>A labour inspector must order an employer to "
                                "correct violations or impose a fine, and the workers "
                                "may lose their only income.</li>"
                                "<li>A migration officer must apply migration rules to "
                                "a person who may be a victim.</li>"
                                "<li>A health worker is bound by medical "
                                "confidentiality, which may limit what they can share "
                                "with the team.</li></ul>"
                                "<h2>How to handle these conflicts</h2>"
                                "<ol>"
                                "<li><b>Know your duties in advance.</b> Each member "
                                "should explain to the team what the law requires of "
                                "their sector. Write the agreed approach into the "
                                "protocol of cooperation.</li>"
                                "<li><b>Be honest with the person.</b> Before the "
                                "person tells you their story, explain what you can "
                                "keep confidential and what you must report. Never "
                                "promise what you cannot keep.</li>"
                                "<li><b>Choose who makes contact.</b> Where the person "
                                "fears the police, an NGO worker or social worker may "
                                "lead, with the police member staying in the "
                                "background. This does not remove the police member's "
                                "duties, but it can give the person time and "
                                "trust.</li>"
                                "<li><b>Put safety and rights first.</b> International "
                                "standards accepted across the region say that victims "
                                "should not be punished for offences they were "
                                "compelled to commit, and that assistance does not "
                                "depend on cooperation with the police. Use these "
                                "principles (see Module 4).</li>"
                                "<li><b>Ask for guidance.</b> When in doubt, consult "
                                "your supervisor or the referral coordinator, and "
                                "record the decision and the reasons for it.</li></ol>"
                            ),
                        ),
                        (
                            "case_study",
                            {
                                "title": "The car wash",
                                "scenario": (
                                    "<p>During outreach, an NGO worker talks to Arben, "
                                    "a young man from a neighbouring country who works "
                                    "at a car wash on the edge of town. His permitted "
                                    "stay has expired. He says that for four months he "
                                    "has received only food and a bed in the back "
                                    "room. The owner says wages will come 'when the "
                                    "debt for the trip is paid'. Arben wants to go "
                                    "home, but he begs the NGO worker not to tell the "
                                    "police, because the owner has told him he would "
                                    "go to prison for working illegally.</p>"
                                    "<p>The team's police member is in the car "
                                    "nearby.</p>"
                                ),
                                "questions": [
                                    (
                                        "Which signs of trafficking or forced labour "
                                        "can you see?"
                                    ),
                                    (
                                        "What are the police member's duties, and what "
                                        "are Arben's interests?"
                                    ),
                                    "What should the NGO worker tell Arben now?",
                                    "How should the team proceed?",
                                ],
                                "discussion": (
                                    "<p>There are several signs of forced labour: "
                                    "withheld wages, a debt for the journey, threats "
                                    "about prison, and dependence on the employer for "
                                    "food and shelter. These give reasonable grounds "
                                    "to treat Arben as a potential victim.</p>"
                                    "<p>The police member may have a duty to report "
                                    "the irregular stay and the suspected crime. But "
                                    "Arben's interest is safety, help and a safe "
                                    "return, and the principles of non-punishment and "
                                    "of assistance without conditions support him. The "
                                    "NGO worker should not promise total secrecy. She "
                                    "should explain honestly that the team includes "
                                    "the police, that a person who may be a victim of "
                                    "trafficking has the right to help, and that the "
                                    "team will ask for him to be treated as a possible "
                                    "victim, not as an offender. With Arben's "
                                    "agreement, the team refers him to the referral "
                                    "mechanism. The police member reports the "
                                    "suspected exploitation to the competent unit and "
                                    "asks that Arben's irregular stay be handled in "
                                    "line with the procedures for potential "
                                    "victims.</p>"
                                ),
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Key points",
                                "points": [
                                    (
                                        "Assess risks before going out, never go "
                                        "alone, and agree on check-ins and a signal to "
                                        "leave."
                                    ),
                                    (
                                        "Do not confront suspected exploiters; your "
                                        "task is to reach the person."
                                    ),
                                    (
                                        "Look after emotional safety too: debrief and "
                                        "use supervision."
                                    ),
                                    (
                                        "Know the duties of each sector in advance and "
                                        "write the agreed approach into the protocol."
                                    ),
                                    (
                                        "Tell the person honestly what you must "
                                        "report; never promise total secrecy."
                                    ),
                                    (
                                        "Use the principles of non-punishment and of "
                                        "assistance without conditions, and ask for "
                                        "guidance when in doubt."
                                    ),
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Detection and identification of (potential) victims",
            "slug": "detection-and-identification",
            "introduction": (
                "<p>This module gives you the tools to recognise trafficking in the "
                "field. It starts with the international definition and the forms of "
                "exploitation, then looks at indicators: the ILO's eleven indicators "
                "of forced labour and the signs specific to children and to people on "
                "the move.</p>"
                "<p>It ends with how to make a first contact that does no harm, and "
                "with the difference between a potential victim, whom an MIT can "
                "recognise, and a formally identified victim.</p>"
            ),
            "lessons": [
                {
                    "title": (
                        "What trafficking is: the definition and forms of exploitation"
                    ),
                    "slug": "definition-and-forms-of-exploitation",
                    "summary": (
                        "The three elements of the international definition, the "
                        "special rule for children, and the forms exploitation takes."
                    ),
                    "duration_minutes": 30,
                    "body": [
                        (
                            "rich_text",
                            (
                                "<h2>The international definition</h2>"
                                "<p>The definition used across Europe comes from the "
                                "United Nations Trafficking in Persons Protocol of "
                                "2000, often called the Palermo Protocol. The Council "
                                "of Europe Convention on Action against Trafficking in "
                                "Human Beings uses the same definition, and national "
                                "laws in the region are based on it. It has three "
                                "elements.</p>"
                                "<ol>"
                                "<li><b>The act</b> (what is done): recruitment, "
                                "transportation, transfer, harbouring or receipt of a "
                                "person.</li>"
                                "<li><b>The means</b> (how it is done): threat or use "
                                "of force or other forms of coercion, abduction, "
                                "fraud, deception, abuse of power or of a position of "
                                "vulnerability, or giving or receiving payments or "
                                "benefits to get the consent of a person who has "
                                "control over another person.</li>"
                                "<li><b>The purpose</b> (why it is done): "
                                "exploitation.</li></ol>"
                                "<p>For an adult, all three elements must be present. "
                                "The purpose is about intention: a person can be a "
                                "victim of trafficking even if the exploitation has "
                                "not started yet, for example when they are stopped on "
                                "the way.</p>"
                                "<h3>Consent does not count</h3>"
                                "<p>When any of the means has been used, the victim's "
                                "consent to the intended exploitation does not matter. "
                                "A woman may have agreed to work abroad, or even to "
                                "sell sex, but she did not agree to be deceived about "
                                "the conditions, to have her passport taken or to hand "
                                "over all her earnings.</p>"
                                "<h3>The child exception</h3>"
                                "<p>A child is any person under 18. For a child, the "
                                "<b>means are not required</b>. If a child is "
                                "recruited, transported, harboured or received for the "
                                "purpose of exploitation, it is trafficking, whether "
                                "or not force or deception was used, and whatever the "
                                "child or the parents say they agreed to.</p>"
                                "<h3>What trafficking does not require</h3>"
                                "<ul>"
                                "<li>It does not require crossing a border. "
                                "Trafficking inside one country is common in the "
                                "region.</li>"
                                "<li>It does not require that the person is locked up. "
                                "Control is often through debt, threats, shame or "
                                "dependence.</li>"
                                "<li>It does not require a stranger. Many victims are "
                                "recruited by a partner, a relative, a neighbour or a "
                                "friend.</li></ul>"
                            ),
                        ),
                        (
                            "rich_text",
                            (
                                "<h2>Forms of exploitation</h2>"
                                "<p>The international definition gives a minimum list "
                                "of forms of exploitation. National laws and the "
                                "European Union's anti-trafficking directive, as "
                                "amended in 2024, name more. The forms you are most "
                                "likely to meet in the region are:</p>"
                                "<ul>"
                                "<li><b>Sexual exploitation</b>: exploitation of the "
                                "prostitution of others and other forms, including "
                                "pornography and sexual exploitation online. It "
                                "happens in nightclubs, bars, private flats and "
                                "hotels, and during the tourist season. A common "
                                "method is the 'lover boy': a man starts a "
                                "relationship with a girl or young woman and then "
                                "forces her to sell sex.</li>"
                                "<li><b>Labour exploitation and forced labour</b>: in "
                                "agriculture, construction, hospitality, factories, "
                                "car washes and domestic work, in the region and "
                                "abroad.</li>"
                                "<li><b>Forced begging</b>: children, persons with "
                                "disabilities and older people are made to beg and "
                                "hand over the money.</li>"
                                "<li><b>Forced criminality</b>: people, often "
                                "children, are made to steal, pickpocket, sell drugs, "
                                "grow cannabis or take part in fraud.</li>"
                                "<li><b>Forced marriage</b>: a person is married "
                                "without free and full consent, including child "
                                "marriage arranged in exchange for money or other "
                                "benefits.</li>"
                                "<li><b>Illegal adoption</b>: a child is sold or given "
                                "for adoption outside the legal procedure.</li>"
                                "<li><b>Exploitation of surrogacy</b>: a woman is "
                                "forced or deceived into carrying a child for "
                                "others.</li>"
                                "<li>Slavery, servitude and the removal of organs are "
                                "also forms of exploitation under the international "
                                "definition.</li></ul>"
                                "<p>Different forms often come together. A girl "
                                "exploited in forced marriage may also be forced into "
                                "domestic work. A man forced to work on a farm may "
                                "also be forced to carry drugs. National laws may list "
                                "the forms differently, so learn the list in your own "
                                "criminal code.</p>"
                            ),
                        ),
                        (
                            "case_study",
                            {
                                "title": "The waitressing job abroad",
                                "scenario": (
                                    "<p>Mirela is 20. She found an advertisement on "
                                    "social media: waitresses wanted for a seaside "
                                    "hotel abroad, good pay, travel and accommodation "
                                    "paid. She wrote to the number and a friendly "
                                    "woman arranged everything by chat. At the "
                                    "destination, a man met her, took her passport "
                                    "'for the work permit', and told her she owed "
                                    "1,800 euros for the trip and the room. Instead of "
                                    "a hotel, she was taken to a night bar and told to "
                                    "sit with customers and make them buy drinks. "
                                    "After two weeks she was told that customers could "
                                    "take her to a room upstairs, and that otherwise "
                                    "her debt would grow.</p>"
                                    "<p>She managed to send a message to her cousin. "
                                    "After she came home with police help, the cousin "
                                    "brings her to the local MIT.</p>"
                                ),
                                "questions": [
                                    "Identify the act, the means and the purpose.",
                                    (
                                        "Does it matter that Mirela agreed to go "
                                        "abroad and to work in the bar?"
                                    ),
                                    (
                                        "Which forms of exploitation are present or "
                                        "intended?"
                                    ),
                                    "Would the answer change if Mirela were 16?",
                                ],
                                "discussion": (
                                    "<p>The act is recruitment (the advertisement and "
                                    "the chat), transportation and receipt (being met "
                                    "and taken to the bar). The means are deception "
                                    "about the job, the retention of her passport, a "
                                    "debt used to control her, and threats. The "
                                    "purpose is sexual exploitation, and labour "
                                    "exploitation in the bar. All three elements are "
                                    "present, so there are reasonable grounds to treat "
                                    "Mirela as a potential victim of trafficking.</p>"
                                    "<p>Her agreement to travel and to work does not "
                                    "matter, because it was obtained by deception and "
                                    "kept by coercion. If Mirela were 16, the means "
                                    "would not even need to be shown: recruiting and "
                                    "moving a child for exploitation is trafficking in "
                                    "itself. The team should listen, meet her "
                                    "immediate needs, and refer her to the referral "
                                    "mechanism; the details of the crime are for the "
                                    "investigators.</p>"
                                ),
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Key points",
                                "points": [
                                    (
                                        "Trafficking has three elements: an act, a "
                                        "means and a purpose of exploitation."
                                    ),
                                    (
                                        "When any means was used, the victim's consent "
                                        "does not matter."
                                    ),
                                    (
                                        "For a child under 18, only the act and the "
                                        "purpose are needed."
                                    ),
                                    (
                                        "Trafficking does not require crossing a "
                                        "border, being locked up or a stranger."
                                    ),
                                    (
                                        "Forms include sexual and labour exploitation, "
                                        "forced begging, forced criminality, forced "
                                        "marriage, illegal adoption and exploitation "
                                        "of surrogacy."
                                    ),
                                ],
                            },
                        ),
                    ],
                },
                {
                    "title": "Indicators: the ILO's eleven indicators of forced labour",
                    "slug": "ilo-indicators-of-forced-labour",
                    "summary": (
                        "How to use indicators, and what each of the ILO's eleven "
                        "indicators of forced labour looks like in practice."
                    ),
                    "duration_minutes": 35,
                    "body": [
                        (
                            "rich_text",
                            (
                                "<h2>What an indicator is</h2>"
                                "<p>An indicator is a sign that may point to "
                                "trafficking or forced labour. No single indicator "
                                "proves anything. A worker who works long hours is not "
                                "necessarily a victim. But when several indicators "
                                "appear together, or when one strong indicator "
                                "appears, such as a passport held by an employer "
                                "together with threats, you should think about "
                                "trafficking and act.</p>"
                                "<p>The International Labour Organization (ILO) "
                                "defines forced labour as work or service taken from a "
                                "person under the threat of a penalty, which the "
                                "person has not offered to do voluntarily. The ILO has "
                                "described eleven indicators of forced labour. They "
                                "are useful for all forms of exploitation, not only "
                                "for work.</p>"
                            ),
                        ),
                        (
                            "rich_text",
                            (
                                "<h2>The eleven indicators</h2>"
                                "<ol>"
                                "<li><b>Abuse of vulnerability.</b> The exploiter uses "
                                "the person's weak position: poverty, lack of "
                                "language, irregular status, disability, addiction, or "
                                "dependence on the employer for housing and food.</li>"
                                "<li><b>Deception.</b> The person was lied to about "
                                "the type of work, wages, conditions, location or "
                                "employer.</li>"
                                "<li><b>Restriction of movement.</b> The person cannot "
                                "leave the workplace or the housing freely, is locked "
                                "in, is always accompanied, or is watched by cameras "
                                "or guards.</li>"
                                "<li><b>Isolation.</b> The person is kept away from "
                                "others: at a remote site, without a phone, without "
                                "contact with family, not knowing the address.</li>"
                                "<li><b>Physical and sexual violence.</b> Beating, "
                                "rape, forced use of drugs or alcohol, or violence "
                                "used as punishment or as a warning.</li>"
                                "<li><b>Intimidation and threats.</b> Threats to harm "
                                "the person or their family, to report them to the "
                                "police or migration authorities, to tell their family "
                                "what work they do, or to increase the debt.</li>"
                                "<li><b>Retention of identity documents.</b> The "
                                "employer or a third person keeps the passport or "
                                "identity card and will not return it when asked.</li>"
                                "<li><b>Withholding of wages.</b> Wages are paid late, "
                                "only at the end of the season, much less than "
                                "promised, or not at all, so that the person cannot "
                                "leave without losing everything.</li>"
                                "<li><b>Debt bondage.</b> The person works to pay a "
                                "debt for travel, recruitment, housing or food that "
                                "never gets smaller, often because of high charges and "
                                "fines.</li>"
                                "<li><b>Abusive working and living conditions.</b> "
                                "Dangerous work without protection, overcrowded and "
                                "dirty housing, no rest, no access to health care.</li>"
                                "<li><b>Excessive overtime.</b> Working far more hours "
                                "than the law allows, often seven days a week, without "
                                "the choice to refuse.</li></ol>"
                            ),
                        ),
                        (
                            "rich_text",
                            (
                                "<h2>Using indicators well</h2>"
                                "<ul>"
                                "<li><b>Look at the whole situation.</b> Observe the "
                                "place, the housing, who speaks and who is silent, who "
                                "holds the documents and the money.</li>"
                                "<li><b>Ask open questions.</b> 'Can you tell me about "
                                "your work here?' gives more than 'Are you forced to "
                                "work?' Many people do not see themselves as "
                                "victims.</li>"
                                "<li><b>Ask about freedom.</b> 'If you wanted to leave "
                                "tomorrow, what would happen?' is often the most "
                                "revealing question.</li>"
                                "<li><b>Talk in private.</b> A person will not "
                                "describe threats with the employer or a 'colleague' "
                                "standing nearby.</li>"
                                "<li><b>Record the indicators</b> you saw and heard, "
                                "in facts, so that the referral is clear.</li>"
                                "<li><b>Do not wait for proof.</b> The team needs "
                                "reasonable grounds, not proof, to refer a person as a "
                                "potential victim.</li></ul>"
                                "<p>Remember that a labour law violation and forced "
                                "labour are not the same. Low pay and long hours can "
                                "be violations of labour law without being forced "
                                "labour. The difference is usually the element of "
                                "coercion: the person cannot leave without a "
                                "penalty.</p>"
                            ),
                        ),
                        (
                            "case_study",
                            {
                                "title": "Passports 'for registration'",
                                "scenario": (
                                    "<p>In September, a labour inspector and an NGO "
                                    "outreach worker visit a large fruit farm. About "
                                    "twenty seasonal workers are picking apples. Some "
                                    "come from poor villages in the same country; "
                                    "others come from a neighbouring country.</p>"
                                    "<p>While the inspector checks papers in the "
                                    "office, one worker, a man of about 45, tells the "
                                    "outreach worker quietly that the farm owner keeps "
                                    "all the foreign workers' passports 'for "
                                    "registration'. Wages will be paid at the end of "
                                    "the season, minus the cost of the bus, food and "
                                    "beds. Nine men sleep in one metal container. They "
                                    "work from six in the morning until dark, every "
                                    "day. The foreman drives them to the field and "
                                    "back and does not let them go to town. He has "
                                    "told them that if they complain, the police will "
                                    "deport them and they will never be paid.</p>"
                                ),
                                "questions": [
                                    (
                                        "Which of the ILO's eleven indicators can you "
                                        "find?"
                                    ),
                                    (
                                        "Is this a labour law violation, forced "
                                        "labour, or possibly trafficking?"
                                    ),
                                    (
                                        "How should the team talk to the worker "
                                        "without putting him at risk?"
                                    ),
                                    (
                                        "What should the labour inspector and the team "
                                        "do next?"
                                    ),
                                ],
                                "discussion": (
                                    "<p>At least seven indicators are present: "
                                    "retention of identity documents, withholding of "
                                    "wages, possible debt (deductions for bus, food "
                                    "and beds), restriction of movement, isolation, "
                                    "intimidation and threats (deportation, no pay), "
                                    "abusive living conditions and excessive overtime. "
                                    "Abuse of vulnerability is likely for the foreign "
                                    "workers. Together with the recruitment and "
                                    "transport of the workers, this gives reasonable "
                                    "grounds to suspect trafficking for labour "
                                    "exploitation, not only a labour law violation.</p>"
                                    "<p>The team should not show the foreman or the "
                                    "owner that the worker has spoken. It can offer "
                                    "private conversations to all workers, for example "
                                    "during the inspection, with an interpreter, so "
                                    "that no one is singled out. The labour inspector "
                                    "uses their powers to demand the return of the "
                                    "passports and the payment of wages, according to "
                                    "national law. The police member passes the "
                                    "information to the competent unit. The team "
                                    "refers the workers who agree to the referral "
                                    "mechanism, and makes sure they are not simply "
                                    "deported before their situation is assessed.</p>"
                                ),
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Key points",
                                "points": [
                                    (
                                        "No single indicator proves trafficking; look "
                                        "for combinations and for strong indicators."
                                    ),
                                    (
                                        "The eleven ILO indicators: abuse of "
                                        "vulnerability, deception, restriction of "
                                        "movement, isolation, physical and sexual "
                                        "violence, intimidation and threats, retention "
                                        "of identity documents, withholding of wages, "
                                        "debt bondage, abusive working and living "
                                        "conditions, excessive overtime."
                                    ),
                                    (
                                        "Ask open questions in private; ask what would "
                                        "happen if the person wanted to leave."
                                    ),
                                    (
                                        "Coercion is what turns a labour law violation "
                                        "into forced labour."
                                    ),
                                    (
                                        "You need reasonable grounds, not proof, to "
                                        "refer a potential victim."
                                    ),
                                ],
                            },
                        ),
                    ],
                },
                {
                    "title": (
                        "Children, people on the move, and smuggling versus trafficking"
                    ),
                    "slug": "children-people-on-the-move-and-smuggling",
                    "summary": (
                        "Indicators specific to children and to migrants and refugees, "
                        "and how smuggling differs from trafficking."
                    ),
                    "duration_minutes": 30,
                    "body": [
                        (
                            "rich_text",
                            (
                                "<h2>Indicators specific to children</h2>"
                                "<p>Children rarely ask for help, and they may protect "
                                "the adults who exploit them, especially when these "
                                "adults are family members. Look for:</p>"
                                "<ul>"
                                "<li>a child who is out of school, or has dropped out "
                                "suddenly;</li>"
                                "<li>a child who begs, sells goods, washes car windows "
                                "or works late at night or for long hours;</li>"
                                "<li>a child who hands money to an adult or is watched "
                                "by an adult from a distance;</li>"
                                "<li>a child who travels with an adult who is not a "
                                "parent or legal guardian, or whose relationship to "
                                "the adult is unclear;</li>"
                                "<li>a child who does not know the address where they "
                                "live, or gives an answer that sounds learnt by "
                                "heart;</li>"
                                "<li>signs of neglect, hunger, tiredness, injuries or "
                                "untreated illness;</li>"
                                "<li>a child who has more money, clothes or phones "
                                "than their family could provide, or an older "
                                "'boyfriend';</li>"
                                "<li>a child engaged or married, or about to be, "
                                "especially when money has been paid;</li>"
                                "<li>a child who is afraid of being punished if they "
                                "do not bring enough money home;</li>"
                                "<li>a child who is repeatedly caught for theft or "
                                "pickpocketing, often with different adults.</li></ul>"
                                "<p>If a person's age is uncertain and there are "
                                "reasons to believe they are under 18, treat them as a "
                                "child until their age is established. This is a rule "
                                "of international standards, and it protects children "
                                "who have no documents or carry false ones.</p>"
                                "<h2>Indicators specific to people on the move</h2>"
                                "<ul>"
                                "<li>a debt to smugglers or 'agents' for the journey "
                                "that must be paid by work;</li>"
                                "<li>being kept in a flat, a house or a camp by the "
                                "people organising the journey, and not being free to "
                                "leave;</li>"
                                "<li>documents or phones taken by someone in the group "
                                "or by the organisers;</li>"
                                "<li>work on the way, for example on farms, in "
                                "construction or in sex work, to 'pay for the next "
                                "stage';</li>"
                                "<li>sexual and gender-based violence along the route, "
                                "or sex demanded as payment;</li>"
                                "<li>a person who always lets someone else speak for "
                                "them;</li>"
                                "<li>unaccompanied or separated children, and children "
                                "who disappear from reception centres;</li>"
                                "<li>threats against family members at home.</li></ul>"
                            ),
                        ),
                        (
                            "rich_text",
                            (
                                "<h2>Smuggling or trafficking?</h2>"
                                "<p>Migrant smuggling and trafficking are different "
                                "crimes, but they are often confused, and one can turn "
                                "into the other.</p>"
                                "<p><b>Migrant smuggling</b> is helping a person to "
                                "enter a country illegally in exchange for money or "
                                "another material benefit. In a typical case:</p>"
                                "<ul>"
                                "<li>the person agrees to be smuggled;</li>"
                                "<li>the relationship ends when the person "
                                "arrives;</li>"
                                "<li>a border is always crossed;</li>"
                                "<li>it is mainly a crime against the state's border "
                                "rules, although smuggled people often face great "
                                "danger.</li></ul>"
                                "<p><b>Trafficking</b> is moving or holding a person "
                                "for exploitation. In a typical case:</p>"
                                "<ul>"
                                "<li>consent is absent, or was obtained by deception "
                                "or coercion and does not count;</li>"
                                "<li>the relationship continues after arrival, because "
                                "the exploiter wants to profit from the person;</li>"
                                "<li>no border needs to be crossed;</li>"
                                "<li>it is a crime against the person.</li></ul>"
                                "<h3>When smuggling turns into trafficking</h3>"
                                "<p>A person who paid a smuggler can become a victim "
                                "of trafficking along the way. This happens when the "
                                "price is suddenly raised and the person must 'work "
                                "off' the debt, when the group is held until relatives "
                                "pay more, when women are forced into sex work to pay "
                                "for the next stage, or when children are sent to beg "
                                "or steal. So do not stop asking questions once you "
                                "have decided that someone was smuggled. Ask about the "
                                "debt, about work on the way, and about freedom to "
                                "leave.</p>"
                                "<p>A person who was smuggled and is also a potential "
                                "victim of trafficking must be referred as a potential "
                                "victim. A migrant or asylum seeker does not lose this "
                                "protection because of irregular entry. The asylum "
                                "procedure and the identification of a victim of "
                                "trafficking can run in parallel; national procedures "
                                "differ on how they are linked.</p>"
                            ),
                        ),
                        (
                            "case_study",
                            {
                                "title": "The debt for the journey",
                                "scenario": (
                                    "<p>In a transit area near the border, outreach "
                                    "workers meet a group of eight young men and two "
                                    "women. They crossed several countries with the "
                                    "help of smugglers. One man in the group holds all "
                                    "the phones and speaks for everyone. The others "
                                    "say very little.</p>"
                                    "<p>Later, one of the women tells a female "
                                    "outreach worker, through an interpreter, that the "
                                    "group owes the 'agent' 4,000 euros each for the "
                                    "rest of the journey. The men are to work on a "
                                    "construction site in the next country until the "
                                    "debt is paid. She and the other woman have been "
                                    "told they will 'work in a flat'. Her family at "
                                    "home has been told they will be hurt if anyone "
                                    "runs away.</p>"
                                ),
                                "questions": [
                                    "Is this smuggling, trafficking, or both?",
                                    (
                                        "Which indicators for people on the move can "
                                        "you see?"
                                    ),
                                    (
                                        "How should the team approach the group, given "
                                        "the man who speaks for everyone?"
                                    ),
                                    (
                                        "What protection can the women and the men be "
                                        "offered?"
                                    ),
                                ],
                                "discussion": (
                                    "<p>It started as smuggling, but the signs now "
                                    "point to trafficking: a debt that must be paid by "
                                    "work, control of phones, one person controlling "
                                    "communication, threats against families, and "
                                    "plans for the women to be sexually exploited. The "
                                    "women are at particular risk.</p>"
                                    "<p>The team should not confront the man who holds "
                                    "the phones. It should create safe chances to "
                                    "speak to people alone, for example during health "
                                    "checks or registration, with female staff and a "
                                    "trusted interpreter who has no link to the group. "
                                    "The women should be offered immediate safe "
                                    "accommodation and referred to the referral "
                                    "mechanism as potential victims, together with any "
                                    "men who agree. The police member passes the "
                                    "information about the organisers to the competent "
                                    "unit. Asylum and migration staff make sure that "
                                    "no one with signs of trafficking is returned "
                                    "before identification is complete, and that any "
                                    "asylum claim can still be made.</p>"
                                ),
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Key points",
                                "points": [
                                    (
                                        "Children in danger often stay silent and may "
                                        "protect the adults who exploit them."
                                    ),
                                    (
                                        "When age is uncertain and there are reasons "
                                        "to think the person is a child, treat them as "
                                        "a child."
                                    ),
                                    (
                                        "For people on the move, watch for debts paid "
                                        "by work, held documents, controlled "
                                        "communication and threats to family."
                                    ),
                                    (
                                        "Smuggling is illegal entry for money; "
                                        "trafficking is exploitation of the person."
                                    ),
                                    (
                                        "Smuggling can turn into trafficking; keep "
                                        "asking about debt, work and freedom to leave."
                                    ),
                                    (
                                        "Irregular entry does not remove a person's "
                                        "right to be referred as a potential victim."
                                    ),
                                ],
                            },
                        ),
                    ],
                },
                {
                    "title": "First contact and the potential victim",
                    "slug": "first-contact-and-the-potential-victim",
                    "summary": (
                        "How to make a victim-centred, trauma-informed first contact, "
                        "and how recognising a potential victim differs from formal "
                        "identification."
                    ),
                    "duration_minutes": 35,
                    "body": [
                        (
                            "rich_text",
                            (
                                "<h2>A victim-centred approach</h2>"
                                "<p>In a victim-centred approach, the person's rights, "
                                "safety and well-being come first. The aim of the "
                                "first contact is not to get the full story or to "
                                "collect evidence. The aim is to make the person safe, "
                                "to meet urgent needs, to give information, and to "
                                "open the way to help. The person should leave the "
                                "first contact feeling respected, even if they say "
                                "no.</p>"
                                "<h2>A trauma-informed first contact</h2>"
                                "<p>Trafficking causes trauma. Trauma affects memory, "
                                "emotions and behaviour. A traumatised person may:</p>"
                                "<ul>"
                                "<li>tell the story in pieces, out of order, or change "
                                "details;</li>"
                                "<li>seem calm, cold or even cheerful while describing "
                                "terrible events;</li>"
                                "<li>be angry, suspicious or unwilling to talk;</li>"
                                "<li>defend the exploiter, or return to them.</li></ul>"
                                "<p>These are normal reactions, not signs of lying. A "
                                "trauma-informed contact:</p>"
                                "<ul>"
                                "<li>starts with basic needs: warmth, food, water, "
                                "rest, medical care;</li>"
                                "<li>takes place somewhere private and calm, away from "
                                "anyone who may control the person;</li>"
                                "<li>begins by explaining who you are, why you are "
                                "there, and what the person can choose;</li>"
                                "<li>gives the person control: they can stop, take a "
                                "break, or refuse to answer;</li>"
                                "<li>asks only what is needed for the next step, and "
                                "does not ask for details of the abuse;</li>"
                                "<li>avoids repeating questions that others have "
                                "already asked;</li>"
                                "<li>ends by explaining clearly what will happen "
                                "next.</li></ul>"
                            ),
                        ),
                        (
                            "rich_text",
                            (
                                "<h2>Gender- and child-sensitive contact</h2>"
                                "<p>Women, men and people of different gender "
                                "identities experience trafficking differently, and "
                                "each may find some topics very hard to discuss. Offer "
                                "the person the choice of speaking to a woman or a "
                                "man, and of an interpreter of the gender they prefer. "
                                "Men are often overlooked as victims, especially in "
                                "labour exploitation; do not assume that a man cannot "
                                "be a victim. Be aware that victims of sexual "
                                "exploitation may fear shame and rejection by their "
                                "family and community.</p>"
                                "<p>With children, use simple language and short "
                                "sentences, sit at their level, and explain that they "
                                "are not in trouble. Involve the centre for social "
                                "work from the start. Do not interview a child about "
                                "the exploitation in the field; that is done later, by "
                                "trained specialists, in a child-friendly setting.</p>"
                                "<h2>Working with interpreters</h2>"
                                "<ul>"
                                "<li>Use a trained, professional interpreter or "
                                "cultural mediator bound by confidentiality.</li>"
                                "<li>Never use the person's companion, a member of "
                                "their group, a family member or a child as an "
                                "interpreter.</li>"
                                "<li>Check that the interpreter speaks the person's "
                                "language or dialect, and has no link to the person's "
                                "community that could put the person at risk.</li>"
                                "<li>Speak to the person, not to the interpreter, and "
                                "use short sentences.</li>"
                                "<li>After a difficult conversation, give the "
                                "interpreter a short debrief too.</li></ul>"
                                "<h2>Potential victim and formal identification</h2>"
                                "<p>There are two different steps:</p>"
                                "<ul>"
                                "<li><b>Recognising a potential victim.</b> When "
                                "first-line actors, such as MITs, see <b>reasonable "
                                "grounds</b> to believe that a person may be a victim "
                                "of trafficking, they treat the person as a potential "
                                "(or presumed) victim and refer them. Reasonable "
                                "grounds is a low threshold: it means there are signs "
                                "that a reasonable professional would take seriously. "
                                "It does not mean proof.</li>"
                                "<li><b>Formal identification.</b> A competent "
                                "authority decides whether the person is a victim of "
                                "trafficking. Depending on the country, this may be a "
                                "specialised state body, the police, the prosecution "
                                "service or a multi-agency body. National procedures "
                                "differ.</li></ul>"
                                "<p>A potential victim already has rights: to "
                                "assistance, to safety, and not to be removed from the "
                                "country before identification is complete. Formal "
                                "identification does not depend on the person agreeing "
                                "to testify, and it is separate from any criminal case "
                                "against the exploiters.</p>"
                            ),
                        ),
                        (
                            "case_study",
                            {
                                "title": "The man who speaks for her",
                                "scenario": (
                                    "<p>A young woman comes to the emergency "
                                    "department of a health centre with pain and "
                                    "bleeding. She is accompanied by an older man who "
                                    "answers every question for her, says she speaks "
                                    "no local language, and insists on staying in the "
                                    "room. He says she is his girlfriend, visiting "
                                    "from abroad. The nurse, who is a member of the "
                                    "local MIT, notices old bruises on the woman's "
                                    "arms and that she keeps looking at the man before "
                                    "she moves.</p>"
                                ),
                                "questions": [
                                    (
                                        "Which signs suggest that the woman may be a "
                                        "potential victim of trafficking?"
                                    ),
                                    (
                                        "How can the nurse create a chance to speak "
                                        "with her alone, safely?"
                                    ),
                                    (
                                        "How should an interpreter be found, and who "
                                        "must not interpret?"
                                    ),
                                    (
                                        "What should the nurse say and do if the woman "
                                        "does not want to talk?"
                                    ),
                                ],
                                "discussion": (
                                    "<p>The signs are a companion who controls "
                                    "communication and refuses to leave, old injuries, "
                                    "fear of the companion, and a reason for the visit "
                                    "that may be linked to sexual exploitation. Alone, "
                                    "these do not prove trafficking, but they are "
                                    "reasonable grounds to take it seriously.</p>"
                                    "<p>The nurse can use normal medical routine: "
                                    "examinations are done with the patient alone, and "
                                    "a female doctor can be called. The man waits "
                                    "outside. An interpreter is found by phone through "
                                    "the health centre or the team's list, not through "
                                    "the man, and preferably a woman. In private, the "
                                    "nurse treats the medical problem first, explains "
                                    "that the health centre is a safe place, and asks "
                                    "simple, open questions. If the woman does not "
                                    "want to talk, the nurse does not push. She gives "
                                    "her a way to reach help, for example a helpline "
                                    "number written on something small, and informs "
                                    "the team so that the next contact can be planned. "
                                    "If there is immediate danger, the nurse alerts "
                                    "the police member.</p>"
                                ),
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Key points",
                                "points": [
                                    (
                                        "First contact aims at safety, urgent needs "
                                        "and information, not at the full story."
                                    ),
                                    (
                                        "Trauma explains inconsistent stories, calm or "
                                        "angry behaviour and loyalty to the exploiter."
                                    ),
                                    (
                                        "Offer a choice of a woman or a man, and never "
                                        "forget that men can be victims too."
                                    ),
                                    (
                                        "Use trained interpreters; never the "
                                        "companion, a group member, a relative or a "
                                        "child."
                                    ),
                                    (
                                        "MITs recognise potential victims on "
                                        "reasonable grounds; a competent authority "
                                        "formally identifies."
                                    ),
                                    (
                                        "A potential victim already has rights to "
                                        "assistance and protection from removal."
                                    ),
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "title": "The MIT in the national referral mechanism",
            "slug": "referral-mechanism",
            "introduction": (
                "<p>An MIT is one link in a longer chain. This module explains what a "
                "National Referral Mechanism is, the steps from detection to long-term "
                "inclusion, and where the team fits in.</p>"
                "<p>It then covers the rights of victims under the Council of Europe "
                "Convention on Action against Trafficking in Human Beings, the "
                "referral of children to child protection and guardianship, and how to "
                "handle cases that cross borders in the region.</p>"
            ),
            "lessons": [
                {
                    "title": (
                        "The national referral mechanism: from detection to inclusion"
                    ),
                    "slug": "from-detection-to-inclusion",
                    "summary": (
                        "What a National Referral Mechanism is, the steps a person "
                        "goes through, and the MIT's place in them."
                    ),
                    "duration_minutes": 30,
                    "body": [
                        (
                            "rich_text",
                            (
                                "<h2>What a National Referral Mechanism is</h2>"
                                "<p>A National Referral Mechanism (NRM) is a framework "
                                "for cooperation. Through it, state institutions work "
                                "together, and in partnership with civil society, to "
                                "protect and assist trafficked persons and to respect "
                                "their rights. The standard reference is the "
                                "OSCE/ODIHR handbook on National Referral Mechanisms, "
                                "first published in 2004 and updated in 2022.</p>"
                                "<p>An NRM usually includes:</p>"
                                "<ul>"
                                "<li>a national coordinator or office that leads and "
                                "monitors anti-trafficking work;</li>"
                                "<li>written procedures that say who does what at each "
                                "step;</li>"
                                "<li>agreements between state institutions and "
                                "NGOs;</li>"
                                "<li>contact points that can be reached at any time, "
                                "including at night and at weekends;</li>"
                                "<li>a way to collect data and to learn from "
                                "cases.</li></ul>"
                                "<p>Each jurisdiction in the region has its own "
                                "coordinator, procedures and forms. National "
                                "procedures differ, so every MIT member must know the "
                                "procedures and contacts that apply where they "
                                "work.</p>"
                            ),
                        ),
                        (
                            "rich_text",
                            (
                                "<h2>The steps</h2>"
                                "<ol>"
                                "<li><b>Detection.</b> Someone notices signs of "
                                "trafficking: an MIT, a teacher, a doctor, a border "
                                "officer, a neighbour, or the person themselves.</li>"
                                "<li><b>Initial referral.</b> When there are "
                                "reasonable grounds, the person is referred, with "
                                "their informed consent, to the competent contact "
                                "point in the NRM. Urgent needs are met at once. A "
                                "child is referred to child protection immediately, "
                                "without waiting for consent.</li>"
                                "<li><b>Formal identification.</b> The competent "
                                "authority decides whether the person is a victim of "
                                "trafficking. This is done by trained staff and, in a "
                                "good system, with input from the professionals who "
                                "know the person.</li>"
                                "<li><b>Immediate assistance.</b> From the moment of "
                                "referral, not only after identification: safe "
                                "accommodation, medical care, psychological support, "
                                "legal aid and information on rights in a language the "
                                "person understands, interpretation, and material help "
                                "such as food and clothes. Contact with family and "
                                "with the consulate only when the person wishes and "
                                "when it is safe.</li>"
                                "<li><b>Recovery and reflection period.</b> Foreign "
                                "victims get a period of at least 30 days to recover, "
                                "to escape the influence of the traffickers and to "
                                "decide calmly whether to cooperate with the "
                                "authorities. They may not be expelled during this "
                                "period. National law may give a longer period.</li>"
                                "<li><b>Longer-term inclusion.</b> Help to rebuild "
                                "life: health care, education and vocational training, "
                                "work, housing, and where needed a residence permit. "
                                "For those who want to return home, a safe and "
                                "voluntary return with a risk assessment and support "
                                "from services in the home country.</li></ol>"
                                "<p>Criminal proceedings against the traffickers, and "
                                "claims for compensation, may run alongside these "
                                "steps. They are separate, and the person's assistance "
                                "does not depend on them.</p>"
                                "<h2>Where the MIT fits</h2>"
                                "<p>The MIT works mainly in the first two steps: "
                                "detection and initial referral. It also supports "
                                "first contact, accompanies the person to services if "
                                "they wish, and passes on what it knows so that the "
                                "person does not have to repeat their story. To do "
                                "this well, the team must have:</p>"
                                "<ul>"
                                "<li>the numbers of the NRM contact points, including "
                                "out-of-hours numbers;</li>"
                                "<li>the referral forms and the rules for sending them "
                                "securely;</li>"
                                "<li>the addresses of shelters and emergency services, "
                                "and the procedure for nights and weekends;</li>"
                                "<li>feedback from the NRM on what happened after "
                                "referral, within the limits of data protection, so "
                                "that it can learn.</li></ul>"
                                "<p>The first teams learnt that an MIT must be built "
                                "into the referral mechanism, not work beside it.</p>"
                            ),
                        ),
                        (
                            "case_study",
                            {
                                "title": "Friday, eleven at night",
                                "scenario": (
                                    "<p>On a Friday at eleven at night, the team's "
                                    "police member and an NGO outreach worker meet a "
                                    "young woman at a petrol station on the highway. "
                                    "She has run away from a flat where she was forced "
                                    "to sell sex. She has no money, no phone and no "
                                    "documents. She is shaking and asks for a place to "
                                    "sleep where the men cannot find her. She does not "
                                    "want to make a statement to the police "
                                    "tonight.</p>"
                                    "<p>The local centre for social work is closed "
                                    "until Monday.</p>"
                                ),
                                "questions": [
                                    (
                                        "Does the team have enough to refer her as a "
                                        "potential victim?"
                                    ),
                                    (
                                        "Who should the team call tonight, and what "
                                        "does it need to have prepared in advance?"
                                    ),
                                    (
                                        "Does her refusal to make a statement change "
                                        "what help she can get?"
                                    ),
                                    "What should happen on Monday?",
                                ],
                                "discussion": (
                                    "<p>Yes. Her account of being forced to sell sex, "
                                    "her lack of documents and her fear are reasonable "
                                    "grounds. The team does not need proof.</p>"
                                    "<p>A well-prepared team has an out-of-hours "
                                    "procedure: the NRM contact point or duty "
                                    "coordinator, the emergency number of the shelter, "
                                    "and the on-call social worker. It arranges safe "
                                    "accommodation for tonight, offers medical care, "
                                    "and lets her rest. Her refusal to make a "
                                    "statement does not change her right to "
                                    "assistance, which must not depend on cooperation "
                                    "with the police. The police member informs the "
                                    "competent unit about the flat, so that others "
                                    "still there can be protected, without pressing "
                                    "her.</p>"
                                    "<p>On Monday the case owner completes the "
                                    "referral, and the competent authority starts the "
                                    "formal identification with her. If she is a "
                                    "foreign national, her recovery and reflection "
                                    "period begins. The team stays in contact if she "
                                    "wishes.</p>"
                                ),
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Key points",
                                "points": [
                                    (
                                        "An NRM is a cooperative framework of state "
                                        "institutions and civil society to protect and "
                                        "assist trafficked persons."
                                    ),
                                    (
                                        "The OSCE/ODIHR handbook on NRMs is the "
                                        "standard reference; national procedures "
                                        "differ."
                                    ),
                                    (
                                        "Steps: detection, initial referral, formal "
                                        "identification, immediate assistance, "
                                        "recovery and reflection, longer-term "
                                        "inclusion."
                                    ),
                                    (
                                        "Assistance starts at referral, not only after "
                                        "formal identification."
                                    ),
                                    (
                                        "The MIT works mainly in detection and "
                                        "referral, and must know the out-of-hours "
                                        "procedure."
                                    ),
                                ],
                            },
                        ),
                    ],
                },
                {
                    "title": "Victims' rights under the Council of Europe Convention",
                    "slug": "victims-rights-council-of-europe-convention",
                    "summary": (
                        "The principles of the Council of Europe Convention that MIT "
                        "members must know and apply in daily work."
                    ),
                    "duration_minutes": 30,
                    "body": [
                        (
                            "rich_text",
                            (
                                "<h2>The Convention</h2>"
                                "<p>The Council of Europe Convention on Action against "
                                "Trafficking in Human Beings was adopted in 2005 and "
                                "entered into force in 2008. It is built on human "
                                "rights and puts the victim at the centre. An "
                                "independent group of experts, GRETA, monitors how "
                                "states apply it, through country visits and public "
                                "reports. Bosnia and Herzegovina, Serbia and "
                                "Montenegro are parties to the Convention, and "
                                "anti-trafficking laws across the region, including in "
                                "Kosovo*, draw on the same standards. How each "
                                "principle is applied depends on national law and "
                                "procedures.</p>"
                                "<p>The principles below matter most for MIT "
                                "members.</p>"
                            ),
                        ),
                        (
                            "rich_text",
                            (
                                "<h2>Identification by trained, cooperating "
                                "authorities</h2>"
                                "<p>States must have competent authorities with staff "
                                "trained to identify victims, and these authorities "
                                "must work together and with support organisations "
                                "such as NGOs. An MIT is a practical form of this "
                                "cooperation.</p>"
                                "<h2>No removal before identification is complete</h2>"
                                "<p>When there are reasonable grounds to believe that "
                                "a person is a victim, the person must not be removed "
                                "from the country until the identification process is "
                                "complete. For MIT members in border police, asylum "
                                "and migration services, this is a daily "
                                "responsibility: check for signs of trafficking before "
                                "a return or a readmission.</p>"
                                "<h2>Assistance</h2>"
                                "<p>Victims must receive help with their physical, "
                                "psychological and social recovery. As a minimum this "
                                "includes safe and appropriate accommodation, "
                                "psychological and material help, emergency medical "
                                "treatment, interpretation and translation, "
                                "counselling and information about their rights in a "
                                "language they understand, help during criminal "
                                "proceedings, and access to education for children. "
                                "The help is given with the person's informed "
                                "consent.</p>"
                                "<h2>Assistance is not conditional on cooperation</h2>"
                                "<p>Help must not depend on whether the person is "
                                "willing to be a witness or to cooperate with the "
                                "police or prosecutors. Many victims are too afraid or "
                                "too traumatised to testify, at least at first. "
                                "Pressure to testify in exchange for help is against "
                                "the Convention.</p>"
                                "<h2>Recovery and reflection period</h2>"
                                "<p>A foreign person with reasonable grounds gets at "
                                "least 30 days to recover and to decide about "
                                "cooperation. During this time they may not be "
                                "expelled, and they have the right to assistance.</p>"
                                "<h2>Non-punishment</h2>"
                                "<p>Victims should not be punished for offences they "
                                "were compelled to commit as a result of being "
                                "trafficked. Examples are using a false passport "
                                "supplied by the trafficker, irregular entry or stay, "
                                "working without a permit, prostitution where it is an "
                                "offence, begging, theft or drug offences committed "
                                "under coercion. National laws apply this principle in "
                                "different ways; make sure the prosecutor or the court "
                                "knows about the signs of trafficking.</p>"
                                "<h2>Other rights to remember</h2>"
                                "<ul>"
                                "<li><b>Private life:</b> the victim's identity and "
                                "personal data must be protected, including from the "
                                "media.</li>"
                                "<li><b>Residence permit:</b> a permit may be given "
                                "because of the person's personal situation or because "
                                "of their cooperation with the authorities.</li>"
                                "<li><b>Compensation:</b> victims have the right to "
                                "legal help and to claim compensation.</li>"
                                "<li><b>Safe return:</b> any return must respect the "
                                "person's rights, safety and dignity, and should "
                                "preferably be voluntary.</li>"
                                "<li><b>Children:</b> a person whose age is uncertain "
                                "is presumed to be a child where there are reasons to "
                                "believe so, and an unaccompanied child gets a "
                                "guardian.</li></ul>"
                            ),
                        ),
                        (
                            "rich_text",
                            (
                                "<h2>Putting the principles into practice</h2>"
                                "<ul>"
                                "<li>Before a return, an arrest or a charge of a "
                                "person with signs of trafficking, ask: has this "
                                "person been referred as a potential victim?</li>"
                                "<li>Tell the person, in their language, that help "
                                "does not depend on giving evidence.</li>"
                                "<li>Record the signs of trafficking clearly, so that "
                                "prosecutors and courts can apply the non-punishment "
                                "principle.</li>"
                                "<li>Tell foreign persons about the recovery and "
                                "reflection period, and make sure the competent "
                                "authority knows about them.</li>"
                                "<li>Protect the person's identity in every record and "
                                "every conversation.</li></ul>"
                            ),
                        ),
                        (
                            "case_study",
                            {
                                "title": "The false passport",
                                "scenario": (
                                    "<p>At a border crossing, border police stop a "
                                    "young woman travelling with a false passport. She "
                                    "is with a man who says he is her boyfriend and "
                                    "that they are going on holiday. When questioned "
                                    "separately, she cries. She says the 'boyfriend' "
                                    "gave her the passport and told her it was real, "
                                    "that she was going to work in a café, and that "
                                    "she owes him money for the journey and for "
                                    "clothes he bought her. She does not want to say "
                                    "anything that could 'get him in trouble'.</p>"
                                    "<p>The usual procedure for using a false document "
                                    "would be a misdemeanour or criminal charge and a "
                                    "quick return.</p>"
                                ),
                                "questions": [
                                    "Which principles of the Convention apply here?",
                                    (
                                        "What should the border police officer do "
                                        "about the false passport charge?"
                                    ),
                                    "Can the woman be returned immediately?",
                                    (
                                        "What if she refuses to give evidence against "
                                        "the man?"
                                    ),
                                ],
                                "discussion": (
                                    "<p>There are reasonable grounds: a document "
                                    "supplied by the companion, a promised job, a "
                                    "debt, an apparent 'lover boy' relationship and "
                                    "fear. She must be treated as a potential victim. "
                                    "She should not be removed before identification "
                                    "is complete, and she should be referred to the "
                                    "NRM and offered assistance at once.</p>"
                                    "<p>The non-punishment principle applies: she used "
                                    "the false passport because of the person who "
                                    "controls her. The officer records the signs of "
                                    "trafficking and informs the prosecutor, so that "
                                    "the decision on any charge takes them into "
                                    "account under national law. If she is a foreign "
                                    "national, she has the right to a recovery and "
                                    "reflection period. Her refusal to give evidence "
                                    "does not remove her right to help. The man is "
                                    "dealt with separately by the competent unit, and "
                                    "the two are kept apart.</p>"
                                ),
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Key points",
                                "points": [
                                    (
                                        "The Council of Europe Convention is "
                                        "victim-centred and monitored by GRETA."
                                    ),
                                    (
                                        "Identification is done by trained authorities "
                                        "who cooperate with each other and with NGOs."
                                    ),
                                    (
                                        "A person with reasonable grounds is not "
                                        "removed before identification is complete."
                                    ),
                                    (
                                        "Assistance must not depend on cooperation "
                                        "with the police or prosecution."
                                    ),
                                    (
                                        "Foreign victims get a recovery and reflection "
                                        "period of at least 30 days."
                                    ),
                                    (
                                        "Victims should not be punished for offences "
                                        "they were compelled to commit."
                                    ),
                                ],
                            },
                        ),
                    ],
                },
                {
                    "title": "Children and cross-border cases",
                    "slug": "children-and-cross-border-cases",
                    "summary": (
                        "Referring child victims to child protection and guardianship, "
                        "and cooperating across borders in the region."
                    ),
                    "duration_minutes": 30,
                    "body": [
                        (
                            "rich_text",
                            (
                                "<h2>Child victims: child protection first</h2>"
                                "<p>Every child who may be a victim of trafficking is "
                                "referred to the child protection service, usually the "
                                "centre for social work, immediately. This applies "
                                "whether the child is local or foreign, accompanied or "
                                "alone. The <b>best interests of the child</b> are the "
                                "first consideration in every decision.</p>"
                                "<ul>"
                                "<li><b>Guardianship.</b> An unaccompanied or "
                                "separated child must get a guardian without delay. A "
                                "guardian is also needed when the parents may be "
                                "involved in the exploitation or cannot protect the "
                                "child. The guardian represents the child's interests "
                                "in every procedure.</li>"
                                "<li><b>Do not return the child to the family before "
                                "an assessment.</b> In many cases in the region, "
                                "family members are involved in forced begging, forced "
                                "marriage or forced criminality. The centre for social "
                                "work assesses whether the family is safe.</li>"
                                "<li><b>Presumption of age.</b> When age is uncertain "
                                "and there are reasons to believe the person is a "
                                "child, treat them as a child while age is "
                                "assessed.</li>"
                                "<li><b>No detention.</b> Children must not be held in "
                                "police cells or detention because of their migration "
                                "status or because of offences they were compelled to "
                                "commit.</li>"
                                "<li><b>Child-friendly procedures.</b> As few "
                                "interviews as possible, by trained specialists, in a "
                                "suitable place, with the guardian present. Hear the "
                                "child's views and explain decisions in words the "
                                "child understands.</li>"
                                "<li><b>Family tracing and return</b> only when they "
                                "are in the child's best interests and safe.</li>"
                                "<li><b>Continuity.</b> Education, health care and "
                                "contact with trusted people should continue.</li></ul>"
                                "<p>Respect for culture never justifies exploitation. "
                                "Forced begging is not a tradition, and a child "
                                "marriage arranged for money is not a private family "
                                "matter. Treat every child's case on its facts, "
                                "without prejudice against any community.</p>"
                            ),
                        ),
                        (
                            "rich_text",
                            (
                                "<h2>Cross-border cases</h2>"
                                "<p>Many cases in the region cross borders. A person "
                                "may be recruited in one place, moved through another "
                                "and exploited in a third. Good cooperation between "
                                "the jurisdictions of the region protects victims and "
                                "helps bring traffickers to justice.</p>"
                                "<ul>"
                                "<li><b>Use official channels.</b> Cases are passed "
                                "across borders through the NRM contact points and "
                                "national coordinators, and, for the criminal side, "
                                "through police and judicial cooperation channels. MIT "
                                "members do not organise returns or share case files "
                                "through private contacts.</li>"
                                "<li><b>Transnational referral.</b> Some jurisdictions "
                                "in the region have agreed procedures for referring "
                                "victims between them. National procedures differ, so "
                                "ask your coordinator which agreements apply.</li>"
                                "<li><b>Consent and safety before contacting the home "
                                "country.</b> Contact with an embassy, a consulate or "
                                "authorities in the home country is made only with the "
                                "person's consent and after thinking about risks. For "
                                "refugees, contact with their home state can be "
                                "dangerous.</li>"
                                "<li><b>Safe and voluntary return.</b> Before any "
                                "return, a risk assessment is made, and services in "
                                "the place of return are ready to receive the person. "
                                "A child returns only when it is in their best "
                                "interests, accompanied, and handed over to child "
                                "protection in the place of return.</li>"
                                "<li><b>Data across borders.</b> Share only what is "
                                "needed, on a legal basis, through secure "
                                "channels.</li>"
                                "<li><b>Regional MIT cooperation.</b> Teams on the "
                                "same route or on both sides of a border can exchange "
                                "contacts, good practice and warnings about new "
                                "recruitment methods. The regional level of the MIT "
                                "approach exists for this.</li></ul>"
                            ),
                        ),
                        (
                            "case_study",
                            {
                                "title": "The boy from Prizren",
                                "scenario": (
                                    "<p>In a shopping centre in Podgorica, security "
                                    "staff hold a boy who has taken a wallet from a "
                                    "woman's bag. Police find that he has been caught "
                                    "for pickpocketing twice this month, each time "
                                    "with a different older 'cousin' nearby. The boy "
                                    "says he is 15 and from Prizren in Kosovo*. He has "
                                    "no documents. He says his uncle brought him and "
                                    "that he must bring back a certain amount of money "
                                    "every day, or he will not get food. He asks not "
                                    "to be sent home, because his father 'sold him to "
                                    "the uncle for the debt'.</p>"
                                ),
                                "questions": [
                                    (
                                        "Is the boy a potential victim, and of which "
                                        "form of exploitation?"
                                    ),
                                    (
                                        "Who must be informed first, and what should "
                                        "happen to him tonight?"
                                    ),
                                    (
                                        "How does the non-punishment principle apply "
                                        "to the thefts?"
                                    ),
                                    (
                                        "How should contact with services in Prizren "
                                        "be made, and should he be returned to his "
                                        "family?"
                                    ),
                                ],
                                "discussion": (
                                    "<p>He is a potential child victim of trafficking "
                                    "for forced criminality: a child moved across a "
                                    "border and made to steal for adults, with "
                                    "possible sale by his father. As he is a child, no "
                                    "means need to be shown. His age is presumed to be "
                                    "under 18 until it is established.</p>"
                                    "<p>The centre for social work must be informed at "
                                    "once. A guardian is appointed without delay, and "
                                    "he is placed in safe child-appropriate "
                                    "accommodation, not in a police cell. The thefts "
                                    "are treated in the light of the non-punishment "
                                    "principle: the prosecutor is informed of the "
                                    "signs of trafficking. The police pass information "
                                    "about the 'uncle' and the 'cousins' to the "
                                    "competent unit.</p>"
                                    "<p>Contact with Prizren goes through the NRM "
                                    "contact points and child protection services, not "
                                    "through private channels. Because the boy says "
                                    "his father sold him, he should not simply be "
                                    "returned to his family. A return is possible only "
                                    "after a careful assessment shows it is safe and "
                                    "in his best interests, with a handover to child "
                                    "protection services there.</p>"
                                ),
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "Key points",
                                "points": [
                                    (
                                        "Refer every child who may be a victim to "
                                        "child protection at once; their best "
                                        "interests come first."
                                    ),
                                    (
                                        "An unaccompanied or separated child, or one "
                                        "whose parents may be involved, gets a "
                                        "guardian without delay."
                                    ),
                                    (
                                        "Do not return a child to the family before an "
                                        "assessment; never detain a child for "
                                        "compelled offences."
                                    ),
                                    (
                                        "Pass cross-border cases through NRM contact "
                                        "points and official channels, not private "
                                        "contacts."
                                    ),
                                    (
                                        "Contact the home country only with consent "
                                        "and after a risk assessment; any return is "
                                        "safe and preferably voluntary."
                                    ),
                                    (
                                        "Teams along the same route can cooperate "
                                        "across borders at the regional level."
                                    ),
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}
