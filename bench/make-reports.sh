#!/usr/bin/env bash
# Synthetic PEEL reports for the benchmarks: the seed's text under the header of a real force, year and pillar, with
# every sentence made unique to its report, filling forces, then pillars, then years (43 forces x 4 pillars x 10 years = 1720).
#
#   bench/make-reports.sh DIR [REPORTS] [COPIES]
#
# COPIES   0 (default): the seed's first two questions, ~2 KB a report; 1: the whole seed, 6.5 KB a report;
#          n > 1: the seed with its first question's findings n-1 more times
set -euo pipefail
dir=$1
reports=${2:-1720}
copies=${3:-0}
root=$(cd "$(dirname "$0")/.." && pwd)
seed="$root/seeds/cheshire-2015-effectiveness.peel.txt"
mkdir -p "$dir"

# Forces and their current full names from the registry, so the reports name real forces.
# A row is ("Short name", Named("Full name")) or ("Short name", new[] { new ForceName("Old name", …), new ForceName("Current name", …) }).
# Rows may be wrapped over several lines, so the file is read whole.
registry="$root/src/PeelSdk/Model/ForceRegistry.cs"
mapfile -t names < <(perl -0777 -ne 'while (/\(\s*"([^"]+)",\s*(?:Named\(|new\[\])/g) { print "$1\n" }' "$registry")
mapfile -t officials < <(perl -0777 -ne 'while (/\(\s*"[^"]+",\s*(Named\("[^"]+"\)|new\[\]\s*\{.*?\}\s*)\)/gs) { my @n = ($1 =~ /(?:Named|ForceName)\("([^"]+)"/g); print "$n[-1]\n" }' "$registry")
[ "${#names[@]}" -eq 43 ] && [ "${#officials[@]}" -eq 43 ] || { echo "make-reports.sh: read ${#names[@]} forces and ${#officials[@]} names from $registry, not 43" >&2; exit 1; }
pillars=(Effectiveness Efficiency Legitimacy Leadership)
# Each pillar asks its own questions, in the words of the PEEL 2016 reports (the seed's are Effectiveness 2015): the seed's
# headline and first three questions become the pillar's, so its reports read as that pillar's do and share its question set.
# A fourth and fifth seed question (COPIES > 0 only) stay as they are: no other pillar has that many.
declare -A asks=(
  [Efficiency]="How efficient is the force at keeping people safe and reducing crime?|How well does the force understand demand?|How well does the force meet current demands and use resources?|How well does the force plan for the future?"
  [Legitimacy]="How legitimate is the force at keeping people safe and reducing crime?|To what extent does the force treat all of the people it serves with fairness and respect?|How well does the force ensure that its workforce behaves ethically and lawfully?|To what extent does the force treat its workforce with fairness and respect?"
  [Leadership]="How well led is the force?|How well does the force understand its leadership at every level?|How well does the force develop its leadership?|How well does the force display leadership?"
)
# The seed's headline and its first three questions, in order.
mapfile -t seed_asks < <(grep -E '^How effective is the force at' "$seed" | head -n 4)
[ "${#seed_asks[@]}" -eq 4 ] || { echo "make-reports.sh: the seed has ${#seed_asks[@]} headline and question lines, not at least 4" >&2; exit 1; }
# Prints the body with the pillar's headline and questions in place of the seed's.
ask() {
  if [ "$1" = Effectiveness ]; then printf '%s\n' "$2"; return; fi
  IFS='|' read -r -a own <<<"${asks[$1]}"
  printf '%s\n' "$2" | awk -v seed="$(printf '%s\n' "${seed_asks[@]}")" -v own="$(printf '%s\n' "${own[@]}")" '
    BEGIN { n = split(seed, from, "\n"); split(own, to, "\n"); for (i = 1; i <= n; i++) if (from[i] != "") swap[from[i]] = to[i] }
    { print (($0 in swap) ? swap[$0] : $0) }'
}
if [ "$copies" -eq 0 ]; then body=$(head -n 14 "$seed" | tail -n +3); else body=$(tail -n +3 "$seed"); fi
findings=$(sed -n '5,10p' "$seed")
made=0
for year in $(seq 2015 2030); do
  for f in "${!names[@]}"; do
    for pillar in "${pillars[@]}"; do
      [ "$made" -ge "$reports" ] && break 3
      slug=$(echo "${names[$f]}" | tr 'A-Z ' 'a-z-')
      tag="${names[$f]} $year $pillar"
      {
        echo "${names[$f]} PEEL $year"
        echo "$pillar"
        ask "$pillar" "$body" | sed "s/Cheshire Constabulary/${officials[$f]}/g; s/\([a-z]\)\. /\1 ($tag). /g"
        if [ "$copies" -gt 1 ]; then
          printf '%s\n' "$findings" | awk -v copies="$copies" -v tag="$tag" '{ line[NR] = $0 }
            END { for (c = 2; c <= copies; c++) for (i = 1; i <= NR; i++) { l = line[i]; sub(/\.$/, " (part " c ", " tag ").", l); print l } }'
        fi
      } >"$dir/$slug-$year-${pillar,,}.peel.txt"
      made=$((made + 1))
    done
  done
done
