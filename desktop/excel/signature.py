"""A report's signature (DESIGN §11): HMAC-SHA256 (Python's `hmac`) under the unit's key,
over the canonical form of everything the import reads — what the file is (plan and
version, unit, period, kind, 代填, when it was exported, which key) and every value, note
and 本年累计 — the same lines the unkeyed checksum is taken over (`meta.canonical_lines`).

Beside the signature, one short keyed digest per part (each header field, each row's
field) lets the level above say what changed when a signature fails: 统计期, or
“护理型床位占比”的分子. Without the key neither can be recomputed; with it, both can —
the key is what a forger lacks.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from desktop.excel.meta import HEADER_FIELDS, canonical_lines, header_line, value_line

# What the signature covers of the header: the checksum's fields, and who made it when.
SIGNED_FIELDS = (*HEADER_FIELDS, "unit_name", "exported_at", "filled_by_name", "key_id")
PART_LENGTH = 16  # hex digits of a part's digest: enough to say which part changed
Values = Iterable[tuple[str, str, object]]


@dataclass(frozen=True)
class SigningKey:
    key_id: str
    secret: bytes


def signature(secret: bytes, values: Values, header: Mapping[str, str]) -> str:
    lines = canonical_lines(values, header, SIGNED_FIELDS)
    return hmac.new(secret, "\n".join(lines).encode("utf-8"), hashlib.sha256).hexdigest()


def part_digests(secret: bytes, values: Values, header: Mapping[str, str]) -> dict[str, str]:
    """`h:<field>` for each signed header field, `v:<indicator>:<field>` for each value."""
    parts = {f"h:{k}": _mac(secret, header_line(k, header)) for k in SIGNED_FIELDS}
    for ind, name_of_field, value in values:
        parts[f"v:{ind}:{name_of_field}"] = _mac(secret, value_line(ind, name_of_field, value))
    return parts


def matches(secret: bytes, expected: str, values: Values, header: Mapping[str, str]) -> bool:
    return hmac.compare_digest(signature(secret, values, header), expected)


@dataclass
class Changed:
    """What differs from what was signed, part by part."""

    header: list[str] = field(default_factory=list)  # header fields
    values: list[tuple[str, str]] = field(default_factory=list)  # (indicator, field) changed
    added: list[tuple[str, str]] = field(default_factory=list)  # not in the signed file
    removed: list[tuple[str, str]] = field(default_factory=list)  # signed, now gone

    @property
    def found(self) -> bool:
        return bool(self.header or self.values or self.added or self.removed)


def changed_parts(secret: bytes, signed: Mapping[str, str], values: Values,
                  header: Mapping[str, str]) -> Changed:
    now = part_digests(secret, values, header)
    out = Changed()
    for part, digest in now.items():
        kind, _, rest = part.partition(":")
        was = signed.get(part)
        if kind == "h":
            if was is None or not hmac.compare_digest(was, digest):
                out.header.append(rest)
            continue
        indicator, _, name_of_field = rest.rpartition(":")
        if was is None:
            out.added.append((indicator, name_of_field))
        elif not hmac.compare_digest(was, digest):
            out.values.append((indicator, name_of_field))
    for part in signed:
        if part.startswith("v:") and part not in now:
            indicator, _, name_of_field = part[2:].rpartition(":")
            out.removed.append((indicator, name_of_field))
    return out


def _mac(secret: bytes, line: str) -> str:
    return hmac.new(secret, line.encode("utf-8"), hashlib.sha256).hexdigest()[:PART_LENGTH]
