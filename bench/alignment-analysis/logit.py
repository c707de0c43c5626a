import os, sys,re,math; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from lib import *
verbs=set(l.strip().lower() for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..','src')+'/UnitCompiler/Lint/Lexicon/verbs.txt') if l.strip() and not l.startswith('#'))
rows=load(sys.argv[1]); pool=[r for r in rows if r['half']!='test']
T,A,SW,MW=[float(x) for x in sys.argv[2:6]]
def X(r):
    w=re.findall(r"[a-z']+",r['text'].lower())
    you=any(x in ('you','your','yourself') for x in w)
    imp=bool(w) and w[0] in verbs
    return [1,r['best'],r['best']-r['second'],r['specific'],r['shared'],r['advice'],float(you),float(imp and you)]
def fit(rs,l2=0.01,it=3000,lr=0.5):
    xs=[X(r) for r in rs]; ys=[0 if r['exp'] else 1 for r in rs]
    # standardise
    k=len(xs[0]); mu=[sum(x[j] for x in xs)/len(xs) for j in range(k)]; sd=[max(1e-6,math.sqrt(sum((x[j]-mu[j])**2 for x in xs)/len(xs))) for j in range(k)]
    mu[0]=0;sd[0]=1
    Z=[[ (x[j]-mu[j])/sd[j] for j in range(k)] for x in xs]
    w=[0.0]*k
    for _ in range(it):
        g=[0.0]*k
        for z,y in zip(Z,ys):
            p=1/(1+math.exp(-sum(a*b for a,b in zip(w,z))))
            for j in range(k): g[j]+=(p-y)*z[j]
        for j in range(k): w[j]-=lr*(g[j]/len(Z)+ (l2*w[j] if j else 0))
    return lambda r: 1/(1+math.exp(-sum(a*(b-m)/s for a,b,m,s in zip(w,X(r),mu,sd))))
def metrics(rs,prob,cut):
    t1=t3=ci=gi=g=0
    for r in rs:
        gen= r['best']<=0 or prob(r)>=cut
        if not r['exp']: gi+=1; g+=gen
        else:
            ci+=1
            if not gen:
                ls=[c for c,s in r['scores'] if s>0][:3]; t1+=ls[0] in r['exp']; t3+=any(c in r['exp'] for c in ls)
    return t1/ci,t3/ci,g/gi
out=[]
for h in AUTH:
    train=[r for r in pool if r['half']!=h]; test=[r for r in pool if r['half']==h]
    prob=fit(train)
    cut=max([0.2,0.3,0.4,0.5,0.6],key=lambda c: sum(metrics(train,prob,c)))
    m=metrics(test,prob,cut); out.append(f"{NAME[h]} {100*m[0]:.0f}/{100*m[1]:.0f}/{100*m[2]:.0f} (cut {cut})")
print('logistic LOAO:', ' | '.join(out))
