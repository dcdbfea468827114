"""Retail peer: the examples/retail bronze -> silver -> gold work in pandas.

Same files, steps, validations and outputs as examples/retail/project.yaml. Times each
pipeline inside Python (interpreter start and imports excluded) and prints one JSON line.
Usage: retail_peer.py RAW_DIR LAKE_DIR RUNS
"""
import gc
import json
import os
import statistics
import sys
import time

import numpy as np
import pandas as pd


def write_csv(df, path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    df.to_csv(path, index=False)


def check(df, no_nulls=(), unique=(), not_empty=False):
    if not_empty and len(df) == 0:
        raise ValueError("empty table")
    for col in no_nulls:
        if df[col].isna().any():
            raise ValueError(f"null in {col}")
    for col in unique:
        if not df[col].is_unique:
            raise ValueError(f"duplicates in {col}")


def round2(x):
    # JavaScript's Math.round(x * 100) / 100 (half up), not numpy's half-to-even
    return np.floor(x * 100 + 0.5) / 100


def bronze(raw, lake):
    for name in ("customers", "orders", "products"):
        write_csv(pd.read_csv(os.path.join(raw, f"{name}.csv")), os.path.join(lake, "bronze", f"{name}.csv"))


def silver(lake):
    customers, orders, products = (pd.read_csv(os.path.join(lake, "bronze", f"{n}.csv")) for n in ("customers", "orders", "products"))
    c = customers.drop_duplicates("customer_id")
    c = c[c["email"].notna() & (c["email"] != "")]
    c = c.assign(email=c["email"].str.lower())[["customer_id", "name", "email", "country"]]
    check(c, ["customer_id", "email"], ["customer_id"], True)
    o = orders[orders["status"] != "cancelled"].merge(products, on="product_id", how="inner")
    o = o.assign(amount=round2(o["quantity"] * o["unit_price"]))
    o = o.assign(order_size=np.where(o["amount"] >= 100, "large", np.where(o["amount"] >= 25, "medium", "small")))
    o = o[["order_id", "customer_id", "product_id", "category", "quantity", "amount", "order_size", "order_date"]]
    check(o, ["order_id", "customer_id", "amount"], ["order_id"])
    co = o.merge(c, on="customer_id", how="inner").sort_values("order_id", kind="stable")
    write_csv(co, os.path.join(lake, "silver", "customer_orders.csv"))


def gold(lake):
    co = pd.read_csv(os.path.join(lake, "silver", "customer_orders.csv"))
    by_country = co.groupby("country", sort=False).agg(orders=("order_id", "size"), revenue=("amount", "sum")).reset_index()
    by_country["revenue"] = round2(by_country["revenue"])
    by_country = by_country.sort_values(["revenue", "country"], ascending=[False, True], kind="stable")
    check(by_country, not_empty=True)
    write_csv(by_country, os.path.join(lake, "gold", "revenue_by_country.csv"))
    top = co.groupby(["customer_id", "name"], sort=False).agg(orders=("order_id", "size"), revenue=("amount", "sum")).reset_index()
    top["revenue"] = round2(top["revenue"])
    top = top.sort_values(["revenue", "customer_id"], ascending=[False, True], kind="stable").head(5)
    write_csv(top, os.path.join(lake, "gold", "top_customers.csv"))
    by_cat = co.groupby("category", sort=False).agg(orders=("order_id", "size"), units=("quantity", "sum"), revenue=("amount", "sum")).reset_index()
    by_cat["revenue"] = round2(by_cat["revenue"])
    by_cat = by_cat.sort_values("category", kind="stable")
    write_csv(by_cat, os.path.join(lake, "gold", "revenue_by_category.csv"))


def once(raw, lake):
    t0 = time.perf_counter()
    bronze(raw, lake)
    t1 = time.perf_counter()
    silver(lake)
    t2 = time.perf_counter()
    gold(lake)
    t3 = time.perf_counter()
    return {"bronze": (t1 - t0) * 1000, "silver": (t2 - t1) * 1000, "gold": (t3 - t2) * 1000}


def main():
    raw, lake, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    samples = []
    for _ in range(runs):
        gc.collect()
        samples.append(once(raw, lake))
    out = {k: statistics.median(s[k] for s in samples) for k in ("bronze", "silver", "gold")}
    out["total"] = statistics.median(sum(s.values()) for s in samples)
    out["runs"] = runs
    out["pandas"] = pd.__version__
    print(json.dumps(out))


if __name__ == "__main__":
    main()
