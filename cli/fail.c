/* sg_cli_fail: the one way the CLI reports a usage or configuration error
 * (kept out of main.c so the unit tests can link the CLI modules). */
#include <stdarg.h>
#include <stdio.h>

#include "cli/cli.h"

int sg_cli_fail(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("snag: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  return EXIT_ERROR;
}
