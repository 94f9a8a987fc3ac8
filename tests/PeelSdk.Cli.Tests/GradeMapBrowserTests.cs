using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using PeelSdk.Tests;

namespace PeelSdk.Cli.Tests
{
    /// <summary>The <c>peel html</c> grade map in a real headless Chromium: its DOM against the export, a click, the filters, sorting and a
    /// screenshot.</summary>
    public sealed class GradeMapBrowserTests : TempFolderTest
    {
        private static readonly string[] Inputs = { Path.Combine(Reports.RepositoryRoot(), "tests", "Fixtures", "layouts"), Reports.SeedPath };

        [BrowserFact]
        public void The_page_shows_every_exported_grade_opens_findings_on_click_filters_sorts_and_renders()
        {
            var page = Path.Combine(folder, "grades.html");
            Assert.Equal(PeelCommand.Ok, PeelCommand.Run(new[] { "html", "-o", page }.Concat(Inputs).ToArray(), new StringWriter(), new StringWriter()));
            var html = File.ReadAllText(page);
            Assert.DoesNotContain("src=", html);
            Assert.DoesNotContain("href=", html);

            // What the page must show: every graded unit of every complete report in the JSON export.
            var json = new StringWriter();
            PeelCommand.Run(new[] { "export", "--format", "json" }.Concat(Inputs).ToArray(), json, new StringWriter());
            var expected = new List<string>();
            foreach (var report in JsonDocument.Parse(json.ToString()).RootElement.EnumerateArray())
            {
                if (report.GetProperty("headline").ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                var units = new[] { report.GetProperty("headline") }.Concat(report.GetProperty("questions").EnumerateArray());
                foreach (var unit in units.Where(u => u.GetProperty("grade").ValueKind == JsonValueKind.String))
                {
                    var key = unit.TryGetProperty("key", out var k) ? k.GetString() : "Headline";
                    expected.Add(
                        $"{report.GetProperty("year").GetInt32()}|{report.GetProperty("force").GetString()}|{report.GetProperty("pillar").GetString()}|"
                            + $"{key}|{unit.GetProperty("grade").GetString()}"
                    );
                }
            }

            using var browser = new WebDriver(1400, 900);
            browser.Open(page);
            var shown = browser
                .Execute(
                    "return Array.from(document.querySelectorAll('td[data-grade]')).map(td => td.closest('section').dataset.year + '|' + "
                        + "td.parentElement.querySelector('th').textContent + '|' + td.dataset.pillar + '|' + td.dataset.key + '|' + td.dataset.grade);"
                )!
                .AsArray()
                .Select(n => n!.GetValue<string>())
                .ToList();
            Assert.Equal(expected.OrderBy(x => x, StringComparer.Ordinal), shown.OrderBy(x => x, StringComparer.Ordinal));
            // Each graded cell shows its grade as text, not only as colour, and says where it comes from.
            Assert.Equal(
                0,
                browser
                    .Execute(
                        "return Array.from(document.querySelectorAll('td[data-grade]')).filter(td => !td.textContent.trim() || "
                            + "!/\\(\\d+\\)$/.test(td.title)).length;"
                    )!
                    .GetValue<int>()
            );

            browser.Click("td[data-grade='Outstanding'] button");
            var details = browser.Execute("return document.getElementById('details').textContent;")!.GetValue<string>();
            Assert.Contains("Cheshire · PEEL 2015 · Effectiveness", details);
            Assert.Contains("Cheshire Constabulary is outstanding at preventing crime", details);
            Assert.Contains("seeds/cheshire-2015-effectiveness.peel.txt(5)", details);

            browser.Execute("const s = document.getElementById('year'); s.value = '2016'; s.dispatchEvent(new Event('change'));");
            Assert.Equal(
                new[] { "2016" },
                browser
                    .Execute("return Array.from(document.querySelectorAll('section.year:not([hidden])')).map(s => s.dataset.year);")!
                    .AsArray()
                    .Select(n => n!.GetValue<string>())
            );
            browser.Execute("const s = document.getElementById('pillar'); s.value = 'Legitimacy'; s.dispatchEvent(new Event('change'));");
            Assert.Equal(
                0,
                browser
                    .Execute(
                        "return Array.from(document.querySelectorAll('section[data-year=\"2016\"] [data-pillar]:not([hidden])')).filter(c => "
                            + "c.dataset.pillar !== 'Legitimacy').length;"
                    )!
                    .GetValue<int>()
            );

            browser.Execute(
                "const s = document.getElementById('pillar'); s.value = 'Integrated'; s.dispatchEvent(new Event('change')); const y = "
                    + "document.getElementById('year'); y.value = '2021'; y.dispatchEvent(new Event('change'));"
            );
            browser.Click("section[data-year='2021'] th[data-pillar='Integrated'] button.sort");
            var sorted = browser
                .Execute("return Array.from(document.querySelectorAll('section[data-year=\"2021\"] tbody th')).map(th => th.textContent);")!
                .AsArray()
                .Select(n => n!.GetValue<string>())
                .ToList();
            Assert.Equal(new[] { "Surrey", "West Midlands" }, sorted);
            Assert.Equal(
                "ascending",
                browser
                    .Execute("return document.querySelector('section[data-year=\"2021\"] th[aria-sort]:not([aria-sort=none])').getAttribute('aria-sort');")!
                    .GetValue<string>()
            );

            browser.Execute(
                "const y = document.getElementById('year'); y.value = ''; y.dispatchEvent(new Event('change')); const s = "
                    + "document.getElementById('pillar'); s.value = ''; s.dispatchEvent(new Event('change'));"
            );
            var png = browser.Screenshot();
            File.WriteAllBytes(Path.Combine(folder, "grades.png"), png);
            var (width, height, distinctBytes) = Png.Inspect(png);
            // The viewport: the window less the browser's own frame.
            Assert.Equal(1400, width);
            Assert.InRange(height, 600, 900);
            Assert.True(distinctBytes > 32, $"the screenshot looks blank: {distinctBytes} distinct byte values");
        }
    }

    /// <summary>Reads a PNG's size and how varied its pixel data is (a blank page has almost one value), with no image library.</summary>
    internal static class Png
    {
        public static (int Width, int Height, int DistinctBytes) Inspect(byte[] png)
        {
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png.Take(8).ToArray());
            int width = 0,
                height = 0;
            using var compressed = new MemoryStream();
            for (var at = 8; at + 8 <= png.Length; )
            {
                var length = (png[at] << 24) | (png[at + 1] << 16) | (png[at + 2] << 8) | png[at + 3];
                var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
                if (type == "IHDR")
                {
                    width = (png[at + 8] << 24) | (png[at + 9] << 16) | (png[at + 10] << 8) | png[at + 11];
                    height = (png[at + 12] << 24) | (png[at + 13] << 16) | (png[at + 14] << 8) | png[at + 15];
                }
                if (type == "IDAT")
                {
                    compressed.Write(png, at + 8, length);
                }

                at += 12 + length;
            }
            compressed.Position = 0;
            using var pixels = new ZLibStream(compressed, CompressionMode.Decompress);
            var seen = new bool[256];
            var buffer = new byte[65536];
            int read;
            while ((read = pixels.Read(buffer, 0, buffer.Length)) > 0)
            {
                for (var i = 0; i < read; i++)
                {
                    seen[buffer[i]] = true;
                }
            }
            return (width, height, seen.Count(s => s));
        }
    }
}
