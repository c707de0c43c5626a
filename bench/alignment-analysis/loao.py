import os, sys; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from lib import *
rows=load(sys.argv[1]); T,A,SW,MW=[float(x) for x in sys.argv[2:6]]
def listed(r):
    ev=r['best']+MW*(r['best']-r['second'])+SW*r['specific']; need=max(T,A) if r['advice'] else T
    if r['best']<=0 or ev<need: return []
    return [(c,s) for c,s in r['scores'] if s>0][:3]
for r in rows: r['listed']=listed(r)
import os
FAM=os.environ.get('FAM','')
fams={
 'raw': lambda r,i,c,s: s,
 'raw, top only': lambda r,i,c,s: s if i==0 else 0,
}
for lam in [0.25,0.5,0.75,1.0,1.25,1.5]:
    fams[f'raw - {lam} x best other']=(lambda lam: lambda r,i,c,s: s - lam*max([x for cc,x in r['scores'] if cc!=c] or [0]))(lam)
for rho in [0.6,0.75,0.9]:
    fams[f'raw, runner-up >= {rho} best']=(lambda rho: lambda r,i,c,s: s if s>=rho*r['best'] else 0)(rho)
for lam in [0.5,0.75,1.0]:
    fams[f'top only, raw - {lam} x second']=(lambda lam: lambda r,i,c,s: s - lam*r['second'] if i==0 else 0)(lam)
fams['raw / unit median best']=lambda r,i,c,s: s/max(r['umed'],1e-6)
fams['raw / unit q75 best']=lambda r,i,c,s: s/max(r['uq75'],1e-6)
fams['unit percentile of best, top only']=lambda r,i,c,s: r['pct'] if i==0 else 0
def stats(rs,fam,t):
    pr=prr=ip=0
    for r in rs:
        p=[c for i,(c,s) in enumerate(r['listed']) if fam(r,i,c,s)>=t-1e-12]
        ip+=bool(p); pr+=len(p); prr+=sum(c in r['exp'] for c in p)
    return prr,pr,ip
def fit(train, fam, crit):
    cands=sorted({fam(r,i,c,s) for r in train for i,(c,s) in enumerate(r['listed'])})
    for t in cands:
        if t<=0: continue
        ok=True
        parts=[train]+[[r for r in train if r['half']==h] for h in set(r['half'] for r in train)]
        for k,part in enumerate(parts):
            prr,pr,_=stats(part,fam,t)
            if pr==0: continue
            if not crit(prr,pr,k==0): ok=False;break
        if ok: return t
    return 9
crits={'>=90% each':lambda k,n,pool:k/n>=0.9, '>=92.5% each':lambda k,n,pool:k/n>=0.925,'>=95% each':lambda k,n,pool:k/n>=0.95,'>=97.5% each':lambda k,n,pool:k/n>=0.975,
 'Wilson95 LB>=0.9 pool, 90% each':lambda k,n,pool: (wilson(k,n)>=0.9) if pool else k/n>=0.9,
 'Wilson95 LB>=0.9 each':lambda k,n,pool: wilson(k,n)>=0.9}
pool=[r for r in rows if r['half']!='test']
for fn,fam in [(a,b) for a,b in fams.items() if FAM in a]:
  for cn,crit in crits.items():
    cells=[];worst=1;totk=totn=0;cov=[]
    for h in AUTH:
        train=[r for r in pool if r['half']!=h]; test=[r for r in pool if r['half']==h]
        t=fit(train,fam,crit); k,n,ip=stats(test,fam,t)
        cells.append(f"{NAME[h]} {100*k/max(n,1):.0f}% ({k}/{n}) cov {100*ip/len(test):.0f}%")
        if n: worst=min(worst,k/n)
        totk+=k;totn+=n;cov.append(ip/len(test))
    tall=fit(pool,fam,crit); k,n,ip=stats([r for r in rows if r['half']=='test'],fam,tall)
    kk,nn,ii=stats(pool,fam,tall)
    print(f"{fn:38s} | {cn:32s} | worst {100*worst:.0f} | " + ' | '.join(cells)+ f" | all-pool t={tall:.3f} pool {100*kk/max(nn,1):.0f}% ({kk}/{nn}) cov {100*ii/len(pool):.0f}%")
