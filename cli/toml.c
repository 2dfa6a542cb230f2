#include "cli/toml.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "parser/alloc.h"
#include "parser/source.h"
#include "tree_sitter/api.h"

const TSLanguage *tree_sitter_toml(void);

/* Table flags: how a table came to be, which decides what may extend it. */
enum {
  SG_TOML_DEFINED = 1,   /* named by a [header] or [[header]] */
  SG_TOML_IMPLICIT = 2,  /* created as a prefix of a header: may be defined later */
  SG_TOML_DOTTED = 4,    /* created by a dotted key: only dotted keys may extend it */
  SG_TOML_INLINE = 8,    /* inline table (or part of one): sealed */
  SG_TOML_AOT = 16,      /* array made by [[header]]: may be appended to */
};

typedef struct TomlEntry {
  const char *key;
  TomlValue *value;
} TomlEntry;

struct TomlValue {
  TomlKind kind;
  uint8_t flags;
  bool boolean;
  uint32_t line;
  const char *text;  /* decoded string, or the source text of a scalar */
  Array(TomlValue *) items;
  Array(TomlEntry) entries;
  /* a table's key index once it has many entries (open addressing:
   * entry index + 1, 0 = empty), so a table of N keys is built in O(N) */
  uint32_t *slots;
  uint32_t slot_count;
};

struct TomlDoc {
  Arena arena;
  Array(TomlValue *) all;  /* every value, so deletion is a flat loop */
  TomlValue *root;
};

typedef struct TomlKey {
  const char *name;
  uint32_t at;  /* byte offset, for errors */
} TomlKey;

typedef Array(TomlKey) TomlKeys;

typedef struct TomlCtx {
  TomlDoc *doc;
  const char *text;
  size_t len;
  char *err;
  size_t err_cap;
  bool failed;
  Array(uint32_t) lines;  /* byte offset of each line start */
} TomlCtx;

typedef struct TomlFrame {
  TSTreeCursor cursor;
  TomlValue *target;
  bool started;
} TomlFrame;

static void sg_toml__fail(TomlCtx *ctx, size_t at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void sg_toml__fail(TomlCtx *ctx, size_t at, const char *fmt, ...) {
  if (ctx->failed) return;
  ctx->failed = true;
  if (!ctx->err || !ctx->err_cap) return;
  uint32_t line = 1;
  size_t line_start = 0;
  if (at > ctx->len) at = ctx->len;
  for (size_t i = 0; i < at; i++) {
    if (ctx->text[i] == '\n') { line++; line_start = i + 1; }
  }
  int n = snprintf(ctx->err, ctx->err_cap, "%u:%zu: ", line, at - line_start + 1);
  if (n < 0 || (size_t)n >= ctx->err_cap) return;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(ctx->err + n, ctx->err_cap - (size_t)n, fmt, ap);
  va_end(ap);
}

/* The 1-based line of a byte offset (binary search of the line starts). */
static uint32_t sg_toml__line(const TomlCtx *ctx, uint32_t at) {
  uint32_t lo = 0, hi = ctx->lines.len;
  while (hi - lo > 1) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (ctx->lines.items[mid] <= at) lo = mid;
    else hi = mid;
  }
  return lo + 1;
}

static TomlValue *sg_toml__new(TomlCtx *ctx, TomlKind kind, uint32_t at) {
  TomlValue *v = sg_calloc(1, sizeof(TomlValue));
  v->kind = kind;
  v->line = sg_toml__line(ctx, at);
  array_push(&ctx->doc->all, v);
  return v;
}

static uint32_t sg_toml__hash(const char *key) {
  uint32_t h = 2166136261u;  /* FNV-1a */
  for (; *key; key++) h = (h ^ (unsigned char)*key) * 16777619u;
  return h;
}

#define SG_TOML__INDEX_AT 16  /* entries before a table gets a key index */

static void sg_toml__index(TomlValue *table, uint32_t entry) {
  uint32_t mask = table->slot_count - 1, i = sg_toml__hash(table->entries.items[entry].key) & mask;
  while (table->slots[i]) i = (i + 1) & mask;
  table->slots[i] = entry + 1;
}

