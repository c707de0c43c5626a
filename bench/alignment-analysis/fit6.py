# The fifth round: the semantic general decision's logistic model fitted on the whole six-author pool
# (what ships), its weights in raw feature units, and each author's part at that fit.
# python3 fit6.py DUMP sem
import os, sys, math
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import general6 as g
import logit6
names = logit6.FEATS['+ section, z, shared, imperative, you']
rs = [r for r in g.pool if not r['scope']]
xs = [[r[n] for n in names] for r in rs]; ys = [0 if r['exp'] else 1 for r in rs]
k = len(names); mu = [sum(x[j] for x in xs) / len(xs) for j in range(k)]
sd = [max(1e-6, math.sqrt(sum((x[j] - mu[j]) ** 2 for x in xs) / len(xs))) for j in range(k)]
Z = [[1.0] + [(x[j] - mu[j]) / sd[j] for j in range(k)] for x in xs]; w = [0.0] * (k + 1)
for _ in range(1500):
    gr = [0.0] * (k + 1)
    for z, y in zip(Z, ys):
        p = 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, z))))
        for j in range(k + 1): gr[j] += (p - y) * z[j]
    for j in range(k + 1): w[j] -= 0.5 * (gr[j] / len(Z) + (0.01 * w[j] if j else 0))
raw = [w[0] - sum(w[j + 1] * mu[j] / sd[j] for j in range(k))] + [w[j + 1] / sd[j] for j in range(k)]
prob = lambda r: 1 / (1 + math.exp(-(raw[0] + sum(a * r[n] for a, n in zip(raw[1:], names)))))
cut = max([0.2, 0.3, 0.4, 0.5, 0.6], key=lambda c: g.obj(g.metrics(g.pool, lambda r: r['scope'] > 0 or prob(r) >= c)))
print('features', names)
print('raw weights (bias first):', ', '.join(f"{x:.4f}" for x in raw), '; cut', cut)
gen = lambda r: r['scope'] > 0 or prob(r) >= cut
print('pool', g.cell(g.metrics(g.pool, gen)), '|', ' | '.join(f"{g.NAME[h]} {g.cell(g.metrics([r for r in g.pool if r['half']==h], gen))}" for h in g.AUTH))
test = [r for r in g.rows if r['half'] == 'test']
for r in test: r.setdefault('scope', 0.0)
