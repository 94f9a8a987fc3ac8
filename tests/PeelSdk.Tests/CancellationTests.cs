using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace PeelSdk.Tests
{
    /// <summary>A cancelled build stops promptly: parsing a 15 MB report gives up soon after its token is cancelled.</summary>
    public class CancellationTests
    {
        private readonly ITestOutputHelper log;

        public CancellationTests(ITestOutputHelper log) => this.log = log;

        [Fact]
        public void Parsing_a_15_MB_report_returns_within_100_ms_of_cancellation()
        {
            var seed = System.IO.File.ReadAllText(Reports.SeedPath);
            var body = string.Join("\n", seed.Split('\n').Skip(4));
            var text = string.Concat(Enumerable.Repeat(body + "\n", (15 * 1024 * 1024 / body.Length) + 1)).Insert(0, string.Join("\n", seed.Split('\n').Take(4)) + "\n");
            Assert.True(text.Length >= 15 * 1024 * 1024);

            var full = Stopwatch.StartNew();
            PeelParser.Parse(text, "big.peel.txt");
            full.Stop();

            using var cancellation = new CancellationTokenSource();
            var started = new ManualResetEventSlim();
            var parse = Task.Run(() =>
            {
                started.Set();
                return PeelParser.Parse(text, "big.peel.txt", cancellation.Token);
            });
            started.Wait();
            Thread.Sleep((int)Math.Min(200, full.ElapsedMilliseconds / 3));
            var cancelledAt = Stopwatch.StartNew();
            cancellation.Cancel();
            Assert.ThrowsAny<OperationCanceledException>(() => parse.GetAwaiter().GetResult());
            cancelledAt.Stop();
            log.WriteLine($"whole parse {full.ElapsedMilliseconds} ms; returned {cancelledAt.Elapsed.TotalMilliseconds:0.0} ms after cancellation");
            Assert.InRange(cancelledAt.Elapsed.TotalMilliseconds, 0, 100);
        }
    }
}
