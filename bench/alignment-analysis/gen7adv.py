# The sixth round: study advice about one criterion's content. An advice word raises the bar (the advice
# threshold); here an advice item's share of words only one or two criteria use lowers it again
# (advice × specific), for unitc's thresholds and as a twelfth feature of the logistic decision; LOAO.
# python3 gen7adv.py LEX_DUMP FUSED_DUMP SEM_DUMP
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.argv = sys.argv[:4] + ['none']
import gen7 as G
for r in G.lex + G.sem: r['advspec'] = r['advice'] * r['specific']
G.header('unitc thresholds + advice × specific')
G.loao(G.lex, G.grid_family(G.LIST, [lambda r: 0] + [(lambda w: lambda r: w * r['advspec'])(w) for w in [0.05, 0.1, 0.2, 0.3]]), name='thresholds + w × advice × specific')
G.header('unitc-semantic logistic + advice × specific')
G.loao(G.sem, G.logistic_family(G.F11 + ['advspec'], G.blend), name='logistic, eleven + advice × specific')
