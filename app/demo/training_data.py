"""The demo's training content: athlete profiles, session templates, weekly structures and texts.

Pure data, read by the generator in `app.demo.training`: changing a value here changes the demo
data it builds (which is deterministic for a given "now").
"""

from __future__ import annotations

from dataclasses import dataclass

from app.athletes.models import PrimaryGoal
from app.programs.models import Modality

MACRO_CYCLE = "Base - Build - Peak - Taper"
# (name, weeks, focus)
PHASES: tuple[tuple[str, int, str], ...] = (
    ("Base", 6, "Aerobic base, movement quality and work capacity"),
    ("Build", 5, "Progressive overload: strength and threshold development"),
    ("Peak", 3, "Specific high-intensity work at reduced volume"),
    ("Taper", 2, "Shed fatigue, keep sharpness, arrive fresh"),
)

ONE_RM_EXERCISES = ("Back Squat", "Deadlift", "Bench Press")


# --------------------------------------------------------------------------- athlete profiles


@dataclass(frozen=True)
class Profile:
    """Starting capacities of a demo athlete (its older benchmarks), by primary goal."""

    title: str
    description: str
    squat: float  # 1RM, kg
    deadlift: float
    bench: float
    ftp: float  # watts
    pace_5k: float  # seconds per km
    resting_hr: int
    max_hr: int
    weight_kg: float
    height_cm: float
    runner: bool  # also gets 10 km and half-marathon pace benchmarks


PROFILES: dict[PrimaryGoal, Profile] = {
    PrimaryGoal.HYBRID: Profile(
        "Hybrid Performance: Strength + 10K",
        "Concurrent strength and running block towards a 10 km time trial and new squat and deadlift maxes.",
        squat=110,
        deadlift=140,
        bench=70,
        ftp=220,
        pace_5k=285,
        resting_hr=52,
        max_hr=188,
        weight_kg=64.0,
        height_cm=170.0,
        runner=True,
    ),
    PrimaryGoal.STRENGTH: Profile(
        "Powerlifting Strength Cycle",
        "Squat, bench and deadlift block peaking for a mock meet, with light conditioning for recovery.",
        squat=190,
        deadlift=230,
        bench=135,
        ftp=230,
        pace_5k=330,
        resting_hr=60,
        max_hr=182,
        weight_kg=92.0,
        height_cm=183.0,
        runner=False,
    ),
    PrimaryGoal.ENDURANCE: Profile(
        "Olympic Distance Triathlon Build",
        "Swim, bike and run volume built towards an olympic-distance triathlon, with one strength day.",
        squat=85,
        deadlift=105,
        bench=50,
        ftp=245,
        pace_5k=255,
        resting_hr=46,
        max_hr=192,
        weight_kg=58.0,
        height_cm=166.0,
        runner=True,
    ),
    PrimaryGoal.RACE_PREPARATION: Profile(
        "Half Marathon Race Preparation",
        "Sixteen weeks to a half marathon: aerobic base, threshold and race-pace work, then a taper.",
        squat=100,
        deadlift=130,
        bench=70,
        ftp=250,
        pace_5k=235,
        resting_hr=44,
        max_hr=186,
        weight_kg=68.0,
        height_cm=175.0,
        runner=True,
    ),
    PrimaryGoal.GENERAL_FITNESS: Profile(
        "General Fitness Foundations",
        "Two full-body strength days and easy cardio to build a sustainable training habit.",
        squat=65,
        deadlift=85,
        bench=40,
        ftp=160,
        pace_5k=360,
        resting_hr=62,
        max_hr=180,
        weight_kg=55.0,
        height_cm=160.0,
        runner=False,
    ),
}
PROFILE_FALLBACK = {
    PrimaryGoal.HYPERTROPHY: PrimaryGoal.STRENGTH,
    PrimaryGoal.WEIGHT_LOSS: PrimaryGoal.GENERAL_FITNESS,
    PrimaryGoal.REHABILITATION: PrimaryGoal.GENERAL_FITNESS,
}


