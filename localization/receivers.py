from django.apps import apps


def ensure_submit_translation_permission(sender, **kwargs):
    """Recreate wagtail-localize's "Can submit translations" permission.

    wagtail-localize creates it in a data migration, hanging off no model, so a
    database flush (as tests do) removes it and Django does not recreate it.
    """
    if sender.name != "wagtail_localize":
        return
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="wagtail_localize", model="translation"
    )
    Permission.objects.get_or_create(
        content_type=content_type,
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )
