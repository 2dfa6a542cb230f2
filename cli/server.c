/* `snag server`: a Language Server (LSP 3.17) over stdio.
 *
 * A thin driver over the library the CLI uses: documents are linted by
 * report/lint (sg_lint_document, which reparses incrementally from the
 * document's previous tree-sitter tree), settings come from cli/config
 * (pyproject.toml / snag.toml discovered per file, initializationOptions on
 * top), fixes from the diagnostics, hover text from report/ruledoc.
 *
 * One thread. Messages are read into a queue while input is pending, so a
 * burst of keystrokes costs one lint (the debounce) and a `$/cancelRequest`
 * can still reach a request waiting in the queue; dirty documents are
 * linted and their diagnostics published when the queue runs dry. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/config.h"
#include "cli/fix.h"
#include "cli/jsonrpc.h"
#include "parser/notebook.h"
#include "lint/lint.h"
#include "lint/noqa.h"
#include "report/report.h"
#include "report/ruledoc.h"

/* ---- state ------------------------------------------------------------------ */

typedef struct Document {
  char *uri;
  char *path;        /* file system path (from a file: URI), else the URI */
  int version;
  char *text;        /* the buffer, as the client sees it */
  size_t len;
  Source *index;     /* line index of text (positions -> bytes) */
  TSTree *tree;      /* last lint's tree, edited along with text; NULL: parse afresh */
  FileResult *result;  /* last lint; its Source matches text when !dirty */
  bool dirty;        /* text or settings changed since the last lint */
  bool published;    /* (push) the current result has been sent */
  bool approximate;  /* the result came from an incremental tree with syntax
                        errors, whose recovery may differ from a fresh parse */
  uint32_t result_id;
  struct NotebookDoc *notebook;  /* the notebook document this is a cell of, or NULL */
} Document;

/* An LSP notebook document (notebookDocument/...): its cells, in order, are
 * text documents of their own (in Server.docs, pointing back here); the
 * code cells are linted together, as one module, and each cell gets the
 * diagnostics that fall in it. */
typedef struct NotebookDoc {
  char *uri;
  char *path;
  int version;
  Array(char *) cell_uris;
  Array(int) cell_kinds;   /* 1 markup, 2 code */
  FileResult *result;      /* the code cells linted; its Source is their joined text */
  bool dirty, published;
  uint32_t result_id;
} NotebookDoc;

typedef struct Queued {
  cJSON *msg;
  bool cancelled;
} Queued;

typedef struct Server {
  RpcReader in;
  int out;
  bool initialized, shutdown;
  SourceUnit unit;         /* negotiated position encoding */
  bool pull;               /* client pulls diagnostics (textDocument/diagnostic) */
  bool refresh_support;    /* workspace/diagnostic/refresh */
  bool watch_dynamic;      /* may register file watchers */
  Array(Document *) docs;
  Array(NotebookDoc *) notebooks;
  Array(Queued) queue;
  Linter *linter;
  ConfigOverrides overrides;
  char *config_path;       /* initializationOptions.configuration */
  bool isolated;
  ConfigSet *configs;
  uint32_t next_result_id;
  int next_request_id;
  bool timing;             /* SNAG_SERVER_TIMING=1: log each lint's phase times */
} Server;

/* ---- helpers ------------------------------------------------------------------ */

static void sg_server__log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void sg_server__log(const char *fmt, ...) {
  char msg[1024];  /* a log line: a longer one is cut */
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  fputs("snag server: ", stderr);
  sg_report_put_visible(stderr, msg);  /* a URI or setting must not forge log lines */
  fputc('\n', stderr);
}

static void sg_server__send(Server *self, cJSON *msg) {
  sg_rpc_write(self->out, msg);
  cJSON_Delete(msg);
}

static void sg_server__show(Server *self, int type, const char *text) {
  cJSON *params = cJSON_CreateObject();
  cJSON_AddNumberToObject(params, "type", type);
  cJSON_AddStringToObject(params, "message", text);
  sg_server__send(self, sg_rpc_notification("window/showMessage", params));
}

static int sg_server__hex(char c) {
  return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* "file:///a/b%20c.py" -> "/a/b c.py"; NULL for other schemes. */
static char *sg_server__uri_path(const char *uri) {
  if (strncmp(uri, "file://", 7) != 0) return NULL;
  const char *p = uri + 7;
  if (*p != '/') {  /* file://host/path: keep the path */
    p = strchr(p, '/');
    if (!p) return NULL;
  }
  size_t n = strlen(p);
  char *out = sg_malloc(n + 1);
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    int hi = i + 2 < n + 1 && p[i] == '%' ? sg_server__hex(p[i + 1]) : -1;
    int lo = hi >= 0 ? sg_server__hex(p[i + 2]) : -1;
    if (lo >= 0) {
      out[o++] = (char)(hi * 16 + lo);
      i += 2;
    } else {
      out[o++] = p[i];
    }
  }
  out[o] = '\0';
  if (strlen(out) != o) {  /* an encoded NUL */
    sg_free(out);
    return NULL;
  }
  return out;
}

static Document *sg_server__doc(Server *self, const char *uri) {
  for (uint32_t i = 0; i < self->docs.len; i++)
    if (!strcmp(self->docs.items[i]->uri, uri)) return self->docs.items[i];
  return NULL;
}

static void sg_server__doc_free(Document *d) {
  sg_free(d->uri);
  sg_free(d->path);
  sg_free(d->text);
  sg_source_delete(d->index);
  if (d->tree) ts_tree_delete(d->tree);
  sg_file_result_delete(d->result);
  sg_free(d);
}

static void sg_server__reindex(Document *d) {
  sg_source_delete(d->index);
  d->index = sg_source_from_utf8(d->path, d->text, d->len, SIZE_MAX);
}

/* Bytes the Source dropped before its text (a UTF-8 BOM). */
static uint32_t sg_server__bom(const Source *s) {
  return s->had_bom ? 3 : 0;
}

/* An LSP Position -> byte offset into the buffer (clamped). */
static bool sg_server__position(const cJSON *pos, int *line, int *character) {
  const cJSON *l = cJSON_GetObjectItemCaseSensitive(pos, "line");
  const cJSON *c = cJSON_GetObjectItemCaseSensitive(pos, "character");
  if (!cJSON_IsNumber(l) || !cJSON_IsNumber(c) || l->valuedouble < 0 || c->valuedouble < 0) return false;
  *line = l->valuedouble > 1e9 ? 1000000000 : (int)l->valuedouble;
  *character = c->valuedouble > 1e9 ? 1000000000 : (int)c->valuedouble;
  return true;
}

/* The BOM's width on line 0 in the client's unit: the client's text keeps
 * U+FEFF, the Source does not. */
static uint32_t sg_server__bom_width(const Server *self, const Source *s) {
  return s->had_bom ? (self->unit == SOURCE_UNIT_BYTE ? 3 : 1) : 0;
}

static uint32_t sg_server__offset(const Server *self, const Source *index, int line, int character) {
  if ((uint32_t)line >= index->line_count) return index->len + sg_server__bom(index);
  if (line == 0) {
    uint32_t w = sg_server__bom_width(self, index);
    character = (uint32_t)character > w ? character - (int)w : 0;
  }
  SourcePos p = {.line = (uint32_t)line, .col = (uint32_t)character};
  return sg_source_offset(index, p, self->unit) + sg_server__bom(index);
}

static bool sg_server__range(const Server *self, const Source *index, const cJSON *range, uint32_t *start,
                             uint32_t *end) {
  int l0, c0, l1, c1;
  if (!cJSON_IsObject(range) ||
      !sg_server__position(cJSON_GetObjectItemCaseSensitive(range, "start"), &l0, &c0) ||
      !sg_server__position(cJSON_GetObjectItemCaseSensitive(range, "end"), &l1, &c1))
    return false;
  *start = sg_server__offset(self, index, l0, c0);
  *end = sg_server__offset(self, index, l1, c1);
  if (*start > *end) {
    uint32_t t = *start;
    *start = *end;
    *end = t;
  }
  return true;
}

static cJSON *sg_server__pos_json(const Server *self, const Source *s, uint32_t byte) {
  SourcePos p = sg_source_pos(s, byte, self->unit);
  if (p.line == 0) p.col += sg_server__bom_width(self, s);
  cJSON *o = cJSON_CreateObject();
  cJSON_AddNumberToObject(o, "line", p.line);
  cJSON_AddNumberToObject(o, "character", p.col);
  return o;
}

static cJSON *sg_server__range_json(const Server *self, const Source *s, uint32_t start, uint32_t end) {
  cJSON *r = cJSON_CreateObject();
  cJSON_AddItemToObject(r, "start", sg_server__pos_json(self, s, start));
  cJSON_AddItemToObject(r, "end", sg_server__pos_json(self, s, end));
  return r;
}

/* ---- settings ------------------------------------------------------------------- */

/* initializationOptions / didChangeConfiguration: {select, extendSelect,
 * ignore: [codes], configuration: path, isolated: bool}; kebab-case keys
 * are accepted too. Unknown selectors are reported and skipped. */
static void sg_server__read_options(Server *self, const cJSON *opts) {
  self->overrides = (ConfigOverrides){.target_minor = -1, .keep_source = true};
  sg_free(self->config_path);
  self->config_path = NULL;
  self->isolated = false;
  if (!cJSON_IsObject(opts)) return;
  const cJSON *snag = cJSON_GetObjectItemCaseSensitive(opts, "snag");
  if (cJSON_IsObject(snag)) opts = snag;  /* {"snag": {...}} as some clients nest it */
  static const struct { const char *key, *alt; SelectionPart part; } keys[] = {
    {"select", "select", SELECT_SELECT},
    {"extendSelect", "extend-select", SELECT_EXTEND},
    {"ignore", "ignore", SELECT_IGNORE},
  };
  for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(opts, keys[k].key);
    if (!list) list = cJSON_GetObjectItemCaseSensitive(opts, keys[k].alt);
    if (!list || cJSON_IsNull(list)) continue;
    if (!cJSON_IsArray(list) && !cJSON_IsString(list)) {
      sg_server__log("settings: `%s` must be a list of rule selectors (ignored)", keys[k].key);
      continue;
    }
    const cJSON *item;
    const cJSON *one[1] = {list};
    int count = cJSON_IsString(list) ? 1 : cJSON_GetArraySize(list);
    for (int j = 0; j < count; j++) {
      item = cJSON_IsString(list) ? one[0] : cJSON_GetArrayItem(list, j);
      const char *bad = NULL;
      if (!cJSON_IsString(item)) continue;
      if (!sg_selection_add(&self->overrides.rules, keys[k].part, item->valuestring, &bad)) {
        /* as `snag check` stops on it, the editor says so (a typo must not
         * silently lint with other rules than the user meant) */
        char msg[200];
        size_t n = strcspn(bad, ", ");
        snprintf(msg, sizeof msg, "snag: %s rule selector '%.*s' in the `%s` setting (ignored)",
                 n ? "unknown" : "empty", (int)(n < 80 ? n : 80), bad, keys[k].key);
        sg_server__log("%s", msg);
        sg_server__show(self, 2, msg);
      }
    }
  }
  const cJSON *cfg = cJSON_GetObjectItemCaseSensitive(opts, "configuration");
  if (cJSON_IsString(cfg) && *cfg->valuestring) self->config_path = sg_strdup(cfg->valuestring);
  const cJSON *iso = cJSON_GetObjectItemCaseSensitive(opts, "isolated");
  self->isolated = cJSON_IsTrue(iso);
}

/* (Re)loads the configuration files; every document is linted again. */
static void sg_server__reload(Server *self) {
  sg_configs_delete(self->configs);
  self->configs = sg_configs_new(&self->overrides, self->config_path, self->isolated);
  if (sg_configs_error(self->configs)) {  /* the `configuration` setting names a bad file */
    char msg[1200];
    snprintf(msg, sizeof msg, "snag: %s (discovering configuration files instead)", sg_configs_error(self->configs));
    sg_server__log("%s", msg + 6);
    sg_server__show(self, 1, msg);
    sg_configs_delete(self->configs);
    self->configs = sg_configs_new(&self->overrides, NULL, self->isolated);
  }
  sg_configs_set_tolerant(self->configs, true);
  for (uint32_t i = 0; i < self->docs.len; i++) self->docs.items[i]->dirty = true;
  for (uint32_t i = 0; i < self->notebooks.len; i++) self->notebooks.items[i]->dirty = true;
}

/* ---- linting and diagnostics ------------------------------------------------------ */

/* Lints d if it changed. exact: a result from an incremental tree with
 * syntax errors is not good enough (parse afresh, as `snag check` would);
 * without it such a result is kept, marked approximate, and settled when
 * the input is idle (sg_server__flush). */
/* Imported files changed on disk (saved, or a watched file): what was read
 * of them is read again when next asked for. */
static void sg_server__files_changed(Server *self) {
  sg_project_delete(self->linter->project);
  self->linter->project = sg_project_new(SG_SOURCE_MAX_DEFAULT);
}

static void sg_server__lint(Server *self, Document *d, bool exact) {
  if (!d->dirty && d->result && !(exact && d->approximate)) return;
  if (!d->dirty && d->tree) {  /* settling: the text is the same, parse afresh */
    ts_tree_delete(d->tree);
    d->tree = NULL;
  }
  const Settings *settings = sg_configs_settings(self->configs, d->path);
  /* a broken configuration file: said once; its project gets the defaults */
  for (const char *w; (w = sg_configs_next_warning(self->configs)) != NULL;) {
    char msg[1200];
    snprintf(msg, sizeof msg, "snag: %s (using the default settings there)", w);
    sg_server__log("%s", msg + 6);
    sg_server__show(self, 1, msg);
  }
  self->linter->settings = settings;
  /* what other files see of this one: the buffer as it is now */
  sg_project_forget(self->linter->project, d->path);
  /* A notebook opened as text: its code cells are linted, and the
   * diagnostics placed in the JSON text (sg_server__result_range). */
  bool notebook = sg_notebook_is_path(d->path);
  Source *src = notebook ? sg_notebook_source(d->path, d->text, d->len, settings->max_file_size)
                         : sg_source_from_utf8(d->path, d->text, d->len, settings->max_file_size);
  bool fresh = src->had_bom || notebook;
  /* Incremental only when buffer bytes and Source bytes coincide (no BOM). */
  const TSTree *old = fresh ? NULL : d->tree;
  TSTree *tree = NULL;
  PhaseTimes before = self->linter->times;
  self->linter->keep_incremental_errors = !exact;
  FileResult *result = sg_lint_document(self->linter, src, old, &tree);
  d->approximate = self->linter->approximate;
  if (self->timing)
    sg_server__log("lint %s v%d: parse %.2f ms (%s), flatten %.2f ms, analyse %.2f ms", d->uri, d->version,
                   (self->linter->times.parse - before.parse) * 1e3, old ? "incremental" : "fresh",
                   (self->linter->times.flatten - before.flatten) * 1e3,
                   (self->linter->times.analyse - before.analyse) * 1e3);
  if (d->tree) ts_tree_delete(d->tree);
  d->tree = fresh ? (tree ? (ts_tree_delete(tree), NULL) : NULL) : tree;
  sg_file_result_delete(d->result);
  d->result = result;
  d->dirty = false;
  d->published = false;
  d->result_id = ++self->next_result_id;
}

static int sg_server__severity(Severity s) {
  return s == SEVERITY_ERROR ? 1 : s == SEVERITY_WARNING ? 2 : 3;
}

static cJSON *sg_server__edits_json(const Server *self, const Source *s, const Fix *fix) {
  cJSON *edits = cJSON_CreateArray();
  for (uint32_t e = 0; e < fix->edits.len; e++) {
    const Edit *ed = &fix->edits.items[e];
    cJSON *te = cJSON_CreateObject();
    cJSON_AddItemToObject(te, "range", sg_server__range_json(self, s, ed->span.start_byte, ed->span.end_byte));
    cJSON_AddStringToObject(te, "newText", ed->text);
    cJSON_AddItemToArray(edits, te);
  }
  return edits;
}

/* A range of the linted text in the client's document: for a notebook,
 * where the code sits inside the JSON strings of its cells. */
static cJSON *sg_server__result_range(const Server *self, const Document *d, uint32_t start, uint32_t end) {
  const CellMap *cells = d->result->cells;
  if (!cells) return sg_server__range_json(self, d->result->source, start, end);
  cJSON *r = cJSON_CreateObject();
  for (int k = 0; k < 2; k++) {
    SourcePos p = sg_cell_map_file_pos(cells, k ? end : start, self->unit);
    cJSON *o = cJSON_AddObjectToObject(r, k ? "end" : "start");
    cJSON_AddNumberToObject(o, "line", p.line);
    cJSON_AddNumberToObject(o, "character", p.col);
  }
  return r;
}

/* A diagnostic's fields every client reads (its range given), for a text
 * document and a notebook cell alike. */
static cJSON *sg_server__diagnostic_head(const Diagnostic *dg, cJSON *range) {
  const RuleInfo *info = &sg_rules[dg->rule];
  char url[SG_REPORT_URL_MAX];
  cJSON *o = cJSON_CreateObject();
  cJSON_AddItemToObject(o, "range", range);
  cJSON_AddNumberToObject(o, "severity", sg_server__severity(dg->severity));
  cJSON_AddStringToObject(o, "code", info->code);
  cJSON *cd = cJSON_AddObjectToObject(o, "codeDescription");
  cJSON_AddStringToObject(cd, "href", sg_report_rule_url(dg->rule, url, sizeof url));
  cJSON_AddStringToObject(o, "source", "snag");
  char *msg = sg_utf8_sanitize(dg->message);
  cJSON_AddStringToObject(o, "message", msg);
  sg_free(msg);
  return o;
}

/* One relatedInformation entry: a location (uri, range) and its message. */
static cJSON *sg_server__related_json(const char *uri, cJSON *range, const char *message) {
  cJSON *ri = cJSON_CreateObject();
  cJSON *loc = cJSON_AddObjectToObject(ri, "location");
  cJSON_AddStringToObject(loc, "uri", uri);
  cJSON_AddItemToObject(loc, "range", range);
  char *rm = sg_utf8_sanitize(message);
  cJSON_AddStringToObject(ri, "message", rm);
  sg_free(rm);
  return ri;
}

static cJSON *sg_server__diagnostic_json(const Server *self, const Document *d, const Diagnostic *dg) {
  const Source *s = d->result->source;
  const RuleInfo *info = &sg_rules[dg->rule];
  cJSON *o = sg_server__diagnostic_head(
      dg, sg_server__result_range(self, d, dg->span.start_byte, dg->span.end_byte));
  if (dg->related.len) {
    cJSON *rel = cJSON_AddArrayToObject(o, "relatedInformation");
    for (uint32_t i = 0; i < dg->related.len; i++) {
      const Related *r = &dg->related.items[i];
      cJSON_AddItemToArray(rel, sg_server__related_json(
          d->uri, sg_server__result_range(self, d, r->span.start_byte, r->span.end_byte), r->message));
    }
  }
  cJSON *data = cJSON_AddObjectToObject(o, "data");
  cJSON_AddStringToObject(data, "name", info->name);
  cJSON_AddNumberToObject(data, "version", d->version);
  if (dg->fix && !d->result->cells) {  /* a notebook's edits are Python, not its JSON */
    cJSON *fix = cJSON_AddObjectToObject(data, "fix");
    cJSON_AddStringToObject(fix, "title", dg->fix->title);
    cJSON_AddStringToObject(fix, "applicability", dg->fix->applicability == FIX_SAFE ? "safe" : "unsafe");
    cJSON_AddItemToObject(fix, "edits", sg_server__edits_json(self, s, dg->fix));
  }
  return o;
}

static cJSON *sg_server__diagnostics_json(const Server *self, const Document *d) {
  cJSON *arr = cJSON_CreateArray();
  for (uint32_t i = 0; i < d->result->items.len; i++)
    cJSON_AddItemToArray(arr, sg_server__diagnostic_json(self, d, &d->result->items.items[i]));
  return arr;
}

static void sg_server__publish(Server *self, const char *uri, int version, cJSON *diagnostics) {
  cJSON *params = cJSON_CreateObject();
  cJSON_AddStringToObject(params, "uri", uri);
  if (version >= 0) cJSON_AddNumberToObject(params, "version", version);
  cJSON_AddItemToObject(params, "diagnostics", diagnostics);
  sg_server__send(self, sg_rpc_notification("textDocument/publishDiagnostics", params));
}

/* ---- notebook documents: linting --------------------------------------------------- */

static NotebookDoc *sg_server__notebook(Server *self, const char *uri) {
  for (uint32_t i = 0; i < self->notebooks.len; i++)
    if (!strcmp(self->notebooks.items[i]->uri, uri)) return self->notebooks.items[i];
  return NULL;
}

static uint32_t sg_server__cell_index(const NotebookDoc *nb, const char *uri) {
  for (uint32_t i = 0; i < nb->cell_uris.len; i++)
    if (!strcmp(nb->cell_uris.items[i], uri)) return i;
  return UINT32_MAX;
}

/* Lints the code cells together, as the kernel runs them. */
static void sg_server__notebook_lint(Server *self, NotebookDoc *nb) {
  if (!nb->dirty && nb->result) return;
  uint32_t n = nb->cell_uris.len ? nb->cell_uris.len : 1, count = 0;
  char **texts = sg_calloc(n, sizeof *texts);
  uint32_t *lens = sg_calloc(n, sizeof *lens), *numbers = sg_calloc(n, sizeof *numbers);
  for (uint32_t i = 0; i < nb->cell_uris.len; i++) {
    Document *c = nb->cell_kinds.items[i] == 2 ? sg_server__doc(self, nb->cell_uris.items[i]) : NULL;
    if (!c) continue;
    texts[count] = c->text;
    lens[count] = (uint32_t)c->len;
    numbers[count++] = i + 1;
  }
  const Settings *settings = sg_configs_settings(self->configs, nb->path);
  self->linter->settings = settings;
  Source *src = sg_notebook_from_cells(nb->path, texts, lens, numbers, count, settings->max_file_size);
  sg_file_result_delete(nb->result);
  nb->result = sg_lint_source(self->linter, src);
  sg_free(texts);
  sg_free(lens);
  sg_free(numbers);
  nb->dirty = false;
  nb->published = false;
  nb->result_id = ++self->next_result_id;
}

/* The cell (index) and the position in it of a byte of the joined text;
 * false outside every cell. */
static bool sg_server__cell_pos(const Server *self, const FileResult *r, uint32_t byte, uint32_t *cell,
                                SourcePos *pos) {
  const CellMap *m = r->cells;
  if (!m || !r->source || r->source->status != SOURCE_OK) return false;
  SourcePos p = sg_source_pos(r->source, byte, self->unit);
  uint32_t k = sg_cell_map_cell_of_line(m, p.line);
  if (k == UINT32_MAX) return false;
  *cell = m->cells.items[k].number - 1;
  p.line -= m->cells.items[k].first_line;
  *pos = p;
  return true;
}

/* A range in one cell (an end past the cell is clamped to its end). */
static cJSON *sg_server__cell_range(const Server *self, const FileResult *r, uint32_t start, uint32_t end,
                                    uint32_t *cell) {
  SourcePos a, b;
  uint32_t end_cell;
  if (!sg_server__cell_pos(self, r, start, cell, &a)) return NULL;
  const CellMap *m = r->cells;
  uint32_t k = sg_cell_map_cell_of_line(m, sg_source_line_of(r->source, start));
  if (end > m->cells.items[k].end) end = m->cells.items[k].end;
  if (end < start || !sg_server__cell_pos(self, r, end, &end_cell, &b)) b = a;
  cJSON *range = cJSON_CreateObject();
  for (int i = 0; i < 2; i++) {
    cJSON *o = cJSON_AddObjectToObject(range, i ? "end" : "start");
    cJSON_AddNumberToObject(o, "line", i ? b.line : a.line);
    cJSON_AddNumberToObject(o, "character", i ? b.col : a.col);
  }
  return range;
}

/* The diagnostics of the cell at index `cell`, its ranges in that cell. */
static cJSON *sg_server__cell_diagnostics(const Server *self, const NotebookDoc *nb, uint32_t cell) {
  cJSON *arr = cJSON_CreateArray();
  const FileResult *r = nb->result;
  for (uint32_t i = 0; r && i < r->items.len; i++) {
    const Diagnostic *dg = &r->items.items[i];
    uint32_t at;
    cJSON *range = sg_server__cell_range(self, r, dg->span.start_byte, dg->span.end_byte, &at);
    if (!range || at != cell) {
      cJSON_Delete(range);
      continue;
    }
    const RuleInfo *info = &sg_rules[dg->rule];
    cJSON *o = sg_server__diagnostic_head(dg, range);
    cJSON *rel = dg->related.len ? cJSON_AddArrayToObject(o, "relatedInformation") : NULL;
    for (uint32_t k = 0; k < dg->related.len; k++) {
      const Related *rl = &dg->related.items[k];
      uint32_t rc;
      cJSON *rr = sg_server__cell_range(self, r, rl->span.start_byte, rl->span.end_byte, &rc);
      if (!rr || rc >= nb->cell_uris.len) {
        cJSON_Delete(rr);
        continue;
      }
      cJSON_AddItemToArray(rel, sg_server__related_json(nb->cell_uris.items[rc], rr, rl->message));
    }
    cJSON *data = cJSON_AddObjectToObject(o, "data");
    cJSON_AddStringToObject(data, "name", info->name);
    cJSON_AddNumberToObject(data, "version", nb->version);
    cJSON_AddItemToArray(arr, o);
  }
  return arr;
}

/* (push) every cell's diagnostics, empty lists included, so that a cell
 * that became clean is cleared. */
