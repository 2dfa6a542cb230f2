import functools


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
            self._commands[action] = functools.partial(self.controller.run, action, self.service)
        for action in self.ACTIONS:
            self._commands[action + "-all"] = lambda action=action: [
                self.controller.run(action, s) for s in ("nginx", "redis")
            ]

    def dispatch(self, line):
        return self._commands[line.strip().lower()]()


def main():
    controller = ServiceController()
    dispatcher = CommandDispatcher(controller, "nginx")
    dispatcher.dispatch("start")
    dispatcher.dispatch("STOP")
    dispatcher.dispatch("start-all")
    assert controller.log == ["start:nginx", "stop:nginx", "start:nginx", "start:redis"], controller.log
    print("OK")


if __name__ == "__main__":
    main()
