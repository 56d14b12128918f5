/*
** reach.c — the OTP functions a program reaches, and what beamc lacks
** among their calls (reach.h).
**
** A breadth-first walk over the functions of the build.  The program's
** functions are the roots; each OTP function is entered once, from the
** first function found to call it, which the walk remembers so that a
** warning can name the chain back to the program.  A function's calls are
** read off its operands: a label that is a function's entry (call,
** call_only, call_last), a fun's lambda (make_fun3), an import (call_ext,
** bif, gc_bif, ...) and an export fun inside a literal (fun M:F/A).
*/
#define _POSIX_C_SOURCE 200809L /* strdup */

#include "reach.h"

#include <stdlib.h>
#include <string.h>

#include "bifs.h"

/* Room for "module:function/arity" of two atoms of 255 characters. */
#define NAME_MAX_BYTES (2 * 255 * 4 + 16)

typedef struct Walk {
  const ReachModule *mods;
  int n;
  int **label_fn;       /* per module: the function whose entry a label is, or -1 */
  size_t *base;         /* per module: its first function's global number */
  int *parent;          /* per function: who called it first; -1 a root; -2 unseen */
  size_t *queue, head, tail;
  char **warned;        /* the names warned about */
  size_t n_warned;
  FILE *out;
  int warnings;
} Walk;

static void *xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size);
  if (p == NULL) abort();
  return p;
}

/* The module and function of global function number g. */
static void locate(const Walk *w, size_t g, int *m, uint32_t *f) {
  int k = 0;
  while (k + 1 < w->n && w->base[k + 1] <= g) k++;
  *m = k;
  *f = (uint32_t)(g - w->base[k]);
}

static const IrFunction *function_of(const Walk *w, size_t g) {
  int m;
  uint32_t f;
  locate(w, g, &m, &f);
  return &w->mods[m].ir->functions[f];
}

static void print_fn(const Walk *w, FILE *o, size_t g) {
  int m;
  uint32_t f;
  locate(w, g, &m, &f);
  const IrFunction *fn = &w->mods[m].ir->functions[f];
  fprintf(o, "%s:%s/%u", w->mods[m].ir->name->u.atom.name, fn->name->u.atom.name,
          (unsigned)fn->arity);
}

static int find_module(const Walk *w, const CTerm *name) {
  for (int i = 0; i < w->n; i++)
    if (w->mods[i].ir && cterm_equal(w->mods[i].ir->name, name)) return i;
  return -1;
}

/* The global number of module m's exported function fun/arity, or -1. */
static long exported(const Walk *w, int m, const CTerm *fun, uint32_t arity) {
  const IrModule *ir = w->mods[m].ir;
  for (uint32_t k = 0; k < ir->n_exports; k++) {
    const IrExport *e = &ir->exports[k];
    if (e->arity != arity || !cterm_equal(e->fun, fun) || e->label > ir->label_count) continue;
    int f = w->label_fn[m][e->label];
    return f < 0 ? -1 : (long)(w->base[m] + (size_t)f);
  }
  return -1;
}

/* Enters function g, reached from function `from` (-1: g is a root). */
static void visit(Walk *w, size_t g, long from) {
  if (w->parent[g] != -2) return;
  w->parent[g] = (int)from;
  w->queue[w->tail++] = g;
}

/* One warning per name: true the first time. */
static bool first_time(Walk *w, const char *name) {
  for (size_t i = 0; i < w->n_warned; i++)
    if (strcmp(w->warned[i], name) == 0) return false;
  w->warned = realloc(w->warned, (w->n_warned + 1) * sizeof *w->warned);
  if (w->warned == NULL) abort();
  w->warned[w->n_warned++] = strdup(name);
  return true;
}

/* " through A -> B -> C" for the OTP functions between the program's and
   the call (chain[k - 1] first, chain[0] last); a chain of more than
   three shows the first, how many are left out, and the last. */
