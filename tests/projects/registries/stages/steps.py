from .registry import plain, stage


@stage("double")
@plain("double")
def double(x):
    return 2 * x
