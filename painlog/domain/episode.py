"""A pain episode: a flare or any moment worth noting; several a day are allowed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from painlog.domain.checkin import check_codes
from painlog.domain.clock import wall_clock
from painlog.domain.errors import ValidationError
from painlog.domain.marks import QT_TR_NOOP
from painlog.domain.scales import PAIN
from painlog.domain.text import check_text
from painlog.domain.vocabulary import LOCATIONS, QUALITIES


@dataclass(frozen=True)
class Episode:
    at: datetime
    intensity: int
    locations: tuple[str, ...] = ()
    qualities: tuple[str, ...] = ()
    trigger: str = ""
    helped: str = ""
    note: str = ""
    id: int | None = None

    def validated(self, latest: datetime) -> Episode:
        """Return self if every rule holds, else raise ValidationError; `latest` as clock.latest_moment()."""
        if wall_clock(self.at) > latest:
            raise ValidationError("at", QT_TR_NOOP("A flare cannot be logged for a time in the future."))
        PAIN.check("intensity", self.intensity, required=True)
        check_codes("locations", self.locations, LOCATIONS)
        check_codes("qualities", self.qualities, QUALITIES)
        check_text({"trigger": self.trigger, "helped": self.helped, "note": self.note})
        return self
