using System.IO;

namespace PeelSdk.Cli.Tests
{
    /// <summary>The one way these tests run <c>peel</c>: in-process, with its output and errors captured.</summary>
    internal static class PeelTool
    {
        public static (int Exit, string Output, string Error) Peel(params string[] args) => Peel(Terminal.Redirected, args);

        public static (int Exit, string Output, string Error) Peel(Terminal terminal, params string[] args)
        {
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            var exit = PeelCommand.Run(args, output, error, terminal);
            return (exit, output.ToString(), error.ToString());
        }
    }
}
