from django import template
from django.utils.html import format_html

from teams.models import STATUS_FOOTNOTE

register = template.Library()


@register.simple_tag(takes_context=True)
def country_name(context, country):
    """Render a country's name; one carrying the status footnote gets its asterisk."""
    if country is None:
        return ""
    if not country.has_status_footnote:
        return country.name
    request = context.get("request")
    if request is not None:
        request.shows_status_footnote = True
    return format_html(
        '{}<a href="#status-footnote" class="footnote-ref" '
        'aria-describedby="status-footnote">*</a>',
        country.name,
    )


@register.inclusion_tag("teams/status_footnote.html", takes_context=True)
def status_footnote(context):
    """Render the status footnote if a country on this page needs it."""
    request = context.get("request")
    return {
        "show": getattr(request, "shows_status_footnote", False),
        "text": STATUS_FOOTNOTE,
    }
