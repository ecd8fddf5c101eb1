"""The department's roles (RULES.md "People and roles") and who may do what.

A person may hold several roles.  A person with no role (design, sales,
finance staff) may only read the calendar.
"""
from __future__ import annotations

import enum

from models.i18n import QT_TRANSLATE_NOOP, translate


class Role(str, enum.Enum):
    CONTENT_SPECIALIST = "content_specialist"
    CHANNEL_SPECIALIST = "channel_specialist"
    PROMOTION_SPECIALIST = "promotion_specialist"
    CUSTOMER_SERVICE = "customer_service"
    OPERATIONS_MANAGER = "operations_manager"
    GENERAL_MANAGER = "general_manager"
    ACCOUNT_ADMINISTRATOR = "account_administrator"

    @property
    def label(self) -> str:
        """The role's name in the user's language."""
        return translate("Roles", ROLE_LABELS[self])


ROLE_LABELS = {
    Role.CONTENT_SPECIALIST: QT_TRANSLATE_NOOP("Roles", "Content specialist"),
    Role.CHANNEL_SPECIALIST: QT_TRANSLATE_NOOP("Roles", "Channel specialist"),
    Role.PROMOTION_SPECIALIST: QT_TRANSLATE_NOOP("Roles", "Promotion specialist"),
    Role.CUSTOMER_SERVICE: QT_TRANSLATE_NOOP("Roles", "Customer service"),
    Role.OPERATIONS_MANAGER: QT_TRANSLATE_NOOP("Roles", "Operations manager"),
    Role.GENERAL_MANAGER: QT_TRANSLATE_NOOP("Roles", "General manager"),
    Role.ACCOUNT_ADMINISTRATOR: QT_TRANSLATE_NOOP("Roles", "Account administrator"),
}


def parse_roles(values) -> frozenset[Role]:
    """Roles from their stored values; unknown values are ignored (a newer app's role)."""
    out = set()
    for v in values:
        try:
            out.add(Role(v))
        except ValueError:
            continue
    return frozenset(out)
