STEPS = {}


def step(name, **defaults):
    def decorate(fn):
        def run(payload):
            options = dict(defaults)
            options.update(payload.get("options", {}))
            return fn(payload["target"], **options)
        run.step_name = name
        STEPS[name] = run
        return fn
    return decorate
