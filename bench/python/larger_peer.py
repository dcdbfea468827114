"""Larger-than-memory peer: the same filter -> join -> aggregate in pandas.

Reads DATA_DIR/orders.csv and customers.csv, keeps the paid orders, joins each customer's region,
sums revenue per region and writes the result to DATA_DIR/out/revenue-pandas.parquet, or .csv
when pyarrow (which pandas needs for Parquet) is missing. Times each phase inside Python
(interpreter start and imports excluded) and prints one JSON line with the peak RSS.
Usage: larger_peer.py DATA_DIR
"""
import importlib.util
import json
import os
import resource
import sys
import time

import pandas as pd


def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main():
    data = sys.argv[1]
    os.makedirs(os.path.join(data, "out"), exist_ok=True)
    start_rss = rss_mb()
    t0 = time.perf_counter()
    orders = pd.read_csv(os.path.join(data, "orders.csv"))
    customers = pd.read_csv(os.path.join(data, "customers.csv"))
    t1 = time.perf_counter()
    paid = orders[orders["status"] == "paid"]
    joined = paid.merge(customers, on="customer_id", how="inner")
    revenue = joined.groupby("region", sort=True).agg(orders=("order_id", "size"), revenue=("amount", "sum")).reset_index()
    t2 = time.perf_counter()
    parquet = importlib.util.find_spec("pyarrow") is not None
    out = os.path.join(data, "out", "revenue-pandas." + ("parquet" if parquet else "csv"))
    revenue.to_parquet(out, index=False) if parquet else revenue.to_csv(out, index=False)
    t3 = time.perf_counter()
    print(json.dumps({
        "engine": "pandas",
        "pandas": pd.__version__,
        "format": "parquet" if parquet else "csv",
        "readS": t1 - t0,
        "stepsS": t2 - t1,
        "writeS": t3 - t2,
        "totalS": t3 - t0,
        "rowsAfterFilter": int(len(paid)),
        "startRssMB": round(start_rss),
        "peakRssMB": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "result": [{"region": r, "orders": int(o), "revenue": float(v)} for r, o, v in revenue.itertuples(index=False)],
    }))


if __name__ == "__main__":
    main()
