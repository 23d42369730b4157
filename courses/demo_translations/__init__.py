"""Translations of the demo MIT core course (`courses.demo_content.CORE_COURSE`).

Each module `<language>.py` defines `CORE_COURSE` with the original's structure and
slugs and translated texts; a partial translation lists only its first modules.
`localization.demo` loads them as Wagtail translations of the demo course.
"""

LANGUAGES = ("bs", "sq", "sr", "mk")
