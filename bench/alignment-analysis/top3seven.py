# The sixth round: every pool item whose expected criteria are not in the top three (after the shipped general
# decision), grouped by cause, per author; and the same for the first place.
# python3 top3seven.py LEX_DUMP FUSED_DUMP SEM_DUMP [--list]
# Causes, each miss counted once, in this order: made general although it serves a criterion; then, for an item
# ranked 4th or lower (or, for top-1, second or lower): its note names a sub-item or key term; it serves
# criteria of two or more outcomes (outcome-level); the first listed criterion is in an expected criterion's
# outcome (label-side ambiguity: a sibling); no expected criterion shares a word with it (score 0); other.
import os, sys, re, collections, math
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.argv = [sys.argv[0], sys.argv[1], 'lex'] + sys.argv[2:]
import general6 as g
here = os.path.dirname(os.path.abspath(__file__))
tf = os.path.join(here, '..', '..', 'tests', 'UnitCompiler.Tests', 'TestFiles')
notes = {}
for d in os.listdir(tf):
    if d.startswith('alignment') and os.path.exists(os.path.join(tf, d, 'labels.tsv')):
        for i, l in enumerate(open(os.path.join(tf, d, 'labels.tsv'), encoding='utf-8')):
            f = l.rstrip('\n').split('\t')
            if i and len(f) > 4: notes[(f[0], f[1], int(f[2]))] = f[4]
def index_of(path):
    out = {}
    for i, l in enumerate(open(path, encoding='utf-8')):
        if i: f = l.split('\t'); out[(f[1], f[11].rstrip('\n'))] = int(f[3])
    return out
idx = index_of(sys.argv[1])
fused = {(r['unit'], r['text']): r['scores'] for r in g.load(sys.argv[3])}
sem = g.load(sys.argv[4]); showlist = '--list' in sys.argv
W = [-1.0223, -7.8913, -6.6125, -1.9389, 1.4197, 1.2207, -0.8267, 1.3164, -1.1418, -2.0559, 0.0349, 0.4140]
FN = ['best', 'margin', 'specific', 'advice', 'tip', 'mis', 'mp', 'z', 'shared', 'imp', 'you']
def semgen(r): return r['scope'] > 0 or 1 / (1 + math.exp(-(W[0] + sum(a * r[n] for a, n in zip(W[1:], FN))))) >= 0.3
# the semantic dump's items get general6's derived features too
import statistics
bu = collections.defaultdict(list)
for r in sem: bu[r['unit']].append(r['best'])
lexrow = {(r['unit'], r['text']): r for r in g.rows}
for r in sem:
    xs = bu[r['unit']]; r['z'] = (r['best'] - statistics.mean(xs)) / (statistics.pstdev(xs) or 1)
    r['margin'] = r['best'] - r['second']; o = lexrow[(r['unit'], r['text'])]
    for k in ('imp', 'you', 'mp', 'tip', 'mis', 'kc', 'scope'): r[k] = o[k]
SUB = re.compile(r'\b\d+\.\d+[a-z]|\bterm\b|\b\d+\.\d+(i|ii|iii|iv|v)\b')
oc = lambda c: c.split('.')[0]
def cause(r, scores, general, k):
    if general: return 'made general'
    ranks = [i for i, (c, s) in enumerate(scores) if c in r['exp'] and s > 0]
    if ranks and min(ranks) < k: return None
    note = notes.get((r['unit'], r['section'], idx[(r['unit'], r['text'])]), '')
    if SUB.search(note): return 'sub-item or key term'
    if len(set(map(oc, r['exp']))) > 1: return 'outcome-level (criteria of several outcomes)'
    if scores and oc(scores[0][0]) in map(oc, r['exp']): return 'sibling first (label-side ambiguity)'
    if all(s <= 0 for c, s in scores if c in r['exp']): return 'no shared word'
    return 'other'
progs = {
    'unitc': [(r, fused[(r['unit'], r['text'])], r['best'] <= 0 or g.thresholds(*g.shipped, scope=True)(r)) for r in g.pool],
    'unitc-semantic': [(r, r['scores'], r['best'] <= 0 or semgen(r)) for r in sem if r['half'] != 'test'],
}
for k, what in ((3, 'top-3'), (1, 'top-1')):
    for name, items in progs.items():
        print(f'\n{what} misses, {name} (made general: of which the right criterion would be in the top {k} if listed)')
        total = collections.Counter(); per = {}
        for h in g.AUTH:
            c = collections.Counter()
            for r, scores, G in items:
                if r['half'] != h or not r['exp']: continue
                c['items'] += 1
                why = cause(r, scores, G, k)
                if why is None: continue
                c['miss'] += 1; c[why] += 1
                if why == 'made general':
                    ranks = [i for i, (cc, s) in enumerate(scores) if cc in r['exp'] and s > 0]
                    c['  would be in'] += bool(ranks) and min(ranks) < k
                    c['  advice word'] += r['advice']; c['  exam tip'] += r['section'] == 'exam_tips'
                    c['  sub-item/term'] += bool(SUB.search(notes.get((r['unit'], r['section'], idx[(r['unit'], r['text'])]), '')))
                if showlist: print(f"  {g.NAME[h]} {why:40s} exp {','.join(r['exp']):10s} listed {','.join(c2 for c2, s in scores[:3])} | {r['text'][:110]}")
            per[h] = c; total.update(c)
        keys = ['items', 'miss', 'made general', '  would be in', '  advice word', '  exam tip', '  sub-item/term', 'sub-item or key term', 'outcome-level (criteria of several outcomes)', 'sibling first (label-side ambiguity)', 'no shared word', 'other']
        print('| cause | ' + ' | '.join(g.NAME[h] for h in g.AUTH) + ' | pool |')
        for key in keys: print(f'| {key.strip()} | ' + ' | '.join(str(per[h][key]) for h in g.AUTH) + f' | {total[key]} |')
