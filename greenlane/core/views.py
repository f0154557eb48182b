"""Generic screens: a model's list, detail, edit and delete pages are configuration on these.

Each builds its queryset with `.restrict(user, action)`, so authorization cannot be forgotten.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import (
    FieldDoesNotExist,
    ObjectDoesNotExist,
    PermissionDenied,
    ValidationError,
)
from django.core.paginator import Paginator
from django.db import models
from django.forms import ModelForm
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views import View
from django_filters import FilterSet

from greenlane.core import services
from greenlane.core.access import can
from greenlane.core.models import AuditEntry
from greenlane.core.tables import EXPORTERS, Column
from greenlane.core.text import fold

PAGE_SIZES = (25, 50, 100)
EXPORT_LIMIT = 100_000


# The refusal page, a template string so that every generic view can say why it refuses (its
# words are translated in Python: makemessages does not read templates held in strings). A
# project-wide templates/403.html would do the same for other views.
FORBIDDEN = """{% extends "base.html" %}
{% block title %}{{ title }}{% endblock %}
{% block content %}<section class="panel" role="alert"><h1>{{ title }}</h1>
<p id="refusal">{{ message }}</p>
{% if back %}<p><a class="button" href="{{ back }}">{{ back_label }}</a></p>{% endif %}
</section>{% endblock %}"""


def forbidden(request: HttpRequest, error: PermissionDenied) -> HttpResponse:
    """403 with the reason in plain words, in the site's layout."""
    from django.template import engines
    from django.utils.http import url_has_allowed_host_and_scheme

    referer = request.headers.get("referer", "")
    safe = url_has_allowed_host_and_scheme(referer, {request.get_host()}, request.is_secure())
    context = {
        "title": _("Not allowed"),
        "message": str(error) or _("You may not do this."),
        "back": referer if safe else "",
        "back_label": _("Back"),
    }
    body = engines["django"].from_string(FORBIDDEN).render(context, request)
    return HttpResponse(body, status=403)


def search_filter(queryset: models.QuerySet[Any], query: str) -> models.QuerySet[Any]:
    """Every word of `query`, folded, must occur in the row's folded `search` text."""
    for word in fold(query).split()[:8]:
        queryset = queryset.filter(search__contains=word)
    return queryset


class ObjectView(LoginRequiredMixin, View):
    model: ClassVar[type[models.Model]]
    action: ClassVar[str] = "view"
    public: ClassVar[bool] = False

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        try:
            if self.public:
                return View.dispatch(self, request, *args, **kwargs)
            return super().dispatch(request, *args, **kwargs)
        except PermissionDenied as error:
            return forbidden(request, error)

    def queryset(self, action: str | None = None) -> models.QuerySet[Any]:
        return self.model.objects.restrict(self.request.user, action or self.action)  # type: ignore[attr-defined]

    def get_object(self, pk: int, action: str | None = None) -> Any:
        try:
            return self.queryset(action).get(pk=pk)
        except (ObjectDoesNotExist, ValueError, TypeError) as error:
            raise Http404(_("No such record, or you may not see it.")) from error

    def get_for_write(self, pk: int, action: str) -> Any:
        """The record to change or delete. A record the user may not even see answers 404, as
        if it did not exist; one they may see but not `action` answers 403, saying so."""
        try:
            return self.queryset(action).get(pk=pk)
        except (ObjectDoesNotExist, ValueError, TypeError):
            pass
        obj = self.get_object(pk, "view")
        if action == "delete":
            message = _("You may see “%(record)s” but not delete it.")
        else:
            message = _("You may see “%(record)s” but not change it.")
        raise PermissionDenied(message % {"record": obj})

    def meta(self) -> dict[str, Any]:
        opts = self.model._meta
        user = self.request.user
        return {
            "opts": opts,
            "app": opts.app_label,
            "model_name": opts.model_name,
            "verbose_name": opts.verbose_name,
            "verbose_name_plural": opts.verbose_name_plural,
            "can_add": can(user, self.model, "add"),
            "can_change": can(user, self.model, "change"),
            "can_delete": can(user, self.model, "delete"),
        }


