using System.Collections.Generic;

namespace PeelSdk
{
    /// <summary>A question of a report with the findings under it. The headline question is number 0.</summary>
    public sealed record Question
    {
        /// <summary>Creates a question.</summary>
        internal Question(
            int number,
            string key,
            string text,
            SourceSpan source,
            Grade? grade,
            GradeSource? gradeSource,
            Finding? judgment,
            IEnumerable<Finding> findings,
            bool isUngraded = false,
            int? carriedOverFrom = null
        )
        {
            Number = number;
            Key = key;
            Text = text;
            Source = source;
            Grade = grade;
            GradeSource = gradeSource;
            Judgment = judgment;
            Findings = ValueList<Finding>.From(findings);
            IsUngraded = isUngraded;
            CarriedOverFrom = carriedOverFrom;
        }

        /// <summary>
        /// The question's number in its year's PEEL question set (2018 effectiveness: investigating crime is 2 even on a page
        /// that leaves out question 1); 0 for the headline. A question the set does not have is numbered after the set's
        /// questions, in page order; an integrated report's areas are numbered in page order.
        /// </summary>
        public int Number { get; }

        /// <summary>
        /// A stable identifier, unique within its report and the generated property name: the catalog key for a known
        /// PEEL question (the same across years, e.g. <c>PreventingCrime</c>), else derived from the text.
        /// </summary>
        public string Key { get; }

        /// <summary>The question as written.</summary>
        public string Text { get; }

        /// <summary>Where the question line stands.</summary>
        public SourceSpan Source { get; }

        /// <summary>The grade: stated in the text or, where the text states none, from a grades table; <see langword="null"/> when neither gives one.</summary>
        public Grade? Grade { get; }

        /// <summary>Where <see cref="Grade"/> comes from, or <see langword="null"/>.</summary>
        public GradeSource? GradeSource { get; }

        /// <summary>The line <see cref="Grade"/> comes from (in the text or the table), or <see langword="null"/>.</summary>
        public int? GradeLine => GradeSource?.Line;

        /// <summary>The finding that states the grade, or <see langword="null"/>.</summary>
        public Finding? Judgment { get; }

        /// <summary>The findings under the question, in order (the judgment among them).</summary>
        public IReadOnlyList<Finding> Findings { get; }

        /// <summary>True where the page says <c>Ungraded</c>: not graded on purpose, unlike a grade that is merely not stated.</summary>
        public bool IsUngraded { get; }

        /// <summary>The year whose judgment was carried over ("our judgment from the 2016 … inspection has been carried over"), or
        /// <see langword="null"/>.</summary>
        public int? CarriedOverFrom { get; }

        /// <summary>A copy graded from <paramref name="source"/> (a grades table or a summary sentence).</summary>
        public Question WithGrade(Grade grade, GradeSource source, Finding? judgment) =>
            new Question(Number, Key, Text, Source, grade, source, judgment, Findings, IsUngraded, CarriedOverFrom);

        /// <inheritdoc />
        public override string ToString() => Text;
    }
}