static void sg_server__notebook_publish(Server *self, NotebookDoc *nb) {
  for (uint32_t i = 0; i < nb->cell_uris.len; i++) {
    const Document *c = sg_server__doc(self, nb->cell_uris.items[i]);
    sg_server__publish(self, nb->cell_uris.items[i], c ? c->version : -1, sg_server__cell_diagnostics(self, nb, i));
  }
  nb->published = true;
}

/* After the queue runs dry (push mode): lint what changed, publish it. */
static void sg_server__flush(Server *self) {
  if (self->pull) return;
  for (uint32_t i = 0; i < self->notebooks.len; i++) {
    NotebookDoc *nb = self->notebooks.items[i];
    sg_server__notebook_lint(self, nb);
    if (!nb->published) sg_server__notebook_publish(self, nb);
  }
  for (uint32_t i = 0; i < self->docs.len; i++) {
    Document *d = self->docs.items[i];
    if (d->notebook) continue;  /* published with its notebook */
    sg_server__lint(self, d, false);
    if (d->published) continue;
    sg_server__publish(self, d->uri, d->version, sg_server__diagnostics_json(self, d));
    d->published = true;
  }
  /* Settle approximate results while nothing else is waiting; publish
   * again only when the fresh parse says something else. */
  for (uint32_t i = 0; i < self->docs.len && !sg_rpc_pending(&self->in); i++) {
    Document *d = self->docs.items[i];
    if (!d->approximate || d->notebook) continue;
    cJSON *before = sg_server__diagnostics_json(self, d);
    sg_server__lint(self, d, true);
    cJSON *after = sg_server__diagnostics_json(self, d);
    if (!cJSON_Compare(before, after, true)) sg_server__publish(self, d->uri, d->version, after);
    else cJSON_Delete(after);
    cJSON_Delete(before);
    d->published = true;
  }
}

/* ---- text synchronisation ------------------------------------------------------------ */

static TSPoint sg_server__point(const Source *s, uint32_t byte) {
  SourcePos p = sg_source_pos(s, byte, SOURCE_UNIT_BYTE);
  return (TSPoint){p.line, p.col};
}

/* Applies one contentChange; false when it is malformed (nothing changed). */
static bool sg_server__apply_change(Server *self, Document *d, const cJSON *change) {
  const cJSON *text = cJSON_GetObjectItemCaseSensitive(change, "text");
  if (!cJSON_IsString(text)) return false;
  const char *t = text->valuestring;
  size_t tn = strlen(t);
  const cJSON *range = cJSON_GetObjectItemCaseSensitive(change, "range");
  if (!range) {  /* the whole text */
    sg_free(d->text);
    d->text = sg_strndup(t, tn);
    d->len = tn;
    if (d->tree) ts_tree_delete(d->tree);
    d->tree = NULL;
    sg_server__reindex(d);
    return true;
  }
  uint32_t start, end;
  if (!sg_server__range(self, d->index, range, &start, &end)) return false;
  if (end > d->len) end = (uint32_t)d->len;
  if (start > end) start = end;
  if (d->len - (end - start) + tn > SG_RPC_MAX_BODY * 4ull) return false;
  char *next = sg_malloc(d->len - (end - start) + tn + 1);
  memcpy(next, d->text, start);
  memcpy(next + start, t, tn);
  memcpy(next + start + tn, d->text + end, d->len - end);
  size_t next_len = d->len - (end - start) + tn;
  next[next_len] = '\0';
  if (d->tree && !d->index->had_bom) {
    /* tree-sitter's points count bytes and '\n' rows, over the Source text */
    TSPoint sp = sg_server__point(d->index, start), ep = sg_server__point(d->index, end), np = sp;
    for (size_t i = 0; i < tn; i++) {
      if (t[i] == '\n' || (t[i] == '\r' && t[i + 1] != '\n')) {
        np.row++;
        np.column = 0;
      } else {
        np.column++;
      }
    }
    TSInputEdit edit = {.start_byte = start, .old_end_byte = end, .new_end_byte = start + (uint32_t)tn,
                        .start_point = sp, .old_end_point = ep, .new_end_point = np};
    sg_parser_edit(d->tree, &edit, d->text, (uint32_t)d->len, next, (uint32_t)next_len);
  } else if (d->tree) {
    ts_tree_delete(d->tree);
    d->tree = NULL;
  }
  sg_free(d->text);
  d->text = next;
  d->len = next_len;
  sg_server__reindex(d);
  return true;
}

/* ---- requests ---------------------------------------------------------------------------- */

typedef struct Reply {
  cJSON *result;   /* ownership passes to the response */
  int error;       /* 0, or an RPC_* code */
  const char *why;
} Reply;

static Reply sg_server__invalid(const char *why) {
  return (Reply){.error = RPC_INVALID_PARAMS, .why = why};
}

static Document *sg_server__param_doc(Server *self, const cJSON *params) {
  const cJSON *td = cJSON_GetObjectItemCaseSensitive(params, "textDocument");
  const cJSON *uri = cJSON_GetObjectItemCaseSensitive(td, "uri");
  if (!cJSON_IsString(uri)) return NULL;
  return sg_server__doc(self, uri->valuestring);
}

static Reply sg_server__initialize(Server *self, const cJSON *params) {
  if (!cJSON_IsObject(params)) return sg_server__invalid("initialize needs params");
  const cJSON *caps = cJSON_GetObjectItemCaseSensitive(params, "capabilities");
  const cJSON *general = cJSON_GetObjectItemCaseSensitive(caps, "general");
  const cJSON *encodings = cJSON_GetObjectItemCaseSensitive(general, "positionEncodings");
  const cJSON *enc;
  self->unit = SOURCE_UNIT_UTF16;
  cJSON_ArrayForEach(enc, encodings) {
    if (cJSON_IsString(enc) && !strcmp(enc->valuestring, "utf-8")) self->unit = SOURCE_UNIT_BYTE;
  }
  const cJSON *td = cJSON_GetObjectItemCaseSensitive(caps, "textDocument");
  self->pull = cJSON_IsObject(cJSON_GetObjectItemCaseSensitive(td, "diagnostic"));
  const cJSON *ws = cJSON_GetObjectItemCaseSensitive(caps, "workspace");
  self->refresh_support =
      cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(ws, "diagnostics"),
                                                    "refreshSupport"));
  self->watch_dynamic = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(
      cJSON_GetObjectItemCaseSensitive(ws, "didChangeWatchedFiles"), "dynamicRegistration"));
  sg_server__read_options(self, cJSON_GetObjectItemCaseSensitive(params, "initializationOptions"));
  sg_server__reload(self);

  cJSON *r = cJSON_CreateObject();
  cJSON *cap = cJSON_AddObjectToObject(r, "capabilities");
  cJSON_AddStringToObject(cap, "positionEncoding", self->unit == SOURCE_UNIT_BYTE ? "utf-8" : "utf-16");
  cJSON *sync = cJSON_AddObjectToObject(cap, "textDocumentSync");
  cJSON_AddTrueToObject(sync, "openClose");
  cJSON_AddNumberToObject(sync, "change", 2);  /* Incremental */
  cJSON_AddObjectToObject(sync, "save");
  cJSON *ca = cJSON_AddObjectToObject(cap, "codeActionProvider");
  cJSON *kinds = cJSON_AddArrayToObject(ca, "codeActionKinds");
  cJSON_AddItemToArray(kinds, cJSON_CreateString("quickfix"));
  cJSON_AddItemToArray(kinds, cJSON_CreateString("source.fixAll.snag"));
  cJSON_AddTrueToObject(cap, "hoverProvider");
  /* notebooks whose cells are Python: the cells are linted together */
  cJSON *nbs = cJSON_AddObjectToObject(cap, "notebookDocumentSync");
  cJSON *sel = cJSON_CreateObject();
  cJSON *cell_langs = cJSON_AddArrayToObject(sel, "cells");
  cJSON *python = cJSON_CreateObject();
  cJSON_AddStringToObject(python, "language", "python");
  cJSON_AddItemToArray(cell_langs, python);
  cJSON *selectors = cJSON_AddArrayToObject(nbs, "notebookSelector");
  cJSON_AddItemToArray(selectors, sel);
  if (self->pull) {
    cJSON *dp = cJSON_AddObjectToObject(cap, "diagnosticProvider");
    cJSON_AddStringToObject(dp, "identifier", "snag");
    cJSON_AddFalseToObject(dp, "interFileDependencies");
    cJSON_AddFalseToObject(dp, "workspaceDiagnostics");
  }
  cJSON *wsc = cJSON_AddObjectToObject(cap, "workspace");
  cJSON *wf = cJSON_AddObjectToObject(wsc, "workspaceFolders");
  cJSON_AddTrueToObject(wf, "supported");
  cJSON_AddTrueToObject(wf, "changeNotifications");
  cJSON *info = cJSON_AddObjectToObject(r, "serverInfo");
  cJSON_AddStringToObject(info, "name", "snag");
  cJSON_AddStringToObject(info, "version", SNAG_VERSION);
  return (Reply){.result = r};
}

