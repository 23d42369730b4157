"""Which language version of a page a learner sees, and where it lives.

Every language has its own page tree (wagtail-localize copies the course tree
into each language). A page not (yet) translated into the learner's language is
shown in the original language, under the learner's language prefix, so the rest
of the page (menus, buttons) stays in the learner's language.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from django.utils.translation import get_language_from_path
from wagtail.models import Locale, Page, Site


def active_locale(request=None) -> Locale | None:
    """Return the Wagtail locale of the active language, or None if it has none.

    Remembered on the request, so that the links of a page cost one query.
    """
    language = translation.get_language() or settings.LANGUAGE_CODE
    cache = getattr(request, "_localization_locales", None)
    if cache is None:
        cache = {}
        if request is not None:
            request._localization_locales = cache
    if language not in cache:
        try:
            # Not Locale.get_active(): it answers the default locale instead.
            cache[language] = Locale.objects.get_for_language(language)
        except Locale.DoesNotExist:
            cache[language] = None
    return cache[language]


def original_page(page: Page, request=None) -> Page:
    """Return the default-language version of `page` (itself if none).

    Without a query when the page is in the active language and that is the
    default language.
    """
    locale = active_locale(request)
    if (
        locale is not None
        and page.locale_id == locale.pk
        and locale.language_code == settings.LANGUAGE_CODE
    ):
        return page
    if getattr(page, UNTRANSLATED, False):
        return page  # looked up in the original tree already
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return page
    source = Page.objects.filter(
        translation_key=page.translation_key,
        locale__language_code=settings.LANGUAGE_CODE,
    ).first()
    return source or page


def default_tree_route(request, path: str):
    """Route `path` in the default-language tree of the request's site."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    try:
        return site.root_page.specific.route(request, components)
    except Http404:
        return None


def localized_tree_route(request, path: str):
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    try:
        return site.root_page.localized.specific.route(request, components)
    except Http404:
        return None


# Set on pages whose translations were already looked up (e.g. by the outline).
UNTRANSLATED = "_localization_untranslated"


def live_translation(page: Page, locale: Locale | None) -> Page | None:
    """Return the live version of `page` in `locale`, or None."""
    if locale is None:
        return None
    if page.locale_id == locale.pk:
        return page
    if getattr(page, UNTRANSLATED, False):
        return None
    return (
        Page.objects.live()
        .filter(translation_key=page.translation_key, locale=locale)
        .first()
    )


def localized_versions(pages, locale: Locale | None, model=Page) -> dict:
    """Return {translation_key: live page in `locale`} for the given pages.

    One query (none if every page is already in `locale`); pages without a
    translation are marked so that `learner_url` does not look again.
    """
    if locale is None:
        return {}
    others = [page for page in pages if page.locale_id != locale.pk]
    if not others:
        return {}
    found = {
        page.translation_key: page
        for page in model.objects.live()
        .filter(translation_key__in=[page.translation_key for page in others])
        .filter(locale=locale)
    }
    for page in others:
        if page.translation_key not in found:
            setattr(page, UNTRANSLATED, True)
    return found


def fallback_url(page: Page, language: str) -> str:
    """Return the URL showing `page` (of any language) with `language`'s interface."""
    roots = [
        root.root_path
        for root in Site.get_site_root_paths()
        if page.url_path.startswith(root.root_path)
    ]
    if roots:
        relative = page.url_path[len(max(roots, key=len)) :]
        with translation.override(language):
            return reverse("wagtail_serve", args=[relative])
    return page.url or "/"


def learner_url(page: Page, request=None, language: str | None = None) -> str:
    """Return the URL of `page` in `language` (default: the active language)."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    with translation.override(language):
        locale = active_locale(request)
    target = live_translation(page, locale)
    if target is not None:
        return target.get_url(request)
    return fallback_url(original_page(page, request), language)


def page_for_url(request, url: str) -> Page | None:
    """Return the page a site URL shows, if it is a page."""
    path = urlsplit(url).path
    language = get_language_from_path(path) or settings.LANGUAGE_CODE
    # The language prefix of i18n_patterns only matches the active language.
    with translation.override(language):
        try:
            match = resolve(path)
        except Resolver404:
            return None
        if match.url_name != "wagtail_serve":
            return None
        route = localized_tree_route(request, match.args[0])
    route = route or default_tree_route(request, match.args[0])
    return route[0] if route else None
