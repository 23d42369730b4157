from django.conf import settings
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.i18n import set_language as django_set_language
from wagtail import views as wagtail_views
from wagtail.models import Page

from .pages import active_locale, default_tree_route, learner_url, page_for_url


def serve(request, path):
    """Serve a page in the active language, else the original-language page.

    A page missing from the learner's language tree is looked up in the
    default-language tree; if that page has a translation elsewhere in the
    learner's tree (a translated slug), the learner is sent there.
    """
    language = translation.get_language()
    if (
        language != settings.LANGUAGE_CODE
        and Page.route_for_request(request, path) is None
    ):
        route = default_tree_route(request, path)
        if route is not None:
            page = route[0]
            locale = active_locale()
            if locale is not None and page.locale_id != locale.pk:
                translated = (
                    Page.objects.live()
                    .filter(translation_key=page.translation_key, locale=locale)
                    .first()
                )
                if translated is not None:
                    return redirect(translated.get_url(request))
            request._wagtail_route_for_request = route
    return wagtail_views.serve(request, path)


def set_language(request):
    """Django's set_language, keeping the learner on the same page.

    When `next` is a page, the learner lands on its version in the new language,
    or on the original page with the new language's interface.
    """
    response = django_set_language(request)
    language = request.POST.get("language")
    next_url = request.POST.get("next", "")
    if (
        request.method == "POST"
        and isinstance(response, HttpResponseRedirect)
        and translation.check_for_language(language)
        and url_has_allowed_host_and_scheme(
            next_url, allowed_hosts={request.get_host()}
        )
    ):
        page = page_for_url(request, next_url)
        if page is not None:
            response["Location"] = learner_url(page, request, language=language)
    return response