/* The rule documentation for hover. */
static char *sg_server__ruledoc(RuleId rule) {
  char *buf = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&buf, &n);
  if (!f) return NULL;
  sg_ruledoc_markdown(f, rule, 3);
  fclose(f);
  return buf;
}

/* A rule named by the word (a code or name) around byte b of a line that
 * holds a noqa comment; RULE__COUNT when there is none. */
static RuleId sg_server__noqa_rule_at(const Source *s, uint32_t b) {
  uint32_t line = sg_source_line_of(s, b), n;
  const char *text = sg_source_line(s, line, &n);
  uint32_t col = b - s->line_starts[line];
  const char *hash = memchr(text, '#', n);
  uint32_t cs, ce;
  if (!hash || col > n) return RULE__COUNT;
  uint32_t h = (uint32_t)(hash - text);
  if (!sg_noqa_codes_span(hash, n - h, &cs, &ce) || col < h + cs || col > h + ce) return RULE__COUNT;
#define WORD(c) ((c) == '-' || (c) == '_' || ((c) >= '0' && (c) <= '9') || ((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z'))
  uint32_t a = col, e = col;
  while (a > 0 && WORD(text[a - 1])) a--;
  while (e < n && WORD(text[e])) e++;
#undef WORD
  if (e == a) return RULE__COUNT;
  return sg_rule_find(text + a, e - a);
}

static Reply sg_server__hover(Server *self, const cJSON *params) {
  Document *d = sg_server__param_doc(self, params);
  int line, character;
  if (!d || !sg_server__position(cJSON_GetObjectItemCaseSensitive(params, "position"), &line, &character))
    return sg_server__invalid("hover needs an open textDocument and a position");
  if (d->notebook) return (Reply){.result = NULL};  /* a notebook cell: no hover yet */
  sg_server__lint(self, d, true);
  if (d->result->cells || !d->result->source) return (Reply){.result = NULL};  /* a notebook: no hover yet */
  const Source *s = d->result->source;
  uint32_t b = sg_server__offset(self, s, line, character) - sg_server__bom(s);
  bool seen[RULE__COUNT] = {0};
  char *text = NULL;
  size_t text_len = 0;
  FILE *f = open_memstream(&text, &text_len);
  uint32_t rs = 0, re = 0;
  bool any = false;
  for (uint32_t i = 0; i < d->result->items.len; i++) {
    const Diagnostic *dg = &d->result->items.items[i];
    if (b < dg->span.start_byte || b > dg->span.end_byte || seen[dg->rule]) continue;
    seen[dg->rule] = true;
    char *doc = sg_server__ruledoc(dg->rule);
    if (any) fputs("\n---\n\n", f);
    fputs(doc ? doc : "", f);
    free(doc);
    if (!any) rs = dg->span.start_byte, re = dg->span.end_byte;
    any = true;
  }
  if (!any) {
    RuleId r = sg_server__noqa_rule_at(s, b);
    if (r != RULE__COUNT) {
      char *doc = sg_server__ruledoc(r);
      fputs(doc ? doc : "", f);
      free(doc);
      any = true;
      rs = re = b;
    }
  }
  fclose(f);
  if (!any) {
    free(text);
    return (Reply){.result = NULL};
  }
  cJSON *r = cJSON_CreateObject();
  cJSON *contents = cJSON_AddObjectToObject(r, "contents");
  cJSON_AddStringToObject(contents, "kind", "markdown");
  cJSON_AddStringToObject(contents, "value", text);
  if (rs != re) cJSON_AddItemToObject(r, "range", sg_server__range_json(self, s, rs, re));
  free(text);
  return (Reply){.result = r};
}

static Reply sg_server__diagnostic(Server *self, const cJSON *params) {
  Document *d = sg_server__param_doc(self, params);
  if (!d) return sg_server__invalid("textDocument/diagnostic needs an open textDocument");
  NotebookDoc *nb = d->notebook;
  if (nb) sg_server__notebook_lint(self, nb);
  else sg_server__lint(self, d, true);
  char id[32];
  snprintf(id, sizeof id, "%u", nb ? nb->result_id : d->result_id);
  cJSON *r = cJSON_CreateObject();
  const cJSON *prev = cJSON_GetObjectItemCaseSensitive(params, "previousResultId");
  if (cJSON_IsString(prev) && !strcmp(prev->valuestring, id)) {
    cJSON_AddStringToObject(r, "kind", "unchanged");
  } else {
    cJSON_AddStringToObject(r, "kind", "full");
    cJSON_AddItemToObject(r, "items", nb ? sg_server__cell_diagnostics(self, nb, sg_server__cell_index(nb, d->uri))
                                         : sg_server__diagnostics_json(self, d));
  }
  cJSON_AddStringToObject(r, "resultId", id);
  return (Reply){.result = r};
}

/* Does the client want actions of this kind (context.only)? */
static bool sg_server__wanted(const cJSON *only, const char *kind) {
  if (!cJSON_IsArray(only)) return true;
  const cJSON *k;
  cJSON_ArrayForEach(k, only) {
    if (!cJSON_IsString(k)) continue;
    size_t n = strlen(k->valuestring);
    if (!strncmp(kind, k->valuestring, n) && (kind[n] == '\0' || kind[n] == '.')) return true;
  }
  return false;
}

static cJSON *sg_server__action(const char *title, const char *kind, const char *uri, cJSON *edits) {
  cJSON *a = cJSON_CreateObject();
  cJSON_AddStringToObject(a, "title", title);
  cJSON_AddStringToObject(a, "kind", kind);
  cJSON *edit = cJSON_AddObjectToObject(a, "edit");
  cJSON *changes = cJSON_AddObjectToObject(edit, "changes");
  cJSON_AddItemToObject(changes, uri, edits);
  return a;
}

/* Is byte b inside a string literal that goes on past it (so a comment
 * cannot be appended there)? */
static bool sg_server__inside_string(const Document *d, uint32_t b) {
  if (!d->tree) return false;
  TSNode n = ts_node_descendant_for_byte_range(ts_tree_root_node(d->tree), b, b);
  for (; !ts_node_is_null(n); n = ts_node_parent(n)) {
    const char *type = ts_node_type(n);
    if ((!strcmp(type, "string") || !strcmp(type, "concatenated_string")) && ts_node_start_byte(n) < b &&
        ts_node_end_byte(n) > b)
      return true;
  }
  return false;
}

/* The edit that adds code to the `# noqa` of the diagnostic's first line:
 * `  # noqa: CODE`, or `, CODE` after an existing list. NULL when the line
 * end lies inside a string (a multi-line literal). */
static cJSON *sg_server__noqa_edit(const Server *self, const Document *d, const Diagnostic *dg) {
  const Source *s = d->result->source;
  uint32_t line = sg_source_line_of(s, dg->span.start_byte), n;
  const char *text = sg_source_line(s, line, &n);
  uint32_t base = s->line_starts[line];
  if (sg_server__inside_string(d, base + n)) return NULL;
  uint32_t end = n;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r')) end--;
  if (end > 0 && text[end - 1] == '\\') return NULL;  /* a continued line: a comment would end it */
  const char *code = sg_rules[dg->rule].code;
  char insert[64];
  uint32_t at = n;
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) at--;
  snprintf(insert, sizeof insert, "  # noqa: %s", code);
  const char *hash = NULL;
  for (uint32_t i = 0; i < n; i++)  /* the comment: a '#' outside strings */
    if (text[i] == '#' && !sg_server__inside_string(d, base + i)) {
      hash = text + i;
      break;
    }
  if (hash) {
    snprintf(insert, sizeof insert, " # noqa: %s", code);
    uint32_t h = (uint32_t)(hash - text), cs, ce;
    if (sg_noqa_codes_span(hash, n - h, &cs, &ce)) {  /* extend the directive's list */
      at = h + ce;
      snprintf(insert, sizeof insert, ", %s", code);
    }
  }
  cJSON *edits = cJSON_CreateArray();
  cJSON *te = cJSON_CreateObject();
  cJSON_AddItemToObject(te, "range", sg_server__range_json(self, s, base + at, base + at));
  cJSON_AddStringToObject(te, "newText", insert);
  cJSON_AddItemToArray(edits, te);
  return edits;
}

/* The text with every safe fix applied (until stable), or NULL. */
static char *sg_server__fix_all(Server *self, Document *d, size_t *len) {
  char *out = NULL;
  size_t out_len = 0;
  FILE *f = open_memstream(&out, &out_len);
  if (!f) return NULL;
  self->linter->settings = sg_configs_settings(self->configs, d->path);  /* this document's */
  FileResult *copy = sg_lint_bytes(self->linter, d->path, d->text, d->len);
  FixOptions fo = {.text = d->text, .text_len = d->len, .fixed_out = f};
  uint32_t fixed = 0;
  sg_file_result_delete(sg_fix_file(self->linter, copy, &fo, &fixed));
  fclose(f);
  if (!fixed) {
    free(out);
    return NULL;
  }
  *len = out_len;
  return out;
}

