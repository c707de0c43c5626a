import os, sys; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from lib import *
rows=load(sys.argv[1]); T,A,SW,MW=[float(x) for x in sys.argv[2:6]]
import collections
for h in AUTH:
    c=collections.Counter(); n=0
    for r in rows:
        if r['half']!=h or not r['exp']: continue
        n+=1
        ranks=[i for i,(cc,s) in enumerate(r['scores']) if cc in r['exp']]
        rk=min(ranks) if ranks else 99
        ev=r['best']+MW*(r['best']-r['second'])+SW*r['specific']; need=max(T,A) if r['advice'] else T
        gen=r['best']<=0 or ev<need
        if gen: c['made general']+=1
        elif rk<3: c['top3']+=1
        elif rk<5: c['rank 4-5']+=1
        elif rk<10: c['rank 6-10']+=1
        else: c['rank >10']+=1
        if rk>=3: c['raw outside top3 (before general)']+=1
        sameout = ranks and r['scores'][0][0].split('.')[0] in [e.split('.')[0] for e in r['exp']]
        if rk>=3 and not gen: c['  of which best is in an expected outcome']+=bool(sameout)
    print(NAME[h], n, dict(c))
