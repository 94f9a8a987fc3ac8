using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PeelSdk.Parsing
{
    /// <summary>
    /// Recognises the lines of an integrated PEEL report (2021/22 onwards): its title forms, the "Overall summary" opening with its
    /// area counts, the ungraded areas, the "awarded no … grades" sentences, and the headings of sections that are not areas.
    /// Every test is culture-invariant.
    /// </summary>
    internal static class IntegratedPatterns
    {
        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

        // "2021/22", "2023–25", "2023-2025": the cycle's first year and the short or long end year.
        private const string CyclePattern = @"(?<start>20\d\d)\s*(?:/|[–—-])\s*(?<end>(?:20)?\d\d)\b";

        private const string PillarsPhrase = @"Police\s+effectiveness,\s+efficiency\s+and\s+legitimacy";

        // "PEEL 2023–25 Police effectiveness, efficiency and legitimacy", "PEEL 2021/22 – An inspection of Kent Police",
        // "PEEL 2023–2025: An inspection of Kent Police", "PEEL: Police effectiveness, efficiency and legitimacy 2021/22".
        private static readonly Regex Title = new Regex(
            @"^PEEL:?\s+(?:"
                + PillarsPhrase
                + @"\s+)?\(?"
                + CyclePattern
                + @"\)?(?:\s+"
                + PillarsPhrase
                + @")?(?:\s*[:–—-]?\s*An\s+inspection\s+of\s+(?:the\s+)?(?<force>.+?))?\.?$",
            Options
        );

        // The title's further lines: "Police effectiveness, efficiency and legitimacy", "An inspection of Kent Police".
        private static readonly Regex TitleLine = new Regex(@"^(?:" + PillarsPhrase + @"\.?|An\s+inspection\s+of\s+(?:the\s+)?(?<force>.+?)\.?)$", Options);

        // A line that is only a cycle ("PEEL 2023–2025", "2021/22"), or the framework the report names ("PEEL Assessment Framework 2021/22").
        private static readonly Regex CycleLine = new Regex(@"^(?:PEEL\s+)?" + CyclePattern + @"$", Options);

        private static readonly Regex FrameworkMention = new Regex(@"\bPEEL\s+Assessment\s+Framework\s+" + CyclePattern, Options);

        private static readonly Regex FileNameCycle = new Regex(@"-(?<start>20\d\d)(?:-\d\d)?-", Options);

        // "Our inspection assessed how good Kent Police is in nine areas of policing. We make graded judgments in eight of these nine (areas) as follows:"
        private static readonly Regex Opening = new Regex(
            @"^(?:Our\s+inspection\s+assessed|We\s+(?:have\s+)?(?:inspected|assessed))\s+how\s+(?:good|well)\s+(?:the\s+)?(?<force>.+?)\s+(?:is|are)\"
                + @"s+in\s+(?<assessed>\w+)\s+areas?\s+of\s+policing\b"
                + @"(?:.*?\bgraded\s+judgments?\s+(?:in|for)\s+(?<graded>\w+)\s+of\s+these\b)?",
            Options
        );

        // "We also inspected how effective a service X gives to victims of crime. We don't make a graded judgment …"
        private static readonly Regex AlsoInspected = new Regex(
            @"^We\s+also\s+inspected\b(?<what>[^.]*)\.(?=.*\b(?:don[’']t|do\s+not|does\s+not|doesn[’']t)\s+make\s+(?:a\s+)?graded\s+judgments?\b)",
            Options
        );

        // "Kent Police was awarded no inadequate grades." / "… no requires improvement or inadequate grades."
        private static readonly Regex AwardedNo = new Regex(
            @"\bwas\s+awarded\s+no\s+(?<grades>(?:" + GradeWords.Pattern + @")(?:(?:,\s*|\s+or\s+|,\s+or\s+)(?:" + GradeWords.Pattern + @"))*)\s+grades?\b",
            Options
        );

        private static readonly Regex AwardedGrade = new Regex(GradeWords.Pattern, Options);

        // Sections of an integrated report that are about the inspection, not an area of policing: kept as notes.
        private static readonly Regex NoteHeading = new Regex(
            @"^(?:Important\s+changes\s+to\s+PEEL|Terminology\s+in\s+this\s+report|The\s+operating\s+context\s+for\s+Welsh\s+forces|HM\s+Inspector[’'"
                + @"]s\s+(?:observations|summary)|About\s+this\s+(?:report|inspection)|(?:PEEL\s+)?"
                + CyclePattern
                + ")$",
            Options
        );

        private static readonly Regex OverallSummary = new Regex(@"^Overall\s+summary$", Options);

        private static readonly Regex OurJudgments = new Regex(@"^Our\s+judge?ments$", Options);

        private static readonly Regex PracticeHeading = new Regex(@"^(?:Innovative|Promising)\s+practices?(?:\s+\d+)?:?$", Options);

        // Number words of the openings ("nine areas") and of news releases ("in no areas"); digits are read as digits.
        private static readonly string[] NumberWords =
        {
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        };

        /// <summary>A title line ("PEEL 2023–25 …", or the cycle alone); <paramref name="force"/> is empty when it names none (it may follow on the
        /// next line).</summary>
        public static bool TryTitle(string trimmed, out int year, out string force)
        {
            var match = trimmed.StartsWith("PEEL", StringComparison.OrdinalIgnoreCase) ? Title.Match(trimmed) : Match.Empty;
            year = match.Success ? Year(match) : 0;
            force = match.Success ? match.Groups["force"].Value : string.Empty;
            return match.Success;
        }

        /// <summary>A further line of a title: "Police effectiveness, efficiency and legitimacy" or "An inspection of Kent Police"
        /// (<paramref name="force"/>).</summary>
        public static bool TryTitleLine(string trimmed, out string force)
        {
            var match = trimmed.Length <= 120 ? TitleLine.Match(trimmed) : Match.Empty;
            force = match.Groups["force"].Value;
            return match.Success;
        }

        /// <summary>The opening sentence; <paramref name="assessed"/>/<paramref name="graded"/> are the counts it states, where it states them.</summary>
        public static bool TryOpening(string text, out Group force, out int? assessed, out Group assessedGroup, out int? graded)
        {
            var match =
                text.StartsWith("Our", StringComparison.OrdinalIgnoreCase) || text.StartsWith("We", StringComparison.OrdinalIgnoreCase)
                    ? Opening.Match(text)
                    : Match.Empty;
            force = match.Groups["force"];
            assessedGroup = match.Groups["assessed"];
            assessed = match.Success ? Count(assessedGroup.Value) : null;
            graded = match.Groups["graded"].Success ? Count(match.Groups["graded"].Value) : null;
            return match.Success;
        }

        /// <summary>The first year of the cycle a line names on its own ("PEEL 2023–2025", "2021/22") or as its framework, and the words that name
        /// it.</summary>
        public static int? CycleOf(string trimmed, out string mention)
        {
            var namesAYear = trimmed.IndexOf("20", StringComparison.Ordinal) >= 0;
            var match = namesAYear ? CycleLine.Match(trimmed) : Match.Empty;
            if (namesAYear && !match.Success)
            {
                match = FrameworkMention.Match(trimmed);
            }

            mention = match.Value;
            return match.Success ? Year(match) : (int?)null;
        }

        /// <summary>The cycle's first year from a file named <c>kent-2023-report.peel.txt</c> or <c>kent-2021-22-….peel.txt</c>.</summary>
        public static int? CycleOfFileName(string file)
        {
            var name = System.IO.Path.GetFileName(file);
            var match = FileNameCycle.Match(name);
            var year = match.Success ? int.Parse(match.Groups["start"].Value, CultureInfo.InvariantCulture) : 0;
            return year >= PeelCycles.FirstFiveTierYear ? year : (int?)null;
        }

        public static bool IsOverallSummary(string trimmed) => trimmed.Length < 20 && OverallSummary.IsMatch(trimmed);

        public static bool IsOurJudgments(string trimmed) => trimmed.Length < 20 && OurJudgments.IsMatch(trimmed);

        public static bool IsNoteHeading(string trimmed) => trimmed.Length <= 60 && NoteHeading.IsMatch(trimmed);

        public static bool IsPracticeHeading(string trimmed) => trimmed.Length <= 30 && PracticeHeading.IsMatch(trimmed);

        /// <summary>What the first sentence of "We also inspected … We don't make a graded judgment" names, or <see langword="null"/>.</summary>
        public static string? UngradedAreas(string paragraph)
        {
            var match = paragraph.StartsWith("We also", StringComparison.OrdinalIgnoreCase) ? AlsoInspected.Match(paragraph) : Match.Empty;
            return match.Success ? match.Groups["what"].Value : null;
        }

        /// <summary>The grades an "X was awarded no … grades" sentence rules out, with where the sentence's grade list stands.</summary>
        public static bool TryAwardedNo(string paragraph, out List<Grade> grades, out int index, out int length)
        {
            grades = new List<Grade>();
            var match = paragraph.IndexOf("awarded no", StringComparison.OrdinalIgnoreCase) >= 0 ? AwardedNo.Match(paragraph) : Match.Empty;
            index = match.Success ? match.Index : 0;
            length = match.Success ? match.Length : 0;
            if (!match.Success)
            {
                return false;
            }

            foreach (Match grade in AwardedGrade.Matches(match.Groups["grades"].Value))
            {
                if (GradeWords.TryParse(grade.Value, out var value))
                {
                    grades.Add(value);
                }
            }
            return grades.Count > 0;
        }

        private static int Year(Match match) => int.Parse(match.Groups["start"].Value, CultureInfo.InvariantCulture);

        /// <summary>A count as the inspectorate writes it: digits, or a number word from "no" and "zero" to "fourteen".</summary>
        public static int? Count(string word)
        {
            if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            var lower = word.ToLowerInvariant();
            var index = lower == "no" ? 0 : Array.IndexOf(NumberWords, lower);
            return index >= 0 ? index : (int?)null;
        }
    }
}
