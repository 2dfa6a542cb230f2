/* `snag debug flat|scopes FILE`: dumps between stages, so a wrong finding
 * can be traced to the stage that caused it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyses/flow.h"
#include "analyses/model.h"
#include "analyses/summaries.h"
#include "cli/batch.h"
#include "cli/cli.h"
#include "cli/discover.h"
#include "parser/clock.h"
#include "gpu/gpu.h"
#include "parser/flat.h"
#include "parser/parse.h"

static void sg_debug__flat(const FlatTree *t) {
  const TSLanguage *lang = sg_grammar_python()->language;
  Array(uint32_t) depth = {0};
  for (uint32_t i = 0; i < t->count; i++) {
    while (depth.len && i > t->subtree_end[array_last(&depth)]) depth.len--;
    uint32_t len;
    const char *text = sg_flat_text(t, i, &len);
    uint32_t n = 0;
    while (n < len && n < 40 && text[n] != '\n') n++;
    printf("%*s%u %s%s%s [%u:%u]%s%s%s", (int)depth.len * 2, "", i,
           ts_language_symbol_name(lang, t->symbol[i]), t->field[i] ? " @" : "",
           sg_field_name(t->field[i]), t->start_row[i] + 1, t->start_col[i] + 1,
           t->flags[i] & FLAT_ERROR ? " ERROR" : "", t->flags[i] & FLAT_MISSING ? " MISSING" : "",
           t->flags[i] & FLAT_EXTRA ? " extra" : "");
    if (t->first_child[i] == SG_NONE) printf(" `%.*s`", (int)n, text);
    putchar('\n');
    if (t->first_child[i] != SG_NONE) array_push(&depth, i);
  }
  array_free(&depth);
}

/* One line per function: its receiver, then each parameter's effects and
 * each `self.<attr>` change, with the 1-based line of the evidence here and
 * (after `->`) of the change at the end of a helper chain. */
static void sg_debug__summaries(const SemanticModel *m, const Source *src) {
  const FlatTree *t = m->tree;
  Summaries *s = sg_summaries_build(m, NULL);
#define SG_DEBUG_LINE(n) ((n) == SG_NONE ? 0u : sg_source_line_of(src, t->start_byte[n]) + 1)
  for (uint32_t fi = 0; fi < s->functions.len; fi++) {
    const FunctionSummary *f = &s->functions.items[fi];
    uint32_t def = m->scopes.items[f->scope].node, name = sg_flat_field(t, def, FIELD_NAME);
    printf("%s (line %u)%s%s%s\n", name == SG_NONE ? "?" : sg_flat_name(t, name), SG_DEBUG_LINE(def),
           f->cls != SG_NONE ? " method" : "", f->classmethod ? " classmethod" : "",
           f->staticmethod ? " staticmethod" : "");
    for (uint32_t k = 0; k < f->param_count; k++) {
      const ParamSummary *p = &s->params.items[f->first_param + k];
      printf("  param %s%s:", sg_names_text(&t->names, p->name), p->symbol == f->receiver ? " (receiver)" : "");
      if (p->effects & EFFECT_MUTATED)
        printf(" mutated %u->%u", SG_DEBUG_LINE(p->mutation), SG_DEBUG_LINE(p->origin));
      if (p->effects & EFFECT_MUTATED_SURE)
        printf(" sure %u->%u", SG_DEBUG_LINE(p->sure_mutation), SG_DEBUG_LINE(p->sure_origin));
      if (p->helper_call != SG_NONE)
        printf(" helper %u->%u", SG_DEBUG_LINE(p->helper_call), SG_DEBUG_LINE(p->helper_origin));
      if (p->effects & EFFECT_STORED) printf(" stored %u", SG_DEBUG_LINE(p->stored));
      if (p->effects & EFFECT_RETURNED) printf(" returned %u", SG_DEBUG_LINE(p->returned));
      if (p->effects & EFFECT_ITERATED) printf(" iterated %u", SG_DEBUG_LINE(p->iterated));
      if (p->effects & EFFECT_REMOVED)
        printf(" removed %u->%u", SG_DEBUG_LINE(p->removed), SG_DEBUG_LINE(p->removed_origin));
      printf("\n");
    }
    static const char *const kinds[] = {"mutated", "augmented", "set", "removed"};
    static const char *const vias[] = {"", " via helper", " via method"};
    for (uint32_t a = 0; a < f->attrs.len; a++) {
      const AttrEffect *e = &f->attrs.items[a];
      printf("  attr %s.%s: %s%s%s %u->%u\n", sg_names_text(&t->names, s->params.items[e->param].name),
             sg_names_text(&t->names, e->name), kinds[e->kind], vias[e->via],
             e->sure ? " sure" : "", SG_DEBUG_LINE(e->where), SG_DEBUG_LINE(e->origin));
    }
  }
#undef SG_DEBUG_LINE
  printf("%u functions, %u edges, %u fixpoint passes\n", s->functions.len, s->edges.len, s->passes);
  sg_summaries_delete(s);
}

