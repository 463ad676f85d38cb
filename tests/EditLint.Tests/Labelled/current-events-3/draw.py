#!/usr/bin/env python3
"""Draws a third news sample for EL2001 from Wikipedia's Current events portal, 2025-2026, sealed whole (stdlib only;
EditLint is not used).

Source and reading: ../current-events/draw.py's (github.com/fordred/wikinews at commit
0441f5273b8763fa543a6148b97efbbbae37b371, docs/_posts/*-index.md; English Wikipedia, Portal:Current events, CC BY-SA
4.0), imported unchanged, as is its criterion. The sentences of every labelled set are left out, the first Current
events sample's among them. Drawn after the rule had been tuned on the whole of the first sample: every candidate left
(all of them, 91) and others at random (seed 20261206) up to 200, shuffled. Not split: the whole sample is scored once.
Usage: draw.py POSTS_DIR > unlabelled.tsv   (columns: day, sentence)
"""
import glob, importlib.util, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import sampling  # noqa: E402

SEED = 20261207
SIZE = 300


def first_draw():
    """../current-events/draw.py as a module, without running its main()."""
    path = os.path.join(HERE, '..', 'current-events', 'draw.py')
    source = open(path, encoding='utf-8').read().rsplit('\nmain()', 1)[0]
    module = type(sys)('current_events_draw')
    module.__file__ = path
    exec(compile(source, path, 'exec'), module.__dict__)
    return module


def main():
    first = first_draw()
    seen, taken, pool = sampling.used_sentences(exclude=('EL2001.current3',)), set(), []
    for path in sorted(glob.glob(os.path.join(sys.argv[1], '*-index.md'))):
        day = os.path.basename(path)[:10]
        for item in first.items(path):
            for s in first.sentences(item):
                if first.nwords(s) >= 6 and s not in seen and s not in taken:
                    taken.add(s)
                    pool.append((day, s))
    candidates = [x for x in pool if first.candidate(x[1])]
    rest = [x for x in pool if not first.candidate(x[1])]
    rng = random.Random(SEED)
    chosen = rng.sample(candidates + rest, SIZE)
    rng.shuffle(chosen)
    print(f'# {len(pool)} unused sentences of 6+ words ({len(candidates)} candidates), {SIZE} taken at random, seed {SEED}',
          file=sys.stderr)
    print('# day\tsentence (Wikipedia, Portal:Current events, CC BY-SA 4.0; drawn by draw.py)')
    for day, s in chosen:
        print(f'{day}\t{s}')


main()
