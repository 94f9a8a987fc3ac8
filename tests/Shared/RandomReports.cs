using System;
using System.Collections.Generic;
using System.Linq;

namespace PeelSdk.Testing
{
    /// <summary>
    /// Deterministic random report texts made of the line shapes real pages have, in any order, so robustness
    /// tests reach combinations no hand-written fixture does.
    /// </summary>
    internal static class RandomReports
    {
        private static readonly string[] Shapes =
        {
            "Kent PEEL 2016",
            "Cheshre PEEL 2099",
            "Durham 2014",
            "Effectiveness",
            "Efectiveness",
            "Other inspections",
            "",
            "How effective is the force at keeping people safe and reducing crime?",
            "How well the force tackles crime",
            "How effective is the force at investigating crime?",
            "How well does the force plan for the future?",
            "To what extent is ¿?",
            "Kent Police is good at investigating crime.",
            "The force requires improvement in planning for the future.",
            "Overall, Kent Police remains outstanding in its effectiveness.",
            "Durham Constabulary is inadequate at it.",
            "It checks:",
            "• files; and",
            "  • evidence.",
            "- an item",
            "continues the paragraph above.",
            "Good",
            "Requires improvement",
            "Ungraded",
            "Skip to content",
            "Last updated 31/02/2019",
            "Last updated 02/05/2019",
            "Questions for Efficiency",
            "1",
            "Areas for improvement",
            "Causes of concern",
            "Recommendations:",
            "This question was not subject to detailed inspection in 2018/19, and our judgment from the 2017 effectiveness inspection has been carried over.",
            "Quotes \" \\ */ { } \u2028 \uD800 \u0007 é 😀",
            "\t  indented text  ",
            "A. B? C! d",
        };

        private static readonly string[] LineEnds = { "\n", "\r\n", "\r" };

        public static IEnumerable<string> Generate(int count, int seed)
        {
            var random = new Random(seed);
            for (var i = 0; i < count; i++)
            {
                var lines = Enumerable.Range(0, random.Next(0, 30)).Select(_ => Shapes[random.Next(Shapes.Length)]);
                var text = string.Join(LineEnds[random.Next(LineEnds.Length)], lines);
                yield return (random.Next(4) == 0 ? "\uFEFF" : string.Empty) + text + (random.Next(2) == 0 ? "\n" : string.Empty);
            }
        }
    }
}