class ObjectListView(ObjectView):
    columns: ClassVar[Sequence[Column]] = ()
    filterset: ClassVar[type[FilterSet] | None] = None
    template_name = "core/object_list.html"
    searchable: ClassVar[bool] = True
    related: ClassVar[Sequence[str]] = ()
    prefetch: ClassVar[Sequence[str]] = ()

    def filtered(self) -> tuple[models.QuerySet[Any], FilterSet | None]:
        queryset = self.queryset().select_related(*self.related).prefetch_related(*self.prefetch)
        query = self.request.GET.get("q", "").strip()
        if query and self.searchable:
            queryset = search_filter(queryset, query)
        filters = None
        if self.filterset is not None:
            filters = self.filterset(self.request.GET, queryset=queryset, request=self.request)
            queryset = filters.qs if filters.is_valid() else queryset.none()
        return self.sorted(queryset), filters

    def sorted(self, queryset: models.QuerySet[Any]) -> models.QuerySet[Any]:
        key = self.request.GET.get("sort", "")
        allowed = {c.sort for c in self.columns if c.sort}
        if key.lstrip("-") in allowed:
            return queryset.order_by(key, "-pk" if key.startswith("-") else "pk")
        return queryset

    def get(self, request: HttpRequest) -> HttpResponse:
        queryset, filters = self.filtered()
        export = request.GET.get("export")
        if export in EXPORTERS:
            name = str(self.model._meta.verbose_name_plural)
            return EXPORTERS[export](self.columns, queryset[:EXPORT_LIMIT].iterator(2000), name)
        size = (
            int(request.GET.get("per_page", 50))
            if request.GET.get("per_page", "").isdigit()
            else 50
        )
        paginator = Paginator(queryset, size if size in PAGE_SIZES else 50)
        page = paginator.get_page(request.GET.get("page"))
        context = {
            **self.meta(),
            "columns": self.columns,
            "page": page,
            "rows": [(row, [(c, c.value(row)) for c in self.columns]) for row in page.object_list],
            "filters": filters,
            "query": request.GET.get("q", ""),
            "sort": request.GET.get("sort", ""),
            "querystring": _querystring(request, drop=("page", "export")),
            "sort_querystring": _querystring(request, drop=("page", "export", "sort")),
            "add_url": self.add_url(),
        }
        return render(request, self.template_name, context)

    def add_url(self) -> str | None:
        opts = self.model._meta
        try:
            return reverse(f"{opts.app_label}:{opts.model_name}_add")
        except Exception:
            return None


def _querystring(request: HttpRequest, drop: Sequence[str]) -> str:
    params = request.GET.copy()
    for key in drop:
        params.pop(key, None)
    return params.urlencode()


class ObjectDetailView(ObjectView):
    template_name: ClassVar[str]

    def extra(self, obj: Any) -> dict[str, Any]:
        return {}

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        obj = self.get_object(pk)
        context = {**self.meta(), "object": obj, **self.extra(obj)}
        if request.user.is_authenticated and getattr(request.user, "role", "") != "investor":
            context["audit"] = audit_trail(obj, request.user)
        from greenlane.sources.models import Citation

        if can(request.user, Citation, "view"):
            context["citations"] = citations_of(obj)
        return render(request, self.template_name, context)


def audit_trail(obj: models.Model, user: Any = None, limit: int = 50) -> list[AuditEntry]:
    """The record's last changes, newest first; each entry's `rows` lists its changed fields
    for people: (verbose name, old, new), values formatted."""
    content_type = ContentType.objects.get_for_model(type(obj))
    entries = AuditEntry.objects.filter(content_type=content_type, object_id=str(obj.pk))
    trail = list(entries.select_related("user")[:limit])
    describe_changes(type(obj), trail, user)
    return trail


# --- the audit trail, for people ---------------------------------------------------------------

AUDIT_HIDDEN = {"version", "created", "updated", "search"}


