/* `snag bench PATH...`: single-threaded phase timings over a corpus —
 * read, parse (tree-sitter alone), flatten, analyse+rules — and MB/s.
 * All default rules run, as in `snag check`. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "cli/cli.h"
#include "cli/discover.h"
#include "report/lint.h"

int sg_cli_bench(int argc, char **argv) {
  int repeat = 1;
  Array(const char *) roots = {0};
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--repeat") && i + 1 < argc) repeat = atoi(argv[++i]);
    else array_push(&roots, argv[i]);
  }
  if (!roots.len || repeat < 1) {
    array_free(&roots);
    return sg_cli_fail("usage: snag bench [--repeat N] PATH...");
  }
  DiscoverOptions opts = sg_discover_options_default();
  DiscoverResult found = {0};
  sg_discover(roots.items, roots.len, &opts, &found);
  array_free(&roots);
  if (found.bad_root) {
    for (uint32_t i = 0; i < found.errors.len; i++) fprintf(stderr, "snag: %s\n", found.errors.items[i]);
    sg_discover_result_free(&found);
    return EXIT_ERROR;
  }
  Settings settings;
  sg_settings_init(&settings);
  Linter *linter = sg_linter_new(&settings);
  uint64_t findings = 0;
  struct timespec a, b;
  clock_gettime(CLOCK_MONOTONIC, &a);
  for (int r = 0; r < repeat; r++)
    for (uint32_t i = 0; i < found.files.len; i++) {
      FileResult *res = sg_lint_path(linter, found.files.items[i]);
      findings += res->items.len;
      sg_file_result_delete(res);
    }
  clock_gettime(CLOCK_MONOTONIC, &b);
  double wall = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) * 1e-9;
  PhaseTimes *t = &linter->times;
  double mb = (double)t->bytes / (1024.0 * 1024.0);
  double total = t->read + t->parse + t->flatten + t->analyse;
  printf("files      %llu\n", (unsigned long long)t->files / (unsigned)repeat);
  printf("lines      %llu\n", (unsigned long long)t->lines / (unsigned)repeat);
  printf("bytes      %llu (%.1f MB)\n", (unsigned long long)t->bytes / (unsigned)repeat, mb / repeat);
  printf("nodes      %llu\n", (unsigned long long)t->nodes / (unsigned)repeat);
  printf("findings   %llu\n", (unsigned long long)findings / (unsigned)repeat);
  printf("repeat     %d (single thread)\n", repeat);
  printf("read       %8.3f s\n", t->read);
  printf("parse      %8.3f s  %7.1f MB/s  (tree-sitter)\n", t->parse, mb / t->parse);
  printf("flatten    %8.3f s  %5.1f%% of parse\n", t->flatten, 100.0 * t->flatten / t->parse);
  printf("analyse    %8.3f s  %5.1f%% of parse  (semantic model + rules + noqa)\n", t->analyse,
         100.0 * t->analyse / t->parse);
  printf("total      %8.3f s  %7.1f MB/s  (wall %.3f s)\n", total, mb / total, wall);
  sg_linter_delete(linter);
  sg_discover_result_free(&found);
  return EXIT_CLEAN;
}