static TomlValue *sg_toml__find(const TomlValue *table, const char *key) {
  if (table->slots) {
    uint32_t mask = table->slot_count - 1;
    for (uint32_t i = sg_toml__hash(key) & mask; table->slots[i]; i = (i + 1) & mask) {
      const TomlEntry *e = &table->entries.items[table->slots[i] - 1];
      if (strcmp(e->key, key) == 0) return e->value;
    }
    return NULL;
  }
  for (uint32_t i = 0; i < table->entries.len; i++) {
    if (strcmp(table->entries.items[i].key, key) == 0) return table->entries.items[i].value;
  }
  return NULL;
}

static void sg_toml__add(TomlValue *table, const char *key, TomlValue *v) {
  TomlEntry e = {key, v};
  array_push(&table->entries, e);
  if (table->entries.len < SG_TOML__INDEX_AT) return;
  if (table->entries.len * 2 > table->slot_count) {  /* (re)build at half load */
    sg_free(table->slots);
    table->slot_count = table->slot_count ? table->slot_count * 2 : 2 * SG_TOML__INDEX_AT;
    while (table->slot_count < table->entries.len * 2) table->slot_count *= 2;
    table->slots = sg_calloc(table->slot_count, sizeof(uint32_t));
    for (uint32_t i = 0; i < table->entries.len; i++) sg_toml__index(table, i);
  } else {
    sg_toml__index(table, table->entries.len - 1);
  }
}

static bool sg_toml__is(TSNode node, const char *type) {
  return strcmp(ts_node_type(node), type) == 0;
}

/* Appends the UTF-8 encoding of cp to out (which has room for 4 bytes). */
static size_t sg_toml__utf8(char *out, uint32_t cp) {
  if (cp < 0x80) { out[0] = (char)cp; return 1; }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6));
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (cp >> 18));
  out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

static int sg_toml__hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Decodes a string or quoted-key node's source (quotes included) into the
 * arena; NULL after reporting an error. */
static const char *sg_toml__string(TomlCtx *ctx, TSNode node) {
  uint32_t start = ts_node_start_byte(node), end = ts_node_end_byte(node);
  const char *s = ctx->text + start;
  size_t n = end - start;
  bool multi = n >= 6 && (memcmp(s, "\"\"\"", 3) == 0 || memcmp(s, "'''", 3) == 0);
  bool literal = n >= 2 && s[0] == '\'';
  size_t q = multi ? 3 : 1;
  if (n < 2 * q) {
    sg_toml__fail(ctx, start, "malformed string");
    return NULL;
  }
  const char *p = s + q, *e = s + n - q;
  if (multi) {
    if (p < e && *p == '\n') p++;
    else if (e - p >= 2 && p[0] == '\r' && p[1] == '\n') p += 2;
  }
  char *out = sg_arena_alloc(&ctx->doc->arena, (size_t)(e - p) + 1);
  size_t o = 0;
  while (p < e) {
    if (literal || *p != '\\') { out[o++] = *p++; continue; }
    const char *esc = p;
    if (p + 1 >= e) {
      sg_toml__fail(ctx, (size_t)(esc - ctx->text), "invalid escape sequence");
      return NULL;
    }
    char c = p[1];
    p += 2;
    switch (c) {
      case 'b': out[o++] = '\b'; break;
      case 't': out[o++] = '\t'; break;
      case 'n': out[o++] = '\n'; break;
      case 'f': out[o++] = '\f'; break;
      case 'r': out[o++] = '\r'; break;
      case '"': out[o++] = '"'; break;
      case '\\': out[o++] = '\\'; break;
      case 'u':
      case 'U': {
        int digits = c == 'u' ? 4 : 8;
        uint32_t cp = 0;
        for (int i = 0; i < digits; i++) {
          int h = p + i < e ? sg_toml__hex(p[i]) : -1;
          if (h < 0) {
            sg_toml__fail(ctx, (size_t)(esc - ctx->text), "invalid \\%c escape: expected %d hex digits", c, digits);
            return NULL;
          }
          cp = cp * 16 + (uint32_t)h;
        }
        p += digits;
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
          sg_toml__fail(ctx, (size_t)(esc - ctx->text), "escape is not a Unicode scalar value");
          return NULL;
        }
        /* Each escape is at least 6 source bytes, longer than its encoding. */
        o += sg_toml__utf8(out + o, cp);
        break;
      }
      default: {
        /* Line-ending backslash: skip whitespace up to and past newlines. */
        const char *w = p - 1;
        while (w < e && (*w == ' ' || *w == '\t')) w++;
        if (multi && w < e && (*w == '\n' || (*w == '\r' && w + 1 < e && w[1] == '\n'))) {
          while (w < e && (*w == ' ' || *w == '\t' || *w == '\n' || *w == '\r')) w++;
          p = w;
          break;
        }
        sg_toml__fail(ctx, (size_t)(esc - ctx->text), "invalid escape sequence '\\%c'", c);
        return NULL;
      }
    }
  }
  out[o] = '\0';
  return out;
}

