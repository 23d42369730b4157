from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse, reverse_lazy
from django.utils import translation
from django.utils.translation import gettext as _

from courses.selectors import learner_dashboard, member_for
from teams.services import update_member_preferences

from .forms import ProfileForm


def _remember_language(response, language: str):
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=365 * 24 * 3600,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )
    return response


class LoginView(auth_views.LoginView):
    """Sign in, then continue in the member's preferred language."""

    template_name = "registration/login.html"
    redirect_authenticated_user = True

    def form_valid(self, form):
        member = member_for(form.get_user())
        language = member.preferred_language if member else translation.get_language()
        with translation.override(language):
            response = super().form_valid(form)
        return _remember_language(response, language)


@login_required
def dashboard(request):
    member = member_for(request.user)
    if member is None:
        return TemplateResponse(request, "home/dashboard_staff.html", {})
    return TemplateResponse(
        request,
        "home/dashboard.html",
        {"member": member, "dashboard": learner_dashboard(member)},
    )


@login_required
def profile(request):
    member = member_for(request.user)
    if member is None:
        messages.info(request, _("Staff accounts set their language in the admin."))
        return redirect("wagtailadmin_account")
    form = ProfileForm(
        request.POST or None, initial={"preferred_language": member.preferred_language}
    )
    if request.method == "POST" and form.is_valid():
        language = form.cleaned_data["preferred_language"]
        update_member_preferences(member=member, preferred_language=language)
        with translation.override(language):
            messages.success(request, _("Your language has been saved."))
            response = redirect(reverse("home:profile"))
        return _remember_language(response, language)
    return TemplateResponse(
        request, "home/profile.html", {"member": member, "form": form}
    )


password_reset = auth_views.PasswordResetView.as_view(
    template_name="registration/password_reset.html",
    email_template_name="registration/password_reset_email.txt",
    subject_template_name="registration/password_reset_subject.txt",
    success_url=reverse_lazy("home:password_reset_done"),
    extra_email_context={"site_name": settings.WAGTAIL_SITE_NAME},
)
password_reset_done = auth_views.PasswordResetDoneView.as_view(
    template_name="registration/password_reset_done.html"
)
password_reset_confirm = auth_views.PasswordResetConfirmView.as_view(
    template_name="registration/password_reset_confirm.html",
    success_url=reverse_lazy("home:password_reset_complete"),
)
password_reset_complete = auth_views.PasswordResetCompleteView.as_view(
    template_name="registration/password_reset_complete.html"
)
