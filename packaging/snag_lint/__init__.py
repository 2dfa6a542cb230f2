"""snag-lint: the snag executable, a linter for Python's classic pitfalls.

The wheel installs `snag` into the environment's scripts directory (bin/) and
the libcjson it carries into <prefix>/lib/snag/, as Ruff's wheels install
`ruff`; this package only finds the executable, for `python -m snag_lint`.
"""
import os
import sys
import sysconfig

__all__ = ["find_snag_bin"]


def _user_scheme():
    if sys.version_info >= (3, 10):
        return sysconfig.get_preferred_scheme("user")
    return "posix_user" if os.name == "posix" else "nt_user"


def find_snag_bin():
    """The path of the snag executable installed with this package."""
    exe = "snag" + (sysconfig.get_config_var("EXE") or "")
    here = os.path.dirname(os.path.abspath(__file__))
    dirs = [
        # <prefix>/lib/pythonX.Y/site-packages/snag_lint: --prefix installs too
        os.path.join(here, os.pardir, os.pardir, os.pardir, os.pardir, "bin"),
        sysconfig.get_path("scripts"),
        sysconfig.get_path("scripts", scheme=_user_scheme()),
    ]
    for d in dirs:
        path = os.path.normpath(os.path.join(d, exe))
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    raise FileNotFoundError("snag-lint is installed but its `snag` executable is not in: "
                            + ", ".join(os.path.normpath(d) for d in dirs))