/* The parts of a key node (bare, quoted or dotted), in order. The dotted_key
 * tree leans left, so walk down its first children and reverse. */
static bool sg_toml__keys(TomlCtx *ctx, TSNode node, TomlKeys *out) {
  out->len = 0;
  TomlKeys rev = {0};
  bool ok = true;
  for (;;) {
    TSNode leaf = node;
    bool dotted = sg_toml__is(node, "dotted_key");
    if (dotted) {
      uint32_t count = ts_node_named_child_count(node);
      if (count < 2) { ok = false; break; }
      leaf = ts_node_named_child(node, count - 1);
    }
    TomlKey k = {NULL, ts_node_start_byte(leaf)};
    if (sg_toml__is(leaf, "bare_key")) {
      uint32_t s = ts_node_start_byte(leaf), e = ts_node_end_byte(leaf);
      k.name = sg_arena_strndup(&ctx->doc->arena, ctx->text + s, e - s);
    } else if (sg_toml__is(leaf, "quoted_key")) {
      k.name = sg_toml__string(ctx, leaf);
      if (!k.name) { ok = false; break; }
    } else {
      ok = false;
      break;
    }
    array_push(&rev, k);
    if (!dotted) break;
    node = ts_node_named_child(node, 0);
  }
  if (!ok) {
    sg_toml__fail(ctx, ts_node_start_byte(node), "malformed key");
  } else {
    for (uint32_t i = rev.len; i-- > 0;) array_push(out, rev.items[i]);
  }
  array_free(&rev);
  return ok;
}

/* Walks all but the last key from table for a key/value pair (dotted keys),
 * creating dotted tables; NULL after an error. */
static TomlValue *sg_toml__dotted_prefix(TomlCtx *ctx, TomlValue *table, const TomlKeys *keys,
                                         bool in_inline) {
  for (uint32_t i = 0; i + 1 < keys->len; i++) {
    const TomlKey *k = &keys->items[i];
    TomlValue *next = sg_toml__find(table, k->name);
    if (!next) {
      next = sg_toml__new(ctx, TOML_TABLE, k->at);
      next->flags = SG_TOML_DOTTED | (in_inline ? SG_TOML_INLINE : 0);
      sg_toml__add(table, k->name, next);
    } else if (next->kind != TOML_TABLE || !(next->flags & SG_TOML_DOTTED) ||
               (!in_inline && (next->flags & SG_TOML_INLINE))) {
      sg_toml__fail(ctx, k->at, "key '%s' is already defined and cannot be extended", k->name);
      return NULL;
    }
    table = next;
  }
  return table;
}

/* Makes the value of a node: a scalar, or an empty array or inline table
 * (*container set) that the caller fills. NULL after an error. */
