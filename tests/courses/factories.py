import itertools

import factory
from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from courses.models import (
    CourseIndexPage,
    CoursePage,
    Enrollment,
    LessonPage,
    ModulePage,
)
from home.models import HomePage
from tests.teams.factories import MemberFactory

_course_numbers = itertools.count(1)


def add_page(parent, page):
    """Insert a page into the tree and publish it, as an editor would."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def home_page() -> HomePage:
    """Return the site's home page, recreating it after a transactional flush."""
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    home = HomePage.objects.filter(depth=2, locale=locale).first()
    if home is not None:
        return home
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    home = root.add_child(instance=HomePage(title="Home", slug="home", locale=locale))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    return home


def course_index() -> CourseIndexPage:
    home = home_page()
    index = CourseIndexPage.objects.child_of(home).first()
    return index or add_page(home, CourseIndexPage(title="Courses", slug="courses"))


def text_body(text="<p>Lesson text.</p>"):
    return [{"type": "rich_text", "value": text}]


def build_course(*, modules=2, lessons=2, title="Core course", **fields) -> CoursePage:
    """Build a published course of `modules` modules with `lessons` lessons each."""
    fields.setdefault("summary", "What every MIT member needs.")
    fields.setdefault("slug", f"course-{next(_course_numbers)}")
    course = add_page(course_index(), CoursePage(title=title, **fields))
    for m in range(modules):
        module = add_page(
            course, ModulePage(title=f"Module {m + 1}", slug=f"module-{m + 1}")
        )
        for n in range(lessons):
            add_page(
                module,
                LessonPage(
                    title=f"Lesson {m + 1}.{n + 1}",
                    slug=f"lesson-{m + 1}-{n + 1}",
                    body=text_body(),
                ),
            )
    return course


class EnrollmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enrollment

    member = factory.SubFactory(MemberFactory)
    course = None
    source = Enrollment.Source.TRAINER
    enrolled_at = factory.LazyFunction(timezone.now)
