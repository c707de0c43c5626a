# The fifth round: where expected criteria fall outside the top three on the six-author pool, after the
# shipped general decision (out-of-scope items general), by cause.
# python3 top3six.py DUMP lex|sem [ORDER_DUMP]   (MODEL=bias,w1,...: the logistic decision instead of the thresholds)  (ORDER_DUMP: list in that dump's order, decide on DUMP's scores)
import os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import general6 as g
rows = g.pool
if len(sys.argv) > 3:
    other = {(r['unit'], r['text']): r['scores'] for r in g.load(sys.argv[3])}
    for r in rows: r['scores'] = other[(r['unit'], r['text'])]
gen = g.thresholds(*g.shipped, scope=True)
if os.environ.get('MODEL'):
    # the shipped GeneralModel.Semantic weights (fit6.py), bias first
    import math
    w = [float(x) for x in os.environ['MODEL'].split(',')]; names = ['best', 'margin', 'specific', 'advice', 'tip', 'mis', 'mp', 'z', 'shared', 'imp', 'you']
    gen = lambda r: r['scope'] > 0 or 1 / (1 + math.exp(-(w[0] + sum(a * r[n] for a, n in zip(w[1:], names))))) >= float(os.environ.get('CUT', '0.3'))
outcome = lambda c: c.split('.')[0]
total = collections.Counter()
for h in g.AUTH:
    c = collections.Counter(); n = 0
    for r in rows:
        if r['half'] != h or not r['exp']: continue
        n += 1
        ranks = [i for i, (cc, s) in enumerate(r['scores']) if cc in r['exp']]
        rk = min(ranks) if ranks else 99
        if r['best'] <= 0 or gen(r):
            c['made general'] += 1
            c['  of which rank 1-3 if listed'] += rk < 3
            c['  of which advice word'] += r['advice']
            c['  of which exam tip'] += r['section'] == 'exam_tips'
            continue
        if rk < 3: c['top 3'] += 1; continue
        c['ranked 4th or lower'] += 1
        c['  best in an expected outcome (sibling)'] += outcome(r['scores'][0][0]) in map(outcome, r['exp'])
        c['  expected criterion scores 0 (no shared word)'] += all(s <= 0 for cc, s in r['scores'] if cc in r['exp'])
        c['  rank 4-5'] += rk < 5
    print(g.NAME[h], n, dict(c)); total.update(c)
print('all', dict(total))
