/* snag: entry point; dispatches to a subcommand. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

/* The commit snag was built from (the Makefile passes it for this file only,
 * so a new commit recompiles main.o and nothing else). */
#ifndef SNAG_COMMIT
#define SNAG_COMMIT "unknown"
#endif

static const char sg_main__usage[] =
  "snag " SNAG_VERSION " — a linter for Python's classic pitfalls\n"
  "\n"
  "usage: snag <command> [options]\n"
  "\n"
  "commands:\n"
  "  check [PATH...]      lint files and directories (default: .); `-` reads stdin\n"
  "  rules                list every rule (--format text|markdown)\n"
  "  rule CODE|NAME       explain one rule\n"
  "  debug flat|scopes FILE   dump a stage's output (for tracing a finding)\n"
  "  debug cfg FILE[:LINE] [--dot]   the control-flow graph of the function at LINE\n"
  "  merge FILE...        join the json or sarif outputs of `check --shard K/N` runs\n"
  "  server               the language server (LSP over stdio) for editors\n"
  "  bench PATH...        time read/parse/flatten/analyse over a corpus\n"
  "  version              print the version\n"
  "\n"
  "Run `snag check --help` for the options of check.\n";

static int sg_main__dispatch(int argc, char **argv) {
  if (argc < 2) {
    fputs(sg_main__usage, stderr);
    return EXIT_ERROR;
  }
  const char *cmd = argv[1];
  if (!strcmp(cmd, "check")) return sg_cli_check(argc - 1, argv + 1);
  if (!strcmp(cmd, "rules")) return sg_cli_rules(argc - 1, argv + 1);
  if (!strcmp(cmd, "rule")) return sg_cli_rule(argc - 1, argv + 1);
  if (!strcmp(cmd, "debug")) return sg_cli_debug(argc - 1, argv + 1);
  if (!strcmp(cmd, "server")) return sg_cli_server(argc - 1, argv + 1);
  if (!strcmp(cmd, "bench")) return sg_cli_bench(argc - 1, argv + 1);
  if (!strcmp(cmd, "merge")) return sg_cli_merge(argc - 1, argv + 1);
  if (!strcmp(cmd, "version") || !strcmp(cmd, "--version") || !strcmp(cmd, "-V")) {
    printf("snag %s (%s)\n", SNAG_VERSION, SNAG_COMMIT);
    return EXIT_CLEAN;
  }
  if (!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
    fputs(sg_main__usage, stdout);
    return EXIT_CLEAN;
  }
  fputs(sg_main__usage, stderr);
  return sg_cli_fail("unknown command `%s`", cmd);
}

int main(int argc, char **argv) {
  int status = sg_main__dispatch(argc, argv);
  /* the output is the result: a full disk or closed pipe is an error */
  if (!sg_cli_flush_stdout()) status = EXIT_ERROR;
  return status;
}
