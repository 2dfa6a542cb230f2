"""`python -m snag_lint ARGS...` runs `snag ARGS...` with the installed executable."""
import os
import sys

from snag_lint import find_snag_bin


def main():
    try:
        snag = find_snag_bin()
    except FileNotFoundError as e:
        sys.exit("snag: %s" % e)
    os.execv(snag, [snag, *sys.argv[1:]])


if __name__ == "__main__":
    main()