def describe_changes(model: type[models.Model], trail: Sequence[AuditEntry], user: Any) -> None:
    """Set `entry.rows` to [(field's verbose name, old text, new text)] on each entry. Foreign
    keys show their record's name when it still exists and the user may see it (one query per
    related model for the whole trail), else their number; choices their label; dates
    dd/mm/yyyy; numbers with the language's separators."""
    changes = [
        [(name, old, new) for name, old, new in entry.changes() if name not in AUDIT_HIDDEN]
        for entry in trail
    ]
    names = _related_names(model, changes, user)
    for entry, rows in zip(trail, changes, strict=True):
        entry.rows = [  # type: ignore[attr-defined]
            (_field_label(model, name), _shown(model, name, old, names),
             _shown(model, name, new, names))
            for name, old, new in rows
        ]  # fmt: skip


def _field(model: type[models.Model], name: str) -> Any:
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def _field_label(model: type[models.Model], name: str) -> str:
    field = _field(model, name)
    return capfirst(str(field.verbose_name)) if field is not None else name


def _related_names(
    model: type[models.Model], changes: list[list[tuple[str, Any, Any]]], user: Any
) -> dict[tuple[type[models.Model], str], str]:
    """(related model, id as text) → the record's name, for every id the changes mention."""
    wanted: dict[type[models.Model], set[str]] = {}
    for rows in changes:
        for name, old, new in rows:
            field = _field(model, name)
            if field is None or not field.is_relation or field.related_model is None:
                continue
            for value in (old, new):
                ids = value if isinstance(value, list) else [value]
                wanted.setdefault(field.related_model, set()).update(
                    str(i) for i in ids if i not in (None, "")
                )
    names: dict[tuple[type[models.Model], str], str] = {}
    for related, pks in wanted.items():
        manager: Any = related._default_manager
        visible = manager.restrict(user) if hasattr(manager, "restrict") else manager.all()
        for record in visible.filter(pk__in=pks):
            names[(related, str(record.pk))] = _record_name(record)
    return names


def _record_name(record: models.Model) -> str:
    """A record's name; a content type as its model's name ("project", not "Registry | dự án")."""
    if isinstance(record, ContentType):
        model_class = record.model_class()
        if model_class is not None:
            return capfirst(str(model_class._meta.verbose_name))
    return str(record)


def _generic_id(model: type[models.Model], name: str) -> bool:
    """Whether `name` is the object id of a generic foreign key (e.g. Fact.record_id): a record's
    number, not a quantity."""
    from django.contrib.contenttypes.fields import GenericForeignKey

    return any(isinstance(f, GenericForeignKey) and f.fk_field == name
               for f in model._meta.private_fields)


def _shown(
    model: type[models.Model],
    name: str,
    value: Any,
    names: dict[tuple[type[models.Model], str], str],
) -> str:
    if value is None or value == "" or value == []:
        return "—"
    field = _field(model, name)
    if field is None:
        return str(value)
    if field.is_relation and field.related_model is not None:
        ids = value if isinstance(value, list) else [value]
        return ", ".join(names.get((field.related_model, str(i)), f"#{i}") for i in ids)
    if field.flatchoices:
        return str(dict(field.flatchoices).get(value, value))
    if _generic_id(model, name):
        return f"#{value}"
    if isinstance(field, models.JSONField):
        return _summary(value)
    return _formatted(field, value)


def _summary(value: Any) -> str:
    """JSON for people: an object as "name: Canon; amount: 120000000 USD", its empty fields left
    out; a list item by item."""
    if isinstance(value, dict):
        if {"value", "currency"} <= value.keys():
            from greenlane.core import formats

            return formats.money(value["value"], str(value["currency"]))
        parts = [f"{key}: {_summary(item)}" for key, item in value.items()
                 if item not in (None, "", [], {})]
        text = "; ".join(parts) or "—"
    elif isinstance(value, list):
        text = " | ".join(_summary(item) for item in value) or "—"
    else:
        text = str(value)
    return text if len(text) <= 300 else text[:299] + "…"


