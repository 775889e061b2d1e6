#!/usr/bin/env bash
# Start-up time of the command line, as whole processes: median wall time of N runs of each command.
#
#   docs/bench-startup.sh [JAR] [RUNS]        e.g.  docs/bench-startup.sh target/bangfu-ledger.jar 15
#
# Builds nothing: JAR defaults to target/bangfu-ledger.jar (mvn -o -B -q -DskipTests package), RUNS to 15.
# Commands timed: --version; stats and check on a small ledger (init + demo --households 20); init on that
# existing ledger. Each set runs twice: as `java -jar` (what README's command gives), then with an AOT cache
# (JDK 25, -XX:AOTCache) trained by one `check` run, which is what the packaged program will carry. Everything happens in a temporary data folder (-Dbangfu.home), so the real ledger and log
# are never touched. Uses hyperfine when installed (apt-get install -y hyperfine), else a loop of date +%s.%N.
# The machine's load is printed first and last: quote it with the figures.
set -euo pipefail

JAR=${1:-target/bangfu-ledger.jar}
RUNS=${2:-15}
JAVA=${JAVA:-java}
[ -f "$JAR" ] || { echo "no jar at $JAR: build it first (mvn -o -B -q -DskipTests package)" >&2; exit 2; }
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")

HOME_DIR=$(mktemp -d "${TMPDIR:-/tmp}/bangfu-startup.XXXXXX")
trap 'rm -rf "$HOME_DIR"' EXIT
DB="$HOME_DIR/ledger.db"
RUN=("$JAVA" "-Dbangfu.home=$HOME_DIR" -jar "$JAR")

"${RUN[@]}" --db "$DB" init >/dev/null
"${RUN[@]}" --db "$DB" demo --households 20 --seed 1 >/dev/null

declare -a NAMES=("--version" "stats" "check" "init (existing)")
declare -a ARGS=("--version" "--db $DB stats" "--db $DB check" "--db $DB init")

echo "jar: $JAR"
echo "java: $("$JAVA" -version 2>&1 | head -1)"
echo "cores: $(nproc)   load before: $(uptime | sed 's/.*load average: //')"
echo "runs: $RUNS each (after 2 warm-up runs)"

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# measure LABEL: times every command with the java command in RUN
measure() {
    echo "$1"
    if command -v hyperfine >/dev/null 2>&1; then
        cmds=()
        for i in "${!NAMES[@]}"; do
            cmds+=("--command-name=${NAMES[$i]}" "${RUN[*]} ${ARGS[$i]}")
        done
        hyperfine -N --warmup 2 --runs "$RUNS" --export-json "$HOME_DIR/times.json" "${cmds[@]}" >"$HOME_DIR/hyperfine.log" || { cat "$HOME_DIR/hyperfine.log" >&2; exit 1; }
        python3 - "$HOME_DIR/times.json" <<'EOF'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"  {r['command']:<16} median {r['median']:.3f} s   min {r['min']:.3f}   max {r['max']:.3f}")
EOF
    else
        for i in "${!NAMES[@]}"; do
            # shellcheck disable=SC2086
            for _ in 1 2; do "${RUN[@]}" ${ARGS[$i]} >/dev/null; done
            times=()
            for _ in $(seq "$RUNS"); do
                t0=$(date +%s.%N)
                # shellcheck disable=SC2086
                "${RUN[@]}" ${ARGS[$i]} >/dev/null
                t1=$(date +%s.%N)
                times+=("$(echo "$t1 - $t0" | bc)")
            done
            m=$(printf '%s\n' "${times[@]}" | median)
            lo=$(printf '%s\n' "${times[@]}" | sort -n | head -1)
            hi=$(printf '%s\n' "${times[@]}" | sort -n | tail -1)
            printf '  %-16s median %.3f s   min %.3f   max %.3f\n' "${NAMES[$i]}" "$m" "$lo" "$hi"
        done
    fi
}

measure "java -jar:"

AOT="$HOME_DIR/bangfu.aot"
"$JAVA" -XX:AOTCacheOutput="$AOT" "-Dbangfu.home=$HOME_DIR" -jar "$JAR" --db "$DB" check >/dev/null 2>"$HOME_DIR/aot.log" \
    || { cat "$HOME_DIR/aot.log" >&2; exit 1; }
RUN=("$JAVA" -XX:AOTCache="$AOT" "-Dbangfu.home=$HOME_DIR" -jar "$JAR")
measure "with an AOT cache trained by one check ($(du -m "$AOT" | cut -f1) MB):"
echo "load after: $(uptime | sed 's/.*load average: //')"
