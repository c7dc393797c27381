"""Activities: device-recorded workouts, matched to the planned sessions they fulfil."""
