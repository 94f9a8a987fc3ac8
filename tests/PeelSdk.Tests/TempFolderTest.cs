using System;
using System.IO;

namespace PeelSdk.Tests
{
    /// <summary>A test class with a temporary folder of its own, deleted after each test.</summary>
    public abstract class TempFolderTest : IDisposable
    {
        protected readonly string folder = Directory.CreateTempSubdirectory("peel-test-").FullName;

        public void Dispose()
        {
            Directory.Delete(folder, recursive: true);
            GC.SuppressFinalize(this);
        }
    }
}
