/* `snag check`: options, discovery, a pool of worker threads (one Linter
 * each), deterministic reporting in path order. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/add_noqa.h"
#include "cli/batch.h"
#include "cli/cli.h"
#include "cli/config.h"
#include "cli/discover.h"
#include "cli/fix.h"
#include "lint/lint.h"
#include "lint/shard.h"
#include "report/report.h"

static const char sg_check__usage[] =
  "usage: snag check [options] [PATH...]\n"
  "\n"
  "Lints Python files (*.py, *.pyi) and Jupyter notebooks (*.ipynb) under each PATH\n"
  "(default: .). `-` reads stdin.\n"
  "\n"
  "options:\n"
  "  --select CODES          enable only these rules (codes, prefixes like SNG2, names, ALL)\n"
  "  --extend-select CODES   enable these rules on top of the defaults\n"
  "  --ignore CODES          disable these rules\n"
  "  --output-format FMT     concise (default), full, json, json-lines,\n"
  "                          github, sarif, junit\n"
  "  --config PATH           use this configuration file (pyproject.toml, snag.toml)\n"
  "                          for every path instead of discovering one per directory\n"
  "  --isolated              ignore every configuration file\n"
  "  --show-fixes            full format: preview each fix as a diff\n"
  "  --fix                   apply safe fixes (files are rewritten atomically)\n"
  "  --unsafe-fixes          with --fix or --diff: apply unsafe fixes too\n"
  "  --diff                  print the fixes as a unified diff; change nothing\n"
  "  --add-noqa              add `# noqa: CODE` to each line with findings\n"
  "  --statistics            print a count per rule instead of each finding\n"
  "  --exit-zero             exit 0 even when there are findings\n"
  "  --no-cache              neither read nor write the result cache\n"
  "  --shard K/N             lint only the K-th of N shares of the files found (split by a\n"
  "                          hash of each path; join the shards' json or sarif output\n"
  "                          with `snag merge`)\n"
  "  --cache-dir DIR         keep the result cache in DIR (default: .snag_cache in the\n"
  "                          directory of the configuration file, else the current\n"
  "                          directory; also SNAG_CACHE_DIR or `cache-dir` in the\n"
  "                          configuration; SNAG_NO_CACHE=1 disables it)\n"
  "  -j, --jobs N            worker threads (default: online CPUs)\n"
  "  --backend WHICH         cpu (default), gpu (CUDA; exit 2 without a device),\n"
  "                          auto (gpu when a device is present and the scan is big),\n"
  "                          gpu-host (the GPU algorithm run on the CPU, for tests)\n"
  "  --stdin-filename NAME   the path to report for stdin (`-`, or no PATH); .pyi = stub\n"
  "  --exclude PATTERN       skip files matching a gitignore-style pattern (repeatable)\n"
  "  --force-exclude         apply the configuration's excludes to files named on the\n"
  "                          command line too (for pre-commit)\n"
  "  --no-respect-gitignore  lint files that .gitignore excludes\n"
  "  --target-version VER    Python version of the code (default: 3.11)\n"
  "  --max-file-size BYTES   larger files get SNG002 (default: 8388608)\n"
  "  --max-parse-seconds S   a file that takes longer to parse gets SNG002\n"
  "                          (default: 10; 0: no limit)\n"
  "  --max-analysis-facts N  a file whose flow analysis needs more facts (basic\n"
  "                          blocks x names) gets SNG002 (default: 67108864)\n"
  "  --color WHEN            auto (default), always, never\n"
  "  -q, --quiet             print findings only (no summary line)\n"
  "\n"
  "Settings come from [tool.snag] in pyproject.toml, or snag.toml / .snag.toml,\n"
  "the closest one above each file; command-line options override them.\n"
  "\n"
  "exit status: 0 no findings, 1 findings, 2 usage, configuration or internal error\n";

enum {
  OPT_SELECT = 256, OPT_EXTEND_SELECT, OPT_IGNORE, OPT_FORMAT, OPT_SHOW_FIXES, OPT_STATISTICS,
  OPT_EXIT_ZERO, OPT_STDIN_FILENAME, OPT_EXCLUDE, OPT_NO_GITIGNORE, OPT_TARGET, OPT_MAX_SIZE, OPT_MAX_PARSE,
  OPT_COLOR, OPT_HELP, OPT_FIX, OPT_NO_FIX, OPT_UNSAFE_FIXES, OPT_DIFF, OPT_CONFIG, OPT_ISOLATED,
  OPT_FORCE_EXCLUDE, OPT_BACKEND, OPT_ADD_NOQA, OPT_MAX_FACTS, OPT_NO_CACHE, OPT_CACHE_DIR, OPT_SHARD,
};

/* `auto` picks the GPU from this many files on: none yet. The batched
 * path is now a pipeline (the device step of batch k runs beside the
 * parsing of k+1 and the confirming of k-1), so on a device host its end
 * to end should come down to the CPU path's work plus the batch arrays;
 * but no device has measured it, and through the host reference (where
 * the device step is CPU work) it stays slower than the CPU path at equal
 * threads (BENCHMARKS.md, "GPU backend"). Set a file count here once a
 * device run measures a crossover. */
