"""The demo roster: one coach and five athletes across time zones, sharing one password."""

from __future__ import annotations

from app.athletes.models import PrimaryGoal

# Demo accounts are for local exploration only (the CLI refuses them in production).
DEMO_PASSWORD = "Demo-Coachgraph-2026"
DEMO_COACH_EMAIL = "coach@demo.coachgraph.dev"
DEMO_ATHLETES = [
    ("Ava Lindqvist", "ava@demo.coachgraph.dev", "Europe/Stockholm", PrimaryGoal.HYBRID),
    ("Ben Okafor", "ben@demo.coachgraph.dev", "Europe/London", PrimaryGoal.STRENGTH),
    ("Chloé Martin", "chloe@demo.coachgraph.dev", "Europe/Paris", PrimaryGoal.ENDURANCE),
    ("Diego Ramos", "diego@demo.coachgraph.dev", "America/Mexico_City", PrimaryGoal.RACE_PREPARATION),
    ("Emi Tanaka", "emi@demo.coachgraph.dev", "Asia/Tokyo", PrimaryGoal.GENERAL_FITNESS),
]