static TomlValue *sg_toml__scalar(TomlCtx *ctx, TSNode node, bool *container) {
  const char *type = ts_node_type(node);
  uint32_t s = ts_node_start_byte(node), e = ts_node_end_byte(node);
  *container = false;
  TomlValue *v;
  if (strcmp(type, "string") == 0) {
    const char *str = sg_toml__string(ctx, node);
    if (!str) return NULL;
    v = sg_toml__new(ctx, TOML_STRING, s);
    v->text = str;
    return v;
  }
  if (strcmp(type, "array") == 0 || strcmp(type, "inline_table") == 0) {
    *container = true;
    v = sg_toml__new(ctx, type[0] == 'a' ? TOML_ARRAY : TOML_TABLE, s);
    if (v->kind == TOML_TABLE) v->flags = SG_TOML_INLINE;
    return v;
  }
  TomlKind kind;
  if (strcmp(type, "integer") == 0) kind = TOML_INTEGER;
  else if (strcmp(type, "float") == 0) kind = TOML_FLOAT;
  else if (strcmp(type, "boolean") == 0) kind = TOML_BOOL;
  else if (strcmp(type, "local_date") == 0 || strcmp(type, "local_time") == 0 ||
           strcmp(type, "local_date_time") == 0 || strcmp(type, "offset_date_time") == 0)
    kind = TOML_OTHER;
  else {
    sg_toml__fail(ctx, s, "unexpected %s", type);
    return NULL;
  }
  v = sg_toml__new(ctx, kind, s);
  v->text = sg_arena_strndup(&ctx->doc->arena, ctx->text + s, e - s);
  v->boolean = kind == TOML_BOOL && strcmp(v->text, "true") == 0;
  return v;
}

/* Defines the key of a pair node in table and returns its (possibly empty
 * container) value; NULL after an error. */
static TomlValue *sg_toml__pair(TomlCtx *ctx, TSNode pair, TomlValue *table, bool in_inline,
                                TomlKeys *keys, TSNode *value_node, bool *container) {
  uint32_t count = ts_node_named_child_count(pair);
  if (count < 2) {
    sg_toml__fail(ctx, ts_node_start_byte(pair), "malformed key/value pair");
    return NULL;
  }
  if (!sg_toml__keys(ctx, ts_node_named_child(pair, 0), keys)) return NULL;
  /* The value is the first named child after the key that is not a comment
   * (a trailing comment can belong to the pair). */
  uint32_t i = 1;
  while (i + 1 < count && sg_toml__is(ts_node_named_child(pair, i), "comment")) i++;
  *value_node = ts_node_named_child(pair, i);
  TomlValue *owner = sg_toml__dotted_prefix(ctx, table, keys, in_inline);
  if (!owner) return NULL;
  const TomlKey *last = &array_last(keys);
  if (sg_toml__find(owner, last->name)) {
    sg_toml__fail(ctx, last->at, "duplicate key '%s'", last->name);
    return NULL;
  }
  TomlValue *v = sg_toml__scalar(ctx, *value_node, container);
  if (!v) return NULL;
  if (in_inline && v->kind == TOML_TABLE) v->flags |= SG_TOML_INLINE;
  sg_toml__add(owner, last->name, v);
  return v;
}

/* Fills the array or inline table v made from node, with an explicit stack
 * of tree cursors (one per open container) instead of recursion. */
