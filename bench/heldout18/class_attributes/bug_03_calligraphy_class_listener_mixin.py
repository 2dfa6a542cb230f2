"""Calligraphy lessons that tell interested students about changes."""


class NotifierMixin:
    _listeners = []

    def subscribe(self, callback):
        if callback not in self._listeners:
            self._listeners.append(callback)

    def notify(self, message):
        for callback in list(self._listeners):
            callback(self, message)


class Lesson(NotifierMixin):
    def __init__(self, script, tutor, weekday):
        self.script = script
        self.tutor = tutor
        self.weekday = weekday

    def reschedule(self, weekday):
        old, self.weekday = self.weekday, weekday
        self.notify(f"{self.script} moved from {old} to {weekday}")

    def change_tutor(self, tutor):
        self.tutor = tutor
        self.notify(f"{self.script} now taught by {tutor}")


class Student:
    def __init__(self, name):
        self.name = name
        self.inbox = []

    def receive(self, lesson, message):
        self.inbox.append((lesson.script, message))


def main():
    italic = Lesson("italic", "Ms Ono", "Mon")
    copperplate = Lesson("copperplate", "Mr Vale", "Thu")
    ivy, jun = Student("Ivy"), Student("Jun")
    italic.subscribe(ivy.receive)
    copperplate.subscribe(jun.receive)
    copperplate.reschedule("Fri")
    italic.change_tutor("Mr Reyes")
    print("ivy:", ivy.inbox)
    print("jun:", jun.inbox)
    if any(script == "copperplate" for script, _ in ivy.inbox):
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
