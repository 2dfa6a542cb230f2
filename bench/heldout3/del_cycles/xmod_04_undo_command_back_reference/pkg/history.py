class History:
    def __init__(self, document):
        self.document = document
        self.done = []

    def execute(self, command):
        command.attach(self)
        command.do(self.document)
        self.done.append(command)

    def undo(self):
        command = self.done.pop()
        command.undo(self.document)
        return command
