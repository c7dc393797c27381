"""GraphQL types of activities: device workouts and their link to a planned session."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import strawberry

from app.activities.models import Activity as ActivityRow
from app.activities.models import ActivityType, MatchMethod
from app.programs.models import TrainingSession as SessionRow
from graphql_schema import refs
from graphql_schema.bulk import plain_batches, plain_records
from graphql_schema.context import Info
from graphql_schema.errors import UserError
from graphql_schema.fields import field
from graphql_schema.wellness.enums import RecordStatus

strawberry.enum(
    ActivityType, name="ActivityType", description="What kind of workout a device recorded (seed 003)."
)
strawberry.enum(
    MatchMethod, name="MatchMethod", description="AUTO: matched on ingestion; MANUAL: linked by the coach."
)


@strawberry.type(description="A workout as a device recorded it, deduplicated by its source's id.")
class Activity:
    id: uuid.UUID = strawberry.field(description="The activity's id.")
    source: str = strawberry.field(description="The device or hub that reported it.")
    external_id: str = strawberry.field(description="The source's own id of the workout (unique per source).")
    activity_type: ActivityType = strawberry.field(name="type", description="What kind of workout.")
    name: str | None = strawberry.field(description="The name the device gave it.")
    start_at: datetime = strawberry.field(description="When it started (UTC).")
    local_date: date = strawberry.field(description="The athlete-local day it started on.")
    duration_seconds: int = strawberry.field(description="How long it lasted, seconds.")
    distance_meters: float | None = strawberry.field(description="Distance, meters.")
    elevation_gain_meters: float | None = strawberry.field(description="Elevation gain, meters.")
    avg_hr: int | None = strawberry.field(description="Average heart rate, bpm.")
    max_hr: int | None = strawberry.field(description="Maximum heart rate, bpm.")
    avg_power: int | None = strawberry.field(description="Average power, watts.")
    calories: int | None = strawberry.field(description="Calories, kcal.")
    training_load: float | None = strawberry.field(
        description="The device's training load (used where no RPE is logged)."
    )
    aerobic_effect: float | None = strawberry.field(description="Aerobic training effect, 0-5.")
    anaerobic_effect: float | None = strawberry.field(description="Anaerobic training effect, 0-5.")
    hr_zone_minutes: list[float] | None = strawberry.field(
        description="Minutes in each heart-rate zone, zone 1 first."
    )
    status: RecordStatus = strawberry.field(description="Tentative or final.")
    match_method: MatchMethod | None = strawberry.field(
        description="How it was linked to its session, if it is."
    )
    duplicate_of_id: uuid.UUID | None = strawberry.field(
        description="The activity of another source this one duplicates (then not counted twice)."
    )
    received_at: datetime = strawberry.field(description="When this version was received (UTC).")
    late: bool = strawberry.field(description="Arrived more than 48 h after its day ended.")
    revision: int = strawberry.field(description="1, plus one for every correction.")
    planned_session_id: strawberry.Private[uuid.UUID | None]
    athlete_id: strawberry.Private[uuid.UUID]

    @field("The planned session this activity fulfils, if matched.", graphql_type=refs.TrainingSession | None)
    async def planned_session(self, info: Info) -> SessionRow | None:
        if self.planned_session_id is None:
            return None
        return await info.context.loaders.programs.session_by_id.load(self.planned_session_id)


@strawberry.input(description="One device activity.")
class ActivityRecordInput:
    external_id: str = strawberry.field(
        description="The source's id of the workout (1-128 characters): the dedup key."
    )
    start: datetime = strawberry.field(description="When it started (UTC); not in the future.")
    duration_seconds: int = strawberry.field(description="How long it lasted, 1 second to 48 hours.")
    activity_type: ActivityType = strawberry.field(
        name="type", default=ActivityType.OTHER, description="What kind."
    )
    name: str | None = strawberry.field(default=None, description="A name, up to 200 characters.")
    status: RecordStatus = strawberry.field(
        default=RecordStatus.FINAL, description="TENTATIVE or FINAL (default)."
    )
    measured_at: datetime | None = strawberry.field(
        default=None, description="When the device computed it (UTC)."
    )
    distance_meters: float | None = strawberry.field(default=None, description="Distance, 0-1,000,000 m.")
    elevation_gain_meters: float | None = strawberry.field(
        default=None, description="Elevation gain, 0-20,000 m."
    )
    avg_hr: int | None = strawberry.field(default=None, description="Average heart rate, 20-250 bpm.")
    max_hr: int | None = strawberry.field(default=None, description="Maximum heart rate, 20-250 bpm.")
    avg_power: int | None = strawberry.field(default=None, description="Average power, 0-3000 W.")
    calories: int | None = strawberry.field(default=None, description="Calories, 0-30,000 kcal.")
    training_load: float | None = strawberry.field(default=None, description="Device training load, 0-2000.")
    aerobic_effect: float | None = strawberry.field(default=None, description="Aerobic training effect, 0-5.")
    anaerobic_effect: float | None = strawberry.field(
        default=None, description="Anaerobic training effect, 0-5."
    )
    hr_zone_minutes: list[float] | None = strawberry.field(
        default=None, description="Minutes per heart-rate zone, zone 1 first (at most 10)."
    )


# batches of up to 1,000 records: built as plain dicts (graphql_schema/bulk.py)
plain_records(ActivityRecordInput)


@strawberry.input(description="A batch of activities from one source for one athlete.")
class IngestActivitiesInput:
    source: str = strawberry.field(
        description="The device or hub, e.g. garmin, strava (2-32 lowercase letters)."
    )
    records: list[ActivityRecordInput] = strawberry.field(description="Up to 1,000 activities.")
    athlete_id: uuid.UUID | None = strawberry.field(
        default=None,
        description="The athlete; athletes may omit it, coaches and hubs name one of their athletes.",
    )


@strawberry.input(description="Link an activity to a planned session of its athlete, or unlink it.")
class LinkActivityInput:
    activity_id: uuid.UUID = strawberry.field(description="The activity.")
    session_id: uuid.UUID | None = strawberry.field(
        default=None,
        description="The session it fulfils; null unlinks (the session is planned again unless logged).",
    )


@strawberry.type(description="The result of `linkActivity`.")
class ActivityPayload:
    activity: ActivityRow | None = strawberry.field(
        description="The activity as stored; null when `errors` is not empty.", graphql_type=Activity | None
    )
    errors: list[UserError] = strawberry.field(description="Why the input was refused; empty on success.")


# the batch builds its record list directly (graphql_schema/bulk.py)
plain_batches(IngestActivitiesInput)