static bool sg_toml__fill(TomlCtx *ctx, TSNode node, TomlValue *v, uint32_t depth) {
  Array(TomlFrame) stack = {0};
  TomlKeys keys = {0};
  TomlFrame first = {ts_tree_cursor_new(node), v, false};
  array_push(&stack, first);
  while (stack.len && !ctx->failed) {
    TomlFrame *f = &array_last(&stack);
    bool moved = f->started ? ts_tree_cursor_goto_next_sibling(&f->cursor)
                            : ts_tree_cursor_goto_first_child(&f->cursor);
    f->started = true;
    if (!moved) {
      ts_tree_cursor_delete(&f->cursor);
      stack.len--;
      continue;
    }
    TSNode child = ts_tree_cursor_current_node(&f->cursor);
    if (!ts_node_is_named(child) || sg_toml__is(child, "comment")) continue;
    TomlValue *item;
    TSNode item_node = child;
    bool container;
    if (f->target->kind == TOML_ARRAY) {
      item = sg_toml__scalar(ctx, child, &container);
      if (item) array_push(&f->target->items, item);
    } else if (sg_toml__is(child, "pair")) {
      item = sg_toml__pair(ctx, child, f->target, true, &keys, &item_node, &container);
    } else {
      sg_toml__fail(ctx, ts_node_start_byte(child), "unexpected %s", ts_node_type(child));
      item = NULL;
    }
    if (!item) break;
    if (container) {
      if (depth + stack.len >= SG_TOML_MAX_DEPTH) {
        sg_toml__fail(ctx, ts_node_start_byte(item_node), "arrays and inline tables nested deeper than %d",
                      SG_TOML_MAX_DEPTH);
        break;
      }
      TomlFrame next = {ts_tree_cursor_new(item_node), item, false};
      array_push(&stack, next);
    }
  }
  for (uint32_t i = 0; i < stack.len; i++) ts_tree_cursor_delete(&stack.items[i].cursor);
  array_free(&stack);
  array_free(&keys);
  return !ctx->failed;
}

/* A [header] or [[header]]: finds or makes the table that following pairs go
 * into; NULL after an error. */
static TomlValue *sg_toml__header(TomlCtx *ctx, const TomlKeys *keys, bool is_array, uint32_t at) {
  TomlValue *table = ctx->doc->root;
  for (uint32_t i = 0; i + 1 < keys->len; i++) {
    const TomlKey *k = &keys->items[i];
    TomlValue *next = sg_toml__find(table, k->name);
    if (!next) {
      next = sg_toml__new(ctx, TOML_TABLE, k->at);
      next->flags = SG_TOML_IMPLICIT;
      sg_toml__add(table, k->name, next);
    } else if (next->kind == TOML_ARRAY && (next->flags & SG_TOML_AOT) && next->items.len) {
      next = array_last(&next->items);
    } else if (next->kind != TOML_TABLE || (next->flags & SG_TOML_INLINE)) {
      sg_toml__fail(ctx, k->at, "key '%s' is already defined and is not a table", k->name);
      return NULL;
    }
    table = next;
  }
  const TomlKey *last = &array_last(keys);
  TomlValue *found = sg_toml__find(table, last->name);
  if (is_array) {
    if (!found) {
      found = sg_toml__new(ctx, TOML_ARRAY, at);
      found->flags = SG_TOML_AOT;
      sg_toml__add(table, last->name, found);
    } else if (found->kind != TOML_ARRAY || !(found->flags & SG_TOML_AOT)) {
      sg_toml__fail(ctx, last->at, "key '%s' is already defined and is not an array of tables", last->name);
      return NULL;
    }
    TomlValue *t = sg_toml__new(ctx, TOML_TABLE, at);
    t->flags = SG_TOML_DEFINED;
    array_push(&found->items, t);
    return t;
  }
  if (!found) {
    found = sg_toml__new(ctx, TOML_TABLE, at);
    sg_toml__add(table, last->name, found);
  } else if (found->kind != TOML_TABLE || (found->flags & (SG_TOML_INLINE | SG_TOML_DOTTED))) {
    sg_toml__fail(ctx, last->at, "key '%s' is already defined and cannot be a table", last->name);
    return NULL;
  } else if (found->flags & SG_TOML_DEFINED) {
    sg_toml__fail(ctx, last->at, "table '%s' is defined twice", last->name);
    return NULL;
  }
  found->flags = SG_TOML_DEFINED;
  found->line = sg_toml__line(ctx, at);  /* the header's line */
  return found;
}

/* Reports the first ERROR or MISSING node, walking only into subtrees that
 * contain one. */
