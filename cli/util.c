/* Small helpers every subcommand shares (kept out of main.c so the unit
 * tests can link the CLI modules): error messages and whole-file reads. */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>

#include "cli/cli.h"
#include "parser/alloc.h"

int sg_cli_fail(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("snag: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  return EXIT_ERROR;
}

char *sg_cli_read_stream(FILE *f, size_t *len) {
  size_t cap = 4096, n = 0;
  char *buf = sg_malloc(cap + 1);
  size_t got;
  while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) buf = sg_realloc(buf, (cap *= 2) + 1);
  }
  if (ferror(f)) {
    sg_free(buf);
    return NULL;
  }
  buf[n] = '\0';
  *len = n;
  return buf;
}

char *sg_cli_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *buf = sg_cli_read_stream(f, len);
  fclose(f);
  return buf;
}
