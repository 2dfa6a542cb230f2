/* `snag merge`: joins the json or sarif outputs of `snag check --shard K/N`
 * runs into the output one run over every file would have printed (see
 * report/report.h sg_report_json_merge). */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "cli/cli.h"
#include "parser/alloc.h"
#include "report/report.h"

static const char sg_merge__usage[] =
  "usage: snag merge FILE...\n"
  "\n"
  "Joins the outputs of `snag check --shard K/N --output-format json` (or sarif)\n"
  "runs, one FILE per shard (`-` reads stdin), into the output one run over every\n"
  "file would have printed, on stdout. Every FILE must have the same format.\n"
  "\n"
  "exit status: 0 merged, 2 unreadable or malformed input\n";

int sg_cli_merge(int argc, char **argv) {
  if (argc < 2) {
    fputs(sg_merge__usage, stderr);
    return EXIT_ERROR;
  }
  if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
    fputs(sg_merge__usage, stdout);
    return EXIT_CLEAN;
  }
  uint32_t n = (uint32_t)(argc - 1);
  cJSON **docs = sg_calloc(n, sizeof(cJSON *));
  int status = EXIT_CLEAN, sarif = -1;
  for (uint32_t i = 0; i < n && status == EXIT_CLEAN; i++) {
    const char *path = argv[i + 1];
    if (path[0] == '-' && path[1]) {
      status = sg_cli_fail("unknown option `%s` (see `snag merge --help`)", path);
      break;
    }
    size_t len = 0;
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    char *text = f ? sg_cli_read_stream(f, &len) : NULL;
    if (f && f != stdin) fclose(f);
    if (!text) {
      status = sg_cli_fail("cannot read %s: %s", path, strerror(errno ? errno : EIO));
      break;
    }
    docs[i] = cJSON_ParseWithLength(text, len);
    sg_free(text);
    int is_sarif = cJSON_IsObject(docs[i]) && cJSON_GetObjectItemCaseSensitive(docs[i], "runs");
    if (!docs[i] || (!is_sarif && !cJSON_IsArray(docs[i])))
      status = sg_cli_fail("%s is not snag's json or sarif output", path);
    else if (sarif >= 0 && sarif != is_sarif)
      status = sg_cli_fail("%s is %s, the files before it %s: merge one format", path, is_sarif ? "sarif" : "json",
                           sarif ? "sarif" : "json");
    sarif = is_sarif;
  }
  if (status == EXIT_CLEAN) {
    const char *bad = sarif ? sg_report_sarif_merge(stdout, docs, n) : sg_report_json_merge(stdout, docs, n);
    if (bad) status = sg_cli_fail("cannot merge: %s", bad);
  }
  for (uint32_t i = 0; i < n; i++) cJSON_Delete(docs[i]);
  sg_free(docs);
  return status;
}
