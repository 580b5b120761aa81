"""Package discovery (everything else is in pyproject.toml).

Every package under ``secretariat/`` and ``ui/`` is found automatically, so a new feature
needs no packaging line; ``resources/`` (top of the checkout) is added as
``secretariat.resources``, which pyproject.toml's package-dir maps.
"""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["secretariat", "secretariat.*", "ui", "ui.*"]),
        "secretariat.resources",
    ]
)
