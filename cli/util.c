/* Small helpers every subcommand shares (kept out of main.c so the unit
 * tests can link the CLI modules): error messages and whole-file reads. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"
#include "parser/alloc.h"

/* "snag: <message>" on stderr, control characters shown escaped: a file
 * name must not forge output or reach the terminal as an escape. */
static void sg_cli__say(const char *fmt, va_list ap) {
  va_list again;
  va_copy(again, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  char *msg = sg_malloc(n > 0 ? (size_t)n + 1 : 1);
  msg[0] = '\0';
  if (n > 0) vsnprintf(msg, (size_t)n + 1, fmt, again);
  va_end(again);
  fputs("snag: ", stderr);
  sg_report_put_visible(stderr, msg);
  fputc('\n', stderr);
  sg_free(msg);
}

int sg_cli_fail(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  sg_cli__say(fmt, ap);
  va_end(ap);
  return EXIT_ERROR;
}

void sg_cli_note(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  sg_cli__say(fmt, ap);
  va_end(ap);
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

int sg_cli_open_regular(const char *path) {
  /* O_NONBLOCK: opening a FIFO for reading would wait for a writer */
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return -1;
  struct stat st;
  int err = fstat(fd, &st) != 0 ? errno : S_ISDIR(st.st_mode) ? EISDIR : S_ISREG(st.st_mode) ? 0 : EINVAL;
  if (err) {
    close(fd);
    errno = err;
    return -1;
  }
  int flags = fcntl(fd, F_GETFL);
  if (flags >= 0) fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  return fd;
}

char *sg_cli_read_file(const char *path, size_t *len) {
  int fd = sg_cli_open_regular(path);
  if (fd < 0) return NULL;
  FILE *f = fdopen(fd, "rb");
  if (!f) {
    close(fd);
    return NULL;
  }
  char *buf = sg_cli_read_stream(f, len);
  fclose(f);
  return buf;
}

bool sg_cli_flush_stdout(void) {
  if (fflush(stdout) == 0 && !ferror(stdout)) return true;
  int err = errno;
  clearerr(stdout);
  sg_cli_fail("cannot write the output: %s", err ? strerror(err) : "write error");
  return false;
}
