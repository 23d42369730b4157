from django import template
from django.utils import translation

from ..pages import active_locale, learner_url

register = template.Library()


@register.simple_tag(takes_context=True)
def learner_pageurl(context, page):
    """The URL of `page` in the active language (the original page if untranslated)."""
    return learner_url(page, context.get("request"))


@register.inclusion_tag("localization/fallback_notice.html", takes_context=True)
def translation_fallback_notice(context):
    """Tell the learner when the page is shown in its original language."""
    page = context.get("page")
    if page is None or not hasattr(page, "locale_id"):
        return {"show": False}
    locale = active_locale(context.get("request"))
    if locale is not None and page.locale_id == locale.pk:
        return {"show": False}
    shown = page.locale.language_code
    return {"show": shown != translation.get_language(), "page_language": shown}
