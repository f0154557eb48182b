from tests.testing import fast_passwords, w  # noqa: F401  (fixtures)
