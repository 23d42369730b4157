"""The three roles as Django groups, kept in step with what each app declares.

Each app's AppConfig may declare `role_permissions = {"Trainers": ["app.codename"]}`;
`sync_role_groups` gives every role group exactly the union of those permissions.
It runs after every `migrate`, so a new app's permissions reach the groups at once.
"""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db.models import Q

TRAINEES = "Trainees"
TRAINERS = "Trainers"
COORDINATORS = "Coordinators"
ROLE_GROUPS = (TRAINEES, TRAINERS, COORDINATORS)

# Wagtail's own permissions: admin access, page editing, images and documents.
WAGTAIL_ROLE_PERMISSIONS = {
    TRAINERS: ["wagtailadmin.access_admin"],
    COORDINATORS: ["wagtailadmin.access_admin"],
}
TRAINER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
TRAINER_COLLECTION_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]


def declared_permissions() -> dict[str, set[str]]:
    """Return, per role group, the permissions every installed app declares."""
    wanted = {name: set(WAGTAIL_ROLE_PERMISSIONS.get(name, [])) for name in ROLE_GROUPS}
    for app_config in apps.get_app_configs():
        for group_name, perms in getattr(app_config, "role_permissions", {}).items():
            wanted[group_name].update(perms)
    return wanted


def _permissions(names) -> list[Permission]:
    condition = Q(pk__in=[])
    for name in names:
        app_label, codename = name.split(".")
        condition |= Q(content_type__app_label=app_label, codename=codename)
    return list(Permission.objects.filter(condition))


def sync_role_groups() -> dict[str, Group]:
    """Create the role groups and set their model, page and collection permissions."""
    from wagtail.models import (
        Collection,
        GroupCollectionPermission,
        GroupPagePermission,
        Page,
    )

    groups = {}
    for name, perms in declared_permissions().items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set(_permissions(perms))
        groups[name] = group

    trainers = groups[TRAINERS]
    tree_root = Page.get_first_root_node()
    if tree_root is not None:
        for codename in TRAINER_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=trainers,
                page=tree_root,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    root_collection = Collection.get_first_root_node()
    if root_collection is not None:
        for permission in _permissions(TRAINER_COLLECTION_PERMISSIONS):
            GroupCollectionPermission.objects.get_or_create(
                group=trainers, collection=root_collection, permission=permission
            )
    return groups
