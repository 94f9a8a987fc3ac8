using BenchmarkDotNet.Attributes;

namespace PeelSdk.Benchmarks
{
    /// <summary>Run-time parsing of one report (the same parser the generator runs per file).</summary>
    [MemoryDiagnoser]
    public class ParserBenchmarks
    {
        [Benchmark]
        public ParsedReport ParseSeed() => PeelParser.Parse(SeedCorpus.Seed, "seeds/cheshire-2015-effectiveness.peel.txt");
    }
}
