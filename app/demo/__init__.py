"""Demo data for `make run`: a coach and an invite-joined roster to explore in GraphiQL."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.athletes.models import AthleteProfile, Coach
from app.auth import service as auth
from app.auth.models import User
from app.core.actor import Actor, ClientInfo
from app.demo.roster import DEMO_ATHLETES, DEMO_COACH_EMAIL, DEMO_PASSWORD
from app.settings import Settings

__all__ = [
    "DEMO_ATHLETES",
    "DEMO_COACH_EMAIL",
    "DEMO_PASSWORD",
    "load_demo",
    "print_credentials",
    "remove_demo",
]

DEMO_CLIENT = ClientInfo(ip=None, user_agent="coachgraph-demo")


@dataclass
class DemoSummary:
    created: bool
    coach_email: str = DEMO_COACH_EMAIL
    athlete_emails: list[str] = field(default_factory=list)
    password: str = DEMO_PASSWORD


async def remove_demo() -> None:
    """Delete the demo accounts and everything that hangs off them."""
    from tortoise.transactions import in_transaction

    from app.programs.models import TrainingProgram

    emails = [DEMO_COACH_EMAIL] + [a[1] for a in DEMO_ATHLETES]
    athlete_users = [a[1] for a in DEMO_ATHLETES]
    async with in_transaction():
        # Programs, phases, micro-cycles, sessions, logs, feedback and benchmarks cascade
        # from the athlete; a program's coach is RESTRICT, so the coach's go first.
        await TrainingProgram.filter(coach__user__email=DEMO_COACH_EMAIL).delete()
        await AthleteProfile.filter(user__email__in=athlete_users).delete()
        await User.filter(email__in=emails).delete()


async def load_demo(*, reset: bool, settings: Settings | None = None) -> DemoSummary:
    """Load the demo roster unless it is there already (`reset` reloads it)."""
    from app.settings import get_settings

    settings = settings or get_settings()
    athlete_emails = [a[1] for a in DEMO_ATHLETES]
    if reset:
        await remove_demo()
    elif await User.filter(email=DEMO_COACH_EMAIL).exists():
        # Accounts from an older load may predate the training data: fill in what is missing.
        from app.demo.training import load_training
        from app.demo.wellness import load_wellness

        coach = await Coach.get_or_none(user__email=DEMO_COACH_EMAIL)
        if coach is not None:
            await load_training(coach_id=coach.id)
            await load_wellness(coach_id=coach.id, emails=athlete_emails)
            await _series(athlete_emails)
        return DemoSummary(created=False, athlete_emails=athlete_emails)
    coach_user = await auth.register_coach(
        email=DEMO_COACH_EMAIL, password=DEMO_PASSWORD, display_name="Coach Morgan Reyes", client=DEMO_CLIENT
    )
    coach = await Coach.get(user_id=coach_user.id)
    actor = Actor(user_id=coach_user.id, role=coach_user.role, coach_id=coach.id, client=DEMO_CLIENT)
    for name, email, tz, goal in DEMO_ATHLETES:
        invite = await auth.create_invite(actor=actor, settings=settings, email=email)
        await auth.register_athlete(
            invite_code=invite.code,
            email=email,
            password=DEMO_PASSWORD,
            display_name=name,
            timezone=tz,
            primary_goal=goal,
            client=DEMO_CLIENT,
        )
    from app.demo.training import load_training
    from app.demo.wellness import load_wellness

    await load_training(coach_id=coach.id)
    await load_wellness(coach_id=coach.id, emails=athlete_emails)
    await _series(athlete_emails)
    return DemoSummary(created=True, athlete_emails=athlete_emails)


async def _series(emails: list[str]) -> None:
    """The demo athletes' training load, readiness and weekly summaries, from their year of data."""
    from app.analytics.recompute import recompute_all

    ids = await AthleteProfile.filter(user__email__in=emails).values_list("id", flat=True)
    await recompute_all(sorted(ids))  # type: ignore[arg-type]


def print_credentials(summary: DemoSummary, settings: Settings) -> None:
    """Tell the person at the terminal how to try the API."""
    url = f"http://{settings.host}:{settings.port}/graphql"
    state = "loaded" if summary.created else "already present"
    print(
        f"\nDemo data {state}. Open {url} and log in with:\n"
        f'  mutation {{ login(input: {{email: "{summary.coach_email}", password: "{summary.password}"}})'
        " { accessToken errors { code message } } }\n"
        f"  coach:    {summary.coach_email}\n"
        + "".join(f"  athlete:  {email}\n" for email in summary.athlete_emails)
        + f"  password (every demo account): {summary.password}\n"
        "Then send the accessToken as the header  Authorization: Bearer <token>.\n"
    )
