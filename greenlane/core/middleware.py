"""Each user works in their own language: the one they last chose, unless this browser chose
another (the language cookie of the switcher wins)."""

from __future__ import annotations

import re
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


class OversizeNumberMiddleware:
    """A filter value of 19 digits or more cannot be a record id or a count: answer 400 with a
    clear message instead of letting the database driver overflow (a 500)."""

    FREE_TEXT = frozenset({"q", "search", "next"})

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        for key, values in request.GET.lists():
            if key in self.FREE_TEXT:
                continue
            if any(_OVERSIZE.search(value) for value in values):
                return _bad_number(request, key)
        return self.get_response(request)


_OVERSIZE = re.compile(r"\d{19,}")


def _bad_number(request: HttpRequest, key: str) -> HttpResponse:
    from django.http import HttpResponseBadRequest, JsonResponse
    from django.utils.translation import gettext as _

    message = _("The value of “%(name)s” is too large.") % {"name": key[:50]}
    if request.path.startswith("/api/"):
        return JsonResponse(
            {key[:50]: [message]}, status=400, json_dumps_params={"ensure_ascii": False}
        )
    return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
