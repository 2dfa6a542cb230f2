"""Front-desk CLI for a dance studio.

Staff type short commands such as ``book salsa Maria`` at the desk terminal.
Each dance style gets a booking command generated at start-up from the
timetable, registered in a command table through a decorator.
"""
import functools
import shlex
from typing import Callable, Dict, List

TIMETABLE = {
    "salsa": {"room": "Studio A", "slot": "Mon 19:00", "capacity": 3},
    "tango": {"room": "Studio B", "slot": "Tue 20:00", "capacity": 2},
    "ballet": {"room": "Studio A", "slot": "Sat 10:00", "capacity": 4},
}

COMMANDS: Dict[str, Callable[..., str]] = {}
ROSTERS: Dict[str, List[str]] = {style: [] for style in TIMETABLE}


def command(name: str, help_text: str = ""):
    def register(func: Callable[..., str]) -> Callable[..., str]:
        @functools.wraps(func)
        def wrapper(*args: str) -> str:
            try:
                return func(*args)
            except TypeError:
                return f"usage: {name} {help_text}"
        wrapper.help_text = help_text
        COMMANDS[name] = wrapper
        return wrapper
    return register


def build_command_table() -> None:
    for style, info in TIMETABLE.items():
        @command(f"book-{style}", "<student>")
        def book(student: str) -> str:
            roster = ROSTERS[style]
            if len(roster) >= info["capacity"]:
                return f"{style} is full"
            roster.append(student)
            return f"{student} booked into {style}, {info['room']} {info['slot']}"

    @command("roster", "<style>")
    def show_roster(style: str) -> str:
        return f"{style}: {', '.join(ROSTERS[style]) or '(empty)'}"


def dispatch(line: str) -> str:
    name, *args = shlex.split(line)
    handler = COMMANDS.get(name)
    if handler is None:
        return f"unknown command {name!r}"
    return handler(*args)


def main() -> None:
    build_command_table()
    session = [
        "book-salsa 'Maria Lopez'",
        "book-tango 'Ken Ito'",
        "book-salsa 'Ola Nowak'",
        "roster salsa",
        "roster ballet",
    ]
    for line in session:
        print(f"> {line}\n  {dispatch(line)}")

    if ROSTERS["salsa"] != ["Maria Lopez", "Ola Nowak"] or ROSTERS["ballet"]:
        print(f"rosters after session: {ROSTERS}")
        print("BUG SHOWN")
        return
    print("rosters correct")


if __name__ == "__main__":
    main()