# --------------------------------------------------------------------------- strength templates

# How an exercise is prescribed: main and secondary lifts by %1RM, the others by RPE.
MAIN, SECONDARY, ACCESSORY, CORE, PLYO = "main", "secondary", "accessory", "core", "plyo"

# kind -> (title, focus, [(system exercise, role)])
# fmt: off
STRENGTH_TEMPLATES: dict[str, tuple[str, str, tuple[tuple[str, str], ...]]] = {
    "lower_squat": ("Lower Body - Squat Focus", "Lower body strength", (
        ("Back Squat", MAIN), ("Romanian Deadlift", SECONDARY),
        ("Bulgarian Split Squat", ACCESSORY), ("Standing Calf Raise", ACCESSORY),
        ("Hanging Leg Raise", CORE),
    )),
    "upper_bench": ("Upper Body - Bench Focus", "Horizontal push and pull", (
        ("Bench Press", MAIN), ("Barbell Row", SECONDARY), ("Pull-Up", ACCESSORY),
        ("Face Pull", ACCESSORY), ("Triceps Pushdown", ACCESSORY),
    )),
    "lower_deadlift": ("Lower Body - Deadlift Focus", "Posterior chain strength", (
        ("Deadlift", MAIN), ("Front Squat", SECONDARY), ("Walking Lunge", ACCESSORY),
        ("Nordic Hamstring Curl", ACCESSORY), ("Pallof Press", CORE),
    )),
    "upper_press": ("Upper Body - Overhead Focus", "Vertical push and pull", (
        ("Overhead Press", MAIN), ("Incline Bench Press", SECONDARY),
        ("Lat Pulldown", ACCESSORY), ("Dumbbell Row", ACCESSORY),
        ("Lateral Raise", ACCESSORY), ("Dumbbell Biceps Curl", ACCESSORY),
    )),
    "power": ("Power & Speed", "Rate of force development", (
        ("Power Clean", MAIN), ("Box Jump", PLYO), ("Back Squat", SECONDARY),
        ("Medicine Ball Chest Pass", PLYO), ("Ab Wheel Rollout", CORE),
    )),
    "full_body_a": ("Full Body Strength A", "Total-body strength", (
        ("Back Squat", MAIN), ("Bench Press", SECONDARY), ("Inverted Row", ACCESSORY),
        ("Kettlebell Swing", ACCESSORY), ("Dead Bug", CORE),
    )),
    "full_body_b": ("Full Body Strength B", "Total-body strength", (
        ("Deadlift", MAIN), ("Overhead Press", SECONDARY), ("Goblet Squat", ACCESSORY),
        ("Seated Cable Row", ACCESSORY), ("Pallof Press", CORE),
    )),
    "runner_strength": ("Runner Strength & Plyometrics", "Single-leg strength and stiffness", (
        ("Trap Bar Deadlift", MAIN), ("Bulgarian Split Squat", ACCESSORY),
        ("Single-Leg Romanian Deadlift", ACCESSORY), ("Standing Calf Raise", ACCESSORY),
        ("Pogo Hops", PLYO), ("Dead Bug", CORE),
    )),
}

# Lifts prescribed by %1RM: their 1RM is estimated from one of the benchmarked lifts.
ONE_RM_BASIS: dict[str, tuple[str, float]] = {
    "Back Squat": ("Back Squat", 1.0),       "Front Squat": ("Back Squat", 0.8),
    "Deadlift": ("Deadlift", 1.0),           "Trap Bar Deadlift": ("Deadlift", 1.05),
    "Romanian Deadlift": ("Deadlift", 0.65), "Power Clean": ("Deadlift", 0.5),
    "Bench Press": ("Bench Press", 1.0),     "Incline Bench Press": ("Bench Press", 0.82),
    "Overhead Press": ("Bench Press", 0.62), "Barbell Row": ("Bench Press", 0.75),
}

