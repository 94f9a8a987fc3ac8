namespace PeelSdk.Parsing
{
    /// <summary>What a line of a pillar report's body is.</summary>
    internal enum LineKind
    {
        /// <summary>Nothing but white space: it ends a paragraph.</summary>
        Blank,

        /// <summary>The next line of the open paragraph (a wrapped line).</summary>
        Continuation,

        /// <summary>Page chrome of a saved web page ("Skip to content", "Last updated …"), kept as a note.</summary>
        Chrome,

        /// <summary>"Ungraded" under a question.</summary>
        Ungraded,

        /// <summary>A list heading such as "Areas for improvement".</summary>
        ListHeading,

        /// <summary>A line that starts with a bullet.</summary>
        ListItem,

        /// <summary>A heading of an integrated report that opens no section ("Our judgments"): structure, not content.</summary>
        Heading,

        /// <summary>The heading of an integrated report's section that is not an area ("Important changes to PEEL"): its text is kept as notes.</summary>
        NoteHeading,

        /// <summary>A grade word alone on its line.</summary>
        GradeWord,

        /// <summary>The headline question, or a core question after it; in an integrated report "Overall summary" or an area heading.</summary>
        Section,

        /// <summary>Anything else: the start of a paragraph.</summary>
        Text,
    }

    /// <summary>A classified line: its kind, and the list heading's kind, the bullet's text offset or the grade where the kind has one.</summary>
    internal readonly record struct ClassifiedLine(LineKind Kind, ListKind List = default, int TextOffset = 0, Grade Grade = default);

    /// <summary>
    /// Decides what a body line is, from the line and two facts about where the reader stands. Deciding is kept
    /// apart from acting on it (<see cref="ReportReader"/>), so a layout's lines are tested and extended in one place.
    /// </summary>
    internal static class LineClassifier
    {
        /// <param name="line">The line.</param>
        /// <param name="continuesParagraph">A paragraph is open and this line follows it with no blank line between.</param>
        /// <param name="beforeHeadline">No headline question has been read yet.</param>
        /// <param name="integratedYear">For an integrated report, its cycle's first year; <see langword="null"/> for a pillar report.</param>
        public static ClassifiedLine Classify(SourceLine line, bool continuesParagraph, bool beforeHeadline, int? integratedYear = null)
        {
            var trimmed = line.Trimmed;
            if (trimmed.Length == 0)
            {
                return new ClassifiedLine(LineKind.Blank);
            }

            if (continuesParagraph && LinePatterns.IsContinuation(trimmed))
            {
                return new ClassifiedLine(LineKind.Continuation);
            }

            if (LinePatterns.IsChrome(trimmed))
            {
                return new ClassifiedLine(LineKind.Chrome);
            }

            if (LinePatterns.IsUngraded(trimmed))
            {
                return new ClassifiedLine(LineKind.Ungraded);
            }

            if (LinePatterns.TryListHeading(trimmed, out var list))
            {
                return new ClassifiedLine(LineKind.ListHeading, List: list);
            }

            if (integratedYear is int cycle && ClassifyIntegrated(trimmed, cycle) is ClassifiedLine integrated)
            {
                return integrated;
            }

            var bullet = LinePatterns.BulletTextOffset(line.Content);
            if (bullet >= 0)
            {
                return new ClassifiedLine(LineKind.ListItem, TextOffset: bullet);
            }

            if (LinePatterns.TryGradeWord(trimmed, out var grade))
            {
                return new ClassifiedLine(LineKind.GradeWord, Grade: grade);
            }

            if (beforeHeadline ? LinePatterns.IsHeadline(trimmed) : LinePatterns.IsQuestion(trimmed))
            {
                return new ClassifiedLine(LineKind.Section);
            }

            return new ClassifiedLine(LineKind.Text);
        }

        private static ClassifiedLine? ClassifyIntegrated(string trimmed, int year)
        {
            if (IntegratedPatterns.IsPracticeHeading(trimmed))
            {
                return new ClassifiedLine(LineKind.ListHeading, List: ListKind.Practice);
            }

            if (IntegratedPatterns.IsOurJudgments(trimmed))
            {
                return new ClassifiedLine(LineKind.Heading);
            }

            if (IntegratedPatterns.IsNoteHeading(trimmed))
            {
                return new ClassifiedLine(LineKind.NoteHeading);
            }

            if (IntegratedPatterns.IsOverallSummary(trimmed) || IsAreaHeading(trimmed, year))
            {
                return new ClassifiedLine(LineKind.Section);
            }

            return null;
        }

        /// <summary>
        /// A short line that names a known area of the cycle and is no sentence (no full stop, no verb such as "is" or "should"),
        /// nor a contents line ending in a page number: "Investigating crime", not "The force is good at investigating crime".
        /// </summary>
        private static bool IsAreaHeading(string trimmed, int year) =>
            trimmed.Length <= 100
            && char.IsUpper(trimmed[0])
            && ".:;,!".IndexOf(trimmed[trimmed.Length - 1]) < 0
            && !char.IsDigit(trimmed[trimmed.Length - 1])
            && !LinePatterns.TryGradeWord(trimmed, out _)
            && !HasVerb(trimmed)
            && QuestionCatalog.Match(trimmed, Pillar.Integrated, year) != null;

        private static readonly string[] Verbs = { " is ", " are ", " was ", " were ", " has ", " have ", " should ", " needs ", " must ", " does ", " can " };

        private static bool HasVerb(string trimmed)
        {
            foreach (var verb in Verbs)
            {
                if (trimmed.IndexOf(verb, System.StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }
            return false;
        }
    }
}
