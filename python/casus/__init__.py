"""casus for Python: directed dyad-years (peacesciencer 1.3 FPSIM columns, ATOP
obligations, COW covariates) as a pandas DataFrame, and treaty evaluations as
Python objects. The C++ core computes; nothing goes through CSV text.

    import casus
    df = casus.dyads(data_dir="../shared/data", years=range(1900, 1915))
    report = casus.evaluate("examples/korea-2025-attack-on-dprk.toml", reading="literal")
"""
import json as _json
import os as _os

import pandas as _pd

from . import _casus

__all__ = ["dyads", "evaluate"]


def dyads(data_dir=None, years=None, names="ps13", system="cow", mry=False, add=(), states=(), dyads=(),
          ndir="directed", atop=True, similarity=True, threads=0):
    """Directed dyad-years as a pandas DataFrame, as `casus dyads` writes them.

    data_dir: the research data directory (default: $CASUS_DATA). years: an iterable
    of years (default: every year of the system). names: "ps13" (peacesciencer 1.3
    FPSIM names and definitions), "haege" or "all". add: any of "majors", "nmc",
    "mids", "wars", "all". states / dyads: row filters (codes; pairs as (a, b)).
    Integer columns that can be missing are pandas nullable Int32; reals are float64
    with NaN for NA. docs/research.md defines every column.
    """
    years = [] if years is None else [int(y) for y in years]
    pairs = [(int(a), int(b)) for a, b in dyads]
    columns = _casus.dyads(data_dir, years, names, system, bool(mry), list(add), [int(s) for s in states], pairs,
                           ndir, bool(atop), bool(similarity), int(threads))
    data = {}
    for col in columns:
        name, kind, values = col[0], col[1], col[2]
        if kind == "Int":
            data[name] = _pd.arrays.IntegerArray(values, col[3].astype(bool))
        else:
            data[name] = values
    return _pd.DataFrame(data, copy=False)


def evaluate(scenario, reading=None, policy=None, corpus=None):
    """Evaluates a scenario file against the treaty corpus and returns the engine's
    JSON report (docs/json-output.md) as Python dicts and lists, summary included.

    reading: "literal", "self-defence" or "both" (default: the scenario's own).
    policy: "all", "automatic-only" or "both". corpus: the corpus directory
    (default: $CASUS_CORPUS, else the repository's corpus/).
    """
    corpus = corpus or _os.environ.get("CASUS_CORPUS") or _casus.default_corpus
    return _json.loads(_casus.evaluate_json(str(scenario), reading, policy, str(corpus)))