def _formatted(field: Any, value: Any) -> str:
    import datetime
    import decimal

    from greenlane.core import formats

    try:
        if isinstance(field, models.DateTimeField):
            return formats.date(datetime.datetime.fromisoformat(str(value)))
        if isinstance(field, models.DateField):
            return formats.date(datetime.date.fromisoformat(str(value)))
        if isinstance(field, models.BooleanField):
            return str(_("yes") if value else _("no"))
        if isinstance(field, models.DecimalField | models.IntegerField | models.FloatField):
            amount = decimal.Decimal(str(value))
            places = max(0, -amount.normalize().as_tuple().exponent)  # type: ignore[operator]
            return formats.number(amount, min(places, getattr(field, "decimal_places", 0) or 0))
    except (ValueError, TypeError, decimal.InvalidOperation):
        pass
    text = str(value)
    return text if len(text) <= 300 else text[:299] + "…"


def citations_of(obj: models.Model) -> list[Any]:
    from greenlane.sources.models import Citation

    content_type = ContentType.objects.get_for_model(type(obj))
    return list(
        Citation.objects.filter(content_type=content_type, object_id=obj.pk).select_related(
            "document"
        )
    )


class ObjectEditView(ObjectView):
    """Add (no pk) or change (pk) a record through the app's service functions."""

    form_class: ClassVar[type[ModelForm[Any]]]
    template_name = "core/object_form.html"

    def save(self, form: ModelForm[Any], obj: Any | None, version: int | None, reason: str) -> Any:
        data = {name: form.cleaned_data[name] for name in form.changed_data}
        if obj is None:
            return services.create(self.request.user, form.instance, form.cleaned_data, reason)
        return services.update(self.request.user, obj, data, version, reason)

    def load(self, pk: int | None) -> Any | None:
        if pk is None:
            if not can(self.request.user, self.model, "add"):
                raise PermissionDenied(_("You may not add records of this kind."))
            return None
        return self.get_for_write(pk, "change")

    def get(self, request: HttpRequest, pk: int | None = None) -> HttpResponse:
        obj = self.load(pk)
        form = self.form_class(instance=obj, initial=self.initial(request))
        return self.show(form, obj)

    def initial(self, request: HttpRequest) -> dict[str, Any]:
        return {k: v for k, v in request.GET.items() if k in self.form_class.base_fields}

    def post(self, request: HttpRequest, pk: int | None = None) -> HttpResponse:
        obj = self.load(pk)
        form = self.form_class(request.POST, request.FILES, instance=self._copy(obj))
        version = _int_or_none(request.POST.get("version"))
        reason = request.POST.get("reason", "")[:500]
        if form.is_valid():
            try:
                saved = self.save(form, obj, version, reason)
            except services.ConflictError as error:
                form.add_error(None, str(error))
                return self.show(form, obj, status=409)
            except ValidationError as error:
                form.add_error(None, error)
                return self.show(form, obj, status=400)
            messages.success(request, _("Saved “%(record)s”.") % {"record": saved})
            return HttpResponseRedirect(saved.get_absolute_url())
        return self.show(form, obj, status=400, version=version)

    def _copy(self, obj: Any | None) -> Any | None:
        """A fresh instance for the form to validate into, so `obj` keeps its saved values."""
        return None if obj is None else type(obj).objects.get(pk=obj.pk)

    def show(
        self, form: ModelForm[Any], obj: Any | None, status: int = 200, version: int | None = None
    ) -> HttpResponse:
        context = {
            **self.meta(),
            "form": form,
            "object": obj,
            "version": version if version is not None else getattr(obj, "version", None),
        }
        return render(self.request, self.template_name, context, status=status)


def _int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


class ObjectDeleteView(ObjectView):
    template_name = "core/object_delete.html"
    success_url: ClassVar[str]

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        obj = self.get_for_write(pk, "delete")
        return render(request, self.template_name, {**self.meta(), "object": obj})

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        obj = self.get_for_write(pk, "delete")
        try:
            services.delete(
                request.user,
                obj,
                _int_or_none(request.POST.get("version")),
                request.POST.get("reason", ""),
            )
        except (services.ConflictError, ValidationError) as error:
            messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
            return HttpResponseRedirect(obj.get_absolute_url())
        messages.success(request, _("Deleted “%(record)s”.") % {"record": obj})
        return HttpResponseRedirect(reverse(self.success_url))
