/* sarif: one SARIF 2.1.0 log (https://docs.oasis-open.org/sarif/sarif/v2.1.0/)
 * with a single run, in the shape GitHub code scanning reads:
 *
 *   {"$schema": ..., "version": "2.1.0", "runs": [{
 *     "tool": {"driver": {name, version, informationUri, rules[]}},
 *     "invocations": [{executionSuccessful, workingDirectory}],
 *     "originalUriBaseIds": {"%SRCROOT%": {"uri": "file:///cwd/"}},
 *     "columnKind": "unicodeCodePoints",
 *     "results": [...]}]}
 *
 * driver.rules holds only the rules that fired, in order of first finding
 * (files arrive sorted, so the order is deterministic), and each result's
 * ruleIndex points into it. A file under the working directory is named by
 * a relative, percent-encoded URI with uriBaseId %SRCROOT%; any other by an
 * absolute file:// URI. Columns count code points, 1-based; a Span's end is
 * already exclusive, as SARIF's endColumn is. Severities map to the levels
 * error, warning and note.
 *
 * partialFingerprints.primaryLocationLineHash is computed as GitHub's
 * codeql-action upload does (src/fingerprints.ts), over the file as it is
 * on disk: a rolling hash (base 37, 64-bit wrap-around) over the next 100
 * UTF-16 code units from the start of each line, skipping spaces and tabs,
 * CR and CRLF read as LF, then "hex:N" where N counts earlier lines of the
 * file with the same hash. Stdin (`-`) and unreadable files get none.
 *
 * Results are printed as each file arrives (one compact object per line)
 * into a memory buffer, since the rules they use must come first in the
 * log; the skeleton around them is written at the end. --statistics has no
 * SARIF equivalent, so it is ignored and every finding is written: the log
 * stays a complete, valid input for code scanning. */
#include "report/report.h"

#include <cjson/cJSON.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "parser/notebook.h"
#include "report/ruledoc.h"

#define SG_SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"
#define SG_SARIF_INFO_URI "https://github.com/snag-lint/snag"
#define SG_SARIF_SRCROOT "%SRCROOT%"
#define SG_SARIF_BLOCK 100                       /* fingerprints.ts BLOCK_SIZE */
#define SG_SARIF_HASH_MAX_BYTES (256u * 1024u * 1024u)  /* larger: no fingerprint */

typedef struct SarifState {
  FILE *results;                 /* open_memstream over results_buf */
  char *results_buf;
  size_t results_len;
  int32_t rule_index[RULE__COUNT];  /* index in driver.rules, or -1 */
  RuleId rules[RULE__COUNT];
  uint32_t rule_count;
  char *cwd;                     /* absolute, no trailing '/' (but "/" itself) */
} SarifState;

/* One file's line hashes: hash[l], occurrence[l] for line l (1-based). */
typedef struct SarifLineHashes {
  uint64_t *hash;
  uint32_t *occurrence;
  uint32_t lines;                /* entries, line 0 unused */
} SarifLineHashes;

/* ---- paths and URIs ----------------------------------------------------- */

static char *sg_sarif__getcwd(void) {
  size_t cap = 256;
  for (;;) {
    char *buf = sg_malloc(cap);
    if (getcwd(buf, cap)) return buf;
    sg_free(buf);
    if (cap > (1u << 20)) return sg_strdup("/");
    cap *= 2;
  }
}

/* path made absolute against cwd, with "", "." and ".." segments resolved
 * lexically (as a user reads the path). Caller frees. */
static char *sg_sarif__absolute(const char *cwd, const char *path) {
  size_t n = strlen(path), c = strlen(cwd);
  char *joined = sg_malloc(c + n + 2);
  if (path[0] == '/') memcpy(joined, path, n + 1);
  else {
    memcpy(joined, cwd, c);
    joined[c] = '/';
    memcpy(joined + c + 1, path, n + 1);
  }
  char *out = sg_malloc(strlen(joined) + 2);
  size_t len = 0;
  const char *p = joined;
  while (*p) {
    while (*p == '/') p++;
    const char *seg = p;
    while (*p && *p != '/') p++;
    size_t seg_len = (size_t)(p - seg);
    if (seg_len == 0 || (seg_len == 1 && seg[0] == '.')) continue;
    if (seg_len == 2 && seg[0] == '.' && seg[1] == '.') {
      while (len > 0 && out[len - 1] != '/') len--;   /* drop the last segment */
      if (len > 0) len--;                             /* and its '/' */
      continue;
    }
    out[len++] = '/';
    memcpy(out + len, seg, seg_len);
    len += seg_len;
  }
  if (len == 0) out[len++] = '/';
  out[len] = '\0';
  sg_free(joined);
  return out;
}

