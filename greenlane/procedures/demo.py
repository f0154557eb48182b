"""Demo data of the green lane (placeholder, filled below)."""


def load() -> None:
    return None


def counts() -> dict[str, int]:
    return {}
