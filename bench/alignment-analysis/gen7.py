# The sixth round (seven authors, A-G): leave-one-author-out of the listing order and of the general decision.
# python3 gen7.py LEX_DUMP FUSED_DUMP SEM_DUMP [part...]   parts: list, rrf, lexgen, semgen, curve (default all)
# The listing for unitc is (1-w) BM25 + w TF-IDF (TF-IDF recovered from the fused dump, the mean of the two);
# the general decision is always taken on BM25's (unitc) or the blend's (unitc-semantic) raw scores, as shipped.
# New features tried (besides the fifth round's): avg = the mean of the item's scores over all the unit's
# criteria (how much it matches the unit as a whole), conc = best / sum of all its scores (how much of that
# match is its best criterion), pct = the best score's rank among the synopsis's items (0 lowest, 1 highest).
import os, sys, math, collections, statistics
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
LEX, FUS, SEM = sys.argv[1:4]; parts = sys.argv[4:] or ['list', 'rrf', 'lexgen', 'semgen', 'curve']
sys.argv = [sys.argv[0], LEX, 'lex']
import general6 as g
from lib import load
AUTH, NAME = g.AUTH, g.NAME
lex = [r for r in g.rows]
fus = {(r['unit'], r['text']): dict(r['scores']) for r in load(FUS)}
sem = load(SEM)
bylex = {(r['unit'], r['text']): r for r in lex}
def derive(rows):
    bu = collections.defaultdict(list)
    for r in rows: bu[r['unit']].append(r['best'])
    for r in rows:
        xs = bu[r['unit']]; r['z'] = (r['best'] - statistics.mean(xs)) / (statistics.pstdev(xs) or 1)
        r['margin'] = r['best'] - r['second']
        o = bylex[(r['unit'], r['text'])]
        for k in ('imp', 'you', 'mp', 'tip', 'mis', 'kc', 'scope'): r[k] = o[k]
        s = [x for _, x in r['scores']]; tot = sum(s)
        r['avg'] = tot / len(s) if s else 0; r['conc'] = r['best'] / tot if tot > 0 else 1
        r['pct'] = sum(1 for x in xs if x < r['best']) / len(xs)
derive(sem); derive(lex)
for r in lex:
    f = fus[(r['unit'], r['text'])]; b = dict(r['scores'])
    r['tfidf'] = {c: max(0.0, 2 * f.get(c, 0) - b.get(c, 0)) for c in b}
    r['bm25'] = b
def order(r, w):
    return [c for c, s in sorted(((c, (1 - w) * r['bm25'][c] + w * r['tfidf'][c]) for c in r['bm25']), key=lambda x: (-x[1], x[0])) if s > 0][:3]
def metrics(rs, gen, lister):
    t1 = t3 = ci = gi = G = 0
    for r in rs:
        isg = r['best'] <= 0 or gen(r)
        if not r['exp']: gi += 1; G += isg
        else:
            ci += 1
            if not isg:
                ls = lister(r); t1 += bool(ls) and ls[0] in r['exp']; t3 += any(c in r['exp'] for c in ls)
    return (t1 / ci, t3 / ci, G / gi if gi else 1)
cell = lambda m: '/'.join(f"{100 * x:.0f}" for x in m)
pool = lambda rows: [r for r in rows if r['half'] != 'test']
def loao(rows, family, lister_family=None, name=''):
    P = pool(rows); out = []; sums = []
    for h in AUTH:
        tr = [r for r in P if r['half'] != h]; te = [r for r in P if r['half'] == h]
        gen, lister = family(tr)
        m = metrics(te, gen, lister); out.append(f"{NAME[h]} {cell(m)}"); sums.append(sum(m))
    gen, lister = family(P); m = metrics(P, gen, lister)
    print(f"| {name} | " + ' | '.join(out) + f" | {100 * sum(sums) / len(sums):.1f} | {cell(m)} |", flush=True)
    return sums
