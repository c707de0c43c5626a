import os, sys,re,itertools; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from lib import *
verbs=set(l.strip().lower() for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..','src')+'/UnitCompiler/Lint/Lexicon/verbs.txt') if l.strip() and not l.startswith('#'))
rows=load(sys.argv[1]); pool=[r for r in rows if r['half']!='test']
for r in rows:
    w=re.findall(r"[a-z']+",r['text'].lower())
    r['imp2']= bool(w) and w[0] in verbs and any(x in ('you','your','yourself') for x in w)
    r['second2']= any(x in ('you','your','yourself') for x in w)
def metrics(rs,T,A,SW,MW,SH,adv):
    t1=t3=ci=gi=g=0
    for r in rs:
        ev=r['best']+MW*(r['best']-r['second'])+SW*r['specific']+SH*r['shared']
        a=adv(r)
        need=max(T,A) if a else T
        gen=r['best']<=0 or ev<need
        if not r['exp']: gi+=1; g+=gen
        else:
            ci+=1
            if not gen:
                ls=[c for c,s in r['scores'] if s>0][:3]
                t1+=ls[0] in r['exp']; t3+=any(c in r['exp'] for c in ls)
    return t1/ci,t3/ci,g/gi
lex=len(sys.argv)>2 and sys.argv[2]=='lex'
Ts=[0,0.02,0.03,0.04,0.05,0.06,0.08,0.1] if lex else [0.1,0.125,0.15,0.175,0.2,0.225,0.25]
Ds=[0,0.02,0.04,0.06,0.1] if lex else [0,0.025,0.05,0.1]
SWs=[0,0.1,0.2] if lex else [0,0.2,0.3]
MWs=[0,0.5]
SHs=[0,0.05] if lex else [0,0.1]
advs={'words':lambda r:r['advice'],'words|imperative+you':lambda r:r['advice'] or r['imp2'],'words|you':lambda r:r['advice'] or r['second2']}
for an,adv in advs.items():
  for shs in ([0],SHs):
    grid=[(T,T+D,SW,MW,SH) for T in Ts for D in Ds for SW in SWs for MW in MWs for SH in shs]
    out=[]
    for h in AUTH:
        train=[r for r in pool if r['half']!=h]; test=[r for r in pool if r['half']==h]
        best=max(grid,key=lambda p: sum(metrics(train,*p,adv)))
        m=metrics(test,*best,adv)
        out.append(f"{NAME[h]} {100*m[0]:.0f}/{100*m[1]:.0f}/{100*m[2]:.0f}")
    bp=max(grid,key=lambda p: sum(metrics(pool,*p,adv)))
    parts=' '.join(f"{NAME[h]} "+'/'.join(f"{100*x:.0f}" for x in metrics([r for r in pool if r['half']==h],*bp,adv)) for h in AUTH)
    print(f"{an:22s} shared={'yes' if len(shs)>1 else 'no ':3s} LOAO: "+' | '.join(out)+f" || pool fit {bp}: {parts}")