#define SG_CHECK_GPU_AUTO_FILES UINT32_MAX

typedef enum Backend { BACKEND_CPU, BACKEND_GPU, BACKEND_AUTO, BACKEND_GPU_HOST } Backend;

/* The result cache for this run, or NULL: SNAG_NO_CACHE, or a folder that
 * cannot be used. The folder: --cache-dir, SNAG_CACHE_DIR, the working
 * directory's configuration's `cache-dir`, `.snag_cache` next to that
 * configuration, else in the working directory. */
static ResultCache *sg_check__open_cache(const char *flag_dir, const Config *root_config) {
  const char *env_dir = getenv("SNAG_CACHE_DIR"), *env_off = getenv("SNAG_NO_CACHE");
  if (env_off && *env_off && strcmp(env_off, "0")) return NULL;
  if (env_dir && !*env_dir) env_dir = NULL;
  const char *chosen = flag_dir ? flag_dir : env_dir ? env_dir : root_config->cache_dir;
  char dir[4096], why[512];
  if (chosen) snprintf(dir, sizeof dir, "%s", chosen);
  else if (root_config->path && root_config->dir) snprintf(dir, sizeof dir, "%s/.snag_cache", root_config->dir);
  else snprintf(dir, sizeof dir, ".snag_cache");
  ResultCache *cache = sg_cache_open(dir, why, sizeof why);
  /* a folder asked for that cannot be used is worth a word; the default
   * one (a read-only checkout) is not */
  if (!cache && chosen) sg_cli_note("result cache off: %s", why);
  return cache;
}

