from .stages import StageFailed


class PipelineError(Exception):
    pass


class PipelineRunner:
    def __init__(self, stages):
        self.stages = stages
        self.log = []
        self.soft_failures = []

    def run(self, env):
        for stage in self.stages:
            try:
                ran = stage.execute(env)
                self.log.append((stage.name, "ok", ran))
            except StageFailed as failure:
                self.log.append((stage.name, "failed", failure.code))
                if not stage.allow_failure:
                    break
                self.soft_failures.append(stage.name)
        else:
            return "success"
        raise PipelineError(f"pipeline stopped at {failure.stage}")
