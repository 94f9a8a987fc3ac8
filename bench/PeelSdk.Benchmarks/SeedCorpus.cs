using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace PeelSdk.Benchmarks
{
    /// <summary>Benchmark inputs: the seed, and N distinct reports made from it (one force each).</summary>
    internal static class SeedCorpus
    {
        public static string Seed { get; } = File.ReadAllText(SeedPath());

        public static (string Path, string Text)[] Reports(int count) =>
            Enumerable.Range(1, count).Select(i => ($"/project/reports/force{i:D4}.peel.txt", Seed.Replace("Cheshire", $"Force{i:D4}"))).ToArray();

        private static string SeedPath([CallerFilePath] string thisFile = "") =>
            Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "seeds", "cheshire-2015-effectiveness.peel.txt");
    }
}
