using System.Collections.Generic;

namespace PeelSdk
{
    /// <summary>A PEEL question (or, from 2021, an area of policing) as published in the question sets of one or more years.</summary>
    /// <param name="Key">The stable key, shared by the years in which the question is the same in substance.</param>
    /// <param name="Pillar">The pillar it belongs to.</param>
    /// <param name="FirstYear">The first PEEL year it was asked.</param>
    /// <param name="LastYear">The last PEEL year it was asked (an integrated area: the last cycle year it is known in).</param>
    /// <param name="Text">The question as published (latest wording).</param>
    /// <param name="Phrases">Lower-case phrases, any of which identifies the question in a page's wording.</param>
    public sealed record KnownQuestion(string Key, Pillar Pillar, int FirstYear, int LastYear, string Text, IReadOnlyList<string> Phrases)
    {
        /// <summary>True if the question set of <paramref name="year"/> (an integrated cycle's first year) has this question.</summary>
        public bool IsAskedIn(int year) => year >= FirstYear && year <= LastYear;
    }
}
