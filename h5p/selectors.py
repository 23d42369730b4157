"""What the lesson page needs to launch an H5P activity for the current user."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse

from courses.selectors import member_for

from .launch import make_activity_token, player_url
from .models import H5PState


@dataclass
class Launch:
    package: object
    block_id: str
    player_url: str
    tracked: bool
    statements_url: str = ""
    state_url: str = ""
    state: str | None = None
    progress: object = None

    @property
    def content_origin(self) -> str:
        return settings.CONTENT_ORIGIN

    @property
    def state_element_id(self) -> str:
        return f"h5p-state-{self.block_id}"


def saved_state(*, member, page, activity_key: str, package) -> str | None:
    """Return the learner's saved state, or None if the package changed since."""
    row = (
        H5PState.objects.filter(member=member, page=page, activity_key=activity_key)
        .only("state", "content_hash")
        .first()
    )
    if row is None or row.content_hash != package.content_hash:
        return None
    return row.state


def activity_launch(
    *, value, block_id, request, page, outline, activity_states
) -> Launch | None:
    """Return how to play the block's package; tracked only for an enrolled learner."""
    package = value.get("package")
    if package is None or request is None or page is None:
        return None
    launch = Launch(
        package=package,
        block_id=block_id or "",
        player_url=player_url(package),
        tracked=False,
        progress=activity_states.get(block_id),
    )
    member = member_for(request.user)
    enrolled = bool(outline and outline.is_enrolled)
    if member is None or not enrolled or not block_id:
        return launch
    from courses.progress import canonical_page

    lesson = canonical_page(page)
    token = make_activity_token(
        member=member, page=lesson, activity_key=block_id, package=package
    )
    launch.tracked = True
    launch.statements_url = reverse("h5p_api:statements", args=[token])
    launch.state_url = reverse("h5p_api:state", args=[token])
    launch.state = saved_state(
        member=member, page=lesson, activity_key=block_id, package=package
    )
    return launch
