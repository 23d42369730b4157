from django.apps import apps

from .roles import sync_role_groups


def sync_roles_after_migrate(sender, **kwargs):
    # post_migrate is sent once per app that has models, in INSTALLED_APPS order;
    # every app's permissions exist only when the last one's turn comes.
    with_models = [config for config in apps.get_app_configs() if config.models_module]
    if sender is with_models[-1]:
        sync_role_groups()
