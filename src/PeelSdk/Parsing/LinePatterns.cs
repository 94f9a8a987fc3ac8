using System;
using System.Text.RegularExpressions;

namespace PeelSdk.Parsing
{
    /// <summary>Which list a list heading opens.</summary>
    internal enum ListKind
    {
        // The report-level lists are numbered as their finding ids and the data format number them.
        AreasForImprovement = FindingIds.AreasForImprovement,
        CausesOfConcern = FindingIds.CausesOfConcern,
        Recommendations = FindingIds.Recommendations,

        /// <summary>"Innovative practice" or "Promising practice" in an integrated report: its items are findings of the area.</summary>
        Practice,
    }

    /// <summary>Recognises the kinds of line a PEEL report text is made of. Every test is culture-invariant.</summary>
    internal static class LinePatterns
    {
        // Chrome, grade words and list headings are short lines; testing the length first spares the casing and regex work on findings.
        private const int ShortLine = 40;

        private const RegexOptions Options = RegexOptions.CultureInvariant;

        private static readonly Regex Header = new Regex(@"^(?<force>\S.*?)\s+PEEL\s+(?<year>\d{4})$", Options);

        // Page furniture of the published web pages; kept as notes, never an error.
        private static readonly Regex Chrome = new Regex(
            @"^(?:Skip to content|Last updated \d{1,2}/\d{1,2}/\d{4}|English|Cymraeg|English Cymraeg|\d{1,2}|Questions for (?:Effectiveness|Efficienc"
                + @"y|Legitimacy|Leadership|Other inspections))$",
            Options | RegexOptions.IgnoreCase
        );

        private static readonly Regex LastUpdated = new Regex(
            @"^Last updated (?<day>\d{1,2})/(?<month>\d{1,2})/(?<year>\d{4})$",
            Options | RegexOptions.IgnoreCase
        );

        // 2014 force overview pages: "Durham 2014", no "PEEL".
        private static readonly Regex OverviewHeader = new Regex(@"^\S.*?\s+20\d\d$", Options);

        // Pages of 2017-2018 name no pillar: the headline question says which it is (data: pattern, pillar).
        private static readonly (Regex Headline, Pillar Pillar)[] PillarHeadlines =
        {
            (new Regex(@"^How effective(ly)?\b|tackles crime", Options | RegexOptions.IgnoreCase), Pillar.Effectiveness),
            (new Regex(@"^How efficient(ly)?\b|value for money", Options | RegexOptions.IgnoreCase), Pillar.Efficiency),
            (new Regex(@"^How legitimate(ly)?\b|fairness and legitimacy", Options | RegexOptions.IgnoreCase), Pillar.Legitimacy),
            (new Regex(@"^How well led\b|\bleadership\b", Options | RegexOptions.IgnoreCase), Pillar.Leadership),
            (new Regex(@"\bother inspections\b", Options | RegexOptions.IgnoreCase), Pillar.OtherInspections),
        };

        private static readonly Regex CarriedOver = new Regex(
            @"judge?ment from the (?<year>\d{4}) \w+ inspection has been carried over",
            Options | RegexOptions.IgnoreCase
        );

        // What a pillar's own judgment is about: "keeping people safe (and reducing crime)"; for efficiency in 2018,
        // exactly "operating efficiently and sustainably".
        private static readonly Regex PillarWide = new Regex(@"\bkeep(s|ing)? people safe\b", Options | RegexOptions.IgnoreCase);

        private static readonly Regex EfficiencyWide = new Regex(
            @"^(?:at|in)\s+operating\s+efficiently\s+and\s+sustainably\W*$",
            Options | RegexOptions.IgnoreCase
        );

        private static readonly Regex Bullet = new Regex(@"^\s*[-•*–]\s+", Options);

        // A second sentence inside a line: a question line asks one question.
        private static readonly Regex SentenceBreak = new Regex(@"[.!?]\s+[A-Z]", Options);

        private static readonly Regex HeadlinePhrase = new Regex(@"^(?:How|To what extent)\s", Options);

        /// <summary>A header line; <paramref name="yearIndex"/> is where the year stands within <paramref name="trimmed"/>.</summary>
        public static bool TryHeader(string trimmed, out string force, out int year, out int yearIndex)
        {
            var match = Header.Match(trimmed);
            force = match.Success ? match.Groups["force"].Value : string.Empty;
            year = match.Success ? int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            yearIndex = match.Success ? match.Groups["year"].Index : 0;
            return match.Success;
        }

        public static bool IsChrome(string trimmed) => trimmed.Length <= ShortLine && Chrome.IsMatch(trimmed);

        public static bool IsUngraded(string trimmed) => string.Equals(trimmed, "Ungraded", StringComparison.OrdinalIgnoreCase);

        /// <summary>The date of a <c>Last updated dd/mm/yyyy</c> line, if it is one and the date exists.</summary>
        public static DateTime? TryLastUpdated(string trimmed)
        {
            var match = trimmed.Length <= ShortLine ? LastUpdated.Match(trimmed) : Match.Empty;
            if (!match.Success)
            {
                return null;
            }

            int Number(string group) => int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);
            var (year, month, day) = (Number("year"), Number("month"), Number("day"));
            return month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateTime(year, month, day) : (DateTime?)null;
        }

