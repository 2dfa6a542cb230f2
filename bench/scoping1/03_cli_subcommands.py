"""Tiny subcommand dispatcher for the `archivist` CLI."""
import argparse
import sys

COMMANDS = {}


def build_parser():
    parser = argparse.ArgumentParser(prog="archivist")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (func, help_text) in sorted(COMMANDS.items()):
        sub.add_parser(name, help=help_text).set_defaults(handler=func)
    return parser


@command("list", "List archived snapshots")
def cmd_list(args):
    print("no snapshots yet")
    return 0


def command(name, help_text):
    def decorator(func):
        COMMANDS[name] = (func, help_text)
        return func
    return decorator


@command("prune", "Delete snapshots older than the retention window")
def cmd_prune(args):
    print("nothing to prune")
    return 0


def main(argv=None):
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main(["list"]))
