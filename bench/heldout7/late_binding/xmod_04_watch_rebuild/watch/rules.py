class BuildRules:
    def __init__(self):
        self.ran = []

    def compile_scss(self, path):
        self.ran.append(("sass", path))

    def bundle_js(self, path):
        self.ran.append(("esbuild", path))

    def reload_templates(self, path):
        self.ran.append(("jinja", path))

    def table(self):
        return {
            "*.scss": self.compile_scss,
            "*.js": self.bundle_js,
            "*.html": self.reload_templates,
        }
