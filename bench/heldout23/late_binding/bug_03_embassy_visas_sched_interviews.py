"""Interview scheduling for an embassy's visa section.

Applicants who passed document screening are given interview slots on the
day's calendar.  The calendar is driven by a ``sched.scheduler`` running on
a simulated clock so the whole day can be replayed quickly in rehearsals.
"""
import sched
from dataclasses import dataclass, field
from typing import Dict, List


class SimulatedClock:
    def __init__(self, start: float = 9 * 3600):
        self.now = start

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class Applicant:
    file_no: str
    name: str
    visa_class: str
    documents_ok: bool = True
    outcome: str = "pending"
    notes: List[str] = field(default_factory=list)


class InterviewDesk:
    FEES = {"tourist": 80, "student": 160, "work": 190}

    def __init__(self) -> None:
        self.log: List[str] = []

    def interview(self, applicant: Applicant, clock: SimulatedClock) -> None:
        hh, rem = divmod(int(clock.time()), 3600)
        stamp = f"{hh:02d}:{rem // 60:02d}"
        applicant.outcome = "approved" if applicant.documents_ok else "refused"
        applicant.notes.append(f"interviewed {stamp}, fee {self.FEES[applicant.visa_class]}")
        self.log.append(f"{stamp} {applicant.file_no} {applicant.name}: {applicant.outcome}")


def plan_day(applicants: List[Applicant], desk: InterviewDesk,
             clock: SimulatedClock, slot_minutes: int = 20) -> sched.scheduler:
    calendar = sched.scheduler(clock.time, clock.sleep)
    queue = [a for a in applicants if a.outcome == "pending"]
    for position, applicant in enumerate(queue):
        priority = 0 if applicant.visa_class == "work" else 1
        calendar.enter(position * slot_minutes * 60, priority,
                       lambda: desk.interview(applicant, clock))
    return calendar


def summary(applicants: List[Applicant]) -> Dict[str, str]:
    return {a.file_no: a.outcome for a in applicants}


def main() -> None:
    clock = SimulatedClock()
    desk = InterviewDesk()
    applicants = [
        Applicant("V-3301", "Amara Nwosu", "student"),
        Applicant("V-3302", "Joao Pereira", "work"),
        Applicant("V-3303", "Lena Fischer", "tourist", documents_ok=False),
    ]
    calendar = plan_day(applicants, desk, clock)
    calendar.run()
    for line in desk.log:
        print(line)
    result = summary(applicants)
    print(result)

    expected = {"V-3301": "approved", "V-3302": "approved", "V-3303": "refused"}
    if result != expected:
        print(f"only one file was decided; it was interviewed "
              f"{len(applicants[-1].notes)} times")
        print("BUG SHOWN")
        return
    print("calendar completed")


if __name__ == "__main__":
    main()
