using BenchmarkDotNet.Attributes;

namespace PeelSdk.Benchmarks
{
    /// <summary>Run-time parsing of one report (the same parser the generator runs per file).</summary>
    [MemoryDiagnoser]
    public class ParserBenchmarks
    {
        // Returned as object: BenchmarkDotNet's generated project cannot use the extern alias that keeps the
        // generator's compiled-in copy of ParsedReport apart from the runtime's.
        [Benchmark]
        public object ParseSeed() => PeelParser.Parse(SeedCorpus.Seed, "seeds/cheshire-2015-effectiveness.peel.txt");
    }
}