static void through(const Walk *w, const size_t *chain, size_t k) {
  for (size_t i = k; i-- > 0;) {
    if (k > 3 && i > 0 && i < k - 1) {
      if (i == k - 2) fprintf(w->out, " -> (%zu more)", k - 2);
      continue;
    }
    fputs(i == k - 1 ? " through " : " -> ", w->out);
    print_fn(w, w->out, chain[i]);
  }
}

/*
** The warning about `what` (the erlang function, or the stub), found in
** function g: the chain of callers from the program's root function down
** to g (`last` says whether g itself closes the chain, or is the stub
** that `what` names).
*/
static void warn(Walk *w, size_t g, const char *what, const char *why, bool last) {
  if (!first_time(w, what)) return;
  size_t n = 0;
  for (long c = (long)g; c >= 0; c = w->parent[c]) n++;
  size_t *chain = xcalloc(n, sizeof *chain);
  n = 0;
  for (long c = (long)g; c >= 0; c = w->parent[c]) chain[n++] = (size_t)c;
  int root_mod;
  uint32_t root_fn;
  locate(w, chain[n - 1], &root_mod, &root_fn);
  fprintf(w->out, "beamc: %s: warning: %s is not implemented yet%s: ",
          w->mods[root_mod].src, what, why);
  print_fn(w, w->out, chain[n - 1]);
  fputs(" reaches it", w->out);
  size_t skip = last || n < 2 ? 0 : 1; /* a stub closes its own chain */
  through(w, chain + skip, n - 1 - skip);
  fputs("; calling it raises ", w->out);
  fputs(last ? "undef\n" : "the stub's error\n", w->out);
  free(chain);
  w->warnings++;
}

static bool is_erlang(const CTerm *mod) { return cterm_is_atom(mod, "erlang"); }

/* A call from function g (of an OTP module) to mod:fun/arity. */
static void remote(Walk *w, size_t g, const CTerm *mod, const CTerm *fun, uint32_t arity) {
  if (bif_lookup(mod->u.atom.name, mod->u.atom.len, fun->u.atom.name, fun->u.atom.len,
                 (int)arity) >= 0)
    return; /* the runtime's */
  if (is_erlang(mod)) {
    if (cterm_is_atom(fun, "apply") && (arity == 2 || arity == 3)) return;
    char name[NAME_MAX_BYTES];
    snprintf(name, sizeof name, "erlang:%s/%u", fun->u.atom.name, (unsigned)arity);
    warn(w, g, name, "", true);
    return;
  }
  int m = find_module(w, mod);
  if (m < 0 || !w->mods[m].otp) return;
  long t = exported(w, m, fun, arity);
  if (t >= 0) visit(w, (size_t)t, (long)g);
}

/* A stub: OTP code that calls erlang:nif_error, for the VM to replace. */
static bool is_stub_call(const IrImport *im) {
  return is_erlang(im->mod) && cterm_is_atom(im->fun, "nif_error");
}

static void stub(Walk *w, size_t g) {
  char name[NAME_MAX_BYTES];
  int m;
  uint32_t f;
  locate(w, g, &m, &f);
  const IrFunction *fn = &w->mods[m].ir->functions[f];
  snprintf(name, sizeof name, "%s:%s/%u", w->mods[m].ir->name->u.atom.name,
           fn->name->u.atom.name, (unsigned)fn->arity);
  warn(w, g, name, " (OTP's code is a stub for the VM to replace)", false);
}

static void literal(Walk *w, size_t g, const CTerm *t) {
  switch (t->kind) {
  case CT_EXPORT: remote(w, g, t->u.fun.mod, t->u.fun.fun, t->u.fun.arity); break;
  case CT_CONS:
    literal(w, g, t->u.cons.head);
    literal(w, g, t->u.cons.tail);
    break;
  case CT_TUPLE:
    for (uint32_t i = 0; i < t->u.tuple.arity; i++) literal(w, g, t->u.tuple.elems[i]);
    break;
  case CT_MAP:
    for (uint32_t i = 0; i < t->u.map.n; i++) {
      literal(w, g, t->u.map.keys[i]);
      literal(w, g, t->u.map.vals[i]);
    }
    break;
  default: break;
  }
}