/* Appends s percent-encoded: unreserved characters and '/' stay. */
static void sg_sarif__uri_encode(FILE *out, const char *s) {
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    unsigned char ch = *p;
    if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
        ch == '-' || ch == '.' || ch == '_' || ch == '~' || ch == '/')
      fputc(ch, out);
    else fprintf(out, "%%%02X", ch);
  }
}

/* "file:///abs/path" (percent-encoded), with a trailing '/' when dir. */
static char *sg_sarif__file_uri(const char *abs, bool dir) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  if (!f) abort();
  fputs("file://", f);
  sg_sarif__uri_encode(f, abs);
  if (dir && !(abs[0] == '/' && abs[1] == '\0')) fputc('/', f);
  fclose(f);
  return buf;
}

/* {"uri", "uriBaseId"}: relative to %SRCROOT% (the working directory) when
 * the file is under it, else an absolute file:// URI. */
static cJSON *sg_sarif__artifact(const SarifState *st, const char *path) {
  cJSON *loc = cJSON_CreateObject();
  char *abs = sg_sarif__absolute(st->cwd, path);
  size_t c = strlen(st->cwd);
  const char *rel = NULL;
  if (strcmp(st->cwd, "/") == 0) rel = abs[1] ? abs + 1 : NULL;
  else if (strncmp(abs, st->cwd, c) == 0 && abs[c] == '/' && abs[c + 1]) rel = abs + c + 1;
  char *uri;
  if (rel) {
    size_t len = 0;
    uri = NULL;
    FILE *f = open_memstream(&uri, &len);
    if (!f) abort();
    sg_sarif__uri_encode(f, rel);
    fclose(f);
  } else {
    uri = sg_sarif__file_uri(abs, false);
  }
  cJSON_AddStringToObject(loc, "uri", uri);
  if (rel) cJSON_AddStringToObject(loc, "uriBaseId", SG_SARIF_SRCROOT);
  free(uri);
  sg_free(abs);
  return loc;
}

/* ---- GitHub's line fingerprint -------------------------------------------- */

typedef struct SarifHasher {
  uint64_t window[SG_SARIF_BLOCK];
  uint32_t line_at[SG_SARIF_BLOCK];   /* line starting at that slot, 0 = none */
  uint64_t hash, first_mod;
  uint32_t index, line;
  bool line_start, prev_cr;
  /* occurrences of each hash so far: open addressing, power-of-two size */
  uint64_t *keys;
  uint32_t *counts;                   /* 0 = empty slot */
  uint32_t table_cap, table_len;
  SarifLineHashes *out;
} SarifHasher;

static uint32_t sg_sarif__count_hash(SarifHasher *h, uint64_t key) {
  if ((h->table_len + 1) * 2 > h->table_cap) {
    uint32_t old_cap = h->table_cap;
    uint64_t *old_keys = h->keys;
    uint32_t *old_counts = h->counts;
    h->table_cap = old_cap ? old_cap * 2 : 64;
    h->keys = sg_calloc(h->table_cap, sizeof(uint64_t));
    h->counts = sg_calloc(h->table_cap, sizeof(uint32_t));
    for (uint32_t i = 0; i < old_cap; i++) {
      if (!old_counts[i]) continue;
      uint32_t j = (uint32_t)(old_keys[i] * 0x9E3779B97F4A7C15u >> 32) & (h->table_cap - 1);
      while (h->counts[j]) j = (j + 1) & (h->table_cap - 1);
      h->keys[j] = old_keys[i];
      h->counts[j] = old_counts[i];
    }
    sg_free(old_keys);
    sg_free(old_counts);
  }
  uint32_t j = (uint32_t)(key * 0x9E3779B97F4A7C15u >> 32) & (h->table_cap - 1);
  while (h->counts[j] && h->keys[j] != key) j = (j + 1) & (h->table_cap - 1);
  if (!h->counts[j]) {
    h->keys[j] = key;
    h->table_len++;
  }
  return ++h->counts[j];
}

