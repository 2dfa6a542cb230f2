"""Afternoon pick-up at the Ladybird group."""
from .notify import AttendanceLog, FirstPickupSms, LateRoomCounter
from .roster import Child, Roster


def main():
    roster = Roster("2024-04-18")
    outbox = []
    roster.subscribe(FirstPickupSms(outbox))
    attendance = roster.subscribe(AttendanceLog())
    counter = roster.subscribe(LateRoomCounter())
    children = [
        Child("Hattie", "Ladybirds", ("Mum", "Gran")),
        Child("Ilyas", "Ladybirds", ("Dad",)),
        Child("Juniper", "Hedgehogs", ("Mum", "Dad")),
    ]
    for child in children:
        roster.check_in(child)
    roster.check_out("Hattie", "Gran", "15:05")
    roster.check_out("Ilyas", "Dad", "15:20")
    for line in outbox:
        print(f"sms: {line}")
    for row in attendance.rows:
        print(f"attendance: {row}")
    print(f"children still in: {counter.remaining}")
    collected = [row[1] for row in attendance.rows]
    if collected != ["Hattie", "Ilyas"]:
        print(f"attendance log lists {collected}, expected ['Hattie', 'Ilyas']")
        print("BUG SHOWN")
    else:
        print("attendance complete")


if __name__ == "__main__":
    main()
