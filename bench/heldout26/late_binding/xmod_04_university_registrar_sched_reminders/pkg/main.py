from collections import Counter

from .clock import SimulatedClock, make_scheduler
from .mailer import Outbox
from .reminders import Student, schedule_reminders


def main():
    clock = SimulatedClock()
    scheduler = make_scheduler(clock)
    outbox = Outbox(clock)
    cohort = [
        Student("s1001", "r.okafor@uni.example", "Robotics MSc", 72),
        Student("s1002", "s.lind@uni.example", "Statistics BSc", 96),
        Student("s1003", "t.nguyen@uni.example", "Theology BA", 120),
    ]
    queued = schedule_reminders(scheduler, outbox, cohort)
    scheduler.run()
    print(f"queued {queued} reminders")
    for at, to, subject in outbox.sent:
        print(f"t+{at / 3600:5.1f}h  {to:22s} {subject}")

    per_recipient = Counter(to for _, to, _ in outbox.sent)
    if per_recipient != Counter({s.email: 2 for s in cohort}):
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
