"""University registrar: enrolment deadline reminders."""
