class HookRegistry:
    def __init__(self):
        self._post_build = []

    def post_build(self, fn):
        self._post_build.append(fn)
        return fn

    def fire_post_build(self, context):
        return [hook(context) for hook in self._post_build]