static void sg_debug__scopes(const SemanticModel *m) {
  const FlatTree *t = m->tree;
  for (uint32_t s = 0; s < m->scopes.len; s++) {
    const Scope *sc = &m->scopes.items[s];
    printf("scope %u %s line %u parent %d%s%s%s\n", s, sg_scope_kind_name(sc->kind),
           t->start_row[sc->node] + 1, sc->parent == SG_NONE ? -1 : (int)sc->parent,
           sc->flags & SCOPE_FLAG_DYNAMIC ? " dynamic" : "",
           sc->flags & SCOPE_FLAG_SYNTAX_ERROR ? " syntax-error" : "",
           sc->flags & SCOPE_FLAG_GENERATOR ? " generator" : "");
    for (uint32_t y = 0; y < m->symbols.len; y++) {
      const Symbol *sym = &m->symbols.items[y];
      if (sym->scope != s) continue;
      printf("  %s%s%s%s%s%s\n", sg_names_text(&t->names, sym->name),
             sym->flags & SYMBOL_LOCAL ? " local" : "", sym->flags & SYMBOL_GLOBAL ? " global" : "",
             sym->flags & SYMBOL_NONLOCAL ? " nonlocal" : "",
             sym->flags & SYMBOL_PARAMETER ? " parameter" : "", sym->flags & SYMBOL_USED ? " used" : "");
      for (uint32_t b = sym->first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
        const Binding *bd = &m->bindings.items[b];
        printf("    bind %s line %u%s%s\n", sg_binding_kind_name(bd->kind), t->start_row[bd->node] + 1,
               bd->qualified ? " -> " : "", bd->qualified ? bd->qualified : "");
      }
    }
  }
  for (uint32_t r = 0; r < m->references.len; r++) {
    const Reference *ref = &m->references.items[r];
    printf("ref %s line %u:%u in scope %u: %s", sg_flat_name(t, ref->node), t->start_row[ref->node] + 1,
           t->start_col[ref->node] + 1, ref->scope, sg_reference_kind_name(ref->kind));
    if (ref->symbol != SG_NONE) printf(" (scope %u)", m->symbols.items[ref->symbol].scope);
    putchar('\n');
  }
}

/* The graph of the innermost function at `line` (0: the module), as text
 * or Graphviz DOT: nodes with their line, events and successors. */
