using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace PeelSdk.Cli
{
    /// <summary>What the console is: whether output and errors go to a terminal, and whether colour is wanted (<c>NO_COLOR</c> unset).</summary>
    public sealed record Terminal(bool OutputIsTerminal, bool ErrorIsTerminal, bool ColorAllowed)
    {
        /// <summary>Neither stream is a terminal: plain output, no progress (what tests and pipes get).</summary>
        public static readonly Terminal Redirected = new Terminal(false, false, false);

        /// <summary>This process's console.</summary>
        public static Terminal Current =>
            new Terminal(!Console.IsOutputRedirected, !Console.IsErrorRedirected, string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));
    }

    /// <summary>The <c>peel</c> commands, with their output and exit codes.</summary>
    public static class PeelCommand
    {
        /// <summary>Success: no error found.</summary>
        public const int Ok = 0;

        /// <summary><c>check</c> found at least one error.</summary>
        public const int ReportErrors = 1;

        /// <summary>Bad command line or a path that does not exist.</summary>
        public const int UsageError = 2;

        // Fewer files than this parse too fast for a progress line to help.
        private const int ProgressThreshold = 100;

        /// <summary>The commands, each once: its name, synopsis, options and what it does. Usage, checks and dispatch read this table.</summary>
        private static readonly Command[] Commands =
        {
            new Command("check", "<files or folders>...", "print diagnostics in MSBuild form; exit 1 on any error", Array.Empty<string>(), RunCheck),
            new Command(
                "export",
                $"--format {string.Join("|", ExportFormats.Names)} [-o FILE] <paths>",
                "the reports as JSON, CSV (a row per graded unit) or Markdown",
                new[] { "--format", "-o" },
                RunExport
            ),
            new Command(
                "grades",
                "[--year YEAR] <files or folders>...",
                "the force × question grade matrix of each year or cycle (or one: 2016, 2021/22, 2023-25)",
                new[] { "--year" },
                RunGrades
            ),
            new Command("html", "-o FILE <files or folders>...", "a self-contained HTML grade map", new[] { "-o" }, RunHtml),
        };

        private static readonly string Usage =
            "Usage:\n"
            + string.Concat(Commands.Select(c => $"  peel {c.Name} {c.Synopsis}".PadRight(60) + c.Description + "\n"))
            + "  peel --help | --version\n"
            + $"Folders are searched for *{PeelFileKinds.TextExtension} (including *{PeelFileKinds.ReportExtension}) and "
            + $"*{PeelFileKinds.GradeTableExtension} below them; files are read in ordinal path order.\n"
            + "Pages that are not reports (news releases, landing pages, letters, frameworks) are named by check (PEEL022) and skipped by\n"
            + "export, grades and html, which print each file they skip and a total to standard error; a news release's grades still grade its report.\n"
            + "Symbolic links are followed, each real folder once and each real file once (under its first path); broken links are skipped with a warning.\n"
            + "Colour is used when standard output is a terminal and NO_COLOR is not set; progress goes to standard error when it is a terminal.";

        /// <summary>The names of the commands, in usage order.</summary>
        public static IReadOnlyList<string> CommandNames { get; } = Commands.Select(c => c.Name).ToArray();

        /// <summary>Runs <paramref name="args"/>, writing results to <paramref name="output"/> and problems to <paramref name="error"/>, as if
        /// redirected.</summary>
        public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error) => Run(args, output, error, Terminal.Redirected);

        /// <summary>Runs <paramref name="args"/> on a console described by <paramref name="terminal"/>.</summary>
        public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, Terminal terminal)
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

            var command = Commands.FirstOrDefault(c => c.Name == args[0]);
            if (command is null)
            {
                return Fail(error, $"peel: unknown command '{args[0]}'");
            }

            if (!CommandLine.TryParse(args.Skip(1).ToList(), out var line, out var problem))
            {
                return Fail(error, $"peel {command.Name}: {problem}");
            }

            var unknown = line.Options.Keys.FirstOrDefault(o => !command.Options.Contains(o));
            if (unknown != null)
            {
                return Fail(error, $"peel {command.Name}: unknown option '{unknown}'");
            }

            return command.Run(line, new CommandIo(output, error, terminal));
        }

        private static int RunCheck(CommandLine line, CommandIo console) => WithReports(line, console, read => Check(read, console.Output));

        private static int RunExport(CommandLine line, CommandIo console)
        {
            var format = line.Option("--format");
            if (format is null)
            {
                return Fail(console.Error, $"peel export: --format {string.Join("|", ExportFormats.Names)} is required");
            }

            if (ExportFormats.Find(format) is not { } export)
            {
                return Fail(console.Error, $"peel export: unknown format '{format}' (supported: {string.Join(", ", ExportFormats.Names)})");
            }

            return WithReports(line, console, read =>
                Write(line.Option("-o"), console.Output, writer => export(Summarise(read, console.Error).Reports, writer))
            );
        }

        private static int RunGrades(CommandLine line, CommandIo console)
        {
            int? year = null;
            if (line.Option("--year") is string yearText)
            {
                if (!PeelCycles.TryParse(yearText, out var parsed))
                {
                    return Fail(console.Error, $"peel grades: --year '{yearText}' is not a PEEL year or cycle (such as 2016, 2021/22 or 2023-25)");
                }

                year = parsed;
            }
            return WithReports(line, console, read =>
            {
                var catalog = Catalog(Summarise(read, console.Error).Reports);
                if (year is int wanted && !catalog.Any(r => r.Year == wanted))
                {
                    console.Error.WriteLine($"peel grades: no report of PEEL {PeelCycles.NameOf(wanted)} among the files read");
                    return ReportErrors;
                }
                GradeTableView.Write(catalog, year, console.Terminal.OutputIsTerminal && console.Terminal.ColorAllowed, console.Output);
                return Ok;
            });
        }

        private static int RunHtml(CommandLine line, CommandIo console)
        {
            var target = line.Option("-o");
            if (target is null)
            {
                return Fail(console.Error, "peel html: -o FILE is required");
            }

            return WithReports(line, console, read =>
            {
                var summary = Summarise(read, console.Error);
                return Write(target, console.Output, writer => HtmlGradeMap.Write(Catalog(summary.Reports), summary.Total, writer));
            });
        }

        // The tool may read the clock; the parser does not (PEEL012's upper bound is "after next year").
        private static PeelParseOptions Options => new PeelParseOptions(DateTime.Now.Year);

        private static int Check(PeelFileSet files, TextWriter output)
        {
            var errors = 0;
            foreach (var diagnostic in files.Diagnostics)
            {
                output.WriteLine(diagnostic.ToString());
                if (diagnostic.Severity == PeelSeverity.Error)
                {
                    errors++;
                }
            }
            return errors > 0 ? ReportErrors : Ok;
        }

        /// <summary>The reports a command works on; every other file it read is named on standard error with why, then the total.</summary>
        private static ReadSummary Summarise(PeelFileSet files, TextWriter error)
        {
            var summary = ReadSummary.Of(files);
            summary.Write(error);
            return summary;
        }

        /// <summary>The reports as a catalog, for the grade queries.</summary>
        private static PeelCatalog Catalog(IEnumerable<ParsedReport> reports) => new PeelCatalog(reports.Select(r => r.ToReport()!));

        /// <summary>Writes to <paramref name="path"/> (UTF-8, no byte order mark) or, without one, to <paramref name="output"/>.</summary>
        private static int Write(string? path, TextWriter output, Action<TextWriter> write)
        {
            if (path is null)
            {
                write(output);
                return Ok;
            }
            using (var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                write(file);
            }
            return Ok;
        }

        private static int WithReports(CommandLine line, CommandIo console, Func<PeelFileSet, int> run)
        {
            var error = console.Error;
            if (line.Paths.Count == 0)
            {
                return Fail(error, "peel: name at least one file or folder");
            }

            IReadOnlyList<string> files;
            try
            {
                files = PeelFiles.Find(line.Paths, warning => error.WriteLine($"peel: warning: {warning}"));
            }
            catch (FileNotFoundException missing)
            {
                error.WriteLine($"peel: {missing.Message}");
                return UsageError;
            }
            var progress = console.Terminal.ErrorIsTerminal && files.Count >= ProgressThreshold ? new ProgressLine(error) : null;
            var parsed = PeelFiles.ParseAll(files, Options, progress);
            progress?.Finish();
            try
            {
                return run(parsed);
            }
            catch (IOException writing)
            {
                error.WriteLine($"peel: {writing.Message}");
                return UsageError;
            }
            catch (UnauthorizedAccessException denied)
            {
                error.WriteLine($"peel: {denied.Message}");
                return UsageError;
            }
        }

        private static int Fail(TextWriter error, string message)
        {
            error.WriteLine(message);
            error.WriteLine(Usage);
            return UsageError;
        }

        /// <summary>A command: its name, what follows it, what it does, the options it takes, and how it runs.</summary>
        private sealed record Command(string Name, string Synopsis, string Description, string[] Options, Func<CommandLine, CommandIo, int> Run);

        /// <summary>Where a command writes: results, problems, and what the console is.</summary>
        private sealed record CommandIo(TextWriter Output, TextWriter Error, Terminal Terminal);

        /// <summary>"parsed 120 of 3,000 reports" on one rewritten line of a terminal, at most once per percent.</summary>
        private sealed class ProgressLine : IProgress<(int Done, int Total)>
        {
            private readonly TextWriter error;
            private int shownPercent = -1;

            public ProgressLine(TextWriter error) => this.error = error;

            public void Report((int Done, int Total) value)
            {
                var percent = value.Done * 100 / value.Total;
                if (percent == shownPercent)
                {
                    return;
                }

                shownPercent = percent;
                error.Write(
                    $"\rpeel: parsed {value.Done.ToString("N0", CultureInfo.InvariantCulture)} "
                        + $"of {value.Total.ToString("N0", CultureInfo.InvariantCulture)} reports ({percent.ToString(CultureInfo.InvariantCulture)}%)"
                );
            }

            public void Finish() => error.WriteLine();
        }
    }
}
