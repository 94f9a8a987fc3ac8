using System.IO;

namespace PeelSdk.Tests
{
    /// <summary>Folder walks that cannot loop: symbolic links back to a parent, to a file, to nothing, and to themselves.</summary>
    public sealed class FolderWalkTests : TempFolderTest
    {
        private string Reports => LinkedTree.Folder(folder);

        [Fact]
        public void Each_real_folder_is_entered_once_and_each_real_file_listed_once_under_its_first_path()
        {
            var seed = LinkedTree.Build(folder);
            var warnings = new System.Collections.Generic.List<string>();
            var files = PeelFiles.Find(new[] { Reports }, warnings.Add);
            Assert.Equal(new[] { seed }, files);
            Assert.Equal(
                new[]
                {
                    $"skipped {Path.Combine(Reports, "broken.peel.txt")}: a symbolic link that is broken or loops",
                    $"skipped {Path.Combine(Reports, "self")}: a symbolic link that is broken or loops",
                },
                warnings
            );
            // Naming the same folder twice, or through the loop, changes nothing.
            Assert.Equal(new[] { seed }, PeelFiles.Find(new[] { Reports, Path.Combine(Reports, "a", "up", "a") }));
        }
    }
}
