using System.IO;

namespace PeelSdk.Tests
{
    /// <summary>A folder of reports with symbolic links that a naive walk would loop on or fail at.</summary>
    internal static class LinkedTree
    {
        /// <summary>The tree's folder under <paramref name="root"/>.</summary>
        public static string Folder(string root) => Path.Combine(root, "reports");

        /// <summary>
        /// reports/a/seed, reports/a/up → .. (a loop), reports/link.peel.txt → the seed, reports/broken → nothing, reports/self → self.
        /// Returns the seed's path.
        /// </summary>
        public static string Build(string root)
        {
            var reports = Folder(root);
            var a = Directory.CreateDirectory(Path.Combine(reports, "a")).FullName;
            var seed = Path.Combine(a, "cheshire-2015-effectiveness.peel.txt");
            File.Copy(Reports.SeedPath, seed);
            Directory.CreateSymbolicLink(Path.Combine(a, "up"), "..");
            File.CreateSymbolicLink(Path.Combine(reports, "link.peel.txt"), seed);
            File.CreateSymbolicLink(Path.Combine(reports, "broken.peel.txt"), Path.Combine(root, "nowhere.peel.txt"));
            Directory.CreateSymbolicLink(Path.Combine(reports, "self"), Path.Combine(reports, "self"));
            return seed;
        }
    }
}
