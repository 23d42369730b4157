"""Translations of the demo quizzes and question bank (`assessments.demo_content`).

Each module `<language>.py` defines `QUIZZES` (titles and introductions) and
`QUESTIONS`, keyed by the original question's name: its stem, its options as
(text, feedback) in the original's order (which option is right stays the
original's), matching items as (item, match), ordering items in the correct
order, accepted short answers and the general feedback. `localization.demo`
loads them as translations of the demo's questions and quiz pages.
"""

LANGUAGES = ("bs", "sq")
