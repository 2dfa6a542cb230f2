class Timetable:
    periods = {"mon": [], "tue": [], "wed": [], "thu": [], "fri": []}
    room_prefix = "R"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.periods = {day: list(slots) for day, slots in cls.periods.items()}

    def __init__(self, group):
        self.group = group
        self.rooms = set()

    @classmethod
    def add_period(cls, day, subject):
        cls.periods[day].append(subject)

    def book_room(self, number):
        self.rooms = self.rooms | {f"{self.room_prefix}{number}"}


class PrimaryTimetable(Timetable):
    room_prefix = "P"


class SecondaryTimetable(Timetable):
    room_prefix = "S"


def main():
    PrimaryTimetable.add_period("mon", "phonics")
    SecondaryTimetable.add_period("mon", "chemistry")
    SecondaryTimetable.add_period("fri", "history")
    assert PrimaryTimetable.periods["mon"] == ["phonics"]
    assert SecondaryTimetable.periods["mon"] == ["chemistry"]
    assert Timetable.periods["mon"] == [] and Timetable.periods["fri"] == []
    year3 = PrimaryTimetable("3B")
    year4 = PrimaryTimetable("4A")
    year3.book_room(12)
    assert year3.rooms == {"P12"} and year4.rooms == set()
    print("OK")


if __name__ == "__main__":
    main()
