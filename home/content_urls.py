"""URLs served on CONTENT_ORIGIN: untrusted packages and their players, nothing else."""

urlpatterns = []
