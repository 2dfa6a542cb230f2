"""The club archive: sessions are kept in a shelf keyed by night and observer."""
import shelve


def session_key(session):
    return f"{session.night}/{session.observer}"


def archive_session(path, session):
    with shelve.open(path) as shelf:
        shelf[session_key(session)] = session
        return sorted(shelf.keys())


def load_session(path, key):
    with shelve.open(path, flag="r") as shelf:
        return shelf[key]