static void sg_toml__syntax_error(TomlCtx *ctx, TSNode root) {
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  for (;;) {
    TSNode node = ts_tree_cursor_current_node(&cursor);
    if (ts_node_is_missing(node)) {
      sg_toml__fail(ctx, ts_node_start_byte(node), "syntax error: missing '%s'", ts_node_type(node));
      break;
    }
    if (ts_node_is_error(node)) {
      sg_toml__fail(ctx, ts_node_start_byte(node), "syntax error");
      break;
    }
    if (ts_node_has_error(node) && ts_tree_cursor_goto_first_child(&cursor)) continue;
    bool advanced = false;
    while (!advanced) {
      if (ts_tree_cursor_goto_next_sibling(&cursor)) advanced = true;
      else if (!ts_tree_cursor_goto_parent(&cursor)) break;
    }
    if (!advanced) break;
  }
  ts_tree_cursor_delete(&cursor);
  sg_toml__fail(ctx, ts_node_start_byte(root), "syntax error");
}

static void sg_toml__document(TomlCtx *ctx, TSNode root) {
  TomlKeys keys = {0};
  TSTreeCursor top = ts_tree_cursor_new(root);
  bool more = ts_tree_cursor_goto_first_child(&top);
  for (; more && !ctx->failed; more = ts_tree_cursor_goto_next_sibling(&top)) {
    TSNode node = ts_tree_cursor_current_node(&top);
    if (!ts_node_is_named(node) || sg_toml__is(node, "comment")) continue;
    TomlValue *table = ctx->doc->root;
    bool is_table = sg_toml__is(node, "table"), is_array = sg_toml__is(node, "table_array_element");
    TSNode pair_node = node;
    uint32_t first_pair = 0;
    if (is_table || is_array) {
      if (ts_node_named_child_count(node) == 0 || !sg_toml__keys(ctx, ts_node_named_child(node, 0), &keys)) {
        sg_toml__fail(ctx, ts_node_start_byte(node), "malformed table header");
        break;
      }
      table = sg_toml__header(ctx, &keys, is_array, ts_node_start_byte(node));
      if (!table) break;
      first_pair = 1;
    } else if (!sg_toml__is(node, "pair")) {
      sg_toml__fail(ctx, ts_node_start_byte(node), "unexpected %s", ts_node_type(node));
      break;
    }
    /* Pairs under a header: iterate the header's children with a cursor. */
    TSTreeCursor sub = ts_tree_cursor_new(node);
    bool have = is_table || is_array ? ts_tree_cursor_goto_first_child(&sub) : true;
    uint32_t named = 0;
    for (; have && !ctx->failed; have = ts_tree_cursor_goto_next_sibling(&sub)) {
      pair_node = ts_tree_cursor_current_node(&sub);
      if (!ts_node_is_named(pair_node)) continue;
      if (named++ < first_pair || sg_toml__is(pair_node, "comment")) continue;
      if (!sg_toml__is(pair_node, "pair")) {
        sg_toml__fail(ctx, ts_node_start_byte(pair_node), "unexpected %s", ts_node_type(pair_node));
        break;
      }
      TSNode value_node;
      bool container;
      TomlValue *v = sg_toml__pair(ctx, pair_node, table, false, &keys, &value_node, &container);
      if (v && container) sg_toml__fill(ctx, value_node, v, 1);
      if (!(is_table || is_array)) break;
    }
    ts_tree_cursor_delete(&sub);
  }
  ts_tree_cursor_delete(&top);
  array_free(&keys);
}

