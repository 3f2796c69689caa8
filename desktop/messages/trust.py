"""Words of trust between levels (DESIGN §11): plan packages (.ylpkg) and signed reports
(see `desktop.messages`)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
}
