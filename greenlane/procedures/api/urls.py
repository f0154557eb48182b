from rest_framework.routers import DefaultRouter

from greenlane.procedures.api import views

router = DefaultRouter()
router.register("procedures", views.ProcedureViewSet)
router.register("procedure-steps", views.StepViewSet)
router.register("dossiers", views.DossierViewSet)
router.register("dossier-steps", views.DossierStepViewSet)
router.register("dossier-attachments", views.DossierAttachmentViewSet)
urlpatterns = router.urls
