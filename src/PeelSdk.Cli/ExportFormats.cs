using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PeelSdk.Cli
{
    /// <summary>The formats of <c>peel export</c>, each once: its name and its writer.</summary>
    internal static class ExportFormats
    {
        private static readonly (string Name, Action<IEnumerable<ParsedReport>, TextWriter> Write)[] All =
        {
            ("json", JsonExport.Write),
            ("csv", CsvExport.Write),
            ("markdown", MarkdownExport.Write),
        };

        public static IReadOnlyList<string> Names { get; } = All.Select(format => format.Name).ToArray();

        /// <summary>The writer of the format named <paramref name="name"/>, or <see langword="null"/>.</summary>
        public static Action<IEnumerable<ParsedReport>, TextWriter>? Find(string name) => All.FirstOrDefault(format => format.Name == name).Write;
    }
}
