/* `snag bench PATH...`: single-threaded phase timings over a corpus —
 * read, parse (tree-sitter alone), flatten, analyse+rules — and MB/s.
 * All default rules run, as in `snag check`. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli/batch.h"
#include "parser/clock.h"
#include "cli/cli.h"
#include "cli/discover.h"
#include "lint/lint.h"

static void sg_bench__free(FileResult **results, uint32_t n, uint64_t *findings) {
  for (uint32_t i = 0; i < n; i++) {
    *findings += results[i]->items.len;
    sg_file_result_delete(results[i]);
    results[i] = NULL;
  }
}

/* `snag bench --backend gpu|gpu-host`: the batched pipeline's phases on
 * `jobs` threads, then `--backend cpu` end to end on the same files in the
 * same run. Every rule runs (--select ALL). */
static int sg_bench__gpu(const DiscoverResult *found, bool device, int jobs) {
  uint32_t n = found->files.len;
  Settings settings;
  sg_settings_init(&settings);
  for (int r = 0; r < RULE__COUNT; r++) settings.enabled[r] = true;
  const Settings **per_file = sg_calloc(n ? n : 1, sizeof(Settings *));
  for (uint32_t i = 0; i < n; i++) per_file[i] = &settings;
  FileResult **results = sg_calloc(n ? n : 1, sizeof(FileResult *));
  char device_name[256];
  sg_gpu_device_describe(device_name, sizeof device_name);

  /* warm the page cache so neither path pays for cold reads */
  for (uint32_t i = 0; i < n; i++) {
    size_t len;
    sg_free(sg_cli_read_file(found->files.items[i], &len));
  }
  PhaseTimes pt = {0};
  GpuTimes gt = {0};
  double t0 = sg_clock_now();
  Project *project = sg_project_new(settings.max_file_size);
  sg_cli_lint_batched(found->files.items, per_file, n, jobs, device, project, results, &pt, &gt);
  sg_project_delete(project);
  double t1 = sg_clock_now();
  /* report: the json-lines formatter over every result, to /dev/null */
  FILE *null = fopen("/dev/null", "w");
  Reporter *rep = sg_reporter_new(REPORT_FORMAT_JSON_LINES, null ? null : stdout, NULL);
  ReportSummary summary = {0};
  rep->begin(rep);
  for (uint32_t i = 0; i < n; i++) {
    sg_report_summary_add(&summary, results[i]);
    rep->file(rep, results[i]);
  }
  rep->end(rep, &summary);
  sg_reporter_delete(rep);
  if (null) fclose(null);
  double t2 = sg_clock_now();
  uint64_t gpu_findings = 0, cpu_findings = 0;
  sg_bench__free(results, n, &gpu_findings);

  PhaseTimes cpt = {0};
  double c0 = sg_clock_now();
  project = sg_project_new(settings.max_file_size);
  sg_cli_lint_pool(found->files.items, per_file, n, jobs, project, NULL, results, &cpt);
  sg_project_delete(project);
  double c1 = sg_clock_now();
  sg_bench__free(results, n, &cpu_findings);

  double mb = (double)pt.bytes / (1024.0 * 1024.0);
  printf("backend    %s\n", device ? "gpu" : "gpu-host (the GPU algorithm on the CPU)");
  printf("device     %s\n", device ? device_name : "(none)");
  printf("threads    %d\n", jobs);
  printf("files      %llu\n", (unsigned long long)pt.files);
  printf("lines      %llu\n", (unsigned long long)pt.lines);
  printf("bytes      %llu (%.1f MB)\n", (unsigned long long)pt.bytes, mb);
  printf("nodes      %llu\n", (unsigned long long)gt.nodes);
  printf("candidates %llu (%.3f%% of nodes) in %llu batches\n", (unsigned long long)gt.candidates,
         gt.nodes ? 100.0 * (double)gt.candidates / (double)gt.nodes : 0.0, (unsigned long long)gt.batches);
  static const char *const kinds[CANDIDATE__COUNT] = {
    [CANDIDATE_MUTABLE_DEFAULT] = "SNG201/202 default", [CANDIDATE_SHARED_FILL] = "SNG206 fill",
    [CANDIDATE_LOOP_CLOSURE] = "SNG301 closure", [CANDIDATE_LOOP] = "SNG40x loop",
    [CANDIDATE_CLASS] = "SNG204 class", [CANDIDATE_PROCESS_CALL] = "SNG60x call",
    [CANDIDATE_LOCK_SITE] = "SNG5xx lock site", [CANDIDATE_PROCESS_FILE] = "SNG60x whole file",
    [CANDIDATE_SHARED_CLASS] = "SNG203 class (joined)",
  };
  printf("  per kind:");
  for (int k = 0; k < CANDIDATE__COUNT; k++)
    printf("%s %s %llu", k ? "," : "", kinds[k], (unsigned long long)gt.per_kind[k]);
  printf("\n");
  printf("findings   %llu (cpu path: %llu)%s\n", (unsigned long long)gpu_findings,
         (unsigned long long)cpu_findings, gpu_findings == cpu_findings ? "" : "  MISMATCH");
  printf("-- phases (read/parse/flatten/confirm: CPU seconds summed over threads; build..resolve: the batch\n"
         "   steps' own walls)\n");
  printf("read       %8.3f s\n", pt.read);
  printf("parse      %8.3f s  %7.1f MB/s per thread\n", pt.parse, mb / pt.parse);
  printf("flatten    %8.3f s\n", pt.flatten);
  printf("build      %8.3f s  (batch arrays, merged names)\n", gt.build);
  printf("staging    %8.3f s  (host: arrays into pinned memory, both steps)\n", gt.staging);
  printf("h2d        %8.3f s  (candidates: the transfer alone)\n", gt.h2d);
  printf("kernels    %8.3f s  (candidates: flag + mark + SNG203 join + scan + scatter)\n", gt.kernels);
  printf("d2h        %8.3f s  (candidates)\n", gt.d2h);
  printf("split      %8.3f s\n", gt.split);
  printf("resolve    %8.3f s  (binding table from the nodes: scope links + pointer jumping, sites compacted, "
         "radix sort by (scope, name), search per reference; %llu files left to their model)\n",
         gt.resolve, (unsigned long long)gt.fallbacks);
  if (gt.table_h2d + gt.table_kernels + gt.table_d2h > 0)
    printf("  of which on the device: h2d %.3f s, kernels %.3f s, d2h %.3f s\n", gt.table_h2d, gt.table_kernels,
           gt.table_d2h);
  if (gt.device_failures)
    printf("device     %llu step%s failed and ran on the host reference instead\n",
           (unsigned long long)gt.device_failures, gt.device_failures == 1 ? "" : "s");
  printf("confirm    %8.3f s  (models + rules; SNG2xx-4xx and 6xx confirm candidates, 5xx its lock sites)\n",
         pt.analyse);
  printf("-- overlap (walls): the batch steps run on their own thread while the pool parses the next batch\n"
         "   and confirms the last\n");
  printf("batch step %8.3f s  (build + candidates + binding table, all batches)\n", gt.step);
  printf("pool       %8.3f s  (read/parse/flatten + models + rules on %d threads)\n", gt.pool, jobs);
  printf("stall      %8.3f s  (the pool waiting for a batch step)\n", gt.stall);
  printf("report     %8.3f s  (json-lines to /dev/null)\n", t2 - t1);
  printf("end-to-end %8.3f s  (%s)\n", t2 - t0, device ? "--backend gpu" : "--backend gpu-host");
  printf("end-to-end %8.3f s  (--backend cpu -j %d, same files, same run; lint only)\n", c1 - c0, jobs);
  sg_free(results);
  sg_free(per_file);
  return gpu_findings == cpu_findings ? EXIT_CLEAN : EXIT_ERROR;
}

