using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/PeelSdk.Benchmarks -- --filter '*'
// Quick smoke run: add --job dry --inProcess
BenchmarkSwitcher.FromAssembly(typeof(PeelSdk.Benchmarks.ParserBenchmarks).Assembly).Run(args);
