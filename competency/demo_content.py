"""Demo framework: competencies from the MIT curriculum, CE rules per sector."""

import datetime

ALL_MIT_SECTORS = [
    "police",
    "social_welfare",
    "health",
    "labour_inspection",
    "education",
    "ngo",
    "border_police",
    "asylum_migration",
]

# code, title, description, required for sectors, validity in months,
# evidence: course, lesson and quiz slugs
COMPETENCIES = [
    (
        "MIT-01",
        "MIT mandate and composition",
        "Explains why identification needs several professions at once, what each "
        "sector brings and where the team's mandate ends.",
        ALL_MIT_SECTORS,
        36,
        [
            "mit-core-curriculum",
            "why-identification-needs-a-team",
            "composition-quiz",
        ],
    ),
    (
        "MIT-02",
        "Roles and responsibilities in the team",
        "Knows each member's role in outreach, first contact and follow-up, and who "
        "records what.",
        ALL_MIT_SECTORS,
        36,
        [
            "roles-in-outreach-first-contact-and-follow-up",
            "roles-and-responsibilities-quiz",
        ],
    ),
    (
        "MIT-03",
        "Indicators of trafficking",
        "Recognises the act, means and purpose, the forms of exploitation and the "
        "indicators of forced labour, and those specific to children and people on "
        "the move.",
        ALL_MIT_SECTORS,
        24,
        [
            "ilo-indicators-of-forced-labour",
            "definition-and-forms-of-exploitation",
            "detection-and-identification-quiz",
        ],
    ),
    (
        "MIT-04",
        "First contact and the victim-centred approach",
        "Makes first contact that is victim-centred, trauma-informed, gender- and "
        "child-sensitive, with an interpreter where needed.",
        ALL_MIT_SECTORS,
        24,
        ["first-contact-and-the-potential-victim"],
    ),
    (
        "MIT-05",
        "Interviewing and protecting children",
        "Refers children to child-protection services and guardianship and speaks "
        "with children in a way that protects them.",
        ["social_welfare", "police", "ngo"],
        24,
        [
            "children-people-on-the-move-and-smuggling",
            "children-and-cross-border-cases",
        ],
    ),
    (
        "MIT-06",
        "Referral procedures",
        "Follows the steps from detection to referral, formal identification and "
        "assistance under the national referral mechanism.",
        ALL_MIT_SECTORS,
        24,
        ["from-detection-to-inclusion", "referral-mechanism-quiz"],
    ),
    (
        "MIT-07",
        "Data protection and confidentiality",
        "Collects only what is needed, with consent, keeps it securely and never "
        "sends personal data over unsecured channels.",
        ALL_MIT_SECTORS,
        36,
        [
            "platform-and-programme-induction",
            "recording-confidentiality-and-data-protection",
        ],
    ),
    (
        "MIT-08",
        "Cooperation across sectors and borders",
        "Works with other sectors in the team and with counterparts across borders "
        "in regional cases.",
        ["police", "social_welfare", "ngo", "border_police", "asylum_migration"],
        36,
        ["sectors-and-what-each-brings"],
    ),
    (
        "MIT-09",
        "Victims' rights",
        "Applies the recovery and reflection period, non-punishment and assistance "
        "not conditional on cooperation.",
        ALL_MIT_SECTORS,
        36,
        ["victims-rights-council-of-europe-convention"],
    ),
    (
        "MIT-10",
        "Staff safety in the field",
        "Plans outreach safely and handles conflicts between a sector's duties and "
        "the person's interests.",
        ["police", "ngo", "social_welfare"],
        36,
        ["staff-safety-and-conflicts-of-duty"],
    ),
]

# Kinds of external activity that give evidence of a competency.
ACTIVITY_EVIDENCE = [
    ("MIT-03", "field_exercise"),
    ("MIT-08", "cross_border"),
    ("MIT-04", "supervision"),
]

CORE_COMPETENCIES = ["MIT-01", "MIT-07"]
READINESS_SECTORS = ["police", "social_welfare", "ngo"]

# Requirements shaped like the professional bodies' rules (invented figures).
REQUIREMENTS = [
    {
        "name": "Police: annual in-service training",
        "sector": "police",
        "required_per_cycle": 24,
        "cycle_months": 12,
        "anchor": "calendar",
        "grace_days": 30,
        "self_reported_cap": 8,
        "minima": [("course", 8)],
    },
    {
        "name": "Social work: licence renewal",
        "sector": "social_welfare",
        "unit": "points",
        "units_per_hour": 1,
        "required_per_cycle": 60,
        "cycle_months": 36,
        "anchor": "licence",
        "carry_over_cap": 10,
        "grace_days": 60,
        "minima": [("supervision", 6)],
    },
    {
        "name": "Health chamber: 140 points per 7-year licence",
        "sector": "health",
        "unit": "points",
        "units_per_hour": 1,
        "required_per_cycle": 140,
        "cycle_months": 84,
        "anchor": "licence",
        "minimum_per_year": 10,
        "grace_days": 90,
    },
    {
        "name": "NGO outreach: programme CE",
        "sector": "ngo",
        "required_per_cycle": 16,
        "cycle_months": 12,
        "anchor": "start",
        "self_reported_cap": 10,
    },
    {
        "name": "Serbia: MIT members' referral refresher",
        "country": "RS",
        "required_per_cycle": 6,
        "cycle_months": 24,
        "anchor": "calendar",
        "calendar_start": datetime.date(2025, 1, 1),
        "mandatory": ["MIT-06"],
    },
]

# username, kind, title, days ago, hours, decision ("approve", "reject", None)
ACTIVITIES = [
    (
        "trainee",
        "field_exercise",
        "Joint outreach exercise at Sarajevo bus station",
        40,
        6,
        "approve",
    ),
    (
        "trainee",
        "workshop",
        "Workshop on online recruitment of young women",
        5,
        4,
        None,
    ),
    (
        "amra.hodzic",
        "supervision",
        "Monthly case supervision, MIT Sarajevo",
        60,
        3,
        "approve",
    ),
    (
        "amra.hodzic",
        "conference",
        "Regional conference on child trafficking",
        20,
        8,
        "reject",
    ),
    (
        "ramiza.sejdic",
        "cross_border",
        "Exchange visit to MIT Subotica",
        90,
        12,
        "approve",
    ),
    (
        "mirza.talic",
        "workshop",
        "Labour-exploitation indicators in agriculture",
        10,
        5,
        None,
    ),
]
LICENCE_YEARS_BEFORE_START = {"social_welfare": 2, "health": 3}
