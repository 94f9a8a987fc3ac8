using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace PeelSdk.Tests
{
    /// <summary>The docs stay true of the repository: the files they name exist, their links open, and what they restate matches.</summary>
    public sealed class DocsTests
    {
        private static string Root => Reports.RepositoryRoot();

        private static string[] Pages =>
            new[] { "README.md", Path.Combine("bench", "README.md") }
                .Concat(Directory.GetFiles(Path.Combine(Root, "docs"), "*.md").Select(p => Path.GetRelativePath(Root, p)))
                .ToArray();

        [Fact]
        public void Every_file_the_architectures_where_is_it_decided_table_names_exists()
        {
            var architecture = File.ReadAllText(Path.Combine(Root, "docs", "architecture.md"));
            var table = architecture.Substring(architecture.IndexOf("## Where is it decided?", System.StringComparison.Ordinal));
            table = table.Substring(0, table.IndexOf("\n## ", 1, System.StringComparison.Ordinal));
            var named = Regex.Matches(table, @"`((?:src|generators)/[^`]+\.cs)`").Select(m => m.Groups[1].Value).ToList();

            Assert.True(named.Count >= 15, $"the table names {named.Count} files");
            Assert.All(named, path => Assert.True(File.Exists(Path.Combine(Root, path)), $"docs/architecture.md names {path}, which does not exist"));
        }

        [Fact]
        public void Every_relative_link_in_the_docs_opens_a_file()
        {
            var links = Pages
                .SelectMany(page =>
                    Regex
                        .Matches(File.ReadAllText(Path.Combine(Root, page)), @"\]\((?!https?:|#)(?<target>[^)#\s]+)")
                        .Select(m => (Page: page, Target: m.Groups["target"].Value))
                )
                .ToList();

            Assert.NotEmpty(links);
            Assert.All(links, link =>
            {
                var target = Path.GetFullPath(Path.Combine(Root, Path.GetDirectoryName(link.Page)!, link.Target));
                Assert.True(File.Exists(target) || Directory.Exists(target), $"{link.Page} links to {link.Target}, which does not exist");
            });
        }

        [Fact]
        public void The_MSBuild_defaults_name_the_files_PeelFileKinds_names()
        {
            var props = File.ReadAllText(Path.Combine(Root, "src", "PeelSdk", "buildTransitive", "PeelSdk.props"));

            Assert.Contains(
                $"<_PeelDefaultItemPatterns>**/*{PeelFileKinds.ReportExtension};**/*{PeelFileKinds.GradeTableExtension}</_PeelDefaultItemPatterns>",
                props
            );
        }

        [Fact]
        public void The_README_is_a_quick_start_with_the_two_set_up_commands()
        {
            var readme = File.ReadAllLines(Path.Combine(Root, "README.md"));

            Assert.True(readme.Length <= 250, $"README.md has {readme.Length} lines; reference belongs in docs/");
            Assert.Contains(readme, line => line.StartsWith("dotnet run --project samples/PeelSdk.Sample", System.StringComparison.Ordinal));
            Assert.Contains(readme, line => line.StartsWith("dotnet test", System.StringComparison.Ordinal));
        }
    }
}
