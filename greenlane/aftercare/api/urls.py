from rest_framework.routers import DefaultRouter

from greenlane.aftercare.api import views

router = DefaultRouter()
router.register("aftercare/requests", views.RequestViewSet, basename="aftercare-request")
router.register("aftercare/messages", views.MessageViewSet, basename="aftercare-message")
router.register("aftercare/attachments", views.AttachmentViewSet, basename="aftercare-attachment")
router.register("aftercare/policies", views.SLAPolicyViewSet, basename="aftercare-policy")
router.register("aftercare/ladder", views.EscalationLevelViewSet, basename="aftercare-level")
router.register("aftercare/issues", views.SystemicIssueViewSet, basename="aftercare-issue")
urlpatterns = router.urls