/* outputHash: the hash of the window that began at this slot's line. */
static void sg_sarif__output_hash(SarifHasher *h) {
  uint32_t line = h->line_at[h->index];
  uint32_t n = sg_sarif__count_hash(h, h->hash);
  if (line < h->out->lines) {
    h->out->hash[line] = h->hash;
    h->out->occurrence[line] = n;
  }
  h->line_at[h->index] = 0;
}

static void sg_sarif__update_hash(SarifHasher *h, uint32_t current) {
  uint64_t begin = h->window[h->index];
  h->window[h->index] = current;
  h->hash = 37u * h->hash + current - h->first_mod * begin;
  h->index = (h->index + 1) % SG_SARIF_BLOCK;
}

static void sg_sarif__process(SarifHasher *h, uint32_t current) {
  if (current == ' ' || current == '\t' || (h->prev_cr && current == '\n')) {
    h->prev_cr = false;
    return;
  }
  h->prev_cr = current == '\r';
  if (current == '\r') current = '\n';
  if (h->line_at[h->index]) sg_sarif__output_hash(h);
  if (h->line_start) {
    h->line_start = false;
    h->line_at[h->index] = ++h->line;
  }
  if (current == '\n') h->line_start = true;
  sg_sarif__update_hash(h, current);
}

/* Feeds a code point as UTF-16 code units (what JavaScript's charCodeAt
 * sees). */
static void sg_sarif__process_cp(SarifHasher *h, uint32_t cp) {
  if (cp >= 0x10000) {
    cp -= 0x10000;
    sg_sarif__process(h, 0xD800 + (cp >> 10));
    sg_sarif__process(h, 0xDC00 + (cp & 0x3FF));
  } else {
    sg_sarif__process(h, cp);
  }
}

/* Decodes UTF-8 as Node's "utf8" stream decoding does (WHATWG: each maximal
 * invalid subpart becomes one U+FFFD; a BOM is kept as U+FEFF). */
static void sg_sarif__feed_utf8(SarifHasher *h, const unsigned char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned char b = s[i];
    if (b < 0x80) {
      sg_sarif__process(h, b);
      i++;
      continue;
    }
    uint32_t need, cp;
    unsigned char lo = 0x80, hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) need = 1, cp = b & 0x1F;
    else if (b >= 0xE0 && b <= 0xEF) {
      need = 2, cp = b & 0x0F;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3, cp = b & 0x07;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    } else {
      sg_sarif__process(h, 0xFFFD);
      i++;
      continue;
    }
    size_t j = i + 1;
    uint32_t got = 0;
    while (got < need && j < n && s[j] >= lo && s[j] <= hi) {
      cp = (cp << 6) | (s[j] & 0x3F);
      j++, got++;
      lo = 0x80, hi = 0xBF;
    }
    sg_sarif__process_cp(h, got == need ? cp : 0xFFFD);
    i = j;
  }
}

