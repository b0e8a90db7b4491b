#!/usr/bin/env python3
"""The DuckDB peer of `pkri aggregate --by province`: per-province subjects,
scored, verified, mean, median, min, max and sample standard deviation of
the final keberlanjutan values, from `pkri results --format csv` joined
with the registry CSVs. A subject's province is its agency's region up to
the first dot; agencies without a region form 'nasional'.

    aggregate_duckdb.py RESULTS.csv AGENCIES.csv INNOVATIONS.csv OUT.csv

Prints the seconds the query itself took (the process also pays for
starting Python and importing duckdb).
"""
import sys
import time

import duckdb

results, agencies, innovations, out = sys.argv[1:5]
started = time.perf_counter()
con = duckdb.connect()
con.execute(f"""
COPY (
  SELECT coalesce(nullif(split_part(a.region, '.', 1), ''), 'nasional') AS grp,
         count(*) AS subjects, count(r.value) AS scored,
         count(*) FILTER (WHERE r.state = 'verified') AS verified,
         round(avg(r.value), 2) AS mean, round(median(r.value), 2) AS median,
         min(r.value) AS min, max(r.value) AS max, round(stddev_samp(r.value), 2) AS stddev
  FROM (SELECT subject, TRY_CAST(value AS DOUBLE) AS value, state
        FROM read_csv('{results}', header = true, all_varchar = true)) r
  JOIN read_csv('{innovations}', header = true, all_varchar = true) i ON i.id = r.subject
  JOIN read_csv('{agencies}', header = true, all_varchar = true) a ON a.id = i.agency
  GROUP BY grp ORDER BY grp
) TO '{out}' (HEADER, DELIMITER ',')
""")
print(f"{time.perf_counter() - started:.4f}")
