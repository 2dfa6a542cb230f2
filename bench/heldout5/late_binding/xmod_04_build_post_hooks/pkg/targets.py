class Target:
    def __init__(self, name, sources):
        self.name = name
        self.sources = sources

    def objects(self):
        return [src.rsplit(".", 1)[0] + ".o" for src in self.sources]


def declare_targets(hooks, targets):
    for target in targets:
        @hooks.post_build
        def package(context):
            artifact = f"{context['outdir']}/{target.name}.tar"
            context["artifacts"].append((artifact, target.objects()))
            return artifact
    return targets
