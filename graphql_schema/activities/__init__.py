"""Activities in the API: device workouts and their link to planned sessions."""
