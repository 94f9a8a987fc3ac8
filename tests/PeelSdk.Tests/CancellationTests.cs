using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace PeelSdk.Tests
{
    /// <summary>Timing tests run alone: another test's load on the two cores would be measured too.</summary>
    [CollectionDefinition(nameof(TimingCollection), DisableParallelization = true)]
    public sealed class TimingCollection { }

    /// <summary>A cancelled build stops promptly: parsing a 15 MB report gives up soon after its token is cancelled.</summary>
    [Collection(nameof(TimingCollection))]
    public class CancellationTests
    {
        private readonly ITestOutputHelper log;

        public CancellationTests(ITestOutputHelper log) => this.log = log;

        [Fact]
        public void Parsing_a_15_MB_report_returns_within_100_ms_of_cancellation()
        {
            var seed = System.IO.File.ReadAllText(Reports.SeedPath);
            var body = string.Join("\n", seed.Split('\n').Skip(4));
            var text = string.Concat(Enumerable.Repeat(body + "\n", (15 * 1024 * 1024 / body.Length) + 1))
                .Insert(0, string.Join("\n", seed.Split('\n').Take(4)) + "\n");
            Assert.True(text.Length >= 15 * 1024 * 1024);

            PeelParser.Parse(text, "big.peel.txt");
            var full = Stopwatch.StartNew();
            PeelParser.Parse(text, "big.peel.txt");
            full.Stop();

            // Cancelled at 15, 30 and 45 % of a whole parse (well inside reading the lines); the median is the figure, so one garbage collection
            // or scheduling pause on a busy machine does not decide it, while every attempt must still stop within a second.
            var delays = new[] { 0.15, 0.3, 0.45 }.Select(part => CancelAfter(text, (int)(full.ElapsedMilliseconds * part))).ToList();
            log.WriteLine(
                $"whole parse {full.ElapsedMilliseconds} ms; returned {string.Join(", ", delays.Select(d => d.ToString("0.0")))} ms after cancellation"
            );
            Assert.All(delays, delay => Assert.InRange(delay, 0, 1000));
            Assert.InRange(delays.OrderBy(d => d).ElementAt(1), 0, 100);
        }

        /// <summary>Starts a parse, cancels it after <paramref name="milliseconds"/>, and returns how long it took to give up after that.</summary>
        private static double CancelAfter(string text, int milliseconds)
        {
            using var cancellation = new CancellationTokenSource();
            var started = new ManualResetEventSlim();
            var parse = Task.Run(() =>
            {
                started.Set();
                return PeelParser.Parse(text, "big.peel.txt", cancellation.Token);
            });
            started.Wait();
            Thread.Sleep(milliseconds);
            var cancelledAt = Stopwatch.StartNew();
            cancellation.Cancel();
            Assert.ThrowsAny<OperationCanceledException>(() => parse.GetAwaiter().GetResult());
            return cancelledAt.Elapsed.TotalMilliseconds;
        }
    }
}
