using System;
using System.Collections.Generic;
using System.Diagnostics;
using PeelSdk.Testing;
using Xunit.Abstractions;

namespace PeelSdk.Tests
{
    /// <summary>10,000 generated and mutated inputs through decoding and parsing, as every build runs them.</summary>
    public class FuzzTests
    {
        private const int Inputs = 10_000;
        private const int Seed = 2026;

        private readonly ITestOutputHelper log;

        public FuzzTests(ITestOutputHelper log) => this.log = log;

        [Fact]
        public void Fuzzed_inputs_never_throw_stay_inside_the_file_lose_no_line_and_parse_the_same_twice()
        {
            var options = new PeelParseOptions(DiagnosticFixtures.CurrentYear);
            var failures = new List<string>();
            var tried = 0;
            var clock = Stopwatch.StartNew();
            foreach (var input in FuzzInputs.Generate(Inputs, Seed))
            {
                tried++;
                try
                {
                    var report = PeelFiles.Parse(input.Bytes, "fuzz.peel.txt", options);
                    Assert.Equal(report, PeelFiles.Parse(input.Bytes, "fuzz.peel.txt", options));
                    var text = PeelFiles.Decode(input.Bytes);
                    ModelChecks.AssertDiagnosticsInsideText(text, report);
                    ModelChecks.AssertEveryLineAccountedFor(text, report);
                }
                catch (Exception failure)
                {
                    failures.Add($"{input}: {failure.GetType().Name}: {failure.Message}");
                    if (failures.Count == 10)
                    {
                        break;
                    }
                }
            }
            log.WriteLine($"{tried} fuzz inputs (seed {Seed}) in {clock.ElapsedMilliseconds} ms, {failures.Count} failure(s)");
            Assert.True(failures.Count == 0, string.Join("\n", failures));
            Assert.Equal(Inputs, tried);
        }
    }
}
