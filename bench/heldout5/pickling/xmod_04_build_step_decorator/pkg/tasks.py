from .steps import step


@step("compile", optimize=2)
def compile_target(target, optimize):
    return f"{target}.o (-O{optimize})"


@step("link", static=False)
def link_target(target, static):
    return f"{target}{'.a' if static else '.so'}"
