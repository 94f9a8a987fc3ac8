using System;
using System.Collections.Generic;

namespace PeelSdk.Cli
{
    /// <summary>A command's arguments: options with a value (<c>--format csv</c>, <c>-o FILE</c>) and the paths.</summary>
    internal sealed class CommandLine
    {
        private CommandLine(Dictionary<string, string> options, List<string> paths)
        {
            Options = options;
            Paths = paths;
        }

        public IReadOnlyDictionary<string, string> Options { get; }

        public IReadOnlyList<string> Paths { get; }

        public string? Option(string name) => Options.TryGetValue(name, out var value) ? value : null;

        /// <summary>Splits <paramref name="args"/>; every option takes a value, so a missing one or a repeated option is a usage error.</summary>
        public static bool TryParse(IReadOnlyList<string> args, out CommandLine line, out string? problem)
        {
            var options = new Dictionary<string, string>(StringComparer.Ordinal);
            var paths = new List<string>();
            line = new CommandLine(options, paths);
            for (var i = 0; i < args.Count; i++)
            {
                var arg = args[i];
                if (!arg.StartsWith("-", StringComparison.Ordinal) || arg == "-")
                {
                    paths.Add(arg);
                    continue;
                }
                var name = arg == "--output" ? "-o" : arg;
                if (i + 1 >= args.Count)
                {
                    problem = $"option '{arg}' needs a value";
                    return false;
                }
                if (options.ContainsKey(name))
                {
                    problem = $"option '{arg}' is given twice";
                    return false;
                }
                options.Add(name, args[++i]);
            }
            problem = null;
            return true;
        }
    }
}
