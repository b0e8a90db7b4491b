# Sourced by the benchmark scripts: `sample_dataset N SEED` makes sure
# "$DATA/sample-N-seedSEED" holds `pkri sample generate` output for that
# count and seed, generating it (timed into "$DATA/generate.time") unless a
# stamp shows it was made by the same generator and templates. bench/run.py
# writes the same stamp, so every benchmark shares one copy of a dataset.
# Needs PKRI, DATA and a `say` function; prints the folder.
sample_dataset() {
    local n=$1 seed=$2
    local set="$DATA/sample-$n-seed$seed"
    local stamp
    stamp="count=$n seed=$seed $(cat Sources/PKRICore/Generation/*.swift templates/pkri-*.xml | sha256sum | cut -c1-16)"
    if [[ "$(cat "$set/.generated" 2>/dev/null || true)" == "$stamp" ]]; then
        say "reusing $set"
    else
        say "generating $n innovations into $set"
        rm -rf "$set"
        /usr/bin/time -f '%e %M' -o "$DATA/generate.time" \
            "$PKRI" sample generate --innovations "$n" --seed "$seed" --out "$set" --lang en >&2
        echo "$stamp" > "$set/.generated"
    fi
    echo "$set"
}