/* The hash of every line of the file at path; false when it cannot be read. */
static bool sg_sarif__hash_file(const char *path, SarifLineHashes *out) {
  /* a FIFO or device named on the command line: never wait on it */
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  struct stat st;
  if (fd < 0) return false;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    return false;
  }
  int flags = fcntl(fd, F_GETFL);
  if (flags >= 0) fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  FILE *f = fdopen(fd, "rb");
  if (!f) {
    close(fd);
    return false;
  }
  Array(unsigned char) bytes = {0};
  unsigned char chunk[65536];
  size_t got;
  bool ok = true;
  while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
    if (bytes.len + got > SG_SARIF_HASH_MAX_BYTES) {
      ok = false;
      break;
    }
    array_reserve(&bytes, bytes.len + (uint32_t)got);
    memcpy(bytes.items + bytes.len, chunk, got);
    bytes.len += (uint32_t)got;
  }
  if (ferror(f)) ok = false;
  fclose(f);
  if (!ok) {
    array_free(&bytes);
    return false;
  }
  /* lines: one per CR or LF, one more for the last (EOF starts a line). */
  uint32_t lines = 2;
  for (uint32_t i = 0; i < bytes.len; i++)
    if (bytes.items[i] == '\n' || bytes.items[i] == '\r') lines++;
  out->lines = lines;
  out->hash = sg_calloc(lines, sizeof(uint64_t));
  out->occurrence = sg_calloc(lines, sizeof(uint32_t));

  SarifHasher *h = sg_calloc(1, sizeof(SarifHasher));
  h->first_mod = 1;
  for (int i = 0; i < SG_SARIF_BLOCK; i++) h->first_mod *= 37u;
  h->line_start = true;
  h->out = out;
  sg_sarif__feed_utf8(h, bytes.items, bytes.len);
  sg_sarif__process(h, 0xFFFF);                  /* fingerprints.ts EOF */
  for (int i = 0; i < SG_SARIF_BLOCK; i++) {     /* flush the last lines */
    if (h->line_at[h->index]) sg_sarif__output_hash(h);
    sg_sarif__update_hash(h, 0);
  }
  sg_free(h->keys);
  sg_free(h->counts);
  sg_free(h);
  array_free(&bytes);
  return true;
}

static void sg_sarif__line_hashes_free(SarifLineHashes *self) {
  sg_free(self->hash);
  sg_free(self->occurrence);
  memset(self, 0, sizeof *self);
}

/* ---- results ----------------------------------------------------------------- */

static const char *sg_sarif__level(Severity severity) {
  switch (severity) {
    case SEVERITY_ERROR: return "error";
    case SEVERITY_WARNING: return "warning";
    default: return "note";
  }
}

/* A notebook's region is in the notebook file, as code scanning shows it:
 * the code inside the JSON strings of the cell's "source". */
static cJSON *sg_sarif__region(const FileResult *result, const Span *span) {
  cJSON *region = cJSON_CreateObject();
  uint32_t line = span->line, col = span->col, end_line = span->end_line, end_col = span->end_col;
  if (result && result->cells) {
    SourcePos a = sg_cell_map_file_pos(result->cells, span->start_byte, SOURCE_UNIT_CHAR);
    SourcePos b = sg_cell_map_file_pos(result->cells, span->end_byte, SOURCE_UNIT_CHAR);
    line = a.line + 1, col = a.col + 1, end_line = b.line + 1, end_col = b.col + 1;
  }
  cJSON_AddNumberToObject(region, "startLine", line);
  cJSON_AddNumberToObject(region, "startColumn", col);
  cJSON_AddNumberToObject(region, "endLine", end_line);
  cJSON_AddNumberToObject(region, "endColumn", end_col);
  return region;
}

static cJSON *sg_sarif__physical(const FileResult *result, const cJSON *artifact, const Span *span) {
  cJSON *phys = cJSON_CreateObject();
  cJSON_AddItemToObject(phys, "artifactLocation", cJSON_Duplicate(artifact, true));
  cJSON_AddItemToObject(phys, "region", sg_sarif__region(result, span));
  return phys;
}

/* A notebook location's place as Jupyter shows it: the cell (1-based,
 * every cell counted) and the line and column in it. */
static void sg_sarif__cell_properties(cJSON *loc, const FileResult *result, const Span *span) {
  if (!result->cells) return;
  uint32_t cell, line = sg_report_line(result, span->line, &cell);
  cJSON *props = cJSON_AddObjectToObject(loc, "properties");
  cJSON_AddNumberToObject(props, "notebookCell", cell);
  cJSON_AddNumberToObject(props, "cellLine", line);
  cJSON_AddNumberToObject(props, "cellColumn", span->col);
}

static cJSON *sg_sarif__message(const char *text) {
  cJSON *msg = cJSON_CreateObject();
  cJSON_AddStringToObject(msg, "text", text ? text : "");
  return msg;
}