/* The calls an operand of function g (in module m) makes. */
static void operands(Walk *w, int m, size_t g, const IrOperand *o, uint32_t n) {
  const IrModule *ir = w->mods[m].ir;
  bool otp = w->mods[m].otp;
  for (uint32_t i = 0; i < n; i++) {
    int f = -1;
    switch (o[i].kind) {
    case IR_LABEL: f = o[i].v.u <= ir->label_count ? w->label_fn[m][o[i].v.u] : -1; break;
    case IR_LAMBDA: {
      uint32_t l = ir->lambdas[o[i].v.u].label;
      f = l <= ir->label_count ? w->label_fn[m][l] : -1;
      break;
    }
    case IR_IMPORT: {
      const IrImport *im = &ir->imports[o[i].v.u];
      if (otp && is_stub_call(im)) stub(w, g);
      else if (otp || !is_erlang(im->mod)) remote(w, g, im->mod, im->fun, im->arity);
      break;
    }
    case IR_LITERAL: literal(w, g, o[i].v.term); break;
    case IR_LIST: operands(w, m, g, o[i].v.list.elems, o[i].v.list.n); break;
    default: break;
    }
    if (f >= 0 && otp) visit(w, w->base[m] + (size_t)f, (long)g);
  }
}

/* The calls of function g: of a program's function only those into OTP
   (the emitter warns about its own calls of erlang). */
static void calls_of(Walk *w, size_t g) {
  int m;
  uint32_t f;
  locate(w, g, &m, &f);
  const IrFunction *fn = function_of(w, g);
  for (uint32_t k = 0; k < fn->n; k++) operands(w, m, g, fn->code[k].args, fn->code[k].n);
}

static void setup(Walk *w) {
  w->label_fn = xcalloc((size_t)w->n, sizeof *w->label_fn);
  w->base = xcalloc((size_t)w->n + 1, sizeof *w->base);
  size_t total = 0;
  for (int m = 0; m < w->n; m++) {
    const IrModule *ir = w->mods[m].ir;
    w->base[m] = total;
    if (ir == NULL) continue;
    total += ir->n_functions;
    w->label_fn[m] = xcalloc((size_t)ir->label_count + 1, sizeof **w->label_fn);
    for (uint32_t l = 0; l <= ir->label_count; l++) w->label_fn[m][l] = -1;
    for (uint32_t f = 0; f < ir->n_functions; f++)
      if (ir->functions[f].entry <= ir->label_count)
        w->label_fn[m][ir->functions[f].entry] = (int)f;
  }
  w->base[w->n] = total;
  w->parent = xcalloc(total, sizeof *w->parent);
  for (size_t g = 0; g < total; g++) w->parent[g] = -2;
  w->queue = xcalloc(total, sizeof *w->queue);
}

static void teardown(Walk *w) {
  for (int m = 0; m < w->n; m++) free(w->label_fn[m]);
  for (size_t i = 0; i < w->n_warned; i++) free(w->warned[i]);
  free(w->label_fn), free(w->base), free(w->parent), free(w->queue), free(w->warned);
}

int reach_warn(const ReachModule *mods, int n, FILE *out) {
  Walk w = {.mods = mods, .n = n, .out = out};
  setup(&w);
  for (int m = 0; m < n; m++)
    if (mods[m].ir && !mods[m].otp)
      for (uint32_t f = 0; f < mods[m].ir->n_functions; f++) visit(&w, w.base[m] + f, -1);
  while (w.head < w.tail) calls_of(&w, w.queue[w.head++]);
  teardown(&w);
  return w.warnings;
}
