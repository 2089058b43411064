"""Run a fuzz campaign over the whole public API and print what it tried and found (figures for
``docs/reliability.md``)::

    python tests/fuzz/campaign.py --calls 30000 --seed 11

Run it with ``PYTHONPATH`` pointing at another checkout's ``src`` to measure that version (the harness enumerates
the public names of whatever it imports).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import Stats, check_call, draw_call, targets


def campaign(calls: int, seed: int) -> Stats:
    rng = random.Random(seed)
    stats = Stats()
    every = targets()
    for i in range(calls):
        target = every[i % len(every)] if i < len(every) else rng.choice(every)
        args, kwargs, mode = draw_call(target, rng.choice)
        check_call(target, args, kwargs, mode, stats)
    return stats


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=30_000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    start = time.perf_counter()
    stats = campaign(args.calls, args.seed)
    summary = {
        "calls": stats.calls,
        "targets": len(stats.targets),
        "seconds": round(time.perf_counter() - start, 1),
        "faulty_calls": stats.fault_count,
        "distinct_faults": stats.distinct(),
        "by_class": {k: {"calls": stats.occurrences[k], "distinct": len(v)} for k, v in sorted(stats.faults.items())},
        "examples": {k: v[:100] for k, v in sorted(stats.faults.items())},
    }
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(f"{summary['calls']} calls over {summary['targets']} targets in {summary['seconds']} s: "
              f"{summary['faulty_calls']} faulty calls, {summary['distinct_faults']} distinct faults")
        for kind, v in summary["by_class"].items():
            print(f"  {kind}: {v['calls']} calls, {v['distinct']} distinct")
            for ex in summary["examples"][kind][:100]:
                print(f"    - {ex}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
