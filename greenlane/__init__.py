"""Greenlane: investment promotion and investor facilitation for a Vietnamese province."""

__version__ = "0.1.0"
