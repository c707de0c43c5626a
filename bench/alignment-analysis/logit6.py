# The fifth round: a logistic general decision over author-independent features, leave-one-author-out
# over the six authors (items saying they are out of scope are general first, as shipped).
# python3 logit6.py DUMP lex|sem
import os, sys, math
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import general6 as g
FEATS = {
    'shipped': ['best', 'margin', 'specific', 'advice'],
    '+ section': ['best', 'margin', 'specific', 'advice', 'tip', 'mis', 'mp'],
    '+ section, z, shared': ['best', 'margin', 'specific', 'advice', 'tip', 'mis', 'mp', 'z', 'shared'],
    '+ section, z, shared, imperative, you': ['best', 'margin', 'specific', 'advice', 'tip', 'mis', 'mp', 'z', 'shared', 'imp', 'you'],
}
def fit(rs, names, l2=0.01, it=1500, lr=0.5):
    xs = [[r[n] for n in names] for r in rs]; ys = [0 if r['exp'] else 1 for r in rs]
    k = len(names); mu = [sum(x[j] for x in xs) / len(xs) for j in range(k)]
    sd = [max(1e-6, math.sqrt(sum((x[j] - mu[j]) ** 2 for x in xs) / len(xs))) for j in range(k)]
    Z = [[1.0] + [(x[j] - mu[j]) / sd[j] for j in range(k)] for x in xs]; w = [0.0] * (k + 1)
    for _ in range(it):
        gr = [0.0] * (k + 1)
        for z, y in zip(Z, ys):
            p = 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, z))))
            for j in range(k + 1): gr[j] += (p - y) * z[j]
        for j in range(k + 1): w[j] -= lr * (gr[j] / len(Z) + (l2 * w[j] if j else 0))
    return lambda r: 1 / (1 + math.exp(-(w[0] + sum(a * (r[n] - m) / s for a, n, m, s in zip(w[1:], names, mu, sd)))))
def family(names):
    def fam(train):
        rs = [r for r in train if not r['scope']]
        p = fit(rs, names)
        cut = max([0.2, 0.3, 0.4, 0.5, 0.6], key=lambda c: g.obj(g.metrics(train, lambda r: r['scope'] > 0 or p(r) >= c)))
        return lambda r: r['scope'] > 0 or p(r) >= cut
    return fam
for name, names in FEATS.items():
    g.report('logistic ' + name, family(names))
