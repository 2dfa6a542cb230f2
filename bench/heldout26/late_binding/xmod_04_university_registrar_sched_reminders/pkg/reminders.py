"""Schedules reminder mails ahead of each student's enrolment deadline."""
from dataclasses import dataclass

HOURS = 3600.0


@dataclass(frozen=True)
class Student:
    student_id: str
    email: str
    programme: str
    deadline_h: float


def schedule_reminders(scheduler, outbox, students, lead_hours=(48, 2)):
    for student in students:
        for lead in lead_hours:
            when = max(0.0, (student.deadline_h - lead) * HOURS)
            subject = f"Enrolment for {student.programme} closes in {lead}h"
            scheduler.enterabs(
                when, 1, lambda: outbox.send(student.email, subject)
            )
    return len(scheduler.queue)
