#!/usr/bin/env bash
# What users feel at national scale: a consumer's `dotnet build` with N reports against the same build with one,
# side by side in one run, from the packed PeelSdk package in fresh projects.
#
#   bench/scale.sh [REPORTS] [COPIES] [RUNS]
#
# REPORTS  synthetic reports (default 1720: 43 forces x 4 pillars x 10 years), each the seed's text with the force,
#          year and pillar of its header and every sentence made unique to the report
# COPIES   0 (default): the seed's first two questions, ~2 KB a report, 3.5 MB for 1720 the size of real report openings;
#          1: the whole seed, 6.5 KB a report; n > 1: the seed with its first question's findings n-1 more times
#          (24 makes ~25 KB reports: 1720 of them are 40 MB of unique text, the capacity check)
# RUNS     builds of each project, alternating; the median is reported (default 5, at least 1: a 2-core machine varies by
#          a tenth of a second from build to build)
#
# Builds are timed twice: with the compiler server warm, as `dotnet build` runs by default (what users feel all day),
# then with a fresh compiler for every build (--disable-build-servers).
#
# Beside them a third project, Files: the one report, plus the same files as AdditionalFiles named *.txt (and, like
# PeelSdk's reports, not None items), which PeelSdk lists but does not read. Its time over One's is what the SDK and the compiler spend on that many AdditionalFiles (item
# evaluation, command line, options per file) whatever the generator does: the floor under any design that reads reports
# as AdditionalFiles, the way the mission asks. And a fourth, Compiled: the C# the generator wrote for Many, compiled as
# plain sources against the runtime library, with no generator and no report files: what compiling the emitted code costs.
# Many's time over Files and Compiled together is then the generator's own share (with its diagnostics).
#
# Prints: build times and their ratio, generated C# size against the report text, the generator's own time
# inside the compiler (ReportAnalyzer, server warm and fresh) in each project, and the time from Main's start to the first typed access in each app.
set -euo pipefail
reports=${1:-1720}
copies=${2:-0}
runs=${3:-5}
[ "$runs" -ge 1 ] || runs=1
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d -t peel-scale-XXXXXX)
trap '[ -n "${PEEL_SCALE_KEEP:-}" ] || rm -rf "$work"' EXIT
export NUGET_PACKAGES="$work/packages" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
version="0.0.0-scale.$$.$RANDOM"

echo "packing PeelSdk $version ..."
dotnet pack "$root/src/PeelSdk" -c Release -o "$work/feed" -p:Version="$version" --disable-build-servers -v:q >/dev/null

# A console app that times its first typed access from Main's start.
make_project() {
  local dir="$work/$1"
  mkdir -p "$dir/reports"
  cat >"$dir/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><add key="local" value="$work/feed" /></packageSources></configuration>
EOF
  cat >"$dir/$1.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="PeelSdk" Version="$version" />
  </ItemGroup>
</Project>
EOF
  cat >"$dir/Program.cs" <<'EOF'
using System.Diagnostics;
using PeelSdk.Reports;

var clock = Stopwatch.StartNew();
var grade = PeelReports.Cheshire.Peel2015.Effectiveness.PreventingCrime.Grade;
var elapsed = clock.Elapsed.TotalMilliseconds;
System.Console.WriteLine($"{elapsed:0.00} ms to {grade}; {PeelReports.All.Count} report(s)");
EOF
}

make_project One
make_project Many
make_project Files
seed="$root/seeds/cheshire-2015-effectiveness.peel.txt"
cp "$seed" "$work/One/reports/"

"$root/bench/make-reports.sh" "$work/Many/reports" "$reports" "$copies"
# The app reads Cheshire 2015 Effectiveness in both projects: keep the seed itself among the many.
cp "$seed" "$work/Many/reports/cheshire-2015-effectiveness.peel.txt"

cp "$seed" "$work/Files/reports/"
mkdir -p "$work/Files/texts"
for f in "$work/Many/reports/"*.peel.txt; do cp "$f" "$work/Files/texts/$(basename "$f" .peel.txt).txt"; done
# Listed as PeelSdk lists its default reports: AdditionalFiles, and not also the SDK's None items.
sed -i 's#</Project>#  <PropertyGroup><DefaultItemExcludes>$(DefaultItemExcludes);texts/**</DefaultItemExcludes></PropertyGroup>\n  <ItemGroup><AdditionalFiles Include="texts/*.txt" /></ItemGroup>\n</Project>#' "$work/Files/Files.csproj"

made=$(find "$work/Many/reports" -name '*.peel.txt' | wc -l)
text_one=$(cat "$work/One/reports/"* | wc -c)
text_many=$(cat "$work/Many/reports/"* | wc -c)
echo "work folder: $work"
echo "reports: 1 ($text_one bytes) and $made ($text_many bytes of text)"

for p in One Files Many; do dotnet restore "$work/$p" -v:q >/dev/null; done

