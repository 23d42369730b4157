from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from localization.views import set_language

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/setlang/", set_language, name="set_language"),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("courses/", include("courses.urls")),
    path("api/assessments/", include("assessments.api_urls")),
    path("api/scorm/", include("scorm.api_urls")),
    path("api/h5p/", include("h5p.api_urls")),
    path("api/competency/", include("competency.api_urls")),
]

urlpatterns += i18n_patterns(
    path("", include("home.urls")),
    path("members/", include("teams.urls")),
    path("", include("certificates.urls")),
    path("assessments/", include("assessments.urls")),
    path("scorm/", include("scorm.urls")),
    path("h5p/", include("h5p.urls")),
    path("competency/", include("competency.urls")),
    path("", include("localization.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.SERVE_MEDIA:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + (
        urlpatterns
    )
