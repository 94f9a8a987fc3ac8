using System;

namespace PeelSdk.Cli
{
    /// <summary>Entry point of the <c>peel</c> tool.</summary>
    public static class Program
    {
        /// <summary>Runs the tool on the console.</summary>
        public static int Main(string[] args) => PeelCommand.Run(args, Console.Out, Console.Error, Terminal.Current);
    }
}
