from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .viewsets import H5PPackageViewSet, H5PResultViewSet

register_snippet(H5PPackageViewSet)


@hooks.register("register_admin_viewset")
def register_h5p_results_viewset():
    return H5PResultViewSet()