static void sg_debug__cfg(const SemanticModel *m, uint32_t line, bool dot) {
  const FlatTree *t = m->tree;
  uint32_t scope = 0;
  for (uint32_t s = 0; s < m->scopes.len && line; s++) {
    const Scope *sc = &m->scopes.items[s];
    if (sc->kind != SCOPE_FUNCTION) continue;
    uint32_t first = t->start_row[sc->node] + 1;
    uint32_t last = sg_source_line_of(t->source, t->end_byte[sc->node]) + 1;
    if (first <= line && line <= last) scope = s;  /* later scopes are inner */
  }
  FlowSet *set = sg_flows_build(m, 0, 11);
  const Flow *fl = sg_flows_of(set, scope);
  const Scope *sc = &m->scopes.items[scope];
  uint32_t name = sc->kind == SCOPE_MODULE ? SG_NONE : sg_flat_field(t, sc->node, FIELD_NAME);
  const char *title = name == SG_NONE ? "<module>" : sg_flat_name(t, name);
  if (dot) printf("digraph \"%s\" {\n  node [shape=box fontname=monospace];\n", title);
  else printf("cfg of %s: %u nodes, %u locals\n", title, fl->nodes.len, fl->locals.len);
  for (uint32_t n = 0; n < fl->nodes.len; n++) {
    const FlowNode *node = &fl->nodes.items[n];
    char label[512];
    int k = snprintf(label, sizeof label, "%u %s", n, sg_flow_kind_name((FlowNodeKind)node->kind));
    if (node->node != SG_NONE) k += snprintf(label + k, sizeof label - (size_t)k, " line %u", t->start_row[node->node] + 1);
    if (!node->reachable) k += snprintf(label + k, sizeof label - (size_t)k, " (unreachable)");
    for (uint32_t e = 0; e < node->event_count && k < (int)sizeof label - 64; e++) {
      const FlowEvent *ev = &fl->events.items[node->first_event + e];
      const char *nm = sg_names_text(&t->names, m->symbols.items[fl->locals.items[ev->local]].name);
      k += snprintf(label + k, sizeof label - (size_t)k, " %s%s",
                    ev->kind == FLOW_EVENT_READ ? "read:" : ev->kind == FLOW_EVENT_BIND ? "bind:" : "unbind:", nm);
    }
    if (dot) printf("  n%u [label=\"%s\"];\n", n, label);
    else printf("  %s ->", label);
    for (uint32_t s = 0; s < node->succ_count; s++) {
      uint32_t to = fl->succ.items[node->first_succ + s];
      if (dot) printf("  n%u -> n%u;\n", n, to);
      else printf(" %u", to);
    }
    if (node->exc != SG_NONE) {
      if (dot) printf("  n%u -> n%u [style=dashed];\n", n, node->exc);
      else printf("  (raise: %u)", node->exc);
    }
    if (!dot) putchar('\n');
  }
  if (dot) puts("}");
  sg_flows_delete(set);
}

/* `snag debug lookup [--device] PATH...`: the binding table (gpu/sites.c
 * and gpu/sites.cu: scopes, symbols and references from the batch's
 * nodes alone; on the GPU with --device, else its host reference) against
 * the models of the same files: every node's scope, every scope's kind
 * and parent, the symbol keys and flags as collect leaves them, and every
 * reference's node, kind and symbol. */
typedef struct SitesCheck {
  uint64_t scopes, symbols, refs, mismatches;
  uint64_t per_kind[REFERENCE_UNRESOLVED + 1];  /* the models' references by kind */
} SitesCheck;

static void sg_debug__mismatch(SitesCheck *c, const char *path, uint32_t line, const char *what) {
  if (c->mismatches++ < 10) printf("MISMATCH %s:%u: sites: %s\n", path, line, what);
}

/* model scope -> its node, batch-global */
static uint32_t sg_debug__scope_node(const SemanticModel *m, uint32_t s, uint32_t base) {
  return s == SG_NONE ? SG_NONE : m->scopes.items[s].node + base;
}

