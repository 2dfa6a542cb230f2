"""Normalize paths passed to the backup scheduler."""
import os
import pathlib
from typing import TYPE_CHECKING, List, Union

if TYPE_CHECKING:
    from pathlib import PurePath

EXCLUDED_PREFIXES = ("/proc", "/sys", "/dev")


def normalize_target(target: "Union[str, PurePath]") -> str:
    if isinstance(target, PurePath):
        return target.as_posix()
    return os.path.normpath(target).replace(os.sep, "/")


def plan_backup(targets: "List[Union[str, PurePath]]") -> "List[str]":
    planned = []
    for target in targets:
        path = normalize_target(target)
        if not path.startswith(EXCLUDED_PREFIXES):
            planned.append(path)
    return sorted(set(planned))


if __name__ == "__main__":
    print(plan_backup(["/home/alice//docs/", pathlib.PurePosixPath("/etc/nginx"), "/proc/self"]))
