from .jobs import Job


class WeeklyDigest(Job, queue="bulk-mail"):
    @staticmethod
    def execute(payload):
        """Render one recipient's digest."""
        items = "\n".join(f"- {title}" for title in payload["articles"])
        return {"to": payload["email"], "subject": "Your weekly digest", "body": items}


class Unsubscribe(Job):
    @staticmethod
    def execute(payload):
        return {"removed": payload["email"]}
