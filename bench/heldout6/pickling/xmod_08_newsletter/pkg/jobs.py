import logging
import time

log = logging.getLogger("mailer.jobs")


class Job:
    queue = "default"
    registry = {}

    def __init_subclass__(cls, queue=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if queue:
            cls.queue = queue
        Job.registry[cls.__name__] = cls
        original = cls.__dict__["execute"].__func__

        def audited(payload):
            started = time.monotonic()
            try:
                return original(payload)
            finally:
                log.debug("%s took %.3fs", cls.__name__, time.monotonic() - started)

        audited.__doc__ = original.__doc__
        cls.execute = staticmethod(audited)

    @staticmethod
    def execute(payload):
        raise NotImplementedError