# Working load (kg) of RPE-prescribed exercises for an athlete squatting 120 kg; 0 = bodyweight.
ACCESSORY_LOAD: dict[str, float] = {
    "Bulgarian Split Squat": 32, "Standing Calf Raise": 80, "Hanging Leg Raise": 0,
    "Pull-Up": 0, "Face Pull": 22, "Triceps Pushdown": 27, "Walking Lunge": 40,
    "Nordic Hamstring Curl": 0, "Pallof Press": 14, "Lat Pulldown": 60, "Dumbbell Row": 32,
    "Lateral Raise": 10, "Dumbbell Biceps Curl": 14, "Box Jump": 0,
    "Medicine Ball Chest Pass": 5, "Ab Wheel Rollout": 0, "Inverted Row": 0,
    "Kettlebell Swing": 24, "Dead Bug": 0, "Goblet Squat": 28, "Seated Cable Row": 60,
    "Single-Leg Romanian Deadlift": 28, "Pogo Hops": 0,
}

# phase -> role -> (sets, reps, intensity, rest seconds); intensity is %1RM for main and
# secondary lifts (rising 2.5 a week within the phase), RPE for the others.
DOSAGE: dict[str, dict[str, tuple[int, int, float, int]]] = {
    "Base":  {MAIN: (4, 8, 65, 150), SECONDARY: (3, 10, 60, 120), ACCESSORY: (3, 12, 7, 90),
              CORE: (3, 12, 6, 60), PLYO: (3, 5, 6, 90)},
    "Build": {MAIN: (5, 5, 75, 180), SECONDARY: (4, 6, 70, 150), ACCESSORY: (3, 10, 8, 90),
              CORE: (3, 12, 7, 60), PLYO: (4, 5, 7, 90)},
    "Peak":  {MAIN: (5, 3, 85, 240), SECONDARY: (3, 5, 75, 180), ACCESSORY: (2, 8, 8, 90),
              CORE: (3, 10, 7, 60), PLYO: (4, 3, 8, 120)},
    "Taper": {MAIN: (3, 2, 80, 240), SECONDARY: (2, 5, 65, 150), ACCESSORY: (2, 8, 6, 90),
              CORE: (2, 10, 6, 60), PLYO: (3, 3, 6, 120)},
}
# fmt: on
PLYO_REPS = {"Pogo Hops": 20}
STRENGTH_DURATION = {"Base": 60, "Build": 70, "Peak": 60, "Taper": 45}
STRENGTH_PLANNED_RPE = {"Base": 6, "Build": 7, "Peak": 8, "Taper": 5}

# --------------------------------------------------------------------------- endurance templates


@dataclass(frozen=True)
class Endurance:
    """An endurance session template: minutes by phase, intensity as a zone of `intensity_type`."""

    title: str
    focus: str
    modality: Modality
    intensity_type: str
    zone: int
    minutes: dict[str, int]  # by phase
    planned_rpe: int


def _mins(base: int, build: int, peak: int, taper: int) -> dict[str, int]:
    return {"Base": base, "Build": build, "Peak": peak, "Taper": taper}


# Endurance sessions last this many minutes at least and at most (a deload week shortens them).
MIN_DURATION, MAX_DURATION = 30, 120