        /// <summary>The year in "our judgment from the 2016 effectiveness inspection has been carried over", if the text says so.</summary>
        public static int? CarriedOverFrom(string text)
        {
            var match = text.IndexOf("carried over", StringComparison.OrdinalIgnoreCase) >= 0 ? CarriedOver.Match(text) : Match.Empty;
            return match.Success ? int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        }

        /// <summary>A judgment clause about the whole pillar rather than one question ("at reducing crime and keeping people safe").</summary>
        public static bool IsPillarWideClause(string clause, Pillar? pillar) =>
            PillarWide.IsMatch(clause) || (pillar == Pillar.Efficiency && EfficiencyWide.IsMatch(clause));

        /// <summary>A 2014 force overview page header such as <c>Durham 2014</c>.</summary>
        public static bool IsOverviewHeader(string trimmed) => trimmed.Length <= ShortLine && OverviewHeader.IsMatch(trimmed);

        /// <summary>The pillar a headline question belongs to, for pages that name none.</summary>
        public static Pillar? PillarOfHeadline(string headline)
        {
            foreach (var (pattern, pillar) in PillarHeadlines)
            {
                if (pattern.IsMatch(headline))
                {
                    return pillar;
                }
            }
            return null;
        }

        public static bool TryPillar(string trimmed, out Pillar pillar)
        {
            for (var i = 0; i < PillarNames.Count; i++)
            {
                if (EqualsIgnoringSpaces(trimmed, PillarNames.Of((Pillar)i)))
                {
                    pillar = (Pillar)i;
                    return true;
                }
            }
            pillar = default;
            return false;
        }

        /// <summary>
        /// The pillar a "Questions for &lt;pillar&gt;" line of a saved page names (the heading over its questions), or
        /// <see langword="null"/>: the 2015 and 2016 leadership pages are headed "Other inspections" but ask "Questions for Leadership".
        /// </summary>
        public static Pillar? QuestionsFor(string trimmed)
        {
            const string Prefix = "Questions for ";
            if (trimmed.Length > ShortLine || !trimmed.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            return TryPillar(trimmed.Substring(Prefix.Length), out var pillar) ? pillar : (Pillar?)null;
        }

        /// <summary>True for a line about police leadership ("how well led forces are", "Police leadership is crucial …").</summary>
        public static bool MentionsLeadership(string trimmed) => Leadership.IsMatch(trimmed);

        private static readonly Regex Leadership = new Regex(@"\b(?:leadership|well[- ]led|leaders)\b", Options | RegexOptions.IgnoreCase);

        /// <summary>True if <paramref name="text"/> is <paramref name="name"/>, ignoring case and spaces ("Other inspections").</summary>
        private static bool EqualsIgnoringSpaces(string text, string name)
        {
            var n = 0;
            foreach (var c in text)
            {
                if (c == ' ')
                {
                    continue;
                }

                if (n == name.Length || char.ToUpperInvariant(c) != char.ToUpperInvariant(name[n]))
                {
                    return false;
                }

                n++;
            }
            return n == name.Length;
        }

        /// <summary>A grade word standing alone on its line.</summary>
        public static bool TryGradeWord(string trimmed, out Grade grade)
        {
            grade = default;
            return trimmed.Length <= ShortLine && GradeWords.TryParse(trimmed, out grade);
        }

        public static bool TryListHeading(string trimmed, out ListKind kind)
        {
            kind = default;
            if (trimmed.Length > ShortLine)
            {
                return false;
            }

            var heading = trimmed.TrimEnd(':').Trim().ToLowerInvariant();
            switch (heading)
            {
                case "areas for improvement":
                case "area for improvement":
                    kind = ListKind.AreasForImprovement;
                    return true;
                case "causes of concern":
                case "cause of concern":
                    kind = ListKind.CausesOfConcern;
                    return true;
                case "recommendations":
                case "recommendation":
                    kind = ListKind.Recommendations;
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>The offset within <paramref name="content"/> where a bulleted item's text starts, or -1.</summary>
        public static int BulletTextOffset(string content)
        {
            var match = Bullet.Match(content);
            return match.Success && match.Length < content.Length ? match.Length : -1;
        }

        /// <summary>A line that asks one question: starts with a capital, ends with '?', holds no second sentence.</summary>
        public static bool IsQuestion(string trimmed) =>
            trimmed.Length > 1 && char.IsUpper(trimmed[0]) && trimmed[trimmed.Length - 1] == '?' && !SentenceBreak.IsMatch(trimmed);

        /// <summary>A headline: a question, or (2014) a "How well the force …" phrase without a full stop.</summary>
        public static bool IsHeadline(string trimmed) =>
            IsQuestion(trimmed)
            || (
                HeadlinePhrase.IsMatch(trimmed)
                && !trimmed.EndsWith(".", StringComparison.Ordinal)
                && !trimmed.EndsWith(":", StringComparison.Ordinal)
                && !SentenceBreak.IsMatch(trimmed)
            );

        /// <summary>A line that continues the paragraph above it: it starts with a lower-case letter.</summary>
        public static bool IsContinuation(string trimmed) => trimmed.Length > 0 && char.IsLower(trimmed[0]);
    }
}
