from .scheduler import Scheduler
from .tasks import OneShotJob, RecurringJob


def build():
    sched = Scheduler()
    sched.add(OneShotJob("send-welcome-email", at=5))
    sched.add(RecurringJob("rotate-logs", every=60))
    sched.add(OneShotJob("expire-trial", at=8))
    sched.add(RecurringJob("refresh-cache", every=30))
    return sched


if __name__ == "__main__":
    sched = build()
    sched.run_due(now=10)
    ran = [name for _, name in sched.history]
    assert ran == ["send-welcome-email", "expire-trial"]
    assert "rotate-logs" in sched.pending() and "refresh-cache" in sched.pending()
    assert "rotate-logs" not in ran and "refresh-cache" not in ran
    print("BUG SHOWN")
