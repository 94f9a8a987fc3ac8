using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace PeelSdk.Cli
{
    /// <summary>The <c>peel</c> commands, with their output and exit codes.</summary>
    public static class PeelCommand
    {
        /// <summary>Success: no error found.</summary>
        public const int Ok = 0;

        /// <summary><c>check</c> found at least one error.</summary>
        public const int ReportErrors = 1;

        /// <summary>Bad command line or a path that does not exist.</summary>
        public const int UsageError = 2;

        private const string Usage =
            "Usage:\n" +
            "  peel check <files or folders>...                 print diagnostics in MSBuild form; exit 1 on any error\n" +
            "  peel export --format json <files or folders>...  print the reports as a JSON array\n" +
            "  peel --help | --version\n" +
            "Folders are searched for *.txt (including *.peel.txt) and *.peel-grades.csv below them; files are read in ordinal path order.";

        /// <summary>Runs <paramref name="args"/>, writing results to <paramref name="output"/> and problems to <paramref name="error"/>.</summary>
        public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
        {
            if (args.Count == 0 || args[0] is "--help" or "-h" or "help")
            {
                (args.Count == 0 ? error : output).WriteLine(Usage);
                return args.Count == 0 ? UsageError : Ok;
            }
            if (args[0] == "--version")
            {
                output.WriteLine(typeof(PeelCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
                return Ok;
            }

            return args[0] switch
            {
                "check" => WithFiles(args.Skip(1).ToList(), error, files => Check(files, output)),
                "export" => Export(args.Skip(1).ToList(), output, error),
                _ => Fail(error, $"peel: unknown command '{args[0]}'"),
            };
        }

        // The tool may read the clock; the parser does not (PEEL012's upper bound is "after next year").
        private static PeelParseOptions Options => new PeelParseOptions(DateTime.Now.Year);

        private static int Check(IReadOnlyList<string> files, TextWriter output)
        {
            var errors = 0;
            foreach (var diagnostic in PeelFiles.ParseAll(files, Options).Diagnostics)
            {
                output.WriteLine(diagnostic.ToString());
                if (diagnostic.Severity == PeelSeverity.Error) errors++;
            }
            return errors > 0 ? ReportErrors : Ok;
        }

        private static int Export(List<string> args, TextWriter output, TextWriter error)
        {
            var format = args.IndexOf("--format");
            if (format < 0 || format + 1 >= args.Count) return Fail(error, "peel export: --format json is required");
            if (args[format + 1] != "json") return Fail(error, $"peel export: unknown format '{args[format + 1]}' (supported: json)");
            args.RemoveRange(format, 2);
            return WithFiles(args, error, files =>
            {
                JsonExport.Write(PeelFiles.ParseAll(files, Options).Reports, output);
                return Ok;
            });
        }

        private static int WithFiles(IReadOnlyList<string> paths, TextWriter error, Func<IReadOnlyList<string>, int> run)
        {
            if (paths.Count == 0) return Fail(error, "peel: name at least one file or folder");
            var unknownOption = paths.FirstOrDefault(p => p.StartsWith("--", StringComparison.Ordinal));
            if (unknownOption != null) return Fail(error, $"peel: unknown option '{unknownOption}'");
            IReadOnlyList<string> files;
            try
            {
                files = PeelFiles.Find(paths);
            }
            catch (FileNotFoundException missing)
            {
                error.WriteLine($"peel: {missing.Message}");
                return UsageError;
            }
            return run(files);
        }

        private static int Fail(TextWriter error, string message)
        {
            error.WriteLine(message);
            error.WriteLine(Usage);
            return UsageError;
        }
    }
}