static void sg_debug__check_sites(const GpuBatch *batch, const SiteTable *t, SemanticModel *const *models,
                                  const char *const *paths, SitesCheck *c) {
  uint32_t r = 0;  /* the table's references, in node order */
  for (uint32_t f = 0; f < batch->file_start.len; f++) {
    const SemanticModel *m = models[f];
    if (!m) continue;
    const FlatTree *tree = m->tree;
    uint32_t base = batch->file_start.items[f];
    char what[160];
    for (uint32_t i = 0; i < tree->count; i++)
      if (sg_debug__scope_node(m, m->node_scope[i], base) != t->scope_of[base + i]) {
        snprintf(what, sizeof what, "node %u (%s) in scope node %u, model %u", i, sg_kind_name(tree->kind[i]),
                 t->scope_of[base + i] - base, m->scopes.items[m->node_scope[i]].node);
        sg_debug__mismatch(c, paths[f], tree->start_row[i] + 1, what);
      }
    uint32_t opened = 0;
    for (uint32_t i = 0; i < tree->count; i++) opened += t->scope_kind[base + i] != SG_SITES_NO_SCOPE;
    if (opened != m->scopes.len) {
      snprintf(what, sizeof what, "%u scopes, model %u", opened, m->scopes.len);
      sg_debug__mismatch(c, paths[f], 1, what);
    }
    for (uint32_t s = 0; s < m->scopes.len; s++) {
      const Scope *sc = &m->scopes.items[s];
      uint32_t node = sc->node + base;
      if (t->scope_kind[node] != sc->kind || t->scope_parent[node] != sg_debug__scope_node(m, sc->parent, base)) {
        snprintf(what, sizeof what, "scope at node %u: kind %d parent %d, model %d/%d", sc->node,
                 t->scope_kind[node], (int)t->scope_parent[node], sc->kind, (int)sg_debug__scope_node(m, sc->parent, base));
        sg_debug__mismatch(c, paths[f], tree->start_row[sc->node] + 1, what);
      }
    }
    c->scopes += m->scopes.len;
    /* symbols: each model symbol has its key, with the flags collect set */
    for (uint32_t y = 0; y < m->symbols.len; y++) {
      const Symbol *sym = &m->symbols.items[y];
      uint32_t name = sg_names_find(batch->names, sg_names_text(&tree->names, sym->name),
                                    (uint32_t)strlen(sg_names_text(&tree->names, sym->name)));
      uint64_t key = ((uint64_t)sg_debug__scope_node(m, sym->scope, base) << 32) | name;
      uint32_t at = sg_lookup_key(t->symbol_key, t->symbol_count, key);
      uint16_t want = sym->flags & (uint16_t)~(SYMBOL_USED | SYMBOL_LOCAL);
      if (at == SG_NONE || t->symbol_flags[at] != want) {
        snprintf(what, sizeof what, "symbol %s in scope node %u: %s, flags %#x", sg_names_text(&tree->names, sym->name),
                 m->scopes.items[sym->scope].node,
                 at == SG_NONE ? "missing" : "flags differ", want);
        uint32_t line = sym->first_binding != SG_NONE ? tree->start_row[m->bindings.items[sym->first_binding].node] + 1 : 1;
        sg_debug__mismatch(c, paths[f], line, what);
      }
    }
    c->symbols += m->symbols.len;
    /* references: the same nodes in the same order, resolved alike */
    for (uint32_t k = 0; k < m->references.len; k++, r++) {
      const Reference *ref = &m->references.items[k];
      c->per_kind[ref->kind]++;
      if (r >= t->ref_count || t->ref_node[r] != ref->node + base) {
        snprintf(what, sizeof what, "reference %u at node %u: the table has node %d", k, ref->node,
                 r < t->ref_count ? (int)(t->ref_node[r] - base) : -1);
        sg_debug__mismatch(c, paths[f], tree->start_row[ref->node] + 1, what);
        c->refs += m->references.len;
        return;  /* out of step: the rest would only repeat it */
      }
      uint32_t got = t->ref_symbol[r];
      uint64_t want = ref->symbol == SG_NONE ? UINT64_MAX
                    : ((uint64_t)sg_debug__scope_node(m, m->symbols.items[ref->symbol].scope, base) << 32);
      uint64_t have = got == SG_NONE ? UINT64_MAX : t->symbol_key[got] & 0xffffffff00000000ull;
      if (t->ref_kind[r] != ref->kind || want != have) {
        snprintf(what, sizeof what, "reference to %s: %s, model %s", sg_flat_name(tree, ref->node),
                 sg_reference_kind_name((ReferenceKind)t->ref_kind[r]), sg_reference_kind_name(ref->kind));
        sg_debug__mismatch(c, paths[f], tree->start_row[ref->node] + 1, what);
      }
    }
    c->refs += m->references.len;
  }
  if (r != t->ref_count) sg_debug__mismatch(c, "(batch)", 0, "the table has more references than the models");
}

/* Is the FlatTree built by the tree walk (parser/tswalk.h) the one the
 * cursor builds, array for array? */
