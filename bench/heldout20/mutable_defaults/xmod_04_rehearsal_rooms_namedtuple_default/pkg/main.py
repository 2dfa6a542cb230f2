from .services import Diary, add_gear, invoice


def main():
    diary = Diary()
    loud = diary.book("The Rivets", "Room 1", 3)
    add_gear(loud, "drum kit", "pa")
    quiet = diary.book("Folk Trio", "Room 2")
    for b in diary.bookings:
        print(b.describe())
    if invoice(quiet) != 24:
        print("Folk Trio charged for gear they never hired:", invoice(quiet))
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
