from .reminders import ReminderMixin

SIGN_OUT = []


class Activity(ReminderMixin):
    def __init__(self, name, leader, campers):
        self.name = name
        self.leader = leader
        self.campers = list(campers)
        self.reminded = False
        self.arm_reminder()

    def remind(self):
        self.reminded = True

    def __del__(self):
        SIGN_OUT.append(f"{self.leader} signed out {self.name}")