static cJSON *sg_sarif__fix(const cJSON *artifact, const Fix *fix) {
  cJSON *obj = cJSON_CreateObject();
  cJSON_AddItemToObject(obj, "description", sg_sarif__message(fix->title));
  cJSON *changes = cJSON_AddArrayToObject(obj, "artifactChanges");
  cJSON *change = cJSON_CreateObject();
  cJSON_AddItemToArray(changes, change);
  cJSON_AddItemToObject(change, "artifactLocation", cJSON_Duplicate(artifact, true));
  cJSON *replacements = cJSON_AddArrayToObject(change, "replacements");
  for (uint32_t i = 0; i < fix->edits.len; i++) {
    const Edit *e = &fix->edits.items[i];
    cJSON *rep = cJSON_CreateObject();
    cJSON_AddItemToObject(rep, "deletedRegion", sg_sarif__region(NULL, &e->span));
    cJSON *inserted = cJSON_AddObjectToObject(rep, "insertedContent");
    cJSON_AddStringToObject(inserted, "text", e->text ? e->text : "");
    cJSON_AddItemToArray(replacements, rep);
  }
  cJSON *props = cJSON_AddObjectToObject(obj, "properties");
  cJSON_AddStringToObject(props, "applicability",
                          fix->applicability == FIX_SAFE ? "safe" : "unsafe");
  return obj;
}

static uint32_t sg_sarif__rule_index(SarifState *st, RuleId rule) {
  if (st->rule_index[rule] < 0) {
    st->rule_index[rule] = (int32_t)st->rule_count;
    st->rules[st->rule_count++] = rule;
  }
  return (uint32_t)st->rule_index[rule];
}

static cJSON *sg_sarif__result(SarifState *st, const FileResult *result, const cJSON *artifact,
                               const Diagnostic *d, const SarifLineHashes *hashes) {
  cJSON *obj = cJSON_CreateObject();
  cJSON_AddStringToObject(obj, "ruleId", sg_rules[d->rule].code);
  cJSON_AddNumberToObject(obj, "ruleIndex", sg_sarif__rule_index(st, d->rule));
  cJSON_AddStringToObject(obj, "level", sg_sarif__level(d->severity));
  cJSON_AddItemToObject(obj, "message", sg_sarif__message(d->message));
  cJSON *locations = cJSON_AddArrayToObject(obj, "locations");
  cJSON *loc = cJSON_CreateObject();
  cJSON_AddItemToObject(loc, "physicalLocation", sg_sarif__physical(result, artifact, &d->span));
  sg_sarif__cell_properties(loc, result, &d->span);
  cJSON_AddItemToArray(locations, loc);
  if (d->related.len) {
    cJSON *related = cJSON_AddArrayToObject(obj, "relatedLocations");
    for (uint32_t i = 0; i < d->related.len; i++) {
      const Related *r = &d->related.items[i];
      cJSON *item = cJSON_CreateObject();
      cJSON_AddNumberToObject(item, "id", i + 1);
      cJSON_AddItemToObject(item, "physicalLocation", sg_sarif__physical(result, artifact, &r->span));
      sg_sarif__cell_properties(item, result, &r->span);
      cJSON_AddItemToObject(item, "message", sg_sarif__message(r->message));
      cJSON_AddItemToArray(related, item);
    }
  }
  /* a notebook's fix edits Python, not the JSON the artifact holds */
  if (d->fix && d->fix->edits.len && !result->cells) {
    cJSON *fixes = cJSON_AddArrayToObject(obj, "fixes");
    cJSON_AddItemToArray(fixes, sg_sarif__fix(artifact, d->fix));
  }
  uint32_t line = d->span.line;
  if (result->cells) line = sg_cell_map_file_pos(result->cells, d->span.start_byte, SOURCE_UNIT_CHAR).line + 1;
  if (hashes->hash && line > 0 && line < hashes->lines && hashes->occurrence[line]) {
    char fp[40];
    snprintf(fp, sizeof fp, "%" PRIx64 ":%" PRIu32, hashes->hash[line], hashes->occurrence[line]);
    cJSON *partial = cJSON_AddObjectToObject(obj, "partialFingerprints");
    cJSON_AddStringToObject(partial, "primaryLocationLineHash", fp);
  }
  return obj;
}