_RUN, _BIKE, _SWIM, _ROW = Modality.RUN, Modality.BIKE, Modality.SWIM, Modality.ROW
_HR, _PACE, _FTP = "heart_rate_zone", "pace_zone", "ftp_percent"
# fmt: off
ENDURANCE_TEMPLATES: dict[str, Endurance] = {
    "recovery_run": Endurance("Recovery Run", "Active recovery", _RUN, _HR, 1,
                              _mins(30, 35, 30, 30), 3),
    "easy_run": Endurance("Easy Run", "Aerobic base", _RUN, _HR, 2, _mins(45, 50, 45, 35), 4),
    "tempo_run": Endurance("Tempo Run - 3 x 10 min", "Lactate threshold", _RUN, _PACE, 3,
                           _mins(45, 55, 50, 40), 7),
    "intervals_run": Endurance("Intervals - 6 x 800 m", "VO2max", _RUN, _PACE, 5,
                               _mins(45, 55, 55, 40), 8),
    "race_pace_run": Endurance("Race-Pace Run", "Race-specific pace", _RUN, _PACE, 4,
                               _mins(50, 60, 65, 40), 7),
    "long_run": Endurance("Long Run", "Aerobic endurance", _RUN, _HR, 2,
                          _mins(80, 95, 110, 60), 6),
    "easy_bike": Endurance("Endurance Ride", "Aerobic base", _BIKE, _FTP, 2,
                           _mins(60, 75, 60, 45), 4),
    "bike_intervals": Endurance("Sweet Spot Intervals - 3 x 12 min", "Threshold power", _BIKE,
                                _FTP, 4, _mins(60, 75, 70, 50), 7),
    "long_ride": Endurance("Long Ride", "Aerobic endurance", _BIKE, _FTP, 2,
                           _mins(100, 115, 120, 75), 5),
    "swim": Endurance("Swim - Technique & Aerobic", "Technique and aerobic swim fitness", _SWIM,
                      _HR, 2, _mins(45, 50, 50, 40), 5),
    "row": Endurance("Row Conditioning", "Aerobic conditioning", _ROW, _HR, 3,
                     _mins(30, 35, 30, 30), 6),
    "race": Endurance("Half Marathon Race", "Race day", _RUN, _PACE, 4,
                      _mins(100, 100, 100, 100), 9),
}
# fmt: on

# --------------------------------------------------------------------------- weekly structure

# goal -> phase -> [(weekday 0=Monday, local "HH:MM", session kind)]: 4-6 sessions a week
Slot = tuple[int, str, str]
# fmt: off
WEEKS: dict[PrimaryGoal, dict[str, list[Slot]]] = {
    PrimaryGoal.HYBRID: {
        "Base":  [(0, "06:30", "lower_squat"), (1, "17:30", "easy_run"),
                  (2, "06:30", "upper_bench"), (3, "17:30", "tempo_run"),
                  (5, "09:00", "long_run")],
        "Build": [(0, "06:30", "lower_squat"), (1, "17:30", "intervals_run"),
                  (2, "06:30", "upper_bench"), (3, "17:30", "easy_bike"),
                  (4, "06:30", "lower_deadlift"), (5, "09:00", "long_run")],
        "Peak":  [(0, "06:30", "lower_squat"), (1, "17:30", "intervals_run"),
                  (2, "06:30", "upper_press"), (4, "17:30", "tempo_run"),
                  (5, "09:00", "long_run")],
        "Taper": [(0, "06:30", "full_body_a"), (2, "17:30", "tempo_run"),
                  (4, "17:30", "easy_run"), (5, "09:00", "easy_bike")],
    },
    PrimaryGoal.STRENGTH: {
        "Base":  [(0, "18:00", "lower_squat"), (1, "18:00", "upper_bench"),
                  (3, "18:00", "lower_deadlift"), (4, "18:00", "upper_press"),
                  (5, "10:00", "row")],
        "Build": [(0, "18:00", "lower_squat"), (1, "18:00", "upper_bench"),
                  (3, "18:00", "lower_deadlift"), (4, "18:00", "upper_press"),
                  (5, "10:00", "easy_bike")],
        "Peak":  [(0, "18:00", "lower_squat"), (2, "18:00", "upper_bench"),
                  (3, "18:00", "power"), (4, "18:00", "lower_deadlift"),
                  (5, "10:00", "row")],
        "Taper": [(0, "18:00", "lower_squat"), (2, "18:00", "upper_bench"),
                  (4, "18:00", "lower_deadlift"), (5, "10:00", "easy_bike")],
    },
    PrimaryGoal.ENDURANCE: {
        "Base":  [(0, "07:00", "swim"), (1, "18:30", "easy_run"), (2, "18:30", "easy_bike"),
                  (3, "07:00", "runner_strength"), (5, "09:00", "long_ride"),
                  (6, "09:30", "long_run")],
        "Build": [(1, "18:30", "intervals_run"), (2, "18:30", "bike_intervals"),
                  (3, "07:00", "swim"), (4, "07:00", "runner_strength"),
                  (5, "09:00", "long_ride"), (6, "09:30", "long_run")],
        "Peak":  [(1, "18:30", "tempo_run"), (2, "18:30", "bike_intervals"),
                  (3, "07:00", "swim"), (5, "09:00", "long_ride"), (6, "09:30", "long_run")],
        "Taper": [(1, "18:30", "easy_run"), (2, "18:30", "easy_bike"), (3, "07:00", "swim"),
                  (5, "09:00", "race_pace_run")],
    },
    PrimaryGoal.RACE_PREPARATION: {
        "Base":  [(0, "06:00", "recovery_run"), (1, "06:00", "easy_run"),
                  (2, "06:00", "runner_strength"), (3, "06:00", "tempo_run"),
                  (6, "07:00", "long_run")],
        "Build": [(0, "06:00", "recovery_run"), (1, "06:00", "intervals_run"),
                  (2, "06:00", "easy_run"), (3, "06:00", "tempo_run"),
                  (4, "06:00", "runner_strength"), (6, "07:00", "long_run")],
        "Peak":  [(1, "06:00", "intervals_run"), (2, "06:00", "easy_run"),
                  (3, "06:00", "race_pace_run"), (4, "06:00", "runner_strength"),
                  (6, "07:00", "long_run")],
        "Taper": [(1, "06:00", "race_pace_run"), (3, "06:00", "easy_run"),
                  (4, "06:00", "recovery_run"), (6, "07:00", "long_run")],
    },
    PrimaryGoal.GENERAL_FITNESS: {
        "Base":  [(0, "19:00", "full_body_a"), (2, "07:00", "easy_run"),
                  (3, "19:00", "full_body_b"), (5, "08:00", "easy_bike")],
        "Build": [(0, "19:00", "full_body_a"), (1, "07:00", "row"), (2, "07:00", "easy_run"),
                  (3, "19:00", "full_body_b"), (5, "08:00", "easy_bike")],
        "Peak":  [(0, "19:00", "full_body_a"), (2, "07:00", "tempo_run"),
                  (3, "19:00", "full_body_b"), (5, "08:00", "easy_bike")],
        "Taper": [(0, "19:00", "full_body_a"), (2, "07:00", "easy_run"),
                  (3, "19:00", "full_body_b"), (5, "08:00", "easy_bike")],
    },
}
# fmt: on