static Reply sg_server__code_action(Server *self, const cJSON *params) {
  Document *d = sg_server__param_doc(self, params);
  uint32_t start, end;
  if (!d) return sg_server__invalid("codeAction needs an open textDocument");
  if (d->notebook) return (Reply){.result = cJSON_CreateArray()};  /* a notebook cell: no actions yet */
  sg_server__lint(self, d, true);
  const Source *s = d->result->source;
  if (!sg_server__range(self, s, cJSON_GetObjectItemCaseSensitive(params, "range"), &start, &end))
    return sg_server__invalid("codeAction needs a range");
  start -= start >= sg_server__bom(s) ? sg_server__bom(s) : start;
  end -= end >= sg_server__bom(s) ? sg_server__bom(s) : end;
  const cJSON *only = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(params, "context"), "only");
  cJSON *actions = cJSON_CreateArray();
  /* a notebook: only the whole-document fix (its edits are Python, the
   * document is JSON) */
  bool quick = sg_server__wanted(only, "quickfix") && !d->result->cells;
  bool disabled[RULE__COUNT] = {0};
  for (uint32_t i = 0; quick && i < d->result->items.len; i++) {
    const Diagnostic *dg = &d->result->items.items[i];
    if (dg->span.end_byte < start || dg->span.start_byte > end) continue;
    if (dg->fix) {
      char title[512];
      snprintf(title, sizeof title, "%s (snag %s)", dg->fix->title, sg_rules[dg->rule].code);
      cJSON *a = sg_server__action(title, "quickfix", d->uri, sg_server__edits_json(self, s, dg->fix));
      cJSON *diags = cJSON_AddArrayToObject(a, "diagnostics");
      cJSON_AddItemToArray(diags, sg_server__diagnostic_json(self, d, dg));
      if (dg->fix->applicability == FIX_SAFE) cJSON_AddTrueToObject(a, "isPreferred");
      cJSON_AddItemToArray(actions, a);
    }
    if (disabled[dg->rule] || dg->rule == RULE_syntax_error || dg->rule == RULE_unreadable_file) continue;
    cJSON *edits = sg_server__noqa_edit(self, d, dg);
    if (!edits) continue;
    disabled[dg->rule] = true;
    char title[128];
    snprintf(title, sizeof title, "Disable %s for this line", sg_rules[dg->rule].code);
    cJSON *a = sg_server__action(title, "quickfix", d->uri, edits);
    cJSON *diags = cJSON_AddArrayToObject(a, "diagnostics");
    cJSON_AddItemToArray(diags, sg_server__diagnostic_json(self, d, dg));
    cJSON_AddItemToArray(actions, a);
  }
  if (sg_server__wanted(only, "source.fixAll.snag") && cJSON_IsArray(only)) {
    size_t len = 0;
    char *fixed = sg_server__fix_all(self, d, &len);
    if (fixed) {
      cJSON *edits = cJSON_CreateArray();
      cJSON *te = cJSON_CreateObject();
      cJSON *range = cJSON_CreateObject();
      cJSON *p0 = cJSON_AddObjectToObject(range, "start");
      cJSON_AddNumberToObject(p0, "line", 0);
      cJSON_AddNumberToObject(p0, "character", 0);
      cJSON *p1 = cJSON_AddObjectToObject(range, "end");
      cJSON_AddNumberToObject(p1, "line", d->index->line_count + 1);
      cJSON_AddNumberToObject(p1, "character", 0);
      cJSON_AddItemToObject(te, "range", range);
      cJSON *nt = cJSON_CreateString("");
      cJSON_SetValuestring(nt, fixed);
      cJSON_AddItemToObject(te, "newText", nt);
      cJSON_AddItemToArray(edits, te);
      cJSON_AddItemToArray(actions, sg_server__action("snag: apply all safe fixes", "source.fixAll.snag",
                                                      d->uri, edits));
      free(fixed);
    }
  }
  return (Reply){.result = actions};
}

/* ---- notifications -------------------------------------------------------------------------- */

static void sg_server__did_open(Server *self, const cJSON *params) {
  const cJSON *td = cJSON_GetObjectItemCaseSensitive(params, "textDocument");
  const cJSON *uri = cJSON_GetObjectItemCaseSensitive(td, "uri");
  const cJSON *text = cJSON_GetObjectItemCaseSensitive(td, "text");
  const cJSON *version = cJSON_GetObjectItemCaseSensitive(td, "version");
  if (!cJSON_IsString(uri) || !cJSON_IsString(text)) {
    sg_server__log("didOpen without textDocument.uri/text (ignored)");
    return;
  }
  Document *d = sg_server__doc(self, uri->valuestring);
  if (!d) {
    d = sg_calloc(1, sizeof(Document));
    d->uri = sg_strdup(uri->valuestring);
    d->path = sg_server__uri_path(d->uri);
    if (!d->path) d->path = sg_strdup(d->uri);
    array_push(&self->docs, d);
  }
  sg_free(d->text);
  d->len = strlen(text->valuestring);
  d->text = sg_strndup(text->valuestring, d->len);
  d->version = cJSON_IsNumber(version) ? version->valueint : 0;
  if (d->tree) ts_tree_delete(d->tree);
  d->tree = NULL;
  d->dirty = true;
  sg_server__reindex(d);
}

static void sg_server__did_change(Server *self, const cJSON *params) {
  Document *d = sg_server__param_doc(self, params);
  if (!d) {
    sg_server__log("didChange for a document that is not open (ignored)");
    return;
  }
  const cJSON *changes = cJSON_GetObjectItemCaseSensitive(params, "contentChanges");
  const cJSON *change;
  if (!cJSON_IsArray(changes)) {
    sg_server__log("didChange without contentChanges (ignored)");
    return;
  }
  cJSON_ArrayForEach(change, changes) {
    if (!sg_server__apply_change(self, d, change)) sg_server__log("a malformed content change was skipped");
  }
  const cJSON *version = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(params, "textDocument"),
                                                         "version");
  if (cJSON_IsNumber(version)) d->version = version->valueint;
  d->dirty = true;
}

static void sg_server__did_close(Server *self, const cJSON *params) {
  Document *d = sg_server__param_doc(self, params);
  if (!d) return;
  for (uint32_t i = 0; i < self->docs.len; i++)
    if (self->docs.items[i] == d) {
      self->docs.items[i] = self->docs.items[--self->docs.len];
      break;
    }
  if (!self->pull) sg_server__publish(self, d->uri, -1, cJSON_CreateArray());
  sg_server__doc_free(d);
}

/* ---- notebook documents: sync (LSP 3.17 notebookDocument/...) ---------------------------- */

static void sg_server__notebook_free(NotebookDoc *nb) {
  for (uint32_t i = 0; i < nb->cell_uris.len; i++) sg_free(nb->cell_uris.items[i]);
  array_free(&nb->cell_uris);
  array_free(&nb->cell_kinds);
  sg_file_result_delete(nb->result);
  sg_free(nb->uri);
  sg_free(nb->path);
  sg_free(nb);
}

/* Opens cell text documents (TextDocumentItem[]) as cells of nb. */
static void sg_server__notebook_open_cells(Server *self, NotebookDoc *nb, const cJSON *items) {
  const cJSON *item;
  cJSON_ArrayForEach(item, items) {
    cJSON *p = cJSON_CreateObject();
    cJSON_AddItemReferenceToObject(p, "textDocument", (cJSON *)item);
    sg_server__did_open(self, p);
    cJSON_Delete(p);
    const cJSON *uri = cJSON_GetObjectItemCaseSensitive(item, "uri");
    Document *d = cJSON_IsString(uri) ? sg_server__doc(self, uri->valuestring) : NULL;
    if (d) d->notebook = nb;
  }
}

static void sg_server__notebook_close_cell(Server *self, const char *uri) {
  Document *d = sg_server__doc(self, uri);
  if (!d || !d->notebook) return;
  for (uint32_t i = 0; i < self->docs.len; i++)
    if (self->docs.items[i] == d) {
      self->docs.items[i] = self->docs.items[--self->docs.len];
      break;
    }
  if (!self->pull) sg_server__publish(self, uri, -1, cJSON_CreateArray());
  sg_server__doc_free(d);
}

