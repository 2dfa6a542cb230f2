import gc

from .commands import AppendLine, FREED_SNAPSHOTS
from .history import History


def edit_session():
    doc = ["# Title"]
    history = History(doc)
    history.execute(AppendLine("intro"))
    history.execute(AppendLine("body"))
    history.undo()
    return history


def main():
    gc.disable()
    try:
        history = edit_session()
        assert history.document == ["# Title", "intro"]
        del history
        assert FREED_SNAPSHOTS == ["append:body"]
        gc.collect()
        assert sorted(FREED_SNAPSHOTS) == ["append:body", "append:intro"]
    finally:
        gc.enable()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
