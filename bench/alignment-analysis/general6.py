# The fifth round: the general decision, leave-one-author-out over the six-author pool.
# python3 general6.py DUMP lex|sem  (DUMP from `alignment --dump` or `UnitCompiler.Semantic -- --dump`)
import os, sys, re, math, statistics, itertools; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
here = os.path.dirname(os.path.abspath(__file__))
verbs = set(l.strip().lower() for l in open(os.path.join(here, '..', '..', 'src', 'UnitCompiler', 'Lint', 'Lexicon', 'verbs.txt')) if l.strip() and not l.startswith('#'))
phrases = [l.split() for l in open(os.path.join(here, '..', '..', 'src', 'UnitCompiler', 'Guidance', 'Data', 'out-of-scope.txt')) if l.strip() and not l.startswith('#')]
def _match(w, p, i, j=0):
    if j == len(p): return True
    if i >= len(w): return False
    if p[j] == '*': return any(_match(w, p, i + k, j + 1) for k in range(5))
    return w[i] == p[j] and _match(w, p, i + 1, j + 1)
def out_of_scope(text):
    w = re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "").replace("'", ""))
    return any(_match(w, p, i) for p in phrases for i in range(len(w)))
rows = load(sys.argv[1]); lex = sys.argv[2] in ('lex', 'fused'); fused = sys.argv[2] == 'fused'
pool = [r for r in rows if r['half'] != 'test']
byunit = collections.defaultdict(list)
for r in rows: byunit[r['unit']].append(r['best'])
for r in rows:
    xs = byunit[r['unit']]; mu = statistics.mean(xs); sd = statistics.pstdev(xs) or 1
    r['z'] = (r['best'] - mu) / sd
    r['margin'] = r['best'] - r['second']
    w = re.findall(r"[a-z']+", r['text'].lower())
    r['imp'] = float(bool(w) and w[0] in verbs)
    r['you'] = float(any(x in ('you', 'your', 'yourself') for x in w))
    r['mp'] = float(r['section'] == 'marking_points')
    r['kc'] = float(r['section'] == 'key_concepts')
    r['tip'] = float(r['section'] == 'exam_tips')
    r['mis'] = float(r['section'] == 'misconceptions')
    r['scope'] = float(out_of_scope(r['text']))
def listed(r): return [c for c, s in r['scores'] if s > 0][:3]
def metrics(rs, gen):
    t1 = t3 = ci = gi = g = 0
    for r in rs:
        G = r['best'] <= 0 or gen(r)
        if not r['exp']: gi += 1; g += G
        else:
            ci += 1
            if not G:
                ls = listed(r); t1 += ls[0] in r['exp']; t3 += any(c in r['exp'] for c in ls)
    return t1 / ci, t3 / ci, g / gi
def obj(m): return sum(m)
def cell(m): return '/'.join(f"{100*x:.0f}" for x in m)
def thresholds(T, A, SW, MW, extra=lambda r: 0, scope=False):
    return lambda r: (scope and r['scope'] > 0) or r['best'] + MW * r['margin'] + SW * r['specific'] + extra(r) < (max(T, A) if r['advice'] else T)
def report(name, family):
    # family(train rows) -> gen function fitted on them
    out = []; tot = [0, 0, 0]
    for h in AUTH:
        train = [r for r in pool if r['half'] != h]; test = [r for r in pool if r['half'] == h]
        m = metrics(test, family(train)); out.append(f"{NAME[h]} {cell(m)}")
    fall = family(pool); m = metrics(pool, fall)
    worstg = min(metrics([r for r in pool if r['half'] == h], family([r for r in pool if r['half'] != h]))[2] for h in AUTH)
    print(f"{name:60s} LOAO: " + ' | '.join(out) + f" || pool fit: {cell(m)}", flush=True)
if lex:
    Ts = [0, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.1]; Ds = [0, 0.02, 0.04, 0.06, 0.1]; SWs = [0, 0.1, 0.2]; MWs = [0, 0.5]
    shipped = (0.04, 0.08, 0.1, 0)
    if fused: Ts = [0, 0.03, 0.05, 0.06, 0.07, 0.08, 0.1, 0.12, 0.15]; Ds = [0, 0.03, 0.06, 0.1]
else:
    Ts = [0.1, 0.125, 0.15, 0.175, 0.2, 0.225, 0.25]; Ds = [0, 0.025, 0.05, 0.1]; SWs = [0, 0.2, 0.3]; MWs = [0, 0.5]
    shipped = (0.175, 0.225, 0.3, 0.5)
def grid_family(extras, scope=False):
    grid = [(T, T + D, SW, MW, x) for T in Ts for D in Ds for SW in SWs for MW in MWs for x in extras]
    def fam(train):
        best = max(grid, key=lambda p: obj(metrics(train, thresholds(*p[:4], p[4], scope))))
        return thresholds(*best[:4], best[4], scope)
    return fam
if __name__ == '__main__':
    print('shipped, per author:', ' | '.join(f"{NAME[h]} {cell(metrics([r for r in pool if r['half']==h], thresholds(*shipped)))}" for h in AUTH), '|| pool', cell(metrics(pool, thresholds(*shipped))))
    print('nothing general   :', ' | '.join(f"{NAME[h]} {cell(metrics([r for r in pool if r['half']==h], lambda r: False))}" for h in AUTH))
    report('thresholds refitted (shipped family)', grid_family([lambda r: 0]))
    print('shipped + out-of-scope phrase is general:', ' | '.join(f"{NAME[h]} {cell(metrics([r for r in pool if r['half']==h], thresholds(*shipped, scope=True)))}" for h in AUTH), '|| pool', cell(metrics(pool, thresholds(*shipped, scope=True))))
    report('thresholds refitted + out-of-scope phrase is general', grid_family([lambda r: 0], True))
    ws = [0.02, 0.05, 0.1] if lex else [0.02, 0.05, 0.1, 0.2]
    report('+ scope, + exam tip needs more', grid_family([lambda r: 0] + [(lambda w: lambda r: -w * r['tip'])(w) for w in ws], True))
    report('+ scope, + misconception needs less', grid_family([lambda r: 0] + [(lambda w: lambda r: w * r['mis'])(w) for w in ws], True))
    report('+ scope, + marking point needs less', grid_family([lambda r: 0] + [(lambda w: lambda r: w * r['mp'])(w) for w in ws], True))
    report('+ scope, + z', grid_family([lambda r: 0] + [(lambda w: lambda r: w * r['z'])(w) for w in ws], True))
    for name, f in [('z within synopsis', 'z'), ('marking point', 'mp'), ('shared with unit', 'shared'), ('imperative', 'imp')]:
        ws = [0.02, 0.05, 0.1] if lex else [0.02, 0.05, 0.1, 0.2]
        if f == 'imp': ws = [-w for w in ws]
        report(f'+ {name}', grid_family([lambda r: 0] + [(lambda w, f: lambda r: w * r[f])(w, f) for w in ws]))
