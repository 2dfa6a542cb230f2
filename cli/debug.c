/* `snag debug flat|scopes FILE`: dumps between stages, so a wrong finding
 * can be traced to the stage that caused it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyses/flow.h"
#include "analyses/model.h"
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
  FlowSet *set = sg_flows_build(m);
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

/* `snag debug lookup [--device] PATH...`: the binding table's name
 * resolution (gpu/lookup.c, on the GPU with --device, else its host
 * reference) against the semantic model, reference by reference. */
typedef struct LookupExpect {
  uint8_t kind;
  uint32_t symbol;  /* batch-global */
  uint32_t file, line;
} LookupExpect;

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
  Parser *parser = sg_parser_new();
  GpuTimes times = {0};
  uint64_t refs = 0, mismatches = 0, per_kind[REFERENCE_UNRESOLVED + 1] = {0};
  double seconds = 0;
  for (uint32_t start = 0; start < found.files.len; start += 1024) {
    uint32_t end = start + 1024 < found.files.len ? start + 1024 : found.files.len;
    LookupBatch batch = {0};
    Array(LookupExpect) expect = {0};
    for (uint32_t f = start; f < end; f++) {
      Source *src = sg_source_read(found.files.items[f], SG_SOURCE_MAX_DEFAULT);
      if (src->status == SOURCE_OK) {
        TSTree *tree = sg_parser_parse(parser, src);
        FlatTree *flat = sg_flat_build(tree, src);
        ts_tree_delete(tree);
        SemanticModel *m = sg_model_build(flat);
        uint32_t ybase = batch.symbol_key.len;
        sg_gpu_lookup_add(&batch, m);
        for (uint32_t r = 0; r < m->references.len; r++) {
          const Reference *ref = &m->references.items[r];
          LookupExpect e = {(uint8_t)ref->kind, ref->symbol == SG_NONE ? SG_NONE : ref->symbol + ybase, f,
                            flat->start_row[ref->node] + 1};
          array_push(&expect, e);
        }
        sg_model_delete(m);
        sg_flat_delete(flat);
      }
      sg_source_delete(src);
    }
    double t0 = sg_clock_now();
    sg_gpu_lookup(&batch, device, &times);
    seconds += sg_clock_now() - t0;
    for (uint32_t r = 0; r < expect.len; r++) {
      const LookupExpect *e = &expect.items[r];
      refs++;
      per_kind[e->kind]++;
      if (batch.ref_kind[r] == e->kind && batch.ref_symbol[r] == e->symbol) continue;
      if (mismatches++ < 10)
        printf("MISMATCH %s:%u: model %s/%d, lookup %s/%d\n", found.files.items[e->file], e->line,
               sg_reference_kind_name((ReferenceKind)e->kind), (int)e->symbol,
               sg_reference_kind_name((ReferenceKind)batch.ref_kind[r]), (int)batch.ref_symbol[r]);
    }
    array_free(&expect);
    sg_gpu_lookup_free(&batch);
  }
  printf("lookup (%s): %u files, %llu references (local %llu, free %llu, global %llu, builtin %llu, "
         "unresolved %llu), %llu mismatches; sort + resolve %.3f s\n",
         device ? "device" : "host reference", found.files.len, (unsigned long long)refs,
         (unsigned long long)per_kind[REFERENCE_LOCAL], (unsigned long long)per_kind[REFERENCE_FREE],
         (unsigned long long)per_kind[REFERENCE_GLOBAL], (unsigned long long)per_kind[REFERENCE_BUILTIN],
         (unsigned long long)per_kind[REFERENCE_UNRESOLVED], (unsigned long long)mismatches, seconds);
  sg_parser_delete(parser);
  sg_discover_result_free(&found);
  return mismatches ? EXIT_FINDINGS : EXIT_CLEAN;
}

int sg_cli_debug(int argc, char **argv) {
  if (argc >= 2 && !strcmp(argv[1], "lookup")) return sg_debug__lookup(argc, argv);
  bool dot = argc == 4 && !strcmp(argv[3], "--dot");
  if ((argc != 3 && !dot) || (strcmp(argv[1], "flat") && strcmp(argv[1], "scopes") && strcmp(argv[1], "cfg")))
    return sg_cli_fail("usage: snag debug flat|scopes FILE | snag debug cfg FILE[:LINE] [--dot]");
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
    else sg_debug__scopes(m);
    sg_model_delete(m);
  }
  sg_flat_delete(flat);
  sg_parser_delete(parser);
  sg_source_delete(src);
  return EXIT_CLEAN;
}
