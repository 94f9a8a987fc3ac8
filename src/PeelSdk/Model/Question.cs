using System.Collections.Generic;

namespace PeelSdk
{
    /// <summary>A question of a report with the findings under it. The headline question is number 0.</summary>
    public sealed record Question
    {
        /// <summary>Creates a question.</summary>
        public Question(int number, string key, string text, SourceSpan source, Grade? grade, Finding? judgement, int? gradeLine, IEnumerable<Finding> findings)
        {
            Number = number;
            Key = key;
            Text = text;
            Source = source;
            Grade = grade;
            Judgement = judgement;
            GradeLine = gradeLine;
            Findings = ValueList<Finding>.From(findings);
        }

        /// <summary>1-based position among the report's core questions; 0 for the headline question.</summary>
        public int Number { get; }

        /// <summary>A stable identifier for the question, unique within its report (the generated property name).</summary>
        public string Key { get; }

        /// <summary>The question as written.</summary>
        public string Text { get; }

        /// <summary>Where the question line stands.</summary>
        public SourceSpan Source { get; }

        /// <summary>The graded judgement stated in this question's section, or <see langword="null"/> where none is stated.</summary>
        public Grade? Grade { get; }

        /// <summary>The finding that states the grade, or <see langword="null"/>.</summary>
        public Finding? Judgement { get; }

        /// <summary>The line of the sentence (or grade word) that states the grade, or <see langword="null"/>.</summary>
        public int? GradeLine { get; }

        /// <summary>The findings under the question, in order (the judgement among them).</summary>
        public IReadOnlyList<Finding> Findings { get; }

        /// <inheritdoc />
        public override string ToString() => Text;
    }
}