# Generated size, and the Compiled project's sources: written out by one build of Many, not timed.
dotnet build "$work/Many" -c Release --no-restore --no-incremental --disable-build-servers -v:q -nologo -p:EmitCompilerGeneratedFiles=true >/dev/null
mapfile -t emitted < <(find "$work/Many/obj/Release" -path '*generated/PeelSdk.Generators*' -name '*.g.cs' | sort)
generated=$(cat "${emitted[@]}" | wc -c)
echo "generated C#: ${#emitted[@]} files, $generated bytes = $(echo "scale=2; $generated / $text_many" | bc)x the report text"
make_project Compiled
mkdir -p "$work/Compiled/generated"
cp "${emitted[@]}" "$work/Compiled/generated/"
runtime=$(find "$NUGET_PACKAGES/peelsdk/$version/lib" -name PeelSdk.dll | sort | tail -n 1)
sed -i "s#<PackageReference Include=\"PeelSdk\" Version=\"$version\" />#<Reference Include=\"$runtime\" />#" "$work/Compiled/Compiled.csproj"
dotnet restore "$work/Compiled" -v:q >/dev/null
projects=(One Files Compiled Many)

build() { # prints the wall time of a full rebuild in seconds
  local start end
  start=$(date +%s.%N)
  dotnet build "$work/$1" -c Release --no-restore --no-incremental $servers -v:q -nologo -clp:ErrorsOnly "${@:2}" >"$work/$1.log" 2>&1 ||
    { cat "$work/$1.log"; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# As users build first (the compiler server warm, after three warm-up builds of each project), then with a fresh compiler
# for every build (--disable-build-servers), whose larger fixed cost makes the ratio look smaller.
for mode in server fresh; do
  if [ "$mode" = server ]; then
    # A machine or CI may switch the server off (UseSharedCompilation=false in the environment); a user's dotnet build has it on.
    servers=-p:UseSharedCompilation=true
    unset MSBUILDDISABLENODEREUSE UseSharedCompilation
    # Warm: three builds of each first, so the server has compiled the generator's code as it would have for a user
    # rebuilding all day (code run for the first few times is not yet optimised).
    for warm in 1 2 3; do for p in "${projects[@]}"; do build "$p" >/dev/null; done; done
  else
    # The server stays up, idle: the figures below are taken with it warm again.
    servers="--disable-build-servers -p:UseSharedCompilation=false"
    export MSBUILDDISABLENODEREUSE=1
  fi
  declare -A times=()
  for run in $(seq 1 "$runs"); do
    line="$mode run $run:"
    for p in "${projects[@]}"; do
      t=$(build "$p")
      times[$p]+="$t "
      line+=" $p $t s"
    done
    echo "$line"
  done
  # shellcheck disable=SC2086 # the times are a list
  one=$(median ${times[One]}); files=$(median ${times[Files]}); compiled=$(median ${times[Compiled]}); many=$(median ${times[Many]})
  ratio() { printf '%.2f' "$(echo "scale=4; $1 / $one" | bc)"; }
  seconds() { printf '%+.2f s' "$(echo "$1" | bc)"; }
  echo "build, $mode compiler (median of $runs): 1 report ${one} s; $made reports ${many} s; ratio $(ratio "$many")"
  echo "  of which, over 1 report: $made unread AdditionalFiles (Files) $(seconds "$files - $one"), ratio $(ratio "$files");" \
    "compiling the generated C# alone (Compiled) $(seconds "$compiled - $one"), ratio $(ratio "$compiled");" \
    "the rest (the generator, its diagnostics) $(seconds "$many - $files - $compiled + $one")"
  unset times
done
unset MSBUILDDISABLENODEREUSE

# The generator inside the compiler, in both projects: with the server warm (its code compiled and its references bound
# by earlier builds), then in a fresh compiler, where the JIT compiles the generator's code as it runs.
for mode in server fresh; do
  [ "$mode" = server ] && servers=-p:UseSharedCompilation=true || servers="--disable-build-servers -p:UseSharedCompilation=false"
  for p in One Many; do
    dotnet build "$work/$p" -c Release --no-restore --no-incremental $servers -nologo -v:d -p:ReportAnalyzer=true >"$work/analyzer-$mode-$p.log" 2>&1
    grep -E "^ +[0-9.]+ +[0-9]+ +PeelSdk.Generators.PeelReportGenerator" "$work/analyzer-$mode-$p.log" |
      awk -v p="$p" -v m="$mode" '{ print "PeelReportGenerator inside the compiler (ReportAnalyzer, " m "), " p ": " $1 " s" }'
  done
  grep -E "Total (analyzer|generator) execution time" "$work/analyzer-$mode-Many.log" | sed 's/^ */  all of the Many project'"'"'s ('"$mode"') /'
done

for p in One Many; do
  app="$work/$p/bin/Release/net10.0/$p"
  times=()
  for i in 1 2 3 4 5; do times+=("$("$app" | cut -d' ' -f1)"); done
  echo "first typed access, $p: median $(median "${times[@]}") ms of 5 runs (${times[*]}); $("$app" | cut -d';' -f2)"
done