static void sg_sarif__file(Reporter *self, const FileResult *result) {
  SarifState *st = self->state;
  if (!result->items.len) return;
  SarifLineHashes hashes = {0};
  if (strcmp(result->path, "-") != 0 && !sg_sarif__hash_file(result->path, &hashes))
    sg_sarif__line_hashes_free(&hashes);
  cJSON *artifact = sg_sarif__artifact(st, result->path);
  for (uint32_t i = 0; i < result->items.len; i++) {
    const Diagnostic *d = &result->items.items[i];
    if ((unsigned)d->rule >= RULE__COUNT) continue;
    cJSON *obj = sg_sarif__result(st, result, artifact, d, &hashes);
    char *text = cJSON_PrintUnformatted(obj);
    if (!text) abort();
    fputs(self->emitted ? ",\n" : "\n", st->results);
    fputs(text, st->results);
    cJSON_free(text);
    cJSON_Delete(obj);
    self->emitted++;
  }
  cJSON_Delete(artifact);
  sg_sarif__line_hashes_free(&hashes);
}

/* ---- the log around them -------------------------------------------------------- */

/* The rule's documentation (Markdown or plain text) as a string, without
 * trailing newlines. Caller frees with free (open_memstream's buffer). */
static char *sg_sarif__capture_doc(RuleId rule, bool markdown) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  if (!f) abort();
  if (markdown) sg_ruledoc_markdown(f, rule, 2);
  else sg_ruledoc_text(f, rule, false);
  fclose(f);
  while (len > 0 && buf[len - 1] == '\n') buf[--len] = '\0';
  return buf;
}

static cJSON *sg_sarif__rule(RuleId rule) {
  const RuleInfo *info = &sg_rules[rule];
  cJSON *obj = cJSON_CreateObject();
  cJSON_AddStringToObject(obj, "id", info->code);
  cJSON_AddStringToObject(obj, "name", info->name);
  cJSON_AddItemToObject(obj, "shortDescription", sg_sarif__message(info->doc->summary));
  cJSON_AddItemToObject(obj, "fullDescription",
                        sg_sarif__message(info->doc->what ? info->doc->what : info->doc->summary));
  cJSON *help = cJSON_AddObjectToObject(obj, "help");
  char *text = sg_sarif__capture_doc(rule, false);
  char *markdown = sg_sarif__capture_doc(rule, true);
  cJSON_AddStringToObject(help, "text", text);
  cJSON_AddStringToObject(help, "markdown", markdown);
  free(text);
  free(markdown);
  char url[SG_REPORT_URL_MAX];
  cJSON_AddStringToObject(obj, "helpUri", sg_report_rule_url(rule, url, sizeof url));
  cJSON *config = cJSON_AddObjectToObject(obj, "defaultConfiguration");
  cJSON_AddStringToObject(config, "level", sg_sarif__level(info->severity));
  cJSON *props = cJSON_AddObjectToObject(obj, "properties");
  cJSON *tags = cJSON_AddArrayToObject(props, "tags");
  cJSON_AddItemToArray(tags, cJSON_CreateString("snag"));
  cJSON_AddItemToArray(tags, cJSON_CreateString(sg_family_name(info->family)));
  /* error rules report definite bugs; the others, likely ones */
  cJSON_AddStringToObject(props, "precision", info->severity == SEVERITY_ERROR ? "high" : "medium");
  return obj;
}

static void sg_sarif__member(FILE *out, const char *key, cJSON *value, bool last) {
  char *text = cJSON_PrintUnformatted(value);
  if (!text) abort();
  fprintf(out, "\"%s\":%s%s\n", key, text, last ? "" : ",");
  cJSON_free(text);
  cJSON_Delete(value);
}