/* Inserts NotebookCell[] ({kind, document}) at index at. */
static void sg_server__notebook_insert(NotebookDoc *nb, const cJSON *cells, uint32_t at) {
  const cJSON *c;
  cJSON_ArrayForEach(c, cells) {
    const cJSON *kind = cJSON_GetObjectItemCaseSensitive(c, "kind");
    const cJSON *doc = cJSON_GetObjectItemCaseSensitive(c, "document");
    if (!cJSON_IsString(doc)) continue;
    if (at > nb->cell_uris.len) at = nb->cell_uris.len;
    array_push(&nb->cell_uris, NULL);
    array_push(&nb->cell_kinds, 0);
    memmove(nb->cell_uris.items + at + 1, nb->cell_uris.items + at, (nb->cell_uris.len - 1 - at) * sizeof(char *));
    memmove(nb->cell_kinds.items + at + 1, nb->cell_kinds.items + at, (nb->cell_kinds.len - 1 - at) * sizeof(int));
    nb->cell_uris.items[at] = sg_strdup(doc->valuestring);
    nb->cell_kinds.items[at] = cJSON_IsNumber(kind) ? kind->valueint : 2;
    at++;
  }
}

static void sg_server__notebook_did_open(Server *self, const cJSON *params) {
  const cJSON *nd = cJSON_GetObjectItemCaseSensitive(params, "notebookDocument");
  const cJSON *uri = cJSON_GetObjectItemCaseSensitive(nd, "uri");
  const cJSON *version = cJSON_GetObjectItemCaseSensitive(nd, "version");
  if (!cJSON_IsString(uri) || sg_server__notebook(self, uri->valuestring)) {
    sg_server__log("notebookDocument/didOpen without a new notebookDocument.uri (ignored)");
    return;
  }
  NotebookDoc *nb = sg_calloc(1, sizeof(NotebookDoc));
  nb->uri = sg_strdup(uri->valuestring);
  nb->path = sg_server__uri_path(nb->uri);
  if (!nb->path) nb->path = sg_strdup(nb->uri);
  nb->version = cJSON_IsNumber(version) ? version->valueint : 0;
  nb->dirty = true;
  array_push(&self->notebooks, nb);
  sg_server__notebook_insert(nb, cJSON_GetObjectItemCaseSensitive(nd, "cells"), 0);
  sg_server__notebook_open_cells(self, nb, cJSON_GetObjectItemCaseSensitive(params, "cellTextDocuments"));
}

static void sg_server__notebook_did_change(Server *self, const cJSON *params) {
  const cJSON *nd = cJSON_GetObjectItemCaseSensitive(params, "notebookDocument");
  const cJSON *uri = cJSON_GetObjectItemCaseSensitive(nd, "uri");
  NotebookDoc *nb = cJSON_IsString(uri) ? sg_server__notebook(self, uri->valuestring) : NULL;
  if (!nb) {
    sg_server__log("notebookDocument/didChange for a notebook that is not open (ignored)");
    return;
  }
  const cJSON *version = cJSON_GetObjectItemCaseSensitive(nd, "version");
  if (cJSON_IsNumber(version)) nb->version = version->valueint;
  const cJSON *cells = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(params, "change"), "cells");
  const cJSON *structure = cJSON_GetObjectItemCaseSensitive(cells, "structure");
  const cJSON *array = cJSON_GetObjectItemCaseSensitive(structure, "array");
  const cJSON *start = cJSON_GetObjectItemCaseSensitive(array, "start");
  const cJSON *count = cJSON_GetObjectItemCaseSensitive(array, "deleteCount");
  if (cJSON_IsNumber(start) && cJSON_IsNumber(count) && start->valuedouble >= 0 && count->valuedouble >= 0 &&
      nb->cell_uris.len) {
    uint32_t at = start->valuedouble > nb->cell_uris.len ? nb->cell_uris.len : (uint32_t)start->valuedouble;
    uint32_t del = count->valuedouble > nb->cell_uris.len - at ? nb->cell_uris.len - at : (uint32_t)count->valuedouble;
    for (uint32_t i = at; i < at + del; i++) sg_free(nb->cell_uris.items[i]);
    memmove(nb->cell_uris.items + at, nb->cell_uris.items + at + del, (nb->cell_uris.len - at - del) * sizeof(char *));
    memmove(nb->cell_kinds.items + at, nb->cell_kinds.items + at + del, (nb->cell_kinds.len - at - del) * sizeof(int));
    nb->cell_uris.len -= del;
    nb->cell_kinds.len -= del;
  }
  if (cJSON_IsNumber(start) && start->valuedouble >= 0) {
    uint32_t at = start->valuedouble > nb->cell_uris.len ? nb->cell_uris.len : (uint32_t)start->valuedouble;
    sg_server__notebook_insert(nb, cJSON_GetObjectItemCaseSensitive(array, "cells"), at);
  }
  const cJSON *item;
  cJSON_ArrayForEach(item, cJSON_GetObjectItemCaseSensitive(structure, "didClose")) {
    const cJSON *u = cJSON_GetObjectItemCaseSensitive(item, "uri");
    if (cJSON_IsString(u)) sg_server__notebook_close_cell(self, u->valuestring);
  }
  sg_server__notebook_open_cells(self, nb, cJSON_GetObjectItemCaseSensitive(structure, "didOpen"));
  cJSON_ArrayForEach(item, cJSON_GetObjectItemCaseSensitive(cells, "data")) {  /* a cell's kind changed */
    const cJSON *doc = cJSON_GetObjectItemCaseSensitive(item, "document");
    const cJSON *kind = cJSON_GetObjectItemCaseSensitive(item, "kind");
    uint32_t i = cJSON_IsString(doc) ? sg_server__cell_index(nb, doc->valuestring) : UINT32_MAX;
    if (i != UINT32_MAX && cJSON_IsNumber(kind)) nb->cell_kinds.items[i] = kind->valueint;
  }
  cJSON_ArrayForEach(item, cJSON_GetObjectItemCaseSensitive(cells, "textContent")) {
    cJSON *p = cJSON_CreateObject();
    cJSON_AddItemReferenceToObject(p, "textDocument", cJSON_GetObjectItemCaseSensitive(item, "document"));
    cJSON_AddItemReferenceToObject(p, "contentChanges", cJSON_GetObjectItemCaseSensitive(item, "changes"));
    sg_server__did_change(self, p);
    cJSON_Delete(p);
  }
  nb->dirty = true;
}

static void sg_server__notebook_did_close(Server *self, const cJSON *params) {
  const cJSON *uri = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(params, "notebookDocument"),
                                                      "uri");
  NotebookDoc *nb = cJSON_IsString(uri) ? sg_server__notebook(self, uri->valuestring) : NULL;
  if (!nb) return;
  for (uint32_t i = 0; i < nb->cell_uris.len; i++) sg_server__notebook_close_cell(self, nb->cell_uris.items[i]);
  for (uint32_t i = 0; i < self->docs.len;) {  /* cells the client did not list */
    if (self->docs.items[i]->notebook == nb) sg_server__notebook_close_cell(self, self->docs.items[i]->uri);
    else i++;
  }
  for (uint32_t i = 0; i < self->notebooks.len; i++)
    if (self->notebooks.items[i] == nb) {
      self->notebooks.items[i] = self->notebooks.items[--self->notebooks.len];
      break;
    }
  sg_server__notebook_free(nb);
}

static void sg_server__settings_changed(Server *self) {
  sg_server__reload(self);
  if (self->pull && self->refresh_support)
    sg_server__send(self, sg_rpc_request(self->next_request_id++, "workspace/diagnostic/refresh", NULL));
}

static void sg_server__initialized(Server *self) {
  if (!self->watch_dynamic) return;
  static const char *const globs[] = {"**/pyproject.toml", "**/snag.toml", "**/.snag.toml"};
  cJSON *params = cJSON_CreateObject();
  cJSON *regs = cJSON_AddArrayToObject(params, "registrations");
  cJSON *reg = cJSON_CreateObject();
  cJSON_AddStringToObject(reg, "id", "snag-config-watch");
  cJSON_AddStringToObject(reg, "method", "workspace/didChangeWatchedFiles");
  cJSON *opts = cJSON_AddObjectToObject(reg, "registerOptions");
  cJSON *watchers = cJSON_AddArrayToObject(opts, "watchers");
  for (size_t i = 0; i < 3; i++) {
    cJSON *w = cJSON_CreateObject();
    cJSON_AddStringToObject(w, "globPattern", globs[i]);
    cJSON_AddItemToArray(watchers, w);
  }
  cJSON_AddItemToArray(regs, reg);
  sg_server__send(self, sg_rpc_request(self->next_request_id++, "client/registerCapability", params));
}

/* ---- dispatch ---------------------------------------------------------------------------------- */

/* Handles one message; returns an exit code when the server must stop, -1
 * otherwise. */
