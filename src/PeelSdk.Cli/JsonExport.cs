using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PeelSdk.Cli
{
    /// <summary>Writes parsed reports in the documented <c>peel export</c> JSON shape (field names and order are a contract).</summary>
    public static class JsonExport
    {
        /// <summary>Writes a JSON array with one object per report.</summary>
        public static void Write(IEnumerable<ParsedReport> reports, TextWriter output)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartArray();
                foreach (var report in reports)
                {
                    WriteReport(json, report);
                }

                json.WriteEndArray();
            }
            output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }

        private static void WriteReport(Utf8JsonWriter json, ParsedReport report)
        {
            json.WriteStartObject();
            json.WriteString("file", report.File);
            json.WriteString("force", report.Force?.Name);
            json.WriteString("forceName", report.Force?.FullName);
            WriteNumber(json, "year", report.Year);
            json.WriteString("cycle", report.Cycle);
            json.WriteString("gradeScale", report.GradeScale?.ToString());
            json.WriteString("pillar", report.Pillar?.ToString());
            WriteNumber(json, "areasAssessed", report.AreasAssessed);
            WriteNumber(json, "areasGraded", report.AreasGraded);
            json.WriteString("lastUpdated", report.LastUpdated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WritePropertyName("headline");
            if (report.Headline is null)
            {
                json.WriteNullValue();
            }
            else
            {
                json.WriteStartObject();
                json.WriteString("text", report.Headline.Text);
                json.WriteNumber("line", report.Headline.Source.Line);
                WriteGrade(json, report.Headline);
                WriteFindings(json, "findings", report.Headline.Findings, withKind: true);
                json.WriteEndObject();
            }
            json.WriteStartArray("questions");
            foreach (var question in report.Questions)
            {
                json.WriteStartObject();
                json.WriteNumber("number", question.Number);
                json.WriteString("key", question.Key);
                json.WriteString("text", question.Text);
                json.WriteNumber("line", question.Source.Line);
                WriteGrade(json, question);
                WriteNumber(json, "carriedOverFrom", question.CarriedOverFrom);
                WriteFindings(json, "findings", question.Findings, withKind: true);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            WriteFindings(json, "areasForImprovement", report.AreasForImprovement, withKind: false);
            WriteFindings(json, "causesOfConcern", report.CausesOfConcern, withKind: false);
            WriteFindings(json, "recommendations", report.Recommendations, withKind: false);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in report.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("id", diagnostic.Id);
                json.WriteString("severity", diagnostic.SeverityText);
                json.WriteNumber("line", diagnostic.Location.Line);
                json.WriteNumber("column", diagnostic.Location.Column);
                json.WriteNumber("endLine", diagnostic.Location.EndLine);
                json.WriteNumber("endColumn", diagnostic.Location.EndColumn);
                json.WriteString("message", diagnostic.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }

        private static void WriteFindings(Utf8JsonWriter json, string name, IReadOnlyList<Finding> findings, bool withKind)
        {
            json.WriteStartArray(name);
            foreach (var finding in findings)
            {
                json.WriteStartObject();
                json.WriteString("id", finding.Id);
                if (withKind)
                {
                    json.WriteString("kind", finding.Kind.ToString());
                }

                json.WriteString("text", finding.Text);
                json.WriteNumber("line", finding.Source.Line);
                json.WriteNumber("endLine", finding.Source.EndLine);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }

        /// <summary><c>grade</c>, <c>gradeLine</c> and <c>gradeSource</c> ("Stated" in the text, "Table" from a grades table or "Release" from a news
        /// release; the line is in that file), and <c>ungraded</c>.</summary>
        private static void WriteGrade(Utf8JsonWriter json, Question question)
        {
            json.WriteString("grade", question.Grade?.ToString());
            WriteNumber(json, "gradeLine", question.GradeLine);
            json.WriteString("gradeSource", question.GradeSource?.Origin.ToString());
            json.WriteBoolean("ungraded", question.IsUngraded);
        }

        private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
        {
            if (value is int number)
            {
                json.WriteNumber(name, number);
            }
            else
            {
                json.WriteNull(name);
            }
        }
    }
}
