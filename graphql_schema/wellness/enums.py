"""The enums of wellness in the API (registered once, before any type or input uses them)."""

from __future__ import annotations

import strawberry

from app.wellness.freshness import FreshnessState
from app.wellness.models import HrvContext, HrvMetric, RecordStatus
from app.wellness.precedence import PrecedenceOrigin

strawberry.enum(
    RecordStatus, name="RecordStatus", description="A device's value may be tentative, then final."
)
strawberry.enum(HrvMetric, name="HrvMetric", description="RMSSD and SDNN in ms (never mixed), PNN50 in %.")
strawberry.enum(HrvContext, name="HrvContext", description="When an HRV reading was taken.")
strawberry.enum(
    PrecedenceOrigin, name="PrecedenceOrigin", description="Where a source precedence list comes from."
)
strawberry.enum(
    FreshnessState,
    name="FreshnessState",
    description="FRESH, WARN (lag past FRESHNESS_WARN_HOURS) or STALE (past FRESHNESS_STALE_HOURS).",
)

__all__ = ["FreshnessState", "HrvContext", "HrvMetric", "PrecedenceOrigin", "RecordStatus"]
