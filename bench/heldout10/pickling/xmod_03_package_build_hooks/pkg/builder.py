from concurrent.futures import ProcessPoolExecutor

from .hooks import hooks_for


class PackageBuilder:
    def __init__(self, package, version, jobs=2):
        self.package = package
        self.version = version
        self.jobs = jobs

    def run_phase(self, phase):
        hooks = hooks_for(phase)
        with ProcessPoolExecutor(max_workers=self.jobs) as pool:
            futures = {h.name: pool.submit(h.func, self.package, self.version) for h in hooks}
            return {name: fut.result() for name, fut in futures.items()}