def header(what): print(f"\n| {what} | " + ' | '.join(NAME[h] for h in AUTH) + " | mean sum | fitted on all seven |\n|---|" + '---|' * (len(AUTH) + 2))
shipped_lex = lambda r: g.thresholds(*g.shipped, scope=True)(r)
LIST = lambda r: order(r, 0.5)
blend = lambda r: [c for c, s in r['scores'] if s > 0][:3]
# --- logistic ---
def fit(rs, names, l2=0.01, it=1500, lr=0.5):
    xs = [[r[n] for n in names] for r in rs]; ys = [0 if r['exp'] else 1 for r in rs]
    k = len(names); mu = [sum(x[j] for x in xs) / len(xs) for j in range(k)]
    sd = [max(1e-6, math.sqrt(sum((x[j] - mu[j]) ** 2 for x in xs) / len(xs))) for j in range(k)]
    Z = [[1.0] + [(x[j] - mu[j]) / sd[j] for j in range(k)] for x in xs]; w = [0.0] * (k + 1); n = len(Z)
    for _ in range(it):
        gr = [0.0] * (k + 1)
        for z, y in zip(Z, ys):
            t = sum(a * b for a, b in zip(w, z)); p = 1 / (1 + math.exp(-t)) - y
            for j in range(k + 1): gr[j] += p * z[j]
        for j in range(k + 1): w[j] -= lr * (gr[j] / n + (l2 * w[j] if j else 0))
    raw = [w[0] - sum(w[j + 1] * mu[j] / sd[j] for j in range(k))] + [w[j + 1] / sd[j] for j in range(k)]
    return lambda r: 1 / (1 + math.exp(-(raw[0] + sum(a * r[nm] for a, nm in zip(raw[1:], names))))), raw
F11 = ['best', 'margin', 'specific', 'advice', 'tip', 'mis', 'mp', 'z', 'shared', 'imp', 'you']
CUTS = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6]
def logistic_family(names, lister):
    def fam(tr):
        p, _ = fit([r for r in tr if not r['scope']], names)
        cut = max(CUTS, key=lambda c: sum(metrics(tr, lambda r: r['scope'] > 0 or p(r) >= c, lister)))
        return (lambda r: r['scope'] > 0 or p(r) >= cut), lister
    return fam
def grid_family(lister, extras=(lambda r: 0,)):
    grid = [(T, T + D, SW, MW, x) for T in g.Ts for D in g.Ds for SW in g.SWs for MW in g.MWs for x in extras]
    def fam(tr):
        best = max(grid, key=lambda p: sum(metrics(tr, g.thresholds(*p[:4], p[4], True), lister)))
        return g.thresholds(*best[:4], best[4], True), lister
    return fam
if 'list' in parts:
    header('unitc listing order (w = TF-IDF share), general decision as shipped')
    for w in [0, 0.25, 0.4, 0.5, 0.6, 0.75, 1]:
        loao(lex, lambda tr, w=w: (shipped_lex, lambda r: order(r, w)), name=f'w {w} fixed')
    def wfam(tr):
        w = max([0, 0.25, 0.4, 0.5, 0.6, 0.75, 1], key=lambda w: sum(metrics(tr, shipped_lex, lambda r: order(r, w))[:2]))
        return shipped_lex, (lambda r: order(r, w))
    loao(lex, wfam, name='w chosen on the six others (top-1 + top-3)')
if 'rrf' in parts:
    # The listing by reciprocal rank of BM25 and TF-IDF instead of the mean of their scores.
    def rrf(r, k):
        b = sorted(r['bm25'], key=lambda c: (-r['bm25'][c], c)); t = sorted(r['tfidf'], key=lambda c: (-r['tfidf'][c], c))
        rb = {c: i for i, c in enumerate(b)}; rt = {c: i for i, c in enumerate(t)}
        sc = {c: 1 / (k + rb[c]) + 1 / (k + rt[c]) for c in b if r['bm25'][c] > 0 or r['tfidf'][c] > 0}
        return sorted(sc, key=lambda c: (-sc[c], c))[:3]
    header('unitc listing by reciprocal rank of BM25 and TF-IDF, general decision as shipped')
    for k in [1, 2, 5, 10, 60]:
        loao(lex, lambda tr, k=k: (shipped_lex, lambda r: rrf(r, k)), name=f'RRF k {k}')
