"""A province's completeness rule (the profile's ``[completeness]`` table), and its reading.

Each province says in its own article what a report must carry before the IOC forwards it:
Thái Nguyên Điều 5, Đắk Lắk Bước 1.1, Lai Châu Điều 3.1, Tiền Giang Điều 5.1. Every value of
the table is the article a checklist item cites; a missing optional key means the regulation
does not ask for that item.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from console.profiles import Channel

# Reporter fields a province may ask for; "phone_or_email" is one item satisfied by either
# (Đắk Lắk Bước 1.1.c, Tiền Giang Điều 5.1.c: "số điện thoại (hoặc địa chỉ thư điện tử khi cần
# liên hệ)").
REPORTER_FIELDS = ("name", "address", "phone", "email", "phone_or_email")
# A report declared at intake as state-secret information: marked restricted (its answer never
# published), or refused because it is never entered into the system (Tiền Giang Điều 4.7).
SECRET_INTAKE = ("restrict", "refuse")
REQUIRED = (
    "article",
    "content",
    "reporter_fields",
    "category",
    "no_citizen_channels",
    "state_secret",
)
OPTIONAL = ("language", "time", "place", "reporter", "no_citizen_article", "state_secret_article")


@dataclass(frozen=True)
class Completeness:
    article: str  # cited by a refusal to forward: "Chưa đủ thông tin … (Điều 5)"
    language: str | None
    content: str
    time: str | None
    place: str | None
    reporter: str | None  # the article of the reporter fields
    reporter_fields: tuple[str, ...]  # of REPORTER_FIELDS
    category: str
    no_citizen_channels: tuple[str, ...]  # the IOC raises these itself (Lai Châu Điều 7.1)
    no_citizen_article: str | None
    state_secret: str  # of SECRET_INTAKE
    state_secret_article: str | None  # required to refuse: the refusal cites it

    def has_citizen(self, channel: str) -> bool:
        """False where the IOC raised the report itself: nobody to ask details of."""
        return channel not in self.no_citizen_channels


def read_completeness(reader: Any, value: Any, channels: tuple[Channel, ...]) -> Completeness:
    """Check the table with the profile's reader (``console.profiles._Reader``), which names
    the file and dotted key of any refusal."""
    key = "completeness"
    t = reader.table(value, key, REQUIRED, OPTIONAL)
    fields = reader.array(t["reporter_fields"], f"{key}.reporter_fields", non_empty=False)
    for i, f in enumerate(fields, 1):
        reader.choice(f, f"{key}.reporter_fields[{i}]", REPORTER_FIELDS, "thông tin")
        if f in fields[: i - 1]:
            reader.fail(f"{key}.reporter_fields[{i}]", f'thông tin "{f}" bị lặp')
    both = sorted({"phone", "email"} & set(fields))
    if "phone_or_email" in fields and both:
        reader.fail(f"{key}.reporter_fields", "phone_or_email đã gồm " + ", ".join(both))
    if fields and "reporter" not in t:
        reader.fail(f"{key}.reporter", "cần điều khoản khi có reporter_fields")
    no_citizen = reader.array(
        t["no_citizen_channels"], f"{key}.no_citizen_channels", non_empty=False
    )
    known = tuple(c.code for c in channels)
    for i, c in enumerate(no_citizen, 1):
        reader.choice(c, f"{key}.no_citizen_channels[{i}]", known, "kênh")
    if no_citizen and "no_citizen_article" not in t:
        reader.fail(f"{key}.no_citizen_article", "cần điều khoản khi có no_citizen_channels")
    secret = reader.choice(t["state_secret"], f"{key}.state_secret", SECRET_INTAKE, "cách xử lý")
    if secret == "refuse" and "state_secret_article" not in t:
        reader.fail(f"{key}.state_secret_article", 'cần điều khoản khi state_secret = "refuse"')

    def article(name: str) -> str | None:
        return reader.text(t[name], f"{key}.{name}") if name in t else None

    return Completeness(
        article=reader.text(t["article"], f"{key}.article"),
        language=article("language"),
        content=reader.text(t["content"], f"{key}.content"),
        time=article("time"),
        place=article("place"),
        reporter=article("reporter"),
        reporter_fields=tuple(fields),
        category=reader.text(t["category"], f"{key}.category"),
        no_citizen_channels=tuple(no_citizen),
        no_citizen_article=article("no_citizen_article"),
        state_secret=secret,
        state_secret_article=article("state_secret_article"),
    )
