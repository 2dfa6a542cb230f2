/* CLI: the `snag` command's subcommands. Each returns the process exit
 * code (ExitCode). */
#ifndef SG_CLI_H
#define SG_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef enum ExitCode {
  EXIT_CLEAN = 0,      /* no findings */
  EXIT_FINDINGS = 1,   /* findings reported */
  EXIT_ERROR = 2,      /* usage, configuration or internal error */
} ExitCode;

#include "report/report.h"  /* SNAG_VERSION */

int sg_cli_check(int argc, char **argv);
int sg_cli_rules(int argc, char **argv);
int sg_cli_rule(int argc, char **argv);
int sg_cli_debug(int argc, char **argv);
int sg_cli_bench(int argc, char **argv);
int sg_cli_merge(int argc, char **argv);
int sg_cli_server(int argc, char **argv);

/* The whole stream / file, NUL-terminated (sg_free it); NULL on a read
 * error or, for a file, when it cannot be opened or is not a regular file
 * (errno says why: EISDIR, EINVAL for a FIFO, socket or device). */
char *sg_cli_read_stream(FILE *f, size_t *len);
char *sg_cli_read_file(const char *path, size_t *len);
/* Opens a regular file for reading without ever blocking (a FIFO is
 * refused, not waited on); -1 with errno set otherwise. */
int sg_cli_open_regular(const char *path);

/* Flushes stdout; false (after "snag: cannot write the output: <why>")
 * when anything written to it was lost. */
bool sg_cli_flush_stdout(void);

/* Prints "snag: <message>" to stderr (control characters shown escaped);
 * returns EXIT_ERROR. sg_cli_note: the same for a message that is no error. */
int sg_cli_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void sg_cli_note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
