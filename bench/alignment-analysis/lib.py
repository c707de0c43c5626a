import math, collections
AUTH = ['tuning','heldout','heldout2','heldout3','heldout4','heldout5','heldout6']
NAME = dict(zip(AUTH,'ABCDEFG'))
def load(path):
    rows=[]
    for i,l in enumerate(open(path, encoding='utf-8')):
        if i==0: continue
        f=l.rstrip('\n').split('\t')
        sc=[(x.split(':')[0], float(x.split(':')[1])) for x in f[10].split(';') if x]
        sc.sort(key=lambda x:(-x[1], x[0]))
        rows.append(dict(half=f[0],unit=f[1],section=f[2],exp=[] if f[4]=='general' else f[4].split(','),
            words=int(f[5]),advice=int(f[6]),specific=float(f[7]),shared=float(f[8]),first=f[9],scores=sc,text=f[11]))
    # per-unit distribution of best scores
    byunit=collections.defaultdict(list)
    for r in rows: byunit[r['unit']].append(r['scores'][0][1] if r['scores'] else 0)
    for r in rows:
        b=r['scores'][0][1] if r['scores'] else 0
        xs=sorted(byunit[r['unit']])
        r['best']=b; r['second']=r['scores'][1][1] if len(r['scores'])>1 else 0
        r['pct']=sum(1 for x in xs if x<b)/len(xs)
        r['umed']=xs[len(xs)//2]; r['uq75']=xs[int(len(xs)*0.75)]
    return rows
def wilson(k,n,z=1.645):
    if n==0: return 1.0
    p=k/n; d=1+z*z/n
    return (p+z*z/(2*n)-z*math.sqrt(p*(1-p)/n+z*z/(4*n*n)))/d
