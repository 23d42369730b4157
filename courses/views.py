from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from localization.pages import learner_url
from teams.models import Member

from . import progress, services
from .forms import EnrolMembersForm
from .models import CoursePage, Enrollment, LessonPage
from .selectors import visible_enrollments


def _member_or_404(user) -> Member:
    member = Member.objects.filter(user=user).first() if user.is_authenticated else None
    if member is None:
        raise Http404
    return member


def _login_required_post(view):
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return require_POST(wrapped)


@_login_required_post
def enrol(request, page_id):
    course = get_object_or_404(CoursePage.objects.live(), pk=page_id)
    member = _member_or_404(request.user)
    try:
        services.self_enrol(member=member, course=course)
    except ValidationError as err:
        messages.error(request, err.messages[0])
        return redirect(learner_url(course, request))
    messages.success(request, _("You are enrolled. Start with the first lesson."))
    return redirect(learner_url(course, request))


@_login_required_post
def lesson_complete(request, page_id):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=page_id)
    member = _member_or_404(request.user)
    is_fetch = request.headers.get("X-Requested-With") == "fetch"
    try:
        progress.complete_lesson(member=member, lesson=lesson)
    except ValidationError as err:
        if is_fetch:
            return JsonResponse({"error": err.messages[0]}, status=400)
        messages.error(request, err.messages[0])
        return redirect(learner_url(lesson, request))
    if is_fetch:
        return JsonResponse({"completed": True})
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}
    ):
        next_url = learner_url(lesson, request)
    messages.success(request, _("Lesson completed."))
    return redirect(next_url)


def enrol_members(request):
    if not request.user.has_perm(services.ENROL_PERMISSION):
        raise PermissionDenied
    form = EnrolMembersForm(
        request.POST or None, request.FILES or None, user=request.user
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if data["teams"]:
            source = Enrollment.Source.TEAM
        elif data["file"]:
            source = Enrollment.Source.LIST
        else:
            source = Enrollment.Source.TRAINER
        outcome = services.enrol_members(
            members=data["members"],
            course=data["course"],
            actor=request.user,
            source=source,
        )
        messages.success(
            request,
            _("%(new)s enrolled in %(course)s; %(old)s were already enrolled.")
            % {
                "new": len(outcome.enrolled),
                "course": data["course"].title,
                "old": len(outcome.already_enrolled),
            },
        )
        return redirect("enrolments:index")
    return TemplateResponse(request, "courses/admin/enrol_members.html", {"form": form})


def withdraw(request, pk):
    enrollment = get_object_or_404(
        visible_enrollments(request.user).select_related("member__user", "course"),
        pk=pk,
    )
    if not request.user.has_perm(services.WITHDRAW_PERMISSION):
        raise PermissionDenied
    if request.method == "POST":
        try:
            services.withdraw_enrollment(enrollment=enrollment, actor=request.user)
        except ValidationError as err:
            messages.error(request, err.messages[0])
        else:
            messages.success(
                request,
                _("%(member)s was withdrawn; their progress is kept.")
                % {"member": enrollment.member},
            )
        return redirect("enrolments:index")
    return TemplateResponse(
        request, "courses/admin/withdraw_confirm.html", {"enrollment": enrollment}
    )
