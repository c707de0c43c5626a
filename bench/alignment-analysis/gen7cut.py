# The sixth round: the logistic general decision with its cut chosen under a floor on general advice.
# python3 gen7cut.py LEX_DUMP FUSED_DUMP SEM_DUMP lex|sem
# Per held-out author the model is fitted once on the six others; then each cut rule picks the cut on them:
# "sum" the best top-1 + top-3 + general (the fifth round's rule); "floor A" the best top-1 + top-3 with every
# training author's general >= 80 %; "floor P" the best top-1 + top-3 with the training pool's general >= 85 %.
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
which = sys.argv[4]; sys.argv = sys.argv[:4] + ['none']
import gen7 as G
rows = G.lex if which == 'lex' else G.sem
lister = G.LIST if which == 'lex' else G.blend
P = G.pool(rows)
CUTS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7]
def rules(tr, p):
    def gen(c): return lambda r: r['scope'] > 0 or p(r) >= c
    auth = sorted(set(r['half'] for r in tr))
    ms = {c: G.metrics(tr, gen(c), lister) for c in CUTS}
    per = {c: [G.metrics([r for r in tr if r['half'] == h], gen(c), lister)[2] for h in auth] for c in CUTS}
    out = {'sum': max(CUTS, key=lambda c: sum(ms[c]))}
    ok = [c for c in CUTS if min(per[c]) >= 0.8]; out['floor A'] = max(ok, key=lambda c: ms[c][0] + ms[c][1]) if ok else min(CUTS)
    ok = [c for c in CUTS if ms[c][2] >= 0.85]; out['floor P'] = max(ok, key=lambda c: ms[c][0] + ms[c][1]) if ok else min(CUTS)
    return out, gen
FEATS = {'eleven': G.F11, 'eleven + avg, conc, pct': G.F11 + ['avg', 'conc', 'pct']}
for name, names in FEATS.items():
    cells = {k: [] for k in ('sum', 'floor A', 'floor P')}; sums = {k: [] for k in cells}
    for h in G.AUTH + ['all']:
        tr = [r for r in P if r['half'] != h]; te = [r for r in P if r['half'] == h] if h != 'all' else P
        p, raw = G.fit([r for r in tr if not r['scope']], names)
        chosen, gen = rules(tr, p)
        for k, c in chosen.items():
            m = G.metrics(te, gen(c), lister)
            cells[k].append(f"{G.NAME.get(h, 'all seven')} {G.cell(m)} (cut {c})")
            if h != 'all': sums[k].append(sum(m))
        if h == 'all': print(f"{which} {name}: raw weights (bias first) " + ', '.join(f"{x:.4f}" for x in raw), flush=True)
    for k in cells:
        print(f"| {which}, logistic {name}, cut by {k} | " + ' | '.join(cells[k]) + f" | {100 * sum(sums[k]) / len(sums[k]):.1f} |", flush=True)
