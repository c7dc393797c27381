"""Lazy references to the object types that fields of other modules return.

One line per type and the module that defines it: a type module names the types it returns
through these, never by importing their modules (so type modules cannot import in a circle).
"""

from __future__ import annotations

from graphql_schema.fields import ref

_ATHLETES = "graphql_schema.athletes.types"
_PROGRAMS = "graphql_schema.programs.types"
_LOGS = "graphql_schema.logs.types"
_EXERCISES = "graphql_schema.exercises.types"
_WELLNESS = "graphql_schema.wellness.types"
_ACTIVITIES = "graphql_schema.activities.types"
_ANALYTICS = "graphql_schema.analytics.types"

Coach = ref("Coach", _ATHLETES)
AthleteProfile = ref("AthleteProfile", _ATHLETES)
TrainingProgram = ref("TrainingProgram", f"{_PROGRAMS}.program")
ProgramPhase = ref("ProgramPhase", f"{_PROGRAMS}.phase")
MicroCycle = ref("MicroCycle", f"{_PROGRAMS}.micro_cycle")
TrainingSession = ref("TrainingSession", f"{_PROGRAMS}.session")
WorkoutLog = ref("WorkoutLog", _LOGS)
SessionFeedback = ref("SessionFeedback", _LOGS)
Exercise = ref("Exercise", _EXERCISES)
BenchmarkMetric = ref("BenchmarkMetric", _EXERCISES)
WellnessDay = ref("WellnessDay", _WELLNESS)
CheckIn = ref("CheckIn", _WELLNESS)
SourceFreshness = ref("SourceFreshness", _WELLNESS)
Activity = ref("Activity", _ACTIVITIES)
Explanation = ref("Explanation", f"{_ANALYTICS}.explain")
TrainingLoadDay = ref("TrainingLoadDay", f"{_ANALYTICS}.load")
DailyReadiness = ref("DailyReadiness", f"{_ANALYTICS}.readiness")
ReadinessFeedback = ref("ReadinessFeedback", f"{_ANALYTICS}.readiness")
WeeklySummary = ref("WeeklySummary", f"{_ANALYTICS}.weekly")
WeeklyMetrics = ref("WeeklyMetrics", f"{_ANALYTICS}.weekly")
PlanGenerationRun = ref("PlanGenerationRun", "graphql_schema.plans.types")

# The inputs of the writes a sync batch can carry (graphql_schema/sync/types.py).
LogWorkoutInput = ref("LogWorkoutInput", _LOGS)
EditWorkoutLogInput = ref("EditWorkoutLogInput", _LOGS)
SubmitSessionFeedbackInput = ref("SubmitSessionFeedbackInput", _LOGS)
SkipOwnSessionInput = ref("SkipOwnSessionInput", f"{_PROGRAMS}.session")
RecordBenchmarkInput = ref("RecordBenchmarkInput", _EXERCISES)
UpdateAthleteProfileInput = ref("UpdateAthleteProfileInput", _ATHLETES)
SubmitCheckInInput = ref("SubmitCheckInInput", "graphql_schema.wellness.inputs")
RecordReadinessFeedbackInput = ref("RecordReadinessFeedbackInput", f"{_ANALYTICS}.readiness")
