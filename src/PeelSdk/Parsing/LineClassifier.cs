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

        /// <summary>A grade word alone on its line.</summary>
        GradeWord,

        /// <summary>The headline question, or a core question after it.</summary>
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
        public static ClassifiedLine Classify(SourceLine line, bool continuesParagraph, bool beforeHeadline)
        {
            var trimmed = line.Trimmed;
            if (trimmed.Length == 0) return new ClassifiedLine(LineKind.Blank);
            if (continuesParagraph && LinePatterns.IsContinuation(trimmed)) return new ClassifiedLine(LineKind.Continuation);
            if (LinePatterns.IsChrome(trimmed)) return new ClassifiedLine(LineKind.Chrome);
            if (LinePatterns.IsUngraded(trimmed)) return new ClassifiedLine(LineKind.Ungraded);
            if (LinePatterns.TryListHeading(trimmed, out var list)) return new ClassifiedLine(LineKind.ListHeading, List: list);
            var bullet = LinePatterns.BulletTextOffset(line.Content);
            if (bullet >= 0) return new ClassifiedLine(LineKind.ListItem, TextOffset: bullet);
            if (LinePatterns.TryGradeWord(trimmed, out var grade)) return new ClassifiedLine(LineKind.GradeWord, Grade: grade);
            if (beforeHeadline ? LinePatterns.IsHeadline(trimmed) : LinePatterns.IsQuestion(trimmed)) return new ClassifiedLine(LineKind.Section);
            return new ClassifiedLine(LineKind.Text);
        }
    }
}
