"""A feature imports another feature only as the registry declares (``depends_on``), and then
only its ``api``: checked on the real import graph (grimp), for every feature the registry
lists, so a new feature is covered without a new contract line."""

from __future__ import annotations

import grimp

from secretariat import features


def test_features_import_only_the_api_of_what_they_declare() -> None:
    graph = grimp.build_graph("secretariat", cache_dir=None)
    names = {f.name for f in features.FEATURES}
    packages = {name: f"secretariat.{name}" for name in names
                if f"secretariat.{name}" in graph.modules}
    problems = []
    for feature in features.FEATURES:
        package = packages.get(feature.name)
        if package is None:
            continue  # planned, not written yet
        for module in graph.find_descendants(package) | {package}:
            for imported in graph.find_modules_directly_imported_by(module):
                for other, other_package in packages.items():
                    if other == feature.name or not (
                            imported == other_package or imported.startswith(other_package + ".")):
                        continue
                    if other not in feature.depends_on:
                        problems.append(f"{module} imports {imported}: "
                                        f"{feature.name} does not declare {other}")
                    elif imported != f"{other_package}.api":
                        problems.append(f"{module} imports {imported}, not {other}'s api")
    assert problems == []
