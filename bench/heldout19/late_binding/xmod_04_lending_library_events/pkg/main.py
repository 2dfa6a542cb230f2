from .bus import EventBus
from .notices import FINES, branch_handlers


def main():
    bus = EventBus()
    bus.subscribe_all(branch_handlers(FINES))
    notices = bus.publish("overdue.Central", {"title": "Middlemarch", "days": 8})
    print(notices)
    if not notices or not notices[0].startswith("[Central]"):
        print("Central loan got another branch's notice")
        print("BUG SHOWN")
    else:
        print("notices correct")


if __name__ == "__main__":
    main()