int sg_cli_bench(int argc, char **argv) {
  int repeat = 1;
  const char *backend = NULL;
  long jobs = sysconf(_SC_NPROCESSORS_ONLN);
  Array(const char *) roots = {0};
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--repeat") && i + 1 < argc) repeat = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--backend") && i + 1 < argc) backend = argv[++i];
    else if (!strcmp(argv[i], "-j") && i + 1 < argc) jobs = atol(argv[++i]);
    else array_push(&roots, argv[i]);
  }
  if (jobs < 1) jobs = 1;
  char why[256];
  if (backend && strcmp(backend, "gpu") && strcmp(backend, "gpu-host") && strcmp(backend, "cpu")) {
    array_free(&roots);
    return sg_cli_fail("bench: --backend cpu|gpu|gpu-host");
  }
  if (backend && !strcmp(backend, "gpu") && !sg_gpu_device_available(why, sizeof why)) {
    array_free(&roots);
    return sg_cli_fail("bench --backend gpu: %s", why);
  }
  if (!roots.len || repeat < 1) {
    array_free(&roots);
    return sg_cli_fail("usage: snag bench [--repeat N] [--backend cpu|gpu|gpu-host] [-j N] PATH...");
  }
  DiscoverOptions opts = sg_discover_options_default();
  DiscoverResult found = {0};
  sg_discover(roots.items, roots.len, &opts, &found);
  array_free(&roots);
  if (found.bad_root) {
    for (uint32_t i = 0; i < found.errors.len; i++) sg_cli_fail("%s", found.errors.items[i]);
    sg_discover_result_free(&found);
    return EXIT_ERROR;
  }
  if (backend && strcmp(backend, "cpu") != 0) {
    int status = sg_bench__gpu(&found, !strcmp(backend, "gpu"), (int)jobs);
    sg_discover_result_free(&found);
    return status;
  }
  Settings settings;
  sg_settings_init(&settings);
  Linter *linter = sg_linter_new(&settings);
  uint64_t findings = 0;
  double a = sg_clock_now();
  uint32_t imported = 0;
  double import_seconds = 0;
  for (int r = 0; r < repeat; r++) {
    /* a project per pass: calls into other files cost what a fresh run pays */
    linter->project = sg_project_new(settings.max_file_size);
    for (uint32_t i = 0; i < found.files.len; i++) sg_project_schedule(linter->project, found.files.items[i]);
    for (uint32_t i = 0; i < found.files.len; i++) {
      FileResult *res = sg_lint_path(linter, found.files.items[i]);
      findings += res->items.len;
      sg_file_result_delete(res);
    }
    uint32_t files;
    double seconds;
    sg_project_stats(linter->project, &files, &seconds);
    imported += files;
    import_seconds += seconds;
    sg_project_delete(linter->project);
    linter->project = NULL;
  }
  double wall = sg_clock_now() - a;
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
  printf("imports    %8.3f s  in analyse: %u files read for what calls into them do\n", import_seconds,
         imported / (unsigned)repeat);
  printf("total      %8.3f s  %7.1f MB/s  (wall %.3f s)\n", total, mb / total, wall);
  sg_linter_delete(linter);
  sg_discover_result_free(&found);
  return EXIT_CLEAN;
}
