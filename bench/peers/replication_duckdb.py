#!/usr/bin/env python3
"""The DuckDB peer of `pkri replication --json`: for every original
innovation (one that replicates nothing) of the registry CSVs, its direct
and total replicas, depth, and the provinces and kabupaten/kota its
replicas reach (sorted codes), by a recursive query over `replicates` —
what one would write in SQL. A replica's province is its agency's region
up to the first dot; its kabupaten/kota is the region when it has a dot.

    replication_duckdb.py AGENCIES.csv INNOVATIONS.csv OUT.csv

Prints the seconds the query itself took (the process also pays for
starting Python and importing duckdb).
"""
import sys
import time

import duckdb

agencies, innovations, out = sys.argv[1:4]
started = time.perf_counter()
con = duckdb.connect()
con.execute(f"""
COPY (
  WITH RECURSIVE
    inv AS (SELECT id, agency, nullif(replicates, '') AS replicates
            FROM read_csv('{innovations}', header = true, all_varchar = true)),
    ag AS (SELECT id, nullif(region, '') AS region FROM read_csv('{agencies}', header = true, all_varchar = true)),
    walk(root, id, depth) AS (
      SELECT id, id, 0 FROM inv WHERE replicates IS NULL
      UNION ALL
      SELECT w.root, i.id, w.depth + 1 FROM walk w JOIN inv i ON i.replicates = w.id
    )
  SELECT w.root AS innovation,
         count(*) FILTER (WHERE w.depth = 1) AS direct,
         count(*) FILTER (WHERE w.depth > 0) AS total,
         max(w.depth) AS depth,
         array_to_string(list_sort(list_distinct(list(split_part(a.region, '.', 1))
             FILTER (WHERE w.depth > 0 AND a.region IS NOT NULL))), ' ') AS provinces,
         array_to_string(list_sort(list_distinct(list(a.region)
             FILTER (WHERE w.depth > 0 AND a.region LIKE '%.%'))), ' ') AS regencies
  FROM walk w JOIN inv i ON i.id = w.id LEFT JOIN ag a ON a.id = i.agency
  GROUP BY w.root ORDER BY w.root
) TO '{out}' (HEADER, DELIMITER ',')
""")
print(f"{time.perf_counter() - started:.4f}")
