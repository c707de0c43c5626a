#!/usr/bin/env python3
"""Prints up to N inputs of afl-cmin's output that add the most coverage to the committed corpus.

usage: tools/fuzz/pick.py TARGET N   (after tools/fuzz/run.sh pick, which runs afl-cmin first)

Greedy set cover over afl-showmap's edge tuples: each pick is the input adding the most tuples not
yet covered by the corpus and the earlier picks (the smaller file on a tie). Inputs over 4 KB are
left out: AFL works best from small seeds.
"""
import glob
import os
import shutil
import subprocess
import sys
import tempfile

target, count = sys.argv[1], int(sys.argv[2])
root = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
work = os.path.join(root, 'artifacts', 'fuzz', target)
corpus = glob.glob(os.path.join(root, 'tests', 'UnitCompiler.Fuzz', 'corpus', target, '*'))
candidates = [p for p in glob.glob(os.path.join(work, 'cmin', '*')) if os.path.getsize(p) <= 4096]

# Directory mode: SharpFuzz needs afl-showmap's fork server, which single-file mode does not start.
inputs, maps = tempfile.mkdtemp(), tempfile.mkdtemp()
names = {}
for i, path in enumerate(corpus + candidates):
    name = f'f{i:05d}'
    shutil.copy(path, os.path.join(inputs, name))
    names[name] = path
dotnet = os.path.realpath(shutil.which('dotnet'))
env = dict(os.environ, AFL_SKIP_BIN_CHECK='1', AFL_NO_AFFINITY='1')
subprocess.run(['afl-showmap', '-q', '-t', '10000', '-m', 'none', '-i', inputs, '-o', maps, '--',
                dotnet, os.path.join(work, 'bin', 'UnitCompiler.Fuzz.dll'), target],
               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)


def tuples(name):
    path = os.path.join(maps, name)
    return {line.split(':')[0] for line in open(path)} if os.path.exists(path) else set()


covered = set().union(*(tuples(n) for n, p in names.items() if p in corpus))
gains = {p: tuples(n) - covered for n, p in names.items() if p not in corpus}
print(f'{target}: corpus covers {len(covered)} tuples; {len(gains)} candidates add {len(set().union(*gains.values()))}')
picked = set()
for _ in range(count):
    if not gains:
        break
    best = max(gains, key=lambda p: (len(gains[p] - picked), -os.path.getsize(p)))
    gain = len(gains.pop(best) - picked)
    if gain == 0:
        break
    picked |= tuples(next(n for n, p in names.items() if p == best)) - covered
    print(f'+{gain}\t{os.path.getsize(best)} B\t{best}')
print(f'{target}: picks add {len(picked)} tuples')
shutil.rmtree(inputs)
shutil.rmtree(maps)
