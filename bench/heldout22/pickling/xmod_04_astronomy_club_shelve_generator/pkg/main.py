import os
import tempfile

from .archive import archive_session, load_session
from .session import ObservingSession, Target


def main():
    session = ObservingSession(
        observer="a.baptiste",
        night="2025-03-14",
        targets=[
            Target("M42", 5.59, -5.39, 30),
            Target("M81", 9.93, 69.07, 120),
            Target("NGC 2392", 7.48, 20.91, 60),
        ],
    )
    captured = session.take_frames(4)
    session.notes.append(f"seeing 2.1\", {len(captured)} frames before clouds")
    print(f"captured: {[(f['frame'], f['target']) for f in captured]}")

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "club-archive")
        try:
            keys = archive_session(path, session)
        except TypeError as exc:
            print(f"archiving failed: {exc}")
            print("BUG SHOWN")
            return
        restored = load_session(path, keys[0])
        print(f"archived {keys}; notes {restored.notes}")


if __name__ == "__main__":
    main()