# --------------------------------------------------------------------------- texts

SKIP_REASONS = (
    "Work deadline ran late",
    "Head cold, rested instead",
    "Travelling for work",
    "Family commitment",
    "Slept badly, chose rest",
    "Calf tightness, rested as a precaution",
    "Gym closed for maintenance",
    "Storm warning, stayed in",
)
MOODS = ("great", "good", "good", "okay", "motivated", "tired", "stressed")
STRENGTH_NOTES = (
    "Bar speed felt good today.",
    "Last set was a grind.",
    "Lower back a little tight during warm-up, fine after.",
    "Gym was busy, rested a bit longer between sets.",
    "Felt strong, could have done one more rep.",
)
ENDURANCE_NOTES = (
    "Windy on the way back.",
    "Legs heavy for the first 15 minutes.",
    "Hit every split.",
    "Hot and humid, kept heart rate in check.",
    "Felt smooth throughout.",
)
PAIN_COMMENTS = (
    "Sharp pain in the left knee on the last set.",
    "Achilles sore during the second half.",
    "Right shoulder pinched on overhead work.",
)
HARD_COMMENTS = (
    "Tough one, legs were cooked.",
    "Harder than expected.",
    "Had to dig deep for the last reps.",
)


# --------------------------------------------------------------------------- physiology

# Share of max heart rate and of FTP by intensity zone, for the logged averages.
HR_FRACTION = {1: 0.64, 2: 0.72, 3: 0.82, 4: 0.88, 5: 0.92}
POWER_FRACTION = {1: 0.5, 2: 0.66, 3: 0.82, 4: 0.92, 5: 1.08}
