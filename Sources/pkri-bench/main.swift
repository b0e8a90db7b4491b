// Filled in by the benchmark work; see bench/README.md.
print("pkri-bench")
