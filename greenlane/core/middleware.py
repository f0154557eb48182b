"""Each user works in their own language: the one they last chose, unless this browser chose
another (the language cookie of the switcher wins)."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation


class UserLanguageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        preferred = getattr(user, "language", "") if user and user.is_authenticated else ""
        if preferred and not chosen and preferred in dict(settings.LANGUAGES):
            translation.activate(preferred)
            request.LANGUAGE_CODE = preferred
        return self.get_response(request)
