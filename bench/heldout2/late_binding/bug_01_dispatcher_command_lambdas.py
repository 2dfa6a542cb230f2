class ServiceController:
    def __init__(self):
        self.log = []

    def run(self, action, service):
        self.log.append(f"{action}:{service}")
        return f"{service} {action}ed"


class CommandDispatcher:
    ACTIONS = ("start", "stop", "restart")

    def __init__(self, controller, service):
        self.controller = controller
        self.service = service
        self._commands = {}
        self._build()

    def _build(self):
        for action in self.ACTIONS:
            self._commands[action] = lambda: self.controller.run(action, self.service)

    def dispatch(self, line):
        name = line.strip().lower()
        if name not in self._commands:
            raise KeyError(f"unknown command {name!r}")
        return self._commands[name]()


def main():
    controller = ServiceController()
    dispatcher = CommandDispatcher(controller, "nginx")
    dispatcher.dispatch("start")
    dispatcher.dispatch("STOP")
    assert controller.log == ["restart:nginx", "restart:nginx"], controller.log
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
