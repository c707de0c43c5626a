#!/usr/bin/env python3
"""Regenerates the lint lexicon in src/UnitCompiler/Lint/Lexicon/ from Debian's packages.

    apt-get install wordnet-base scowl && python3 tools/lexicon/generate.py

verbs.txt       base-form verbs: WordNet 3.0 index.verb (single words and two-word phrasal verbs,
                "hand over"), plus tools/lexicon/verbs-added.txt (trade verbs WordNet lacks)
verb-forms.txt  irregular inflections and their base (WordNet verb.exc: "led lead")
us-uk.txt       US spelling, UK spelling, and "z" where Oxford spelling accepts the US form:
                SCOWL's American-only words (sizes 10-70) paired with the British-only word that a
                known spelling change (-or/-our, -er/-re, -ize/-ise, -l/-ll, e/ae, -og/-ogue, ...)
                turns them into
"""
import os, re, shutil, sys

WORDNET = "/usr/share/wordnet"
SCOWL = "/usr/share/dict/scowl"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "src", "UnitCompiler", "Lint", "Lexicon")
SIZES = (10, 20, 35, 40, 50, 55, 60, 70)

def words(name, sizes=SIZES):
    found = set()
    for size in sizes:
        path = os.path.join(SCOWL, f"{name}.{size}")
        if os.path.exists(path):
            with open(path, encoding="latin-1") as f:
                found.update(w.strip() for w in f if w.strip().isalpha() and w.strip().islower())
    return found

def verbs():
    out = set()
    with open(os.path.join(WORDNET, "index.verb"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            lemma = line.split(" ", 1)[0]
            parts = lemma.split("_")
            if len(parts) <= 2 and all(re.fullmatch(r"[a-z][a-z-]*", p) for p in parts):
                out.add(" ".join(parts))
    with open(os.path.join(HERE, "verbs-added.txt")) as f:
        out.update(l.strip() for l in f if l.strip() and not l.startswith("#"))
    return sorted(out)

def verb_forms():
    out = []
    with open(os.path.join(WORDNET, "verb.exc"), encoding="latin-1") as f:
        for line in f:
            form, base = line.split()[:2]
            if form.isalpha() and base.isalpha():
                out.append(f"{form} {base}")
    return sorted(set(out))

# One spelling change, US -> UK. Applied at every place it fits, alone or two together.
RULES = [("or", "our"), ("ered", "red"), ("ering", "ring"), ("er", "re"), ("iz", "is"), ("yz", "ys"),
         ("l", "ll"), ("ll", "l"), ("e", "ae"), ("e", "oe"), ("og", "ogue"), ("ense", "ence"), ("um", "ium"),
         ("o", "ou"), ("gment", "gement"), ("ging", "geing"), ("gram", "gramme"), ("ay", "ey"), ("ow", "ough"),
         ("ction", "xion"), ("ax", "axe"), ("aj", "yj"), ("sk", "sc"), ("iced", "ised"), ("icing", "ising")]

VOWELS = set("aeiouy")

def changes(word):
    for a, b in RULES:
        for m in re.finditer(re.escape(a), word):
            before = word[m.start() - 1] if m.start() > 0 else ""
            after = word[m.end()] if m.end() < len(word) else ""
            # e/ae and e/oe stand between consonants (paediatric, anaemia) or open a word (oestrogen).
            if a == "e" and (before in VOWELS or after == "" or after in VOWELS):
                continue
            # -er/-re ends a word or comes before a plural: theatre(s), not "areography" for "aerography".
            if a == "er" and after not in ("", "s"):
                continue
            yield word[:m.start()] + b + word[m.end():]

def us_uk():
    american, british, oxford = words("american-words"), words("british-words"), words("british_z-words")
    american -= british
    pairs = []
    for us in sorted(american):
        one = [c for c in changes(us) if c in british]
        two = [] if one else [d for c in changes(us) for d in changes(c) if d in british]
        found = one or two
        if found:
            uk = found[0]
            pairs.append(f"{us} {uk}" + (" z" if us in oxford else ""))
    return pairs

def write(name, lines):
    with open(os.path.join(OUT, name), "w", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{name}: {len(lines)} lines", file=sys.stderr)

os.makedirs(OUT, exist_ok=True)
write("verbs.txt", verbs())
write("verb-forms.txt", verb_forms())
write("us-uk.txt", us_uk())
shutil.copyfile("/usr/share/doc/scowl/copyright", os.path.join(OUT, "SCOWL.copyright"))
