from wagtail import hooks

from .viewsets import ScormPackageViewSet


@hooks.register("register_admin_viewset")
def register_scorm_viewsets():
    return ScormPackageViewSet()
