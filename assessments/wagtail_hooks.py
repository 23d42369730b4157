from wagtail.snippets.models import register_snippet

from .viewsets import QuestionBankViewSetGroup

register_snippet(QuestionBankViewSetGroup)
