using System.Collections.Generic;
using System.Linq;

namespace PeelSdk
{
    /// <summary>
    /// One graded unit of a report (the headline, a question or an area) as a catalog index holds it: enough to answer
    /// grade queries without decoding the report.
    /// </summary>
    /// <param name="Number">The question's number; 0 for the headline.</param>
    /// <param name="Key">The question's key (<c>Headline</c> for the headline).</param>
    /// <param name="Grade">Its grade, or <see langword="null"/>.</param>
    /// <param name="Line">The line its grade comes from, or <see langword="null"/>.</param>
    /// <param name="SourceFile">The file of that line where it is not the report's own (a grades table), else <see langword="null"/>.</param>
    internal sealed record GradedUnit(int Number, string Key, Grade? Grade, int? Line, string? SourceFile)
    {
        /// <summary>The headline and each question of a report, in order.</summary>
        public static ValueList<GradedUnit> Of(Question? headline, IEnumerable<Question> questions, string file) =>
            ValueList<GradedUnit>.From(
                (headline is null ? questions : new[] { headline }.Concat(questions)).Select(q => new GradedUnit(
                    q.Number,
                    q.Key,
                    q.Grade,
                    q.GradeSource?.Line,
                    q.GradeSource is { } source && source.File != file ? source.File : null
                ))
            );
    }
}
