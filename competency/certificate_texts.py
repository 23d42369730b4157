"""What certificates print about competencies (the `certificate_competencies` hook)."""

from .models import Competency


def competencies_for_course(course) -> list[str]:
    """Return the titles of the competencies a course gives evidence of."""
    return list(
        Competency.objects.filter(
            evidence_sources__page__translation_key=course.translation_key
        )
        .distinct()
        .order_by("code")
        .values_list("title", flat=True)
    )