if 'lexgen' in parts:
    header('unitc general decision (listed by the mean, w 0.5)')
    loao(lex, lambda tr: (shipped_lex, LIST), name='shipped thresholds, not refitted')
    loao(lex, grid_family(LIST), name='thresholds refitted (the shipped family)')
    for f, ws in (('conc', [0.02, 0.05, 0.1]), ('avg', [0.5, 1, 2]), ('pct', [0.02, 0.05]), ('z', [0.01, 0.02, 0.05])):
        loao(lex, grid_family(LIST, [lambda r: 0] + [(lambda w, f: lambda r: -w * r[f] if f == 'conc' else w * r[f])(w, f) for w in ws]), name=f'thresholds + {f}')
    loao(lex, logistic_family(F11, LIST), name='logistic, the eleven features of GeneralModel.Semantic')
    loao(lex, logistic_family(F11 + ['avg', 'conc', 'pct'], LIST), name='logistic, eleven + avg, conc, pct')
    loao(lex, logistic_family(['best', 'margin', 'specific', 'advice', 'avg', 'conc'], LIST), name='logistic, best, margin, specific, advice, avg, conc')
if 'semgen' in parts:
    header('unitc-semantic general decision')
    W = [-1.0223, -7.8913, -6.6125, -1.9389, 1.4197, 1.2207, -0.8267, 1.3164, -1.1418, -2.0559, 0.0349, 0.4140]
    shp = lambda r: r['scope'] > 0 or 1 / (1 + math.exp(-(W[0] + sum(a * r[n] for a, n in zip(W[1:], F11))))) >= 0.3
    loao(sem, lambda tr: (shp, blend), name='GeneralModel.Semantic as shipped (fitted on A-F)')
    loao(sem, logistic_family(F11, blend), name='logistic, the eleven features, refitted')
    loao(sem, logistic_family(F11 + ['avg', 'conc', 'pct'], blend), name='logistic, eleven + avg, conc, pct')
    loao(sem, logistic_family(F11 + ['avg', 'conc'], blend), name='logistic, eleven + avg, conc')
if 'curve' in parts:
    print('\nunitc trade-off: general threshold T (advice T + 0.04, specific 0.1, margin 0) against top-3 and general; pool, then worst author')
    for T in [0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08]:
        gen = g.thresholds(T, T + 0.04, 0.1, 0, scope=True); P = pool(lex)
        per = [metrics([r for r in P if r['half'] == h], gen, LIST) for h in AUTH]
        print(f"  T {T}: pool {cell(metrics(P, gen, LIST))}; worst top-3 {100 * min(m[1] for m in per):.0f}, worst general {100 * min(m[2] for m in per):.0f}")
    print('unitc-semantic trade-off: the shipped model\'s cut against top-3 and general')
    W = [-1.0223, -7.8913, -6.6125, -1.9389, 1.4197, 1.2207, -0.8267, 1.3164, -1.1418, -2.0559, 0.0349, 0.4140]
    for cut in [0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7]:
        gen = lambda r, cut=cut: r['scope'] > 0 or 1 / (1 + math.exp(-(W[0] + sum(a * r[n] for a, n in zip(W[1:], F11))))) >= cut; P = pool(sem)
        per = [metrics([r for r in P if r['half'] == h], gen, blend) for h in AUTH]
        print(f"  cut {cut}: pool {cell(metrics(P, gen, blend))}; worst top-3 {100 * min(m[1] for m in per):.0f}, worst general {100 * min(m[2] for m in per):.0f}")
