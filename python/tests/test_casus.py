"""The Python package against the command-line tool's conventions (run by CTest)."""
import math
import os
import pathlib

import pandas as pd
import pytest

import casus

DATA = os.environ.get("CASUS_TEST_DATA_DIR", "")
SOURCE = pathlib.Path(os.environ.get("CASUS_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2]))
needs_data = pytest.mark.skipif(not os.path.isdir(os.path.join(DATA, "atop-5.1")),
                                reason=f"research data absent: {DATA}")


@needs_data
def test_dyads_is_a_dataframe_with_ps13_columns_and_no_false_dyads():
    df = casus.dyads(data_dir=DATA, years=[1914, 1975], names="ps13")
    assert isinstance(df, pd.DataFrame)
    assert list(df.columns[:3]) == ["ccode1", "ccode2", "year"]
    for c in ["sallyvus", "sallyvua", "sallybus", "sallybua", "sallyvwa", "sallybwa", "pallyv", "pallyb",
              "kallyv", "kallyb", "taub"]:
        assert c in df.columns
    assert str(df["ccode1"].dtype) == "int32"
    y1914 = df[df.year == 1914]
    assert len(y1914) == 45 * 44
    assert not ((df.ccode1 == 115) & (df.ccode2 == 817)).any()  # Suriname and the RVN never coexisted
    # France defends Belgium in 1832; in 1914 check a known pair: Germany and Austria-Hungary allied.
    row = df[(df.ccode1 == 255) & (df.ccode2 == 300) & (df.year == 1914)].iloc[0]
    assert row.atop_defense == 1
    assert -1 <= row.kallyv <= 1


@needs_data
def test_values_equal_the_command_line_csv(tmp_path):
    import subprocess
    binary = os.environ.get("CASUS_BIN")
    if not binary or not os.path.exists(binary):
        pytest.skip("CASUS_BIN not set")
    out = tmp_path / "d.csv"
    # The interpreter may run with a sanitizer runtime preloaded (sanitizer builds); the command line
    # program carries its own and must not get a second one.
    env = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}
    subprocess.run([binary, "dyads", "--data-dir", DATA, "--years", "1990", "--add", "all", "--out", str(out)],
                   check=True, env=env)
    csv = pd.read_csv(out, na_values=["NA"], float_precision="round_trip")
    df = casus.dyads(data_dir=DATA, years=[1990], add=["all"])
    assert list(csv.columns) == list(df.columns)
    assert len(csv) == len(df)
    for c in df.columns:
        a, b = df[c].astype("float64").to_numpy(na_value=math.nan), csv[c].astype("float64").to_numpy()
        assert ((a == b) | (pd.isna(a) & pd.isna(b))).all(), c


@needs_data
def test_nullable_integers_for_atop_after_2018():
    df = casus.dyads(data_dir=DATA, years=[2019], mry=True, similarity=False)
    assert str(df["atop_defense"].dtype) == "Int32"
    assert df["atop_defense"].isna().all()


def test_bad_arguments_raise_value_error():
    with pytest.raises(ValueError):
        casus.dyads(data_dir=DATA or "/nonexistent", names="nope")
    with pytest.raises(ValueError):
        casus.dyads(data_dir=DATA or "/nonexistent", system="xyz")


def test_evaluate_returns_python_objects():
    scenario = SOURCE / "examples" / "korea-2025-attack-on-dprk.toml"
    report = casus.evaluate(scenario, reading="literal", corpus=SOURCE / "corpus")
    assert isinstance(report, dict)
    assert report.get("schema") is not None
    text = str(report)
    assert "RUS" in text and "PRK" in text
    with pytest.raises(ValueError):
        casus.evaluate(scenario, reading="sideways", corpus=SOURCE / "corpus")
