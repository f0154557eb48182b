"""User services: creating users with a role, API tokens. Audited like every other change."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from greenlane.core import services
from greenlane.core.models import User
from greenlane.core.roles import Role


class UserError(Exception):
    pass


@transaction.atomic
def create_user(
    who: Any,
    username: str,
    password: str,
    role: str,
    *,
    organisation_name: str | None = None,
    email: str = "",
    language: str = "",
    check_password: bool = True,
) -> User:
    from greenlane.orgs.models import Organisation

    if role not in Role.values:
        raise UserError(_("Unknown role %(role)s.") % {"role": role})
    if User.objects.filter(username=username).exists():
        raise UserError(_("A user named %(name)s exists already.") % {"name": username})
    organisation = None
    if organisation_name:
        organisation = Organisation.objects.filter(name=organisation_name).first()
        if organisation is None:
            raise UserError(_("No organisation named %(name)s.") % {"name": organisation_name})
    if language and language not in dict(settings.LANGUAGES):
        raise UserError(_("Unknown language %(code)s.") % {"code": language})
    if role == Role.INVESTOR and organisation is None:
        raise UserError(_("An investor user needs its organisation (--organisation)."))
    user = User(
        username=username,
        email=email,
        role=role,
        organisation=organisation,
        language=language,
        is_staff=role == Role.ADMIN,
        is_superuser=role == Role.ADMIN,
    )
    if check_password:
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise UserError(" ".join(error.messages)) from error
    user.set_password(password)
    user.save()
    services.audit(
        services.as_actor(who),
        "create",
        user,
        None,
        {"username": username, "role": role, "organisation": getattr(organisation, "pk", None),
         "language": language},
    )
    return user


def set_language(user: User, language: str) -> None:
    """Remember the user's language (the portal opens in it next time); audited."""
    if language not in dict(settings.LANGUAGES) or user.language == language:
        return
    record = User.objects.get(pk=user.pk)
    before = {"language": record.language}
    User.objects.filter(pk=user.pk).update(language=language)
    record.language = user.language = language
    services.audit(services.as_actor(record), "update", record, before, {"language": language})


def api_token(username: str, rotate: bool = False) -> str:
    from rest_framework.authtoken.models import Token

    user = User.objects.filter(username=username).first()
    if user is None:
        raise UserError(_("No user named %(name)s.") % {"name": username})
    if rotate:
        Token.objects.filter(user=user).delete()
    token, _created = Token.objects.get_or_create(user=user)
    return str(token.key)
