from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_http_methods

from courses.access import check_learner_access
from courses.models import LessonPage
from courses.selectors import active_enrollment_for_page

from . import launching, runtime
from .manifest import launchable_items
from .sequencing import session as sequencing


def _scorm_block(lesson: LessonPage, block_id: str):
    for child in lesson.body:
        if child.id == block_id and child.block_type == "scorm":
            return child
    raise Http404


@require_http_methods(["GET", "POST"])
def play(request, page_id, block_id):
    """The learner's player: the SCO in a frame on the content origin, full size.

    A POST is a navigation request from the player's controls (sequenced
    packages only).
    """
    lesson = get_object_or_404(LessonPage.objects.live(), pk=page_id)
    denial = check_learner_access(request, lesson)
    if denial is not None:
        return denial
    block = _scorm_block(lesson, block_id)
    package = block.value["package"]
    if package is None or package.current_version_id is None:
        raise Http404
    enrollment = active_enrollment_for_page(request.user, lesson)
    attempt = launch = None
    if request.method == "POST" and enrollment is None:
        raise Http404
    if enrollment is None:
        # Staff preview: the content plays, nothing is stored.
        version = package.current_version
        item = launchable_items(version.manifest)[0]
        wanted = request.GET.get("sco", "")
        item = next(
            (
                i
                for i in launchable_items(version.manifest)
                if i["identifier"] == wanted
            ),
            item,
        )
        data = {}
    else:
        try:
            attempt = runtime.start_attempt(
                member=enrollment.member,
                lesson=lesson,
                activity_key=block_id,
                package=package,
            )
        except ValidationError as err:
            messages.error(request, err.messages[0])
            return redirect(lesson.get_url(request))
        if sequencing.is_sequenced(attempt.version):
            return _play_sequenced(request, lesson, package, attempt)
        version = attempt.version
        item = runtime.choose_item(attempt, request.GET.get("sco", ""))
        launch = runtime.start_launch(attempt=attempt, item=item, user=request.user)
        data = launch.launch_data
    config = {
        "version": "2004" if version.is_2004 else "1.2",
        "contentOrigin": settings.CONTENT_ORIGIN,
        "playerUrl": launching.player_url(version, item),
        "commitUrl": launching.commit_url(launch, request.user) if launch else "",
        "launchData": data,
        "csrfToken": get_token(request),
        "autocommitSeconds": getattr(settings, "SCORM_AUTOCOMMIT_SECONDS", 15),
    }
    toc = []
    if launching.has_several_scos(version):
        toc = launching.table_of_contents(
            version,
            current=item["identifier"],
            states=launching.sco_states(attempt),
        )
    response = TemplateResponse(
        request,
        "scorm/player.html",
        {
            "page": lesson,
            "lesson": lesson,
            "package": package,
            "item": item,
            "config": config,
            "toc": toc,
            "is_review": bool(launch and launch.mode == launch.Mode.REVIEW),
            "is_preview": launch is None,
            "exit_url": lesson.get_url(request),
        },
    )
    response["Cache-Control"] = "no-store"
    return response


def _play_sequenced(request, lesson, package, attempt):
    """The player of a sequenced package: the server decides what is launched."""
    if request.method == "POST":
        result, outcome = sequencing.navigate(
            attempt, request.POST.get("nav", ""), request.POST.get("target") or None
        )
        if result.error:
            messages.error(request, sequencing.refusal_message(result))
        elif outcome == sequencing.ENDED:
            messages.success(request, sequencing.SAVED_MESSAGE)
            return redirect(lesson.get_url(request))
        return redirect(request.path)
    with transaction.atomic():
        session, sco = sequencing.open_session(attempt)
        item, launch, extras = None, None, {}
        if sco is not None:
            item = runtime.choose_item(session.attempt, sco)
            launch = runtime.start_launch(
                attempt=session.attempt, item=item, user=request.user
            )
            extras = sequencing.launch_extras(session, sco, launch.launch_data)
            launch.save(update_fields=["launch_data"])
            sequencing.remember_launch(session, launch)
        toc = sequencing.table_of_contents(session)
    hidden = set(extras.get("hideLmsUi", []))
    config = {
        "version": "2004",
        "contentOrigin": settings.CONTENT_ORIGIN,
        "playerUrl": launching.player_url(session.attempt.version, item)
        if item
        else "",
        "commitUrl": launching.commit_url(launch, request.user) if launch else "",
        "launchData": launch.launch_data if launch else {},
        "csrfToken": get_token(request),
        "autocommitSeconds": getattr(settings, "SCORM_AUTOCOMMIT_SECONDS", 15),
        "sequenced": True,
        "playUrl": request.path,
        "exitUrl": lesson.get_url(request),
        **extras,
    }
    response = TemplateResponse(
        request,
        "scorm/player.html",
        {
            "page": lesson,
            "lesson": lesson,
            "package": package,
            "item": item,
            "config": config,
            "toc": toc,
            "sequenced": True,
            "controls": sequencing.controls(session, hidden),
            "exit_url": lesson.get_url(request),
        },
    )
    response["Cache-Control"] = "no-store"
    return response