static int sg_server__handle(Server *self, cJSON *msg, bool cancelled) {
  if (!cJSON_IsObject(msg)) {
    sg_server__send(self, sg_rpc_error(NULL, RPC_INVALID_REQUEST, "a message must be a JSON object"));
    return -1;
  }
  const cJSON *id = cJSON_GetObjectItemCaseSensitive(msg, "id");
  const cJSON *method = cJSON_GetObjectItemCaseSensitive(msg, "method");
  const cJSON *params = cJSON_GetObjectItemCaseSensitive(msg, "params");
  if (id && !cJSON_IsNumber(id) && !cJSON_IsString(id)) {
    sg_server__send(self, sg_rpc_error(NULL, RPC_INVALID_REQUEST, "`id` must be a number or a string"));
    return -1;
  }
  if (!cJSON_IsString(method)) {
    if (id && (cJSON_GetObjectItemCaseSensitive(msg, "result") || cJSON_GetObjectItemCaseSensitive(msg, "error")))
      return -1;  /* a response to one of our requests */
    sg_server__send(self, sg_rpc_error(id, RPC_INVALID_REQUEST, "`method` must be a string"));
    return -1;
  }
  const char *m = method->valuestring;
  if (!id) {  /* a notification */
    if (!strcmp(m, "exit")) return self->shutdown ? 0 : 1;
    if (!self->initialized) return -1;
    if (!strcmp(m, "initialized")) sg_server__initialized(self);
    else if (!strcmp(m, "textDocument/didOpen")) sg_server__did_open(self, params);
    else if (!strcmp(m, "textDocument/didChange")) sg_server__did_change(self, params);
    else if (!strcmp(m, "textDocument/didSave")) {
      Document *d = sg_server__param_doc(self, params);
      if (d) d->dirty = true;
      sg_server__files_changed(self);
    } else if (!strcmp(m, "textDocument/didClose")) sg_server__did_close(self, params);
    else if (!strcmp(m, "notebookDocument/didOpen")) sg_server__notebook_did_open(self, params);
    else if (!strcmp(m, "notebookDocument/didChange")) sg_server__notebook_did_change(self, params);
    else if (!strcmp(m, "notebookDocument/didClose")) sg_server__notebook_did_close(self, params);
    else if (!strcmp(m, "workspace/didChangeWatchedFiles")) {
      sg_server__files_changed(self);
      sg_server__settings_changed(self);
    }
    else if (!strcmp(m, "workspace/didChangeConfiguration")) {
      const cJSON *settings = cJSON_GetObjectItemCaseSensitive(params, "settings");
      if (cJSON_IsObject(settings) && cJSON_GetArraySize(settings) > 0) sg_server__read_options(self, settings);
      sg_server__settings_changed(self);
    }
    /* $/cancelRequest was handled in the queue; other notifications are ignored */
    return -1;
  }
  if (cancelled) {
    sg_server__send(self, sg_rpc_error(id, RPC_REQUEST_CANCELLED, "cancelled"));
    return -1;
  }
  if (self->shutdown) {
    sg_server__send(self, sg_rpc_error(id, RPC_INVALID_REQUEST, "the server is shutting down"));
    return -1;
  }
  if (!self->initialized && strcmp(m, "initialize") != 0) {
    sg_server__send(self, sg_rpc_error(id, RPC_SERVER_NOT_INITIALIZED, "the server is not initialized"));
    return -1;
  }
  Reply reply = {.error = RPC_METHOD_NOT_FOUND, .why = "unknown method"};
  if (!strcmp(m, "initialize")) {
    if (self->initialized) reply = (Reply){.error = RPC_INVALID_REQUEST, .why = "already initialized"};
    else {
      reply = sg_server__initialize(self, params);
      self->initialized = !reply.error;
    }
  } else if (!strcmp(m, "shutdown")) {
    self->shutdown = true;
    reply = (Reply){0};
  } else if (!strcmp(m, "textDocument/diagnostic")) reply = sg_server__diagnostic(self, params);
  else if (!strcmp(m, "textDocument/codeAction")) reply = sg_server__code_action(self, params);
  else if (!strcmp(m, "textDocument/hover")) reply = sg_server__hover(self, params);
  if (reply.error) {
    char why[256];
    snprintf(why, sizeof why, "%s: %s", m, reply.why);
    sg_server__send(self, sg_rpc_error(id, reply.error, why));
  } else {
    sg_server__send(self, sg_rpc_result(id, reply.result));
  }
  return -1;
}

/* Parses a frame's body into the queue; `$/cancelRequest` marks its
 * target there. */
static void sg_server__enqueue(Server *self, const char *body, size_t len) {
  cJSON *msg = cJSON_ParseWithLength(body, len);
  if (!msg) {
    sg_server__log("a message is not valid JSON");
    sg_server__send(self, sg_rpc_error(NULL, RPC_PARSE_ERROR, "invalid JSON"));
    return;
  }
  const cJSON *method = cJSON_GetObjectItemCaseSensitive(msg, "method");
  if (cJSON_IsString(method) && !strcmp(method->valuestring, "$/cancelRequest")) {
    const cJSON *target = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(msg, "params"), "id");
    for (uint32_t i = 0; target && i < self->queue.len; i++) {
      const cJSON *qid = cJSON_GetObjectItemCaseSensitive(self->queue.items[i].msg, "id");
      if (qid && cJSON_Compare(qid, target, true)) self->queue.items[i].cancelled = true;
    }
    cJSON_Delete(msg);
    return;
  }
  Queued q = {.msg = msg};
  array_push(&self->queue, q);
}

static int sg_server__run(Server *self) {
  int status = -1;
  while (status < 0) {
    /* Block for one frame, then take whatever else has already arrived. */
    do {
      char *body = NULL;
      size_t len = 0;
      RpcRead r = sg_rpc_read(&self->in, &body, &len);
      if (r == RPC_READ_EOF) {
        if (!self->queue.len) return self->shutdown ? 0 : 1;
        break;
      }
      if (r == RPC_READ_OK) sg_server__enqueue(self, body, len);
      sg_free(body);
    } while (sg_rpc_pending(&self->in));
    uint32_t i = 0;
    for (; i < self->queue.len && status < 0; i++) {
      status = sg_server__handle(self, self->queue.items[i].msg, self->queue.items[i].cancelled);
      cJSON_Delete(self->queue.items[i].msg);
    }
    for (; i < self->queue.len; i++) cJSON_Delete(self->queue.items[i].msg);
    self->queue.len = 0;
    if (status < 0 && self->initialized && !sg_rpc_pending(&self->in)) sg_server__flush(self);
    if (status < 0 && self->in.eof && !sg_rpc_pending(&self->in)) status = self->shutdown ? 0 : 1;
  }
  return status;
}

static const char sg_server__usage[] =
  "usage: snag server\n"
  "\n"
  "Runs the language server (LSP 3.17) on stdin/stdout; logs go to stderr.\n"
  "Settings come from pyproject.toml / snag.toml as for `snag check`, with the\n"
  "client's initializationOptions on top: {\"select\": [...], \"extendSelect\": [...],\n"
  "\"ignore\": [...], \"configuration\": \"path/to/snag.toml\", \"isolated\": false}.\n";

int sg_cli_server(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
      fputs(sg_server__usage, stdout);
      return EXIT_CLEAN;
    }
    if (strcmp(argv[i], "--stdio") != 0) return sg_cli_fail("unknown option `%s` (see `snag server --help`)", argv[i]);
  }
  Server self = {.out = STDOUT_FILENO, .unit = SOURCE_UNIT_UTF16, .next_request_id = 1};
  sg_rpc_reader_init(&self.in, STDIN_FILENO);
  self.overrides = (ConfigOverrides){.target_minor = -1, .keep_source = true};
  self.linter = sg_linter_new(NULL);
  /* the files open documents import: read from disk, or the buffer of an
   * open one as last linted */
  self.linter->project = sg_project_new(SG_SOURCE_MAX_DEFAULT);
  /* an incremental reparse usually takes 1-5 ms on a 5,000-line file; error
   * recovery can take 90 ms where a fresh parse takes 26 */
  self.linter->incremental_budget = 0.008;
  const char *timing = getenv("SNAG_SERVER_TIMING");
  self.timing = timing && *timing && strcmp(timing, "0") != 0;
  int status = sg_server__run(&self);
  for (uint32_t i = 0; i < self.docs.len; i++) sg_server__doc_free(self.docs.items[i]);
  for (uint32_t i = 0; i < self.notebooks.len; i++) sg_server__notebook_free(self.notebooks.items[i]);
  array_free(&self.notebooks);
  array_free(&self.docs);
  array_free(&self.queue);
  sg_project_delete(self.linter->project);
  sg_linter_delete(self.linter);
  sg_configs_delete(self.configs);
  sg_free(self.config_path);
  sg_rpc_reader_free(&self.in);
  return status;
}
