from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from greenlane.core.tables import Column
from greenlane.core.views import ObjectDeleteView, ObjectDetailView, ObjectEditView, ObjectListView
from greenlane.orgs import filtersets, forms
from greenlane.orgs.models import Organisation, Person, Position


class OrganisationListView(ObjectListView):
    model = Organisation
    columns = (
        Column("name", _("Name"), sort="name", link=True),
        Column("kind", _("Kind"), sort="kind"),
        Column("country", _("Country"), sort="country__name_en"),
        Column("province", _("Province"), sort="province__name"),
        Column("is_strategic", _("Strategic")),
    )
    filterset = filtersets.OrganisationFilterSet
    related = ("country", "province")


class OrganisationDetailView(ObjectDetailView):
    model = Organisation
    template_name = "orgs/organisation.html"

    def extra(self, obj: Organisation) -> dict[str, Any]:
        from greenlane.core.access import can

        user = self.request.user
        positions = obj.positions.select_related("person") if can(user, Person, "view") else []
        projects = obj.projects.restrict(user).select_related("province", "origin")
        return {"positions": positions, "projects": projects[:200]}


class OrganisationEditView(ObjectEditView):
    model = Organisation
    form_class = forms.OrganisationForm


class OrganisationDeleteView(ObjectDeleteView):
    model = Organisation
    success_url = "orgs:organisation_list"


class PersonListView(ObjectListView):
    model = Person
    columns = (
        Column("full_name", _("Name"), sort="full_name", link=True),
        Column("current_titles", _("Positions")),
        Column("country", _("Nationality")),
    )
    filterset = filtersets.PersonFilterSet
    related = ("country",)
    prefetch = ("positions__organisation",)


class PersonDetailView(ObjectDetailView):
    model = Person
    template_name = "orgs/person.html"

    def extra(self, obj: Person) -> dict[str, Any]:
        return {"positions": obj.positions.select_related("organisation")}


class PersonEditView(ObjectEditView):
    model = Person
    form_class = forms.PersonForm


class PersonDeleteView(ObjectDeleteView):
    model = Person
    success_url = "orgs:person_list"


class PositionAddView(ObjectEditView):
    model = Position
    form_class = forms.PositionForm
