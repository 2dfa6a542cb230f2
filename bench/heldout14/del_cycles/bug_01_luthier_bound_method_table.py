"""Luthier workshop: a job holds a workbench and returns it when the job object goes away."""

import gc

gc.disable()


class Workshop:
    def __init__(self, benches):
        self.free_benches = list(benches)
        self.released = []

    def reserve(self):
        return self.free_benches.pop(0)

    def release(self, bench):
        self.free_benches.append(bench)
        self.released.append(bench)


class InstrumentJob:
    """One instrument on one bench; the bench goes back when the job is dropped."""

    def __init__(self, workshop, instrument):
        self.workshop = workshop
        self.instrument = instrument
        self.bench = workshop.reserve()
        self.log = []
        self.stages = {
            "glue": self._glue,
            "fret": self._fret,
            "finish": self._finish,
        }

    def _glue(self):
        self.log.append("top glued")

    def _fret(self):
        self.log.append("frets seated")

    def _finish(self):
        self.log.append("french polish")

    def run(self, *stage_names):
        for name in stage_names:
            self.stages[name]()
        return self.log

    def __del__(self):
        self.workshop.release(self.bench)


def main():
    workshop = Workshop(["bench-A", "bench-B"])
    job = InstrumentJob(workshop, "classical guitar")
    print(job.run("glue", "fret", "finish"))
    bench = job.bench
    del job
    if bench not in workshop.released:
        print(f"{bench} still held after the job was dropped")
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
