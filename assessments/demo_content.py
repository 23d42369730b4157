"""The demo question bank: scenario questions on the four MIT core modules.

Written for the demo from the curriculum brief (CURRICULUM.md); national
procedures differ, so the questions test the shared regional approach.
Options are (text, correct, feedback); matching items are (item, match);
ordering items are listed in the correct order; short answers list the
accepted answers.
"""

COMPOSITION = "composition"
ROLES = "roles-and-responsibilities"
DETECTION = "detection-and-identification"
REFERRAL = "referral-mechanism"

CATEGORIES = {
    COMPOSITION: "Module 1: composition of an MIT",
    ROLES: "Module 2: roles and responsibilities",
    DETECTION: "Module 3: detection and identification",
    REFERRAL: "Module 4: the MIT in the referral mechanism",
}
WRITTEN_CATEGORY = "Written reflections"

QUESTIONS = {
    COMPOSITION: [
        {
            "name": "Why a multidisciplinary team",
            "kind": "single",
            "text": "<p>Why does a Mobile Identification Team bring together "
            "professionals from several sectors?</p>",
            "options": [
                (
                    "Signs of trafficking appear in different places (health, work, "
                    "social situation, legal status) and no single profession sees "
                    "them all or can offer all the help a person needs.",
                    True,
                    "Right: each sector notices different indicators and opens "
                    "different doors to protection.",
                ),
                (
                    "So that the team can investigate and prosecute cases faster.",
                    False,
                    "An MIT identifies and refers; investigation and prosecution "
                    "stay with the police and prosecutors.",
                ),
                (
                    "Because every potential victim must be interviewed by each "
                    "institution in turn.",
                    False,
                    "The aim is the opposite: fewer, better-prepared conversations, "
                    "so the person does not have to repeat their story.",
                ),
            ],
            "general_feedback": "<p>A multi-sectoral approach is essential: the "
            "programme's lessons learnt say so explicitly.</p>",
        },
        {
            "name": "Sectors an MIT draws on",
            "kind": "multiple",
            "text": "<p>Which of these usually take part in an MIT? Select all "
            "that apply.</p>",
            "options": [
                (
                    "Police",
                    True,
                    "Yes: safety, legal powers and links to the investigation.",
                ),
                (
                    "Centre for social work",
                    True,
                    "Yes: protection, accommodation and guardianship for children.",
                ),
                (
                    "Health services",
                    True,
                    "Yes: health staff often see injuries and untreated illness first.",
                ),
                (
                    "NGOs doing outreach",
                    True,
                    "Yes: they reach people who avoid institutions and build trust.",
                ),
                (
                    "Labour inspection",
                    True,
                    "Yes: they see workplaces and working conditions.",
                ),
                (
                    "Representatives of the employer under suspicion",
                    False,
                    "No: that would put the person at risk and break confidentiality.",
                ),
            ],
            "general_feedback": "<p>Teams also draw on education, asylum and "
            "migration services and interpreters or cultural mediators, as "
            "local needs require.</p>",
        },
        {
            "name": "MITs do not prosecute",
            "kind": "true_false",
            "text": "<p>An MIT investigates trafficking offences and builds the "
            "case for prosecution.</p>",
            "options": [
                (
                    "True",
                    False,
                    "Not so: investigation and prosecution are for "
                    "the police and the prosecutor's office.",
                ),
                (
                    "False",
                    True,
                    "Right: the team recognises potential victims "
                    "and refers them; it knows the limits of its role.",
                ),
            ],
        },
        {
            "name": "What each sector brings",
            "kind": "matching",
            "text": "<p>Match each team member with what they mainly bring to the "
            "team.</p>",
            "items": [
                ("Labour inspector", "Checks working conditions, contracts and wages"),
                (
                    "Health worker",
                    "Notices injuries, untreated illness and signs of abuse",
                ),
                (
                    "Social worker",
                    "Arranges protection, accommodation and guardianship",
                ),
                (
                    "Interpreter or cultural mediator",
                    "Makes sure the person understands and is understood",
                ),
                ("", "Decides on criminal charges"),
            ],
        },
        {
            "name": "Steps in forming a team",
            "kind": "ordering",
            "text": "<p>Put the steps of setting up a new MIT in order.</p>",
            "items": [
                "Map the local situation and the institutions that should take part",
                "Sign a protocol of cooperation that sets the mandate and roles",
                "Nominate the members and a team leader and train them together",
                "Start outreach with a duty roster, supervision and a budget",
            ],
        },
        {
            "name": "Team without a mandate",
            "kind": "single",
            "text": "<p>A new team in a border town has committed members, but "
            "their institutions have signed nothing. A member's director asks "
            "why she spends working hours on outreach. What is the team "
            "missing?</p>",
            "options": [
                (
                    "A protocol of cooperation that gives the team its mandate and "
                    "sets out each institution's role",
                    True,
                    "Right: without a mandate, members depend on goodwill and the "
                    "team is not sustainable.",
                ),
                (
                    "A larger vehicle for outreach",
                    False,
                    "Equipment helps, but the problem here is the missing mandate.",
                ),
                (
                    "An order placing the team under the border police",
                    False,
                    "An MIT is multi-agency; putting it under one service loses the "
                    "trust of people who fear the police.",
                ),
            ],
            "general_feedback": "<p>Lessons learnt: MITs need to be part of the "
            "referral mechanism with a sustainable budget.</p>",
        },
        {
            "name": "Name of the founding agreement",
            "kind": "short",
            "text": "<p>What do we call the written agreement between institutions "
            "that gives an MIT its mandate and sets out each member's role?</p>",
            "accepted": [
                "protocol of cooperation",
                "cooperation protocol",
                "protokol o saradnji",
                "protokol o suradnji",
                "protokol o sarađivanju",
            ],
            "general_feedback": "<p>The protocol of cooperation.</p>",
        },
    ],
    ROLES: [
        {
            "name": "Boy at the bus station: first contact",
            "kind": "single",
            "text": "<p>During outreach at a bus station the team sees a boy of "
            "about eleven begging, while an adult watches him from a bench "
            "nearby. Who should approach the boy first?</p>",
            "options": [
                (
                    "The social worker, calmly and with a colleague nearby, in a way "
                    "that does not alarm the boy or the adult",
                    True,
                    "Right: a child-sensitive approach by the member trained for "
                    "it, with the team's safety in mind.",
                ),
                (
                    "The police officer in uniform, who questions the adult at once",
                    False,
                    "This may frighten the boy and warn the adult before the "
                    "team knows what is happening.",
                ),
                (
                    "Nobody: begging is only a matter for the municipal inspection",
                    False,
                    "Forced begging is a form of exploitation; the team must act.",
                ),
            ],
        },
        {
            "name": "Good recording practice",
            "kind": "multiple",
            "text": "<p>Which of these are good practice when recording a first "
            "contact? Select all that apply.</p>",
            "options": [
                (
                    "Record only what the referral needs",
                    True,
                    "Yes: collect only what is needed.",
                ),
                (
                    "Explain why the information is recorded and ask for consent",
                    True,
                    "Yes: the person should know what happens to their data.",
                ),
                (
                    "Keep the notes in the secure system the team agreed on",
                    True,
                    "Yes: secure storage protects the person.",
                ),
                (
                    "Send a photo of the person to the team's chat group so that "
                    "everyone recognises them",
                    False,
                    "No: personal data never goes into unsecured channels.",
                ),
                (
                    "Write down everything about the family, just in case",
                    False,
                    "No: collecting more than needed increases the risk to the person.",
                ),
            ],
        },
        {
            "name": "Photos in a messaging group",
            "kind": "true_false",
            "text": "<p>Sharing a photo of a potential victim in an ordinary "
            "messaging group is acceptable if only team members are in the "
            "group.</p>",
            "options": [
                (
                    "True",
                    False,
                    "No: ordinary messaging groups are not secure and "
                    "phones get lost; use the agreed secure channel.",
                ),
                ("False", True, "Right: no personal data in unsecured channels."),
            ],
        },
        {
            "name": "Duty to report and the person's interests",
            "kind": "single",
            "text": "<p>A police officer in the team meets a woman without "
            "residence papers who shows several indicators of trafficking. The "
            "officer's service must normally report irregular stay. What should "
            "the team do?</p>",
            "options": [
                (
                    "Treat her as a potential victim and refer her to protection; the "
                    "identification comes before any removal procedure",
                    True,
                    "Right: a person with reasonable grounds is not removed before "
                    "identification is complete.",
                ),
                (
                    "Report her for irregular stay and let the migration service "
                    "decide",
                    False,
                    "This puts a potential victim at risk of "
                    "removal and breaks her trust in the team.",
                ),
                (
                    "Walk away, to avoid the conflict of duties",
                    False,
                    "The team must act; the protocol of cooperation should settle "
                    "such conflicts in advance.",
                ),
            ],
        },
        {
            "name": "Tasks in each phase",
            "kind": "matching",
            "text": "<p>Match each phase of the team's work with its main task.</p>",
            "items": [
                ("Outreach", "Go where people at risk are and notice indicators"),
                (
                    "First contact",
                    "Build trust, explain who the team is and assess urgent needs",
                ),
                (
                    "Follow-up",
                    "Check that the referral happened and help is being received",
                ),
                ("Recording", "Write a short, factual note with only the data needed"),
            ],
        },
        {
            "name": "Safety before a workplace visit",
            "kind": "single",
            "text": "<p>The team plans a visit to a car wash where workers may be "
            "exploited. What should it agree before going?</p>",
            "options": [
                (
                    "Who goes, how they keep in touch, when they leave, and whom to "
                    "call if the situation turns dangerous",
                    True,
                    "Right: staff safety is planned, not improvised.",
                ),
                (
                    "Nothing: a mixed team is protection enough",
                    False,
                    "Field visits carry real risks for staff and for the workers.",
                ),
                (
                    "That the most senior member goes in alone, so as not to alarm "
                    "the owner",
                    False,
                    "Nobody should go in alone.",
                ),
            ],
        },
    ],
    DETECTION: [
        {
            "name": "Elements of the definition",
            "kind": "single",
            "text": "<p>Which three elements make up the international definition "
            "of trafficking in adults?</p>",
            "options": [
                (
                    "An act (such as recruitment, transport or harbouring), a means "
                    "(such as threats, deception or abuse of vulnerability) and a "
                    "purpose of exploitation",
                    True,
                    "Right: act, means, purpose.",
                ),
                (
                    "Crossing a border, a payment, and an organised criminal group",
                    False,
                    "Trafficking need not cross a border or involve a payment.",
                ),
                (
                    "Violence, a complaint by the victim, and a profit",
                    False,
                    "A victim's complaint is not part of the definition.",
                ),
            ],
        },
        {
            "name": "Children and the means",
            "kind": "true_false",
            "text": '<p>When the person is a child, the "means" element is not '
            "required: an act for the purpose of exploitation is enough.</p>",
            "options": [
                ("True", True, "Right: for children the means are not required."),
                (
                    "False",
                    False,
                    "For children only the act and the purpose are needed.",
                ),
            ],
        },
        {
            "name": "Farm worker: indicators",
            "kind": "multiple",
            "text": "<p>A seasonal farm worker says the employer keeps his passport "
            '"for registration", has not paid him for three months, and locks '
            "the workers in a barn at night. Which ILO indicators of forced "
            "labour do you recognise? Select all that apply.</p>",
            "options": [
                ("Retention of identity documents", True, "Yes: the passport."),
                ("Withholding of wages", True, "Yes: three months unpaid."),
                ("Restriction of movement", True, "Yes: locked in at night."),
                (
                    "Abusive working and living conditions",
                    True,
                    "Yes: sleeping locked in a barn.",
                ),
                (
                    "Excessive overtime",
                    False,
                    "He said nothing about his hours; ask, but do not assume.",
                ),
            ],
            "general_feedback": "<p>One indicator is a reason to look closer; "
            "several together give reasonable grounds to refer.</p>",
        },
        {
            "name": "Smuggling or trafficking",
            "kind": "single",
            "text": "<p>What is the main difference between smuggling of migrants "
            "and trafficking in human beings?</p>",
            "options": [
                (
                    "Smuggling is a service to cross a border irregularly and ends on "
                    "arrival; trafficking aims to exploit the person and need not "
                    "cross a border",
                    True,
                    "Right.",
                ),
                (
                    "Trafficking always crosses a border; smuggling does not",
                    False,
                    "It is the other way round: smuggling always crosses a border.",
                ),
                (
                    "Smuggled people are always adults and trafficked people are "
                    "always children",
                    False,
                    "Both can be adults or children.",
                ),
            ],
            "general_feedback": "<p>A smuggling journey can turn into trafficking, "
            'for example through a "debt" for the journey.</p>',
        },
        {
            "name": "Debt for the journey",
            "kind": "single",
            "text": "<p>A group of migrants in a transit area say they owe the man "
            'who organised their journey a "debt" that grows every week, and '
            "that he says they must work for his contact to pay it off. What "
            "should the team conclude?</p>",
            "options": [
                (
                    "There are indicators of debt bondage: they may be potential "
                    "victims, and the team should talk with them safely and consider "
                    "referral",
                    True,
                    "Right.",
                ),
                (
                    "It is only smuggling, so it is a matter for the border police",
                    False,
                    "The growing debt and forced work point to trafficking.",
                ),
                (
                    "Nothing can be done unless they file a complaint",
                    False,
                    "Identification does not depend on a complaint.",
                ),
            ],
        },
        {
            "name": "Forms of exploitation",
            "kind": "matching",
            "text": "<p>Match each situation with the form of exploitation.</p>",
            "items": [
                (
                    "A child made to steal in a shopping centre by adults who take "
                    "the goods",
                    "Forced criminality",
                ),
                (
                    "A young woman recruited online for a waitressing job abroad and "
                    "made to sell sex",
                    "Sexual exploitation",
                ),
                (
                    "A child begging at a bus station while an adult collects the "
                    "money",
                    "Forced begging",
                ),
                (
                    "A girl of fifteen married to a man her family owes money to",
                    "Forced marriage",
                ),
                ("", "Illegal adoption"),
            ],
        },
        {
            "name": "Who identifies formally",
            "kind": "single",
            "text": "<p>Who formally identifies a person as a victim of "
            "trafficking?</p>",
            "options": [
                (
                    "The competent authority under national law; the MIT recognises a "
                    "potential victim on reasonable grounds and refers them",
                    True,
                    "Right: the team's role is recognition and referral.",
                ),
                (
                    "The MIT, once two of its members agree",
                    False,
                    "The team does not identify formally.",
                ),
                (
                    "A court, after the trafficker is convicted",
                    False,
                    "Identification and protection do not wait for a conviction.",
                ),
            ],
        },
        {
            "name": "Indicator: the passport",
            "kind": "short",
            "text": "<p>Which ILO indicator of forced labour is shown when an "
            "employer keeps a worker's passport?</p>",
            "accepted": [
                "retention of identity documents",
                "retention of documents",
                "retention of identity document",
            ],
        },
    ],
    REFERRAL: [
        {
            "name": "From detection to inclusion",
            "kind": "ordering",
            "text": "<p>Put the steps of a referral in order.</p>",
            "items": [
                "Detection of indicators by first-line actors such as the MIT",
                "Referral of the potential victim into the referral mechanism",
                "Formal identification by the competent authority",
                "Longer-term assistance and social inclusion",
            ],
        },
        {
            "name": "Assistance not conditional",
            "kind": "true_false",
            "text": "<p>Under the Council of Europe Convention on Action against "
            "Trafficking in Human Beings, assistance may be made conditional on "
            "the victim agreeing to testify.</p>",
            "options": [
                (
                    "True",
                    False,
                    "No: assistance is not conditional on cooperation "
                    "with the authorities.",
                ),
                ("False", True, "Right."),
            ],
        },
        {
            "name": "Shoplifting under control",
            "kind": "single",
            "text": "<p>A young woman was caught shoplifting while under the "
            "control of the people who trafficked her. Which principle "
            "applies?</p>",
            "options": [
                (
                    "Non-punishment: she should not be punished for offences she was "
                    "compelled to commit",
                    True,
                    "Right.",
                ),
                (
                    "Equal treatment: she must be prosecuted like anyone else",
                    False,
                    "Punishing her would punish the victim for the traffickers' crime.",
                ),
                (
                    "Reflection period: she must leave the country within 30 days",
                    False,
                    "The recovery and reflection period protects her; it is "
                    "not a deadline to leave.",
                ),
            ],
        },
        {
            "name": "Immediate assistance",
            "kind": "multiple",
            "text": "<p>Which of these are part of immediate assistance to a "
            "potential victim? Select all that apply.</p>",
            "options": [
                ("Safe accommodation", True, "Yes."),
                ("Medical and psychological care", True, "Yes."),
                (
                    "Legal advice and information in a language they understand",
                    True,
                    "Yes.",
                ),
                (
                    "A statement to the police before any help is given",
                    False,
                    "No: help does not wait for a statement.",
                ),
                (
                    "Return to the country of origin within 24 hours",
                    False,
                    "No: a person with reasonable grounds is not removed before "
                    "identification is complete.",
                ),
            ],
        },
        {
            "name": "Unaccompanied child",
            "kind": "single",
            "text": "<p>The team meets an unaccompanied fifteen-year-old with "
            "indicators of trafficking. What must happen?</p>",
            "options": [
                (
                    "Refer the child to child-protection services, which appoint a "
                    "guardian, and treat the child as a potential victim",
                    True,
                    "Right.",
                ),
                (
                    "Wait until the child confirms in a formal statement that they "
                    "were exploited",
                    False,
                    "Protection does not wait for a statement.",
                ),
                (
                    "Place the child in a detention centre for migrants until the "
                    "age is checked",
                    False,
                    "If age is uncertain, the person is treated as a child.",
                ),
            ],
        },
        {
            "name": "Reflection period",
            "kind": "true_false",
            "text": "<p>The Council of Europe Convention gives a person with "
            "reasonable grounds to be a victim a recovery and reflection period "
            "of at least 30 days.</p>",
            "options": [
                ("True", True, "Right: at least 30 days to recover and decide."),
                ("False", False, "The Convention sets at least 30 days."),
            ],
        },
        {
            "name": "Returning home across a border",
            "kind": "single",
            "text": "<p>A woman identified as a victim in one country of the region "
            "wants to go back home to another. What is good practice?</p>",
            "options": [
                (
                    "Plan a safe, voluntary return with the referral bodies of both "
                    "countries, with a risk assessment and a handover to services "
                    "at home",
                    True,
                    "Right: regional cooperation makes the return safe.",
                ),
                (
                    "Buy her a bus ticket as soon as she asks",
                    False,
                    "Without a risk assessment and a handover she may be "
                    "re-trafficked.",
                ),
                (
                    "Let the employer who recruited her arrange the journey",
                    False,
                    "That returns her to the people who exploited her.",
                ),
            ],
        },
        {
            "name": "NRM",
            "kind": "short",
            "text": "<p>What does the abbreviation NRM stand for?</p>",
            "accepted": ["national referral mechanism", "national referral mechanisms"],
        },
    ],
}

WRITTEN = {
    "name": "Explaining confidentiality",
    "kind": "essay",
    "text": "<p>In a few sentences, write what you would say to a potential "
    "victim at first contact to explain confidentiality: what the team writes "
    "down, who will see it, and what the person can refuse.</p>",
    "general_feedback": "<p>A good answer is short and plain, promises nothing "
    "the team cannot keep, and mentions consent.</p>",
}