int sg_cli_check(int argc, char **argv) {
  static const struct option options[] = {
    {"select", required_argument, NULL, OPT_SELECT},
    {"extend-select", required_argument, NULL, OPT_EXTEND_SELECT},
    {"ignore", required_argument, NULL, OPT_IGNORE},
    {"output-format", required_argument, NULL, OPT_FORMAT},
    {"format", required_argument, NULL, OPT_FORMAT},
    {"show-fixes", no_argument, NULL, OPT_SHOW_FIXES},
    {"statistics", no_argument, NULL, OPT_STATISTICS},
    {"exit-zero", no_argument, NULL, OPT_EXIT_ZERO},
    {"jobs", required_argument, NULL, 'j'},
    {"stdin-filename", required_argument, NULL, OPT_STDIN_FILENAME},
    {"exclude", required_argument, NULL, OPT_EXCLUDE},
    {"no-respect-gitignore", no_argument, NULL, OPT_NO_GITIGNORE},
    {"target-version", required_argument, NULL, OPT_TARGET},
    {"max-file-size", required_argument, NULL, OPT_MAX_SIZE},
    {"max-parse-seconds", required_argument, NULL, OPT_MAX_PARSE},
    {"max-analysis-facts", required_argument, NULL, OPT_MAX_FACTS},
    {"color", required_argument, NULL, OPT_COLOR},
    {"quiet", no_argument, NULL, 'q'},
    {"fix", no_argument, NULL, OPT_FIX},
    {"no-fix", no_argument, NULL, OPT_NO_FIX},
    {"unsafe-fixes", no_argument, NULL, OPT_UNSAFE_FIXES},
    {"diff", no_argument, NULL, OPT_DIFF},
    {"add-noqa", no_argument, NULL, OPT_ADD_NOQA},
    {"config", required_argument, NULL, OPT_CONFIG},
    {"isolated", no_argument, NULL, OPT_ISOLATED},
    {"force-exclude", no_argument, NULL, OPT_FORCE_EXCLUDE},
    {"backend", required_argument, NULL, OPT_BACKEND},
    {"no-cache", no_argument, NULL, OPT_NO_CACHE},
    {"cache-dir", required_argument, NULL, OPT_CACHE_DIR},
    {"shard", required_argument, NULL, OPT_SHARD},
    {"help", no_argument, NULL, OPT_HELP},
    {NULL, 0, NULL, 0},
  };
  Project *project = NULL;
  ResultCache *cache = NULL;
  bool no_cache = false;
  const char *cache_dir = NULL;
  uint32_t shard_k = 1, shard_n = 1;
  ConfigOverrides overrides = {.target_minor = -1};
  Array(const char *) excludes = {0};
  ReportFormat format = REPORT_FORMAT__COUNT;  /* not given */
  const char *config_path = NULL, *bad = NULL;
  bool isolated = false, force_exclude = false, no_gitignore = false;
  Backend backend = BACKEND_CPU;
  ConfigSet *configs = NULL;
  ReporterOptions ropts = {0};
  bool exit_zero = false, quiet = false, fix = false, unsafe_fixes = false, diff = false, add_noqa = false;
  int color = -1;
  long jobs = sysconf(_SC_NPROCESSORS_ONLN);
  const char *stdin_name = NULL;
  DiscoverOptions dopts = sg_discover_options_default();
  int status = EXIT_CLEAN;

  optind = 1;
  opterr = 0;
  int c, option_index = 0;
  while ((c = getopt_long(argc, argv, ":j:q", options, &option_index)) != -1) {
    switch (c) {
      case OPT_SELECT:
      case OPT_EXTEND_SELECT:
      case OPT_IGNORE:
        if (!sg_selection_add(&overrides.rules,
                              c == OPT_SELECT ? SELECT_SELECT : c == OPT_EXTEND_SELECT ? SELECT_EXTEND
                                                                                       : SELECT_IGNORE,
                              optarg, &bad)) {
          int n = (int)strcspn(bad, ", ");
          status = sg_cli_fail("%s rule selector '%.*s' in --%s (see `snag rules`)", n ? "unknown" : "empty", n,
                               bad, options[option_index].name);
          goto out;
        }
        break;
      case OPT_FORMAT:
        format = sg_report_format_parse(optarg);
        if (format == REPORT_FORMAT__COUNT) {
          char list[128] = "";
          for (int f = 0; f < REPORT_FORMAT__COUNT; f++)
            snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", f ? ", " : "",
                     sg_report_format_name((ReportFormat)f));
          status = sg_cli_fail("unknown output format `%s` (expected one of: %s)", optarg, list);
          goto out;
        }
        break;
      case OPT_SHOW_FIXES: ropts.show_fixes = true; break;
      case OPT_STATISTICS: ropts.statistics = true; break;
      case OPT_EXIT_ZERO: exit_zero = true; break;
      case 'j': {
        char *end;
        jobs = strtol(optarg, &end, 10);
        if (*end || jobs < 1 || jobs > 1024) {
          status = sg_cli_fail("invalid --jobs `%s` (expected a number from 1 to 1024)", optarg);
          goto out;
        }
        break;
      }
      case OPT_STDIN_FILENAME: stdin_name = optarg; break;
      case OPT_EXCLUDE: array_push(&excludes, optarg); break;
      case OPT_NO_GITIGNORE: no_gitignore = true; break;
      case OPT_TARGET:
        if (!sg_config_parse_target(optarg, &overrides.target_minor)) {
          status = sg_cli_fail("invalid --target-version `%s` (expected 3.7 to 3.14, e.g. 3.11 or py311)",
                               optarg);
          goto out;
        }
        break;
      case OPT_MAX_SIZE: {
        char *end;
        long long n = strtoll(optarg, &end, 10);
        if (*end || n < 1 || n > 1024LL * 1024 * 1024) {
          status = sg_cli_fail("invalid --max-file-size `%s`", optarg);
          goto out;
        }
        overrides.max_file_size = (size_t)n;
        break;
      }
      case OPT_MAX_PARSE:
        if (!sg_config_parse_seconds(optarg, &overrides.max_parse_seconds)) {
          status = sg_cli_fail("invalid --max-parse-seconds `%s` (seconds, 0 for no limit)", optarg);
          goto out;
        }
        overrides.has_max_parse_seconds = true;
        break;
      case OPT_MAX_FACTS: {
        char *end;
        errno = 0;
        unsigned long long n = strtoull(optarg, &end, 10);
        if (*optarg < '0' || *optarg > '9' || *end || errno || n < 1 || n > (1ull << 40)) {
          status = sg_cli_fail("invalid --max-analysis-facts `%s` (expected 1 to 1099511627776)", optarg);
          goto out;
        }
        overrides.max_analysis_facts = n;
        break;
      }
      case OPT_COLOR:
        if (!strcmp(optarg, "always")) color = 1;
        else if (!strcmp(optarg, "never")) color = 0;
        else if (!strcmp(optarg, "auto")) color = -1;
        else { status = sg_cli_fail("invalid --color `%s` (auto, always, never)", optarg); goto out; }
        break;
      case 'q': quiet = true; break;
      case OPT_FIX: fix = true; break;
      case OPT_NO_FIX: fix = false; break;
      case OPT_UNSAFE_FIXES: unsafe_fixes = true; break;
      case OPT_DIFF: diff = true; break;
      case OPT_ADD_NOQA: add_noqa = true; break;
      case OPT_CONFIG: config_path = optarg; break;
      case OPT_ISOLATED: isolated = true; break;
      case OPT_FORCE_EXCLUDE: force_exclude = true; break;
      case OPT_NO_CACHE: no_cache = true; break;
      case OPT_CACHE_DIR: cache_dir = optarg; break;
      case OPT_SHARD:
        if (!sg_shard_parse(optarg, &shard_k, &shard_n)) {
          status = sg_cli_fail("invalid --shard `%s` (expected K/N, 1 <= K <= N <= 1024, e.g. 2/4)", optarg);
          goto out;
        }
        break;
      case OPT_BACKEND:
        if (!strcmp(optarg, "cpu")) backend = BACKEND_CPU;
        else if (!strcmp(optarg, "gpu")) backend = BACKEND_GPU;
        else if (!strcmp(optarg, "auto")) backend = BACKEND_AUTO;
        else if (!strcmp(optarg, "gpu-host")) backend = BACKEND_GPU_HOST;
        else {
          status = sg_cli_fail("invalid --backend `%s` (cpu, gpu, auto, gpu-host)", optarg);
          goto out;
        }
        break;
      case OPT_HELP: fputs(sg_check__usage, stdout); goto out;
      case ':': status = sg_cli_fail("option `%s` needs a value", argv[optind - 1]); goto out;
      default:
        status = sg_cli_fail("unknown option `%s` (see `snag check --help`)", argv[optind - 1]);
        goto out;
    }
  }

  if (add_noqa && (fix || diff)) {
    status = sg_cli_fail("--add-noqa cannot be combined with --fix or --diff");
    goto out;
  }
  char why[256];
  if (backend == BACKEND_GPU && !sg_gpu_device_available(why, sizeof why)) {
    status = sg_cli_fail("--backend gpu: %s", why);
    goto out;
  }

  /* Configuration: the one in the working directory (or --config) decides
   * the run-wide keys (output-format, respect-gitignore); each file's own
   * decides its rules. */
  configs = sg_configs_new(&overrides, config_path, isolated);
  const Config *root_config = sg_configs_for_dir(configs, ".");
  if (sg_configs_error(configs)) {
    status = sg_cli_fail("%s", sg_configs_error(configs));
    goto out;
  }
  if (format == REPORT_FORMAT__COUNT)
    format = root_config->output_format >= 0 ? (ReportFormat)root_config->output_format : REPORT_FORMAT_CONCISE;
  dopts.respect_gitignore = !no_gitignore && root_config->respect_gitignore != 0;
  dopts.filter = sg_configs_filter;
  dopts.filter_ctx = configs;
  sg_configs_keep_source(configs, format == REPORT_FORMAT_FULL);

  if (color < 0) color = isatty(STDOUT_FILENO) && !getenv("NO_COLOR");
  ropts.color = color;
  ropts.unsafe_fixes = unsafe_fixes;

  /* Collect the files. */
  const char *default_root = ".";
  const char *const *roots = (const char *const *)(argv + optind);
  size_t root_count = (size_t)(argc - optind);
  /* --stdin-filename alone reads stdin, as in Ruff and flake8 */
  static const char *const stdin_root = "-";
  if (root_count == 0) {
    roots = stdin_name ? &stdin_root : &default_root;
    root_count = 1;
  }
  bool use_stdin = false;
  Array(const char *) fs_roots = {0};
  for (size_t i = 0; i < root_count; i++) {
    struct stat st;
    if (!strcmp(roots[i], "-") && add_noqa) {
      array_free(&fs_roots);
      status = sg_cli_fail("--add-noqa cannot rewrite stdin (`-`)");
      goto out;
    }
    if (!strcmp(roots[i], "-")) use_stdin = true;
    else if (!force_exclude || stat(roots[i], &st) != 0 || S_ISDIR(st.st_mode) ||
             !sg_configs_excluded(configs, roots[i]))
      array_push(&fs_roots, roots[i]);
  }
  if (use_stdin && shard_n > 1) {
    array_free(&fs_roots);
    status = sg_cli_fail("--shard splits the files found, not stdin (`-`)");
    goto out;
  }
  /* --force-exclude drops an excluded --stdin-filename too (its text still
   * passes through --fix unchanged) */
  bool stdin_excluded = use_stdin && force_exclude && stdin_name && sg_configs_excluded(configs, stdin_name);
  dopts.exclude = excludes.items;
  dopts.exclude_count = excludes.len;
  DiscoverResult found = {0};
  if (fs_roots.len) sg_discover(fs_roots.items, fs_roots.len, &dopts, &found);
  array_free(&fs_roots);
  for (uint32_t i = 0; i < found.errors.len; i++) sg_cli_fail("%s", found.errors.items[i]);
  /* a directory that could not be read: its files went unchecked, which
   * must not read as a clean run (the rest is still linted and reported) */
  bool discover_failed = found.errors.len > 0;
  if (sg_configs_error(configs)) {  /* a malformed configuration below a root */
    sg_cli_fail("%s", sg_configs_error(configs));
    found.bad_root = true;
  }
  if (found.bad_root) {
    sg_discover_result_free(&found);
    status = EXIT_ERROR;
    goto out;
  }
  if (shard_n > 1) {  /* this runner's share; the order stays the sorted one */
    uint32_t kept = 0;
    for (uint32_t i = 0; i < found.files.len; i++) {
      if (sg_shard_takes(found.files.items[i], shard_k, shard_n)) found.files.items[kept++] = found.files.items[i];
      else sg_free(found.files.items[i]);
    }
    found.files.len = kept;
  }

  uint32_t total = found.files.len + (use_stdin ? 1 : 0);
  FileResult **results = sg_calloc(total ? total : 1, sizeof(FileResult *));
  const Settings **file_settings = sg_calloc(total ? total : 1, sizeof(Settings *));
  for (uint32_t i = 0; i < found.files.len; i++)
    file_settings[i] = sg_configs_settings(configs, found.files.items[i]);
  if (use_stdin)
    file_settings[total - 1] = stdin_name ? sg_configs_settings(configs, stdin_name) : &root_config->settings;
  if (sg_configs_error(configs)) {  /* a malformed configuration above a named file */
    status = sg_cli_fail("%s", sg_configs_error(configs));
    sg_free(file_settings);
    sg_free(results);
    sg_discover_result_free(&found);
    goto out;
  }
  PhaseTimes times = {0};
  /* the program's other files, for calls into them: shared by every worker */
  project = sg_project_new(root_config->settings.max_file_size);
  if (backend == BACKEND_AUTO)
    backend = found.files.len >= SG_CHECK_GPU_AUTO_FILES && sg_gpu_device_available(why, sizeof why)
                  ? BACKEND_GPU : BACKEND_CPU;
  if (backend == BACKEND_CPU) {
    /* the result cache: not for fixes (they rewrite what they read) */
    if (!no_cache && !fix && !diff && !add_noqa && found.files.len) cache = sg_check__open_cache(cache_dir, root_config);
    sg_project_track_dependencies(project, cache != NULL);
    sg_cli_lint_pool(found.files.items, file_settings, found.files.len, (int)jobs, project, cache, results, &times);
    if (cache && getenv("SNAG_CACHE_STATS")) {
      uint32_t h, m, w;
      sg_cache_stats(cache, &h, &m, &w);
      fprintf(stderr, "snag: cache: %u hit%s, %u miss%s, %u written\n", h, h == 1 ? "" : "s", m, m == 1 ? "" : "es", w);
    }
    sg_cache_close(cache);
    cache = NULL;
  } else {
    GpuTimes gt = {0};
    sg_cli_lint_batched(found.files.items, file_settings, found.files.len, (int)jobs, backend == BACKEND_GPU,
                        project, results, &times, &gt);
  }
  size_t stdin_len = 0;
  char *stdin_text = NULL;
  if (use_stdin) {
    struct stat st;
    if (fstat(STDIN_FILENO, &st) == 0 && S_ISDIR(st.st_mode)) errno = EISDIR;
    else stdin_text = sg_cli_read_stream(stdin, &stdin_len);
    if (!stdin_text) {  /* nothing can be linted: an error, not a clean run */
      status = sg_cli_fail("cannot read stdin: %s", strerror(errno));
      for (uint32_t i = 0; i < total; i++) sg_file_result_delete(results[i]);
      sg_free(results);
      sg_free(file_settings);
      sg_discover_result_free(&found);
      goto out;
    }
    Linter *linter = sg_linter_new(file_settings[total - 1]);
    linter->project = project;
    results[total - 1] = stdin_excluded ? NULL
                       : sg_lint_bytes(linter, stdin_name ? stdin_name : "-", stdin_text, stdin_len);
    sg_linter_delete(linter);
  }

  /* --add-noqa: suppress what was found; nothing is reported (as Ruff) */
  if (add_noqa) {
    uint32_t added = 0;
    bool failed = false;
    for (uint32_t i = 0; i < total; i++) {
      added += sg_add_noqa_file(results[i], &failed);
      sg_file_result_delete(results[i]);
    }
    fprintf(stderr, "Added %u noqa directive%s.\n", added, added == 1 ? "" : "s");
    sg_free(stdin_text);
    sg_free(results);
    sg_free(file_settings);
    sg_discover_result_free(&found);
    status = failed ? EXIT_ERROR : EXIT_CLEAN;
    goto out;
  }

  /* --fix / --diff: fix each file until stable, then report what remains.
   * Fixed stdin goes to stdout (as Ruff does), so the report goes to stderr. */
  uint32_t fixed_total = 0, fixed_files = 0;
  bool write_failed = false;
  FILE *report_out = stdout;
  if (fix || diff) {
    Linter *linter = sg_linter_new(NULL);
    linter->project = project;
    for (uint32_t i = 0; i < total; i++) {
      bool is_stdin = use_stdin && i == total - 1;
      linter->settings = file_settings[i];
      if (!results[i]) {  /* an excluded stdin passes through */
        if (is_stdin && !diff) fwrite(stdin_text, 1, stdin_len, stdout);
        continue;
      }
      FixOptions fo = {.unsafe = unsafe_fixes, .diff = diff ? stdout : NULL, .failed = &write_failed};
      if (is_stdin) {
        fo.text = stdin_text;
        fo.text_len = stdin_len;
        if (!diff) fo.fixed_out = stdout;
      }
      uint32_t n = 0;
      if (!is_stdin && !diff) sg_project_forget(project, found.files.items[i]);  /* about to change */
      results[i] = sg_fix_file(linter, results[i], &fo, &n);
      if (is_stdin && !diff && !n) fwrite(stdin_text, 1, stdin_len, stdout);
      fixed_total += n;
      fixed_files += n > 0;
    }
    sg_linter_delete(linter);
    /* the fixed stdin is the output: lost text is a failed fix, not a success */
    if (use_stdin && !diff && !sg_cli_flush_stdout()) write_failed = true, fixed_total = 0;
    if (use_stdin && !diff) report_out = stderr;
    if (fixed_total)
      sg_cli_note("%s %u fix%s in %u file%s", diff ? "would apply" : "applied", fixed_total,
                  fixed_total == 1 ? "" : "es", fixed_files, fixed_files == 1 ? "" : "s");
  }
  sg_free(stdin_text);

  if (diff) {  /* the diff is the output; no findings are listed */
    for (uint32_t i = 0; i < total; i++) sg_file_result_delete(results[i]);
    sg_free(results);
    sg_free(file_settings);
    sg_discover_result_free(&found);
    status = write_failed || discover_failed ? EXIT_ERROR : fixed_total ? EXIT_FINDINGS : EXIT_CLEAN;
    goto out;
  }

  Reporter *reporter = sg_reporter_new(format, report_out, &ropts);
  ReportSummary summary = {0};
  reporter->begin(reporter);
  for (uint32_t i = 0; i < total; i++) {
    if (!results[i]) continue;
    sg_report_summary_add(&summary, results[i]);
    reporter->file(reporter, results[i]);
  }
  /* --quiet drops the trailing summary of the text format only */
  if (!quiet || ropts.statistics || format != REPORT_FORMAT_CONCISE) {
    /* a lost fixed stdin: "All checks passed!" would describe text nobody got */
    if (write_failed && !summary.findings && (format == REPORT_FORMAT_CONCISE || format == REPORT_FORMAT_FULL))
      fputs("No findings in the fixed text, but it was not written.\n", report_out);
    else reporter->end(reporter, &summary);
  }
  sg_reporter_delete(reporter);
  for (uint32_t i = 0; i < total; i++) sg_file_result_delete(results[i]);
  sg_free(results);
  sg_free(file_settings);
  sg_discover_result_free(&found);
  if (write_failed) sg_cli_fail("some fixes were not written (see above): the files keep the findings listed");
  if (discover_failed) sg_cli_fail("some directories could not be read (see above): their files were not checked");
  status = write_failed || discover_failed ? EXIT_ERROR
         : summary.findings && !exit_zero ? EXIT_FINDINGS : EXIT_CLEAN;

out:
  sg_project_delete(project);
  array_free(&excludes);
  sg_configs_delete(configs);
  return status;
}
