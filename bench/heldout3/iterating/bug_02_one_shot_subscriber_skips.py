class ChatRoom:
    def __init__(self, name):
        self.name = name
        self.members = []

    def join(self, member):
        self.members.append(member)
        member.room = self

    def leave(self, member):
        self.members.remove(member)

    def broadcast(self, message):
        for member in self.members:
            member.deliver(message)


class Member:
    def __init__(self, nick):
        self.nick = nick
        self.inbox = []
        self.room = None

    def deliver(self, message):
        self.inbox.append(message)


class GuestPass(Member):
    def deliver(self, message):
        super().deliver(message)
        self.room.leave(self)


def main():
    room = ChatRoom("#general")
    alice, guest, bob, carol = Member("alice"), GuestPass("guest"), Member("bob"), Member("carol")
    for m in (alice, guest, bob, carol):
        room.join(m)
    room.broadcast("standup in 5")
    assert guest.inbox == ["standup in 5"]
    assert bob.inbox == []
    assert carol.inbox == ["standup in 5"]
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
