"""Training load of a logged session."""

from __future__ import annotations


def session_rpe_load(rpe: int | None, duration_minutes: int | None) -> int | None:
    """Foster session-RPE load in arbitrary units: RPE (CR-10 scale) x session minutes.

    Foster C, Florhaug JA, Franklin J, et al. "A new approach to monitoring exercise
    training." J Strength Cond Res. 2001;15(1):109-115. None when either input is missing.
    """
    if rpe is None or duration_minutes is None:
        return None
    return rpe * duration_minutes
