from django.db import migrations


def replace_welcome_page(apps, schema_editor):
    """Put a HomePage where Wagtail's initial data left its generic welcome page."""
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    generic = ContentType.objects.get(app_label="wagtailcore", model="page")
    welcome = Page.objects.filter(content_type=generic, depth=2).first()
    if welcome is None or HomePage.objects.exists():
        return
    locale_id, path, translation_key = (
        welcome.locale_id,
        welcome.path,
        welcome.translation_key,
    )
    Site.objects.filter(root_page=welcome).delete()
    welcome.delete()
    home_type, _ = ContentType.objects.get_or_create(app_label="home", model="homepage")
    home = HomePage.objects.create(
        title="MIT Training Platform",
        draft_title="MIT Training Platform",
        slug="home",
        content_type=home_type,
        path=path,
        depth=2,
        numchild=0,
        url_path="/home/",
        locale_id=locale_id or Locale.objects.order_by("pk").values_list("pk", flat=True).first(),
        translation_key=translation_key,
    )
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_home_page"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(replace_welcome_page, migrations.RunPython.noop)]
