"""docs/PERMISSIONS.md, generated from the registry's grants.

    python -m secretariat.kernel.permission_doc > docs/PERMISSIONS.md

``tests/kernel/test_permission_table.py`` fails when the file and the registry disagree, so a
feature's permissions join the table the day the feature joins the registry.
"""

from __future__ import annotations

import sys

from secretariat import features
from secretariat.kernel.roles import Role

HEADER = """\
# Permissions

Who may do what. **Generated** from the registry (`secretariat/features.py`, each feature's
`permissions=(Grant(...), ...)`) by `python -m secretariat.kernel.permission_doc >
docs/PERMISSIONS.md`; a test fails when this file and the registry disagree. Every permission
is enforced in the core (`kernel.permissions.require` in the feature's api), so the GUI, the
CLI and imports obey the same table; the GUI only hides what the core would refuse.

- ✓ the role holds the permission; **own** only for records the user made (a clerk cancels
  the letters he registered, not a colleague's); — it does not.
- An admin holds every permission, including any a feature forgets to declare.
- Confidentiality comes on top: a letter classified above the user's clearance does not exist
  for them, whatever their role (docs/ARCHITECTURE.md, "Confidentiality in queries").
- `read_contacts` reads only the contacts the user made or that a record they may see names
  (a letter within their clearance, a case they may see, a member unit to readers of
  membership); admins and readers cleared for every classification read all (docs/SECURITY.md,
  "The address book").
- A referral's هامش and closing belong to its recipient alone; a user changes only their own
  password.
"""


def _cell(role: Role, roles: frozenset[Role], own: frozenset[Role]) -> str:
    if role in roles:
        return "✓"
    return "own" if role in own else "—"


def permission_table() -> str:
    """The whole of docs/PERMISSIONS.md."""
    registry = features.REGISTRY
    roles = list(Role)
    lines = [
        HEADER,
        "| permission | what it allows | feature | " + " | ".join(r.value for r in roles) + " |",
        "| --- | --- | --- | " + " | ".join("---" for _ in roles) + " |",
    ]
    for feature in registry.features:
        for grant in feature.permissions:
            held = registry.roles_with(grant.name)
            own = registry.own_roles_with(grant.name)
            cells = " | ".join(_cell(r, held, own) for r in roles)
            lines.append(f"| `{grant.name}` | {grant.label_fa} ({grant.label_en}) | "
                         f"{feature.name} | {cells} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(permission_table())
