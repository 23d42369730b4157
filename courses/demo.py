"""Demo curriculum: the induction and MIT core courses, enrolments and progress."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale, Page

from home.models import HomePage
from teams.models import Member

from . import progress, services
from .demo_content import CORE_COURSE, INDUCTION
from .models import CourseIndexPage, CoursePage, Enrollment, LessonPage, ModulePage

HOME_INTRODUCTION = (
    "<p>Training and certification for the members of Mobile Identification Teams: "
    "police officers, social workers, health and labour staff and NGO outreach "
    "workers who together recognise (potential) victims of trafficking in human "
    "beings and refer them to protection.</p>"
)
HOME_BODY = (
    "<h2>How it works</h2><ul><li>Your coordinator enrols you in the courses your "
    "team needs.</li><li>Work through the lessons on your phone or computer; the "
    "platform remembers where you stopped.</li><li>Complete a course to receive a "
    "certificate that anyone can verify.</li></ul>"
)

# How far the demo learners have got in the core course, in lessons completed.
TRAINEE_CORE_LESSONS = 4


def load_demo(stdout) -> None:
    home = HomePage.objects.get(depth=2, locale=Locale.get_default())
    if not home.introduction:
        home.introduction, home.body = HOME_INTRODUCTION, HOME_BODY
        home.save_revision().publish()
    index = CourseIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(
            instance=CourseIndexPage(
                title="Courses",
                slug="courses",
                introduction="<p>Courses of the MIT Regional Training Programme.</p>",
            )
        )
        index.save_revision().publish()
    induction = _course(index, INDUCTION)
    core = _course(index, CORE_COURSE)
    _enrol_and_progress(induction, core)
    stdout.write(f"Courses: {induction.title}, {core.title}.")


def _publish(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _course(index: CourseIndexPage, data: dict) -> CoursePage:
    existing = CoursePage.objects.child_of(index).filter(slug=data["slug"]).first()
    if existing:
        return existing
    course = _publish(
        index,
        CoursePage(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            learning_outcomes=[
                {"type": "outcome", "value": outcome}
                for outcome in data["learning_outcomes"]
            ],
            ce_hours=data["ce_hours"],
            certificate_validity_months=data["certificate_validity_months"],
            enrolment_policy=data["enrolment_policy"],
        ),
    )
    for module_data in data["modules"]:
        module = _publish(
            course,
            ModulePage(
                title=module_data["title"],
                slug=module_data["slug"],
                introduction=module_data["introduction"],
            ),
        )
        for lesson in module_data["lessons"]:
            _publish(
                module,
                LessonPage(
                    title=lesson["title"],
                    slug=lesson["slug"],
                    summary=lesson["summary"],
                    duration_minutes=lesson["duration_minutes"],
                    body=[
                        {"type": block_type, "value": value}
                        for block_type, value in lesson["body"]
                    ],
                ),
            )
    return course


def _enrol_and_progress(induction: CoursePage, core: CoursePage) -> None:
    trainer = get_user_model().objects.get(username="trainer")
    members = list(Member.objects.select_related("user").order_by("pk"))
    trainee = next(m for m in members if m.user.username == "trainee")
    if Enrollment.objects.filter(member=trainee).exists():
        return
    services.enrol_members(
        members=members, course=core, actor=trainer, source=Enrollment.Source.TRAINER
    )
    services.self_enrol(member=trainee, course=induction)
    lessons = list(LessonPage.objects.live().descendant_of(core).order_by("path"))
    start = timezone.now() - datetime.timedelta(days=30)
    for lesson in LessonPage.objects.live().descendant_of(induction).order_by("path"):
        progress.record_result(
            member=trainee, page=lesson, completed=True, source="lesson", at=start
        )
    plan = {trainee.pk: TRAINEE_CORE_LESSONS}
    # Other members spread from not started to finished, the same on every run.
    for number, member in enumerate(members):
        plan.setdefault(member.pk, (number * 5) % (len(lessons) + 1))
    for member in members:
        for day, lesson in enumerate(lessons[: plan[member.pk]]):
            progress.record_result(
                member=member,
                page=lesson,
                completed=True,
                source="lesson",
                at=start + datetime.timedelta(days=day + 1),
            )
