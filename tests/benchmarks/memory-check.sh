#!/bin/sh
# Peak memory of `saywho --extract` on a generated 50 MB article must stay under 4x the input
# size plus 50 MB (measured with /usr/bin/time -v). Usage: memory-check.sh NEWSGEN SAYWHO
set -eu
newsgen=$1
saywho=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$newsgen" 50 "$dir/article.txt"
size=$(stat -c %s "$dir/article.txt")
/usr/bin/time -v "$saywho" --extract "$dir/article.txt" > /dev/null 2> "$dir/time.txt"
peak_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$dir/time.txt")
limit_kb=$(( (4 * size + 50 * 1000 * 1000) / 1024 ))
elapsed=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$dir/time.txt")
echo "memory: 50 MB article: peak ${peak_kb} kB, limit ${limit_kb} kB, ${elapsed} wall clock"
[ "$peak_kb" -le "$limit_kb" ] || { echo "memory: peak above the limit" >&2; exit 1; }