static void sg_sarif__end(Reporter *self, const ReportSummary *summary) {
  SarifState *st = self->state;
  FILE *out = self->out;
  fflush(st->results);

  cJSON *tool = cJSON_CreateObject();
  cJSON *driver = cJSON_AddObjectToObject(tool, "driver");
  cJSON_AddStringToObject(driver, "name", "snag");
  cJSON_AddStringToObject(driver, "version", SNAG_VERSION);
  cJSON_AddStringToObject(driver, "semanticVersion", SNAG_VERSION);
  cJSON_AddStringToObject(driver, "informationUri", SG_SARIF_INFO_URI);
  cJSON *rules = cJSON_AddArrayToObject(driver, "rules");
  for (uint32_t i = 0; i < st->rule_count; i++) cJSON_AddItemToArray(rules, sg_sarif__rule(st->rules[i]));

  char *cwd_uri = sg_sarif__file_uri(st->cwd, true);
  cJSON *invocations = cJSON_CreateArray();
  cJSON *inv = cJSON_CreateObject();
  cJSON_AddBoolToObject(inv, "executionSuccessful", true);
  cJSON *wd = cJSON_AddObjectToObject(inv, "workingDirectory");
  cJSON_AddStringToObject(wd, "uri", cwd_uri);
  cJSON_AddItemToArray(invocations, inv);
  cJSON *bases = cJSON_CreateObject();
  cJSON *srcroot = cJSON_AddObjectToObject(bases, SG_SARIF_SRCROOT);
  cJSON_AddStringToObject(srcroot, "uri", cwd_uri);
  free(cwd_uri);

  fputs("{\"$schema\":\"" SG_SARIF_SCHEMA "\",\"version\":\"2.1.0\",\"runs\":[{\n", out);
  sg_sarif__member(out, "tool", tool, false);
  sg_sarif__member(out, "invocations", invocations, false);
  sg_sarif__member(out, "originalUriBaseIds", bases, false);
  fputs("\"columnKind\":\"unicodeCodePoints\",\n\"results\":[", out);
  if (st->results_len) fwrite(st->results_buf, 1, st->results_len, out);
  fputs(self->emitted ? "\n]}]}\n" : "]}]}\n", out);
}

static void sg_sarif__destroy(Reporter *self) {
  SarifState *st = self->state;
  if (!st) return;
  if (st->results) fclose(st->results);
  free(st->results_buf);
  sg_free(st->cwd);
  sg_free(st);
  self->state = NULL;
}

void sg_report_sarif_init(Reporter *self) {
  SarifState *st = sg_calloc(1, sizeof(SarifState));
  for (int r = 0; r < RULE__COUNT; r++) st->rule_index[r] = -1;
  st->results = open_memstream(&st->results_buf, &st->results_len);
  if (!st->results) abort();
  char *cwd = sg_sarif__getcwd();
  st->cwd = sg_sarif__absolute("/", cwd);
  sg_free(cwd);
  self->state = st;
  self->file = sg_sarif__file;
  self->end = sg_sarif__end;
  self->destroy = sg_sarif__destroy;
}

/* ---- merge -------------------------------------------------------------------- */

typedef struct SarifMerged {
  cJSON *result;
  const cJSON *rule;     /* its rule's object in its own log */
  char *file;            /* its file, URI-decoded: the order the run sorted */
  uint32_t order;        /* input and position */
} SarifMerged;

static int sg_sarif__cmp_merged(const void *a, const void *b) {
  const SarifMerged *x = a, *y = b;
  int c = strcmp(x->file, y->file);
  if (c) return c;
  return x->order < y->order ? -1 : x->order > y->order;
}

static int sg_sarif__hex(char c) {
  return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* The path a result's artifact URI names (percent-decoded; `file://`
 * dropped from an absolute one). */
static char *sg_sarif__result_file(const cJSON *result) {
  const cJSON *loc = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(result, "locations"), 0);
  const cJSON *phys = cJSON_GetObjectItemCaseSensitive(loc, "physicalLocation");
  const cJSON *art = cJSON_GetObjectItemCaseSensitive(phys, "artifactLocation");
  const cJSON *uri = cJSON_GetObjectItemCaseSensitive(art, "uri");
  if (!cJSON_IsString(uri)) return NULL;
  const char *s = uri->valuestring;
  if (!strncmp(s, "file://", 7)) s += 7;
  char *out = sg_malloc(strlen(s) + 1), *o = out;
  for (; *s; s++) {
    int hi, lo;
    if (*s == '%' && (hi = sg_sarif__hex(s[1])) >= 0 && (lo = sg_sarif__hex(s[2])) >= 0) {
      *o++ = (char)(hi * 16 + lo);
      s += 2;
    } else {
      *o++ = *s;
    }
  }
  *o = '\0';
  return out;
}

