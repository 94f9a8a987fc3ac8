using System;
using System.Collections.Generic;

namespace PeelSdk.Parsing
{
    /// <summary>What a body reader (<see cref="PillarBodyReader"/>, <see cref="IntegratedBodyReader"/>) read after the identity.</summary>
    internal sealed record ReportBody(
        Question? Headline,
        IReadOnlyList<Question> Questions,
        IReadOnlyList<TextLocation> QuestionLocations,
        IReadOnlyList<Finding> AreasForImprovement,
        IReadOnlyList<Finding> CausesOfConcern,
        IReadOnlyList<Finding> Recommendations,
        DateTime? LastUpdated,
        int? AreasAssessed,
        int? AreasGraded
    )
    {
        /// <summary>No body: a text that is not a report, or not text at all.</summary>
        public static ReportBody None { get; } =
            new ReportBody(
                null,
                Array.Empty<Question>(),
                Array.Empty<TextLocation>(),
                Array.Empty<Finding>(),
                Array.Empty<Finding>(),
                Array.Empty<Finding>(),
                null,
                null,
                null
            );
    }
}
