class Lesson:
    def __init__(self, subject, teacher, day, period):
        self.subject = subject
        self.teacher = teacher
        self.day = day
        self.period = period

    def slot(self):
        return (self.teacher, self.day, self.period)

    def __repr__(self):
        return f"{self.subject}@{self.day}{self.period}"


class Timetable:
    def __init__(self, lessons):
        self.lessons = list(lessons)
        self.cancelled = []

    def cancel(self, lesson):
        self.lessons.remove(lesson)
        self.cancelled.append(lesson)

    def teacher_on_leave(self, lesson, leave):
        return (lesson.teacher, lesson.day) in leave

    def apply_leave(self, leave):
        for lesson in self.lessons:
            if self.teacher_on_leave(lesson, leave):
                self.cancel(lesson)
        return self.cancelled


def main():
    table = Timetable([
        Lesson("maths", "okoye", "mon", 1),
        Lesson("physics", "okoye", "mon", 2),
        Lesson("art", "berg", "mon", 3),
        Lesson("chem", "okoye", "mon", 4),
    ])
    table.apply_leave({("okoye", "mon")})
    still_running = [l.subject for l in table.lessons if l.teacher == "okoye"]
    assert still_running == ["physics"], still_running
    assert [l.subject for l in table.cancelled] == ["maths", "chem"]
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
