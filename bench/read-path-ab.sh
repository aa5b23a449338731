#!/usr/bin/env bash
# The read-path redesign (issue 18) before and after, fairly: `npm run bench -- --scale S` on a
# git worktree of the commit before the redesign (a1aa1e4) and on one of HEAD, both against ONE
# private copy of the loaded S folder, in alternating order (after, before, then before, after
# for a second round …), so that neither side always runs second on a warmer machine. Each side
# runs its own committed tree, untouched by uncommitted work in the main checkout. Then
# bench/read-path-table.ts writes bench/results/S-read-path.md from the runs' JSON.
#
#   bench/read-path-ab.sh                       # one round, every query (about 2 × 8 min, quiet machine)
#   ROUNDS=2 ONLY=Q1,Q2,Q4,Q4p50,Q5 bench/read-path-ab.sh   # the page queries only, two rounds
#   SCALE=XS OUT_FILE=/tmp/XS-read-path.md bench/read-path-ab.sh   # a quick try of the script itself
#
# Needs the loaded graph of the scale ($TMPDIR/diplograph-bench-S-seed1, made by `npm run bench --
# --scale S` or `npm run bench:generate -- --scale S`); it is copied, never run in place. Leaves
# nothing behind but the results: the worktrees and the copy are removed at the end.
set -euo pipefail

BEFORE=${BEFORE:-a1aa1e4}
AFTER=${AFTER:-HEAD}
ROUNDS=${ROUNDS:-1}
ONLY=${ONLY:-}
SCALE=${SCALE:-S}
ROOT=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
LOADED=${LOADED:-${TMPDIR:-/tmp}/diplograph-bench-$SCALE-seed1}
OUT_FILE=${OUT_FILE:-$ROOT/bench/results/$SCALE-read-path.md}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/read-path-ab.XXXXXX")
OUT="$WORK/results"

if [ ! -d "$LOADED" ]; then
  echo "read-path-ab: no loaded $SCALE graph at $LOADED (run: npm run bench:generate -- --scale $SCALE)" >&2
  exit 2
fi

cleanup() {
  git -C "$ROOT" worktree remove --force "$WORK/before" 2>/dev/null || true
  git -C "$ROOT" worktree remove --force "$WORK/after" 2>/dev/null || true
  rm -rf "$WORK/tmp"
}
trap cleanup EXIT

mkdir -p "$OUT" "$WORK/tmp"
for side in before after; do
  commit=$([ "$side" = before ] && echo "$BEFORE" || echo "$AFTER")
  git -C "$ROOT" worktree add --detach "$WORK/$side" "$(git -C "$ROOT" rev-parse "$commit")" >/dev/null
  # The redesign added no dependency the old tree lacks; both sides use the main checkout's packages.
  ln -s "$ROOT/node_modules" "$WORK/$side/node_modules"
done
echo "read-path-ab: before $(git -C "$WORK/before" rev-parse --short HEAD), after $(git -C "$WORK/after" rev-parse --short HEAD); copying $LOADED" >&2
cp -a "$LOADED" "$WORK/tmp/diplograph-bench-$SCALE-seed1"

run() { # side round
  local side=$1 round=$2
  echo "read-path-ab: round $round, $side ($(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  local args=(--scale "$SCALE")
  [ -n "$ONLY" ] && args+=(--only "$ONLY")
  (cd "$WORK/$side" && TMPDIR="$WORK/tmp" npx tsx bench/api.ts "${args[@]}")
  local name=$SCALE
  [ -n "$ONLY" ] && name=$SCALE-partial
  cp "$WORK/$side/bench/results/$name.json" "$OUT/$side-$round.json"
}

for round in $(seq 1 "$ROUNDS"); do
  # The first run also brings the copy's schema up to date (new indexes, migrations), so it is an "after".
  if [ $((round % 2)) -eq 1 ]; then run after "$round"; run before "$round"; else run before "$round"; run after "$round"; fi
done

(cd "$ROOT" && npx tsx bench/read-path-table.ts "$OUT" "$(git -C "$WORK/before" rev-parse --short HEAD)" "$(git -C "$WORK/after" rev-parse --short HEAD)" "$OUT_FILE")
echo "read-path-ab: the runs' JSON stays in $OUT" >&2