TomlDoc *sg_toml_parse(const char *text, size_t len, char *err, size_t err_cap) {
  if (err && err_cap) err[0] = '\0';
  TomlDoc *doc = sg_calloc(1, sizeof(TomlDoc));
  TomlCtx ctx = {doc, text, len, err, err_cap, false, {0}};
  array_push(&ctx.lines, 0u);
  for (size_t i = 0; i < len && i < UINT32_MAX / 2; i++) {
    if (text[i] == '\n') array_push(&ctx.lines, (uint32_t)(i + 1));
  }
  doc->root = sg_toml__new(&ctx, TOML_TABLE, 0);
  doc->root->flags = SG_TOML_DEFINED;
  size_t valid = sg_utf8_valid_prefix((const unsigned char *)text, len);
  if (valid < len) {
    sg_toml__fail(&ctx, valid, "invalid UTF-8");
  } else if (len > UINT32_MAX / 2) {
    sg_toml__fail(&ctx, 0, "file too large");
  } else if (memchr(text, '\0', len)) {
    sg_toml__fail(&ctx, (size_t)((const char *)memchr(text, '\0', len) - text), "NUL byte");
  } else {
    TSParser *parser = ts_parser_new();
    ts_parser_set_language(parser, tree_sitter_toml());
    TSTree *tree = ts_parser_parse_string(parser, NULL, text, (uint32_t)len);
    if (!tree) {
      sg_toml__fail(&ctx, 0, "cannot parse");
    } else {
      TSNode root = ts_tree_root_node(tree);
      if (ts_node_has_error(root)) sg_toml__syntax_error(&ctx, root);
      else sg_toml__document(&ctx, root);
      ts_tree_delete(tree);
    }
    ts_parser_delete(parser);
  }
  array_free(&ctx.lines);
  if (ctx.failed) {
    sg_toml_delete(doc);
    return NULL;
  }
  return doc;
}

void sg_toml_delete(TomlDoc *doc) {
  if (!doc) return;
  for (uint32_t i = 0; i < doc->all.len; i++) {
    TomlValue *v = doc->all.items[i];
    array_free(&v->items);
    array_free(&v->entries);
    sg_free(v->slots);
    sg_free(v);
  }
  array_free(&doc->all);
  sg_arena_free(&doc->arena);
  sg_free(doc);
}

const TomlValue *sg_toml_root(const TomlDoc *doc) { return doc ? doc->root : NULL; }

const TomlValue *sg_toml_get(const TomlValue *table, const char *dotted) {
  if (!table || !dotted) return NULL;
  const char *p = dotted;
  for (;;) {
    if (table->kind != TOML_TABLE) return NULL;
    const char *dot = strchr(p, '.');
    size_t n = dot ? (size_t)(dot - p) : strlen(p);
    const TomlValue *next = NULL;
    for (uint32_t i = 0; i < table->entries.len; i++) {
      const char *k = table->entries.items[i].key;
      if (strncmp(k, p, n) == 0 && k[n] == '\0') { next = table->entries.items[i].value; break; }
    }
    if (!next || !dot) return next;
    table = next;
    p = dot + 1;
  }
}

TomlKind sg_toml_kind(const TomlValue *v) { return v ? v->kind : TOML_OTHER; }

const char *sg_toml_string(const TomlValue *v) {
  return v && v->kind == TOML_STRING ? v->text : NULL;
}

const char *sg_toml_text(const TomlValue *v) {
  return v && v->kind != TOML_STRING && v->kind != TOML_ARRAY && v->kind != TOML_TABLE &&
                 v->kind != TOML_BOOL
             ? v->text
             : NULL;
}

bool sg_toml_bool(const TomlValue *v, bool *out) {
  if (!v || v->kind != TOML_BOOL) return false;
  if (out) *out = v->boolean;
  return true;
}

size_t sg_toml_len(const TomlValue *v) {
  if (!v) return 0;
  if (v->kind == TOML_ARRAY) return v->items.len;
  if (v->kind == TOML_TABLE) return v->entries.len;
  return 0;
}

const TomlValue *sg_toml_at(const TomlValue *v, size_t i) {
  if (!v) return NULL;
  if (v->kind == TOML_ARRAY) return i < v->items.len ? v->items.items[i] : NULL;
  if (v->kind == TOML_TABLE) return i < v->entries.len ? v->entries.items[i].value : NULL;
  return NULL;
}

const char *sg_toml_key_at(const TomlValue *table, size_t i) {
  if (!table || table->kind != TOML_TABLE || i >= table->entries.len) return NULL;
  return table->entries.items[i].key;
}

uint32_t sg_toml_line(const TomlValue *v) { return v ? v->line : 0; }
