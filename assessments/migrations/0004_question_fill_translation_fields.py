"""Give existing questions the default locale and a translation key each."""

import uuid

from django.db import migrations
from wagtail.coreutils import get_supported_content_language_variant


def fill(apps, schema_editor):
    from django.conf import settings

    Locale = apps.get_model("wagtailcore", "Locale")
    Question = apps.get_model("assessments", "Question")
    if not Question.objects.exists():
        return
    language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    locale, _created = Locale.objects.get_or_create(language_code=language)
    for question in Question.objects.filter(translation_key__isnull=True):
        question.translation_key = uuid.uuid4()
        question.locale_id = locale.pk
        question.save(update_fields=["translation_key", "locale"])


class Migration(migrations.Migration):
    dependencies = [("assessments", "0003_question_translatable_fields")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
