using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;

namespace PeelSdk.Cli
{
    /// <summary>
    /// Writes <c>peel html</c>: one self-contained page (no script, style or font from elsewhere) with a table per year or
    /// cycle, forces as rows and each pillar's headline and questions as columns. A graded cell shows its grade as colour and
    /// as text and carries <c>data-grade</c>; its title is the judgment and its <c>file(line)</c>; clicking it shows that
    /// question's findings. Year and pillar filters and column sorting run in the page.
    /// </summary>
    public static class HtmlGradeMap
    {
        private const int MaxTitle = 300;

        /// <summary>Writes the page for <paramref name="catalog"/>; its header says what was read (<paramref name="read"/>: reports, files, pages
        /// skipped).</summary>
        public static void Write(PeelCatalog catalog, string read, TextWriter output)
        {
            var years = catalog.Select(r => r.Year).Distinct().OrderBy(y => y).ToList();
            var pillars = catalog.Select(r => r.Pillar).Distinct().OrderBy(p => p).ToList();
            var details = new Dictionary<string, object>();
            output.Write(GradeMapAssets.Head);
            output.WriteLine(
                $"<header><h1>PEEL grades</h1><p>{Number(catalog.Count)} report(s) on {Number(catalog.Select(r => r.Force.Slug).Distinct().Count())} "
                    + $"force(s) ({Html(read)}). Click a grade for its findings. Four-tier grades (to 2019) and five-tier grades (from 2021) are not "
                    + $"directly comparable.</p>"
            );
            output.WriteLine(
                "<form id=\"filters\"><label>Year <select id=\"year\"><option value=\"\">All</option>"
                    + string.Concat(years.Select(y => $"<option value=\"{Number(y)}\">{Html(PeelCycles.NameOf(y))}</option>"))
                    + "</select></label> <label>Pillar <select id=\"pillar\"><option value=\"\">All</option>"
                    + string.Concat(pillars.Select(p => $"<option>{p}</option>"))
                    + "</select></label></form>"
            );
            output.WriteLine(
                "<p class=\"legend\">"
                    + string.Concat(GradeWords.BestFirst.Select(g => $"<span data-grade=\"{g}\">{GradeWords.Label(g)}</span> "))
                    + "</p></header>"
            );
            output.WriteLine("<main>");
            foreach (var year in years)
            {
                WriteYear(catalog, year, details, output);
            }

            output.WriteLine("</main>");
            output.WriteLine("<aside id=\"details\" aria-live=\"polite\"><p>Click a grade to see the question's findings.</p></aside>");
            output.WriteLine("<script type=\"application/json\" id=\"findings\">" + JsonSerializer.Serialize(details) + "</script>");
            output.Write(GradeMapAssets.Tail);
        }

        private static void WriteYear(PeelCatalog catalog, int year, Dictionary<string, object> details, TextWriter output)
        {
            var matrix = catalog.Grades(year);
            // The year's reports by force and pillar, looked up once: the first of two duplicates, as PeelCatalog.Find gives it.
            var reports = new Dictionary<(string Force, Pillar Pillar), PeelReport>();
            foreach (var report in catalog.Where(r => r.Year == year))
            {
                if (!reports.ContainsKey((report.Force.Name, report.Pillar)))
                {
                    reports.Add((report.Force.Name, report.Pillar), report);
                }
            }
            var id = "y" + Number(year);
            output.WriteLine(
                $"<section class=\"year\" data-year=\"{Number(year)}\" aria-labelledby=\"{id}\"><h2 id=\"{id}\">PEEL {Html(matrix.Cycle)} "
                    + $"<small>{(matrix.GradeScale == GradeScale.FiveTier ? "five" : "four")}-tier grades</small></h2>"
            );
            output.WriteLine("<table><thead><tr><th scope=\"col\">Force</th>");
            foreach (var column in matrix.Columns)
            {
                var text = reports.Values.Where(r => r.Pillar == column.Pillar).Select(r => Unit(r, column.Key)?.Text).FirstOrDefault(t => t != null)
                    ?? column.Key;
                output.WriteLine(
                    $"<th scope=\"col\" data-pillar=\"{column.Pillar}\" title=\"{Html(text)}\" aria-sort=\"none\"><button type=\"button\" "
                        + $"class=\"sort\">{Html(column.Pillar.ToString())}<br>{Html(Label(column.Key))}</button></th>"
                );
            }
            output.WriteLine("</tr></thead><tbody>");
            foreach (var force in matrix.Forces)
            {
                output.Write($"<tr><th scope=\"row\">{Html(force)}</th>");
                foreach (var column in matrix.Columns)
                {
                    var question = reports.TryGetValue((force, column.Pillar), out var report) ? Unit(report, column.Key) : null;
                    if (question is null)
                    {
                        output.Write($"<td data-pillar=\"{column.Pillar}\" data-key=\"{column.Key}\"></td>");
                        continue;
                    }
                    var cell = $"c{Number(details.Count + 1)}";
                    details.Add(
                        cell,
                        new
                        {
                            title = $"{force} · PEEL {PeelCycles.NameOf(year)} · {column.Pillar}",
                            question = question.Text,
                            grade = question.Grade is Grade g ? GradeWords.Label(g)
                            : question.IsUngraded ? "ungraded"
                            : "no grade stated",
                            findings = question.Findings.Select(f => new[] { f.Text, f.Source.ToString() }).ToArray(),
                        }
                    );
                    var grade = question.Grade is Grade stated ? $" data-grade=\"{stated}\"" : string.Empty;
                    var title = question.Grade is null
                        ? "No grade stated"
                        : $"{Cap(question.Judgment?.Text ?? GradeWords.Label(question.Grade.Value))} "
                            + $"— {question.GradeSource?.File}({Number(question.GradeLine ?? 0)})";
                    output.Write(
                        $"<td data-pillar=\"{column.Pillar}\" data-key=\"{column.Key}\"{grade} title=\"{Html(title)}\"><button type=\"button\" "
                            + $"data-cell=\"{cell}\">{(question.Grade is Grade shown ? GradeWords.Label(shown) : "–")}</button></td>"
                    );
                }
                output.WriteLine("</tr>");
            }
            output.WriteLine("</tbody></table></section>");
        }

        private static Question? Unit(PeelReport report, string key) => key == report.Headline.Key ? report.Headline : report.FindQuestion(key);

        // "ProtectingVulnerablePeople" → "Protecting vulnerable people": keys read as words in a column heading.
        private static string Label(string key) =>
            string.Concat(key.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));

        private static string Cap(string text) => text.Length <= MaxTitle ? text : text.Substring(0, MaxTitle - 1) + "…";

        private static string Html(string text) => WebUtility.HtmlEncode(text);

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
