using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace PeelSdk.Generators.Tests
{
    /// <summary>Runs the real .NET SDK (or a tool it installed) for end-to-end tests.</summary>
    internal static class Dotnet
    {
        public static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));

        /// <summary>Runs <paramref name="program"/> with <paramref name="arguments"/>; returns its exit code and stdout+stderr.</summary>
        public static (int Exit, string Output) Run(
            string program,
            IEnumerable<string> arguments,
            string? workingDirectory = null,
            IDictionary<string, string>? environment = null
        )
        {
            var start = new ProcessStartInfo(program, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
            };
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            foreach (var pair in environment ?? new Dictionary<string, string>())
            {
                start.Environment[pair.Key] = pair.Value;
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(240_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} {string.Join(" ", arguments)} did not finish in 4 minutes");
            }
            return (process.ExitCode, output.Result + error.Result);
        }

        /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/>, with build servers off so nothing outlives the test.</summary>
        public static (int Exit, string Output) Sdk(
            IEnumerable<string> arguments,
            string? workingDirectory = null,
            IDictionary<string, string>? environment = null
        ) => Run("dotnet", arguments, workingDirectory, environment);

        public static void AssertHas(string output, string expected) =>
            Assert.True(output.Contains(expected, StringComparison.Ordinal), $"Expected in the output: {expected}\n--- output ---\n{output}");

        public static void AssertSucceeded((int Exit, string Output) result, string what) =>
            Assert.True(result.Exit == 0, $"{what} failed with exit code {result.Exit}:\n{result.Output}");

        public static string[] Args(params string[] arguments) => arguments.ToArray();
    }
}
