using System.Collections.Generic;
using System.Globalization;

namespace PeelSdk
{
    /// <summary>A problem found in a report text, located by character offset and by 1-based line and column.</summary>
    public sealed record PeelDiagnostic
    {
        /// <summary>Creates a diagnostic of <paramref name="rule"/> at <paramref name="location"/> in <paramref name="file"/>.</summary>
        public PeelDiagnostic(PeelRule rule, string file, TextLocation location, IEnumerable<string> arguments)
        {
            Rule = rule;
            File = file;
            Location = location;
            Arguments = ValueList<string>.From(arguments);
        }

        /// <summary>The rule broken.</summary>
        public PeelRule Rule { get; }

        /// <summary>The report file.</summary>
        public string File { get; }

        /// <summary>Where in the text.</summary>
        public TextLocation Location { get; }

        /// <summary>The values put into the rule's message format.</summary>
        public IReadOnlyList<string> Arguments { get; }

        /// <summary>The rule id, e.g. <c>PEEL001</c>.</summary>
        public string Id => Rule.Id;

        /// <summary>The rule's default severity.</summary>
        public PeelSeverity Severity => Rule.Severity;

        /// <summary>What is wrong and how to fix it.</summary>
        public string Message
        {
            get
            {
                var arguments = new object[Arguments.Count];
                for (var i = 0; i < arguments.Length; i++)
                {
                    arguments[i] = Arguments[i];
                }

                return string.Format(CultureInfo.InvariantCulture, Rule.MessageFormat, arguments);
            }
        }

        /// <summary>The lower-case severity word MSBuild prints.</summary>
        public string SeverityText =>
            Severity switch
            {
                PeelSeverity.Error => "error",
                PeelSeverity.Warning => "warning",
                _ => "info",
            };

        /// <summary>The MSBuild form: <c>path(line,col): error PEEL001: message</c>.</summary>
        public override string ToString() =>
            $"{File}({Location.Line.ToString(CultureInfo.InvariantCulture)},{Location.Column.ToString(CultureInfo.InvariantCulture)}): "
            + $"{SeverityText} {Id}: {Message}";
    }
}