const char *sg_report_sarif_merge(FILE *out, cJSON *const *docs, uint32_t count) {
  Array(SarifMerged) all = {0};
  const char *bad = count ? NULL : "no input";
  const cJSON *first_run = NULL;
  for (uint32_t d = 0; d < count && !bad; d++) {
    const cJSON *runs = cJSON_GetObjectItemCaseSensitive(docs[d], "runs");
    const cJSON *run = cJSON_GetArrayItem(runs, 0);
    const cJSON *rules = cJSON_GetObjectItemCaseSensitive(
        cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(run, "tool"), "driver"), "rules");
    cJSON *results = cJSON_GetObjectItemCaseSensitive(run, "results");
    if (!cJSON_IsArray(runs) || cJSON_GetArraySize(runs) != 1 || !cJSON_IsArray(rules) || !cJSON_IsArray(results)) {
      bad = "a sarif input is not a log of one run with rules and results";
      break;
    }
    if (!first_run) first_run = run;
    for (cJSON *r = results->child; r && !bad; r = r->next) {
      const cJSON *index = cJSON_GetObjectItemCaseSensitive(r, "ruleIndex");
      const cJSON *rule = cJSON_IsNumber(index) ? cJSON_GetArrayItem(rules, index->valueint) : NULL;
      char *file = rule ? sg_sarif__result_file(r) : NULL;
      if (!file) bad = "a sarif result has no rule or no file";
      else array_push(&all, ((SarifMerged){r, rule, file, all.len}));
    }
  }
  if (!bad) {
    if (all.len) qsort(all.items, all.len, sizeof(SarifMerged), sg_sarif__cmp_merged);
    /* the rules in order of first finding, as one run numbers them */
    cJSON *rules = cJSON_CreateArray();
    Array(const char *) ids = {0};
    for (uint32_t i = 0; i < all.len; i++) {
      const cJSON *id = cJSON_GetObjectItemCaseSensitive(all.items[i].rule, "id");
      const char *code = cJSON_IsString(id) ? id->valuestring : "";
      uint32_t k = 0;
      while (k < ids.len && strcmp(ids.items[k], code)) k++;
      if (k == ids.len) {
        array_push(&ids, code);
        cJSON_AddItemToArray(rules, cJSON_Duplicate(all.items[i].rule, true));
      }
      cJSON_SetNumberValue(cJSON_GetObjectItemCaseSensitive(all.items[i].result, "ruleIndex"), k);
    }
    array_free(&ids);
    cJSON *tool = cJSON_Duplicate(cJSON_GetObjectItemCaseSensitive(first_run, "tool"), true);
    cJSON_ReplaceItemInObjectCaseSensitive(cJSON_GetObjectItemCaseSensitive(tool, "driver"), "rules", rules);
    fputs("{\"$schema\":\"" SG_SARIF_SCHEMA "\",\"version\":\"2.1.0\",\"runs\":[{\n", out);
    sg_sarif__member(out, "tool", tool, false);
    sg_sarif__member(out, "invocations",
                     cJSON_Duplicate(cJSON_GetObjectItemCaseSensitive(first_run, "invocations"), true), false);
    sg_sarif__member(out, "originalUriBaseIds",
                     cJSON_Duplicate(cJSON_GetObjectItemCaseSensitive(first_run, "originalUriBaseIds"), true), false);
    fputs("\"columnKind\":\"unicodeCodePoints\",\n\"results\":[", out);
    for (uint32_t i = 0; i < all.len; i++) {
      char *text = cJSON_PrintUnformatted(all.items[i].result);
      if (!text) abort();
      fputs(i ? ",\n" : "\n", out);
      fputs(text, out);
      cJSON_free(text);
    }
    fputs(all.len ? "\n]}]}\n" : "]}]}\n", out);
  }
  for (uint32_t i = 0; i < all.len; i++) sg_free(all.items[i].file);
  array_free(&all);
  return bad;
}