static bool sg_debug__same_flat(const FlatTree *a, const FlatTree *b) {
  if (a->count != b->count || a->max_depth != b->max_depth || a->names.text.len != b->names.text.len) return false;
  size_t n = a->count;
#define SAME(arr) (memcmp(a->arr, b->arr, n * sizeof *a->arr) == 0)
  return SAME(kind) && SAME(symbol) && SAME(field) && SAME(flags) && SAME(parent) && SAME(first_child) &&
         SAME(next_sibling) && SAME(subtree_end) && SAME(start_byte) && SAME(end_byte) && SAME(start_row) &&
         SAME(start_col) && SAME(name_id);
#undef SAME
}

/* `snag debug walk PATH...`: the tree walk against tree-sitter's cursor
 * over every file found, and the time of each. */
static int sg_debug__walk(int argc, char **argv) {
  DiscoverResult found = {0};
  sg_discover((const char *const *)argv + 2, (size_t)(argc - 2), NULL, &found);
  if (found.bad_root || argc < 3) {
    sg_discover_result_free(&found);
    return sg_cli_fail("usage: snag debug walk PATH...");
  }
  Parser *parser = sg_parser_new();
  uint64_t nodes = 0;
  uint32_t files = 0, differ = 0;
  double walk = 0, cursor = 0;
  for (uint32_t f = 0; f < found.files.len; f++) {
    Source *src = sg_source_read(found.files.items[f], SG_SOURCE_MAX_DEFAULT);
    TSTree *tree = src->status == SOURCE_OK ? sg_parser_parse(parser, src) : NULL;
    if (tree) {
      double t0 = sg_clock_now();
      FlatTree *a = sg_flat_build(tree, src);
      double t1 = sg_clock_now();
      FlatTree *b = sg_flat_build_reference(tree, src);
      double t2 = sg_clock_now();
      walk += t1 - t0, cursor += t2 - t1;
      files++;
      nodes += a->count;
      if (!sg_debug__same_flat(a, b)) {
        differ++;
        printf("differs: %s\n", found.files.items[f]);
      }
      sg_flat_delete(a);
      sg_flat_delete(b);
      ts_tree_delete(tree);
    }
    sg_source_delete(src);
  }
  printf("walk: %u files, %llu nodes, %u differ from the cursor's; flatten %.3f s (walk) vs %.3f s (cursor)\n",
         files, (unsigned long long)nodes, differ, walk, cursor);
  sg_parser_delete(parser);
  sg_discover_result_free(&found);
  return differ ? EXIT_ERROR : EXIT_CLEAN;
}

