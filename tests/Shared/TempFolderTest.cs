using System;
using System.IO;

namespace PeelSdk.Tests
{
    /// <summary>A test class with a temporary folder of its own, deleted after each test.</summary>
    public abstract class TempFolderTest : IDisposable
    {
        protected readonly string folder = Directory.CreateTempSubdirectory("peel-test-").FullName;

        /// <summary>Writes <paramref name="text"/> to <paramref name="name"/> under the folder (creating its folders); returns its path.</summary>
        protected string WriteFile(string name, string text)
        {
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            return path;
        }

        public void Dispose()
        {
            Directory.Delete(folder, recursive: true);
            GC.SuppressFinalize(this);
        }
    }
}
