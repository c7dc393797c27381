"""Load of one session: Foster session-RPE, or the device's load when there is no RPE."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum


class LoadSource(StrEnum):
    """Where a session's load came from."""

    SESSION_RPE = "session_rpe"
    DEVICE = "device"
    NONE = "none"


class LoadPreference(StrEnum):
    """Which load wins when a session has both an RPE (with minutes) and a device load."""

    SESSION_RPE = "session_rpe"
    DEVICE = "device"


@dataclass(frozen=True)
class SessionLoad:
    """A session's load in arbitrary units and its source; `value` is None when nothing is known."""

    value: float | None
    source: LoadSource


def session_rpe_load(rpe: float, duration_minutes: float) -> float:
    """Foster session-RPE load: RPE on the CR-10 scale (0-10) x session minutes, in arbitrary units.

    Foster C, Florhaug JA, Franklin J, et al. "A new approach to monitoring exercise training."
    J Strength Cond Res. 2001;15(1):109-115. Raises ValueError for an RPE outside 0-10 or a
    negative or non-finite duration.
    """
    if not (math.isfinite(rpe) and 0 <= rpe <= 10):
        raise ValueError(f"RPE must be on the CR-10 scale (0-10), got {rpe!r}")
    if not (math.isfinite(duration_minutes) and duration_minutes >= 0):
        raise ValueError(f"duration must be finite and >= 0 minutes, got {duration_minutes!r}")
    return float(rpe) * float(duration_minutes)


def session_load(
    *,
    rpe: float | None,
    duration_minutes: float | None,
    device_load: float | None,
    prefer: LoadPreference = LoadPreference.SESSION_RPE,
) -> SessionLoad:
    """One load per session, never the sum of two: session-RPE, else the device load.

    Session-RPE (Foster et al. 2001, see `session_rpe_load`) needs both the RPE and the
    minutes. When a session also has a device load (a wearable's TSS, TRIMP or vendor
    "training load"), `prefer` decides; the default keeps session-RPE because it is the
    one scale every session of the platform can have, while device loads differ between
    vendors and would mix scales in one daily series. The two are never added: that would
    count the same session twice. A device load must be finite and >= 0.
    """
    rpe_value = None
    if rpe is not None and duration_minutes is not None:
        rpe_value = session_rpe_load(rpe, duration_minutes)
    if device_load is not None and not (math.isfinite(device_load) and device_load >= 0):
        raise ValueError(f"device load must be finite and >= 0, got {device_load!r}")
    device_value = None if device_load is None else float(device_load)

    if rpe_value is not None and (device_value is None or prefer is LoadPreference.SESSION_RPE):
        return SessionLoad(rpe_value, LoadSource.SESSION_RPE)
    if device_value is not None:
        return SessionLoad(device_value, LoadSource.DEVICE)
    return SessionLoad(None, LoadSource.NONE)
