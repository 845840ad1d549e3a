#!/usr/bin/env python3
"""How often the speaker shown is right, by the confidence Saywho gives it.

Runs `saywho --extract` on the PolNeAR splits and, for each annotated attribution with a named
source that Saywho found, puts the found quote's confidence into a band and counts whether the
speaker shown is the annotated one (the same check as eval_polnear.py's named-speaker accuracy,
whose functions it reuses). Prints a Markdown table.

  tools/confidence-bands.py [--binary build/app/saywho] [--split polnear-train,polnear-dev]
"""
import argparse, glob, importlib.util, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, '..', '..', 'shared'))
BANDS = [(0.0, 0.0001, 'no speaker (0)'), (0.0001, 0.6, 'below 0.6'), (0.6, 0.65, '0.6 – 0.65'),
         (0.65, 0.75, '0.65 – 0.75'), (0.75, 0.9, '0.75 – 0.9'), (0.9, 1.01, '0.9 – 1')]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--binary', default=os.path.join(HERE, '..', 'build', 'app', 'saywho'))
    ap.add_argument('--split', default='polnear-train,polnear-dev')
    ap.add_argument('--shared', default=SHARED, help='the folder holding tools/eval_polnear.py and corpora/')
    ap.add_argument('--low', type=float, default=0.6, help="Saywho's threshold (Extraction::LowConfidence) for an unsure attribution")
    args = ap.parse_args()
    spec = importlib.util.spec_from_file_location('eval_polnear', os.path.join(args.shared, 'tools', 'eval_polnear.py'))
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)

    paths = sorted(p for s in args.split.split(',') for p in
                   glob.glob(os.path.join(args.shared, 'corpora', s, 'text', '*.txt')))

    def one(path):
        base = os.path.splitext(os.path.basename(path))[0]
        anns = sorted(glob.glob(os.path.join(os.path.dirname(os.path.dirname(path)), 'attributions', base + '_*.ann')))
        text = open(path, encoding='utf-8').read()
        gold = ev.load_gold(anns[0], text) if anns else []
        out = subprocess.run([args.binary, '--extract', path], capture_output=True, timeout=60)
        res = json.loads(out.stdout.decode('utf-8'))
        names = {s['id']: s['name'] for s in res.get('speakers', [])}
        quotes = res.get('quotes', [])
        located = ev.locate([(q.get('text', ''), i) for i, q in enumerate(quotes)], text)
        rows = []
        for g in gold:
            if not ev.named_source(g['src']):
                continue
            hits = [p for p in located if p and ev.overlap(p[0], p[1], g['spans'])
                    >= 0.5 * min(p[1] - p[0], sum(y - x for x, y in g['spans']))]
            if not hits:
                continue
            best = max(hits, key=lambda p: quotes[p[2]].get('confidence', 0))
            q = quotes[best[2]]
            rows.append((round(q.get('confidence', 0), 4), ev.name_ok(names.get(q.get('speaker')), g['src'])))
        return rows

    with ThreadPoolExecutor(os.cpu_count() or 2) as ex:
        rows = [r for rs in ex.map(one, paths) for r in rs]
    if os.environ.get('SAYWHO_BANDS_RAW'):
        from collections import Counter
        for c, n in sorted(Counter(c for c, _ in rows).items()):
            print(c, n, sum(ok for cc, ok in rows if cc == c) / n, file=sys.stderr)
    print(f'| confidence | attributions | share with the right speaker |')
    print('|---|---|---|')
    for lo, hi, label in BANDS:
        band = [ok for c, ok in rows if lo <= c < hi]
        share = f'{sum(band) / len(band):.3f}' if band else '–'
        print(f'| {label} | {len(band)} | {share} |')
    for label, pick in ((f'unsure (< {args.low})', lambda c: 0 < c < args.low), (f'sure (≥ {args.low})', lambda c: c >= args.low)):
        band = [ok for c, ok in rows if pick(c)]
        print(f'| {label} | {len(band)} | {sum(band) / max(1, len(band)):.3f} |')


if __name__ == '__main__':
    sys.exit(main())
