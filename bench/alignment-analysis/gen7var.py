# The sixth round: variants of unitc's logistic general decision (L2 penalty, feature sets), leave-one-author-out.
# python3 gen7var.py LEX_DUMP FUSED_DUMP SEM_DUMP
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.argv = sys.argv[:4] + ['none']
import gen7 as G
P = G.pool(G.lex)
VARS = [
    ('fourteen, L2 0.1', G.F11 + ['avg', 'conc', 'pct'], 0.1),
    ('fourteen without opening verb and you, L2 0.01', ['best', 'margin', 'specific', 'advice', 'tip', 'mis', 'mp', 'z', 'shared', 'avg', 'conc', 'pct'], 0.01),
    ('eleven + avg, L2 0.01', G.F11 + ['avg'], 0.01),
]
for name, names, l2 in VARS:
    out = []; sums = []
    for h in G.AUTH + ['all']:
        tr = [r for r in P if r['half'] != h]; te = [r for r in P if r['half'] == h] if h != 'all' else P
        p, raw = G.fit([r for r in tr if not r['scope']], names, l2=l2)
        cut = max(G.CUTS, key=lambda c: sum(G.metrics(tr, lambda r: r['scope'] > 0 or p(r) >= c, G.LIST)))
        m = G.metrics(te, lambda r: r['scope'] > 0 or p(r) >= cut, G.LIST)
        out.append(f"{G.NAME.get(h, 'all seven')} {G.cell(m)}")
        if h != 'all': sums.append(sum(m))
    print(f"| lex, logistic {name} | " + ' | '.join(out) + f" | {100 * sum(sums) / len(sums):.1f} |", flush=True)
