from __future__ import annotations

from django import forms


class DateInput(forms.DateInput):
    """A native date picker; the browser shows the user's locale, the value travels as ISO."""

    input_type = "date"

    def __init__(self) -> None:
        super().__init__(format="%Y-%m-%d")
