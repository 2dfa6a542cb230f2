"""Tutoring agency: booking buttons created for each subject."""
import functools


class Booking:
    def __init__(self):
        self.made = []

    def book(self, subject, tutor, student):
        self.made.append((subject, tutor, student))
        return f"{student} booked {subject} with {tutor}"


TUTORS = {"maths": "Dr Patel", "chemistry": "Ms Okoro", "latin": "Mr Hale"}


class BookingPage:
    def __init__(self, booking):
        self.booking = booking
        self.buttons = {}
        self.tooltips = {}

    def render(self):
        for subject, tutor in TUTORS.items():
            self.buttons[subject] = functools.partial(self.booking.book, subject, tutor)
            self.tooltips[subject] = lambda subject=subject, tutor=tutor: f"{subject} ({tutor})"
        return self

    def click(self, subject, student):
        return self.buttons[subject](student)


def make_reminders(subjects):
    def reminder_for(subject):
        def remind(student):
            return f"{student}: {subject} tomorrow"
        return remind
    return [reminder_for(s) for s in subjects]


def main():
    booking = Booking()
    page = BookingPage(booking).render()
    page.click("maths", "Jo")
    page.click("latin", "Kim")
    assert booking.made == [("maths", "Dr Patel", "Jo"), ("latin", "Mr Hale", "Kim")]
    assert page.tooltips["chemistry"]() == "chemistry (Ms Okoro)"
    msgs = [r("Jo") for r in make_reminders(["maths", "latin"])]
    assert msgs == ["Jo: maths tomorrow", "Jo: latin tomorrow"], msgs
    print(booking.made)
    print("OK")


if __name__ == "__main__":
    main()