static int sg_debug__lookup(int argc, char **argv) {
  bool device = argc > 2 && !strcmp(argv[2], "--device");
  char why[256];
  if (device && !sg_gpu_device_available(why, sizeof why)) return sg_cli_fail("debug lookup --device: %s", why);
  DiscoverResult found = {0};
  sg_discover((const char *const *)argv + 2 + device, (size_t)(argc - 2 - device), NULL, &found);
  if (found.bad_root || argc - 2 - device < 1) {
    sg_discover_result_free(&found);
    return sg_cli_fail("usage: snag debug lookup [--device] PATH...");
  }
  enum { FILES = SG_BATCH_FILES };  /* per batch, as the pipeline's */
  Parser *parser = sg_parser_new();
  GpuTimes times = {0};
  double seconds = 0;
  SitesCheck check = {0};
  GpuBatch *slots[2];  /* alternate, sharing one name table, as the pipeline's */
  slots[0] = sg_gpu_batch_new(NULL);
  slots[1] = sg_gpu_batch_new(slots[0]->names);
  NameBuiltins builtins = {0};
  SemanticModel **models = sg_calloc(FILES, sizeof *models);
  FlatTree **flats = sg_calloc(FILES, sizeof *flats);
  for (uint32_t start = 0; start < found.files.len; start += FILES) {
    uint32_t end = start + FILES < found.files.len ? start + FILES : found.files.len;
    GpuBatch *nodes = slots[start / FILES % 2];
    sg_gpu_batch_clear(nodes);
    for (uint32_t f = start; f < end; f++) {
      Source *src = sg_source_read(found.files.items[f], SG_SOURCE_MAX_DEFAULT);
      models[f - start] = NULL;
      flats[f - start] = NULL;
      if (src->status == SOURCE_OK) {
        TSTree *tree = sg_parser_parse(parser, src);
        flats[f - start] = sg_flat_build(tree, src);
        ts_tree_delete(tree);
        models[f - start] = sg_model_build(flats[f - start]);
      }
      sg_source_delete(src);
      if (sg_gpu_batch_add(nodes, flats[f - start], NULL) == SG_NONE) {
        sg_gpu_batch_too_big();
        exit(2);
      }
    }
    SiteTable table = {0};
    double t0 = sg_clock_now();
    sg_gpu_sites(nodes, sg_gpu_name_builtins(nodes->names, &builtins), device, &table, &times);
    seconds += sg_clock_now() - t0;
    sg_debug__check_sites(nodes, &table, models, (const char *const *)found.files.items + start, &check);
    sg_gpu_sites_free(&table);
    for (uint32_t f = 0; f < end - start; f++) {
      sg_model_delete(models[f]);
      sg_flat_delete(flats[f]);
    }
  }
  printf("sites (%s): %u files, %llu scopes, %llu symbols, %llu references (local %llu, free %llu, global %llu, "
         "builtin %llu, unresolved %llu) from the nodes alone, %llu mismatches; %.3f s\n",
         device ? "device" : "host reference", found.files.len, (unsigned long long)check.scopes,
         (unsigned long long)check.symbols, (unsigned long long)check.refs,
         (unsigned long long)check.per_kind[REFERENCE_LOCAL], (unsigned long long)check.per_kind[REFERENCE_FREE],
         (unsigned long long)check.per_kind[REFERENCE_GLOBAL], (unsigned long long)check.per_kind[REFERENCE_BUILTIN],
         (unsigned long long)check.per_kind[REFERENCE_UNRESOLVED], (unsigned long long)check.mismatches, seconds);
  sg_free(models);
  sg_free(flats);
  sg_free(builtins.flags);
  sg_gpu_batch_delete(slots[1]);
  sg_gpu_batch_delete(slots[0]);
  sg_parser_delete(parser);
  sg_discover_result_free(&found);
  return check.mismatches ? EXIT_FINDINGS : EXIT_CLEAN;
}

int sg_cli_debug(int argc, char **argv) {
  if (argc >= 2 && !strcmp(argv[1], "lookup")) return sg_debug__lookup(argc, argv);
  if (argc >= 2 && !strcmp(argv[1], "walk")) return sg_debug__walk(argc, argv);
  bool dot = argc == 4 && !strcmp(argv[3], "--dot");
  if ((argc != 3 && !dot) || (strcmp(argv[1], "flat") && strcmp(argv[1], "scopes") && strcmp(argv[1], "cfg") &&
                              strcmp(argv[1], "summaries")))
    return sg_cli_fail("usage: snag debug flat|scopes|summaries FILE | snag debug cfg FILE[:LINE] [--dot]");
  uint32_t line = 0;
  char *colon = strrchr(argv[2], ':');
  if (!strcmp(argv[1], "cfg") && colon && colon[1]) {
    char *end;
    unsigned long v = strtoul(colon + 1, &end, 10);
    if (!*end) { line = (uint32_t)v; *colon = '\0'; }
  }
  Source *src = sg_source_read(argv[2], SG_SOURCE_MAX_DEFAULT);
  if (src->status != SOURCE_OK) {
    int rc = sg_cli_fail("%s: %s", argv[2], src->message);
    sg_source_delete(src);
    return rc;
  }
  Parser *parser = sg_parser_new();
  TSTree *tree = sg_parser_parse(parser, src);
  FlatTree *flat = sg_flat_build(tree, src);
  ts_tree_delete(tree);
  if (!strcmp(argv[1], "flat")) {
    sg_debug__flat(flat);
  } else {
    SemanticModel *m = sg_model_build(flat);
    if (!strcmp(argv[1], "cfg")) sg_debug__cfg(m, line, dot);
    else if (!strcmp(argv[1], "summaries")) sg_debug__summaries(m, src);
    else sg_debug__scopes(m);
    sg_model_delete(m);
  }
  sg_flat_delete(flat);
  sg_parser_delete(parser);
  sg_source_delete(src);
  return EXIT_CLEAN;
}
